// DocumentFilter against the real server, differentially: the test data goes into FerretDB and
// into an archive (a backup of it); for each filter, the documents the archive filter selects
// (CollectionQuery over the archive) are exactly those the server's find(filter) returns.
// Where FerretDB itself departs from MongoDB's semantics the case is listed in
// ferretDbDeviations() with the reason, and checked against MongoDB's documented answer
// instead of the server's.
#include "core/archive/CollectionDocumentReader.h"
#include "core/backup/BackupEngine.h"
#include "core/codec/ExtJsonCodec.h"
#include "core/diff/DocumentId.h"
#include "core/query/CollectionQuery.h"
#include "TestBson.h"
#include "TestFiles.h"
#include "TestServer.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace lifeboat;
using namespace lifeboat::test;

namespace {

// Every kind of value the semantics treat specially: numbers of each type, null and missing,
// arrays (nested, empty, of documents), embedded documents, dates, booleans, strings.
QList<QByteArray> mixedDocuments()
{
    return {
        R"({"_id": 1, "a": 1})",
        R"({"_id": 2, "a": {"$numberDouble": "1.0"}})",
        R"({"_id": 3, "a": {"$numberLong": "1"}})",
        R"({"_id": 4, "a": "1"})",
        R"({"_id": 5, "a": null})",
        R"({"_id": 6})",
        R"({"_id": 7, "a": [1, 2, 3]})",
        R"({"_id": 8, "a": [[1, 2], 3]})",
        R"({"_id": 9, "a": {"b": 1}})",
        R"({"_id": 10, "a": [{"b": 1}, {"b": 2}]})",
        R"({"_id": 11, "a": [{"c": 1}]})",
        R"({"_id": 12, "a": true})",
        R"({"_id": 13, "a": {"$date": {"$numberLong": "1577836800000"}}})",
        R"({"_id": 14, "a": []})",
        R"({"_id": 15, "a": {"b": null}})",
        R"({"_id": 16, "a": "abc"})",
        R"({"_id": 17, "a": ["abc", "xyz"]})",
        R"({"_id": 18, "a": {"b": [1, 5]}})",
        R"({"_id": 19, "a": {"$numberDecimal": "2.5"}})",
        R"({"_id": 20, "a": {"b": {"c": 1}}})",
        R"({"_id": 21, "a": [{"b": [{"c": 2}]}]})",
        R"({"_id": 22, "a": {"$oid": "65a000000000000000000001"}})",
        R"({"_id": 23, "a": false})",
        R"({"_id": 24, "a": -5})",
        R"({"_id": 25, "a": [null]})",
        R"({"_id": 26, "a": "Abc\ndef"})",
        R"({"_id": 27, "a": {"b": 1, "c": 2}})",
        R"({"_id": 28, "a": {"c": 2, "b": 1}})",
        R"({"_id": 29, "a": 2.5})",
        R"({"_id": 30, "a": {"$numberLong": "9007199254740993"}})",
    };
}

struct Case {
    const char *collection;
    const char *filter;
};

// ~70 filters over the five data sets and the mixed collection.
QList<Case> cases()
{
    return {
        {"books", R"({"status": "PUBLISH"})"},
        {"books", R"({"pageCount": {"$gt": 500}})"},
        {"books", R"({"pageCount": {"$gte": 0, "$lt": 100}})"},
        {"books", R"({"authors": "Robi Sen"})"},
        {"books", R"({"categories": {"$in": ["Java", "Python"]}})"},
        {"books", R"({"categories": {"$nin": ["Java"]}})"},
        {"books", R"({"title": {"$regex": "^Android"}})"},
        {"books", R"({"title": {"$regex": "android", "$options": "i"}})"},
        {"books", R"({"publishedDate": {"$exists": false}})"},
        {"books", R"({"publishedDate": {"$gte": {"$date": "2010-01-01T00:00:00Z"}}})"},
        {"books", R"({"$or": [{"pageCount": 0}, {"status": "MEAP"}]})"},
        {"books", R"({"$nor": [{"pageCount": {"$gt": 300}}, {"status": "PUBLISH"}]})"},
        {"books", R"({"$and": [{"categories": "Java"}, {"pageCount": {"$lte": 400}}]})"},
        {"books", R"({"pageCount": {"$not": {"$gt": 300}}})"},
        {"books", R"({"isbn": {"$type": "string"}})"},
        {"books", R"({"title": {"$not": {"$regex": "a"}}})"},
        {"books", R"({"authors.0": "W. Frank Ableson"})"},
        {"books", R"({"longDescription": {"$exists": true}})"},
        {"books", R"({"pageCount": {"$ne": 0}})"},
        {"books", R"({"categories": []})"},
        {"products", R"({"type": "phone"})"},
        {"products", R"({"for": "ac3"})"},
        {"products", R"({"price": {"$gt": 100}})"},
        {"products", R"({"_id": {"$type": "objectId"}})"},
        {"products", R"({"_id": {"$type": "string"}})"},
        {"products", R"({"limits.voice.units": "minutes"})"},
        {"products", R"({"warranty_years": {"$lt": 1}})"},
        {"products", R"({"type": {"$in": ["accessory", "tv"]}})"},
        {"products", R"({"available": {"$ne": true}})"},
        {"grades", R"({"scores.type": "exam"})"},
        {"grades", R"({"scores.score": {"$gt": 95}})"},
        {"grades", R"({"scores.score": {"$lt": 5}})"},
        {"grades", R"({"class_id": {"$in": [1, 2, 3]}, "student_id": {"$lte": 10}})"},
        {"grades", R"({"scores.0.score": {"$gte": 50}})"},
        {"students", R"({"scores.score": {"$gte": 99}})"},
        {"students", R"({"name": {"$regex": "^A"}})"},
        {"students", R"({"_id": {"$gt": 100}})"},
        {"restaurant", R"({"rating": {"$gte": 5}})"},
        {"restaurant", R"({"rating": {"$type": "string"}})"},
        {"restaurant", R"({"type_of_food": {"$in": ["Thai", "Chinese"]}, "rating": {"$gt": 4}})"},
        {"restaurant", R"({"address line 2": "Cardiff"})"},
        {"restaurant", R"({"postcode": {"$regex": "^3"}})"},
        {"restaurant", R"({"name": {"$regex": "pizza", "$options": "i"}, "rating": {"$not": {"$type": "string"}}})"},
        {"mixed", R"({"a": 1})"},
        {"mixed", R"({"a": null})"},
        {"mixed", R"({"a": {"$gt": 0}})"},
        {"mixed", R"({"a": {"$lt": "b"}})"},
        {"mixed", R"({"a": {"$exists": true}})"},
        {"mixed", R"({"a": {"$exists": false}})"},
        {"mixed", R"({"a": {"$type": "number"}})"},
        {"mixed", R"({"a": {"$type": "array"}})"},
        {"mixed", R"({"a": {"$type": ["bool", "date"]}})"},
        {"mixed", R"({"a.b": 1})"},
        {"mixed", R"({"a.b": null})"},
        {"mixed", R"({"a.b": {"$exists": false}})"},
        {"mixed", R"({"a": [1, 2, 3]})"},
        {"mixed", R"({"a": {"b": 1}})"},
        {"mixed", R"({"a": {"$ne": 1}})"},
        {"mixed", R"({"a": {"$in": [null, "abc"]}})"},
        {"mixed", R"({"a": {"$nin": [1, true]}})"},
        {"mixed", R"({"a.b.c": {"$gte": 1}})"},
        {"mixed", R"({"a": {"$regex": "^a"}})"},
        {"mixed", R"({"a": {"$regex": "^d", "$options": "m"}})"},
        {"mixed", R"({"a": {"$gte": {"$date": "2019-01-01T00:00:00Z"}}})"},
        {"mixed", R"({"a": {"$lte": true}})"},
        {"mixed", R"({"a.1": 2})"},
        {"mixed", R"({"a": {"$not": {"$type": "string"}}})"},
        {"mixed", R"({"a": {"$eq": [1, 2]}})"},
        {"mixed", R"({"a": {"$gte": 2, "$lte": 3}})"},
        {"mixed", R"({"a": {"$in": [[1, 2], 2.5]}})"},
        {"mixed", R"({"a": {"$gt": {"$numberLong": "9007199254740992"}}})"},
        {"mixed", R"({"$or": [{"a": {"$type": "object"}}, {"a": {"$lt": 0}}]})"},
        {"mixed", R"({"a": {"$eq": null}})"},
        {"mixed", R"({"a": {"$gte": null}})"},
        {"mixed", R"({"a": {"$lt": null}})"},
    };
}

// Filters where FerretDB does not answer as MongoDB does: the key (collection + filter) and the
// _ids MongoDB's documented semantics select, checked instead of the server's answer. Filled in
// from this test's runs against FerretDB 1.24 (see docs/cli.md, "Filters"). Besides these,
// FerretDB stores neither nested arrays nor Decimal128 values: the mixed documents holding them
// are left out of both sides (initTestCase says which); the unit test covers them.
const QHash<QString, QList<int>> &ferretDbDeviations()
{
    static const QHash<QString, QList<int>> deviations{
        // Equality with a document also matches an array holding that document (MongoDB's manual,
        // "Query an Array of Embedded Documents": {instock: {warehouse: "A", qty: 5}}). FerretDB
        // 1.24 compares the array as a whole only, leaving out _id 10 ({"a": [{"b": 1}, {"b": 2}]}).
        {QStringLiteral(R"(mixed {"a": {"b": 1}})"), {9, 10}},
    };
    return deviations;
}

QSet<QByteArray> serverFind(MongoClientPool &pool, const QString &db, const QString &collection, const bson_t *filter, QString *error)
{
    const PooledClient client = pool.acquire();
    mongoc_collection_t *c = mongoc_client_get_collection(client.get(), db.toUtf8().constData(), collection.toUtf8().constData());
    mongoc_cursor_t *cursor = mongoc_collection_find_with_opts(c, filter, nullptr, nullptr);
    QSet<QByteArray> ids;
    const bson_t *doc = nullptr;
    while (mongoc_cursor_next(cursor, &doc))
        ids.insert(DocumentId::keyOf(doc));
    bson_error_t e;
    if (mongoc_cursor_error(cursor, &e))
        *error = QString::fromUtf8(e.message);
    mongoc_cursor_destroy(cursor);
    mongoc_collection_destroy(c);
    return ids;
}

QStringList describe(const QSet<QByteArray> &keys)
{
    QStringList out;
    for (const auto &k : keys)
        out << QString::fromUtf8(DocumentId::toJson(k));
    out.sort();
    return out;
}

} // namespace

