// The allow-list of the user's own check (no server): reads pass, every write, $out and $merge
// anywhere in a pipeline, unknown commands and unknown stages are refused with a sentence.
#include "core/snapshot/ReadOnlyCommand.h"

#include <QTest>

using namespace lifeboat;

class TestReadOnlyCommand : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsPass_data();
    void readsPass();
    void writesAreRefused_data();
    void writesAreRefused();
    void refusalsSayWhy();
    void commandName();
    void answersRows();
};

void TestReadOnlyCommand::readsPass_data()
{
    QTest::addColumn<QByteArray>("command");
    QTest::newRow("find") << QByteArray(R"({"find": "products", "filter": {"price": {"$gt": 0}}})");
    QTest::newRow("count") << QByteArray(R"({"count": "products", "query": {"category": null}})");
    QTest::newRow("countDocuments") << QByteArray(R"({"aggregate": "products", "pipeline": [{"$match": {}}, {"$group": {"_id": 1, "n": {"$sum": 1}}}], "cursor": {}})");
    QTest::newRow("$count") << QByteArray(R"({"aggregate": "products", "pipeline": [{"$match": {"price": {"$gt": 0}}}, {"$count": "n"}], "cursor": {}})");
    QTest::newRow("distinct") << QByteArray(R"({"distinct": "products", "key": "category"})");
    QTest::newRow("listCollections") << QByteArray(R"({"listCollections": 1, "nameOnly": true})");
    QTest::newRow("listIndexes") << QByteArray(R"({"listIndexes": "products"})");
    QTest::newRow("dbStats") << QByteArray(R"({"dbStats": 1})");
    QTest::newRow("collStats") << QByteArray(R"({"collStats": "products"})");
    QTest::newRow("other case") << QByteArray(R"({"COUNT": "products"})");
    QTest::newRow("lookup pipeline") << QByteArray(R"({"aggregate": "orders", "pipeline": [{"$lookup": {"from": "products", "as": "p", "pipeline": [{"$match": {}}]}}], "cursor": {}})");
    QTest::newRow("facet") << QByteArray(R"({"aggregate": "products", "pipeline": [{"$facet": {"a": [{"$limit": 1}], "b": [{"$sortByCount": "$category"}]}}], "cursor": {}})");
    QTest::newRow("explain find") << QByteArray(R"({"explain": {"find": "products"}})");
}

void TestReadOnlyCommand::readsPass()
{
    QFETCH(QByteArray, command);
    QCOMPARE(ReadOnlyCommand::refusal(command), QString());
}

