#include "app/jobs/Job.h"

#include "app/widgets/ProgressText.h"

#include "app/jobs/WorkerThreads.h"

#include <QPointer>
#include <QtConcurrent>

namespace lifeboat::app {

// Hands engine reports over to the job's thread. The engine calls it from one thread at a time.
class Job::Sink final : public ProgressSink {
public:
    explicit Sink(Job *job) : m_job(job) {}
    void progress(const Progress &p) override
    {
        QMetaObject::invokeMethod(m_job.data(), [job = m_job, p] { if (job) job->setProgress(p); }, Qt::QueuedConnection);
    }
    void message(const QString &text) override
    {
        QMetaObject::invokeMethod(m_job.data(), [job = m_job, text] { if (job) job->appendLog(text); }, Qt::QueuedConnection);
    }

private:
    QPointer<Job> m_job;
};

Job::Job(QString kind, QString title, QObject *parent) : QObject(parent), m_kind(std::move(kind)), m_title(std::move(title)) {}

Job::~Job()
{
    // The work holds a pointer to this job through its sink: never let it outlive us.
    if (m_future.isValid() && !m_future.isFinished()) {
        m_cancel.cancel();
        m_future.waitForFinished();
    }
}

// The work's result, or a failure naming what it threw: an exception escaping the work would
// end in the future, never in finish(), and leave the job "Running" for good.
Result<QString> Job::runGuarded(const Work &work, ProgressSink &sink, const CancelToken &cancel)
{
    const QString failed = tr("The job stopped on an internal error (%1). Nothing after that point was done; please report this.");
    try {
        return work(sink, cancel);
    } catch (const std::exception &e) {
        return Error(ErrorCode::Internal, failed.arg(QString::fromLocal8Bit(e.what())));
    } catch (...) {
        return Error(ErrorCode::Internal, failed.arg(tr("an unknown exception")));
    }
}

void Job::start(Work work)
{
    m_startedAt = QDateTime::currentDateTime();
    m_clock.start();
    appendLog(tr("Started: %1").arg(m_title));
    QPointer<Job> self(this);
    const CancelToken cancel = m_cancel;
    m_future = QtConcurrent::run(longWorkThreads(), [self, cancel, work = std::move(work)] {
        lowerCurrentThreadPriority();
        Sink sink(self.data());
        Result<QString> result = runGuarded(work, sink, cancel);
        QMetaObject::invokeMethod(self.data(), [self, result] { if (self) self->finish(result); }, Qt::QueuedConnection);
    });
}

void Job::cancel()
{
    if (m_state != State::Running || m_cancel.isCancelled())
        return;
    m_cancel.cancel();
    appendLog(tr("Cancelling…"));
}

void Job::waitForFinished()
{
    if (m_future.isValid())
        m_future.waitForFinished();
}

qint64 Job::durationMs() const
{
    if (m_durationMs >= 0)
        return m_durationMs;
    return m_clock.isValid() ? m_clock.elapsed() : 0;
}

QString Job::stateName(State state)
{
    switch (state) {
    case State::Running: return tr("Running");
    case State::Succeeded: return tr("Succeeded");
    case State::Failed: return tr("Failed");
    case State::Cancelled: return tr("Cancelled");
    }
    return {};
}

void Job::appendLog(const QString &line)
{
    const QString stamped = QTime::currentTime().toString(QStringLiteral("HH:mm:ss ")) + line;
    m_log.append(stamped);
    Q_EMIT logAppended(stamped);
}

void Job::setProgress(const Progress &progress)
{
    if (m_state != State::Running)
        return;
    if (progress.phase != m_progress.phase && progress.phase != Phase::Starting)
        appendLog(tr("Phase: %1").arg(ProgressText::phase(progress.phase)));
    m_progress = progress;
    Q_EMIT progressChanged();
}

void Job::finish(const Result<QString> &result)
{
    m_durationMs = m_clock.elapsed();
    if (result) {
        m_state = State::Succeeded;
        m_summary = *result;
        appendLog(tr("Finished: %1").arg(m_summary));
    } else {
        m_error = result.error();
        m_state = result.error().code == ErrorCode::Cancelled ? State::Cancelled : State::Failed;
        m_summary = result.error().toString();
        appendLog(tr("%1: %2").arg(stateName(m_state), m_summary));
    }
    Q_EMIT progressChanged();
    Q_EMIT finished();
}

} // namespace lifeboat::app
