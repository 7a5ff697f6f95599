// The comparison of a validation command's reply with the expected result (no server).
#include "core/snapshot/ValidationCheck.h"

#include <QJsonDocument>
#include <QTest>

using namespace lifeboat;

namespace {
QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}
} // namespace

class TestValidationCheck : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void numbersCompareByValue();
    void differencesAreNamed();
    void relaxedFromCanonical();
    void jsonProblem();
    void judgedHonestly();
    void expectedFromFirstRow();
};

void TestValidationCheck::numbersCompareByValue()
{
    QVERIFY(ValidationCheck::compare(object(R"({"n": 5.0, "ok": 1})"), object(R"({"n": 5})")).isEmpty());
    QVERIFY(ValidationCheck::compare(object(R"({"n": 5, "extra": true})"), object("{}")).isEmpty());
}

void TestValidationCheck::differencesAreNamed()
{
    const QStringList out = ValidationCheck::compare(object(R"({"n": 7, "name": "a", "flag": true})"),
                                                     object(R"({"n": 5, "name": "b", "flag": false, "gone": null})"));
    QCOMPARE(out, (QStringList{QStringLiteral("flag is true, expected false"), QStringLiteral("gone is missing, expected null"),
                               QStringLiteral("n is 7, expected 5"), QStringLiteral("name is \"a\", expected \"b\"")}));
}

void TestValidationCheck::relaxedFromCanonical()
{
    auto relaxed = ValidationCheck::relaxed(R"({"n": {"$numberLong": "7"}, "ok": {"$numberDouble": "1.0"}})");
    QVERIFY(relaxed.ok());
    QCOMPARE(relaxed->value(QStringLiteral("n")).toDouble(), 7.0);
    QCOMPARE(relaxed->value(QStringLiteral("ok")).toDouble(), 1.0);
    QVERIFY(!ValidationCheck::relaxed("not json").ok());
}

void TestValidationCheck::jsonProblem()
{
    QVERIFY(ValidationCheck::jsonProblem(R"({"count": "products"})").isEmpty());
    QVERIFY(!ValidationCheck::jsonProblem("{count").isEmpty());
}

void TestValidationCheck::judgedHonestly()
{
    const QString count = QStringLiteral("count");
    const QString find = QStringLiteral("find");
    QVERIFY(ValidationCheck::judge(count, object(R"({"n": 0, "ok": 1})")).isEmpty());
    QVERIFY(ValidationCheck::judge(find, object(R"({"cursor": {"firstBatch": [{"_id": 1}], "id": 0}, "ok": 1.0})")).isEmpty());
    QVERIFY(ValidationCheck::judge(QStringLiteral("distinct"), object(R"({"values": ["a"], "ok": 1})")).isEmpty());

    // ok: 0, write errors (an E11000 in an ok: 1 answer), a write concern error.
    QCOMPARE(ValidationCheck::judge(count, object(R"({"ok": 0, "errmsg": "unknown operator: $bogus", "code": 2})")),
             QStringList{QStringLiteral("the server answered ok: 0 (unknown operator: $bogus)")});
    QCOMPARE(ValidationCheck::judge(count, object(R"({"n": 1})")), QStringList{QStringLiteral("the server answered ok: missing")});
    const QStringList e11000 = ValidationCheck::judge(QStringLiteral("insert"),
                                                      object(R"({"n": 0, "ok": 1, "writeErrors": [{"index": 0, "code": 11000, "errmsg": "E11000 duplicate key"}]})"));
    QCOMPARE(e11000, QStringList{QStringLiteral("the server reported 1 write error(s): E11000 duplicate key")});
    QCOMPARE(ValidationCheck::judge(count, object(R"({"n": 1, "ok": 1, "writeConcernError": {"code": 64, "errmsg": "waiting for replication timed out"}})")),
             QStringList{QStringLiteral("the server reported a write concern error: waiting for replication timed out")});

    // A find or an aggregate that answers no documents did not find what was looked for.
    QCOMPARE(ValidationCheck::judge(find, object(R"({"cursor": {"firstBatch": [], "id": 0}, "ok": 1})")),
             QStringList{QStringLiteral("find answered no documents")});
    QCOMPARE(ValidationCheck::judge(QStringLiteral("aggregate"), object(R"({"cursor": {"firstBatch": []}, "ok": 1})")).size(), 1);
    QCOMPARE(ValidationCheck::judge(QStringLiteral("distinct"), object(R"({"values": [], "ok": 1})")).size(), 1);
}

void TestValidationCheck::expectedFromFirstRow()
{
    const QJsonObject reply = object(R"({"cursor": {"firstBatch": [{"_id": null, "n": 5}]}, "ok": 1})");
    const QJsonObject first = ValidationCheck::rows(reply).first().toObject();
    QVERIFY(ValidationCheck::compare(reply, object(R"({"n": 5, "ok": 1})"), first).isEmpty());
    QCOMPARE(ValidationCheck::compare(reply, object(R"({"n": 4})"), first), QStringList{QStringLiteral("n is 5, expected 4")});
    QCOMPARE(ValidationCheck::compare(reply, object(R"({"n": 4})")), QStringList{QStringLiteral("n is missing, expected 4")});
}

QTEST_GUILESS_MAIN(TestValidationCheck)
#include "TestValidationCheck.moc"