void TestReadOnlyCommand::writesAreRefused_data()
{
    QTest::addColumn<QByteArray>("command");
    QTest::newRow("insert") << QByteArray(R"({"insert": "products", "documents": [{"_id": 1}]})");
    QTest::newRow("update") << QByteArray(R"({"update": "products", "updates": [{"q": {}, "u": {"$set": {"x": 1}}}]})");
    QTest::newRow("delete") << QByteArray(R"({"delete": "products", "deletes": [{"q": {}, "limit": 0}]})");
    QTest::newRow("findAndModify") << QByteArray(R"({"findAndModify": "products", "query": {}, "remove": true})");
    QTest::newRow("findandmodify") << QByteArray(R"({"findandmodify": "products", "query": {}, "remove": true})");
    QTest::newRow("drop") << QByteArray(R"({"drop": "products"})");
    QTest::newRow("dropDatabase") << QByteArray(R"({"dropDatabase": 1})");
    QTest::newRow("create") << QByteArray(R"({"create": "x"})");
    QTest::newRow("createIndexes") << QByteArray(R"({"createIndexes": "products", "indexes": [{"key": {"a": 1}, "name": "a"}]})");
    QTest::newRow("renameCollection") << QByteArray(R"({"renameCollection": "a.b", "to": "a.c"})");
    QTest::newRow("mapReduce") << QByteArray(R"({"mapReduce": "products", "map": "", "reduce": "", "out": "x"})");
    QTest::newRow("unknown") << QByteArray(R"({"noSuchCommand": 1})");
    QTest::newRow("$out") << QByteArray(R"({"aggregate": "products", "pipeline": [{"$match": {}}, {"$out": "copy"}], "cursor": {}})");
    QTest::newRow("$merge") << QByteArray(R"({"aggregate": "products", "pipeline": [{"$merge": {"into": "copy"}}], "cursor": {}})");
    QTest::newRow("$out in facet") << QByteArray(R"({"aggregate": "products", "pipeline": [{"$facet": {"a": [{"$out": "copy"}]}}], "cursor": {}})");
    QTest::newRow("unknown stage in lookup") << QByteArray(R"({"aggregate": "o", "pipeline": [{"$lookup": {"from": "p", "as": "p", "pipeline": [{"$currentOp": {}}]}}], "cursor": {}})");
    QTest::newRow("unknown stage") << QByteArray(R"({"aggregate": 1, "pipeline": [{"$currentOp": {}}], "cursor": {}})");
    QTest::newRow("no pipeline") << QByteArray(R"({"aggregate": "products", "cursor": {}})");
    QTest::newRow("explain of a write") << QByteArray(R"({"explain": {"delete": "products", "deletes": [{"q": {}, "limit": 0}]}})");
    QTest::newRow("empty") << QByteArray("{}");
    QTest::newRow("not json") << QByteArray("{insert");
}

void TestReadOnlyCommand::writesAreRefused()
{
    QFETCH(QByteArray, command);
    QVERIFY(!ReadOnlyCommand::refusal(command).isEmpty());
}

void TestReadOnlyCommand::refusalsSayWhy()
{
    const QString insert = ReadOnlyCommand::refusal(QByteArrayView(R"({"insert": "products", "documents": [{"_id": 1}]})"));
    QVERIFY2(insert.startsWith(QStringLiteral("insert writes to the database")) && insert.contains(QStringLiteral("was not sent")), qPrintable(insert));
    const QString out = ReadOnlyCommand::refusal(QByteArrayView(R"({"aggregate": "p", "pipeline": [{"$out": "copy"}], "cursor": {}})"));
    QVERIFY2(out.contains(QStringLiteral("$out writes to the database")), qPrintable(out));
    const QString unknown = ReadOnlyCommand::refusal(QByteArrayView(R"({"eval": "1"})"));
    QVERIFY2(unknown.contains(QStringLiteral("eval is not one of the read commands")) && unknown.contains(QStringLiteral("find, count")), qPrintable(unknown));
    const QString stage = ReadOnlyCommand::refusal(QByteArrayView(R"({"aggregate": 1, "pipeline": [{"$currentOp": {}}], "cursor": {}})"));
    QVERIFY2(stage.contains(QStringLiteral("$currentOp is not one of the read-only stages")), qPrintable(stage));
}

void TestReadOnlyCommand::commandName()
{
    auto doc = bson_new_from_json(reinterpret_cast<const uint8_t *>(R"({"count": "a", "aggregate": "b"})"), -1, nullptr);
    QVERIFY(doc);
    QCOMPARE(ReadOnlyCommand::name(doc), QStringLiteral("count")); // the first field, not the first in order
    bson_destroy(doc);
}

void TestReadOnlyCommand::answersRows()
{
    QVERIFY(ReadOnlyCommand::answersRows(QStringLiteral("find")));
    QVERIFY(ReadOnlyCommand::answersRows(QStringLiteral("Aggregate")));
    QVERIFY(ReadOnlyCommand::answersRows(QStringLiteral("distinct")));
    QVERIFY(!ReadOnlyCommand::answersRows(QStringLiteral("count")));
    QVERIFY(!ReadOnlyCommand::answersRows(QStringLiteral("dbStats")));
}

QTEST_GUILESS_MAIN(TestReadOnlyCommand)
#include "TestReadOnlyCommand.moc"
