// BackupQueries: the exact find options and snapshot probe the backup engine sends, and how it
// reads the cluster time back from the probe's reply.
#include "core/backup/BackupQueries.h"
#include "core/codec/ExtJsonCodec.h"

#include <QJsonObject>
#include <QTest>

#include "TestBson.h"

using namespace lifeboat;

namespace {

using test::canonical;
using test::decode;

// The canonical compact form of a document written in any Extended JSON form.
QByteArray canonicalOf(const char *json)
{
    auto doc = ExtJsonCodec::decode(QByteArrayView(json));
    if (!doc.ok())
        qFatal("bad test JSON %s: %s", json, qPrintable(doc.error().message));
    return canonical(doc->get());
}

} // namespace

class TestBackupQueries : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void findOptionsBatchSizeOnly();
    void findOptionsWithClusterTime();
    void findOptionsLargeClusterTime();
    void snapshotProbe();
    void snapshotProbeUnicodeCollection();
    void clusterTimeFromReply();
    void clusterTimeFromReplyAbsent_data();
    void clusterTimeFromReplyAbsent();
    void clusterTimeRoundTrip();
};

void TestBackupQueries::findOptionsBatchSizeOnly()
{
    const BsonDocument opts = BackupQueries::findOptions(1000);
    QCOMPARE(canonical(opts.get()), QByteArray("{\"batchSize\":{\"$numberInt\":\"1000\"}}"));
    QCOMPARE(canonical(opts.get()), canonicalOf("{\"batchSize\": 1000}"));
    // An empty cluster time object adds nothing.
    const BsonDocument same = BackupQueries::findOptions(1000, QJsonObject());
    QCOMPARE(same.toByteArray(), opts.toByteArray());
}

void TestBackupQueries::findOptionsWithClusterTime()
{
    const QJsonObject clusterTime{{QStringLiteral("t"), 1700000000}, {QStringLiteral("i"), 5}};
    const BsonDocument opts = BackupQueries::findOptions(1000, clusterTime);
    const QByteArray expected = canonicalOf("{\"batchSize\": 1000,"
                                            " \"readConcern\": {\"level\": \"snapshot\","
                                            " \"atClusterTime\": {\"$timestamp\": {\"t\": 1700000000, \"i\": 5}}}}");
    QCOMPARE(canonical(opts.get()), expected);
    QCOMPARE(canonical(opts.get()),
             QByteArray("{\"batchSize\":{\"$numberInt\":\"1000\"},\"readConcern\":{\"level\":\"snapshot\","
                        "\"atClusterTime\":{\"$timestamp\":{\"t\":1700000000,\"i\":5}}}}"));

    // And the BSON type of atClusterTime is a Timestamp, not a number or a document.
    bson_iter_t it;
    QVERIFY(bson_iter_init(&it, opts.get()));
    QVERIFY(bson_iter_find_descendant(&it, "readConcern.atClusterTime", &it));
    QVERIFY(BSON_ITER_HOLDS_TIMESTAMP(&it));
    uint32_t t = 0, i = 0;
    bson_iter_timestamp(&it, &t, &i);
    QCOMPARE(t, 1700000000u);
    QCOMPARE(i, 5u);
}

void TestBackupQueries::findOptionsLargeClusterTime()
{
    // Seconds beyond 2^31 (year 2038+) and a large increment must survive as unsigned 32-bit.
    const QJsonObject clusterTime{{QStringLiteral("t"), qint64(4000000000)}, {QStringLiteral("i"), qint64(4294967295)}};
    const BsonDocument opts = BackupQueries::findOptions(50, clusterTime);
    QCOMPARE(canonical(opts.get()),
             canonicalOf("{\"batchSize\": 50, \"readConcern\": {\"level\": \"snapshot\","
                         " \"atClusterTime\": {\"$timestamp\": {\"t\": 4000000000, \"i\": 4294967295}}}}"));
}

void TestBackupQueries::snapshotProbe()
{
    const BsonDocument cmd = BackupQueries::snapshotProbe(QStringLiteral("orders"));
    QCOMPARE(canonical(cmd.get()), canonicalOf("{\"find\":\"orders\",\"limit\":1,\"readConcern\":{\"level\":\"snapshot\"}}"));
    QCOMPARE(canonical(cmd.get()),
             QByteArray("{\"find\":\"orders\",\"limit\":{\"$numberInt\":\"1\"},\"readConcern\":{\"level\":\"snapshot\"}}"));
    // "find" is the first key: the server takes the command name from it.
    bson_iter_t it;
    QVERIFY(bson_iter_init(&it, cmd.get()));
    QVERIFY(bson_iter_next(&it));
    QCOMPARE(QByteArray(bson_iter_key(&it)), QByteArray("find"));
}

