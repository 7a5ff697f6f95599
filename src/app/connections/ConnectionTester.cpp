#include "app/connections/ConnectionTester.h"

#include "core/config/MongoUri.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace lifeboat::app {

namespace {

bool mentionsTls(const QString &lower)
{
    static const char *const kWords[] = {"tls", "ssl", "certificate", "handshake", "x509", "x.509"};
    for (const char *word : kWords) {
        if (lower.contains(QLatin1String(word)))
            return true;
    }
    return false;
}

bool mentionsAuthentication(const QString &lower)
{
    return lower.contains(QLatin1String("authentication")) || lower.contains(QLatin1String("auth failed"))
           || lower.contains(QLatin1String("sasl")) || lower.contains(QLatin1String("scram"));
}

struct UriDeleter {
    void operator()(mongoc_uri_t *uri) const { mongoc_uri_destroy(uri); }
};

bool usesTls(const QString &uri)
{
    bson_error_t error;
    const std::unique_ptr<mongoc_uri_t, UriDeleter> parsed(mongoc_uri_new_with_error(uri.toUtf8().constData(), &error));
    return parsed && mongoc_uri_get_tls(parsed.get());
}

} // namespace

ConnectionTester::ConnectionTester(QObject *parent) : QObject(parent) {}

// A running test keeps its own copy of everything it needs: its result is simply dropped.
ConnectionTester::~ConnectionTester() = default;

void ConnectionTester::start(const QString &uri)
{
    const quint64 generation = ++m_generation;
    m_running = true;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // superseded by a newer test
        m_running = false;
        Q_EMIT finished(watcher->result());
    });
    const int timeoutMs = m_timeoutMs;
    watcher->setFuture(QtConcurrent::run([uri, timeoutMs] { return run(uri, timeoutMs); }));
}

ConnectionTester::Outcome ConnectionTester::run(const QString &uri, int timeoutMs)
{
    const QString timed = withTimeout(uri, timeoutMs);
    Outcome outcome = probe(timed);
    if (!outcome.ok())
        return outcome;
    // What the engine will see: a pooled client, and the same questions the engine asks.
    auto pool = MongoClientPool::create(timed, 1, QStringLiteral("lifeboat-connection-test"));
    if (!pool)
        return fromError(pool.error(), timed);
    const PooledClient client = (*pool)->acquire();
    auto info = ServerInfo::query(client);
    if (!info)
        return fromError(info.error(), timed);
    outcome.server = *info;
    outcome.summary = tr("Connected: %1.").arg(describeServer(*info));
    return outcome;
}

ConnectionTester::Outcome ConnectionTester::probe(const QString &uri)
{
    ensureMongoDriverInitialized();
    bson_error_t error;
    const std::unique_ptr<mongoc_uri_t, UriDeleter> parsed(mongoc_uri_new_with_error(uri.toUtf8().constData(), &error));
    if (!parsed) {
        Outcome invalid;
        invalid.problem = Problem::InvalidUri;
        invalid.summary = tr("The connection string is not valid.");
        invalid.details = MongoUri::scrub(QString::fromUtf8(error.message), uri);
        return invalid;
    }
    // A TLS file the driver cannot read shows only as "connection error": say which.
    if (mongoc_uri_get_tls(parsed.get())) {
        const std::pair<const char *, QString> files[] = {{MONGOC_URI_TLSCAFILE, tr("CA file")},
                                                          {MONGOC_URI_TLSCERTIFICATEKEYFILE, tr("client certificate file")}};
        for (const auto &[option, what] : files) {
            const char *path = mongoc_uri_get_option_as_utf8(parsed.get(), option, nullptr);
            if (path && !QFileInfo(QString::fromUtf8(path)).isReadable()) {
                Outcome unreadable;
                unreadable.problem = Problem::Tls;
                unreadable.summary = tr("The %1 \"%2\" cannot be read: check its path in the TLS settings.")
                                         .arg(what, QString::fromUtf8(path));
                return unreadable;
            }
        }
    }
    mongoc_client_t *client = mongoc_client_new_from_uri_with_error(parsed.get(), &error);
    if (!client)
        return fromDriverError(error, uri);
    mongoc_client_set_error_api(client, MONGOC_ERROR_API_VERSION_2);
    mongoc_client_set_appname(client, "lifeboat-connection-test");
    bson_t *cmd = BCON_NEW("ping", BCON_INT32(1));
    bson_t reply;
    const bool ok = mongoc_client_command_simple(client, "admin", cmd, nullptr, &reply, &error);
    bson_destroy(&reply);
    bson_destroy(cmd);
    mongoc_client_destroy(client);
    if (!ok)
        return fromDriverError(error, uri);
    Outcome outcome;
    outcome.summary = tr("Connected.");
    return outcome;
}