class TestQueryDifferential : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sameAsServer_data();
    void sameAsServer();
    void unsupportedOperatorsNamed_data();
    void unsupportedOperatorsNamed();

private:
    std::unique_ptr<TestServer> m_server;
    QString m_db;
    QTemporaryDir m_dir;
    std::shared_ptr<const ArchiveContents> m_archive;
};

void TestQueryDifferential::initTestCase()
{
    if (TestServer::uri().isEmpty())
        QSKIP(qPrintable(TestServer::whyUnavailable()));
    m_server = std::make_unique<TestServer>();
    m_db = TestServer::uniqueDatabase(QStringLiteral("querydiff"));
    for (const char *name : {"books", "products", "grades", "students", "restaurant"}) {
        const QString n = QString::fromLatin1(name);
        m_server->insertJsonFile(m_db, n, sharedPath(QStringLiteral("corpora/datasets/ozlerhakan-mongodb-json-files/%1.json").arg(n)));
    }
    // One at a time: a document the server cannot store (FerretDB 1.x has no Decimal128) is
    // left out of both sides, and said so.
    for (const QByteArray &json : mixedDocuments()) {
        QString why;
        if (m_server->serverRejects(m_db, QStringLiteral("mixed"), decode(json), &why))
            qWarning("the server does not store %s (%s): left out", json.constData(), qPrintable(why));
    }
    BackupRequest request;
    request.mongoUri = m_server->uriString();
    request.database = m_db;
    request.outDir = m_dir.path();
    request.name = QStringLiteral("querydiff");
    auto backup = BackupEngine().run(request);
    QVERIFY2(backup, backup ? "" : qPrintable(backup.error().message));
    auto contents = ArchiveContents::open(backup->archivePath);
    QVERIFY(contents);
    m_archive = std::make_shared<const ArchiveContents>(std::move(*contents));
}