void TestBackupQueries::snapshotProbeUnicodeCollection()
{
    const QString name = QString::fromUtf8("caf\xC3\xA9s.2024");
    const BsonDocument cmd = BackupQueries::snapshotProbe(name);
    bson_iter_t it;
    QVERIFY(bson_iter_init_find(&it, cmd.get(), "find"));
    QCOMPARE(QString::fromUtf8(bson_iter_utf8(&it, nullptr)), name);
}

void TestBackupQueries::clusterTimeFromReply()
{
    const BsonDocument reply = decode("{\"cursor\": {\"firstBatch\": [{\"_id\": 1}], \"id\": {\"$numberLong\": \"0\"},"
                                      " \"ns\": \"shop.orders\","
                                      " \"atClusterTime\": {\"$timestamp\": {\"t\": 1700000000, \"i\": 5}}},"
                                      " \"ok\": 1.0}");
    const QJsonObject ct = BackupQueries::clusterTimeFromReply(reply.get());
    QCOMPARE(ct.size(), 2);
    QCOMPARE(ct.value(QStringLiteral("t")).toInteger(), qint64(1700000000));
    QCOMPARE(ct.value(QStringLiteral("i")).toInteger(), qint64(5));

    // Unsigned 32-bit values beyond INT32_MAX.
    const BsonDocument big = decode("{\"cursor\": {\"atClusterTime\": {\"$timestamp\": {\"t\": 4000000000, \"i\": 4294967295}}}}");
    const QJsonObject bigCt = BackupQueries::clusterTimeFromReply(big.get());
    QCOMPARE(bigCt.value(QStringLiteral("t")).toInteger(), qint64(4000000000));
    QCOMPARE(bigCt.value(QStringLiteral("i")).toInteger(), qint64(4294967295));
}

void TestBackupQueries::clusterTimeFromReplyAbsent_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::newRow("empty") << QByteArray("{}");
    QTest::newRow("ok only") << QByteArray("{\"ok\": 1.0}");
    QTest::newRow("cursor without it") << QByteArray("{\"cursor\": {\"firstBatch\": [], \"id\": 0, \"ns\": \"a.b\"}, \"ok\": 1}");
    QTest::newRow("top level, not in cursor")
        << QByteArray("{\"atClusterTime\": {\"$timestamp\": {\"t\": 1, \"i\": 1}}, \"cursor\": {}}");
    QTest::newRow("wrong type") << QByteArray("{\"cursor\": {\"atClusterTime\": {\"$numberLong\": \"1700000000\"}}}");
    QTest::newRow("cursor not a document") << QByteArray("{\"cursor\": 5}");
    QTest::newRow("error reply") << QByteArray("{\"ok\": 0, \"errmsg\": \"snapshot reads not supported\", \"code\": 72}");
}

void TestBackupQueries::clusterTimeFromReplyAbsent()
{
    QFETCH(QByteArray, reply);
    const BsonDocument doc = decode(reply.constData());
    QVERIFY(BackupQueries::clusterTimeFromReply(doc.get()).isEmpty());
}

void TestBackupQueries::clusterTimeRoundTrip()
{
    // What the probe's reply gives is exactly what findOptions pins reads to.
    const BsonDocument reply = decode("{\"cursor\": {\"atClusterTime\": {\"$timestamp\": {\"t\": 1712345678, \"i\": 42}}}, \"ok\": 1}");
    const QJsonObject ct = BackupQueries::clusterTimeFromReply(reply.get());
    const BsonDocument opts = BackupQueries::findOptions(200, ct);
    QCOMPARE(canonical(opts.get()),
             canonicalOf("{\"batchSize\": 200, \"readConcern\": {\"level\": \"snapshot\","
                         " \"atClusterTime\": {\"$timestamp\": {\"t\": 1712345678, \"i\": 42}}}}"));
}

QTEST_GUILESS_MAIN(TestBackupQueries)
#include "TestBackupQueries.moc"
