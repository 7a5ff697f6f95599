#include "core/snapshot/SnapshotEntry.h"

#include "core/common/IsoTime.h"

#include <QJsonArray>

namespace lifeboat {

QString snapshotVerificationName(SnapshotVerification v)
{
    switch (v) {
    case SnapshotVerification::Never:
        return QStringLiteral("never");
    case SnapshotVerification::Ok:
        return QStringLiteral("ok");
    case SnapshotVerification::Mismatch:
        return QStringLiteral("mismatch");
    }
    return QStringLiteral("never");
}

std::optional<SnapshotVerification> parseSnapshotVerification(const QString &name)
{
    if (name == QLatin1String("never"))
        return SnapshotVerification::Never;
    if (name == QLatin1String("ok"))
        return SnapshotVerification::Ok;
    if (name == QLatin1String("mismatch"))
        return SnapshotVerification::Mismatch;
    return std::nullopt;
}

QString SnapshotEntry::database() const
{
    if (scope == QLatin1String("deployment") || databases.size() != 1)
        return {};
    return databases.first();
}

QJsonObject SnapshotEntry::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("file"), fileName},
                  {QStringLiteral("path"), path},
                  {QStringLiteral("fileSize"), fileSize},
                  {QStringLiteral("fileModified"), isoOrNull(fileModified)},
                  {QStringLiteral("isSnapshot"), hasSnapshotInfo},
                  {QStringLiteral("createdAt"), isoOrNull(createdAt)},
                  {QStringLiteral("level"), levelName()},
                  {QStringLiteral("description"), info.description},
                  {QStringLiteral("purpose"), info.purpose},
                  {QStringLiteral("createdBy"), info.createdBy},
                  {QStringLiteral("versionBefore"), info.versionBefore},
                  {QStringLiteral("versionTarget"), info.versionTarget},
                  {QStringLiteral("tags"), QJsonArray::fromStringList(info.tags)},
                  {QStringLiteral("deleteAfter"), isoOrNull(info.deleteAfter)},
                  {QStringLiteral("scope"), scope},
                  {QStringLiteral("database"), database()},
                  {QStringLiteral("databases"), QJsonArray::fromStringList(databases)},
                  {QStringLiteral("collections"), QJsonArray::fromStringList(collections)},
                  {QStringLiteral("collectionCount"), int(collections.size())},
                  {QStringLiteral("documents"), documents},
                  {QStringLiteral("bytes"), bytes},
                  {QStringLiteral("server"), server},
                  {QStringLiteral("sourceHosts"), sourceHosts},
                  {QStringLiteral("compression"), compression},
                  {QStringLiteral("verified"), snapshotVerificationName(verification)},
                  {QStringLiteral("verifiedAt"), isoOrNull(verifiedAt)},
                  {QStringLiteral("verificationNote"), verificationNote}};
    if (!problem.isEmpty())
        o.insert(QStringLiteral("problem"), problem);
    return o;
}

} // namespace lifeboat
