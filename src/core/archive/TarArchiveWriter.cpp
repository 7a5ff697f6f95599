#include "core/archive/TarArchiveWriter.h"

#include "core/archive/ArchiveLayout.h"
#include "core/archive/blocks/DocumentCutter.h"

#include <QDateTime>
#include <QDir>
#include <QRandomGenerator>
#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <locale.h>
#include <stdio.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace lifeboat {

namespace {

constexpr qint64 CopyChunk = 1024 * 1024;

bool diskFull(int err)
{
    return err == ENOSPC || err == EDQUOT;
}

Error ioError(const QString &what, int err)
{
    if (diskFull(err))
        return Error(ErrorCode::Io, QStringLiteral("%1: the disk is full (%2)").arg(what, QString::fromLocal8Bit(std::strerror(err))),
                     QStringLiteral("free some space or choose another output folder"));
    return Error(ErrorCode::Io, what + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(err)));
}

// libarchive does not always keep the errno of a failed write (its compressors report their
// own codes): a folder with no space left says what happened when it does not.
bool folderIsFull(const QString &file)
{
    struct statvfs st {};
    if (::statvfs(QFile::encodeName(QFileInfo(file).absolutePath()).constData(), &st) != 0)
        return false;
    return st.f_bavail == 0 || (st.f_favail == 0 && st.f_files > 0);
}

