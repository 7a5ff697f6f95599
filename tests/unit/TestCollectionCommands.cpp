// CollectionCommands: the exact create / collMod / createIndexes / drop commands the restore engine
// sends, in MongoDB's documented form, and how it reads time-series and validator options back
// from a listCollections entry's `options`.
#include "core/codec/ExtJsonCodec.h"
#include "core/restore/CollectionCommands.h"

#include <QJsonDocument>
#include <QTest>

#include "TestBson.h"

using namespace lifeboat;

namespace {

using test::canonical;
using test::decode;

// The canonical compact form of a document written in any Extended JSON form.
QByteArray canonicalOf(const char *json)
{
    return canonical(decode(json).get());
}

// The array held in `key` of a document, as a document of its own (an array is a document
// with keys "0", "1", ...).
BsonDocument arrayOf(const bson_t *doc, const char *key)
{
    bson_iter_t it;
    if (!bson_iter_init_find(&it, doc, key) || !BSON_ITER_HOLDS_ARRAY(&it))
        qFatal("no array %s", key);
    uint32_t len = 0;
    const uint8_t *data = nullptr;
    bson_iter_array(&it, &len, &data);
    return BsonDocument::fromData(QByteArrayView(reinterpret_cast<const char *>(data), len));
}

QJsonArray jsonArray(const char *json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        qFatal("bad test JSON array %s: %s", json, qPrintable(error.errorString()));
    return doc.array();
}

// The options listCollections reports for a capped collection with a collation and a validator.
const char *const FullOptions =
    "{\"capped\": true, \"size\": {\"$numberInt\": \"1048576\"}, \"max\": {\"$numberInt\": \"1000\"},"
    " \"collation\": {\"locale\": \"fr\", \"strength\": {\"$numberInt\": \"2\"}},"
    " \"validator\": {\"$jsonSchema\": {\"bsonType\": \"object\", \"required\": [\"name\"]}},"
    " \"validationLevel\": \"moderate\", \"validationAction\": \"warn\"}";

} // namespace

class TestCollectionCommands : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createCopiesOptionsInOrder();
    void createWithoutOptions();
    void createNeverCopiesViewOptions();
    void createWithoutValidator();
    void createUnicodeName();

    void createTimeseriesGranularity();
    void createTimeseriesCustomBucketing();
    void createTimeseriesWithoutMetaField();
    void createTimeseriesExpireAfterSeconds();
    void timeseriesOptionsToJson();

    void createView();
    void createViewNullPipeline();

    void disableValidation();
    void restoreValidation();
    void restoreValidationDefaults();

    void createIndexes();
    void createIndexesOnlyId();
    void createIndexesEmpty();
    void createIndexesCompoundKeyOrder();

    void drop();

    void timeseriesFromMongo7Granularity();
    void timeseriesFromCustomBucketing();
    void timeseriesFromWithoutTimeseries();
    void timeseriesRoundTrip();

    void validatorFrom();
    void validatorFromNone();
    void validatorRoundTrip();
};

void TestCollectionCommands::createCopiesOptionsInOrder()
{
    const BsonDocument options = decode(FullOptions);
    const BsonDocument cmd = CollectionCommands::create(QStringLiteral("events"), options.get(), false);
    QCOMPARE(canonical(cmd.get()),
             QByteArray("{\"create\":\"events\",\"capped\":true,\"size\":{\"$numberInt\":\"1048576\"},"
                        "\"max\":{\"$numberInt\":\"1000\"},"
                        "\"collation\":{\"locale\":\"fr\",\"strength\":{\"$numberInt\":\"2\"}},"
                        "\"validator\":{\"$jsonSchema\":{\"bsonType\":\"object\",\"required\":[\"name\"]}},"
                        "\"validationLevel\":\"moderate\",\"validationAction\":\"warn\"}"));
    // The command name is the first key: the server reads the command from it.
    bson_iter_t it;
    QVERIFY(bson_iter_init(&it, cmd.get()));
    QVERIFY(bson_iter_next(&it));
    QCOMPARE(QByteArray(bson_iter_key(&it)), QByteArray("create"));
    // Number types survive the copy: a long stays a long.
    const BsonDocument longSize = decode("{\"capped\": true, \"size\": {\"$numberLong\": \"5000000000\"}}");
    QCOMPARE(canonical(CollectionCommands::create(QStringLiteral("c"), longSize.get(), false).get()),
             QByteArray("{\"create\":\"c\",\"capped\":true,\"size\":{\"$numberLong\":\"5000000000\"}}"));
}

