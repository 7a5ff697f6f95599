// CollectionVerifier::readBack against the real server: the sample documents come back in the
// archive's order whether read one lookup per _id or, after a slow first lookup, in one $in
// query; missing ones are reported as missing, never silently skipped.
#include "core/verify/CollectionVerifier.h"
#include "TestBson.h"
#include "TestServer.h"

#include <QTest>

using namespace lifeboat;
using namespace lifeboat::test;

class TestCollectionVerifier : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void readBack_data();
    void readBack();
    void countNeverTakenOnTrust();

private:
    std::unique_ptr<TestServer> m_server;
    QString m_db;
};

void TestCollectionVerifier::initTestCase()
{
    if (TestServer::uri().isEmpty())
        QSKIP(qPrintable(TestServer::whyUnavailable()));
    m_server = std::make_unique<TestServer>();
    m_db = TestServer::uniqueDatabase(QStringLiteral("verifier"));
    QList<QByteArray> docs;
    for (int i = 0; i < 30; ++i) {
        docs << QStringLiteral(R"({"_id": {"$numberInt": "%1"}, "n": "int-%1"})").arg(i).toUtf8();
        docs << QStringLiteral(R"({"_id": "s%1", "n": "string-%1"})").arg(i).toUtf8();
        docs << QStringLiteral(R"({"_id": {"$oid": "65a0000000000000000000%1"}, "n": "oid-%1"})").arg(i, 2, 10, QLatin1Char('0')).toUtf8();
    }
    m_server->insertJson(m_db, QStringLiteral("mixed"), docs);
}

void TestCollectionVerifier::cleanupTestCase()
{
    if (m_server)
        m_server->drop(m_db);
}

void TestCollectionVerifier::readBack_data()
{
    QTest::addColumn<int>("slowLookupMs");
    QTest::newRow("one lookup per _id") << 1000000;
    QTest::newRow("one $in query after the first lookup") << -1;
}

void TestCollectionVerifier::readBack()
{
    QFETCH(int, slowLookupMs);
    // In an order that is neither insertion nor _id order, with two that do not exist.
    const QList<QByteArray> ids = {
        R"({"_id": "s7"})", R"({"_id": {"$numberInt": "3"}})", R"({"_id": {"$oid": "65a000000000000000000012"}})",
        R"({"_id": "absent"})", R"({"_id": {"$numberInt": "29"}})", R"({"_id": {"$numberInt": "0"}})",
        R"({"_id": "s0"})", R"({"_id": {"$numberInt": "999"}})",
    };
    std::vector<BsonDocument> filters;
    for (const QByteArray &id : ids)
        filters.push_back(decode(id));
    auto pool = MongoClientPool::create(TestServer::uri(), 1);
    QVERIFY(pool);
    auto client = (*pool)->acquire();
    auto docs = CollectionVerifier::readBack(client, m_db, QStringLiteral("mixed"), filters, slowLookupMs);
    QVERIFY2(docs, qPrintable(docs ? QString() : docs.error().message));
    QCOMPARE(docs->size(), qsizetype(ids.size()));
    auto n = [&](int i) -> QString {
        if (docs->at(i).isEmpty())
            return QStringLiteral("(missing)");
        const auto doc = BsonDocument::fromData(docs->at(i));
        bson_iter_t it;
        return bson_iter_init_find(&it, doc.get(), "n") ? QString::fromUtf8(bson_iter_utf8(&it, nullptr)) : QStringLiteral("?");
    };
    QCOMPARE(n(0), QStringLiteral("string-7"));
    QCOMPARE(n(1), QStringLiteral("int-3"));
    QCOMPARE(n(2), QStringLiteral("oid-12"));
    QCOMPARE(n(3), QStringLiteral("(missing)"));
    QCOMPARE(n(4), QStringLiteral("int-29"));
    QCOMPARE(n(5), QStringLiteral("int-0"));
    QCOMPARE(n(6), QStringLiteral("string-0"));
    QCOMPARE(n(7), QStringLiteral("(missing)"));
}

// The acknowledged-insert count is used only when the server's own statistics agree with it;
// otherwise the server counts exactly, and the row says what the database really holds.
void TestCollectionVerifier::countNeverTakenOnTrust()
{
    auto pool = MongoClientPool::create(TestServer::uri(), 1);
    QVERIFY(pool);
    auto client = (*pool)->acquire();
    const ArchiveSideStats archive(0, false);
    const QString coll = QStringLiteral("mixed");
    QCOMPARE(CollectionVerifier::compare(client, m_db, coll, QStringLiteral("collection"), archive, false).dbCount, qint64(90));
    QCOMPARE(CollectionVerifier::compare(client, m_db, coll, QStringLiteral("collection"), archive, false, 90).dbCount, qint64(90));
    QCOMPARE(CollectionVerifier::compare(client, m_db, coll, QStringLiteral("collection"), archive, false, 91).dbCount, qint64(90));
    QCOMPARE(CollectionVerifier::compare(client, m_db, coll, QStringLiteral("collection"), archive, false, 0).dbCount, qint64(90));
    QCOMPARE(CollectionVerifier::compare(client, m_db, coll, QStringLiteral("collection"), archive, true, 91).dbCount, qint64(90));
}

QTEST_GUILESS_MAIN(TestCollectionVerifier)
#include "TestCollectionVerifier.moc"
