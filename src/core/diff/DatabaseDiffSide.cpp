#include "core/diff/DatabaseDiffSide.h"

#include "core/diff/DocumentId.h"
#include "core/mongo/DatabaseCatalog.h"

#include <QElapsedTimer>

namespace lifeboat {

namespace {

constexpr int IdsPerQuery = 5000;
constexpr qint64 SlowLookupMs = 50;

// Runs `filter` on the collection, each document to `take`.
// `one`: at most one document (an _id lookup: FerretDB uses its _id index only with limit 1).
Status findAll(const PooledClient &client, const QString &database, const QString &collection, const bson_t *filter,
               const std::function<Status(DocumentRef)> &take, const CancelToken &cancel, bool one = false)
{
    mongoc_collection_t *c = mongoc_client_get_collection(client.get(), database.toUtf8().constData(), collection.toUtf8().constData());
    bson_t *opts = one ? BCON_NEW("limit", BCON_INT64(1)) : BCON_NEW("batchSize", BCON_INT32(1000));
    mongoc_cursor_t *cursor = mongoc_collection_find_with_opts(c, filter, opts, nullptr);
    const bson_t *doc = nullptr;
    Status st;
    while (st && mongoc_cursor_next(cursor, &doc)) {
        if (cancel.isCancelled())
            st = Error(ErrorCode::Cancelled, QStringLiteral("reading %1.%2 cancelled").arg(database, collection));
        else
            st = take(doc);
    }
    bson_error_t error;
    if (st && mongoc_cursor_error(cursor, &error))
        st = mongoError(error, QStringLiteral("reading %1.%2 failed").arg(database, collection));
    mongoc_cursor_destroy(cursor);
    bson_destroy(opts);
    mongoc_collection_destroy(c);
    return st;
}

// {_id: {$in: [ids from..to)]}}
BsonDocument inQuery(const QList<QByteArray> &ids, qsizetype from, qsizetype to)
{
    BsonDocument query;
    bson_t inner, list;
    bson_append_document_begin(query.get(), "_id", 3, &inner);
    bson_append_array_begin(&inner, "$in", 3, &list);
    int n = 0;
    for (qsizetype i = from; i < to; ++i) {
        bson_t key;
        bson_iter_t it;
        if (!DocumentId::viewKey(ids.at(i), &key) || !bson_iter_init_find(&it, &key, "_id"))
            continue;
        const QByteArray index = QByteArray::number(n++);
        bson_append_iter(&list, index.constData(), int(index.size()), &it);
    }
    bson_append_array_end(&inner, &list);
    bson_append_document_end(query.get(), &inner);
    return query;
}

// {_id: value}, or {_id: {$eq: value}} for a regular expression (which {_id: /re/} would match as a pattern).
BsonDocument equalityQuery(const QByteArray &key)
{
    bson_t doc;
    bson_iter_t it;
    if (!DocumentId::viewKey(key, &doc) || !bson_iter_init_find(&it, &doc, "_id"))
        return BsonDocument();
    if (!BSON_ITER_HOLDS_REGEX(&it))
        return BsonDocument::copyOf(&doc);
    BsonDocument query;
    bson_t inner;
    bson_append_document_begin(query.get(), "_id", 3, &inner);
    bson_append_iter(&inner, "$eq", 3, &it);
    bson_append_document_end(query.get(), &inner);
    return query;
}

bool isRegexKey(const QByteArray &key)
{
    bson_t doc;
    bson_iter_t it;
    return DocumentId::viewKey(key, &doc) && bson_iter_init_find(&it, &doc, "_id") && BSON_ITER_HOLDS_REGEX(&it);
}

} // namespace

Result<QStringList> DatabaseDiffSide::collections()
{
    auto list = DatabaseCatalog::collections(m_pool.acquire(), m_database);
    if (!list)
        return list.error();
    QStringList names;
    for (const auto &c : std::as_const(*list)) {
        if (!c.isSystem() && c.type != QLatin1String("view"))
            names << c.name;
    }
    return names;
}

Status DatabaseDiffSide::scan(const QStringList &collections, const Add &add, const Done &done, const CancelToken &cancel)
{
    const PooledClient client = m_pool.acquire();
    bson_t all = BSON_INITIALIZER;
    for (const QString &c : collections) {
        if (auto st = findAll(client, m_database, c, &all, [&](const bson_t *doc) { return add(c, doc); }, cancel); !st)
            return st;
        if (auto st = done(c); !st)
            return st;
    }
    return {};
}

// One lookup per _id while they are quick (the _id index); once one is slow (the server
// scanned: FerretDB 1.x with SQLite finds an _id by reading the table up to it, so a missing
// one costs a whole scan, and runs a $in as a scan too), the rest in as few {$in} queries as
// can be (IdsPerQuery each): one scan for all of them rather than one each.
Status DatabaseDiffSide::findByIds(const PooledClient &client, const QString &database, const QString &collection,
                                   const QList<QByteArray> &ids, const std::function<Status(DocumentRef)> &take,
                                   const CancelToken &cancel)
{
    QList<QByteArray> rest;
    bool slow = false;
    for (const QByteArray &key : ids) {
        if (slow && !isRegexKey(key)) {
            rest << key;
            continue;
        }
        QElapsedTimer clock;
        clock.start();
        const BsonDocument query = equalityQuery(key);
        if (auto st = findAll(client, database, collection, query.get(), take, cancel, /*one=*/true); !st)
            return st;
        slow = slow || clock.elapsed() > SlowLookupMs;
    }
    for (qsizetype from = 0; from < rest.size(); from += IdsPerQuery) {
        const BsonDocument query = inQuery(rest, from, std::min(rest.size(), from + IdsPerQuery));
        if (auto st = findAll(client, database, collection, query.get(), take, cancel); !st)
            return st;
    }
    return {};
}

Status DatabaseDiffSide::fetch(const QHash<QString, QSet<QByteArray>> &keys, const Add &take, const CancelToken &cancel)
{
    const PooledClient client = m_pool.acquire();
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        const QString collection = it.key();
        const QSet<QByteArray> &wanted = it.value();
        auto st = findByIds(client, m_database, collection, QList<QByteArray>(wanted.cbegin(), wanted.cend()),
                            [&](const bson_t *doc) -> Status { return wanted.contains(DocumentId::keyOf(doc)) ? take(collection, doc) : Status(); },
                            cancel);
        if (!st)
            return st;
    }
    return {};
}

} // namespace lifeboat
