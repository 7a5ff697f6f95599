// MongoUri: redaction, hosts, database, scrubbing passwords out of text, validation.
#include "core/config/MongoUri.h"

#include <QTest>

using namespace lifeboat;

class TestMongoUri : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void redacted_data();
    void redacted();
    void redactsSecretOptions_data();
    void redactsSecretOptions();
    void scrubsSecretOptions();
    void hosts_data();
    void hosts();
    void database_data();
    void database();
    void scrubPassword_data();
    void scrubPassword();
    void scrubWholeUri();
    void scrubLeavesOtherTextAlone();
    void validateAccepts_data();
    void validateAccepts();
    void validateRejects_data();
    void validateRejects();
    void validateDoesNotLeakPassword();
};

void TestMongoUri::redacted_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("expected");
    QTest::newRow("user and password") << QStringLiteral("mongodb://admin:s3cret@localhost:27017/shop?authSource=admin")
                                       << QStringLiteral("mongodb://localhost:27017/shop?authSource=admin");
    QTest::newRow("srv") << QStringLiteral("mongodb+srv://app:pw@cluster0.example.net/db?retryWrites=true")
                         << QStringLiteral("mongodb+srv://cluster0.example.net/db?retryWrites=true");
    QTest::newRow("%40 in password") << QStringLiteral("mongodb://u:p%40ss@h1:27017,h2:27018/db?replicaSet=rs0")
                                     << QStringLiteral("mongodb://h1:27017,h2:27018/db?replicaSet=rs0");
    QTest::newRow("srv %40 %3A") << QStringLiteral("mongodb+srv://u%40corp:p%3A%40x@c.example.com/")
                                 << QStringLiteral("mongodb+srv://c.example.com/");
    QTest::newRow("%2F in password") << QStringLiteral("mongodb://u:a%2Fb@h/") << QStringLiteral("mongodb://h/");
    QTest::newRow("user only") << QStringLiteral("mongodb://someone@h:27017/") << QStringLiteral("mongodb://h:27017/");
    QTest::newRow("no credentials") << QStringLiteral("mongodb://localhost:27017/db") << QStringLiteral("mongodb://localhost:27017/db");
    QTest::newRow("no path") << QStringLiteral("mongodb://u:p@localhost") << QStringLiteral("mongodb://localhost");
    QTest::newRow("@ in query, no credentials") << QStringLiteral("mongodb://h/db?appName=a@b")
                                                << QStringLiteral("mongodb://h/db?appName=a@b");
    QTest::newRow("@ in query, credentials") << QStringLiteral("mongodb://u:p@h/db?appName=a@b")
                                             << QStringLiteral("mongodb://h/db?appName=a@b");
    QTest::newRow("ipv6") << QStringLiteral("mongodb://u:p@[::1]:27017/") << QStringLiteral("mongodb://[::1]:27017/");
    QTest::newRow("empty") << QString() << QString();
}

void TestMongoUri::redacted()
{
    QFETCH(QString, uri);
    QFETCH(QString, expected);
    QCOMPARE(MongoUri::redacted(uri), expected);
    // Idempotent.
    QCOMPARE(MongoUri::redacted(MongoUri::redacted(uri)), expected);
}

