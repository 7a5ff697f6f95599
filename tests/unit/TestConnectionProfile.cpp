// ConnectionProfile: the URI it builds (checked as libmongoc parses it), validation, splitting
// a pasted URI, environment names.
#include "profiles/ConnectionProfile.h"
#include "core/mongo/MongoClientPool.h"

#include <QTest>

#include <mongoc/mongoc.h>

#include <memory>

using namespace lifeboat;
using namespace lifeboat::profiles;

namespace {

struct UriDeleter {
    void operator()(mongoc_uri_t *uri) const { mongoc_uri_destroy(uri); }
};
using UriPtr = std::unique_ptr<mongoc_uri_t, UriDeleter>;

UriPtr parse(const QString &uri)
{
    ensureMongoDriverInitialized();
    bson_error_t error;
    UriPtr parsed(mongoc_uri_new_with_error(uri.toUtf8().constData(), &error));
    if (!parsed)
        qWarning("libmongoc rejects %s: %s", qPrintable(uri), error.message);
    return parsed;
}

QString text(const char *value)
{
    return value ? QString::fromUtf8(value) : QString();
}

ConnectionProfile profile(const QString &connectionString, const QString &user = QStringLiteral("alice"))
{
    ConnectionProfile p;
    p.name = QStringLiteral("Shop");
    p.connectionString = connectionString;
    p.user = user;
    return p;
}

} // namespace

class TestConnectionProfile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void uriWithPassword_data();
    void uriWithPassword();
    void passwordsSurviveTheDriver_data();
    void passwordsSurviveTheDriver();
    void srvWithOptions();
    void tlsOptions();
    void profileOptionsReplaceTheConnectionStrings();
    void existingTlsSettingIsKept();
    void noUserMeansNoCredentials();
    void defaultDatabaseStaysOutOfTheUri();
    void validateAccepts_data();
    void validateAccepts();
    void validateRejects_data();
    void validateRejects();
    void validateDoesNotQuoteThePassword();
    void takeCredentials_data();
    void takeCredentials();
    void environmentNames();
};

void TestConnectionProfile::uriWithPassword_data()
{
    QTest::addColumn<QString>("connectionString");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("authDatabase");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("mongodb://localhost:27017/") << QStringLiteral("alice")
                           << QStringLiteral("s3cret") << QString()
                           << QStringLiteral("mongodb://alice:s3cret@localhost:27017/");
    QTest::newRow("no slash kept") << QStringLiteral("mongodb://localhost:27017") << QStringLiteral("alice")
                                   << QStringLiteral("s3cret") << QString()
                                   << QStringLiteral("mongodb://alice:s3cret@localhost:27017");
    QTest::newRow("slash added before options") << QStringLiteral("mongodb://localhost:27017") << QStringLiteral("alice")
                                                << QStringLiteral("pw") << QStringLiteral("admin")
                                                << QStringLiteral("mongodb://alice:pw@localhost:27017/?authSource=admin");
    QTest::newRow("replica set, path, options")
        << QStringLiteral("mongodb://db1.example.com:27017,db2.example.com:27017/shop?replicaSet=rs0&w=majority")
        << QStringLiteral("alice") << QStringLiteral("pw") << QStringLiteral("admin")
        << QStringLiteral("mongodb://alice:pw@db1.example.com:27017,db2.example.com:27017/shop"
                          "?replicaSet=rs0&w=majority&authSource=admin");
    QTest::newRow("srv") << QStringLiteral("mongodb+srv://cluster0.abcde.mongodb.net/") << QStringLiteral("alice")
                         << QStringLiteral("pw") << QStringLiteral("admin")
                         << QStringLiteral("mongodb+srv://alice:pw@cluster0.abcde.mongodb.net/?authSource=admin");
    QTest::newRow("srv, no slash") << QStringLiteral("mongodb+srv://cluster0.abcde.mongodb.net") << QStringLiteral("alice")
                                   << QStringLiteral("pw") << QString()
                                   << QStringLiteral("mongodb+srv://alice:pw@cluster0.abcde.mongodb.net");
    QTest::newRow("special characters")
        << QStringLiteral("mongodb://localhost/") << QStringLiteral("svc@corp:ops")
        << QStringLiteral("p@ss:w/rd?#[]%+ &=") << QString()
        << QStringLiteral("mongodb://svc%40corp%3Aops:p%40ss%3Aw%2Frd%3F%23%5B%5D%25%2B%20%26%3D@localhost/");
    QTest::newRow("non-ASCII as UTF-8") << QStringLiteral("mongodb://localhost/") << QStringLiteral("jürgen")
                                        << QStringLiteral("€uro") << QString()
                                        << QStringLiteral("mongodb://j%C3%BCrgen:%E2%82%ACuro@localhost/");
    QTest::newRow("unreserved stay") << QStringLiteral("mongodb://localhost/") << QStringLiteral("a.b_c-d~e")
                                     << QStringLiteral("A-z.0_9~") << QString()
                                     << QStringLiteral("mongodb://a.b_c-d~e:A-z.0_9~@localhost/");
    QTest::newRow("user only") << QStringLiteral("mongodb://localhost/") << QStringLiteral("CN=client,O=Example")
                               << QString() << QString()
                               << QStringLiteral("mongodb://CN%3Dclient%2CO%3DExample@localhost/");
    QTest::newRow("ipv6") << QStringLiteral("mongodb://[::1]:27017/") << QStringLiteral("alice")
                          << QStringLiteral("pw") << QString() << QStringLiteral("mongodb://alice:pw@[::1]:27017/");
    QTest::newRow("unix socket") << QStringLiteral("mongodb://%2Ftmp%2Fmongodb-27017.sock/") << QStringLiteral("alice")
                                 << QStringLiteral("pw") << QString()
                                 << QStringLiteral("mongodb://alice:pw@%2Ftmp%2Fmongodb-27017.sock/");
    QTest::newRow("credentials in the string are replaced")
        << QStringLiteral("mongodb://old:oldpw@localhost/") << QStringLiteral("alice") << QStringLiteral("pw") << QString()
        << QStringLiteral("mongodb://alice:pw@localhost/");
}

