#include "TestServer.h"

#include "core/codec/ExtJsonCodec.h"
#include "core/codec/JsonDocumentReader.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QProcess>
#include <QDateTime>
#include <QFile>
#include <QProcessEnvironment>
#include <QTest>

#include <algorithm>
#include <functional>

namespace lifeboat::test {

QString TestServer::uri()
{
    const auto env = QProcessEnvironment::systemEnvironment();
    if (!env.value(QStringLiteral("LIFEBOAT_TEST_MONGODB_URI")).isEmpty())
        return env.value(QStringLiteral("LIFEBOAT_TEST_MONGODB_URI"));
    QFile f(env.value(QStringLiteral("LIFEBOAT_TEST_STATE")) + QStringLiteral("/uri"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).trimmed();
}

QString TestServer::whyUnavailable()
{
    return QStringLiteral("no test server: run through ctest (fixture test_server) or set LIFEBOAT_TEST_MONGODB_URI");
}

TestServer::TestServer(const QString &uri) : m_uri(uri)
{
    auto pool = MongoClientPool::create(uri, 8, QStringLiteral("lifeboat-tests"));
    if (!pool)
        qFatal("cannot connect to the test server: %s", qPrintable(pool.error().message));
    m_pool = std::move(*pool);
}

QString TestServer::uniqueDatabase(const QString &prefix)
{
    static QAtomicInt counter;
    return QStringLiteral("%1_%2_%3").arg(prefix).arg(QDateTime::currentMSecsSinceEpoch() % 100000000).arg(counter.fetchAndAddRelaxed(1));
}

void TestServer::drop(const QString &database)
{
    auto client = m_pool->acquire();
    mongoc_database_t *db = mongoc_client_get_database(client.get(), database.toUtf8().constData());
    bson_error_t error;
    mongoc_database_drop(db, &error);
    mongoc_database_destroy(db);
}

void TestServer::createCollection(const QString &database, const QString &collection)
{
    auto client = m_pool->acquire();
    mongoc_database_t *db = mongoc_client_get_database(client.get(), database.toUtf8().constData());
    bson_error_t error;
    mongoc_collection_t *c = mongoc_database_create_collection(db, collection.toUtf8().constData(), nullptr, &error);
    if (!c)
        qFatal("cannot create %s.%s: %s", qPrintable(database), qPrintable(collection), error.message);
    mongoc_collection_destroy(c);
    mongoc_database_destroy(db);
}

void TestServer::insertBson(const QString &database, const QString &collection, const std::vector<BsonDocument> &documents)
{
    if (documents.empty())
        return;
    auto client = m_pool->acquire();
    mongoc_collection_t *c = mongoc_client_get_collection(client.get(), database.toUtf8().constData(), collection.toUtf8().constData());
    // An array of pointers (bson_t's alignment attribute keeps it out of std::vector).
    auto ptrs = static_cast<const bson_t **>(bson_malloc(documents.size() * sizeof(void *)));
    for (size_t i = 0; i < documents.size(); ++i)
        ptrs[i] = documents[i].get();
    bson_error_t error;
    const bool ok = mongoc_collection_insert_many(c, ptrs, documents.size(), nullptr, nullptr, &error);
    bson_free(ptrs);
    mongoc_collection_destroy(c);
    if (!ok)
        qFatal("insert into %s.%s failed: %s", qPrintable(database), qPrintable(collection), error.message);
}

void TestServer::insertJson(const QString &database, const QString &collection, const QList<QByteArray> &documents)
{
    std::vector<BsonDocument> docs;
    for (const auto &json : documents) {
        auto doc = ExtJsonCodec::decode(json);
        if (!doc)
            qFatal("bad test document %s: %s", json.constData(), qPrintable(doc.error().message));
        docs.push_back(std::move(*doc));
    }
    insertBson(database, collection, docs);
}

qint64 TestServer::insertJsonFile(const QString &database, const QString &collection, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    JsonDocumentReader reader(path, [&](char *buf, qint64 max) -> Result<qint64> { return file.read(buf, max); });
    std::vector<BsonDocument> batch;
    qint64 total = 0;
    for (;;) {
        auto doc = reader.next();
        if (!doc)
            qFatal("%s", qPrintable(doc.error().message));
        if (!doc->has_value())
            break;
        batch.push_back(std::move((*doc)->bson));
        if (batch.size() == 1000) {
            insertBson(database, collection, batch);
            total += qint64(batch.size());
            batch.clear();
        }
    }
    insertBson(database, collection, batch);
    return total + qint64(batch.size());
}

int TestServer::insertUnordered(const QString &database, const QString &collection, const std::vector<BsonDocument> &documents)
{
    // Some servers (FerretDB) refuse a whole insert command for one document they cannot
    // store; halve the batch until each refusal names one document.
    std::function<int(size_t, size_t)> insertRange = [&](size_t from, size_t to) -> int {
        if (from >= to)
            return 0;
        auto client = m_pool->acquire();
        mongoc_collection_t *c = mongoc_client_get_collection(client.get(), database.toUtf8().constData(), collection.toUtf8().constData());
        bson_t opts = BSON_INITIALIZER;
        BSON_APPEND_BOOL(&opts, "ordered", false);
        mongoc_bulk_operation_t *bulk = mongoc_collection_create_bulk_operation_with_opts(c, &opts);
        for (size_t i = from; i < to; ++i)
            mongoc_bulk_operation_insert_with_opts(bulk, documents[i].get(), nullptr, nullptr);
        bson_t reply;
        bson_error_t error;
        const bool ok = mongoc_bulk_operation_execute(bulk, &reply, &error) != 0;
        int refused = 0;
        bool perDocument = false;
        bson_iter_t it, child;
        if (bson_iter_init_find(&it, &reply, "writeErrors") && bson_iter_recurse(&it, &child)) {
            while (bson_iter_next(&child))
                ++refused;
            perDocument = refused > 0;
        }
        bson_destroy(&reply);
        bson_destroy(&opts);
        mongoc_bulk_operation_destroy(bulk);
        mongoc_collection_destroy(c);
        if (ok || perDocument)
            return refused;
        if (to - from == 1)
            return 1;
        const size_t mid = from + (to - from) / 2;
        return insertRange(from, mid) + insertRange(mid, to);
    };
    return insertRange(0, documents.size());
}

qint64 TestServer::count(const QString &database, const QString &collection)
{
    auto client = m_pool->acquire();
    mongoc_collection_t *c = mongoc_client_get_collection(client.get(), database.toUtf8().constData(), collection.toUtf8().constData());
    bson_t filter = BSON_INITIALIZER;
    bson_error_t error;
    const int64_t n = mongoc_collection_count_documents(c, &filter, nullptr, nullptr, nullptr, &error);
    mongoc_collection_destroy(c);
    return n;
}

QList<QByteArray> TestServer::documents(const QString &database, const QString &collection)
{
    auto client = m_pool->acquire();
    mongoc_collection_t *c = mongoc_client_get_collection(client.get(), database.toUtf8().constData(), collection.toUtf8().constData());
    bson_t filter = BSON_INITIALIZER;
    mongoc_cursor_t *cursor = mongoc_collection_find_with_opts(c, &filter, nullptr, nullptr);
    QList<QByteArray> out;
    const bson_t *doc = nullptr;
    while (mongoc_cursor_next(cursor, &doc))
        out << QByteArray(reinterpret_cast<const char *>(bson_get_data(doc)), doc->len);
    bson_error_t error;
    if (mongoc_cursor_error(cursor, &error))
        qFatal("reading %s.%s failed: %s", qPrintable(database), qPrintable(collection), error.message);
    mongoc_cursor_destroy(cursor);
    mongoc_collection_destroy(c);
    std::sort(out.begin(), out.end());
    return out;
}

bool TestServer::serverRejects(const QString &database, const QString &collection, const BsonDocument &doc, QString *why)
{
    auto client = m_pool->acquire();
    mongoc_collection_t *c = mongoc_client_get_collection(client.get(), database.toUtf8().constData(), collection.toUtf8().constData());
    bson_error_t error;
    const bool ok = mongoc_collection_insert_one(c, doc.get(), nullptr, nullptr, &error);
    mongoc_collection_destroy(c);
    if (!ok && why)
        *why = QString::fromUtf8(error.message);
    return !ok;
}

} // namespace lifeboat::test

#include "TestFiles.h"

#include <QDir>
#include <QTemporaryDir>

namespace lifeboat::test {

namespace {
QString serverScript()
{
    return QStringLiteral(LIFEBOAT_SOURCE_DIR "/tests/integration/test-server.sh");
}
} // namespace

PrivateServer::PrivateServer()
{
    static QAtomicInt counter;
    m_state = QDir::temp().filePath(QStringLiteral("lifeboat-private-server-%1-%2")
                                        .arg(QCoreApplication::applicationPid())
                                        .arg(counter.fetchAndAddRelaxed(1)));
    QByteArray err;
    // The script hands back LIFEBOAT_TEST_MONGODB_URI when it is set; a private server means
    // FerretDB, so clear it for this call.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LIFEBOAT_TEST_MONGODB_URI"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(serverScript(), {QStringLiteral("start"), m_state});
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        qWarning("private FerretDB did not start: %s", p.readAllStandardError().constData());
        return;
    }
    m_uri = QString::fromUtf8(readFile(m_state + QStringLiteral("/uri"))).trimmed();
}

void PrivateServer::kill()
{
    if (!m_state.isEmpty())
        runProgram(serverScript(), {QStringLiteral("kill"), m_state});
}

bool PrivateServer::restart()
{
    return !m_state.isEmpty() && runProgram(serverScript(), {QStringLiteral("restart"), m_state}) == 0;
}

PrivateServer::~PrivateServer()
{
    if (!m_state.isEmpty())
        runProgram(serverScript(), {QStringLiteral("stop"), m_state});
}

} // namespace lifeboat::test
