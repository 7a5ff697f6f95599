#include "core/archive/TarArchiveReader.h"

#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

#include <cstring>

namespace lifeboat {

TarArchiveReader::TarArchiveReader(QString path, struct archive *a) : m_path(std::move(path)), m_archive(a) {}

TarArchiveReader::~TarArchiveReader()
{
    archive_read_free(m_archive);
}

Result<std::unique_ptr<TarArchiveReader>> TarArchiveReader::checkPath(const QString &path)
{
    QFileInfo info(path);
    if (!info.exists())
        return Error(ErrorCode::NotFound, QStringLiteral("%1 does not exist").arg(path));
    if (!info.isFile() || !info.isReadable())
        return Error(ErrorCode::Io, QStringLiteral("%1 is not a readable file").arg(path));
    struct archive *a = archive_read_new();
    archive_read_support_filter_all(a);
    archive_read_support_format_tar(a);
    archive_read_support_format_gnutar(a);
    return std::unique_ptr<TarArchiveReader>(new TarArchiveReader(path, a));
}

Status TarArchiveReader::opened(const QString &path, struct archive *a, int rc)
{
    if (rc == ARCHIVE_OK)
        return {};
    const char *text = archive_error_string(a);
    QString msg = text ? QString::fromLocal8Bit(text) : QString();
    if (msg.isEmpty())
        msg = QStringLiteral("its start cannot be read (empty, truncated or not an archive)");
    return Error(ErrorCode::ArchiveCorrupt, QStringLiteral("%1 is not a readable tar archive: %2").arg(path, msg));
}

Result<std::unique_ptr<TarArchiveReader>> TarArchiveReader::open(const QString &path)
{
    auto reader = checkPath(path);
    if (!reader)
        return reader;
    struct archive *a = (*reader)->m_archive;
    if (auto st = opened(path, a, archive_read_open_filename(a, QFile::encodeName(path).constData(), 256 * 1024)); !st)
        return st.error();
    return reader;
}

Result<std::unique_ptr<TarArchiveReader>> TarArchiveReader::open(const QString &path, std::shared_ptr<const BlockTable> blocks,
                                                                 ArchiveCompression compression, int threads)
{
    if (!blocks)
        return open(path);
    auto reader = checkPath(path);
    if (!reader)
        return reader;
    auto stream = BlockReader::open(path, compression, std::move(blocks), 0, threads);
    if (!stream)
        return stream.error();
    TarArchiveReader *r = reader->get();
    r->m_blocks = std::move(*stream);
    struct archive *a = r->m_archive;
    archive_read_set_callback_data(a, r);
    archive_read_set_read_callback(a, &TarArchiveReader::readBlocks);
    archive_read_set_skip_callback(a, &TarArchiveReader::skipBlocks);
    const int rc = archive_read_open1(a);
    if (rc != ARCHIVE_OK && r->m_blockError)
        return *r->m_blockError;
    if (auto st = opened(path, a, rc); !st)
        return st.error();
    return reader;
}

la_ssize_t TarArchiveReader::readBlocks(struct archive *a, void *client, const void **buffer)
{
    auto *self = static_cast<TarArchiveReader *>(client);
    auto chunk = self->m_blocks->next();
    if (!chunk) {
        self->m_blockError = chunk.error();
        archive_set_error(a, EIO, "%s", chunk.error().message.toLocal8Bit().constData());
        return -1;
    }
    *buffer = chunk->data();
    return la_ssize_t(chunk->size());
}

la_int64_t TarArchiveReader::skipBlocks(struct archive *, void *client, la_int64_t request)
{
    return static_cast<TarArchiveReader *>(client)->m_blocks->skip(request);
}

Error TarArchiveReader::corrupt(const QString &what) const
{
    if (m_blockError)
        return m_blockError->wrapped(what);
    // libarchive's decompressors can fail on a stream cut short without a word: say what
    // that almost always means rather than nothing.
    const char *text = archive_error_string(m_archive);
    QString msg = text ? QString::fromLocal8Bit(text) : QString();
    if (msg.isEmpty() && archive_errno(m_archive) > 0)
        msg = QString::fromLocal8Bit(std::strerror(archive_errno(m_archive)));
    if (msg.isEmpty())
        msg = QStringLiteral("the data ends early or is damaged (the file is probably truncated)");
    return Error(ErrorCode::ArchiveCorrupt, QStringLiteral("%1: %2: %3").arg(m_path, what, msg));
}

namespace {
QString otherType(mode_t type, bool hardLink)
{
    if (hardLink)
        return QStringLiteral("hard link");
    switch (type) {
    case AE_IFLNK: return QStringLiteral("symbolic link");
    case AE_IFCHR:
    case AE_IFBLK: return QStringLiteral("device");
    case AE_IFIFO: return QStringLiteral("FIFO");
    case AE_IFSOCK: return QStringLiteral("socket");
    default: return {};
    }
}
} // namespace

Result<std::optional<ArchiveEntry>> TarArchiveReader::nextEntry()
{
    archive_entry *entry = nullptr;
    const int rc = archive_read_next_header(m_archive, &entry);
    if (rc == ARCHIVE_EOF)
        return std::optional<ArchiveEntry>();
    if (rc < ARCHIVE_WARN) {
        return corrupt(m_currentEntry.isEmpty() ? QStringLiteral("cannot read the first entry")
                                                : QStringLiteral("cannot read the entry after %1").arg(m_currentEntry));
    }
    ArchiveEntry e;
    const char *utf8 = archive_entry_pathname_utf8(entry);
    e.path = utf8 ? QString::fromUtf8(utf8) : QString::fromLocal8Bit(archive_entry_pathname(entry));
    e.size = archive_entry_size(entry);
    const auto type = archive_entry_filetype(entry);
    e.isDirectory = type == AE_IFDIR;
    e.isRegularFile = type == AE_IFREG;
    e.otherType = otherType(type, archive_entry_hardlink(entry) != nullptr);
    e.dataOffset = archive_filter_bytes(m_archive, 0); // the header is consumed: the data comes next
    m_currentEntry = e.path;
    return std::optional<ArchiveEntry>(e);
}

Result<qint64> TarArchiveReader::read(char *buffer, qint64 max)
{
    const la_ssize_t n = archive_read_data(m_archive, buffer, size_t(max));
    if (n < 0)
        return corrupt(QStringLiteral("cannot read %1").arg(m_currentEntry));
    return qint64(n);
}

} // namespace lifeboat
