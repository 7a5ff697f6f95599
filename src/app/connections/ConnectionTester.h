#pragma once

#include "core/common/Error.h"
#include "core/mongo/ConnectionDiagnosis.h"
#include "core/mongo/MongoClientPool.h"
#include "core/mongo/ServerInfo.h"

#include <QObject>
#include <QString>

namespace lifeboat::app {

// "Test connection": connects to a deployment in a worker thread and tells, in plain words,
// what answered (server version and topology) or why nothing did: a wrong password, a host
// that cannot be reached, a TLS problem (the engine's ConnectionProbe and ConnectionDiagnosis
// tell which). The driver's own text is kept as details (with any password scrubbed from
// it); the summary never holds a password.
class ConnectionTester final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    // Why a test failed: the engine's classification (ConnectionDiagnosis).
    using Problem = ConnectionProblem;

    struct Outcome {
        Problem problem = Problem::None;
        ServerInfo server;   // when connected
        QString summary;     // one or two sentences for the user
        QString details;     // the driver's message, scrubbed of any password
        bool ok() const { return problem == Problem::None; }
        static Outcome from(const ConnectionDiagnosis &diagnosis);
    };

    // How long a test waits for a server before calling it unreachable (serverSelectionTimeoutMS).
    static constexpr int kDefaultTimeoutMs = 5000;

    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    // Starts a test of `uri` (which may hold a password) in a worker thread; finished() follows.
    // A test started while another runs supersedes it: only the newest one reports.
    void start(const QString &uri);
    bool isRunning() const { return m_running; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // The synchronous test, for worker threads: probe(), then hello + buildInfo.
    static Outcome run(const QString &uri, int timeoutMs = kDefaultTimeoutMs);
    // One ping through a client of its own, which tells why it failed (ConnectionProbe).
    static Outcome probe(const QString &uri);
    // The classification of an Error the engine returned (ConnectionDiagnosis::fromError).
    static Outcome fromError(const Error &error, const QString &uri);
    // "MongoDB 7.0.5, a replica set (rs0)"
    static QString describeServer(const ServerInfo &info);
    // `uri` with serverSelectionTimeoutMS and connectTimeoutMS set to `ms` unless it sets them.
    static QString withTimeout(const QString &uri, int ms);

Q_SIGNALS:
    void finished(const lifeboat::app::ConnectionTester::Outcome &outcome);

private:
    int m_timeoutMs = kDefaultTimeoutMs;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace lifeboat::app

Q_DECLARE_METATYPE(lifeboat::app::ConnectionTester::Outcome)
