#include "core/snapshot/SnapshotDrift.h"

#include "core/mongo/DatabaseCatalog.h"
#include "core/codec/ExtJsonCodec.h"
#include "core/mongo/MongoClientPool.h"
#include "core/snapshot/ReadOnlyCommand.h"

#include <QMap>

#include <mongoc/mongoc.h>

namespace lifeboat {

QString toString(DriftStatus status)
{
    switch (status) {
    case DriftStatus::Same: return QStringLiteral("same");
    case DriftStatus::Changed: return QStringLiteral("changed");
    case DriftStatus::Missing: return QStringLiteral("missing");
    case DriftStatus::Added: return QStringLiteral("added");
    }
    return {};
}

namespace {

Result<qint64> countDocuments(const PooledClient &client, const QString &db, const QString &name, const QString &uri)
{
    mongoc_collection_t *coll = mongoc_client_get_collection(client.get(), db.toUtf8().constData(), name.toUtf8().constData());
    bson_t filter = BSON_INITIALIZER;
    bson_error_t error;
    const int64_t n = mongoc_collection_count_documents(coll, &filter, nullptr, nullptr, nullptr, &error);
    bson_destroy(&filter);
    mongoc_collection_destroy(coll);
    if (n < 0)
        return mongoError(error, QStringLiteral("counting %1.%2 failed").arg(db, name), uri);
    return qint64(n);
}

} // namespace

QJsonObject DriftRow::toJson() const
{
    return QJsonObject{{QStringLiteral("collection"), collection},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("snapshotDocuments"), snapshotDocuments},
                       {QStringLiteral("databaseDocuments"), databaseDocuments},
                       {QStringLiteral("status"), toString(status)}};
}

bool SnapshotDrift::unchanged() const
{
    for (const auto &r : rows) {
        if (r.status != DriftStatus::Same)
            return false;
    }
    return true;
}

int SnapshotDrift::count(DriftStatus status) const
{
    int n = 0;
    for (const auto &r : rows)
        n += r.status == status ? 1 : 0;
    return n;
}

QJsonArray SnapshotDrift::toJson() const
{
    QJsonArray a;
    for (const auto &r : rows)
        a.append(r.toJson());
    return a;
}

Result<SnapshotDrift> SnapshotDrift::compare(const QString &mongoUri, const Manifest &snapshot, const QString &database,
                                             const QString &snapshotDatabase, const CancelToken &cancel)
{
    auto pool = MongoClientPool::create(mongoUri, 1);
    if (!pool)
        return pool.error();
    auto client = (*pool)->acquire();
    const QString fromDb = snapshotDatabase.isEmpty() ? (snapshot.nestsDatabases() ? database : QString()) : snapshotDatabase;
    QMap<QString, DriftRow> rows;
    for (const auto &c : snapshot.collections) {
        if (!fromDb.isEmpty() && c.database != fromDb)
            continue;
        DriftRow r;
        r.collection = c.name;
        r.type = c.type;
        r.snapshotDocuments = c.type == QLatin1String("view") ? 0 : c.documents;
        r.status = DriftStatus::Missing; // until the database lists it
        rows.insert(c.name, r);
    }
    auto live = DatabaseCatalog::collections(client, database);
    if (!live)
        return live.error();
    for (const auto &c : *live) {
        if (cancel.isCancelled())
            return Error(ErrorCode::Cancelled, QStringLiteral("comparison cancelled"));
        if (c.isSystem())
            continue;
        qint64 n = 0;
        if (c.type != QLatin1String("view")) {
            auto counted = countDocuments(client, database, c.name, mongoUri);
            if (!counted)
                return counted.error();
            n = *counted;
        }
        auto it = rows.find(c.name);
        if (it == rows.end()) {
            DriftRow r;
            r.collection = c.name;
            r.type = c.type;
            r.databaseDocuments = n;
            r.status = DriftStatus::Added;
            rows.insert(c.name, r);
        } else {
            it->databaseDocuments = n;
            it->status = n == it->snapshotDocuments ? DriftStatus::Same : DriftStatus::Changed;
        }
    }
    SnapshotDrift drift;
    drift.database = database;
    for (const auto &r : std::as_const(rows))
        drift.rows << r;
    return drift;
}

Result<QJsonObject> SnapshotDrift::runValidationCommand(const QString &mongoUri, const QString &database, const QByteArray &commandJson)
{
    auto cmd = ExtJsonCodec::decode(commandJson);
    if (!cmd)
        return Error(ErrorCode::Usage, QStringLiteral("the validation command is not a JSON document: %1").arg(cmd.error().message));
    if (const QString why = ReadOnlyCommand::refusal(cmd->get()); !why.isEmpty())
        return Error(ErrorCode::Refused, why);
    auto pool = MongoClientPool::create(mongoUri, 1);
    if (!pool)
        return pool.error();
    auto client = (*pool)->acquire();
    auto reply = client.command(database, cmd->get());
    if (!reply)
        return reply.error().wrapped(QStringLiteral("the validation command failed"));
    return bsonToJsonObject(reply->get());
}

} // namespace lifeboat
