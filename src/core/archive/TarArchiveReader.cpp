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

Result<std::unique_ptr<TarArchiveReader>> TarArchiveReader::open(const QString &path)
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
    if (archive_read_open_filename(a, QFile::encodeName(path).constData(), 256 * 1024) != ARCHIVE_OK) {
        const char *text = archive_error_string(a);
        QString msg = text ? QString::fromLocal8Bit(text) : QString();
        if (msg.isEmpty())
            msg = QStringLiteral("its start cannot be read (empty, truncated or not an archive)");
        archive_read_free(a);
        return Error(ErrorCode::ArchiveCorrupt, QStringLiteral("%1 is not a readable tar archive: %2").arg(path, msg));
    }
    return std::unique_ptr<TarArchiveReader>(new TarArchiveReader(path, a));
}

Error TarArchiveReader::corrupt(const QString &what) const
{
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
