#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QProcess;
class QTemporaryDir;

namespace lifeboat::app {

// The server of `lifeboat --demo`: a FerretDB of its own on 127.0.0.1 at a free port, with
// fresh data in a temporary folder, filled with DemoCatalog.
//
// The folder (created with the object) also holds the demo's settings and backups, so that a
// demo never touches the user's own; stop() (or the destructor) ends the server and removes it.
// FerretDB runs as a child process that gets SIGTERM should the app die without stopping it.
// start() returns at once: FerretDB starts, is waited for and filled off the GUI thread, then
// ready() or failed() follows.
class DemoServer final : public QObject {
    Q_OBJECT
public:
    enum class State { NotStarted, Starting, Ready, Failed, Stopped };
    Q_ENUM(State)

    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    // The demo's temporary folder; empty if it could not be created (start() then fails).
    QString folder() const;
    QString settingsFolder() const; // <folder>/settings: the demo's QSettings
    QString backupFolder() const;   // <folder>/backups

    State state() const { return m_state; }
    // The server's address once Ready ("mongodb://127.0.0.1:<port>/"; no credentials).
    QString uri() const { return m_uri; }
    // Why the demo failed, in plain words.
    QString errorMessage() const { return m_error; }
    // The FerretDB process id while it runs, else 0.
    qint64 processId() const;

    void start();
    // Stops FerretDB (SIGTERM, SIGKILL after 5 s), waits for it and removes the folder.
    void stop();

    // Where FerretDB is looked for, in order: $LIFEBOAT_FERRETDB, the binary scripts/setup builds
    // ($LIFEBOAT_CACHE or ~/.cache/lifeboat, then bin/ferretdb), "ferretdb" next to the app.
    static QStringList ferretDbCandidates();
    // The first executable candidate, or empty.
    static QString findFerretDb();

    // What the startup worker found (public for QFuture only).
    struct StartupOutcome {
        bool ok = false;
        bool serverGone = false; // the process ended before it answered
        QString error;
    };

Q_SIGNALS:
    void stateChanged(lifeboat::app::DemoServer::State state);
    void ready(const QString &uri);
    void failed(const QString &message);

private:
    struct Attempt;

    void launch();
    void onProcessFinished(int exitCode);
    void onStartupFinished();
    void fail(const QString &message);
    void setState(State state);
    QString logTail() const;
    void shutDown(bool emitSignals);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_program;
    QProcess *m_process = nullptr;           // child, one per attempt
    std::shared_ptr<Attempt> m_attempt;      // shared with the startup worker
    QFutureWatcher<StartupOutcome> m_startup; // waits for the server, then fills it
    State m_state = State::NotStarted;
    QString m_uri;
    QString m_error;
    QString m_launchError; // the process could not be run at all
    int m_attempts = 0;
};

} // namespace lifeboat::app