ConnectionTester::Outcome ConnectionTester::fromDriverError(const bson_error_t &error, const QString &uri)
{
    Outcome outcome;
    outcome.details = MongoUri::scrub(QString::fromUtf8(error.message), uri);
    const QString lower = outcome.details.toLower();
    const QString hosts = MongoUri::hosts(uri);

    const bool authentication = (error.domain == MONGOC_ERROR_CLIENT && error.code == MONGOC_ERROR_CLIENT_AUTHENTICATE)
                                || error.domain == MONGOC_ERROR_SASL || error.domain == MONGOC_ERROR_SCRAM
                                || ((error.domain == MONGOC_ERROR_SERVER || error.domain == MONGOC_ERROR_QUERY)
                                    && error.code == 18 /* AuthenticationFailed */);
    const bool network = error.domain == MONGOC_ERROR_STREAM || error.domain == MONGOC_ERROR_SERVER_SELECTION;

    // With TLS on, the driver reports a handshake the server does not answer (a server without
    // TLS), or aborts, as a timeout or a closed connection "calling hello".
    const bool refused = lower.contains(QLatin1String("refused"));
    const bool unresolved = lower.contains(QLatin1String("resolve")) || lower.contains(QLatin1String("not known"));
    const bool handshakeFailed = lower.contains(QLatin1String("timeout")) || lower.contains(QLatin1String("timed out"))
                                 || lower.contains(QLatin1String("connection closed"))
                                 || lower.contains(QLatin1String("connection error"));
    if (authentication) {
        outcome.problem = Problem::Authentication;
    } else if ((network || error.domain == MONGOC_ERROR_CLIENT) && mentionsTls(lower)) {
        outcome.problem = Problem::Tls;
    } else if (network && usesTls(uri) && !refused && !unresolved && handshakeFailed) {
        outcome.problem = Problem::Tls;
    } else if (network || (error.domain == MONGOC_ERROR_CLIENT && error.code == MONGOC_ERROR_CLIENT_NO_ACCEPTABLE_PEER)) {
        outcome.problem = Problem::Unreachable;
    } else if (error.domain == MONGOC_ERROR_COMMAND && error.code == MONGOC_ERROR_COMMAND_INVALID_ARG) {
        outcome.problem = Problem::InvalidUri;
    } else {
        outcome.problem = Problem::Server;
    }

    switch (outcome.problem) {
    case Problem::None:
        break;
    case Problem::Authentication:
        outcome.summary = tr("Authentication failed: the server refused the user name and password. Check them, and "
                             "the authentication database (the database the user was created in, often \"admin\").");
        break;
    case Problem::Tls:
        outcome.summary = tr("The secure (TLS) connection to %1 could not be set up. Check that the server uses TLS, "
                             "the CA file and the client certificate, and that the server's certificate is for this "
                             "host name.")
                              .arg(hosts);
        break;
    case Problem::Unreachable: {
        QString reason;
        if (unresolved || lower.contains(QLatin1String("srv")) || lower.contains(QLatin1String("dns")))
            reason = tr("its host name could not be found");
        else if (refused)
            reason = tr("nothing accepts connections on that port");
        else if (lower.contains(QLatin1String("timed out")) || lower.contains(QLatin1String("timeout")))
            reason = tr("it did not answer in time");
        else
            reason = tr("the connection failed");
        outcome.summary = tr("The server is unreachable at %1: %2. Check the host name and port, that the server is "
                             "running, and that this computer may reach it (firewall, VPN).")
                              .arg(hosts, reason);
        break;
    }
    case Problem::InvalidUri:
        outcome.summary = tr("The connection string is not valid.");
        break;
    case Problem::Server:
        outcome.summary = tr("The server answered with an error.");
        break;
    }
    return outcome;
}

