// TimeseriesInference: the runbook's heuristic for archives without metadata. A sample whose
// documents all hold a date in `ts`, `timestamp` or `time` and an object in `meta` is taken
// for a time-series collection (metaField "meta", granularity "hours").
#include "core/codec/ExtJsonCodec.h"
#include "core/restore/TimeseriesInference.h"

#include <QTest>

#include "TestBson.h"

#include <initializer_list>

using namespace lifeboat;

namespace {

using test::canonical;
using test::decode;

std::vector<BsonDocument> docs(std::initializer_list<const char *> jsons)
{
    std::vector<BsonDocument> out;
    for (const char *j : jsons)
        out.push_back(decode(QByteArray(j)));
    return out;
}

// `n` documents like the runbook's weather data, with the date in `timeField`.
std::vector<BsonDocument> weather(const char *timeField, int n = TimeseriesInference::SampleSize)
{
    std::vector<BsonDocument> out;
    for (int i = 0; i < n; ++i) {
        const QByteArray json = QStringLiteral("{\"_id\": {\"$oid\": \"65a0000000000000000000%1\"},"
                                               " \"%2\": {\"$date\": {\"$numberLong\": \"%3\"}},"
                                               " \"meta\": {\"sensor\": {\"$numberInt\": \"%4\"}, \"kind\": \"temp\"},"
                                               " \"value\": {\"$numberDouble\": \"21.5\"}}")
                                    .arg(i, 2, 16, QLatin1Char('0'))
                                    .arg(QLatin1String(timeField))
                                    .arg(1700000000000LL + i * 60000LL)
                                    .arg(i % 3)
                                    .toUtf8();
        out.push_back(decode(json));
    }
    return out;
}

void verifyInferred(const TimeseriesOptions &ts, const QString &timeField)
{
    QVERIFY(ts.isValid());
    QCOMPARE(ts.timeField, timeField);
    QCOMPARE(ts.metaField, QStringLiteral("meta"));
    QCOMPARE(ts.granularity, QStringLiteral("hours"));
    QCOMPARE(ts.bucketMaxSpanSeconds, qint64(0));
    QCOMPARE(ts.bucketRoundingSeconds, qint64(0));
    QCOMPARE(ts.expireAfterSeconds, qint64(-1));
}

} // namespace

class TestTimeseriesInference : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void inferTs();
    void inferTimestamp();
    void inferTime();
    void inferSingleDocument();
    void preferenceOrder();
    void emptySampleIsInvalid();
    void oneDocumentWithoutMeta();
    void metaNotAnObject();
    void nonDateTime_data();
    void nonDateTime();
    void mixedTimeFields();
    void plainDocuments();
    void fromBucketFileDefaults();
    void fromBucketFilePicksTime();
    void fromBucketFilePicksTimestampWithoutMeta();
    void fromBucketFileInferred();
};

void TestTimeseriesInference::inferTs()
{
    verifyInferred(TimeseriesInference::infer(weather("ts")), QStringLiteral("ts"));
}

void TestTimeseriesInference::inferTimestamp()
{
    verifyInferred(TimeseriesInference::infer(weather("timestamp")), QStringLiteral("timestamp"));
}

void TestTimeseriesInference::inferTime()
{
    verifyInferred(TimeseriesInference::infer(weather("time")), QStringLiteral("time"));
}

void TestTimeseriesInference::inferSingleDocument()
{
    verifyInferred(TimeseriesInference::infer(weather("ts", 1)), QStringLiteral("ts"));
}

void TestTimeseriesInference::preferenceOrder()
{
    // Documents holding dates in both `ts` and `time`: `ts` is tried first.
    const auto sample = docs({"{\"ts\": {\"$date\": \"2024-01-01T00:00:00Z\"}, \"time\": {\"$date\": \"2024-01-01T00:00:00Z\"},"
                              " \"meta\": {}}"});
    verifyInferred(TimeseriesInference::infer(sample), QStringLiteral("ts"));
    // A `ts` that is not a date does not hide a `timestamp` that is.
    const auto second = docs({"{\"ts\": \"today\", \"timestamp\": {\"$date\": \"2024-01-01T00:00:00Z\"}, \"meta\": {\"a\": 1}}"});
    verifyInferred(TimeseriesInference::infer(second), QStringLiteral("timestamp"));
}

void TestTimeseriesInference::emptySampleIsInvalid()
{
    const TimeseriesOptions ts = TimeseriesInference::infer({});
    QVERIFY(!ts.isValid());
    QVERIFY(ts.metaField.isEmpty());
    QVERIFY(ts.granularity.isEmpty());
}

void TestTimeseriesInference::oneDocumentWithoutMeta()
{
    auto sample = weather("ts");
    sample.push_back(decode("{\"ts\": {\"$date\": \"2024-01-01T00:00:00Z\"}, \"value\": 1}"));
    QVERIFY(!TimeseriesInference::infer(sample).isValid());
    // Wherever it is in the sample.
    auto first = docs({"{\"ts\": {\"$date\": \"2024-01-01T00:00:00Z\"}}"});
    for (auto &d : weather("ts"))
        first.push_back(std::move(d));
    QVERIFY(!TimeseriesInference::infer(first).isValid());
}