void TestConnectionProfile::uriWithPassword()
{
    QFETCH(QString, connectionString);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, authDatabase);
    QFETCH(QString, expected);
    ConnectionProfile p = profile(connectionString, user);
    p.authDatabase = authDatabase;
    const QString uri = p.uriWithPassword(password);
    QCOMPARE(uri, expected);

    const UriPtr parsed = parse(uri);
    QVERIFY(parsed);
    QCOMPARE(text(mongoc_uri_get_username(parsed.get())), user);
    QCOMPARE(text(mongoc_uri_get_password(parsed.get())), password);
    if (!authDatabase.isEmpty())
        QCOMPARE(text(mongoc_uri_get_auth_source(parsed.get())), authDatabase);
}

void TestConnectionProfile::passwordsSurviveTheDriver_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("at") << QStringLiteral("p@ssword");
    QTest::newRow("colon") << QStringLiteral("a:b:c");
    QTest::newRow("slash") << QStringLiteral("a/b/c");
    QTest::newRow("percent") << QStringLiteral("100%25 sure %");
    QTest::newRow("question, hash") << QStringLiteral("what?#now");
    QTest::newRow("brackets") << QStringLiteral("[::1]");
    QTest::newRow("plus, space") << QStringLiteral("a+b c");
    QTest::newRow("ampersand, equals") << QStringLiteral("a&b=c");
    QTest::newRow("quotes, backslash") << QStringLiteral("it's \"x\" \\ y");
    QTest::newRow("non-ASCII") << QStringLiteral("pässwörd€😀");
    QTest::newRow("everything") << QStringLiteral("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ ");
}

void TestConnectionProfile::passwordsSurviveTheDriver()
{
    QFETCH(QString, password);
    for (const QString &connectionString : {QStringLiteral("mongodb://h1:27017,h2:27018/db?replicaSet=rs0"),
                                            QStringLiteral("mongodb+srv://cluster0.example.net/")}) {
        const QString uri = profile(connectionString).uriWithPassword(password);
        const UriPtr parsed = parse(uri);
        QVERIFY2(parsed, qPrintable(uri));
        QCOMPARE(text(mongoc_uri_get_username(parsed.get())), QStringLiteral("alice"));
        QCOMPARE(text(mongoc_uri_get_password(parsed.get())), password);
        QCOMPARE(uri.count(QLatin1Char('@')), 1);
    }
}

