// Why a connection failed, told from the driver's error (its domain and code, and its text
// where those say too little): category and the hint the user reads (no server).
#include "core/mongo/ConnectionDiagnosis.h"
#include "core/mongo/MongoClientPool.h"

#include <QTest>

#include <cstring>

using namespace lifeboat;

namespace {

bson_error_t driverError(uint32_t domain, uint32_t code, const char *message)
{
    bson_error_t error{};
    error.domain = domain;
    error.code = code;
    qstrncpy(error.message, message, sizeof error.message);
    return error;
}

const QString kUri = QStringLiteral("mongodb://someone:Sup3rSecret@db.example.com:27017/?authSource=admin");

} // namespace

class TestConnectionDiagnosis : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void categories_data();
    void categories();
    void unreachableSaysWhy_data();
    void unreachableSaysWhy();
    void tlsHandshakeThatTimesOut();
    void summaryNamesTheHostsAndNeverThePassword();
    void withoutAUri();
    void fromEngineErrors_data();
    void fromEngineErrors();
    void engineErrorsCarryTheHint();
};

void TestConnectionDiagnosis::categories_data()
{
    QTest::addColumn<uint>("domain");
    QTest::addColumn<uint>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<ConnectionProblem>("problem");
    QTest::addColumn<QString>("summaryHas");

    QTest::newRow("client authenticate") << uint(MONGOC_ERROR_CLIENT) << uint(MONGOC_ERROR_CLIENT_AUTHENTICATE)
                                         << QStringLiteral("Authentication failed.") << ConnectionProblem::Authentication
                                         << QStringLiteral("Authentication failed: the server refused the user name and password");
    QTest::newRow("sasl") << uint(MONGOC_ERROR_SASL) << 0u << QStringLiteral("SASL failure") << ConnectionProblem::Authentication
                          << QStringLiteral("authentication database");
    QTest::newRow("scram") << uint(MONGOC_ERROR_SCRAM) << 0u << QStringLiteral("bad proof") << ConnectionProblem::Authentication
                           << QStringLiteral("password");
    QTest::newRow("server AuthenticationFailed") << uint(MONGOC_ERROR_SERVER) << 18u << QStringLiteral("Authentication failed.")
                                                 << ConnectionProblem::Authentication << QStringLiteral("Authentication failed");
    QTest::newRow("stream refused") << uint(MONGOC_ERROR_STREAM) << uint(MONGOC_ERROR_STREAM_CONNECT)
                                    << QStringLiteral("connection refused calling hello on 'db.example.com:27017'")
                                    << ConnectionProblem::Unreachable << QStringLiteral("The server is unreachable at db.example.com:27017");
    QTest::newRow("no acceptable peer") << uint(MONGOC_ERROR_CLIENT) << uint(MONGOC_ERROR_CLIENT_NO_ACCEPTABLE_PEER)
                                        << QStringLiteral("no acceptable peer") << ConnectionProblem::Unreachable
                                        << QStringLiteral("unreachable");
    QTest::newRow("tls in the text") << uint(MONGOC_ERROR_STREAM) << uint(MONGOC_ERROR_STREAM_SOCKET)
                                     << QStringLiteral("TLS handshake failed: certificate verify failed") << ConnectionProblem::Tls
                                     << QStringLiteral("The secure (TLS) connection to db.example.com:27017 could not be set up");
    QTest::newRow("invalid argument") << uint(MONGOC_ERROR_COMMAND) << uint(MONGOC_ERROR_COMMAND_INVALID_ARG)
                                      << QStringLiteral("Invalid option") << ConnectionProblem::InvalidUri
                                      << QStringLiteral("The connection string is not valid.");
    QTest::newRow("server error") << uint(MONGOC_ERROR_SERVER) << 11000u << QStringLiteral("E11000 duplicate key")
                                  << ConnectionProblem::Server << QStringLiteral("The server answered with an error.");
}

void TestConnectionDiagnosis::categories()
{
    QFETCH(uint, domain);
    QFETCH(uint, code);
    QFETCH(QString, message);
    QFETCH(ConnectionProblem, problem);
    QFETCH(QString, summaryHas);
    const ConnectionDiagnosis d = ConnectionDiagnosis::fromDriverError(driverError(domain, code, message.toUtf8().constData()), kUri);
    QCOMPARE(d.problem, problem);
    QVERIFY2(d.summary.contains(summaryHas), qPrintable(d.summary));
    QCOMPARE(d.details, message);
    QVERIFY(!d.ok());
    QCOMPARE(d.isConnectionFailure(), problem == ConnectionProblem::Unreachable || problem == ConnectionProblem::Authentication
                                          || problem == ConnectionProblem::Tls);
}

void TestConnectionDiagnosis::unreachableSaysWhy_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown host") << QStringLiteral("Failed to resolve 'db.example.com'") << QStringLiteral("its host name could not be found");
    QTest::newRow("srv") << QStringLiteral("Failed to look up SRV record") << QStringLiteral("its host name could not be found");
    QTest::newRow("refused") << QStringLiteral("connection refused") << QStringLiteral("nothing accepts connections on that port");
    QTest::newRow("timeout") << QStringLiteral("socket timeout calling hello") << QStringLiteral("it did not answer in time");
    QTest::newRow("other") << QStringLiteral("No suitable servers found") << QStringLiteral("the connection failed");
}

