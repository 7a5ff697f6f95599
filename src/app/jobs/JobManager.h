#pragma once

#include "app/jobs/Job.h"

#include <QList>
#include <QObject>

namespace lifeboat::app {

// Every job of this session, running or finished, oldest first. Owns them.
class JobManager final : public QObject {
    Q_OBJECT
public:
    explicit JobManager(QObject *parent = nullptr);
    ~JobManager() override;

    // Creates a job, announces it (jobAdded) and starts `work` in a worker thread.
    Job *start(const QString &kind, const QString &title, Job::Work work, const QStringList &usedPaths = {});

    QList<Job *> jobs() const { return m_jobs; }
    QList<Job *> running() const;
    // True if a running job reads or writes `path` (an archive): it must not be deleted.
    bool isInUse(const QString &path) const;
    // Cancels every running job and waits for each to clean up (on quit).
    void cancelAllAndWait();

Q_SIGNALS:
    void jobAdded(lifeboat::app::Job *job);
    void jobFinished(lifeboat::app::Job *job);

private:
    QList<Job *> m_jobs;
};

} // namespace lifeboat::app
