#pragma once

#include "core/mongo/MongoClientPool.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace lifeboat {

struct CollectionInfo {
    QString name;
    QString type;                  // "collection", "timeseries", "view"
    std::shared_ptr<BsonDocument> entry; // the listCollections entry as the server returned it
    QString viewOn;
    QJsonArray pipeline;           // canonical Extended JSON

    bool isSystem() const { return name.startsWith(QLatin1String("system.")); }
    // The entry's `options` (validator, time-series, capped, ...), or an empty document.
    BsonDocument options() const { return BsonDocument::subDocument(entry ? entry->get() : nullptr, "options"); }
};

struct CollectionEstimate {
    qint64 documents = 0;
    qint64 bytes = 0; // uncompressed data size
};

// Read-only questions about what a deployment holds.
class DatabaseCatalog final {
public:
    // User databases; admin, local and config are left out unless `includeInternal`.
    static Result<QStringList> databaseNames(const PooledClient &client, bool includeInternal = false);
    static Result<QList<CollectionInfo>> collections(const PooledClient &client, const QString &database);
    static Result<QJsonArray> indexes(const PooledClient &client, const QString &database, const QString &collection);
    // Cheap estimates from metadata, for progress and display only (0 when the server does not
    // say). One collStats answers both; only without it does the count fall back to the count
    // command, which some servers (FerretDB) answer by reading the whole collection.
    static CollectionEstimate estimate(const PooledClient &client, const QString &database, const QString &collection);
};

// Canonical Extended JSON of a BSON value or document as a Qt JSON value (numbers stay strings
// inside their $number wrappers, so nothing is lost).
QJsonObject bsonToJsonObject(const bson_t *doc);

} // namespace lifeboat
