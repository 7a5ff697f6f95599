#include "app/connections/ConnectionTester.h"

#include "core/matrixone/MatrixOneConnection.h"
#include "core/matrixone/MatrixOneUri.h"

#include "core/config/MongoUri.h"
#include "core/mongo/ConnectionProbe.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace lifeboat::app {

namespace {

struct UriDeleter {
    void operator()(mongoc_uri_t *uri) const { mongoc_uri_destroy(uri); }
};

} // namespace

ConnectionTester::Outcome ConnectionTester::Outcome::from(const ConnectionDiagnosis &diagnosis)
{
    return {diagnosis.problem, {}, diagnosis.summary, diagnosis.details};
}

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

// A MatrixOne profile: log in over its MySQL protocol and ask its version.
static ConnectionTester::Outcome runMatrixOne(const QString &uri, int timeoutMs)
{
    ConnectionTester::Outcome outcome;
    auto parsed = MatrixOneUri::parse(uri);
    if (!parsed) {
        outcome.problem = ConnectionProblem::InvalidUri;
        outcome.summary = parsed.error().message;
        return outcome;
    }
    auto connection = MatrixOneConnection::open(*parsed, qMax(1, timeoutMs / 1000));
    Result<QString> version = connection ? (*connection)->serverVersion() : Result<QString>(connection.error());
    if (!version) {
        const QString words = version.error().message.toLower();
        outcome.problem = words.contains(QLatin1String("access denied")) || words.contains(QLatin1String("no user")) || words.contains(QLatin1String("password"))
                              ? ConnectionProblem::Authentication
                              : version.error().code == ErrorCode::Connection ? ConnectionProblem::Unreachable : ConnectionProblem::Server;
        outcome.summary = version.error().message;
        outcome.details = version.error().hint;
        return outcome;
    }
    outcome.summary = ConnectionTester::tr("Connected to MatrixOne at %1 (%2).").arg(parsed->hostPort(), *version);
    return outcome;
}

ConnectionTester::Outcome ConnectionTester::run(const QString &uri, int timeoutMs)
{
    if (MatrixOneUri::isMatrixOne(uri))
        return runMatrixOne(uri, timeoutMs);
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
    return Outcome::from(ConnectionProbe::ping(uri));
}

ConnectionTester::Outcome ConnectionTester::fromError(const Error &error, const QString &uri)
{
    return Outcome::from(ConnectionDiagnosis::fromError(error, uri));
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
