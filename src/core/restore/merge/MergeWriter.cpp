#include "core/restore/merge/MergeWriter.h"

#include "core/diff/DocumentId.h"

namespace lifeboat {

namespace {

constexpr int DuplicateKey = 11000;

qint64 int64At(const bson_t *reply, const char *key)
{
    bson_iter_t it;
    return bson_iter_init_find(&it, reply, key) && BSON_ITER_HOLDS_NUMBER(&it) ? bson_iter_as_int64(&it) : 0;
}

} // namespace

MergeWriter::MergeWriter(const PooledClient &client, const MergePlan &plan, int batchSize)
    : m_plan(plan), m_batchSize(batchSize),
      m_collection(mongoc_client_get_collection(client.get(), plan.targetDatabase.toUtf8().constData(), plan.collection.toUtf8().constData())),
      m_planned(plan.toInsert.size() + plan.toReplace.size())
{
}

MergeWriter::~MergeWriter()
{
    if (m_bulk)
        mongoc_bulk_operation_destroy(m_bulk);
    mongoc_collection_destroy(m_collection);
}

Status MergeWriter::add(const bson_t *doc)
{
    QByteArray key = DocumentId::keyOf(doc);
    const bool insert = m_plan.toInsert.contains(key);
    if ((!insert && !m_plan.toReplace.contains(key)) || m_done.contains(key))
        return {};
    m_done.insert(key);
    if (!m_bulk) {
        bson_t *opts = BCON_NEW("ordered", BCON_BOOL(false));
        m_bulk = mongoc_collection_create_bulk_operation_with_opts(m_collection, opts);
        bson_destroy(opts);
    }
    bson_error_t error;
    bool ok = false;
    if (insert) {
        ok = mongoc_bulk_operation_insert_with_opts(m_bulk, doc, nullptr, &error);
    } else {
        bson_t selector;
        DocumentId::viewKey(key, &selector);
        ok = mongoc_bulk_operation_replace_one_with_opts(m_bulk, &selector, doc, nullptr, &error);
    }
    if (!ok)
        return Error(ErrorCode::Usage, QStringLiteral("cannot send %1: %2").arg(QString::fromUtf8(DocumentId::toJson(key)), QString::fromUtf8(error.message)));
    m_batchKeys.push_back(std::move(key));
    m_batchBytes += doc->len;
    if (int(m_batchKeys.size()) >= m_batchSize)
        return flush();
    return {};
}

Status MergeWriter::flush()
{
    if (!m_bulk)
        return {};
    bson_t reply;
    bson_error_t error;
    const bool ok = mongoc_bulk_operation_execute(m_bulk, &reply, &error) != 0;
    mongoc_bulk_operation_destroy(m_bulk);
    m_bulk = nullptr;
    m_inserted += int64At(&reply, "nInserted");
    m_replaced += int64At(&reply, "nMatched");
    m_sent += qint64(m_batchKeys.size());
    m_bytesSent += m_batchBytes;
    m_batchBytes = 0;
    Status st;
    bson_iter_t it, errors;
    if (bson_iter_init_find(&it, &reply, "writeErrors") && bson_iter_recurse(&it, &errors)) {
        while (bson_iter_next(&errors)) {
            bson_iter_t e, field;
            if (!bson_iter_recurse(&errors, &e))
                continue;
            const int code = bson_iter_find_descendant(&e, "code", &field) ? bson_iter_as_int64(&field) : 0;
            bson_iter_recurse(&errors, &e);
            const qint64 index = bson_iter_find_descendant(&e, "index", &field) ? bson_iter_as_int64(&field) : -1;
            if (code == DuplicateKey && index >= 0 && index < qint64(m_batchKeys.size()))
                m_conflicts.insert(m_batchKeys[size_t(index)]);
            else if (st)
                st = mongoError(error, QStringLiteral("writing to %1.%2 failed").arg(m_plan.targetDatabase, m_plan.collection));
        }
    } else if (!ok) {
        st = mongoError(error, QStringLiteral("writing to %1.%2 failed").arg(m_plan.targetDatabase, m_plan.collection));
    }
    bson_destroy(&reply);
    m_sentKeys.insert(m_sentKeys.end(), m_batchKeys.begin(), m_batchKeys.end());
    m_batchKeys.clear();
    return st;
}

} // namespace lifeboat