void TestCollectionCommands::createWithoutOptions()
{
    QCOMPARE(canonical(CollectionCommands::create(QStringLiteral("plain"), nullptr, false).get()),
             QByteArray("{\"create\":\"plain\"}"));
    QCOMPARE(canonical(CollectionCommands::create(QStringLiteral("plain"), nullptr, true).get()),
             QByteArray("{\"create\":\"plain\"}"));
    const BsonDocument empty;
    QCOMPARE(canonical(CollectionCommands::create(QStringLiteral("plain"), empty.get(), false).get()),
             QByteArray("{\"create\":\"plain\"}"));
}

void TestCollectionCommands::createNeverCopiesViewOptions()
{
    const BsonDocument options = decode("{\"viewOn\": \"orders\","
                                        " \"pipeline\": [{\"$match\": {\"status\": \"A\"}}],"
                                        " \"collation\": {\"locale\": \"en\"}}");
    QCOMPARE(canonical(CollectionCommands::create(QStringLiteral("v"), options.get(), false).get()),
             QByteArray("{\"create\":\"v\",\"collation\":{\"locale\":\"en\"}}"));
    QCOMPARE(canonical(CollectionCommands::create(QStringLiteral("v"), options.get(), true).get()),
             QByteArray("{\"create\":\"v\",\"collation\":{\"locale\":\"en\"}}"));
}

void TestCollectionCommands::createWithoutValidator()
{
    const BsonDocument options = decode(FullOptions);
    QCOMPARE(canonical(CollectionCommands::create(QStringLiteral("events"), options.get(), true).get()),
             QByteArray("{\"create\":\"events\",\"capped\":true,\"size\":{\"$numberInt\":\"1048576\"},"
                        "\"max\":{\"$numberInt\":\"1000\"},"
                        "\"collation\":{\"locale\":\"fr\",\"strength\":{\"$numberInt\":\"2\"}}}"));
    // Options holding only validator settings leave a bare create.
    const BsonDocument onlyValidator = decode("{\"validator\": {\"x\": {\"$exists\": true}}, \"validationLevel\": \"strict\"}");
    QCOMPARE(canonical(CollectionCommands::create(QStringLiteral("c"), onlyValidator.get(), true).get()),
             QByteArray("{\"create\":\"c\"}"));
    QCOMPARE(canonical(CollectionCommands::create(QStringLiteral("c"), onlyValidator.get(), false).get()),
             QByteArray("{\"create\":\"c\",\"validator\":{\"x\":{\"$exists\":true}},\"validationLevel\":\"strict\"}"));
}

void TestCollectionCommands::createUnicodeName()
{
    const QString name = QStringLiteral("caf\u00e9 \u65e5\u672c \"q\"");
    QCOMPARE(canonical(CollectionCommands::create(name, nullptr, false).get()),
             QByteArray("{\"create\":\"caf\u00e9 \u65e5\u672c \\\"q\\\"\"}"));
    // Compare the UTF-8 bytes of the stored name directly.
    const BsonDocument cmd = CollectionCommands::create(name, nullptr, false);
    bson_iter_t it;
    QVERIFY(bson_iter_init_find(&it, cmd.get(), "create"));
    QVERIFY(BSON_ITER_HOLDS_UTF8(&it));
    QCOMPARE(QString::fromUtf8(bson_iter_utf8(&it, nullptr)), name);
}

void TestCollectionCommands::createTimeseriesGranularity()
{
    TimeseriesOptions ts;
    ts.timeField = QStringLiteral("ts");
    ts.metaField = QStringLiteral("meta");
    ts.granularity = QStringLiteral("hours");
    QCOMPARE(canonical(CollectionCommands::createTimeseries(QStringLiteral("weather"), ts).get()),
             QByteArray("{\"create\":\"weather\",\"timeseries\":{\"timeField\":\"ts\",\"metaField\":\"meta\","
                        "\"granularity\":\"hours\"}}"));
}

