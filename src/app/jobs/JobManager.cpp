#include "app/jobs/JobManager.h"

#include <QFileInfo>

namespace lifeboat::app {

JobManager::JobManager(QObject *parent) : QObject(parent) {}

JobManager::~JobManager()
{
    cancelAllAndWait();
}

Job *JobManager::start(const QString &kind, const QString &title, Job::Work work, const QStringList &usedPaths)
{
    auto *job = new Job(kind, title, this);
    job->setUsedPaths(usedPaths);
    m_jobs.append(job);
    connect(job, &Job::finished, this, [this, job] { Q_EMIT jobFinished(job); });
    Q_EMIT jobAdded(job);
    job->start(std::move(work));
    return job;
}

QList<Job *> JobManager::running() const
{
    QList<Job *> out;
    for (Job *job : m_jobs) {
        if (job->isRunning())
            out.append(job);
    }
    return out;
}

bool JobManager::isInUse(const QString &path) const
{
    const QString wanted = QFileInfo(path).absoluteFilePath();
    for (const Job *job : m_jobs) {
        if (!job->isRunning())
            continue;
        for (const QString &used : job->usedPaths()) {
            const QString abs = QFileInfo(used).absoluteFilePath();
            if (abs == wanted || wanted.startsWith(abs + QLatin1Char('/')))
                return true;
        }
    }
    return false;
}

void JobManager::cancelAllAndWait()
{
    for (Job *job : m_jobs)
        job->cancel();
    for (Job *job : m_jobs)
        job->waitForFinished();
}

} // namespace lifeboat::app