void TestMongoUri::redactsSecretOptions_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("secrets"); // what must not survive
    QTest::newRow("TLS key password")
        << QStringLiteral("mongodb://h/db?tls=true&tlsCertificateKeyFile=/k.pem&tlsCertificateKeyFilePassword=k3yPw")
        << QStringLiteral("mongodb://h/db?tls=true&tlsCertificateKeyFile=/k.pem&tlsCertificateKeyFilePassword=*****")
        << QStringList{QStringLiteral("k3yPw")};
    QTest::newRow("any case, first option, with credentials")
        << QStringLiteral("mongodb://u:p@h/?TLSCERTIFICATEKEYFILEPASSWORD=a%40b&tls=true")
        << QStringLiteral("mongodb://h/?TLSCERTIFICATEKEYFILEPASSWORD=*****&tls=true")
        << QStringList{QStringLiteral("a%40b"), QStringLiteral("a@b")};
    QTest::newRow("@ in the key password, no path") << QStringLiteral("mongodb://h?tlsCertificateKeyFilePassword=p@ss")
                                                    << QStringLiteral("mongodb://h?tlsCertificateKeyFilePassword=*****")
                                                    << QStringList{QStringLiteral("p@ss")};
    QTest::newRow("legacy ssl spellings")
        << QStringLiteral("mongodb://h/?ssl=true&sslPEMKeyPassword=one1&sslClientCertificateKeyPassword=two2")
        << QStringLiteral("mongodb://h/?ssl=true&sslPEMKeyPassword=*****&sslClientCertificateKeyPassword=*****")
        << QStringList{QStringLiteral("one1"), QStringLiteral("two2")};
    QTest::newRow("proxy password") << QStringLiteral("mongodb://h/?proxyHost=p&proxyUsername=me&proxyPassword=prx9")
                                    << QStringLiteral("mongodb://h/?proxyHost=p&proxyUsername=me&proxyPassword=*****")
                                    << QStringList{QStringLiteral("prx9")};
    QTest::newRow("AWS session token")
        << QStringLiteral("mongodb://AKIA:sec@h/?authMechanism=MONGODB-AWS&authMechanismProperties=AWS_SESSION_TOKEN:t0ken,X:y")
        << QStringLiteral("mongodb://h/?authMechanism=MONGODB-AWS&authMechanismProperties=AWS_SESSION_TOKEN:*****,X:y")
        << QStringList{QStringLiteral("t0ken"), QStringLiteral("sec")};
    QTest::newRow("AWS session token, escaped")
        << QStringLiteral("mongodb://h/?authMechanismProperties=AWS_SESSION_TOKEN%3AaB%2Fc")
        << QStringLiteral("mongodb://h/?authMechanismProperties=AWS_SESSION_TOKEN:*****")
        << QStringList{QStringLiteral("aB/c"), QStringLiteral("aB%2Fc")};
    QTest::newRow("other options untouched") << QStringLiteral("mongodb://h/db?authMechanismProperties=SERVICE_NAME:mongo&appName=x")
                                             << QStringLiteral("mongodb://h/db?authMechanismProperties=SERVICE_NAME:mongo&appName=x")
                                             << QStringList();
}

void TestMongoUri::redactsSecretOptions()
{
    QFETCH(QString, uri);
    QFETCH(QString, expected);
    QFETCH(QStringList, secrets);
    const QString redacted = MongoUri::redacted(uri);
    QCOMPARE(redacted, expected);
    QCOMPARE(MongoUri::redacted(redacted), expected); // idempotent
    for (const QString &secret : secrets)
        QVERIFY2(!redacted.contains(secret), qPrintable(secret));
}

void TestMongoUri::scrubsSecretOptions()
{
    // Messages (connection errors, rollback hints) lose the secret values too, in either form.
    const QString uri = QStringLiteral("mongodb://h/?tls=true&tlsCertificateKeyFilePassword=k%2Fy9&authMechanismProperties=AWS_SESSION_TOKEN:tok7");
    const QString text = QStringLiteral("TLS error for %1: key password k/y9 (k%2Fy9) rejected; token tok7").arg(uri);
    const QString scrubbed = MongoUri::scrub(text, uri);
    for (const char *secret : {"k/y9", "k%2Fy9", "tok7"})
        QVERIFY2(!scrubbed.contains(QLatin1String(secret)), qPrintable(scrubbed));
    QVERIFY2(scrubbed.startsWith(QStringLiteral("TLS error for mongodb://h/?tls=true&tlsCertificateKeyFilePassword=*****")), qPrintable(scrubbed));
}

