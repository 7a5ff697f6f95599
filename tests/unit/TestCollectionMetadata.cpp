// CollectionMetadata: collections_metadata.json, the listCollections entries the runbook's
// script wrote with json_util.dumps, in canonical, relaxed or legacy Extended JSON.
#include "core/archive/CollectionMetadata.h"
#include "core/codec/ExtJsonCodec.h"

#include <QTest>

#include "TestBson.h"

using namespace lifeboat;

namespace {

using test::canonical;
using test::decode;

QByteArray optionsOf(const QHash<QString, CollectionMetadataEntry> &entries, const char *name)
{
    const auto it = entries.constFind(QString::fromUtf8(name));
    if (it == entries.cend())
        return "<no entry " + QByteArray(name) + '>';
    if (!it->options)
        return "<null options>";
    return canonical(it->options->get());
}

// What listCollections returns on MongoDB 7, written as canonical Extended JSON.
const char *const CanonicalJson = R"([
  {"name": "people", "type": "collection",
   "options": {"validator": {"$jsonSchema": {"bsonType": "object", "required": ["name"],
                                             "properties": {"age": {"bsonType": "int", "minimum": {"$numberInt": "0"}}}}},
               "validationLevel": "moderate", "validationAction": "warn"},
   "info": {"readOnly": false, "uuid": {"$binary": {"base64": "yRp0bJzWQ7KmfDpTHr7g8A==", "subType": "04"}}},
   "idIndex": {"v": {"$numberInt": "2"}, "key": {"_id": {"$numberInt": "1"}}, "name": "_id_"}},
  {"name": "weather", "type": "timeseries",
   "options": {"expireAfterSeconds": {"$numberLong": "3600"},
               "timeseries": {"timeField": "ts", "metaField": "meta", "granularity": "hours",
                              "bucketMaxSpanSeconds": {"$numberInt": "2592000"}}},
   "info": {"readOnly": false}},
  {"name": "active_people", "type": "view",
   "options": {"viewOn": "people", "pipeline": [{"$match": {"active": true}}, {"$project": {"_id": {"$numberInt": "0"}}}]},
   "info": {"readOnly": true}}
])";

// The same in the form pymongo's json_util.dumps wrote with its legacy defaults (pymongo 3):
// plain numbers, {"$binary": ..., "$type": ...}, {"$date": <millis>}, {"$regex", "$options"}.
const char *const LegacyJson =
    R"([{"name": "people", "type": "collection", "options": {"validator": {"$and": [{"name": {"$regex": "^A", "$options": "i"}}, )"
    R"({"born": {"$gte": {"$date": 1700000000000}}}]}, "validationLevel": "strict", "validationAction": "error"}, )"
    R"("info": {"readOnly": false, "uuid": {"$binary": "yRp0bJzWQ7KmfDpTHr7g8A==", "$type": "04"}}, )"
    R"("idIndex": {"v": 2, "key": {"_id": 1}, "name": "_id_", "ns": "shop.people"}}, )"
    R"({"name": "weather", "type": "timeseries", "options": {"expireAfterSeconds": 3600, "timeseries": )"
    R"({"timeField": "ts", "metaField": "meta", "granularity": "hours", "bucketMaxSpanSeconds": 2592000}}, )"
    R"("info": {"readOnly": false}}, )"
    R"({"name": "log", "type": "collection", "options": {"capped": true, "size": 1048576, "max": 5000}, )"
    R"("info": {"readOnly": false}}])";

// pymongo 4's default (relaxed Extended JSON v2).
const char *const RelaxedJson =
    R"([{"name": "people", "type": "collection", "options": {"validator": {"born": {"$gte": {"$date": "2023-11-14T22:13:20Z"}}}}, )"
    R"("info": {"readOnly": false, "uuid": {"$binary": {"base64": "yRp0bJzWQ7KmfDpTHr7g8A==", "subType": "04"}}}}, )"
    R"({"name": "active_people", "type": "view", "options": {"viewOn": "people", "pipeline": [{"$match": {"active": true}}]}, )"
    R"("info": {"readOnly": true}}])";

} // namespace

