#include "CollectionVerifier.h"

namespace lifeboat {

void ArchiveSideStats::add(const bson_t *doc)
{
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

VerificationRow CollectionVerifier::compare(const PooledClient &client, const QString &database, const QString &collection,
                                            const QString &type, const ArchiveSideStats &archive, bool full)
{
    VerificationRow row;
    row.database = database;
    row.collection = collection;
    row.type = type;
    row.fileCount = archive.count();
    row.sampleSize = archive.sampleSize();
    row.sampleHashArchive = archive.sampleHash();
    row.digestArchive = full ? archive.digest().toString() : QString();

    mongoc_collection_t *c = mongoc_client_get_collection(client.get(), database.toUtf8().constData(), collection.toUtf8().constData());
    bson_t empty = BSON_INITIALIZER;
    bson_error_t error;
    row.dbCount = mongoc_collection_count_documents(c, &empty, nullptr, nullptr, nullptr, &error);
    if (row.dbCount < 0)
        row.notes << QStringLiteral("cannot count: %1").arg(QString::fromUtf8(error.message));

    // The sample: the archive's first documents, read back by _id.
    QCryptographicHash dbHash(QCryptographicHash::Sha256);
    int missing = 0;
    for (const auto &filter : archive.sampleIds()) {
        bson_t *opts = BCON_NEW("limit", BCON_INT64(1));
        mongoc_cursor_t *cursor = mongoc_collection_find_with_opts(c, filter.get(), opts, nullptr);
        const bson_t *doc = nullptr;
        if (mongoc_cursor_next(cursor, &doc))
            dbHash.addData(QByteArrayView(reinterpret_cast<const char *>(bson_get_data(doc)), doc->len));
        else
            ++missing;
        mongoc_cursor_destroy(cursor);
        bson_destroy(opts);
    }
    mongoc_collection_destroy(c);
    row.sampleHashDb = QString::fromLatin1(dbHash.result().toHex());

    if (row.dbCount != row.fileCount)
        row.notes << QStringLiteral("the database holds %1 documents, the archive %2").arg(row.dbCount).arg(row.fileCount);
    if (missing > 0)
        row.notes << QStringLiteral("%1 of the %2 sampled documents are missing from the database").arg(missing).arg(row.sampleSize);
    else if (row.sampleHashDb != row.sampleHashArchive)
        row.notes << QStringLiteral("sampled documents differ from the archive's");
    if (full) {
        auto digest = digestOf(client, database, collection);
        if (!digest) {
            row.notes << digest.error().message;
        } else {
            row.digestDb = digest->toString();
            if (row.digestDb != row.digestArchive)
                row.notes << QStringLiteral("full digest differs");
        }
    }
    row.status = row.notes.isEmpty() ? QStringLiteral("ok") : QStringLiteral("mismatch");
    return row;
}

} // namespace lifeboat