void TestMongoUri::hosts_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one") << QStringLiteral("mongodb://localhost:27017") << QStringLiteral("localhost:27017");
    QTest::newRow("default port") << QStringLiteral("mongodb://db.example.com/") << QStringLiteral("db.example.com:27017");
    QTest::newRow("several") << QStringLiteral("mongodb://u:p%40ss@h1:27017,h2:27018,h3/db?replicaSet=rs0")
                             << QStringLiteral("h1:27017,h2:27018,h3:27017");
    QTest::newRow("srv") << QStringLiteral("mongodb+srv://u:p@cluster0.example.net/db") << QStringLiteral("cluster0.example.net");
    QTest::newRow("ipv6") << QStringLiteral("mongodb://[::1]:27018/") << QStringLiteral("[::1]:27018");
    QTest::newRow("invalid") << QStringLiteral("http://example.com") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestMongoUri::hosts()
{
    QFETCH(QString, uri);
    QFETCH(QString, expected);
    const QString h = MongoUri::hosts(uri);
    QCOMPARE(h, expected);
    QVERIFY(!h.contains(QLatin1Char('@')));
}

void TestMongoUri::database_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("expected");
    QTest::newRow("path") << QStringLiteral("mongodb://localhost:27017/shop") << QStringLiteral("shop");
    QTest::newRow("path and options") << QStringLiteral("mongodb://u:p@h1,h2/inventory?replicaSet=rs&authSource=admin")
                                      << QStringLiteral("inventory");
    QTest::newRow("srv") << QStringLiteral("mongodb+srv://u:p@c.example.net/analytics?retryWrites=true")
                         << QStringLiteral("analytics");
    QTest::newRow("no path") << QStringLiteral("mongodb://localhost:27017") << QString();
    QTest::newRow("slash only") << QStringLiteral("mongodb://localhost:27017/") << QString();
    QTest::newRow("options only") << QStringLiteral("mongodb://localhost/?authSource=admin") << QString();
    QTest::newRow("invalid") << QStringLiteral("nonsense") << QString();
}

void TestMongoUri::database()
{
    QFETCH(QString, uri);
    QFETCH(QString, expected);
    QCOMPARE(MongoUri::database(uri), expected);
}

void TestMongoUri::scrubPassword_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QStringList>("secrets"); // forms of the password that must not survive
    QTest::newRow("plain") << QStringLiteral("mongodb://admin:s3cretPw@localhost:27017/db")
                           << QStringList{QStringLiteral("s3cretPw")};
    QTest::newRow("%40") << QStringLiteral("mongodb://admin:p%40ssw0rd@localhost/db")
                         << QStringList{QStringLiteral("p@ssw0rd"), QStringLiteral("p%40ssw0rd")};
    QTest::newRow("srv %40 %3A") << QStringLiteral("mongodb+srv://app:a%40b%3Ac9@cluster0.example.net/")
                                 << QStringList{QStringLiteral("a@b:c9"), QStringLiteral("a%40b%3Ac9")};
    // Lower-case escapes, as some tools write them: the form in the URI is what logs repeat.
    QTest::newRow("lower-case escape") << QStringLiteral("mongodb://u:x%2fy%40z@h/")
                                       << QStringList{QStringLiteral("x/y@z"), QStringLiteral("x%2fy%40z"),
                                                      QStringLiteral("x%2Fy%40z")};
}

void TestMongoUri::scrubPassword()
{
    QFETCH(QString, uri);
    QFETCH(QStringList, secrets);
    for (const QString &secret : secrets) {
        const QString text = QStringLiteral("auth failed for user admin with password '%1' (retrying: %1)").arg(secret);
        const QString scrubbed = MongoUri::scrub(text, uri);
        QVERIFY2(!scrubbed.contains(secret), qPrintable(scrubbed));
        QVERIFY2(scrubbed.contains(QStringLiteral("*****")), qPrintable(scrubbed));
        QVERIFY2(scrubbed.startsWith(QStringLiteral("auth failed for user admin with password '")), qPrintable(scrubbed));
    }
    // The URI's redacted form carries none of them either.
    for (const QString &secret : secrets)
        QVERIFY(!MongoUri::redacted(uri).contains(secret));
}