void TestQueryDifferential::cleanupTestCase()
{
    if (m_server)
        m_server->drop(m_db);
}

void TestQueryDifferential::sameAsServer_data()
{
    QTest::addColumn<QString>("collection");
    QTest::addColumn<QByteArray>("filter");
    for (const Case &c : cases())
        QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QString::fromLatin1(c.collection), QString::fromUtf8(c.filter))))
            << QString::fromLatin1(c.collection) << QByteArray(c.filter);
}

void TestQueryDifferential::sameAsServer()
{
    QFETCH(QString, collection);
    QFETCH(QByteArray, filter);
    auto parsed = DocumentFilter::parse(filter); // as the CLI reads --filter ({"$type": 4} included)
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));

    auto reader = CollectionDocumentReader::open(m_archive, collection);
    QVERIFY(reader);
    CollectionQuery q;
    q.filter = *parsed;
    QSet<QByteArray> archive;
    auto st = q.run(**reader, [&](const bson_t *doc, qint64) -> Result<bool> {
        archive.insert(DocumentId::keyOf(doc));
        return true;
    });
    QVERIFY2(st, st ? "" : qPrintable(st.error().message));

    QString error;
    QSet<QByteArray> server = serverFind(m_server->pool(), m_db, collection, parsed->query(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString key = collection + QLatin1Char(' ') + QString::fromUtf8(filter);
    if (ferretDbDeviations().contains(key)) {
        QSet<QByteArray> expected;
        for (int id : ferretDbDeviations().value(key))
            expected.insert(DocumentId::keyOf(decode(QStringLiteral(R"({"_id": %1})").arg(id).toUtf8()).get()));
        QVERIFY2(server != expected, "FerretDB answers as MongoDB now: remove the deviation");
        server = expected;
    }
    if (archive != server) {
        qWarning("only the archive filter selects: %s", qPrintable(describe(archive - server).join(QLatin1Char(' '))));
        qWarning("only the server selects: %s", qPrintable(describe(server - archive).join(QLatin1Char(' '))));
    }
    QCOMPARE(archive.size(), server.size());
    QVERIFY(archive == server);
}

void TestQueryDifferential::unsupportedOperatorsNamed_data()
{
    QTest::addColumn<QByteArray>("filter");
    QTest::addColumn<QString>("named");
    QTest::newRow("$size") << QByteArray(R"({"a": {"$size": 2}})") << QStringLiteral("$size");
    QTest::newRow("$elemMatch") << QByteArray(R"({"a": {"$elemMatch": {"b": 1}}})") << QStringLiteral("$elemMatch");
    QTest::newRow("$where") << QByteArray(R"({"$where": "this.a == 1"})") << QStringLiteral("$where");
    QTest::newRow("$expr") << QByteArray(R"({"$expr": {"$eq": ["$a", 1]}})") << QStringLiteral("$expr");
    QTest::newRow("$text") << QByteArray(R"({"$text": {"$search": "x"}})") << QStringLiteral("$text");
    QTest::newRow("$all inside $not") << QByteArray(R"({"a": {"$not": {"$all": [1]}}})") << QStringLiteral("$all");
    QTest::newRow("$mod inside $or") << QByteArray(R"({"$or": [{"a": {"$mod": [2, 0]}}]})") << QStringLiteral("$mod");
    QTest::newRow("operator mixed with a field") << QByteArray(R"({"a": {"$gt": 1, "b": 2}})") << QStringLiteral("'b'");
    QTest::newRow("$in without an array") << QByteArray(R"({"a": {"$in": 1}})") << QStringLiteral("$in");
    QTest::newRow("bad regular expression") << QByteArray(R"({"a": {"$regex": "("}})") << QStringLiteral("regular expression");
    QTest::newRow("unknown $type") << QByteArray(R"({"a": {"$type": "banana"}})") << QStringLiteral("banana");
}

void TestQueryDifferential::unsupportedOperatorsNamed()
{
    QFETCH(QByteArray, filter);
    QFETCH(QString, named);
    auto parsed = DocumentFilter::parse(filter);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, ErrorCode::Usage);
    QVERIFY2(parsed.error().message.contains(named), qPrintable(parsed.error().message));
}

QTEST_GUILESS_MAIN(TestQueryDifferential)
#include "TestQueryDifferential.moc"