void TestConnectionProfile::srvWithOptions()
{
    ConnectionProfile p = profile(QStringLiteral("mongodb+srv://cluster0.abcde.mongodb.net/inventory?retryWrites=true&w=majority"));
    p.authDatabase = QStringLiteral("admin");
    const QString uri = p.uriWithPassword(QStringLiteral("p@ss/w:rd"));
    QCOMPARE(uri, QStringLiteral("mongodb+srv://alice:p%40ss%2Fw%3Ard@cluster0.abcde.mongodb.net/inventory"
                                 "?retryWrites=true&w=majority&authSource=admin"));
    const UriPtr parsed = parse(uri);
    QVERIFY(parsed);
    QCOMPARE(text(mongoc_uri_get_srv_hostname(parsed.get())), QStringLiteral("cluster0.abcde.mongodb.net"));
    QCOMPARE(text(mongoc_uri_get_password(parsed.get())), QStringLiteral("p@ss/w:rd"));
    QCOMPARE(text(mongoc_uri_get_auth_source(parsed.get())), QStringLiteral("admin"));
    QCOMPARE(text(mongoc_uri_get_database(parsed.get())), QStringLiteral("inventory"));
    QVERIFY(mongoc_uri_get_tls(parsed.get())); // SRV implies TLS
    QVERIFY(mongoc_uri_get_option_as_bool(parsed.get(), MONGOC_URI_RETRYWRITES, false));
}

void TestConnectionProfile::tlsOptions()
{
    ConnectionProfile p = profile(QStringLiteral("mongodb://db.example.com:27017/"));
    p.tlsCaFile = QStringLiteral("/etc/lifeboat/my ca&x=1.pem");
    p.tlsCertificateKeyFile = QStringLiteral("/home/alice/client cert.pem");
    p.tlsAllowInvalidHostnames = true;
    const QString uri = p.uriWithPassword(QStringLiteral("pw"));
    QCOMPARE(uri, QStringLiteral("mongodb://alice:pw@db.example.com:27017/?tls=true"
                                 "&tlsCAFile=/etc/lifeboat/my%20ca%26x%3D1.pem"
                                 "&tlsCertificateKeyFile=/home/alice/client%20cert.pem"
                                 "&tlsAllowInvalidHostnames=true"));
    const UriPtr parsed = parse(uri);
    QVERIFY(parsed);
    QVERIFY(mongoc_uri_get_tls(parsed.get()));
    QCOMPARE(text(mongoc_uri_get_option_as_utf8(parsed.get(), MONGOC_URI_TLSCAFILE, nullptr)), p.tlsCaFile);
    QCOMPARE(text(mongoc_uri_get_option_as_utf8(parsed.get(), MONGOC_URI_TLSCERTIFICATEKEYFILE, nullptr)),
             p.tlsCertificateKeyFile);
    QVERIFY(mongoc_uri_get_option_as_bool(parsed.get(), MONGOC_URI_TLSALLOWINVALIDHOSTNAMES, false));

    // No TLS option in the profile: none in the URI either.
    const QString plain = profile(QStringLiteral("mongodb://db.example.com:27017/")).uriWithPassword(QStringLiteral("pw"));
    QVERIFY(!plain.contains(QLatin1String("tls"), Qt::CaseInsensitive));
}

void TestConnectionProfile::profileOptionsReplaceTheConnectionStrings()
{
    ConnectionProfile p = profile(QStringLiteral("mongodb://h/?authsource=wrong&TLSCAFILE=/old.pem&appName=x"));
    p.authDatabase = QStringLiteral("admin");
    p.tlsCaFile = QStringLiteral("/new.pem");
    const QString uri = p.uriWithPassword(QStringLiteral("pw"));
    QCOMPARE(uri, QStringLiteral("mongodb://alice:pw@h/?appName=x&authSource=admin&tls=true&tlsCAFile=/new.pem"));
    const UriPtr parsed = parse(uri);
    QVERIFY(parsed);
    QCOMPARE(text(mongoc_uri_get_auth_source(parsed.get())), QStringLiteral("admin"));
    QCOMPARE(text(mongoc_uri_get_option_as_utf8(parsed.get(), MONGOC_URI_TLSCAFILE, nullptr)), QStringLiteral("/new.pem"));
}

