#pragma once

#include "DocumentDigest.h"
#include "MongoClientPool.h"
#include "VerificationReport.h"

#include <QCryptographicHash>

#include <vector>

namespace lifeboat {

// What the archive side of a collection holds, gathered while its documents stream by:
// count, digest, and the first N documents (their _id and a hash of their BSON).
class ArchiveSideStats final {
public:
    explicit ArchiveSideStats(int sampleLimit = 100) : m_sampleLimit(sampleLimit) {}
    void add(const bson_t *doc);

    qint64 count() const { return qint64(m_digest.count()); }
    const DocumentDigest &digest() const { return m_digest; }
    int sampleSize() const { return int(m_sampleIds.size()); }
    QString sampleHash() const { return QString::fromLatin1(m_sampleHash.result().toHex()); }
    const std::vector<BsonDocument> &sampleIds() const { return m_sampleIds; }

private:
    int m_sampleLimit;
    DocumentDigest m_digest;
    std::vector<BsonDocument> m_sampleIds; // {_id: value} filters, in file order
    QCryptographicHash m_sampleHash{QCryptographicHash::Sha256};
};

// Compares a collection in the database with what the archive holds: counts, the sample
// read back by _id, and with `full` the digest of every document.
class CollectionVerifier final {
public:
    static VerificationRow compare(const PooledClient &client, const QString &database, const QString &collection,
                                   const QString &type, const ArchiveSideStats &archive, bool full);
    // The order-independent digest of every document in a collection.
    static Result<DocumentDigest> digestOf(const PooledClient &client, const QString &database, const QString &collection);
};

} // namespace lifeboat
