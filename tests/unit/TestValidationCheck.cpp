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

QTEST_GUILESS_MAIN(TestValidationCheck)
#include "TestValidationCheck.moc"
