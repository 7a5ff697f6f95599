#include "app/demo/DemoServer.h"

#include "app/demo/DemoCatalog.h"
#include "core/mongo/MongoClientPool.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>
#include <QtConcurrent>

#include <atomic>

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace lifeboat::app {

struct DemoServer::Attempt {
    QString uri;
    std::atomic<bool> exited{false};
    std::atomic<bool> cancelled{false};
};

namespace {

constexpr int kMaxAttempts = 3;
constexpr int kAnswerTimeoutMs = 30000;

// A port on 127.0.0.1 that was free a moment ago (FerretDB may still lose it to another
// program: launch() then tries again).
int freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return 0;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0) {
        socklen_t len = sizeof addr;
        if (::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
            port = ntohs(addr.sin_port);
    }
    ::close(fd);
    return port;
}

// Runs in a worker thread: waits until the server answers, then fills it.
DemoServer::StartupOutcome waitAndSeed(const QString &uri, const std::function<bool()> &cancelled,
                                       const std::function<bool()> &exited)
{
    // Short timeouts so that the loop notices a cancel or a dead server quickly.
    const QString probeUri =
        uri + QStringLiteral("?serverSelectionTimeoutMS=500&connectTimeoutMS=500&heartbeatFrequencyMS=500");
    auto pool = MongoClientPool::create(probeUri, 2, QStringLiteral("lifeboat-demo"));
    if (!pool)
        return {false, false, pool.error().toString()};
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        if (cancelled())
            return {false, false, QObject::tr("cancelled")};
        if (exited())
            return {false, true, {}};
        const Status ping = (*pool)->ping();
        if (ping)
            break;
        if (timer.elapsed() > kAnswerTimeoutMs)
            return {false, false,
                    QObject::tr("The demo server did not answer within %1 seconds (%2).")
                        .arg(kAnswerTimeoutMs / 1000)
                        .arg(ping.error().message)};
        QThread::msleep(100);
    }
    if (const Status seeded = DemoCatalog::seed(**pool); !seeded)
        return {false, false, QObject::tr("The demo server started, but the sample data could not be loaded: %1")
                                  .arg(seeded.error().toString())};
    return {true, false, {}};
}

} // namespace

DemoServer::DemoServer(QObject *parent)
    : QObject(parent), m_dir(std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("lifeboat-demo-XXXXXX"))))
{
    if (m_dir->isValid()) {
        QDir(m_dir->path()).mkpath(QStringLiteral("settings"));
        QDir(m_dir->path()).mkpath(QStringLiteral("backups"));
    }
    connect(&m_startup, &QFutureWatcherBase::finished, this, &DemoServer::onStartupFinished);
}

DemoServer::~DemoServer()
{
    shutDown(false);
}

QString DemoServer::folder() const
{
    return m_dir && m_dir->isValid() ? m_dir->path() : QString();
}

QString DemoServer::settingsFolder() const
{
    return folder().isEmpty() ? QString() : QDir(folder()).filePath(QStringLiteral("settings"));
}

QString DemoServer::backupFolder() const
{
    return folder().isEmpty() ? QString() : QDir(folder()).filePath(QStringLiteral("backups"));
}

qint64 DemoServer::processId() const
{
    return m_process ? m_process->processId() : 0;
}

QStringList DemoServer::ferretDbCandidates()
{
    const auto env = QProcessEnvironment::systemEnvironment();
    QStringList candidates;
    if (const QString explicitPath = env.value(QStringLiteral("LIFEBOAT_FERRETDB")); !explicitPath.isEmpty())
        candidates << explicitPath;
    QString cache = env.value(QStringLiteral("LIFEBOAT_CACHE"));
    if (cache.isEmpty())
        cache = QDir::home().filePath(QStringLiteral(".cache/lifeboat"));
    candidates << QDir(cache).filePath(QStringLiteral("bin/ferretdb"));
    candidates << QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("ferretdb"));
    return candidates;
}

QString DemoServer::findFerretDb()
{
    for (const QString &candidate : ferretDbCandidates()) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.absoluteFilePath();
    }
    return {};
}

void DemoServer::start()
{
    if (m_state != State::NotStarted)
        return;
    setState(State::Starting);
    // Failures are reported from the event loop, like every other outcome, so that a caller can
    // connect to failed() after calling start().
    if (folder().isEmpty()) {
        const QString why = m_dir ? m_dir->errorString() : QString();
        QMetaObject::invokeMethod(this, [this, why] {
            fail(tr("Cannot create a temporary folder for the demo in %1: %2").arg(QDir::tempPath(), why));
        }, Qt::QueuedConnection);
        return;
    }
    m_program = findFerretDb();
    if (m_program.isEmpty()) {
        QMetaObject::invokeMethod(this, [this] {
            fail(tr("The demo needs FerretDB, the MongoDB-compatible server that scripts/setup builds, and it is "
                    "not built yet. Run scripts/setup in the Lifeboat source folder, then start the demo again "
                    "(or set LIFEBOAT_FERRETDB to a FerretDB program). Looked for: %1")
                     .arg(ferretDbCandidates().join(QStringLiteral(", "))));
        }, Qt::QueuedConnection);
        return;
    }
    launch();
}

