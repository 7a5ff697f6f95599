#include "core/verify/CollectionVerifier.h"

#include "core/mongo/DatabaseCatalog.h"

#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <optional>

namespace lifeboat {

void ArchiveSideStats::add(const bson_t *doc)
{
    ++m_count;
    if (m_withDigest)
        m_digest.add(QByteArrayView(reinterpret_cast<const char *>(bson_get_data(doc)), doc->len));
    if (int(m_sampleIds.size()) >= m_sampleLimit)
        return;
    bson_iter_t it;
    BsonDocument filter;
    if (bson_iter_init_find(&it, doc, "_id"))
        bson_append_iter(filter.get(), "_id", 3, &it);
    m_sampleIds.push_back(std::move(filter));
    m_sampleHash.addData(QByteArrayView(reinterpret_cast<const char *>(bson_get_data(doc)), doc->len));
}

Result<DocumentDigest> CollectionVerifier::digestOf(const PooledClient &client, const QString &database, const QString &collection)
{
    mongoc_collection_t *c = mongoc_client_get_collection(client.get(), database.toUtf8().constData(), collection.toUtf8().constData());
    bson_t filter = BSON_INITIALIZER;
    bson_t *opts = BCON_NEW("batchSize", BCON_INT32(1000));
    mongoc_cursor_t *cursor = mongoc_collection_find_with_opts(c, &filter, opts, nullptr);
    DocumentDigest digest;
    const bson_t *doc = nullptr;
    while (mongoc_cursor_next(cursor, &doc))
        digest.add(QByteArrayView(reinterpret_cast<const char *>(bson_get_data(doc)), doc->len));
    bson_error_t error;
    const bool failed = mongoc_cursor_error(cursor, &error);
    mongoc_cursor_destroy(cursor);
    bson_destroy(opts);
    mongoc_collection_destroy(c);
    if (failed)
        return mongoError(error, QStringLiteral("reading %1.%2 failed").arg(database, collection));
    return digest;
}

namespace {

QByteArray bytesOf(const bson_t *doc)
{
    return QByteArray(reinterpret_cast<const char *>(bson_get_data(doc)), int(doc->len));
}

// The {_id: value} filter of a document, as bytes: the key that matches a sample filter.
QByteArray idKeyOf(const bson_t *doc)
{
    bson_iter_t it;
    BsonDocument key;
    if (bson_iter_init_find(&it, doc, "_id"))
        bson_append_iter(key.get(), "_id", 3, &it);
    return bytesOf(key.get());
}

bool isRegexId(const BsonDocument &filter)
{
    bson_iter_t it;
    return bson_iter_init_find(&it, filter.get(), "_id") && BSON_ITER_HOLDS_REGEX(&it);
}

} // namespace

Result<QList<QByteArray>> CollectionVerifier::readBack(const PooledClient &client, const QString &database, const QString &collection,
                                                       const std::vector<BsonDocument> &filters, int slowLookupMs)
{
    QList<QByteArray> out;
    mongoc_collection_t *c = mongoc_client_get_collection(client.get(), database.toUtf8().constData(), collection.toUtf8().constData());
    bson_error_t error;
    bool failed = false;
    QElapsedTimer clock;
    bool slow = false;
    const bool canBatch = std::none_of(filters.begin(), filters.end(), isRegexId); // $in would match a regex as a pattern
    size_t i = 0;
    for (; i < filters.size() && !slow; ++i) {
        clock.start();
        bson_t *opts = BCON_NEW("limit", BCON_INT64(1));
        mongoc_cursor_t *cursor = mongoc_collection_find_with_opts(c, filters[i].get(), opts, nullptr);
        const bson_t *doc = nullptr;
        out << (mongoc_cursor_next(cursor, &doc) ? bytesOf(doc) : QByteArray());
        failed = mongoc_cursor_error(cursor, &error);
        mongoc_cursor_destroy(cursor);
        bson_destroy(opts);
        if (failed)
            break;
        slow = canBatch && filters.size() - i > 5 && clock.elapsed() > slowLookupMs;
    }
    if (!failed && i < filters.size()) {
        QHash<QByteArray, int> wanted;
        BsonDocument query;
        bson_t inner, ids;
        bson_append_document_begin(query.get(), "_id", 3, &inner);
        bson_append_array_begin(&inner, "$in", 3, &ids);
        for (size_t k = i; k < filters.size(); ++k) {
            wanted.insert(bytesOf(filters[k].get()), int(k));
            bson_iter_t it;
            if (bson_iter_init_find(&it, filters[k].get(), "_id")) {
                const QByteArray idx = QByteArray::number(qint64(k - i));
                bson_append_iter(&ids, idx.constData(), int(idx.size()), &it);
            }
        }
        bson_append_array_end(&inner, &ids);
        bson_append_document_end(query.get(), &inner);
        for (size_t k = i; k < filters.size(); ++k)
            out << QByteArray();
        bson_t *opts = BCON_NEW("batchSize", BCON_INT32(int(filters.size())));
        mongoc_cursor_t *cursor = mongoc_collection_find_with_opts(c, query.get(), opts, nullptr);
        const bson_t *doc = nullptr;
        while (mongoc_cursor_next(cursor, &doc)) {
            const auto found = wanted.constFind(idKeyOf(doc));
            if (found != wanted.constEnd())
                out[found.value()] = bytesOf(doc);
        }
        failed = mongoc_cursor_error(cursor, &error);
        mongoc_cursor_destroy(cursor);
        bson_destroy(opts);
    }
    mongoc_collection_destroy(c);
    if (failed)
        return mongoError(error, QStringLiteral("reading back %1.%2 failed").arg(database, collection));
    return out;
}

VerificationRow CollectionVerifier::compare(const PooledClient &client, const QString &database, const QString &collection,
                                            const QString &type, const ArchiveSideStats &archive, bool full,
                                            std::optional<qint64> acknowledged)
{
    VerificationRow row;
    row.database = database;
    row.collection = collection;
    row.type = type;
    row.fileCount = archive.count();
    row.sampleSize = archive.sampleSize();
    row.sampleHashArchive = archive.sampleHash();
    row.digestArchive = full && archive.hasDigest() ? archive.digest().toString() : QString();

    // The count: a full verification reads every document anyway and counts them on the way;
    // otherwise the server counts (exactly: countDocuments, never the metadata estimate).
    std::optional<Result<DocumentDigest>> digest;
    if (full) {
        digest = digestOf(client, database, collection);
        row.dbCount = *digest ? qint64((*digest)->count()) : -1;
        if (!*digest)
            row.notes << QStringLiteral("cannot read the collection: %1").arg(digest->error().message);
    } else if (acknowledged && DatabaseCatalog::estimate(client, database, collection).documents == *acknowledged) {
        row.dbCount = *acknowledged;
    } else {
        mongoc_collection_t *c = mongoc_client_get_collection(client.get(), database.toUtf8().constData(), collection.toUtf8().constData());
        bson_t empty = BSON_INITIALIZER;
        bson_error_t error;
        row.dbCount = mongoc_collection_count_documents(c, &empty, nullptr, nullptr, nullptr, &error);
        mongoc_collection_destroy(c);
        if (row.dbCount < 0)
            row.notes << QStringLiteral("cannot count: %1").arg(QString::fromUtf8(error.message));
    }

    // The sample: the archive's first documents, read back by _id.
    Sha256 dbHash;
    int missing = 0;
    auto sample = readBack(client, database, collection, archive.sampleIds());
    if (!sample) {
        row.notes << sample.error().message;
        missing = archive.sampleSize();
    } else {
        for (const QByteArray &doc : std::as_const(*sample)) {
            if (doc.isEmpty())
                ++missing;
            else
                dbHash.addData(doc);
        }
    }
    row.sampleHashDb = Sha256::toHex(dbHash.take());

    if (row.dbCount >= 0 && row.dbCount != row.fileCount)
        row.notes << QStringLiteral("the database holds %1 documents, the archive %2").arg(row.dbCount).arg(row.fileCount);
    if (missing > 0)
        row.notes << QStringLiteral("%1 of the %2 sampled documents are missing from the database").arg(missing).arg(row.sampleSize);
    else if (row.sampleHashDb != row.sampleHashArchive)
        row.notes << QStringLiteral("sampled documents differ from the archive's");
    if (full && *digest) {
        row.digestDb = (*digest)->toString();
        if (row.digestDb != row.digestArchive)
            row.notes << QStringLiteral("full digest differs");
    }
    row.status = row.notes.isEmpty() ? VerificationStatus::Ok : VerificationStatus::Mismatch;
    return row;
}

} // namespace lifeboat
