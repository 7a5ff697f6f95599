#pragma once

#include "core/mongo/MongoClientPool.h"
#include "core/restore/merge/MergeRestore.h"

#include <vector>

namespace lifeboat {

// Sends the planned documents of a surgical restore: those to insert as inserts (an _id that
// appeared since the plan makes a duplicate-key error: the document is left alone and counted as
// a conflict), those to replace as replaceOne({_id}, document) — never upserting, so a document
// deleted since the plan stays deleted. Unordered bulk writes of `batchSize` operations.
class MergeWriter final {
public:
    // `client` must outlive the writer (its collection handle uses it).
    MergeWriter(const PooledClient &client, const MergePlan &plan, int batchSize);
    ~MergeWriter();
    MergeWriter(const MergeWriter &) = delete;
    MergeWriter &operator=(const MergeWriter &) = delete;

    // Queues the archive's document if the plan names it (each key once); sends a full batch.
    Status add(const bson_t *doc);
    Status flush();
    // Every planned document has been sent.
    bool allSent() const { return m_sent == m_planned; }
    // Sent to the server so far: documents, and their BSON bytes (for the progress).
    qint64 sent() const { return m_sent; }
    qint64 bytesSent() const { return m_bytesSent; }
    // The keys of the documents sent so far, in the order sent.
    const std::vector<QByteArray> &sentKeys() const { return m_sentKeys; }

    qint64 inserted() const { return m_inserted; }
    qint64 replaced() const { return m_replaced; }
    const QSet<QByteArray> &conflicts() const { return m_conflicts; }

private:
    const MergePlan &m_plan;
    int m_batchSize;
    mongoc_collection_t *m_collection;
    mongoc_bulk_operation_t *m_bulk = nullptr;
    std::vector<QByteArray> m_batchKeys; // operation index -> key
    std::vector<QByteArray> m_sentKeys;
    QSet<QByteArray> m_done;
    qint64 m_planned = 0, m_sent = 0, m_inserted = 0, m_replaced = 0;
    qint64 m_batchBytes = 0, m_bytesSent = 0;
    QSet<QByteArray> m_conflicts;
};

} // namespace lifeboat
