// MatrixOne connection profiles: the URI they build (as MatrixOneUri parses it), what
// validate() refuses, and that ProfileStore keeps kind, host, port and account (and reads a
// profile saved without a kind as MongoDB). Settings only: the password's keychain round trip
// is the same as for MongoDB profiles (integration.test_profile_store).
#include "core/matrixone/MatrixOneUri.h"
#include "profiles/ConnectionProfile.h"
#include "profiles/ProfileStore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace lifeboat;
using namespace lifeboat::profiles;

namespace {

ConnectionProfile matrixOne()
{
    ConnectionProfile p;
    p.name = QStringLiteral("Shop on MatrixOne");
    p.kind = ConnectionProfile::Kind::MatrixOne;
    p.host = QStringLiteral("mo.example.com");
    p.port = 6002;
    p.account = QStringLiteral("acme");
    p.user = QStringLiteral("admin");
    p.defaultDatabase = QStringLiteral("shop");
    return p;
}

} // namespace

class TestMatrixOneProfile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void uriWithPassword();
    void sysAccountAndSpecialCharacters();
    void validation();
    void storeKeepsTheKind();
};

void TestMatrixOneProfile::uriWithPassword()
{
    const ConnectionProfile p = matrixOne();
    QVERIFY(p.validate());
    const QString uri = p.uriWithPassword(QStringLiteral("s3cret"));
    QCOMPARE(uri, QStringLiteral("matrixone://admin:s3cret@mo.example.com:6002/shop?account=acme"));
    auto parsed = MatrixOneUri::parse(uri);
    QVERIFY(parsed);
    QCOMPARE(parsed->loginName(), QStringLiteral("acme#admin"));
    QCOMPARE(parsed->database(), QStringLiteral("shop"));
    QCOMPARE(parsed->port(), 6002);
    QCOMPARE(parsed->password(), QStringLiteral("s3cret"));
}

void TestMatrixOneProfile::sysAccountAndSpecialCharacters()
{
    ConnectionProfile p = matrixOne();
    p.account.clear();
    p.defaultDatabase.clear();
    const QString uri = p.uriWithPassword(QStringLiteral("p@ss:w/rd?#"));
    auto parsed = MatrixOneUri::parse(uri);
    QVERIFY2(parsed, qPrintable(uri));
    QCOMPARE(parsed->account(), QStringLiteral("sys"));
    QCOMPARE(parsed->loginName(), QStringLiteral("admin"));
    QCOMPARE(parsed->password(), QStringLiteral("p@ss:w/rd?#"));
    QCOMPARE(parsed->database(), QString());
}

void TestMatrixOneProfile::validation()
{
    ConnectionProfile noHost = matrixOne();
    noHost.host.clear();
    QVERIFY(!noHost.validate());
    QVERIFY(noHost.validate().error().message.contains(QStringLiteral("needs a host")));
    ConnectionProfile badPort = matrixOne();
    badPort.port = 70000;
    QVERIFY(!badPort.validate());
    ConnectionProfile noUser = matrixOne();
    noUser.user.clear();
    QVERIFY(!noUser.validate());
    ConnectionProfile withString = matrixOne();
    withString.connectionString = QStringLiteral("mongodb://h");
    QVERIFY(!withString.validate());
    QCOMPARE(ConnectionProfile::kindFromName(QString()), ConnectionProfile::Kind::MongoDb);
    QCOMPARE(ConnectionProfile::kindFromName(QStringLiteral("matrixone")), ConnectionProfile::Kind::MatrixOne);
    QVERIFY(!ConnectionProfile::kindFromName(QStringLiteral("postgres")));
}

void TestMatrixOneProfile::storeKeepsTheKind()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("profiles.ini"));
    QString id;
    {
        ProfileStore store(ini);
        auto added = store.add(matrixOne());
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        id = added->id;
        ConnectionProfile mongo;
        mongo.name = QStringLiteral("Mongo");
        mongo.connectionString = QStringLiteral("mongodb://localhost:27017");
        QVERIFY(store.add(mongo));
    }
    ProfileStore again(ini);
    auto found = again.find(id);
    QVERIFY(found);
    ConnectionProfile expected = matrixOne();
    expected.id = id;
    QCOMPARE(*found, expected);
    QSettings raw(ini, QSettings::IniFormat);
    QVERIFY(!raw.allKeys().join(QLatin1Char(' ')).contains(QStringLiteral("password"), Qt::CaseInsensitive));
    // A profile saved before MatrixOne (no kind) is MongoDB.
    raw.remove(QStringLiteral("profiles/%1/kind").arg(id));
    raw.sync();
    ProfileStore old(ini);
    QCOMPARE(old.find(id)->kind, ConnectionProfile::Kind::MongoDb);
    for (const auto &p : old.list()) {
        if (p.name == QLatin1String("Mongo"))
            QCOMPARE(p.kind, ConnectionProfile::Kind::MongoDb);
    }
}

QTEST_GUILESS_MAIN(TestMatrixOneProfile)
#include "TestMatrixOneProfile.moc"
