// DocumentFilter, BsonCompare, ChangedFields and KeyDigestSorter without a server: the query
// semantics on hand-made documents (the differential test holds them to the real server), the
// ordering of BSON values across types, the field paths of a change, and the external sort's
// spill to temporary files giving the same order as an in-memory sort.
#include "core/diff/ChangedFields.h"
#include "core/diff/KeyDigestSorter.h"
#include "core/query/BsonCompare.h"
#include "core/query/DocumentFilter.h"
#include "TestBson.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace lifeboat;
using namespace lifeboat::test;

class TestDocumentFilter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matches_data();
    void matches();
    void emptyFilterMatchesEverything();
    void typeBracketsOrder();
    void changedFields_data();
    void changedFields();
    void sorterSpillsAndMerges();
};

void TestDocumentFilter::matches_data()
{
    QTest::addColumn<QByteArray>("filter");
    QTest::addColumn<QByteArray>("doc");
    QTest::addColumn<bool>("expected");
    QTest::newRow("int equals double") << QByteArray(R"({"a": 1})") << QByteArray(R"({"a": {"$numberDouble": "1.0"}})") << true;
    QTest::newRow("no cross-bracket $gt") << QByteArray(R"({"a": {"$gt": 0}})") << QByteArray(R"({"a": "1"})") << false;
    QTest::newRow("array element") << QByteArray(R"({"a": 2})") << QByteArray(R"({"a": [1, 2]})") << true;
    QTest::newRow("whole array") << QByteArray(R"({"a": [1, 2]})") << QByteArray(R"({"a": [1, 2]})") << true;
    QTest::newRow("nested array not flattened") << QByteArray(R"({"a": 1})") << QByteArray(R"({"a": [[1]]})") << false;
    QTest::newRow("null matches missing") << QByteArray(R"({"a": null})") << QByteArray(R"({"b": 1})") << true;
    QTest::newRow("$ne null on missing") << QByteArray(R"({"a": {"$ne": null}})") << QByteArray(R"({"b": 1})") << false;
    QTest::newRow("dotted through array") << QByteArray(R"({"a.b": 2})") << QByteArray(R"({"a": [{"b": 1}, {"b": 2}]})") << true;
    QTest::newRow("index path") << QByteArray(R"({"a.1": 2})") << QByteArray(R"({"a": [1, 2]})") << true;
    QTest::newRow("$exists false") << QByteArray(R"({"a.b": {"$exists": false}})") << QByteArray(R"({"a": 1})") << true;
    QTest::newRow("$in with regex") << QByteArray(R"({"a": {"$in": [{"$regularExpression": {"pattern": "^x", "options": ""}}]}})")
                                   << QByteArray(R"({"a": "xy"})") << true;
    QTest::newRow("$nin missing") << QByteArray(R"({"a": {"$nin": [1]}})") << QByteArray(R"({})") << true;
    QTest::newRow("$type number") << QByteArray(R"({"a": {"$type": "number"}})") << QByteArray(R"({"a": {"$numberLong": "5"}})") << true;
    QTest::newRow("$type array") << QByteArray(R"({"a": {"$type": 4}})") << QByteArray(R"({"a": []})") << true;
    QTest::newRow("$not regex") << QByteArray(R"({"a": {"$not": {"$regex": "^x"}}})") << QByteArray(R"({"a": "yx"})") << true;
    QTest::newRow("$regex i") << QByteArray(R"({"a": {"$regex": "^X", "$options": "i"}})") << QByteArray(R"({"a": "xy"})") << true;
    QTest::newRow("$or") << QByteArray(R"({"$or": [{"a": 1}, {"b": 1}]})") << QByteArray(R"({"b": 1})") << true;
    QTest::newRow("$nor") << QByteArray(R"({"$nor": [{"a": 1}, {"b": 1}]})") << QByteArray(R"({"b": 1})") << false;
    QTest::newRow("$and") << QByteArray(R"({"$and": [{"a": {"$gt": 1}}, {"a": {"$lt": 3}}]})") << QByteArray(R"({"a": 2})") << true;
    QTest::newRow("field order matters") << QByteArray(R"({"a": {"x": 1, "y": 2}})") << QByteArray(R"({"a": {"y": 2, "x": 1}})") << false;
    QTest::newRow("dates compare") << QByteArray(R"({"a": {"$lt": {"$date": "2021-01-01T00:00:00Z"}}})")
                                   << QByteArray(R"({"a": {"$date": "2020-01-01T00:00:00Z"}})") << true;
    QTest::newRow("decimal vs int") << QByteArray(R"({"a": {"$gt": 2}})") << QByteArray(R"({"a": {"$numberDecimal": "2.5"}})") << true;
    QTest::newRow("large longs exact") << QByteArray(R"({"a": {"$gt": {"$numberLong": "9007199254740992"}}})")
                                       << QByteArray(R"({"a": {"$numberLong": "9007199254740993"}})") << true;
}

void TestDocumentFilter::matches()
{
    QFETCH(QByteArray, filter);
    QFETCH(QByteArray, doc);
    QFETCH(bool, expected);
    auto f = DocumentFilter::parse(filter);
    QVERIFY2(f, f ? "" : qPrintable(f.error().message));
    QCOMPARE(f->matches(decode(doc).get()), expected);
}

