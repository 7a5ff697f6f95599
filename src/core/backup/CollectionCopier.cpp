#include "core/backup/CollectionCopier.h"

#include "core/backup/BackupQueries.h"
#include "core/codec/ExtJsonCodec.h"

namespace lifeboat {

CollectionCopier::CollectionCopier(CopyContext &context, BackupTask &task)
    : m_context(context), m_task(task), m_spool(context.spoolFolder, context.request.spoolMemoryLimit)
{
}

Status CollectionCopier::copy()
{
    m_task.setState(CollectionProgress::State::Running);
    if (auto st = readCollection(); !st)
        return st;
    recordTotals();
    if (auto st = appendToArchive(); !st)
        return st;
    m_spool.release();
    m_task.setState(CollectionProgress::State::Done);
    m_context.state.collectionsDone.fetch_add(1);
    return {};
}

// Every document of the collection into the spool, through one cursor.
Status CollectionCopier::readCollection()
{
    auto client = m_context.pool.acquire();
    mongoc_collection_t *coll = mongoc_client_get_collection(client.get(), m_task.database.toUtf8().constData(),
                                                             m_task.name.toUtf8().constData());
    const BsonDocument opts = BackupQueries::findOptions(m_context.request.batchSize, m_context.clusterTime);
    bson_t filter = BSON_INITIALIZER;
    mongoc_cursor_t *cursor = mongoc_collection_find_with_opts(coll, &filter, opts.get(), nullptr);
    bson_destroy(&filter);

    Status status = readDocuments(cursor);
    bson_error_t error;
    if (status.ok() && mongoc_cursor_error(cursor, &error))
        status = mongoError(error, QStringLiteral("reading %1 failed after %2 documents").arg(m_task.ns()).arg(m_documents),
                            m_context.request.mongoUri);
    mongoc_cursor_destroy(cursor);
    mongoc_collection_destroy(coll);
    m_task.documentsDone = m_documents;
    m_task.bytesDone = m_spool.size();
    return status;
}

Status CollectionCopier::readDocuments(mongoc_cursor_t *cursor)
{
    const bson_t *doc = nullptr;
    while (mongoc_cursor_next(cursor, &doc)) {
        if (m_context.cancel.isCancelled() || m_context.state.stop.load(std::memory_order_relaxed))
            return Error(ErrorCode::Cancelled, QStringLiteral("backup cancelled"));
        if (auto st = addDocument(doc); !st)
            return st;
        ++m_documents;
        if ((m_documents & 63) == 0) {
            m_task.documentsDone.store(m_documents, std::memory_order_relaxed);
            m_task.bytesDone.store(m_spool.size(), std::memory_order_relaxed);
        }
    }
    return {};
}

// One document as one line of Extended JSON.
Status CollectionCopier::addDocument(const bson_t *doc)
{
    const int indent = m_context.request.pretty ? 2 : 0;
    m_line.truncate(0); // keeps its capacity: no allocation per document
    if (auto st = ExtJsonCodec::encode(doc, m_context.request.jsonStyle, indent, m_line); !st)
        return st.error().wrapped(where());
    if (auto st = addToDigest(doc); !st)
        return st;
    m_line.append('\n');
    return m_spool.append(m_line);
}

Status CollectionCopier::addToDigest(const bson_t *doc)
{
    if (m_context.request.jsonStyle == JsonStyle::Canonical) {
        m_digest.add(QByteArrayView(reinterpret_cast<const char *>(bson_get_data(doc)), doc->len));
        return {};
    }
    // Relaxed JSON may change types: the digest is of what the file will give back.
    auto back = ExtJsonCodec::decode(m_line);
    if (!back)
        return back.error().wrapped(where());
    m_digest.add(back->bytes());
    return {};
}

void CollectionCopier::recordTotals()
{
    m_task.record.documents = m_documents;
    m_task.record.bytes = m_spool.size();
    m_task.record.sha256 = m_spool.sha256Hex();
    m_task.record.digest = m_digest.toString();
}

// The complete spool into the archive, one collection at a time.
Status CollectionCopier::appendToArchive()
{
    std::lock_guard lock(m_context.writerMutex);
    if (m_context.state.stop.load())
        return Error(ErrorCode::Cancelled, QStringLiteral("backup stopped"));
    if (auto st = m_spool.rewind(); !st)
        return st;
    return m_context.writer.addFile(m_context.topFolder + m_task.file, m_spool.size(), m_spool.reader());
}

QString CollectionCopier::where() const
{
    return QStringLiteral("%1, document %2").arg(m_task.ns()).arg(m_documents + 1);
}

} // namespace lifeboat
