#include "core/archive/ArchiveCompression.h"

namespace lifeboat {

QString archiveExtension(ArchiveCompression compression)
{
    switch (compression) {
    case ArchiveCompression::None: return QStringLiteral(".tar");
    case ArchiveCompression::Gzip: return QStringLiteral(".tar.gz");
    case ArchiveCompression::Zstd: return QStringLiteral(".tar.zst");
    }
    return QStringLiteral(".tar");
}

QString compressionName(ArchiveCompression compression)
{
    switch (compression) {
    case ArchiveCompression::None: return QStringLiteral("none");
    case ArchiveCompression::Gzip: return QStringLiteral("gzip");
    case ArchiveCompression::Zstd: return QStringLiteral("zstd");
    }
    return QStringLiteral("none");
}

int defaultCompressionLevel(ArchiveCompression compression)
{
    switch (compression) {
    case ArchiveCompression::None: return 0;
    case ArchiveCompression::Gzip: return 1;
    case ArchiveCompression::Zstd: return 3;
    }
    return 0;
}

bool isValidCompressionLevel(ArchiveCompression compression, int level)
{
    switch (compression) {
    case ArchiveCompression::None: return level == 0;
    case ArchiveCompression::Gzip: return level >= 1 && level <= 9;
    case ArchiveCompression::Zstd: return level >= 1 && level <= 19;
    }
    return false;
}

std::optional<ArchiveCompression> parseCompression(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("none") || n == QLatin1String("tar"))
        return ArchiveCompression::None;
    if (n == QLatin1String("gzip") || n == QLatin1String("gz") || n == QLatin1String("tar.gz"))
        return ArchiveCompression::Gzip;
    if (n == QLatin1String("zstd") || n == QLatin1String("zst") || n == QLatin1String("tar.zst"))
        return ArchiveCompression::Zstd;
    return std::nullopt;
}

std::optional<ArchiveCompression> compressionFromFileName(const QString &fileName)
{
    for (auto c : {ArchiveCompression::Gzip, ArchiveCompression::Zstd, ArchiveCompression::None}) {
        if (fileName.endsWith(archiveExtension(c), Qt::CaseInsensitive))
            return c;
    }
    if (fileName.endsWith(QLatin1String(".tgz"), Qt::CaseInsensitive))
        return ArchiveCompression::Gzip;
    return std::nullopt;
}

QString stripArchiveExtension(const QString &fileName)
{
    for (const char *ext : {".tar.gz", ".tar.zst", ".tar", ".tgz"}) {
        if (fileName.endsWith(QLatin1String(ext), Qt::CaseInsensitive))
            return fileName.left(fileName.size() - qsizetype(qstrlen(ext)));
    }
    return fileName;
}

} // namespace lifeboat