void TestConnectionDiagnosis::unreachableSaysWhy()
{
    QFETCH(QString, message);
    QFETCH(QString, reason);
    const ConnectionDiagnosis d = ConnectionDiagnosis::fromDriverError(
        driverError(MONGOC_ERROR_SERVER_SELECTION, MONGOC_ERROR_SERVER_SELECTION_FAILURE, message.toUtf8().constData()), kUri);
    QCOMPARE(d.problem, ConnectionProblem::Unreachable);
    QVERIFY2(d.summary.contains(QStringLiteral("db.example.com:27017: ") + reason + QStringLiteral(". Check the host name and port")),
             qPrintable(d.summary));
}

void TestConnectionDiagnosis::tlsHandshakeThatTimesOut()
{
    // With TLS on, a server that does not speak it shows as a timeout or a closed connection.
    const QString tls = QStringLiteral("mongodb://db.example.com:27017/?tls=true");
    const auto closed = driverError(MONGOC_ERROR_STREAM, MONGOC_ERROR_STREAM_SOCKET, "connection closed calling hello");
    QCOMPARE(ConnectionDiagnosis::fromDriverError(closed, tls).problem, ConnectionProblem::Tls);
    QCOMPARE(ConnectionDiagnosis::fromDriverError(closed, QStringLiteral("mongodb://db.example.com:27017/")).problem,
             ConnectionProblem::Unreachable);
    // Refused is refused, TLS or not.
    const auto refused = driverError(MONGOC_ERROR_STREAM, MONGOC_ERROR_STREAM_CONNECT, "connection refused");
    QCOMPARE(ConnectionDiagnosis::fromDriverError(refused, tls).problem, ConnectionProblem::Unreachable);
}

void TestConnectionDiagnosis::summaryNamesTheHostsAndNeverThePassword()
{
    const auto error = driverError(MONGOC_ERROR_CLIENT, MONGOC_ERROR_CLIENT_AUTHENTICATE,
                                   "Authentication failed for mongodb://someone:Sup3rSecret@db.example.com:27017/");
    const ConnectionDiagnosis d = ConnectionDiagnosis::fromDriverError(error, kUri);
    QVERIFY(!d.details.contains(QStringLiteral("Sup3rSecret")));
    QVERIFY(!d.summary.contains(QStringLiteral("Sup3rSecret")));
}

void TestConnectionDiagnosis::withoutAUri()
{
    const ConnectionDiagnosis d =
        ConnectionDiagnosis::fromDriverError(driverError(MONGOC_ERROR_STREAM, MONGOC_ERROR_STREAM_CONNECT, "connection refused"), {});
    QCOMPARE(d.problem, ConnectionProblem::Unreachable);
    QVERIFY2(d.summary.startsWith(QStringLiteral("The server is unreachable: nothing accepts connections")), qPrintable(d.summary));
}

void TestConnectionDiagnosis::fromEngineErrors_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<ConnectionProblem>("problem");
    QTest::newRow("config") << int(ErrorCode::Config) << QStringLiteral("invalid connection string") << ConnectionProblem::InvalidUri;
    QTest::newRow("authentication") << int(ErrorCode::Connection) << QStringLiteral("hello on admin: Authentication failed.")
                                    << ConnectionProblem::Authentication;
    QTest::newRow("refused") << int(ErrorCode::Connection)
                             << QStringLiteral("hello on admin: No suitable servers found: [connection refused calling hello]")
                             << ConnectionProblem::Unreachable;
    QTest::newRow("server") << int(ErrorCode::Server) << QStringLiteral("listDatabases on admin: not authorized")
                            << ConnectionProblem::Server;
}

void TestConnectionDiagnosis::fromEngineErrors()
{
    QFETCH(int, code);
    QFETCH(QString, message);
    QFETCH(ConnectionProblem, problem);
    const Error error(ErrorCode(code), message, QStringLiteral("a hint"));
    const ConnectionDiagnosis d = ConnectionDiagnosis::fromError(error, kUri);
    QCOMPARE(d.problem, problem);
    QVERIFY(!d.summary.isEmpty());
    QCOMPARE(d.details, error.toString());
}

void TestConnectionDiagnosis::engineErrorsCarryTheHint()
{
    // The engine's errors for a failed connection carry the diagnosis as their hint (the CLI
    // prints it under the error); other server errors carry none.
    const auto refused = driverError(MONGOC_ERROR_SERVER_SELECTION, MONGOC_ERROR_SERVER_SELECTION_FAILURE,
                                     "No suitable servers found: [connection refused calling hello on 'db.example.com:27017']");
    const Error unreachable = mongoError(refused, QStringLiteral("hello on admin"), kUri);
    QCOMPARE(unreachable.code, ErrorCode::Connection);
    QCOMPARE(unreachable.hint, ConnectionDiagnosis::fromDriverError(refused, kUri).summary);
    QVERIFY(unreachable.hint.startsWith(QStringLiteral("The server is unreachable at db.example.com:27017")));

    const auto login = driverError(MONGOC_ERROR_CLIENT, MONGOC_ERROR_CLIENT_AUTHENTICATE, "Authentication failed.");
    const Error refusedLogin = mongoError(login, QStringLiteral("hello on admin"), kUri);
    QCOMPARE(refusedLogin.code, ErrorCode::Connection);
    QVERIFY(refusedLogin.hint.startsWith(QStringLiteral("Authentication failed: the server refused the user name and password")));

    const Error duplicate = mongoError(driverError(MONGOC_ERROR_SERVER, 11000, "E11000 duplicate key"), QStringLiteral("insert"), kUri);
    QCOMPARE(duplicate.code, ErrorCode::Server);
    QVERIFY(duplicate.hint.isEmpty());
}

QTEST_GUILESS_MAIN(TestConnectionDiagnosis)
#include "TestConnectionDiagnosis.moc"