void TestConnectionProfile::existingTlsSettingIsKept()
{
    ConnectionProfile p = profile(QStringLiteral("mongodb://h/?ssl=true"));
    p.tlsCaFile = QStringLiteral("/ca.pem");
    QCOMPARE(p.uriWithPassword(QStringLiteral("pw")), QStringLiteral("mongodb://alice:pw@h/?ssl=true&tlsCAFile=/ca.pem"));
}

void TestConnectionProfile::noUserMeansNoCredentials()
{
    ConnectionProfile p = profile(QStringLiteral("mongodb://localhost:27017/"), QString());
    QCOMPARE(p.uriWithPassword(QStringLiteral("ignored")), QStringLiteral("mongodb://localhost:27017/"));
    QCOMPARE(p.uriWithPassword(QString()), QStringLiteral("mongodb://localhost:27017/"));
}

void TestConnectionProfile::defaultDatabaseStaysOutOfTheUri()
{
    ConnectionProfile p = profile(QStringLiteral("mongodb://localhost:27017/"));
    p.defaultDatabase = QStringLiteral("shop");
    const QString uri = p.uriWithPassword(QStringLiteral("pw"));
    QCOMPARE(uri, QStringLiteral("mongodb://alice:pw@localhost:27017/"));
    const UriPtr parsed = parse(uri);
    QVERIFY(parsed);
    QCOMPARE(text(mongoc_uri_get_auth_source(parsed.get())), QStringLiteral("admin"));
}

void TestConnectionProfile::validateAccepts_data()
{
    QTest::addColumn<QString>("connectionString");
    QTest::newRow("local") << QStringLiteral("mongodb://localhost:27017");
    QTest::newRow("replica set") << QStringLiteral("mongodb://h1,h2/db?replicaSet=rs0&authSource=admin");
    QTest::newRow("srv") << QStringLiteral("mongodb+srv://cluster0.example.net/db?retryWrites=true");
    QTest::newRow("@ in options") << QStringLiteral("mongodb://h/db?appName=me@work");
    QTest::newRow("@ in the database") << QStringLiteral("mongodb://h/d@b");
}

void TestConnectionProfile::validateAccepts()
{
    QFETCH(QString, connectionString);
    const Status st = profile(connectionString).validate();
    QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().toString()));
}

void TestConnectionProfile::validateRejects_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("connectionString");
    QTest::addColumn<QString>("expected"); // part of the message
    QTest::newRow("no name") << QStringLiteral("  ") << QStringLiteral("mongodb://h/") << QStringLiteral("needs a name");
    QTest::newRow("empty") << QStringLiteral("Shop") << QString() << QStringLiteral("is empty");
    QTest::newRow("http") << QStringLiteral("Shop") << QStringLiteral("http://h/") << QStringLiteral("must start with");
    QTest::newRow("upper-case scheme") << QStringLiteral("Shop") << QStringLiteral("MONGODB://h/")
                                       << QStringLiteral("must start with");
    QTest::newRow("password") << QStringLiteral("Shop") << QStringLiteral("mongodb://u:pw@h/")
                              << QStringLiteral("contains a user name or password");
    QTest::newRow("srv password") << QStringLiteral("Shop") << QStringLiteral("mongodb+srv://u:pw@c.example.net/")
                                  << QStringLiteral("contains a user name or password");
    QTest::newRow("user only") << QStringLiteral("Shop") << QStringLiteral("mongodb://u@h/")
                               << QStringLiteral("contains a user name or password");
    QTest::newRow("empty user info") << QStringLiteral("Shop") << QStringLiteral("mongodb://@h/")
                                     << QStringLiteral("contains a user name or password");
    QTest::newRow("unescaped ? in password") << QStringLiteral("Shop") << QStringLiteral("mongodb://u:p?x@h/")
                                             << QStringLiteral("contains a user name or password");
    QTest::newRow("unescaped @ in password") << QStringLiteral("Shop") << QStringLiteral("mongodb://u:p@ss@h/")
                                             << QStringLiteral("contains a user name or password");
    QTest::newRow("unescaped / in password") << QStringLiteral("Shop") << QStringLiteral("mongodb://u:p/ss@h/")
                                             << QStringLiteral("invalid connection string");
    QTest::newRow("bad port") << QStringLiteral("Shop") << QStringLiteral("mongodb://h:notaport/")
                              << QStringLiteral("invalid connection string");
}

