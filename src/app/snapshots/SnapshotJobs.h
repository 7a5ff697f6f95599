#pragma once

#include "core/snapshot/SnapshotRestorer.h"
#include "core/snapshot/SnapshotStore.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace lifeboat::app {

class Job;
class JobManager;

// The snapshot work of the app as jobs (JobManager), so that it runs in a worker thread, shows
// in the jobs panel and can be cancelled: taking a snapshot (SnapshotStore::create) and
// cloning or restoring one (SnapshotRestorer). What the engine returns is written into `out`
// before the job finishes; the job's summary and error say the rest in words. The URIs in the
// requests hold passwords: they never reach the log or the summary.
class SnapshotJobs final {
    Q_DECLARE_TR_FUNCTIONS(lifeboat::app::SnapshotJobs)

public:
    using Created = std::shared_ptr<std::optional<SnapshotCreateResult>>;
    using Restored = std::shared_ptr<std::optional<SnapshotRestoreOutcome>>;

    // A "snapshot" job: the snapshot `request.info.name` (which must be set) into `folder`.
    static Job *create(JobManager *jobs, const QString &folder, const SnapshotCreateRequest &request, const QString &profileName,
                       const Created &out);

    // A "restore" job for a clone or an in-place restore of a snapshot: plans it (unless
    // `plan`, shown to the user before, is given) and executes it.
    static Job *restore(JobManager *jobs, const SnapshotRestoreRequest &request, const std::optional<SnapshotRestorePlan> &plan,
                        const QString &snapshotPath, const QString &title, const Restored &out);

    // The archive path a snapshot named `name` will have in `folder` (gzip).
    static QString archivePathFor(const QString &folder, const QString &name);
};

} // namespace lifeboat::app
