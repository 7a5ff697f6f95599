// matrixone:// URIs: parsing (user, password, host, port, database, account), the errors of
// bad ones, and that no redacted form or scrubbed message keeps the password.
#include "core/matrixone/MatrixOneUri.h"

#include <QTest>

using namespace lifeboat;

class TestMatrixOneUri : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesEveryPart();
    void defaults();
    void accountInTheUserOrTheQuery();
    void percentEncodedPassword();
    void refusesBadUris_data();
    void refusesBadUris();
    void redactionKeepsNoPassword();
};

void TestMatrixOneUri::parsesEveryPart()
{
    auto u = MatrixOneUri::parse(QStringLiteral("matrixone://root:111@127.0.0.1:6011/demo"));
    QVERIFY(u);
    QCOMPARE(u->user(), QStringLiteral("root"));
    QCOMPARE(u->password(), QStringLiteral("111"));
    QCOMPARE(u->host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(u->port(), 6011);
    QCOMPARE(u->database(), QStringLiteral("demo"));
    QCOMPARE(u->account(), QStringLiteral("sys"));
    QCOMPARE(u->loginName(), QStringLiteral("root"));
    QCOMPARE(u->hostPort(), QStringLiteral("127.0.0.1:6011"));
    QCOMPARE(u->withDatabase(QStringLiteral("other")).database(), QStringLiteral("other"));
}

void TestMatrixOneUri::defaults()
{
    auto u = MatrixOneUri::parse(QStringLiteral("MatrixOne://dba@db.example.com"));
    QVERIFY(u);
    QCOMPARE(u->port(), 6001);
    QCOMPARE(u->database(), QString());
    QCOMPARE(u->password(), QString());
    QVERIFY(MatrixOneUri::isMatrixOne(QStringLiteral("  matrixone://x@y")));
    QVERIFY(!MatrixOneUri::isMatrixOne(QStringLiteral("mongodb://x@y")));
}

void TestMatrixOneUri::accountInTheUserOrTheQuery()
{
    auto hash = MatrixOneUri::parse(QStringLiteral("matrixone://acme%23admin:pw@h:6001/shop"));
    QVERIFY(hash);
    QCOMPARE(hash->account(), QStringLiteral("acme"));
    QCOMPARE(hash->user(), QStringLiteral("admin"));
    QCOMPARE(hash->loginName(), QStringLiteral("acme#admin"));
    auto query = MatrixOneUri::parse(QStringLiteral("matrixone://admin:pw@h/shop?account=acme"));
    QVERIFY(query);
    QCOMPARE(query->account(), QStringLiteral("acme"));
    QCOMPARE(query->loginName(), QStringLiteral("acme#admin"));
    QCOMPARE(query->database(), QStringLiteral("shop"));
}

void TestMatrixOneUri::percentEncodedPassword()
{
    auto u = MatrixOneUri::parse(QStringLiteral("matrixone://root:p%40ss%3Aword@h/x"));
    QVERIFY(u);
    QCOMPARE(u->password(), QStringLiteral("p@ss:word"));
}

void TestMatrixOneUri::refusesBadUris_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("why");
    QTest::newRow("scheme") << QStringLiteral("mysql://root@h/x") << QStringLiteral("does not start with matrixone://");
    QTest::newRow("no host") << QStringLiteral("matrixone://root@/x") << QStringLiteral("names no host");
    QTest::newRow("no user") << QStringLiteral("matrixone://h:6001/x") << QStringLiteral("names no user");
    QTest::newRow("path") << QStringLiteral("matrixone://root@h/a/b") << QStringLiteral("more than a database name");
    QTest::newRow("account") << QStringLiteral("matrixone://root@h/a?account=") << QStringLiteral("account is empty");
}

void TestMatrixOneUri::refusesBadUris()
{
    QFETCH(QString, uri);
    QFETCH(QString, why);
    auto u = MatrixOneUri::parse(uri);
    QVERIFY(!u);
    QCOMPARE(u.error().code, ErrorCode::Config);
    QVERIFY2(u.error().message.contains(why), qPrintable(u.error().message));
    QVERIFY(u.error().hint.contains(QStringLiteral("matrixone://user:password@host:port/database")));
}

void TestMatrixOneUri::redactionKeepsNoPassword()
{
    auto u = MatrixOneUri::parse(QStringLiteral("matrixone://acme%23admin:s3cr3t@h:6002/shop"));
    QVERIFY(u);
    QVERIFY(!u->redacted().contains(QStringLiteral("s3cr3t")));
    QCOMPARE(u->redacted(), QStringLiteral("matrixone://acme%23admin@h:6002/shop"));
    QCOMPARE(u->scrub(QStringLiteral("login s3cr3t failed")), QStringLiteral("login ***** failed"));
}

QTEST_GUILESS_MAIN(TestMatrixOneUri)
#include "TestMatrixOneUri.moc"
