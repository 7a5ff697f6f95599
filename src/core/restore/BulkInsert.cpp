#include "core/restore/BulkInsert.h"

#include <chrono>
#include <cstring>
#include <thread>

namespace lifeboat {

namespace {

constexpr int DuplicateKey = 11000;
constexpr int MaxAttempts = 3;

// What the server said of one bulk insert.
struct BulkReply {
    bool ok = false;
    bson_error_t error{};
    qint64 inserted = 0;
    qint64 duplicates = 0;
    QString otherError; // the first write error that is not a duplicate key
};

bool isTransient(const bson_error_t &e)
{
    return e.domain == MONGOC_ERROR_STREAM || e.domain == MONGOC_ERROR_SERVER_SELECTION;
}

// One entry of the reply's writeErrors: its code and message.
void readWriteError(const bson_iter_t &entry, BulkReply &out)
{
    bson_iter_t e;
    int code = 0;
    QString msg;
    if (bson_iter_recurse(&entry, &e)) {
        while (bson_iter_next(&e)) {
            if (!std::strcmp(bson_iter_key(&e), "code"))
                code = int(bson_iter_as_int64(&e));
            else if (!std::strcmp(bson_iter_key(&e), "errmsg") && BSON_ITER_HOLDS_UTF8(&e))
                msg = QString::fromUtf8(bson_iter_utf8(&e, nullptr));
        }
    }
    if (code == DuplicateKey)
        ++out.duplicates;
    else if (out.otherError.isEmpty())
        out.otherError = QStringLiteral("code %1: %2").arg(code).arg(msg);
}

void readReply(const bson_t &reply, BulkReply &out)
{
    bson_iter_t it, errs;
    if (bson_iter_init_find(&it, &reply, "nInserted") && BSON_ITER_HOLDS_NUMBER(&it))
        out.inserted = bson_iter_as_int64(&it);
    if (bson_iter_init_find(&it, &reply, "writeErrors") && bson_iter_recurse(&it, &errs)) {
        while (bson_iter_next(&errs))
            readWriteError(errs, out);
    }
}

BulkReply sendBatch(const PooledClient &client, const QString &db, const QString &name, const Batch &batch)
{
    mongoc_collection_t *coll = mongoc_client_get_collection(client.get(), db.toUtf8().constData(), name.toUtf8().constData());
    bson_t opts = BSON_INITIALIZER;
    BSON_APPEND_BOOL(&opts, "ordered", false);
    mongoc_bulk_operation_t *bulk = mongoc_collection_create_bulk_operation_with_opts(coll, &opts);
    // No client-side key and UTF-8 check (a tenth of the client's CPU): the documents
    // were parsed and checked from the archive, and the server judges field names by its
    // own version's rules (dotted and $-prefixed names are legal since MongoDB 5.0), as
    // it does for mongorestore. A document it refuses comes back as a write error.
    bson_t insertOpts = BSON_INITIALIZER;
    BSON_APPEND_BOOL(&insertOpts, "validate", false);
    batch.docs.forEach([&](const bson_t *doc) { mongoc_bulk_operation_insert_with_opts(bulk, doc, &insertOpts, nullptr); });
    bson_destroy(&insertOpts);
    BulkReply out;
    bson_t reply;
    out.ok = mongoc_bulk_operation_execute(bulk, &reply, &out.error) != 0;
    readReply(reply, out);
    bson_destroy(&reply);
    bson_destroy(&opts);
    mongoc_bulk_operation_destroy(bulk);
    mongoc_collection_destroy(coll);
    return out;
}

} // namespace

Status checkDocumentSize(const bson_t *doc, const QString &file, qint64 line, const QString &collection)
{
    if (qint64(doc->len) <= MaxDocumentBytes)
        return {};
    return Error(ErrorCode::ArchiveCorrupt,
                 QStringLiteral("%1 line %2 (collection %3): the document is too large: %4 bytes, over the %5 bytes (16 MB) a MongoDB document can hold")
                     .arg(file)
                     .arg(line)
                     .arg(collection)
                     .arg(doc->len)
                     .arg(MaxDocumentBytes),
                 QStringLiteral("no server stores it; remove or split that document in the archive's file to restore the rest"));
}

Status insertBatch(const PooledClient &client, const QString &db, RestoreTarget &target, const Batch &batch, const QString &uri)
{
    const QString name = target.loadName;
    for (int attempt = 1;; ++attempt) {
        BulkReply r = sendBatch(client, db, name, batch);
        // Every duplicate key the server reported, whichever way it is counted below.
        const qint64 duplicateKeys = r.duplicates;
        if (attempt > 1) {
            target.retried = true;
            // Documents of a failed attempt may have landed before the connection broke:
            // they count as inserted (the documented rule), and their duplicate key
            // errors are what this retry is expected to meet, not a failure.
            r.inserted += r.duplicates;
            r.duplicates = 0;
        }
        if (r.ok || duplicateKeys > 0 || !r.otherError.isEmpty() || !isTransient(r.error)) {
            target.inserted += r.inserted;
            target.duplicates += r.duplicates;
            if (!r.otherError.isEmpty())
                return Error(ErrorCode::Server, QStringLiteral("inserting into %1.%2 failed: %3").arg(db, name, r.otherError));
            if (!r.ok && duplicateKeys == 0)
                return mongoError(r.error, QStringLiteral("inserting into %1.%2 failed").arg(db, name), uri);
            return {};
        }
        if (attempt >= MaxAttempts)
            return mongoError(r.error, QStringLiteral("inserting into %1.%2 failed after %3 attempts").arg(db, name).arg(attempt), uri);
        std::this_thread::sleep_for(std::chrono::milliseconds(500 * attempt));
    }
}

} // namespace lifeboat
