#pragma once

#include "core/archive/CollectionDocumentReader.h"
#include "core/mongo/MongoClientPool.h"
#include "core/restore/merge/MergeRestore.h"

namespace lifeboat {

// MergeRestoreEngine::plan: the selected documents of the archive's collection, each looked up
// by _id in the target collection and classified (insert, replace, identical, left alone).
class MergePlanner final {
public:
    MergePlanner(const MergeRestoreRequest &request, const CancelToken &cancel) : m_request(request), m_cancel(cancel) {}
    Result<MergePlan> plan();

    // The target database: the request's, else the archive's own.
    static Result<QString> targetDatabase(const MergeRestoreRequest &request, const ArchiveContents &contents,
                                          const ArchiveContents::CollectionFile &file);
    // The collection's document count as the server keeps it (collStats).
    static Result<qint64> countDocuments(const PooledClient &client, const QString &db, const QString &collection);

private:
    struct Pending {
        QByteArray key;
        MergePlan::Digest digest;
    };
    Status select(CollectionDocumentReader &reader, const PooledClient &client);
    Status classify(const PooledClient &client);

    const MergeRestoreRequest &m_request;
    const CancelToken &m_cancel;
    MergePlan m_plan;
    QSet<QByteArray> m_ids;
    QSet<QByteArray> m_seen;
    std::vector<Pending> m_pending;
};

} // namespace lifeboat