// Creates `<final>.partial`, or `<final>.<random>.partial` when another writer holds that
// name: exclusively, so two writers of one archive never share a file.
Result<std::pair<int, QString>> createPartial(const QString &finalPath)
{
    QString partial = finalPath + QStringLiteral(".partial");
    for (int attempt = 0; attempt < 100; ++attempt) {
        const int fd = ::open(QFile::encodeName(partial).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (fd >= 0)
            return std::pair<int, QString>(fd, partial);
        if (const int err = errno; err != EEXIST)
            return ioError(QStringLiteral("cannot create %1").arg(partial), err);
        partial = QStringLiteral("%1.%2.partial").arg(finalPath).arg(QRandomGenerator::system()->generate64() & 0xFFFFFFFFFFULL, 10, 36, QLatin1Char('0'));
    }
    return Error(ErrorCode::Io, QStringLiteral("cannot create a unique temporary file beside %1").arg(finalPath));
}

// Moves `from` to `to` unless `to` exists: never replaces an archive.
int renameNoReplace(const QString &from, const QString &to)
{
    const QByteArray f = QFile::encodeName(from), t = QFile::encodeName(to);
#ifdef RENAME_NOREPLACE
    if (::renameat2(AT_FDCWD, f.constData(), AT_FDCWD, t.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
        return errno;
#endif
    // Where the file system has no RENAME_NOREPLACE: link() fails with EEXIST too.
    if (::link(f.constData(), t.constData()) != 0)
        return errno;
    ::unlink(f.constData());
    return 0;
}

// libarchive converts member names through the C library's LC_CTYPE. In a non-UTF-8 locale
// (cron, systemd units: no LANG) it cannot convert a UTF-8 name, and libarchive 3.6's pax
// writer then crashes in archive_write_header. This switches the calling thread (only) to a
// UTF-8 LC_CTYPE for the scope of one call.
class Utf8CType {
public:
    Utf8CType()
    {
        static const locale_t utf8 = [] {
            locale_t l = newlocale(LC_CTYPE_MASK, "C.UTF-8", locale_t(nullptr));
            return l ? l : newlocale(LC_CTYPE_MASK, "en_US.UTF-8", locale_t(nullptr));
        }();
        if (utf8)
            m_old = uselocale(utf8);
    }
    ~Utf8CType()
    {
        if (m_old)
            uselocale(m_old);
    }
    Utf8CType(const Utf8CType &) = delete;
    Utf8CType &operator=(const Utf8CType &) = delete;

private:
    locale_t m_old = locale_t(nullptr);
};

int writeHeader(struct archive *a, archive_entry *entry)
{
    const Utf8CType utf8;
    return archive_write_header(a, entry);
}

// libarchive's output, unbuffered, into the block compressor.
la_ssize_t toBlocks(struct archive *a, void *client, const void *buffer, size_t length)
{
    auto *blocks = static_cast<BlockWriter *>(client);
    if (auto st = blocks->append(static_cast<const char *>(buffer), qint64(length)); !st) {
        archive_set_error(a, blocks->failedErrno() ? blocks->failedErrno() : EIO, "%s", st.error().message.toLocal8Bit().constData());
        return -1;
    }
    return la_ssize_t(length);
}

// The tar stream uncompressed (libarchive's filter none, no blocking), into `blocks`.
int openInto(struct archive *a, BlockWriter *blocks)
{
    int rc = archive_write_add_filter_none(a);
    if (rc == ARCHIVE_OK)
        rc = archive_write_set_bytes_per_block(a, 0);
    if (rc == ARCHIVE_OK)
        rc = archive_write_open2(a, blocks, nullptr, toBlocks, nullptr, nullptr);
    return rc;
}

} // namespace

TarArchiveWriter::TarArchiveWriter(QString finalPath, QString partialPath, int fd, struct archive *a, ArchiveCompression compression,
                                   std::unique_ptr<BlockWriter> blocks)
    : m_finalPath(std::move(finalPath)), m_partialPath(std::move(partialPath)), m_fd(fd),
      m_archive(a), m_mtime(QDateTime::currentSecsSinceEpoch()), m_compression(compression), m_blocks(std::move(blocks))
{
}

Result<std::unique_ptr<TarArchiveWriter>> TarArchiveWriter::create(const QString &finalPath, ArchiveCompression compression, int level,
                                                                   int threads)
{
    if (QFileInfo::exists(finalPath))
        return Error(ErrorCode::Refused, QStringLiteral("%1 already exists; not overwriting it").arg(finalPath));
    auto created = createPartial(finalPath);
    if (!created)
        return created.error();
    const auto [fd, partial] = *created;

    struct archive *a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    std::unique_ptr<BlockWriter> blocks;
    int rc = ARCHIVE_OK;
    if (compression == ArchiveCompression::None) {
        rc = archive_write_add_filter_none(a);
        if (rc == ARCHIVE_OK)
            rc = archive_write_set_bytes_in_last_block(a, 1);
        if (rc == ARCHIVE_OK)
            rc = archive_write_open_fd(a, fd);
    } else {
        blocks = std::make_unique<BlockWriter>(fd, compression, level >= 0 ? level : defaultCompressionLevel(compression), threads);
        rc = openInto(a, blocks.get());
    }
    if (rc != ARCHIVE_OK) {
        const QString msg = QString::fromLocal8Bit(archive_error_string(a));
        archive_write_free(a);
        ::close(fd);
        QFile::remove(partial);
        return Error(ErrorCode::Io, QStringLiteral("cannot start %1: %2").arg(partial, msg));
    }
    return std::unique_ptr<TarArchiveWriter>(new TarArchiveWriter(finalPath, partial, fd, a, compression, std::move(blocks)));
}

TarArchiveWriter::~TarArchiveWriter()
{
    // A writer destroyed before publish() leaves nothing behind.
    if (m_archive || m_fd >= 0 || QFileInfo::exists(m_partialPath))
        abort();
}

Error TarArchiveWriter::archiveError(const QString &what) const
{
    const int err = archive_errno(m_archive);
    if (diskFull(err) || err == EIO)
        return ioError(QStringLiteral("%1 in %2").arg(what, m_partialPath), err);
    if (folderIsFull(m_partialPath))
        return ioError(QStringLiteral("%1 in %2").arg(what, m_partialPath), ENOSPC);
    const char *text = archive_error_string(m_archive);
    QString reason = text ? QString::fromLocal8Bit(text) : QString();
    if (reason.isEmpty() || reason.startsWith(QLatin1String("Unknown error")))
        reason = err > 0 ? QString::fromLocal8Bit(std::strerror(err)) : QStringLiteral("libarchive gave no reason (error %1)").arg(err);
    return Error(ErrorCode::Io, QStringLiteral("%1 in %2: %3").arg(what, m_partialPath, reason));
}

Status TarArchiveWriter::addDirectory(const QString &path)
{
    if (m_blocks) {
        if (auto st = m_blocks->mayCut(-1, -1); !st)
            return st.error().wrapped(QStringLiteral("cannot add folder %1").arg(path));
    }
    archive_entry *entry = archive_entry_new();
    archive_entry_set_pathname_utf8(entry, (path.endsWith(QLatin1Char('/')) ? path : path + QLatin1Char('/')).toUtf8().constData());
    archive_entry_set_filetype(entry, AE_IFDIR);
    archive_entry_set_perm(entry, 0755);
    archive_entry_set_mtime(entry, m_mtime, 0);
    const int rc = writeHeader(m_archive, entry);
    archive_entry_free(entry);
    if (rc != ARCHIVE_OK)
        return archiveError(QStringLiteral("cannot add folder %1").arg(path));
    m_index.entries << ArchiveIndex::Entry{path.endsWith(QLatin1Char('/')) ? path : path + QLatin1Char('/'), 0, true};
    return {};
}

Status TarArchiveWriter::addFile(const QString &path, qint64 size, const ReadFunction &read)
{
    if (m_blocks) {
        if (auto st = m_blocks->mayCut(-1, -1); !st)
            return st.error().wrapped(QStringLiteral("cannot add %1").arg(path));
    }
    archive_entry *entry = archive_entry_new();
    archive_entry_set_pathname_utf8(entry, path.toUtf8().constData());
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_entry_set_size(entry, size);
    archive_entry_set_mtime(entry, m_mtime, 0);
    const int rc = writeHeader(m_archive, entry);
    archive_entry_free(entry);
    if (rc != ARCHIVE_OK)
        return archiveError(QStringLiteral("cannot add %1").arg(path));
    const qint64 offset = m_blocks ? m_blocks->tarPosition() : -1;

    const bool keep = ArchiveLayout::isSmallFile(path);
    if (keep && size > ArchiveIndex::MaxSmallFile)
        m_indexComplete = false;
    QByteArray kept;
    if (auto st = writeData(path, size, read, keep && m_indexComplete ? &kept : nullptr); !st)
        return st;
    if (archive_write_finish_entry(m_archive) != ARCHIVE_OK)
        return archiveError(QStringLiteral("cannot finish %1").arg(path));
    m_index.entries << ArchiveIndex::Entry{path, size, false, offset};
    if (keep && m_indexComplete)
        m_index.smallFiles.insert(path, kept);
    return {};
}

// The member's data: a collection file's cut into blocks at document starts.
Status TarArchiveWriter::writeData(const QString &path, qint64 size, const ReadFunction &read, QByteArray *kept)
{
    const auto sink = [this, &path](const char *data, qint64 n) -> Status {
        if (archive_write_data(m_archive, data, size_t(n)) < 0)
            return archiveError(QStringLiteral("cannot write %1").arg(path));
        return {};
    };
    std::optional<DocumentCutter> cutter;
    if (m_blocks && path.endsWith(QLatin1String(".jsonl")))
        cutter.emplace(*m_blocks, int(m_index.entries.size()), sink);
    QByteArray buffer(int(std::min(size, CopyChunk)), Qt::Uninitialized);
    qint64 remaining = size;
    while (remaining > 0) {
        auto got = read(buffer.data(), std::min<qint64>(remaining, buffer.size()));
        if (!got)
            return got.error();
        if (*got <= 0)
            return Error(ErrorCode::Internal, QStringLiteral("%1: source ended %2 bytes early").arg(path).arg(remaining));
        if (auto st = cutter ? cutter->write(buffer.constData(), *got) : sink(buffer.constData(), *got); !st)
            return st;
        if (kept)
            kept->append(buffer.constData(), *got);
        remaining -= *got;
    }
    return {};
}

// The last blocks compressed and written, and the block table into the index.
Status TarArchiveWriter::finishBlocks()
{
    if (auto st = m_blocks->finish(); !st) {
        if (m_blocks->failedErrno())
            return ioError(QStringLiteral("cannot write %1").arg(m_partialPath), m_blocks->failedErrno());
        return st.error().wrapped(QStringLiteral("cannot write %1").arg(m_partialPath));
    }
    m_index.blocks = std::make_shared<const BlockTable>(m_blocks->table());
    m_blocks.reset();
    return {};
}

Status TarArchiveWriter::close()
{
    if (m_closed)
        return {};
    if (archive_write_close(m_archive) != ARCHIVE_OK)
        return archiveError(QStringLiteral("cannot finish the archive"));
    archive_write_free(m_archive);
    m_archive = nullptr;
    if (m_blocks) {
        if (auto st = finishBlocks(); !st)
            return st;
    }
    if (m_compression != ArchiveCompression::None && m_indexComplete) {
        const off_t end = ::lseek(m_fd, 0, SEEK_END);
        if (end < 0)
            return ioError(QStringLiteral("cannot find the end of %1").arg(m_partialPath), errno);
        if (auto st = m_index.appendTo(m_fd, qint64(end), m_compression); !st)
            return ioError(QStringLiteral("cannot write the index of %1").arg(m_partialPath), errno);
    }
    if (::fsync(m_fd) != 0)
        return ioError(QStringLiteral("cannot sync %1").arg(m_partialPath), errno);
    if (::close(m_fd) != 0) {
        m_fd = -1;
        return ioError(QStringLiteral("cannot close %1").arg(m_partialPath), errno);
    }
    m_fd = -1;
    m_closed = true;
    return {};
}

Result<QString> TarArchiveWriter::publish()
{
    if (!m_closed) {
        if (auto st = close(); !st)
            return st.error();
    }
    // Never over an existing archive, even one published a moment ago by another backup of
    // the same name: this one is then removed, and the other stays whole.
    if (const int err = renameNoReplace(m_partialPath, m_finalPath); err != 0) {
        abort();
        if (err == EEXIST)
            return Error(ErrorCode::Refused, QStringLiteral("%1 already exists (another backup of the same name finished first); "
                                                            "this backup was not kept").arg(m_finalPath),
                         QStringLiteral("run it again with another --name"));
        return ioError(QStringLiteral("cannot rename %1 to %2").arg(m_partialPath, m_finalPath), err);
    }
    // Make the rename itself durable.
    const QString dir = QFileInfo(m_finalPath).absolutePath();
    const int dfd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
    m_partialPath.clear();
    return m_finalPath;
}

void TarArchiveWriter::abort()
{
    if (m_archive) {
        // Closed, not failed: libarchive 3.6 frees a failed writer's compressor (zlib's
        // deflate state, zstd's context) only on close. What close writes is removed below.
        archive_write_close(m_archive);
        archive_write_free(m_archive);
        m_archive = nullptr;
    }
    m_blocks.reset(); // waits for its compressors
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_partialPath.isEmpty())
        QFile::remove(m_partialPath);
}

} // namespace lifeboat
