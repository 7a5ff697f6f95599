#include "app/backups/ArchiveSummary.h"

#include "core/archive/ArchiveCompression.h"
#include "core/config/MongoUri.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace lifeboat::app {

QDateTime ArchiveSummary::createdAt() const
{
    if (manifest && manifest->createdAt.isValid())
        return manifest->createdAt;
    static const QRegularExpression stamp(QStringLiteral("(\\d{8}_\\d{6})"));
    const auto match = stamp.match(stripArchiveExtension(fileName));
    if (match.hasMatch()) {
        const QDateTime t = QDateTime::fromString(match.captured(1), QStringLiteral("yyyyMMdd_HHmmss"));
        if (t.isValid())
            return t;
    }
    return modified;
}

QStringList ArchiveSummary::databases() const
{
    if (manifest)
        return manifest->databases;
    QStringList out;
    for (const auto &f : collectionFiles) {
        if (!f.database.isEmpty() && !out.contains(f.database))
            out << f.database;
    }
    return out;
}

int ArchiveSummary::collectionCount() const
{
    if (!readable())
        return -1;
    if (manifest)
        return int(manifest->collections.size());
    int n = 0;
    for (const auto &f : collectionFiles) {
        if (!f.isBucketFile)
            ++n;
    }
    return n;
}

qint64 ArchiveSummary::documentCount() const
{
    return manifest ? manifest->totalDocuments() : -1;
}

QString ArchiveSummary::source() const
{
    if (!manifest)
        return {};
    if (!manifest->sourceHosts.isEmpty())
        return manifest->sourceHosts;
    return MongoUri::redacted(manifest->sourceUri);
}

} // namespace lifeboat::app
