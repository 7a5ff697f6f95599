#include "core/matrixone/MatrixOneSnapshot.h"

#include "core/common/IsoTime.h"

#include <QJsonArray>

namespace lifeboat {

QString matrixOneLevelName(MatrixOneLevel level)
{
    switch (level) {
    case MatrixOneLevel::Account:
        return QStringLiteral("account");
    case MatrixOneLevel::Database:
        return QStringLiteral("database");
    case MatrixOneLevel::Table:
        return QStringLiteral("table");
    }
    return QStringLiteral("account");
}

std::optional<MatrixOneLevel> parseMatrixOneLevel(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("account"))
        return MatrixOneLevel::Account;
    if (n == QLatin1String("database"))
        return MatrixOneLevel::Database;
    if (n == QLatin1String("table"))
        return MatrixOneLevel::Table;
    return std::nullopt;
}

QString MatrixOneSnapshot::scopeText() const
{
    switch (level) {
    case MatrixOneLevel::Account:
        return QStringLiteral("account %1").arg(account);
    case MatrixOneLevel::Database:
        return QStringLiteral("database %1").arg(database);
    case MatrixOneLevel::Table:
        return QStringLiteral("table %1.%2").arg(database, table);
    }
    return {};
}

QString MatrixOneSnapshot::problem() const
{
    if (!onServer)
        return QStringLiteral("not on the server any more (only Lifeboat's catalog remembers it)");
    return {};
}

SnapshotEntry MatrixOneSnapshot::toEntry() const
{
    SnapshotEntry e;
    e.name = name;
    e.hasSnapshotInfo = inCatalog;
    e.info = info;
    e.info.name = name;
    e.info.level = level == MatrixOneLevel::Table ? SnapshotLevel::Collection
                   : level == MatrixOneLevel::Database ? SnapshotLevel::Database : SnapshotLevel::Deployment;
    e.createdAt = createdAt;
    e.scope = matrixOneLevelName(level);
    if (!database.isEmpty())
        e.databases << database;
    if (!table.isEmpty())
        e.collections << table;
    e.server = QStringLiteral("matrixone");
    e.sourceHosts = server;
    e.verification = verification;
    e.verifiedAt = verifiedAt;
    e.verificationNote = verificationNote;
    e.problem = problem();
    return e;
}

QJsonObject MatrixOneSnapshot::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("kind"), QStringLiteral("matrixone")},
                  {QStringLiteral("server"), server},
                  {QStringLiteral("account"), account},
                  {QStringLiteral("level"), matrixOneLevelName(level)},
                  {QStringLiteral("serverLevel"), serverLevel},
                  {QStringLiteral("database"), database},
                  {QStringLiteral("table"), table},
                  {QStringLiteral("createdAt"), isoOrNull(createdAt)},
                  {QStringLiteral("description"), info.description},
                  {QStringLiteral("purpose"), info.purpose},
                  {QStringLiteral("createdBy"), info.createdBy},
                  {QStringLiteral("versionBefore"), info.versionBefore},
                  {QStringLiteral("versionTarget"), info.versionTarget},
                  {QStringLiteral("tags"), QJsonArray::fromStringList(info.tags)},
                  {QStringLiteral("deleteAfter"), isoOrNull(info.deleteAfter)},
                  {QStringLiteral("onServer"), onServer},
                  {QStringLiteral("inCatalog"), inCatalog},
                  {QStringLiteral("verified"), snapshotVerificationName(verification)},
                  {QStringLiteral("verifiedAt"), isoOrNull(verifiedAt)},
                  {QStringLiteral("verificationNote"), verificationNote}};
    if (!problem().isEmpty())
        o.insert(QStringLiteral("problem"), problem());
    return o;
}

} // namespace lifeboat