class TestCollectionMetadata : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void canonicalEntries();
    void legacyEntries();
    void relaxedEntries();
    void entryWithoutOptions();
    void entryWithoutNameIsSkipped();
    void emptyArray();
    void invalidJson_data();
    void invalidJson();
    void objectInsteadOfArray_data();
    void objectInsteadOfArray();
};

void TestCollectionMetadata::canonicalEntries()
{
    const auto parsed = CollectionMetadata::parse(QByteArray(CanonicalJson), QStringLiteral("collections_metadata.json"));
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
    const auto &entries = *parsed;
    QCOMPARE(entries.size(), 3);

    const auto &people = entries.value(QStringLiteral("people"));
    QCOMPARE(people.name, QStringLiteral("people"));
    QCOMPARE(people.type, QStringLiteral("collection"));
    QCOMPARE(optionsOf(entries, "people"),
             QByteArray("{\"validator\":{\"$jsonSchema\":{\"bsonType\":\"object\",\"required\":[\"name\"],"
                        "\"properties\":{\"age\":{\"bsonType\":\"int\",\"minimum\":{\"$numberInt\":\"0\"}}}}},"
                        "\"validationLevel\":\"moderate\",\"validationAction\":\"warn\"}"));

    QCOMPARE(entries.value(QStringLiteral("weather")).type, QStringLiteral("timeseries"));
    QCOMPARE(optionsOf(entries, "weather"),
             QByteArray("{\"expireAfterSeconds\":{\"$numberLong\":\"3600\"},\"timeseries\":{\"timeField\":\"ts\","
                        "\"metaField\":\"meta\",\"granularity\":\"hours\",\"bucketMaxSpanSeconds\":{\"$numberInt\":\"2592000\"}}}"));

    QCOMPARE(entries.value(QStringLiteral("active_people")).type, QStringLiteral("view"));
    QCOMPARE(optionsOf(entries, "active_people"),
             QByteArray("{\"viewOn\":\"people\",\"pipeline\":[{\"$match\":{\"active\":true}},"
                        "{\"$project\":{\"_id\":{\"$numberInt\":\"0\"}}}]}"));
    // The pipeline is a BSON array, as the create command needs it.
    bson_iter_t it;
    QVERIFY(bson_iter_init_find(&it, entries.value(QStringLiteral("active_people")).options->get(), "pipeline"));
    QVERIFY(BSON_ITER_HOLDS_ARRAY(&it));
}

void TestCollectionMetadata::legacyEntries()
{
    const auto parsed = CollectionMetadata::parse(QByteArray(LegacyJson), QStringLiteral("collections_metadata.json"));
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
    const auto &entries = *parsed;
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.value(QStringLiteral("people")).type, QStringLiteral("collection"));
    // The legacy regex and date become a BSON regex and a BSON date.
    QCOMPARE(optionsOf(entries, "people"),
             QByteArray("{\"validator\":{\"$and\":[{\"name\":{\"$regularExpression\":{\"pattern\":\"^A\",\"options\":\"i\"}}},"
                        "{\"born\":{\"$gte\":{\"$date\":{\"$numberLong\":\"1700000000000\"}}}}]},"
                        "\"validationLevel\":\"strict\",\"validationAction\":\"error\"}"));
    QCOMPARE(entries.value(QStringLiteral("weather")).type, QStringLiteral("timeseries"));
    QCOMPARE(optionsOf(entries, "weather"),
             QByteArray("{\"expireAfterSeconds\":{\"$numberInt\":\"3600\"},\"timeseries\":{\"timeField\":\"ts\","
                        "\"metaField\":\"meta\",\"granularity\":\"hours\",\"bucketMaxSpanSeconds\":{\"$numberInt\":\"2592000\"}}}"));
    QCOMPARE(optionsOf(entries, "log"),
             QByteArray("{\"capped\":true,\"size\":{\"$numberInt\":\"1048576\"},\"max\":{\"$numberInt\":\"5000\"}}"));
}

