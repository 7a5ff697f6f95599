#pragma once

#include "core/common/Sha256.h"
#include "core/verify/DocumentDigest.h"
#include "core/mongo/MongoClientPool.h"
#include "core/verify/VerificationReport.h"


#include <optional>
#include <vector>

namespace lifeboat {

// What the archive side of a collection holds, gathered while its documents stream by:
// count, digest (only when a full verification will need it: it hashes every byte), and the
// first N documents (their _id and a hash of their BSON).
class ArchiveSideStats final {
public:
    explicit ArchiveSideStats(int sampleLimit = 100, bool withDigest = true)
        : m_sampleLimit(sampleLimit), m_withDigest(withDigest) {}
    void add(const bson_t *doc);

    qint64 count() const { return m_count; }
    bool hasDigest() const { return m_withDigest; }
    const DocumentDigest &digest() const { return m_digest; }
    int sampleSize() const { return int(m_sampleIds.size()); }
    QString sampleHash() const { return Sha256::toHex(m_sampleHash.peek()); }
    const std::vector<BsonDocument> &sampleIds() const { return m_sampleIds; }

private:
    int m_sampleLimit;
    bool m_withDigest;
    qint64 m_count = 0;
    DocumentDigest m_digest;
    std::vector<BsonDocument> m_sampleIds; // {_id: value} filters, in file order
    Sha256 m_sampleHash;
};

// Compares a collection in the database with what the archive holds: counts, the sample
// read back by _id, and with `full` the digest of every document (whose read also gives the
// count, so a full verification reads the collection once).
class CollectionVerifier final {
public:
    //
    // `acknowledged`: for a collection the caller created empty and filled alone, the number of
    // inserts the server acknowledged. When the server's collection statistics (collStats: its
    // metadata count, cheap) agree with it, that is the database count; only if they differ does
    // the server count exactly (countDocuments), which some servers (FerretDB) do by reading the
    // whole collection. Without it, the count is always exact.
    static VerificationRow compare(const PooledClient &client, const QString &database, const QString &collection,
                                   const QString &type, const ArchiveSideStats &archive, bool full,
                                   std::optional<qint64> acknowledged = std::nullopt);
    // The order-independent digest of every document in a collection.
    static Result<DocumentDigest> digestOf(const PooledClient &client, const QString &database, const QString &collection);
    // The documents of `filters` ({_id: value} each) as stored, in the filters' order; a
    // missing one is an empty QByteArray. One lookup per _id, unless the first is slow (a
    // server without an _id index for that type, e.g. FerretDB for numbers, scans for each):
    // then the rest come in one {_id: {$in: [...]}} query.
    static Result<QList<QByteArray>> readBack(const PooledClient &client, const QString &database, const QString &collection,
                                              const std::vector<BsonDocument> &filters, int slowLookupMs = 50);
};

} // namespace lifeboat