void TestDocumentFilter::emptyFilterMatchesEverything()
{
    auto f = DocumentFilter::parse("{}");
    QVERIFY(f);
    QVERIFY(f->matchesEverything());
    QVERIFY(f->matches(decode(R"({"a": 1})").get()));
    QVERIFY(DocumentFilter().matchesEverything());
    auto bad = DocumentFilter::parse("{not json");
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, ErrorCode::Usage);
}

void TestDocumentFilter::typeBracketsOrder()
{
    // MinKey < null < numbers < strings < objects < arrays < binary < ObjectId < bool < date < MaxKey
    const QList<QByteArray> ordered = {
        R"({"v": {"$minKey": 1}})", R"({"v": null})", R"({"v": -1})", R"({"v": {"$numberDouble": "0.5"}})", R"({"v": {"$numberLong": "7"}})",
        R"({"v": ""})", R"({"v": "a"})", R"({"v": {}})", R"({"v": {"a": 1}})", R"({"v": []})", R"({"v": [1]})",
        R"({"v": {"$binary": {"base64": "AA==", "subType": "00"}}})", R"({"v": {"$oid": "000000000000000000000001"}})",
        R"({"v": false})", R"({"v": true})", R"({"v": {"$date": {"$numberLong": "0"}}})", R"({"v": {"$maxKey": 1}})",
    };
    for (qsizetype i = 0; i + 1 < ordered.size(); ++i) {
        const BsonDocument a = decode(ordered.at(i));
        const BsonDocument b = decode(ordered.at(i + 1));
        bson_iter_t x, y;
        QVERIFY(bson_iter_init_find(&x, a.get(), "v") && bson_iter_init_find(&y, b.get(), "v"));
        QVERIFY2(BsonCompare::compare(*bson_iter_value(&x), *bson_iter_value(&y)) < 0, ordered.at(i).constData());
        QVERIFY2(BsonCompare::compare(*bson_iter_value(&y), *bson_iter_value(&x)) > 0, ordered.at(i).constData());
    }
}

void TestDocumentFilter::changedFields_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QStringList>("paths");
    QTest::newRow("same") << QByteArray(R"({"a": 1})") << QByteArray(R"({"a": 1})") << QStringList();
    QTest::newRow("value") << QByteArray(R"({"_id": 1, "a": 1, "b": 2})") << QByteArray(R"({"_id": 1, "a": 1, "b": 3})") << QStringList{QStringLiteral("b")};
    QTest::newRow("type") << QByteArray(R"({"a": 1})") << QByteArray(R"({"a": {"$numberDouble": "1.0"}})") << QStringList{QStringLiteral("a")};
    QTest::newRow("nested") << QByteArray(R"({"a": {"b": {"c": 1, "d": 2}}})") << QByteArray(R"({"a": {"b": {"c": 1, "d": 5}}})")
                            << QStringList{QStringLiteral("a.b.d")};
    QTest::newRow("array element") << QByteArray(R"({"a": [{"q": 1}, {"q": 2}]})") << QByteArray(R"({"a": [{"q": 1}, {"q": 3}]})")
                                   << QStringList{QStringLiteral("a.1.q")};
    QTest::newRow("array length") << QByteArray(R"({"a": [1, 2]})") << QByteArray(R"({"a": [1, 2, 3]})") << QStringList{QStringLiteral("a")};
    QTest::newRow("added and removed") << QByteArray(R"({"a": 1, "b": 2})") << QByteArray(R"({"a": 1, "c": 2})") << QStringList{QStringLiteral("b"), QStringLiteral("c")};
    QTest::newRow("field order") << QByteArray(R"({"a": {"x": 1, "y": 2}})") << QByteArray(R"({"a": {"y": 2, "x": 1}})")
                                 << QStringList{QStringLiteral("a (field order)")};
}

void TestDocumentFilter::changedFields()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(QStringList, paths);
    QCOMPARE(ChangedFields::between(decode(before).get(), decode(after).get()), paths);
}

void TestDocumentFilter::sorterSpillsAndMerges()
{
    QTemporaryDir dir;
    KeyDigestSorter sorter(dir.path(), 64 * 1024); // a few hundred records per run
    QList<QByteArray> keys;
    QRandomGenerator rng(42);
    for (int i = 0; i < 20000; ++i) {
        KeyDigest r;
        r.key = QByteArray::number(rng.generate()) + QByteArray::number(i % 7 == 0 ? 0 : i); // some repeated prefixes
        r.digest[0] = uint8_t(i);
        keys << r.key;
        QVERIFY(sorter.add(r));
    }
    QVERIFY(sorter.finish(false));
    QVERIFY2(sorter.runsOnDisk() > 10, qPrintable(QString::number(sorter.runsOnDisk())));
    std::sort(keys.begin(), keys.end());
    QList<QByteArray> merged;
    for (;;) {
        auto r = sorter.next();
        QVERIFY(r);
        if (!r->has_value())
            break;
        merged << (*r)->key;
    }
    QCOMPARE(sorter.count(), 20000);
    QCOMPARE(merged, keys);
}

QTEST_GUILESS_MAIN(TestDocumentFilter)
#include "TestDocumentFilter.moc"