void TestCollectionCommands::createTimeseriesCustomBucketing()
{
    TimeseriesOptions ts;
    ts.timeField = QStringLiteral("ts");
    ts.metaField = QStringLiteral("sensor");
    ts.bucketMaxSpanSeconds = 7200;
    ts.bucketRoundingSeconds = 7200;
    QCOMPARE(canonical(CollectionCommands::createTimeseries(QStringLiteral("weather"), ts).get()),
             QByteArray("{\"create\":\"weather\",\"timeseries\":{\"timeField\":\"ts\",\"metaField\":\"sensor\","
                        "\"bucketMaxSpanSeconds\":{\"$numberInt\":\"7200\"},"
                        "\"bucketRoundingSeconds\":{\"$numberInt\":\"7200\"}}}"));
}

void TestCollectionCommands::createTimeseriesWithoutMetaField()
{
    TimeseriesOptions ts;
    ts.timeField = QStringLiteral("timestamp");
    ts.granularity = QStringLiteral("seconds");
    QCOMPARE(canonical(CollectionCommands::createTimeseries(QStringLiteral("ticks"), ts).get()),
             QByteArray("{\"create\":\"ticks\",\"timeseries\":{\"timeField\":\"timestamp\",\"granularity\":\"seconds\"}}"));
    // Only a time field: neither granularity nor bucketing (the server's defaults).
    TimeseriesOptions bare;
    bare.timeField = QStringLiteral("t");
    QCOMPARE(canonical(CollectionCommands::createTimeseries(QStringLiteral("ticks"), bare).get()),
             QByteArray("{\"create\":\"ticks\",\"timeseries\":{\"timeField\":\"t\"}}"));
}

void TestCollectionCommands::createTimeseriesExpireAfterSeconds()
{
    TimeseriesOptions ts;
    ts.timeField = QStringLiteral("ts");
    ts.metaField = QStringLiteral("meta");
    ts.granularity = QStringLiteral("minutes");
    ts.expireAfterSeconds = 86400;
    const BsonDocument cmd = CollectionCommands::createTimeseries(QStringLiteral("weather"), ts);
    QCOMPARE(canonical(cmd.get()),
             QByteArray("{\"create\":\"weather\",\"timeseries\":{\"timeField\":\"ts\",\"metaField\":\"meta\","
                        "\"granularity\":\"minutes\"},\"expireAfterSeconds\":{\"$numberLong\":\"86400\"}}"));
    // expireAfterSeconds is a top-level create option, not part of `timeseries`.
    bson_iter_t it;
    QVERIFY(bson_iter_init_find(&it, cmd.get(), "expireAfterSeconds"));
    QVERIFY(BSON_ITER_HOLDS_INT64(&it));
    QVERIFY(bson_iter_init(&it, cmd.get()));
    QVERIFY(!bson_iter_find_descendant(&it, "timeseries.expireAfterSeconds", &it));
    // 0 (expire at once) is a value; -1 means none.
    ts.expireAfterSeconds = 0;
    QVERIFY(canonical(CollectionCommands::createTimeseries(QStringLiteral("w"), ts).get())
                .endsWith(",\"expireAfterSeconds\":{\"$numberLong\":\"0\"}}"));
    ts.expireAfterSeconds = -1;
    QVERIFY(!canonical(CollectionCommands::createTimeseries(QStringLiteral("w"), ts).get()).contains("expireAfterSeconds"));
}

void TestCollectionCommands::timeseriesOptionsToJson()
{
    TimeseriesOptions ts;
    QVERIFY(!ts.isValid());
    ts.timeField = QStringLiteral("ts");
    QVERIFY(ts.isValid());
    QCOMPARE(ts.toJson(), QJsonObject({{QStringLiteral("timeField"), QStringLiteral("ts")}}));
    ts.metaField = QStringLiteral("meta");
    ts.granularity = QStringLiteral("hours");
    ts.expireAfterSeconds = 60;
    QCOMPARE(ts.toJson(), QJsonObject({{QStringLiteral("timeField"), QStringLiteral("ts")},
                                       {QStringLiteral("metaField"), QStringLiteral("meta")},
                                       {QStringLiteral("granularity"), QStringLiteral("hours")},
                                       {QStringLiteral("expireAfterSeconds"), 60}}));
}