void TestTimeseriesInference::metaNotAnObject()
{
    const auto sample = docs({"{\"ts\": {\"$date\": \"2024-01-01T00:00:00Z\"}, \"meta\": \"sensor-1\"}"});
    QVERIFY(!TimeseriesInference::infer(sample).isValid());
    const auto arrayMeta = docs({"{\"ts\": {\"$date\": \"2024-01-01T00:00:00Z\"}, \"meta\": [1, 2]}"});
    QVERIFY(!TimeseriesInference::infer(arrayMeta).isValid());
    const auto nullMeta = docs({"{\"ts\": {\"$date\": \"2024-01-01T00:00:00Z\"}, \"meta\": null}"});
    QVERIFY(!TimeseriesInference::infer(nullMeta).isValid());
}

void TestTimeseriesInference::nonDateTime_data()
{
    QTest::addColumn<QByteArray>("ts");
    QTest::newRow("string") << QByteArray("\"2024-01-01T00:00:00Z\"");
    QTest::newRow("int64 millis") << QByteArray("{\"$numberLong\": \"1700000000000\"}");
    QTest::newRow("double") << QByteArray("{\"$numberDouble\": \"1700000000.5\"}");
    QTest::newRow("timestamp") << QByteArray("{\"$timestamp\": {\"t\": 1700000000, \"i\": 1}}");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("document holding a date") << QByteArray("{\"at\": {\"$date\": \"2024-01-01T00:00:00Z\"}}");
}

void TestTimeseriesInference::nonDateTime()
{
    QFETCH(QByteArray, ts);
    auto sample = weather("ts", 5);
    QVERIFY(TimeseriesInference::infer(sample).isValid());
    // The odd document: a non-date `ts` in one of them is enough to say no.
    const QByteArray json = "{\"ts\": " + ts + ", \"meta\": {\"sensor\": 1}}";
    auto odd = ExtJsonCodec::decode(json);
    QVERIFY(odd.ok());
    sample.insert(sample.begin() + 2, std::move(*odd));
    QVERIFY(!TimeseriesInference::infer(sample).isValid());
}

void TestTimeseriesInference::mixedTimeFields()
{
    // Half with `ts`, half with `time`: no single time field, not time-series.
    auto sample = weather("ts", 3);
    for (auto &d : weather("time", 3))
        sample.push_back(std::move(d));
    QVERIFY(!TimeseriesInference::infer(sample).isValid());
}

void TestTimeseriesInference::plainDocuments()
{
    const auto sample = docs({"{\"_id\": 1, \"name\": \"Ada\"}", "{\"_id\": 2, \"name\": \"Grace\"}"});
    QVERIFY(!TimeseriesInference::infer(sample).isValid());
}

void TestTimeseriesInference::fromBucketFileDefaults()
{
    const TimeseriesOptions ts = TimeseriesInference::fromBucketFile({});
    QVERIFY(ts.isValid());
    QCOMPARE(ts.timeField, QStringLiteral("ts"));
    QCOMPARE(ts.metaField, QStringLiteral("meta"));
    QCOMPARE(ts.granularity, QStringLiteral("hours"));
    QCOMPARE(ts.bucketMaxSpanSeconds, qint64(0));
    QCOMPARE(ts.expireAfterSeconds, qint64(-1));
}

void TestTimeseriesInference::fromBucketFilePicksTime()
{
    // A logical sample that infer() alone accepts.
    verifyInferred(TimeseriesInference::fromBucketFile(weather("time", 3)), QStringLiteral("time"));
    // One that it does not (no meta in the second document): the first document still shows
    // which date field is used.
    const auto sample = docs({"{\"time\": {\"$date\": \"2024-01-01T00:00:00Z\"}, \"meta\": {\"s\": 1}}",
                              "{\"time\": {\"$date\": \"2024-01-01T01:00:00Z\"}}"});
    const TimeseriesOptions ts = TimeseriesInference::fromBucketFile(sample);
    QVERIFY(ts.isValid());
    QCOMPARE(ts.timeField, QStringLiteral("time"));
    QCOMPARE(ts.metaField, QStringLiteral("meta"));
    QCOMPARE(ts.granularity, QStringLiteral("hours"));
}

void TestTimeseriesInference::fromBucketFilePicksTimestampWithoutMeta()
{
    // A sample without `meta`: the collection has no metaField.
    const auto sample = docs({"{\"timestamp\": {\"$date\": \"2024-01-01T00:00:00Z\"}, \"v\": 1}"});
    const TimeseriesOptions ts = TimeseriesInference::fromBucketFile(sample);
    QVERIFY(ts.isValid());
    QCOMPARE(ts.timeField, QStringLiteral("timestamp"));
    QVERIFY(ts.metaField.isEmpty());
    QCOMPARE(ts.granularity, QStringLiteral("hours"));
    // No known date field at all: the default `ts`.
    const auto none = docs({"{\"when\": {\"$date\": \"2024-01-01T00:00:00Z\"}, \"meta\": {}}"});
    const TimeseriesOptions d = TimeseriesInference::fromBucketFile(none);
    QCOMPARE(d.timeField, QStringLiteral("ts"));
    QCOMPARE(d.metaField, QStringLiteral("meta"));
}

void TestTimeseriesInference::fromBucketFileInferred()
{
    verifyInferred(TimeseriesInference::fromBucketFile(weather("ts")), QStringLiteral("ts"));
    verifyInferred(TimeseriesInference::fromBucketFile(weather("timestamp")), QStringLiteral("timestamp"));
}

QTEST_GUILESS_MAIN(TestTimeseriesInference)
#include "TestTimeseriesInference.moc"
