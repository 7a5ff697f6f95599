#pragma once

#include "core/codec/DocumentRef.h"
#include "core/diff/DiffSide.h"
#include "core/mongo/MongoClientPool.h"

namespace lifeboat {

// A database's collections as a diff side: each collection read once with one cursor (no
// sort asked of the server: the diff sorts both sides the same way itself), documents fetched
// back by {_id: {$in: [...]}} in batches.
class DatabaseDiffSide final : public DiffSide {
public:
    DatabaseDiffSide(MongoClientPool &pool, QString database) : m_pool(pool), m_database(std::move(database)) {}

    QString describe() const override { return QStringLiteral("database %1").arg(m_database); }
    Result<QStringList> collections() override;
    Status scan(const QStringList &collections, const Add &add, const Done &done, const CancelToken &cancel) override;
    Status fetch(const QHash<QString, QSet<QByteArray>> &keys, const Add &take, const CancelToken &cancel) override;

    // Every document of `ids` ({_id: value} keys) in `collection`, through `take`.
    static Status findByIds(const PooledClient &client, const QString &database, const QString &collection, const QList<QByteArray> &ids,
                            const std::function<Status(DocumentRef)> &take, const CancelToken &cancel);

private:
    MongoClientPool &m_pool;
    QString m_database;
};

} // namespace lifeboat