void TestCollectionCommands::createView()
{
    const BsonDocument holder = decode("{\"p\": [{\"$match\": {\"status\": \"A\"}},"
                                       " {\"$project\": {\"_id\": {\"$numberInt\": \"0\"}, \"name\": {\"$numberInt\": \"1\"}}}]}");
    const BsonDocument pipeline = arrayOf(holder.get(), "p");
    QVERIFY(!pipeline.isNull());
    const BsonDocument cmd = CollectionCommands::createView(QStringLiteral("active"), QStringLiteral("orders"), pipeline.get());
    QCOMPARE(canonical(cmd.get()),
             QByteArray("{\"create\":\"active\",\"viewOn\":\"orders\",\"pipeline\":[{\"$match\":{\"status\":\"A\"}},"
                        "{\"$project\":{\"_id\":{\"$numberInt\":\"0\"},\"name\":{\"$numberInt\":\"1\"}}}]}"));
    bson_iter_t it;
    QVERIFY(bson_iter_init_find(&it, cmd.get(), "pipeline"));
    QVERIFY(BSON_ITER_HOLDS_ARRAY(&it));
}

void TestCollectionCommands::createViewNullPipeline()
{
    const BsonDocument cmd = CollectionCommands::createView(QStringLiteral("all"), QStringLiteral("orders"), nullptr);
    QCOMPARE(canonical(cmd.get()), QByteArray("{\"create\":\"all\",\"viewOn\":\"orders\",\"pipeline\":[]}"));
    bson_iter_t it;
    QVERIFY(bson_iter_init_find(&it, cmd.get(), "pipeline"));
    QVERIFY(BSON_ITER_HOLDS_ARRAY(&it));
}

void TestCollectionCommands::disableValidation()
{
    QCOMPARE(canonical(CollectionCommands::disableValidation(QStringLiteral("people")).get()),
             QByteArray("{\"collMod\":\"people\",\"validator\":{},\"validationLevel\":\"off\"}"));
    // The same as MongoDB's documented command, written by hand.
    QCOMPARE(canonical(CollectionCommands::disableValidation(QStringLiteral("people")).get()),
             canonicalOf("{ \"collMod\": \"people\", \"validator\": {}, \"validationLevel\": \"off\" }"));
}

void TestCollectionCommands::restoreValidation()
{
    ValidatorOptions v;
    v.validator = decode("{\"$jsonSchema\": {\"required\": [\"name\"]}}");
    v.validationLevel = QStringLiteral("moderate");
    v.validationAction = QStringLiteral("warn");
    QVERIFY(v.isSet());
    QCOMPARE(canonical(CollectionCommands::restoreValidation(QStringLiteral("people"), v).get()),
             QByteArray("{\"collMod\":\"people\",\"validator\":{\"$jsonSchema\":{\"required\":[\"name\"]}},"
                        "\"validationLevel\":\"moderate\",\"validationAction\":\"warn\"}"));
}

void TestCollectionCommands::restoreValidationDefaults()
{
    ValidatorOptions v;
    v.validator = decode("{\"age\": {\"$gte\": {\"$numberInt\": \"0\"}}}");
    QCOMPARE(canonical(CollectionCommands::restoreValidation(QStringLiteral("people"), v).get()),
             QByteArray("{\"collMod\":\"people\",\"validator\":{\"age\":{\"$gte\":{\"$numberInt\":\"0\"}}},"
                        "\"validationLevel\":\"strict\",\"validationAction\":\"error\"}"));
    // No validator at all: an empty one, with the defaults.
    const ValidatorOptions none;
    QVERIFY(!none.isSet());
    QCOMPARE(canonical(CollectionCommands::restoreValidation(QStringLiteral("people"), none).get()),
             QByteArray("{\"collMod\":\"people\",\"validator\":{},\"validationLevel\":\"strict\",\"validationAction\":\"error\"}"));
}