void TestConnectionProfile::validateRejects()
{
    QFETCH(QString, name);
    QFETCH(QString, connectionString);
    QFETCH(QString, expected);
    ConnectionProfile p = profile(connectionString);
    p.name = name;
    const Status st = p.validate();
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code, ErrorCode::Config);
    QVERIFY2(st.error().message.contains(expected), qPrintable(st.error().message));
}

void TestConnectionProfile::validateDoesNotQuoteThePassword()
{
    for (const QString &connectionString : {QStringLiteral("mongodb://admin:Sup3rSecret@h/"),
                                            QStringLiteral("mongodb://admin:Sup3rSecret@h:notaport/"),
                                            QStringLiteral("mongodb://admin:Sup3r/Secret@h/")}) {
        const Status st = profile(connectionString).validate();
        QVERIFY(!st.ok());
        QVERIFY2(!st.error().toString().contains(QLatin1String("Sup3r")), qPrintable(st.error().toString()));
    }
}

void TestConnectionProfile::takeCredentials_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QString>("connectionString");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::newRow("user and password") << QStringLiteral("mongodb://bob:s3cret@h1,h2/db?replicaSet=rs0")
                                       << QStringLiteral("mongodb://h1,h2/db?replicaSet=rs0") << QStringLiteral("bob")
                                       << QStringLiteral("s3cret");
    QTest::newRow("srv, escapes") << QStringLiteral("mongodb+srv://svc%40corp:p%40ss%3Aw%2Frd%E2%82%AC@c.example.net/")
                                  << QStringLiteral("mongodb+srv://c.example.net/") << QStringLiteral("svc@corp")
                                  << QStringLiteral("p@ss:w/rd€");
    QTest::newRow("user only") << QStringLiteral("mongodb://bob@h/") << QStringLiteral("mongodb://h/")
                               << QStringLiteral("bob") << QString();
    QTest::newRow("@ in the password") << QStringLiteral("mongodb://bob:p@ss@h/") << QStringLiteral("mongodb://h/")
                                       << QStringLiteral("bob") << QStringLiteral("p@ss");
    QTest::newRow("none") << QStringLiteral("mongodb://h/db?appName=a@b") << QStringLiteral("mongodb://h/db?appName=a@b")
                          << QStringLiteral("kept") << QString();
}

void TestConnectionProfile::takeCredentials()
{
    QFETCH(QString, pasted);
    QFETCH(QString, connectionString);
    QFETCH(QString, user);
    QFETCH(QString, password);
    ConnectionProfile p = profile(pasted, QStringLiteral("kept"));
    QCOMPARE(p.takeCredentials(), password);
    QCOMPARE(p.connectionString, connectionString);
    QCOMPARE(p.user, user);
    QVERIFY(p.validate().ok());
    // And back: the same credentials as libmongoc read them from the pasted URI.
    if (!password.isEmpty()) {
        const UriPtr parsed = parse(p.uriWithPassword(password));
        QVERIFY(parsed);
        QCOMPARE(text(mongoc_uri_get_password(parsed.get())), password);
    }
}

void TestConnectionProfile::environmentNames()
{
    using Environment = ConnectionProfile::Environment;
    for (const Environment e : {Environment::Production, Environment::Staging, Environment::Development})
        QCOMPARE(ConnectionProfile::environmentFromName(ConnectionProfile::environmentName(e)), e);
    QCOMPARE(ConnectionProfile::environmentName(Environment::Production), QStringLiteral("Production"));
    QCOMPARE(ConnectionProfile::environmentName(Environment::Staging), QStringLiteral("Staging"));
    QCOMPARE(ConnectionProfile::environmentName(Environment::Development), QStringLiteral("Development"));
    QCOMPARE(ConnectionProfile::environmentFromName(QStringLiteral("staging")), Environment::Staging);
    QVERIFY(!ConnectionProfile::environmentFromName(QStringLiteral("Testing")));
    QCOMPARE(ConnectionProfile().environment, Environment::Development);
    QVERIFY(!ConnectionProfile::newId().isEmpty());
    QVERIFY(!ConnectionProfile::newId().startsWith(QLatin1Char('{')));
    QVERIFY(ConnectionProfile::newId() != ConnectionProfile::newId());
}

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "TestConnectionProfile.moc"