void TestCollectionMetadata::relaxedEntries()
{
    const auto parsed = CollectionMetadata::parse(QByteArray(RelaxedJson), QStringLiteral("collections_metadata.json"));
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
    QCOMPARE(parsed->size(), 2);
    QCOMPARE(optionsOf(*parsed, "people"),
             QByteArray("{\"validator\":{\"born\":{\"$gte\":{\"$date\":{\"$numberLong\":\"1700000000000\"}}}}}"));
    QCOMPARE(parsed->value(QStringLiteral("active_people")).type, QStringLiteral("view"));
    QCOMPARE(optionsOf(*parsed, "active_people"),
             QByteArray("{\"viewOn\":\"people\",\"pipeline\":[{\"$match\":{\"active\":true}}]}"));
}

void TestCollectionMetadata::entryWithoutOptions()
{
    // No `options`, and no `type` (servers before 3.4): a plain collection with empty options.
    const auto parsed = CollectionMetadata::parse(QByteArray(R"([{"name": "plain"}, {"name": "typed", "type": "collection", "options": {}}])"),
                                                  QStringLiteral("meta.json"));
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
    QCOMPARE(parsed->size(), 2);
    for (const char *name : {"plain", "typed"}) {
        const CollectionMetadataEntry entry = parsed->value(QString::fromLatin1(name));
        QCOMPARE(entry.name, QString::fromLatin1(name));
        QCOMPARE(entry.type, QStringLiteral("collection"));
        QVERIFY(entry.options);
        QVERIFY(!entry.options->isNull());
        QVERIFY(bson_empty(entry.options->get()));
    }
}

void TestCollectionMetadata::entryWithoutNameIsSkipped()
{
    const auto parsed = CollectionMetadata::parse(QByteArray(R"([{"type": "collection"}, {"name": 5}, 7, "x", {"name": "kept"}])"),
                                                  QStringLiteral("meta.json"));
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
    QCOMPARE(parsed->size(), 1);
    QVERIFY(parsed->contains(QStringLiteral("kept")));
}

void TestCollectionMetadata::emptyArray()
{
    const auto parsed = CollectionMetadata::parse(QByteArray("[]\n"), QStringLiteral("meta.json"));
    QVERIFY(parsed.ok());
    QVERIFY(parsed->isEmpty());
}

void TestCollectionMetadata::invalidJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("truncated") << QByteArray(R"([{"name": "people", "options": {)");
    QTest::newRow("not json") << QByteArray("this is not json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("trailing comma") << QByteArray(R"([{"name": "a"},])");
    QTest::newRow("bad extended json") << QByteArray(R"([{"name": "a", "options": {"size": {"$numberLong": "x"}}}])");
}

void TestCollectionMetadata::invalidJson()
{
    QFETCH(QByteArray, json);
    const QString source = QStringLiteral("backup_2024/collections_metadata.json");
    const auto parsed = CollectionMetadata::parse(json, source);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, ErrorCode::ArchiveCorrupt);
    QVERIFY2(parsed.error().message.contains(source), qPrintable(parsed.error().message));
}

void TestCollectionMetadata::objectInsteadOfArray_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("object") << QByteArray(R"({"name": "people", "type": "collection", "options": {}})");
    QTest::newRow("string") << QByteArray(R"("people")");
    QTest::newRow("number") << QByteArray("42");
    QTest::newRow("null") << QByteArray("null");
}

void TestCollectionMetadata::objectInsteadOfArray()
{
    QFETCH(QByteArray, json);
    const QString source = QStringLiteral("collections_metadata.json");
    const auto parsed = CollectionMetadata::parse(json, source);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, ErrorCode::ArchiveCorrupt);
    QVERIFY2(parsed.error().message.contains(source), qPrintable(parsed.error().message));
}

QTEST_GUILESS_MAIN(TestCollectionMetadata)
#include "TestCollectionMetadata.moc"