void TestCollectionCommands::createIndexes()
{
    // listIndexes entries as the manifest keeps them: canonical Extended JSON.
    const QJsonArray indexes = jsonArray(
        "[{\"v\": {\"$numberInt\": \"2\"}, \"key\": {\"_id\": {\"$numberInt\": \"1\"}}, \"name\": \"_id_\", \"ns\": \"shop.users\"},"
        " {\"v\": {\"$numberInt\": \"2\"}, \"unique\": true, \"key\": {\"email\": {\"$numberInt\": \"1\"}},"
        "  \"name\": \"email_1\", \"ns\": \"shop.users\"},"
        " {\"v\": {\"$numberInt\": \"2\"}, \"key\": {\"createdAt\": {\"$numberInt\": \"1\"}}, \"name\": \"createdAt_1\","
        "  \"expireAfterSeconds\": {\"$numberInt\": \"3600\"}},"
        " {\"v\": {\"$numberInt\": \"2\"}, \"key\": {\"score\": {\"$numberInt\": \"-1\"}}, \"name\": \"score_-1\","
        "  \"partialFilterExpression\": {\"score\": {\"$gt\": {\"$numberDouble\": \"5.5\"}}}}]");
    const BsonDocument cmd = CollectionCommands::createIndexes(QStringLiteral("users"), indexes);
    QVERIFY(!cmd.isNull());
    // "key" first (its own field order kept), then the rest of the spec; the order of a
    // spec's other fields does not matter.
    QCOMPARE(canonical(cmd.get()),
             QByteArray("{\"createIndexes\":\"users\",\"indexes\":["
                        "{\"key\":{\"email\":{\"$numberInt\":\"1\"}},\"name\":\"email_1\",\"unique\":true},"
                        "{\"key\":{\"createdAt\":{\"$numberInt\":\"1\"}},\"expireAfterSeconds\":{\"$numberInt\":\"3600\"},"
                        "\"name\":\"createdAt_1\"},"
                        "{\"key\":{\"score\":{\"$numberInt\":\"-1\"}},\"name\":\"score_-1\","
                        "\"partialFilterExpression\":{\"score\":{\"$gt\":{\"$numberDouble\":\"5.5\"}}}}]}"));
    // The command name comes first, and the types survive (int32 TTL, not a double).
    bson_iter_t it;
    QVERIFY(bson_iter_init(&it, cmd.get()));
    QVERIFY(bson_iter_next(&it));
    QCOMPARE(QByteArray(bson_iter_key(&it)), QByteArray("createIndexes"));
    QVERIFY(bson_iter_init(&it, cmd.get()));
    QVERIFY(bson_iter_find_descendant(&it, "indexes.1.expireAfterSeconds", &it));
    QVERIFY(BSON_ITER_HOLDS_INT32(&it));
    QVERIFY(bson_iter_init(&it, cmd.get()));
    QVERIFY(!bson_iter_find_descendant(&it, "indexes.0.v", &it));
    QVERIFY(bson_iter_init(&it, cmd.get()));
    QVERIFY(!bson_iter_find_descendant(&it, "indexes.0.ns", &it));
    QVERIFY(bson_iter_init(&it, cmd.get()));
    QVERIFY(!bson_iter_find_descendant(&it, "indexes.3", &it));
}

void TestCollectionCommands::createIndexesOnlyId()
{
    const QJsonArray indexes = jsonArray(
        "[{\"v\": {\"$numberInt\": \"2\"}, \"key\": {\"_id\": {\"$numberInt\": \"1\"}}, \"name\": \"_id_\"}]");
    const BsonDocument cmd = CollectionCommands::createIndexes(QStringLiteral("users"), indexes);
    // "Nothing to build" is an empty (not a null) document; the engine checks bson_empty().
    QVERIFY(!cmd.isNull());
    QVERIFY(bson_empty(cmd.get()));
    QCOMPARE(canonical(cmd.get()), QByteArray("{}"));
}

void TestCollectionCommands::createIndexesEmpty()
{
    const BsonDocument cmd = CollectionCommands::createIndexes(QStringLiteral("users"), QJsonArray());
    QVERIFY(!cmd.isNull());
    QVERIFY(bson_empty(cmd.get()));
}

