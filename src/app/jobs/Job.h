#pragma once

#include "core/common/Progress.h"
#include "core/common/CancelToken.h"
#include "core/common/Error.h"
#include "core/common/Result.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

namespace lifeboat::app {

// One piece of engine work (a backup, a restore, a verification) running in a worker thread,
// as the GUI sees it: its progress, its log, its outcome, a way to cancel it.
//
// The work function runs on the global thread pool and reports through a ProgressSink whose
// calls are queued to this object's (the GUI) thread, so every signal arrives on the GUI
// thread and the window never waits for the engine. The work returns a one-line summary;
// richer results (a RestoreResult, a report) are captured by the work function itself.
class Job final : public QObject {
    Q_OBJECT
public:
    enum class State { Running, Succeeded, Failed, Cancelled };
    using Work = std::function<Result<QString>(ProgressSink &sink, const CancelToken &cancel)>;

    Job(QString kind, QString title, QObject *parent = nullptr);
    ~Job() override;

    // Starts the work in a worker thread. Call once.
    void start(Work work);
    // Asks the engine to stop; the job ends as Cancelled once the engine has cleaned up.
    void cancel();
    // Blocks until the work has returned (used on quit, after cancel()).
    void waitForFinished();

    QString kind() const { return m_kind; }     // "backup", "restore", "verify", ...
    QString title() const { return m_title; }
    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    bool cancelRequested() const { return m_cancel.isCancelled(); }
    const Progress &progress() const { return m_progress; }
    QStringList log() const { return m_log; }
    QString summary() const { return m_summary; }
    const std::optional<Error> &error() const { return m_error; }
    QDateTime startedAt() const { return m_startedAt; }
    qint64 durationMs() const;
    // Files this job reads or writes (archives), so that nothing deletes them meanwhile.
    QStringList usedPaths() const { return m_usedPaths; }
    void setUsedPaths(const QStringList &paths) { m_usedPaths = paths; }

    // What a cancel leaves, in a sentence or two ("The database stays as it was."): when set,
    // a Cancel button asks before it cancels (CancelConfirmation), saying so.
    QString cancelWarning() const { return m_cancelWarning; }
    void setCancelWarning(const QString &text) { m_cancelWarning = text; }
    // The window that shows this job's progress and then its outcome (a dialog, a wizard): the
    // jobs panel brings it back on a double-click. Null when it has none, or it is gone.
    QWidget *window() const { return m_window; }
    void setWindow(QWidget *window) { m_window = window; }

    static QString stateName(State state);

    void appendLog(const QString &line);

Q_SIGNALS:
    void progressChanged();
    void logAppended(const QString &line);
    void finished();

private:
    class Sink;
    void setProgress(const Progress &progress);
    void finish(const Result<QString> &result);
    static Result<QString> runGuarded(const Work &work, ProgressSink &sink, const CancelToken &cancel);

    QString m_kind;
    QString m_title;
    State m_state = State::Running;
    CancelToken m_cancel;
    Progress m_progress;
    QStringList m_log;
    QString m_summary;
    std::optional<Error> m_error;
    QDateTime m_startedAt;
    QElapsedTimer m_clock;
    qint64 m_durationMs = -1;
    QStringList m_usedPaths;
    QString m_cancelWarning;
    QPointer<QWidget> m_window;
    QFuture<void> m_future;
};

} // namespace lifeboat::app
