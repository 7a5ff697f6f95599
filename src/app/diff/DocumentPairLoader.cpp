#include "app/diff/DocumentPairLoader.h"

#include "app/jobs/WorkerThreads.h"
#include "core/archive/ArchiveContents.h"
#include "core/archive/CollectionDocumentReader.h"
#include "core/codec/ExtJsonCodec.h"
#include "core/diff/DatabaseDiffSide.h"
#include "core/diff/DocumentId.h"
#include "core/mongo/MongoClientPool.h"
#include "core/config/MongoUri.h"
#include "core/query/CollectionQuery.h"

#include <QFutureWatcher>
#include <QMutex>
#include <QtConcurrent>

namespace lifeboat::app {

// What the reads keep between them: the archive's index and the connection pool.
struct DocumentPairLoader::Cache {
    QMutex mutex;
    std::shared_ptr<const ArchiveContents> contents;
    std::shared_ptr<MongoClientPool> pool;
};

namespace {

struct PairResult {
    DocumentPair pair;
    QString error;
    bool cancelled = false;
};

QByteArray bsonBytes(const bson_t *doc)
{
    return QByteArray(reinterpret_cast<const char *>(bson_get_data(doc)), qsizetype(doc->len));
}

Result<std::shared_ptr<const ArchiveContents>> contentsOf(const DocumentPairLoader::Source &source,
                                                          std::shared_ptr<const ArchiveContents> &cached, const CancelToken &cancel)
{
    if (!cached) {
        auto contents = ArchiveContents::open(source.archivePath, cancel);
        if (!contents)
            return contents.error();
        cached = std::make_shared<const ArchiveContents>(std::move(*contents));
    }
    return cached;
}

Status readBackup(const std::shared_ptr<const ArchiveContents> &contents, const DocumentPairLoader::Source &source,
                  const QByteArray &key, DocumentPair &pair, const CancelToken &cancel)
{
    auto reader = CollectionDocumentReader::open(contents, source.collection, source.sourceDatabase);
    if (!reader)
        return reader.error().code == ErrorCode::NotFound ? Status() : Status(reader.error());
    return CollectionQuery().run(
        **reader,
        [&](const bson_t *doc, qint64) -> Result<bool> {
            if (DocumentId::keyOf(doc) != key)
                return true;
            pair.backup = bsonBytes(doc);
            return false;
        },
        cancel);
}

Status readDatabase(MongoClientPool &pool, const DocumentPairLoader::Source &source, const QByteArray &key, DocumentPair &pair,
                    const CancelToken &cancel)
{
    PooledClient client = pool.acquire();
    return DatabaseDiffSide::findByIds(
        client, source.targetDatabase, source.collection, {key},
        [&](const bson_t *doc) -> Status {
            pair.database = bsonBytes(doc);
            return {};
        },
        cancel);
}

PairResult readPair(const DocumentPairLoader::Source &source, const QByteArray &id, std::shared_ptr<const ArchiveContents> &contents, std::shared_ptr<MongoClientPool> &pool, const CancelToken &cancel)
{
    PairResult out;
    out.pair.id = id;
    auto fail = [&](const Error &e) {
        out.cancelled = cancel.isCancelled();
        out.error = MongoUri::scrub(e.toString(), source.mongoUri);
        return out;
    };
    auto idDoc = ExtJsonCodec::decode(QByteArray("{\"_id\":" + id + "}"));
    if (!idDoc)
        return fail(idDoc.error());
    const QByteArray key = DocumentId::keyOf(idDoc->get());
    if (!pool) {
        auto made = MongoClientPool::create(source.mongoUri, 1);
        if (!made)
            return fail(made.error());
        pool = std::move(*made);
    }
    if (auto st = readDatabase(*pool, source, key, out.pair, cancel); !st)
        return fail(st.error());
    auto opened = contentsOf(source, contents, cancel);
    if (!opened)
        return fail(opened.error());
    if (auto st = readBackup(*opened, source, key, out.pair, cancel); !st)
        return fail(st.error());
    return out;
}

} // namespace

DocumentPairLoader::DocumentPairLoader(Source source, QObject *parent)
    : QObject(parent), m_source(std::move(source)), m_cache(std::make_shared<Cache>())
{
    qRegisterMetaType<DocumentPair>();
}

DocumentPairLoader::~DocumentPairLoader()
{
    m_cancel.cancel();
}

void DocumentPairLoader::load(const QByteArray &id)
{
    cancel();
    m_busy = true;
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<PairResult>(this);
    connect(watcher, &QFutureWatcher<PairResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer request replaced this one
        m_busy = false;
        const PairResult r = watcher->result();
        if (!r.error.isEmpty()) {
            if (!r.cancelled)
                Q_EMIT failed(r.pair.id, r.error);
            return;
        }
        Q_EMIT loaded(r.pair);
    });
    watcher->setFuture(QtConcurrent::run(longWorkThreads(), [source = m_source, id, cache = m_cache, token = m_cancel] {
        lowerCurrentThreadPriority();
        // One read at a time shares what is kept; a cancelled one gives way quickly.
        QMutexLocker lock(&cache->mutex);
        return readPair(source, id, cache->contents, cache->pool, token);
    }));
}

void DocumentPairLoader::cancel()
{
    m_cancel.cancel();
    m_cancel = CancelToken();
    ++m_generation;
    m_busy = false;
}

} // namespace lifeboat::app