void TestCollectionCommands::createIndexesCompoundKeyOrder()
{
    // The field order of a compound index's key is the index: {status: 1, score: -1} and
    // {score: -1, status: 1} are different indexes.
    const QJsonArray indexes = jsonArray(
        "[{\"v\": {\"$numberInt\": \"2\"}, \"key\": {\"status\": {\"$numberInt\": \"1\"}, \"score\": {\"$numberInt\": \"-1\"}},"
        "  \"name\": \"status_1_score_-1\"}]");
    const BsonDocument cmd = CollectionCommands::createIndexes(QStringLiteral("users"), indexes);
    bson_iter_t it, key;
    QVERIFY(bson_iter_init(&it, cmd.get()));
    QVERIFY(bson_iter_find_descendant(&it, "indexes.0.key", &it));
    QVERIFY(BSON_ITER_HOLDS_DOCUMENT(&it));
    QVERIFY(bson_iter_recurse(&it, &key));
    QVERIFY(bson_iter_next(&key));
    // Archives without "keyOrder": the order comes back from the default index name.
    QCOMPARE(QByteArray(bson_iter_key(&key)), QByteArray("status"));
    QVERIFY(bson_iter_next(&key));
    QCOMPARE(QByteArray(bson_iter_key(&key)), QByteArray("score"));

    // Lifeboat's own archives record the order ("keyOrder"), whatever the index is named.
    const QJsonArray recorded = jsonArray(
        "[{\"v\": {\"$numberInt\": \"2\"}, \"key\": {\"status\": {\"$numberInt\": \"1\"}, \"score\": {\"$numberInt\": \"-1\"}},"
        "  \"name\": \"by_status\", \"keyOrder\": [\"status\", \"score\"]}]");
    const BsonDocument cmd2 = CollectionCommands::createIndexes(QStringLiteral("users"), recorded);
    QCOMPARE(canonical(cmd2.get()),
             QByteArray("{\"createIndexes\":\"users\",\"indexes\":[{\"key\":{\"status\":{\"$numberInt\":\"1\"},"
                        "\"score\":{\"$numberInt\":\"-1\"}},\"name\":\"by_status\"}]}"));
}

void TestCollectionCommands::drop()
{
    QCOMPARE(canonical(CollectionCommands::drop(QStringLiteral("old")).get()), QByteArray("{\"drop\":\"old\"}"));
}

void TestCollectionCommands::timeseriesFromMongo7Granularity()
{
    // MongoDB 7 reports bucketMaxSpanSeconds next to the granularity; only the granularity is
    // sent back (the two are exclusive in create).
    const BsonDocument options = decode("{\"timeseries\": {\"timeField\": \"ts\", \"metaField\": \"meta\","
                                        " \"granularity\": \"hours\", \"bucketMaxSpanSeconds\": {\"$numberInt\": \"2592000\"}},"
                                        " \"expireAfterSeconds\": {\"$numberLong\": \"3600\"}}");
    const TimeseriesOptions ts = CollectionCommands::timeseriesFrom(options.get());
    QVERIFY(ts.isValid());
    QCOMPARE(ts.timeField, QStringLiteral("ts"));
    QCOMPARE(ts.metaField, QStringLiteral("meta"));
    QCOMPARE(ts.granularity, QStringLiteral("hours"));
    QCOMPARE(ts.bucketMaxSpanSeconds, qint64(0));
    QCOMPARE(ts.bucketRoundingSeconds, qint64(0));
    QCOMPARE(ts.expireAfterSeconds, qint64(3600));
    // expireAfterSeconds as a plain int32, as some servers report it.
    const BsonDocument int32Ttl = decode("{\"timeseries\": {\"timeField\": \"ts\", \"granularity\": \"seconds\"},"
                                         " \"expireAfterSeconds\": {\"$numberInt\": \"60\"}}");
    const TimeseriesOptions ts2 = CollectionCommands::timeseriesFrom(int32Ttl.get());
    QCOMPARE(ts2.expireAfterSeconds, qint64(60));
    QVERIFY(ts2.metaField.isEmpty());
    QCOMPARE(ts2.granularity, QStringLiteral("seconds"));
}

void TestCollectionCommands::timeseriesFromCustomBucketing()
{
    const BsonDocument options = decode("{\"timeseries\": {\"timeField\": \"t\", \"metaField\": \"m\","
                                        " \"bucketRoundingSeconds\": {\"$numberInt\": \"600\"},"
                                        " \"bucketMaxSpanSeconds\": {\"$numberInt\": \"600\"}}}");
    const TimeseriesOptions ts = CollectionCommands::timeseriesFrom(options.get());
    QCOMPARE(ts.timeField, QStringLiteral("t"));
    QCOMPARE(ts.metaField, QStringLiteral("m"));
    QVERIFY(ts.granularity.isEmpty());
    QCOMPARE(ts.bucketMaxSpanSeconds, qint64(600));
    QCOMPARE(ts.bucketRoundingSeconds, qint64(600));
    QCOMPARE(ts.expireAfterSeconds, qint64(-1));
}

