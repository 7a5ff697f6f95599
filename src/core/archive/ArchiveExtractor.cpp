#include "core/archive/ArchiveExtractor.h"

#include "core/archive/ArchiveIndex.h"
#include "core/archive/TarArchiveReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

namespace lifeboat {

bool ArchiveExtractor::isSafeRelativePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')) || path.contains(QChar(0)))
        return false;
    const auto parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const auto &p : parts) {
        if (p == QLatin1String(".."))
            return false;
    }
    return !parts.isEmpty();
}

namespace {

// What one extraction created: removed again, files then the folders it made (deepest first,
// only when empty), when the extraction fails; what was there before is never touched.
class Created final {
public:
    // Creates `path` and any missing parent, remembering each folder it made.
    bool makeFolder(const QString &path)
    {
        QStringList missing;
        for (QString p = QDir::cleanPath(QFileInfo(path).absoluteFilePath()); !QFileInfo::exists(p); p = QFileInfo(p).path())
            missing.prepend(p);
        for (const auto &p : std::as_const(missing)) {
            if (!QDir().mkdir(p))
                return false;
            m_folders << p;
        }
        return QFileInfo(path).isDir();
    }
    void file(const QString &path) { m_files << path; }
    void undo() const
    {
        for (const auto &f : m_files)
            QFile::remove(f);
        for (auto it = m_folders.crbegin(); it != m_folders.crend(); ++it)
            QDir().rmdir(*it);
    }

private:
    QStringList m_files, m_folders;
};

// A write that failed: "the disk is full" when the folder has no room left for what was being
// written (QFile's own text for it can be "Unknown error"), else QFile's reason.
Error writeError(const QFile &out, const QString &target, qsizetype wanted)
{
    QStorageInfo storage(QFileInfo(target).absolutePath());
    storage.refresh();
    if (storage.isValid() && storage.bytesAvailable() < wanted)
        return Error(ErrorCode::Io, QStringLiteral("cannot write %1: the disk is full").arg(target),
                     QStringLiteral("free some space (disk full), then extract again"));
    return Error(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(target, out.errorString()), QStringLiteral("is the disk full?"));
}

// The current entry's data into a new file at `target`.
Status writeFile(ArchiveReader &reader, const QString &target, QByteArray &buffer, Created &created)
{
    if (!created.makeFolder(QFileInfo(target).absolutePath()))
        return Error(ErrorCode::Io, QStringLiteral("cannot create %1").arg(QFileInfo(target).absolutePath()));
    QFile out(target);
    if (out.exists())
        return Error(ErrorCode::Refused, QStringLiteral("%1 already exists; not overwriting it").arg(target));
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error(ErrorCode::Io, QStringLiteral("cannot create %1: %2").arg(target, out.errorString()));
    created.file(target);
    auto written = reader.readRest(buffer, [&](QByteArrayView chunk) -> Status {
        if (out.write(chunk.data(), chunk.size()) != chunk.size())
            return writeError(out, target, chunk.size());
        return {};
    });
    if (!written)
        return written;
    if (!out.flush())
        return writeError(out, target, buffer.size());
    return {};
}

// Every entry in stored order; a hostile one stops it.
Status extractEntries(ArchiveReader &reader, const QString &archivePath, const QDir &dest, const CancelToken &cancel, Created &created,
                      QStringList &written)
{
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    for (;;) {
        if (cancel.isCancelled())
            return Error(ErrorCode::Cancelled, QStringLiteral("extraction cancelled"));
        auto next = reader.nextEntry();
        if (!next)
            return next.error();
        if (!next->has_value())
            return {};
        const ArchiveEntry &e = **next;
        if (!ArchiveExtractor::isSafeRelativePath(e.path))
            return Error(ErrorCode::ArchiveCorrupt, QStringLiteral("%1: refusing unsafe path '%2'").arg(archivePath, e.path));
        const QString target = dest.filePath(QDir::cleanPath(e.path));
        if (e.isDirectory) {
            if (!created.makeFolder(target))
                return Error(ErrorCode::Io, QStringLiteral("cannot create %1").arg(target));
            continue;
        }
        if (!e.isRegularFile)
            return Error(ErrorCode::ArchiveCorrupt, QStringLiteral("%1: refusing '%2', which is not a regular file").arg(archivePath, e.path));
        if (auto st = writeFile(reader, target, buffer, created); !st)
            return st;
        written << target;
    }
}

} // namespace

Result<QStringList> ArchiveExtractor::extract(const QString &archivePath, const QString &destination, const CancelToken &cancel)
{
    const auto index = ArchiveIndex::readFrom(archivePath); // a seekable archive inflates in parallel
    auto opened = index ? TarArchiveReader::open(archivePath, index->blocks, index->compression) : TarArchiveReader::open(archivePath);
    if (!opened)
        return opened.error();
    Created created;
    if (!created.makeFolder(destination))
        return Error(ErrorCode::Io, QStringLiteral("cannot create %1").arg(destination));
    QStringList written;
    if (auto st = extractEntries(**opened, archivePath, QDir(destination), cancel, created, written); !st) {
        // A refused or failed extraction leaves nothing of its own behind.
        created.undo();
        return st.error();
    }
    return written;
}

} // namespace lifeboat