void DemoServer::launch()
{
    ++m_attempts;
    m_launchError.clear();
    const int port = freeLoopbackPort();
    if (port <= 0) {
        fail(tr("Cannot find a free port on 127.0.0.1 for the demo server."));
        return;
    }
    const QDir dir(folder());
    const QString stateDir = dir.filePath(QStringLiteral("ferretdb"));
    const QString dataDir = dir.filePath(QStringLiteral("ferretdb/data"));
    // A fresh server on every attempt.
    QDir(stateDir).removeRecursively();
    QDir().mkpath(dataDir);

    if (m_process)
        m_process->deleteLater();
    m_process = new QProcess(this);
    m_process->setProgram(m_program);
    m_process->setArguments({
        QStringLiteral("--handler=sqlite"),
        QStringLiteral("--sqlite-url=file:") + dataDir + QStringLiteral("/"),
        QStringLiteral("--state-dir=") + stateDir,
        QStringLiteral("--listen-addr=127.0.0.1:%1").arg(port),
        QStringLiteral("--debug-addr=-"),
        QStringLiteral("--telemetry=disable"),
        QStringLiteral("--log-level=warn"),
    });
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(dir.filePath(QStringLiteral("ferretdb.log")));
    const pid_t app = ::getpid();
    m_process->setChildProcessModifier([app] {
        // Its own process group, so a Ctrl-C in the terminal reaches the app, which stops the
        // server in order; SIGTERM if the app dies without doing so (this is the GUI thread, which
        // lives as long as the app); and no server at all if the app is already gone.
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != app)
            ::_exit(1);
    });

    auto attempt = std::make_shared<Attempt>();
    attempt->uri = QStringLiteral("mongodb://127.0.0.1:%1/").arg(port);
    m_attempt = attempt;
    QProcess *process = m_process;
    connect(process, &QProcess::finished, this, [this, process, attempt](int exitCode) {
        attempt->exited = true;
        if (process == m_process)
            onProcessFinished(exitCode);
    });
    connect(process, &QProcess::errorOccurred, this, [this, process, attempt](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        attempt->exited = true;
        if (process == m_process)
            m_launchError = tr("Cannot run FerretDB (%1): %2").arg(m_program, process->errorString());
    });
    m_process->start();

    m_startup.setFuture(QtConcurrent::run([attempt] {
        return waitAndSeed(
            attempt->uri, [attempt] { return attempt->cancelled.load(); }, [attempt] { return attempt->exited.load(); });
    }));
}

void DemoServer::onProcessFinished(int exitCode)
{
    if (m_state != State::Ready)
        return; // while starting, the startup worker notices and onStartupFinished() decides
    fail(tr("The demo server stopped unexpectedly (exit code %1). %2").arg(exitCode).arg(logTail()));
}

void DemoServer::onStartupFinished()
{
    if (m_state != State::Starting || !m_attempt)
        return;
    const StartupOutcome outcome = m_startup.result();
    if (outcome.ok) {
        m_uri = m_attempt->uri;
        setState(State::Ready);
        Q_EMIT ready(m_uri);
        return;
    }
    if (!outcome.serverGone) {
        fail(outcome.error);
        return;
    }
    if (!m_launchError.isEmpty()) {
        fail(m_launchError);
        return;
    }
    QFile log(QDir(folder()).filePath(QStringLiteral("ferretdb.log")));
    const bool portTaken = log.open(QIODevice::ReadOnly) && log.readAll().contains("address already in use");
    if (portTaken && m_attempts < kMaxAttempts) {
        launch();
        return;
    }
    fail(tr("The demo server (FerretDB) stopped while starting. %1").arg(logTail()));
}

QString DemoServer::logTail() const
{
    QFile log(QDir(folder()).filePath(QStringLiteral("ferretdb.log")));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return {};
    lines = lines.mid(qMax(0, int(lines.size()) - 5));
    return tr("Its last messages:\n%1").arg(lines.join(QLatin1Char('\n')));
}

void DemoServer::fail(const QString &message)
{
    if (m_state == State::Failed || m_state == State::Stopped)
        return;
    m_error = message;
    if (m_attempt)
        m_attempt->cancelled = true;
    if (m_process && m_process->state() != QProcess::NotRunning)
        m_process->kill();
    setState(State::Failed);
    Q_EMIT failed(message);
}

void DemoServer::stop()
{
    shutDown(true);
}

void DemoServer::shutDown(bool emitSignals)
{
    if (m_state == State::Stopped)
        return;
    if (m_attempt)
        m_attempt->cancelled = true;
    m_startup.waitForFinished();
    if (m_process) {
        m_process->disconnect(this);
        if (m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(5000)) {
                m_process->kill();
                m_process->waitForFinished(3000);
            }
        }
        delete m_process;
        m_process = nullptr;
    }
    m_dir.reset(); // removes the folder: data, settings, backups, log
    m_state = State::Stopped;
    if (emitSignals)
        Q_EMIT stateChanged(m_state);
}

void DemoServer::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace lifeboat::app