void TestCollectionCommands::timeseriesFromWithoutTimeseries()
{
    QVERIFY(!CollectionCommands::timeseriesFrom(nullptr).isValid());
    const BsonDocument empty;
    QVERIFY(!CollectionCommands::timeseriesFrom(empty.get()).isValid());
    const BsonDocument capped = decode("{\"capped\": true, \"size\": {\"$numberInt\": \"4096\"}}");
    QVERIFY(!CollectionCommands::timeseriesFrom(capped.get()).isValid());
    // `timeseries` that is not a document, with a TTL next to it, is not time-series.
    const BsonDocument notADocument = decode("{\"timeseries\": \"ts\", \"expireAfterSeconds\": {\"$numberInt\": \"5\"}}");
    QVERIFY(!CollectionCommands::timeseriesFrom(notADocument.get()).isValid());
}

void TestCollectionCommands::timeseriesRoundTrip()
{
    // What listCollections reports becomes the create command that rebuilds it.
    const BsonDocument options = decode("{\"timeseries\": {\"timeField\": \"ts\", \"metaField\": \"meta\","
                                        " \"granularity\": \"hours\", \"bucketMaxSpanSeconds\": {\"$numberInt\": \"2592000\"}},"
                                        " \"expireAfterSeconds\": {\"$numberLong\": \"3600\"}}");
    QCOMPARE(canonical(CollectionCommands::createTimeseries(QStringLiteral("w"), CollectionCommands::timeseriesFrom(options.get())).get()),
             QByteArray("{\"create\":\"w\",\"timeseries\":{\"timeField\":\"ts\",\"metaField\":\"meta\",\"granularity\":\"hours\"},"
                        "\"expireAfterSeconds\":{\"$numberLong\":\"3600\"}}"));
    const BsonDocument custom = decode("{\"timeseries\": {\"timeField\": \"t\","
                                       " \"bucketRoundingSeconds\": {\"$numberInt\": \"600\"},"
                                       " \"bucketMaxSpanSeconds\": {\"$numberInt\": \"600\"}}}");
    QCOMPARE(canonical(CollectionCommands::createTimeseries(QStringLiteral("w"), CollectionCommands::timeseriesFrom(custom.get())).get()),
             QByteArray("{\"create\":\"w\",\"timeseries\":{\"timeField\":\"t\","
                        "\"bucketMaxSpanSeconds\":{\"$numberInt\":\"600\"},\"bucketRoundingSeconds\":{\"$numberInt\":\"600\"}}}"));
}

void TestCollectionCommands::validatorFrom()
{
    const BsonDocument options = decode(FullOptions);
    const ValidatorOptions v = CollectionCommands::validatorFrom(options.get());
    QVERIFY(v.isSet());
    QCOMPARE(canonical(v.validator.get()),
             QByteArray("{\"$jsonSchema\":{\"bsonType\":\"object\",\"required\":[\"name\"]}}"));
    QCOMPARE(v.validationLevel, QStringLiteral("moderate"));
    QCOMPARE(v.validationAction, QStringLiteral("warn"));
}

void TestCollectionCommands::validatorFromNone()
{
    const ValidatorOptions fromNull = CollectionCommands::validatorFrom(nullptr);
    QVERIFY(!fromNull.isSet());
    QVERIFY(fromNull.validationLevel.isEmpty());
    QVERIFY(fromNull.validationAction.isEmpty());
    const BsonDocument capped = decode("{\"capped\": true, \"size\": {\"$numberInt\": \"4096\"}}");
    const ValidatorOptions v = CollectionCommands::validatorFrom(capped.get());
    QVERIFY(!v.isSet());
    QVERIFY(v.validationLevel.isEmpty());
    // An empty validator is no validator.
    const BsonDocument emptyValidator = decode("{\"validator\": {}, \"validationLevel\": \"off\"}");
    const ValidatorOptions e = CollectionCommands::validatorFrom(emptyValidator.get());
    QVERIFY(!e.isSet());
    QCOMPARE(e.validationLevel, QStringLiteral("off"));
}

void TestCollectionCommands::validatorRoundTrip()
{
    const BsonDocument options = decode("{\"validator\": {\"qty\": {\"$type\": \"int\"}}, \"validationAction\": \"warn\"}");
    QCOMPARE(canonical(CollectionCommands::restoreValidation(QStringLiteral("inv"), CollectionCommands::validatorFrom(options.get())).get()),
             QByteArray("{\"collMod\":\"inv\",\"validator\":{\"qty\":{\"$type\":\"int\"}},\"validationLevel\":\"strict\","
                        "\"validationAction\":\"warn\"}"));
}

QTEST_GUILESS_MAIN(TestCollectionCommands)
#include "TestCollectionCommands.moc"
