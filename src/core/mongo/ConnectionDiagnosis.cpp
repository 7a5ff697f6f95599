#include "core/mongo/ConnectionDiagnosis.h"

#include "core/config/MongoUri.h"
#include "core/mongo/MongoClientPool.h"

#include <QByteArray>

#include <memory>

namespace lifeboat {

namespace {

// What the driver's text says, lower-cased and scrubbed, for the codes that say too little.
struct DriverText {
    QString lower;

    bool has(const char *word) const { return lower.contains(QLatin1String(word)); }
    bool mentionsTls() const
    {
        static const char *const kWords[] = {"tls", "ssl", "certificate", "handshake", "x509", "x.509"};
        for (const char *word : kWords) {
            if (has(word))
                return true;
        }
        return false;
    }
    bool mentionsAuthentication() const { return has("authentication") || has("auth failed") || has("sasl") || has("scram"); }
    bool refused() const { return has("refused"); }
    bool unresolved() const { return has("resolve") || has("not known"); }
    bool timedOut() const { return has("timeout") || has("timed out"); }
    // With TLS on, the driver reports a handshake the server does not answer (a server without
    // TLS), or aborts, as a timeout or a closed connection "calling hello".
    bool handshakeFailed() const { return timedOut() || has("connection closed") || has("connection error"); }
};

struct UriDeleter {
    void operator()(mongoc_uri_t *uri) const { mongoc_uri_destroy(uri); }
};

bool usesTls(const QString &uri)
{
    if (uri.isEmpty())
        return false;
    ensureMongoDriverInitialized();
    bson_error_t error;
    const std::unique_ptr<mongoc_uri_t, UriDeleter> parsed(mongoc_uri_new_with_error(uri.toUtf8().constData(), &error));
    return parsed && mongoc_uri_get_tls(parsed.get());
}

bool isAuthentication(const bson_error_t &error)
{
    return (error.domain == MONGOC_ERROR_CLIENT && error.code == MONGOC_ERROR_CLIENT_AUTHENTICATE) || error.domain == MONGOC_ERROR_SASL
           || error.domain == MONGOC_ERROR_SCRAM
           || ((error.domain == MONGOC_ERROR_SERVER || error.domain == MONGOC_ERROR_QUERY) && error.code == 18 /* AuthenticationFailed */);
}

ConnectionProblem classify(const bson_error_t &error, const DriverText &text, const QString &uri)
{
    const bool network = error.domain == MONGOC_ERROR_STREAM || error.domain == MONGOC_ERROR_SERVER_SELECTION;
    if (isAuthentication(error))
        return ConnectionProblem::Authentication;
    if ((network || error.domain == MONGOC_ERROR_CLIENT) && text.mentionsTls())
        return ConnectionProblem::Tls;
    if (network && usesTls(uri) && !text.refused() && !text.unresolved() && text.handshakeFailed())
        return ConnectionProblem::Tls;
    if (network || (error.domain == MONGOC_ERROR_CLIENT && error.code == MONGOC_ERROR_CLIENT_NO_ACCEPTABLE_PEER))
        return ConnectionProblem::Unreachable;
    if (error.domain == MONGOC_ERROR_COMMAND && error.code == MONGOC_ERROR_COMMAND_INVALID_ARG)
        return ConnectionProblem::InvalidUri;
    return ConnectionProblem::Server;
}

QString unreachableReason(const DriverText &text)
{
    if (text.unresolved() || text.has("srv") || text.has("dns"))
        return ConnectionDiagnosis::tr("its host name could not be found");
    if (text.refused())
        return ConnectionDiagnosis::tr("nothing accepts connections on that port");
    if (text.timedOut())
        return ConnectionDiagnosis::tr("it did not answer in time");
    return ConnectionDiagnosis::tr("the connection failed");
}

QString unreachableSummary(const QString &hosts, const DriverText &text)
{
    const QString reason = unreachableReason(text);
    if (hosts.isEmpty())
        return ConnectionDiagnosis::tr("The server is unreachable: %1. Check the host name and port, that the server is "
                                       "running, and that this computer may reach it (firewall, VPN).")
            .arg(reason);
    return ConnectionDiagnosis::tr("The server is unreachable at %1: %2. Check the host name and port, that the server is "
                                   "running, and that this computer may reach it (firewall, VPN).")
        .arg(hosts, reason);
}

QString tlsSummary(const QString &hosts)
{
    if (hosts.isEmpty())
        return ConnectionDiagnosis::tr("The secure (TLS) connection to the server could not be set up. Check that the server "
                                       "uses TLS, the CA file and the client certificate, and that the server's certificate "
                                       "is for this host name.");
    return ConnectionDiagnosis::tr("The secure (TLS) connection to %1 could not be set up. Check that the server uses TLS, "
                                   "the CA file and the client certificate, and that the server's certificate is for this "
                                   "host name.")
        .arg(hosts);
}

QString summaryOf(ConnectionProblem problem, const QString &uri, const DriverText &text)
{
    switch (problem) {
    case ConnectionProblem::None:
        return {};
    case ConnectionProblem::Authentication:
        return ConnectionDiagnosis::tr("Authentication failed: the server refused the user name and password. Check them, and "
                                       "the authentication database (the database the user was created in, often \"admin\").");
    case ConnectionProblem::Tls:
        return tlsSummary(MongoUri::hosts(uri));
    case ConnectionProblem::Unreachable:
        return unreachableSummary(MongoUri::hosts(uri), text);
    case ConnectionProblem::InvalidUri:
        return ConnectionDiagnosis::tr("The connection string is not valid.");
    case ConnectionProblem::Server:
        return ConnectionDiagnosis::tr("The server answered with an error.");
    }
    return {};
}

} // namespace

bool ConnectionDiagnosis::isConnectionFailure() const
{
    return problem == ConnectionProblem::Unreachable || problem == ConnectionProblem::Authentication
           || problem == ConnectionProblem::Tls;
}

ConnectionDiagnosis ConnectionDiagnosis::fromDriverError(const bson_error_t &error, const QString &uri)
{
    ConnectionDiagnosis diagnosis;
    diagnosis.details = MongoUri::scrub(QString::fromUtf8(error.message), uri);
    const DriverText text{diagnosis.details.toLower()};
    diagnosis.problem = classify(error, text, uri);
    diagnosis.summary = summaryOf(diagnosis.problem, uri, text);
    return diagnosis;
}

ConnectionDiagnosis ConnectionDiagnosis::fromError(const Error &error, const QString &uri)
{
    const QString details = MongoUri::scrub(error.toString(), uri);
    if (error.code == ErrorCode::Config)
        return invalidUri(details);
    if (error.code != ErrorCode::Connection) {
        ConnectionDiagnosis server;
        server.problem = ConnectionProblem::Server;
        server.summary = summaryOf(server.problem, uri, {});
        server.details = details;
        return server;
    }
    // Rebuild the driver's view from the text the engine kept, and classify as above.
    bson_error_t driver{};
    driver.domain = MONGOC_ERROR_SERVER_SELECTION;
    if (DriverText{details.toLower()}.mentionsAuthentication()) {
        driver.domain = MONGOC_ERROR_CLIENT;
        driver.code = MONGOC_ERROR_CLIENT_AUTHENTICATE;
    }
    const QByteArray text = error.message.toUtf8();
    qstrncpy(driver.message, text.constData(), sizeof driver.message);
    ConnectionDiagnosis classified = fromDriverError(driver, uri);
    classified.details = details;
    return classified;
}

ConnectionDiagnosis ConnectionDiagnosis::invalidUri(const QString &details)
{
    ConnectionDiagnosis invalid;
    invalid.problem = ConnectionProblem::InvalidUri;
    invalid.summary = summaryOf(invalid.problem, {}, {});
    invalid.details = details;
    return invalid;
}

} // namespace lifeboat
