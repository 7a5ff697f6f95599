#include "core/archive/ArchiveExtractor.h"

#include "core/archive/TarArchiveReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

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

Result<QStringList> ArchiveExtractor::extract(const QString &archivePath, const QString &destination, const CancelToken &cancel)
{
    auto opened = TarArchiveReader::open(archivePath);
    if (!opened)
        return opened.error();
    ArchiveReader &reader = **opened;
    QDir dest(destination);
    if (!dest.exists() && !QDir().mkpath(destination))
        return Error(ErrorCode::Io, QStringLiteral("cannot create %1").arg(destination));
    QStringList written;
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    for (;;) {
        if (cancel.isCancelled())
            return Error(ErrorCode::Cancelled, QStringLiteral("extraction cancelled"));
        auto next = reader.nextEntry();
        if (!next)
            return next.error();
        if (!next->has_value())
            break;
        const ArchiveEntry &e = **next;
        if (!isSafeRelativePath(e.path))
            return Error(ErrorCode::ArchiveCorrupt, QStringLiteral("%1: refusing unsafe path '%2'").arg(archivePath, e.path));
        const QString target = dest.filePath(QDir::cleanPath(e.path));
        if (e.isDirectory) {
            if (!QDir().mkpath(target))
                return Error(ErrorCode::Io, QStringLiteral("cannot create %1").arg(target));
            continue;
        }
        if (!e.isRegularFile)
            return Error(ErrorCode::ArchiveCorrupt, QStringLiteral("%1: refusing '%2', which is not a regular file").arg(archivePath, e.path));
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile out(target);
        if (out.exists())
            return Error(ErrorCode::Refused, QStringLiteral("%1 already exists; not overwriting it").arg(target));
        if (!out.open(QIODevice::WriteOnly))
            return Error(ErrorCode::Io, QStringLiteral("cannot create %1: %2").arg(target, out.errorString()));
        for (;;) {
            auto n = reader.read(buffer.data(), buffer.size());
            if (!n)
                return n.error();
            if (*n == 0)
                break;
            if (out.write(buffer.constData(), *n) != *n)
                return Error(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(target, out.errorString()),
                             QStringLiteral("is the disk full?"));
        }
        if (!out.flush())
            return Error(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(target, out.errorString()));
        written << target;
    }
    return written;
}

} // namespace lifeboat
