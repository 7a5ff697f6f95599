#include "app/snapshots/SnapshotJobs.h"

#include "core/archive/ArchiveCompression.h"
#include "app/jobs/Job.h"
#include "app/jobs/JobManager.h"
#include "core/config/MongoUri.h"
#include "app/widgets/ProgressText.h"

#include <QDir>

namespace lifeboat::app {

namespace {

Error scrubbed(Error e, const QString &uri)
{
    e.message = MongoUri::scrub(e.message, uri);
    e.hint = MongoUri::scrub(e.hint, uri);
    return e;
}

} // namespace

QString SnapshotJobs::archivePathFor(const QString &folder, const QString &name)
{
    return QDir(folder).filePath(name + archiveExtension(ArchiveCompression::Gzip));
}

Job *SnapshotJobs::create(JobManager *jobs, const QString &folder, const SnapshotCreateRequest &request, const QString &profileName,
                          const Created &out)
{
    const QString where = request.info.level == SnapshotLevel::Deployment ? tr("every database") : request.database;
    const QString title = tr("Snapshot %1 of %2 from %3").arg(request.info.name, where, profileName);
    Job::Work work = [folder, request, out](ProgressSink &sink, const CancelToken &cancel) -> Result<QString> {
        SnapshotStore store(folder);
        auto result = store.create(request, sink, cancel);
        if (!result)
            return scrubbed(result.error(), request.mongoUri);
        for (const QString &warning : std::as_const(result->warnings))
            sink.message(tr("Warning: %1").arg(MongoUri::scrub(warning, request.mongoUri)));
        *out = *result;
        const SnapshotEntry &e = result->entry;
        return tr("%1: %2 in %3, verified → %4")
            .arg(e.name, ProgressText::documentCount(e.documents), ProgressText::collectionCount(e.collections.size()),
                 QDir::toNativeSeparators(e.path));
    };
    return jobs->start(QStringLiteral("snapshot"), title, std::move(work), {archivePathFor(folder, request.info.name)});
}

Job *SnapshotJobs::restore(JobManager *jobs, const SnapshotRestoreRequest &request, const std::optional<SnapshotRestorePlan> &plan,
                           const QString &snapshotPath, const QString &title, const Restored &out)
{
    using Mode = SnapshotRestoreRequest::Mode;
    Job::Work work = [request, plan, out](ProgressSink &sink, const CancelToken &cancel) -> Result<QString> {
        SnapshotRestorer restorer(sink);
        SnapshotRestorePlan planned;
        if (plan) {
            planned = *plan;
        } else {
            auto made = restorer.plan(request, cancel);
            if (!made)
                return scrubbed(made.error(), request.mongoUri);
            planned = *made;
        }
        auto outcome = restorer.execute(request, planned, cancel);
        if (!outcome)
            return scrubbed(outcome.error(), request.mongoUri);
        for (QString &m : outcome->messages)
            m = MongoUri::scrub(m, request.mongoUri);
        *out = *outcome;
        const SnapshotRestoreOutcome &o = *outcome;
        if (o.failure) {
            Error e = scrubbed(*o.failure, request.mongoUri);
            if (!o.safetySnapshot.isEmpty() && o.targetTouched)
                e.hint = tr("the safety snapshot %1 holds the database as it was before").arg(o.safetySnapshot);
            return e;
        }
        const VerificationReport *report = o.report();
        const QString target = o.plan.targetDatabase;
        if (report && !report->allOk())
            return Error(ErrorCode::IntegrityMismatch,
                         tr("%1 does not match the snapshot %2: %3 of %4 collections differ")
                             .arg(target, o.plan.snapshot.name)
                             .arg(report->count(VerificationStatus::Mismatch))
                             .arg(report->rows.size()));
        if (request.mode == Mode::Clone)
            return tr("Snapshot %1 cloned into %2 and verified").arg(o.plan.snapshot.name, target);
        return tr("%1 rolled back to snapshot %2 and verified").arg(target, o.plan.snapshot.name);
    };
    return jobs->start(QStringLiteral("restore"), title, std::move(work), {snapshotPath});
}

} // namespace lifeboat::app