void TestMongoUri::scrubWholeUri()
{
    const QString uri = QStringLiteral("mongodb://admin:p%40ss@db1:27017,db2:27017/shop?replicaSet=rs0");
    const QString text = QStringLiteral("cannot connect to %1: timeout\nusing %1 again").arg(uri);
    const QString scrubbed = MongoUri::scrub(text, uri);
    QCOMPARE(scrubbed, QStringLiteral("cannot connect to %1: timeout\nusing %1 again").arg(MongoUri::redacted(uri)));
    QVERIFY(!scrubbed.contains(QStringLiteral("admin:")));
    QVERIFY(!scrubbed.contains(QStringLiteral("p%40ss")));

    // Without a password, the URI (and the user name) still gives way to its redacted form.
    const QString userOnly = QStringLiteral("mongodb://someone@db1:27017/");
    QCOMPARE(MongoUri::scrub(QStringLiteral("x %1 y").arg(userOnly), userOnly), QStringLiteral("x mongodb://db1:27017/ y"));
}

void TestMongoUri::scrubLeavesOtherTextAlone()
{
    const QString text = QStringLiteral("collection orders: 42 documents");
    QCOMPARE(MongoUri::scrub(text, QStringLiteral("mongodb://localhost:27017/db")), text);
    QCOMPARE(MongoUri::scrub(text, QString()), text);
    QCOMPARE(MongoUri::scrub(text, QStringLiteral("mongodb://u:zzz@h/")), text);
    QCOMPARE(MongoUri::scrub(QString(), QStringLiteral("mongodb://u:zzz@h/")), QString());
}

void TestMongoUri::validateAccepts_data()
{
    QTest::addColumn<QString>("uri");
    QTest::newRow("local") << QStringLiteral("mongodb://localhost:27017");
    QTest::newRow("credentials") << QStringLiteral("mongodb://u:p%40ss@h1,h2/db?replicaSet=rs0&authSource=admin");
    QTest::newRow("srv") << QStringLiteral("mongodb+srv://u:p@cluster0.example.net/db");
    QTest::newRow("ipv6") << QStringLiteral("mongodb://[::1]:27017/");
}

void TestMongoUri::validateAccepts()
{
    QFETCH(QString, uri);
    const Status st = MongoUri::validate(uri);
    QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().message));
}

void TestMongoUri::validateRejects_data()
{
    QTest::addColumn<QString>("uri");
    QTest::newRow("empty") << QString();
    QTest::newRow("http") << QStringLiteral("http://example.com");
    QTest::newRow("no host") << QStringLiteral("mongodb://");
    QTest::newRow("bad port") << QStringLiteral("mongodb://localhost:notaport/");
    QTest::newRow("words") << QStringLiteral("not a uri at all");
    QTest::newRow("srv with port") << QStringLiteral("mongodb+srv://cluster0.example.net:27017/");
}

void TestMongoUri::validateRejects()
{
    QFETCH(QString, uri);
    const Status st = MongoUri::validate(uri);
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code, ErrorCode::Config);
    QVERIFY(!st.error().message.isEmpty());
}

void TestMongoUri::validateDoesNotLeakPassword()
{
    for (const QString &uri : {QStringLiteral("mongodb://admin:Sup3rSecret@"),
                               QStringLiteral("mongodb://admin:Sup3rSecret@localhost:notaport/db"),
                               QStringLiteral("mongodb://admin:Sup3rSecret@h/db?replicaSet="),
                               QStringLiteral("mongodb+srv://admin:Sup3rSecret@a.example.com:1/")}) {
        const Status st = MongoUri::validate(uri);
        QVERIFY2(!st.ok(), qPrintable(uri));
        QCOMPARE(st.error().code, ErrorCode::Config);
        QVERIFY2(!st.error().message.contains(QStringLiteral("Sup3rSecret")), qPrintable(st.error().message));
        QVERIFY2(!st.error().hint.contains(QStringLiteral("Sup3rSecret")), qPrintable(st.error().hint));
    }
}

QTEST_GUILESS_MAIN(TestMongoUri)
#include "TestMongoUri.moc"
