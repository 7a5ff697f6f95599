// A connection that fails says why, against the real test server: a refused login and a port
// nothing listens on are told apart by the engine (ConnectionProbe, and the Error a pool
// returns, through ConnectionDiagnosis), and lifeboat-cli prints the same hint under its error.
#include "core/mongo/ConnectionDiagnosis.h"
#include "core/mongo/ConnectionProbe.h"
#include "core/mongo/MongoClientPool.h"
#include "TestFiles.h"
#include "TestServer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lifeboat;
using namespace lifeboat::test;

namespace {

const QByteArray kPassword = "Wr0ngPassw0rd";
// Port 1 on loopback: nothing listens there.
const QString kUnreachable = QStringLiteral("mongodb://someone:Wr0ngPassw0rd@127.0.0.1:1/?serverSelectionTimeoutMS=500");

Status pingThroughAPool(const QString &uri)
{
    auto pool = MongoClientPool::create(uri, 1);
    if (!pool)
        return pool.error();
    return (*pool)->ping();
}

} // namespace

class TestConnectionFailures : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void probeConnects();
    void probeTellsAWrongPassword();
    void probeTellsAnUnreachablePort();
    void poolErrorsCarryTheDiagnosis();
    void cliPrintsTheHintForAWrongPassword();
    void cliPrintsTheHintForAnUnreachableServer();

private:
    // The test server's URI with a user and password it does not know.
    QString m_wrongLogin;
};

void TestConnectionFailures::initTestCase()
{
    const QString uri = TestServer::uri();
    if (uri.isEmpty())
        QSKIP(qPrintable(TestServer::whyUnavailable()));
    if (uri.contains(QLatin1Char('@')))
        QSKIP("the test server's URI already holds a login");
    m_wrongLogin = QString(uri).replace(QStringLiteral("://"), QStringLiteral("://nobody-here:") + QString::fromLatin1(kPassword) + QLatin1Char('@'));
}

void TestConnectionFailures::probeConnects()
{
    const ConnectionDiagnosis d = ConnectionProbe::ping(TestServer::uri());
    QVERIFY2(d.ok(), qPrintable(d.summary + QStringLiteral(" (") + d.details + QLatin1Char(')')));
}

void TestConnectionFailures::probeTellsAWrongPassword()
{
    // FerretDB refuses the login (no such user, no SCRAM-SHA-1); a MongoDB refuses the unknown user.
    const ConnectionDiagnosis d = ConnectionProbe::ping(m_wrongLogin);
    QVERIFY2(d.problem == ConnectionProblem::Authentication, qPrintable(d.summary + QStringLiteral(" (") + d.details + QLatin1Char(')')));
    QVERIFY(d.summary.startsWith(QStringLiteral("Authentication failed")));
    QVERIFY(!d.details.contains(QString::fromLatin1(kPassword)));
}

void TestConnectionFailures::probeTellsAnUnreachablePort()
{
    const ConnectionDiagnosis d = ConnectionProbe::ping(kUnreachable);
    QVERIFY2(d.problem == ConnectionProblem::Unreachable, qPrintable(d.summary + QStringLiteral(" (") + d.details + QLatin1Char(')')));
    QVERIFY2(d.summary.startsWith(QStringLiteral("The server is unreachable at 127.0.0.1:1: nothing accepts connections on that port")),
             qPrintable(d.summary));
    QVERIFY(!d.details.contains(QString::fromLatin1(kPassword)));
}

void TestConnectionFailures::poolErrorsCarryTheDiagnosis()
{
    // What the engine returns when it cannot connect: a Connection error whose hint says why.
    const Status login = pingThroughAPool(m_wrongLogin);
    QVERIFY(!login.ok());
    QCOMPARE(login.error().code, ErrorCode::Connection);
    QVERIFY2(login.error().hint.startsWith(QStringLiteral("Authentication failed")), qPrintable(login.error().toString()));
    QCOMPARE(ConnectionDiagnosis::fromError(login.error(), m_wrongLogin).problem, ConnectionProblem::Authentication);

    const Status unreachable = pingThroughAPool(kUnreachable);
    QVERIFY(!unreachable.ok());
    QCOMPARE(unreachable.error().code, ErrorCode::Connection);
    QVERIFY2(unreachable.error().hint.startsWith(QStringLiteral("The server is unreachable at 127.0.0.1:1")),
             qPrintable(unreachable.error().toString()));
    QCOMPARE(ConnectionDiagnosis::fromError(unreachable.error(), kUnreachable).problem, ConnectionProblem::Unreachable);
    QVERIFY(!unreachable.error().toString().contains(QString::fromLatin1(kPassword)));
}

void TestConnectionFailures::cliPrintsTheHintForAWrongPassword()
{
    QTemporaryDir out;
    for (const QStringList &verb : {QStringList{QStringLiteral("backup"), QStringLiteral("--out-dir"), out.path()},
                                    QStringList{QStringLiteral("snapshot"), QStringLiteral("create"), QStringLiteral("--snapshot-dir"), out.path()}}) {
        QByteArray o, e;
        const int rc = runCli(verb + QStringList{QStringLiteral("--mongo-uri"), m_wrongLogin, QStringLiteral("--mongo-db"), QStringLiteral("x")},
                              &o, &e);
        QCOMPARE(rc, int(ErrorCode::Connection));
        QVERIFY2(e.contains("\n  hint: Authentication failed: the server refused the user name and password."), e.constData());
        QVERIFY2(!e.contains(kPassword) && !o.contains(kPassword), e.constData());
    }
}

void TestConnectionFailures::cliPrintsTheHintForAnUnreachableServer()
{
    QTemporaryDir out;
    QByteArray o, e;
    const int rc = runCli({QStringLiteral("backup"), QStringLiteral("--mongo-uri"), kUnreachable, QStringLiteral("--mongo-db"), QStringLiteral("x"),
                           QStringLiteral("--out-dir"), out.path()},
                          &o, &e);
    QCOMPARE(rc, int(ErrorCode::Connection));
    QVERIFY2(e.contains("\n  hint: The server is unreachable at 127.0.0.1:1: "), e.constData());
    QVERIFY2(e.contains("Check the host name and port, that the server is running"), e.constData());
    QVERIFY2(!e.contains(kPassword) && !o.contains(kPassword), e.constData());
    // In --json too, as the error's hint.
    QVERIFY(runCli({QStringLiteral("backup"), QStringLiteral("--mongo-uri"), kUnreachable, QStringLiteral("--mongo-db"), QStringLiteral("x"),
                    QStringLiteral("--out-dir"), out.path(), QStringLiteral("--json")},
                   &o, &e)
            == int(ErrorCode::Connection));
    QVERIFY2(o.contains("\"hint\":\"The server is unreachable at 127.0.0.1:1: "), o.constData());
}

QTEST_GUILESS_MAIN(TestConnectionFailures)
#include "TestConnectionFailures.moc"