ConnectionTester::Outcome ConnectionTester::fromError(const Error &error, const QString &uri)
{
    Outcome outcome;
    outcome.details = MongoUri::scrub(error.toString(), uri);
    const QString lower = outcome.details.toLower();
    switch (error.code) {
    case ErrorCode::Config:
        outcome.problem = Problem::InvalidUri;
        outcome.summary = tr("The connection string is not valid.");
        return outcome;
    case ErrorCode::Connection: {
        // Rebuild the driver's view from the text the engine kept, and classify as above.
        bson_error_t driver{};
        driver.domain = MONGOC_ERROR_SERVER_SELECTION;
        if (mentionsAuthentication(lower)) {
            driver.domain = MONGOC_ERROR_CLIENT;
            driver.code = MONGOC_ERROR_CLIENT_AUTHENTICATE;
        }
        const QByteArray text = error.message.toUtf8();
        qstrncpy(driver.message, text.constData(), sizeof driver.message);
        Outcome classified = fromDriverError(driver, uri);
        classified.details = outcome.details;
        return classified;
    }
    default:
        outcome.problem = Problem::Server;
        outcome.summary = tr("The server answered with an error.");
        return outcome;
    }
}

QString ConnectionTester::describeServer(const ServerInfo &info)
{
    const QString product = info.flavour == QLatin1String("ferretdb")
                                ? tr("FerretDB (compatible with MongoDB %1)").arg(info.version)
                                : tr("MongoDB %1").arg(info.version);
    QString topology;
    if (info.topology == QLatin1String("replicaSet"))
        topology = tr("a replica set (%1)").arg(info.replicaSetName);
    else if (info.topology == QLatin1String("sharded"))
        topology = tr("a sharded cluster");
    else
        topology = tr("a standalone server");
    return tr("%1, %2").arg(product, topology);
}

QString ConnectionTester::withTimeout(const QString &uri, int ms)
{
    ensureMongoDriverInitialized();
    bson_error_t error;
    const std::unique_ptr<mongoc_uri_t, UriDeleter> parsed(mongoc_uri_new_with_error(uri.toUtf8().constData(), &error));
    if (!parsed)
        return uri; // run() reports why
    QStringList options;
    for (const char *option : {MONGOC_URI_SERVERSELECTIONTIMEOUTMS, MONGOC_URI_CONNECTTIMEOUTMS}) {
        if (!mongoc_uri_has_option(parsed.get(), option))
            options << QString::fromLatin1(option) + QLatin1Char('=') + QString::number(ms);
    }
    if (options.isEmpty())
        return uri;
    const QString joined = options.join(QLatin1Char('&'));
    // The options follow the first '/' after the hosts; libmongoc needs that '/'.
    const qsizetype hostsStart = uri.indexOf(QLatin1String("://")) + 3;
    const qsizetype slash = uri.indexOf(QLatin1Char('/'), hostsStart);
    if (slash < 0)
        return uri + QStringLiteral("/?") + joined;
    const qsizetype question = uri.indexOf(QLatin1Char('?'), slash);
    if (question < 0)
        return uri + QLatin1Char('?') + joined;
    if (uri.endsWith(QLatin1Char('?')) || uri.endsWith(QLatin1Char('&')))
        return uri + joined;
    return uri + QLatin1Char('&') + joined;
}

} // namespace lifeboat::app
