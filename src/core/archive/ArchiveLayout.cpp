#include "core/archive/ArchiveLayout.h"

#include <QSet>

#include <climits>

namespace lifeboat {

bool ArchiveLayout::isSmallFile(const QString &path)
{
    const QString file = path.section(QLatin1Char('/'), -1);
    return file == QLatin1String(ManifestFile) || file == QLatin1String(MetadataFile);
}

bool ArchiveLayout::isDocumentFile(const QString &path)
{
    if (isSmallFile(path))
        return false;
    const QString file = path.section(QLatin1Char('/'), -1);
    return file.endsWith(QLatin1String(".jsonl")) || file.endsWith(QLatin1String(".json"));
}

ArchiveLayout ArchiveLayout::fromPaths(const QStringList &filePaths, const std::optional<QString> &manifestName)
{
    ArchiveLayout layout;
    QSet<QString> firstParts;
    int minDepth = INT_MAX, maxDepth = 0;
    bool manifestAtDepth2 = false;
    for (QString p : filePaths) {
        if (p.startsWith(QLatin1String("./")))
            p = p.mid(2);
        const QStringList parts = p.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (parts.size() == 2 && parts.last() == QLatin1String(ManifestFile))
            manifestAtDepth2 = true;
        if (!isDocumentFile(p))
            continue;
        minDepth = std::min(minDepth, int(parts.size()));
        maxDepth = std::max(maxDepth, int(parts.size()));
        firstParts.insert(parts.first());
    }
    if (manifestName && manifestAtDepth2) {
        layout.m_top = *manifestName + QLatin1Char('/');
        layout.m_nested = maxDepth >= 3;
        return layout;
    }
    if (maxDepth == 0) // no collection files at all
        return layout;
    if (maxDepth >= 3) {
        layout.m_top = *firstParts.begin() + QLatin1Char('/');
        layout.m_nested = true;
    } else if (maxDepth == 2 && minDepth == 2) {
        if (firstParts.size() == 1)
            layout.m_top = *firstParts.begin() + QLatin1Char('/');
        else
            layout.m_nested = true;
    }
    return layout;
}

std::optional<QString> ArchiveLayout::relative(const QString &rawPath) const
{
    QString path = rawPath.startsWith(QLatin1String("./")) ? rawPath.mid(2) : rawPath;
    if (!path.startsWith(m_top))
        return std::nullopt;
    return path.mid(m_top.size());
}

ArchiveLayout::FileRole ArchiveLayout::classify(const QString &path) const
{
    FileRole role;
    const auto rel = relative(path);
    if (!rel)
        return role;
    const QStringList parts = rel->split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return role;
    const QString file = parts.last();
    if (parts.size() == 1 && file == QLatin1String(ManifestFile)) {
        role.kind = FileRole::Manifest;
        return role;
    }
    const int expectedDepth = m_nested ? 2 : 1;
    if (parts.size() != expectedDepth)
        return role;
    if (m_nested)
        role.database = parts.first();
    if (file == QLatin1String(MetadataFile)) {
        role.kind = FileRole::Metadata;
        return role;
    }
    if (!isDocumentFile(file))
        return role;
    role.kind = FileRole::Collection;
    role.collection = file.left(file.lastIndexOf(QLatin1Char('.')));
    role.isBucketFile = role.collection.startsWith(QLatin1String("system.buckets."));
    return role;
}

} // namespace lifeboat
