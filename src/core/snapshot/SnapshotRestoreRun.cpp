#include "core/snapshot/SnapshotRestoreRun.h"

#include "core/snapshot/HelperDatabases.h"
#include "core/snapshot/SafetySnapshot.h"
#include "core/snapshot/SnapshotDrift.h"
#include "core/snapshot/SnapshotSwap.h"

#include <QFileInfo>

namespace lifeboat {

namespace {

QString reportSummary(const VerificationReport &r)
{
    return QStringLiteral("%1 ok, %2 mismatch, %3 skipped").arg(r.count(VerificationStatus::Ok)).arg(r.count(VerificationStatus::Mismatch)).arg(r.count(VerificationStatus::Skipped));
}

QStringList mismatchedCollections(const VerificationReport &r)
{
    QStringList out;
    for (const auto &row : r.rows) {
        if (row.status == VerificationStatus::Mismatch)
            out << row.collection + QStringLiteral(" (") + row.notes.join(QStringLiteral("; ")) + QLatin1Char(')');
    }
    return out;
}

bool anyTouched(const RestoreResult &r)
{
    for (const auto &state : r.states) {
        if (state != QLatin1String("untouched"))
            return true;
    }
    return false;
}

QStringList notSwapped(const SwapResult &swap)
{
    QStringList out;
    for (const auto &s : swap.plan.steps) {
        if (s.kind == SwapStep::Kind::Rename && s.status != SwapStep::Status::Done)
            out << s.collection;
    }
    return out;
}

} // namespace

SnapshotRestoreRun::SnapshotRestoreRun(const SnapshotRestoreRequest &request, const SnapshotRestorePlan &plan,
                                       const CancelToken &cancel, ProgressSink &sink)
    : m_request(request), m_plan(plan), m_cancel(cancel), m_sink(sink), m_target(plan.targetDatabase), m_name(plan.snapshot.name),
      m_mode(request.mode), m_verifyFirst(request.mode == Mode::Restore && request.verifyFirst), m_scratch(plan.scratchDatabase),
      m_engine(sink)
{
    m_timer.start();
    m_out.plan = plan;
}

SnapshotRestoreRun::~SnapshotRestoreRun() = default;

RestoreRequest SnapshotRestoreRun::restoreRequest(const SnapshotRestoreRequest &r, const SnapshotEntry &entry, const QString &target)
{
    RestoreRequest rr;
    rr.archivePath = entry.path;
    rr.mongoUri = r.mongoUri;
    rr.targetDatabase = target;
    rr.sourceDatabase = r.sourceDatabase;
    rr.collections = r.collections;
    rr.replaceExisting = true;         // a rollback makes each collection exactly the snapshot's
    rr.keepExtra = r.keepExtra;
    rr.force = r.force;
    rr.safetySnapshot = false;         // taken by the restorer, as a snapshot of the same folder
    rr.batchSize = r.batchSize;
    rr.jobs = r.jobs;
    rr.verifyFull = true;              // digests against the archive and the manifest
    return rr;
}

void SnapshotRestoreRun::say(const QString &text)
{
    m_out.messages << text;
    m_sink.message(text);
}

Status SnapshotRestoreRun::open()
{
    auto lock = SnapshotLock::acquire(m_plan.snapshot.path, SnapshotLock::Mode::Shared);
    if (!lock)
        return lock.error();
    m_lock = std::move(*lock);
    if (!QFileInfo::exists(m_plan.snapshot.path))
        return Error(ErrorCode::NotFound, QStringLiteral("the snapshot '%1' was deleted (%2 is gone)").arg(m_name, m_plan.snapshot.path));
    m_store.emplace(m_request.snapshotDir);
    auto pool = MongoClientPool::create(m_request.mongoUri, 2);
    if (!pool)
        return pool.error();
    m_pool = std::move(*pool);
    m_client.emplace(m_pool->acquire());
    return {};
}

// Before anything else: can the server do the renames at all?
Status SnapshotRestoreRun::checkSwapSupport()
{
    if (m_mode != Mode::Swap)
        return {};
    auto support = SnapshotSwap::probe(*m_client, m_plan.stagingDatabase);
    if (!support)
        return support.error();
    const QString why = swapRefusal(*support);
    if (why.isEmpty())
        return {};
    if (!m_request.fallbackRestore)
        return Error(ErrorCode::Refused, why + QStringLiteral("; nothing was changed"),
                     QStringLiteral("pass --fallback-restore to restore in place instead (verified in a scratch database first), or leave out --swap"));
    say(why + QStringLiteral("; falling back to an ordinary restore, verified in a scratch database first (--fallback-restore)"));
    m_out.fellBackToRestore = true;
    m_mode = Mode::Restore;
    m_verifyFirst = true;
    if (m_scratch.isEmpty())
        m_scratch = HelperDatabases::name(m_target, QStringLiteral("_lifeboat_verify"));
    return {};
}

// Why this swap cannot be done; "" when it can.
QString SnapshotRestoreRun::swapRefusal(const RenameSupport &support) const
{
    if (!support.supported)
        return QStringLiteral("this server cannot do the renames a swap needs, into another database and then over an existing collection (%1)").arg(support.reason);
    for (const auto &c : m_plan.plan.collections) {
        if (c.type == QLatin1String("timeseries") && c.action != PlannedCollection::Action::Drop)
            return QStringLiteral("%1 is a time-series collection, which renameCollection cannot move").arg(c.name);
    }
    return {};
}

// A clone into a scratch database, verified and dropped; only then the target.
std::optional<Error> SnapshotRestoreRun::verifyFirst()
{
    if (!m_verifyFirst)
        return std::nullopt;
    auto failed = loadAndVerify(m_scratch, QStringLiteral("verify-first clone"));
    if (auto st = HelperDatabases::drop(*m_client, m_scratch); !st)
        say(QStringLiteral("warning: the scratch database %1 could not be dropped: %2").arg(m_scratch, st.error().message));
    else
        say(QStringLiteral("dropped the scratch database %1").arg(m_scratch));
    if (failed)
        return untouched(*failed);
    return std::nullopt;
}

// The snapshot loaded and verified in staging first; the target is still untouched.
std::optional<Error> SnapshotRestoreRun::loadStaging()
{
    if (m_mode != Mode::Swap)
        return std::nullopt;
    auto failed = loadAndVerify(m_plan.stagingDatabase, QStringLiteral("swap staging"));
    if (!failed)
        return std::nullopt;
    (void)HelperDatabases::drop(*m_client, m_plan.stagingDatabase);
    return untouched(*failed);
}

// Loads the snapshot into a database that is not the target and verifies it fully.
std::optional<Error> SnapshotRestoreRun::loadAndVerify(const QString &db, const QString &why)
{
    say(QStringLiteral("loading snapshot %1 into %2 (%3)").arg(m_name, db, why));
    RestoreRequest rr = restoreRequest(m_request, m_plan.snapshot, db);
    rr.inPlace = true; // a helper database holds nothing to protect; its full verification names what differs
    auto p = m_engine.plan(rr, m_cancel);
    if (!p)
        return p.error().wrapped(QStringLiteral("cannot plan the load into %1").arg(db));
    auto loaded = m_engine.execute(rr, *p, m_cancel);
    if (!loaded)
        return loaded.error().wrapped(QStringLiteral("loading into %1 failed").arg(db));
    m_out.preVerification = loaded->report;
    if (loaded->failure)
        return loaded->failure->wrapped(QStringLiteral("loading into %1 failed").arg(db));
    if (!recordVerification(loaded->report, why, db))
        return Error(ErrorCode::IntegrityMismatch, QStringLiteral("the snapshot %1 did not verify in %2: %3")
                                                       .arg(m_name, db, mismatchedCollections(loaded->report).join(QStringLiteral(", "))));
    say(QStringLiteral("snapshot %1 verified in %2: %3").arg(m_name, db, reportSummary(loaded->report)));
    return std::nullopt;
}

// Records a full verification in the catalog; true when every collection matched.
bool SnapshotRestoreRun::recordVerification(const VerificationReport &report, const QString &how, const QString &db)
{
    const bool ok = report.allOk();
    (void)m_store->recordVerification(m_name, ok ? SnapshotVerification::Ok : SnapshotVerification::Mismatch,
                                      QStringLiteral("%1 into %2: %3").arg(how, db, reportSummary(report)));
    return ok;
}

std::optional<Error> SnapshotRestoreRun::takeSafetySnapshot()
{
    if (!m_plan.willTakeSafetySnapshot)
        return std::nullopt;
    say(QStringLiteral("taking a safety snapshot of %1 before changing it").arg(m_target));
    const SafetySnapshot safety{
        .mongoUri = m_request.mongoUri,
        .database = m_target,
        .jobs = m_request.jobs,
        .purpose = QStringLiteral("pre_restore"),
        .description = QStringLiteral("Safety snapshot of %1, taken before %2 snapshot %3")
                           .arg(m_target, m_mode == Mode::Swap ? QStringLiteral("swapping in") : QStringLiteral("restoring"), m_name),
    };
    auto created = safety.take(*m_store, m_cancel);
    if (!created) {
        if (m_mode == Mode::Swap)
            (void)HelperDatabases::drop(*m_client, m_plan.stagingDatabase);
        return untouched(created.error().wrapped(QStringLiteral("the safety snapshot failed")));
    }
    m_out.safetySnapshot = created->name;
    m_out.safetySnapshotPath = created->path;
    say(QStringLiteral("safety snapshot: %1 (%2)").arg(created->name, created->path));
    return std::nullopt;
}

std::optional<Error> SnapshotRestoreRun::swapIntoTarget()
{
    const bool keep = m_request.keepExtra || !m_request.collections.isEmpty();
    auto swapPlan = SnapshotSwap::plan(*m_client, m_plan.stagingDatabase, m_target, keep);
    if (!swapPlan)
        return untouched(swapPlan.error());
    say(QStringLiteral("swapping the snapshot from %1 into %2").arg(m_plan.stagingDatabase, m_target));
    m_out.swap = SnapshotSwap::execute(*m_client, *swapPlan, m_cancel, m_sink);
    m_out.targetTouched = m_out.swap->targetChanged;
    if (!m_out.swap->succeeded())
        return swapFailure();
    if (auto st = HelperDatabases::drop(*m_client, m_plan.stagingDatabase); !st)
        say(QStringLiteral("warning: the staging database %1 could not be dropped: %2").arg(m_plan.stagingDatabase, st.error().message));
    return checkSwappedCounts();
}

// Staging goes when the target was not changed; otherwise the error says what was not swapped.
std::optional<Error> SnapshotRestoreRun::swapFailure()
{
    Error e = *m_out.swap->failure;
    if (!m_out.swap->targetChanged) {
        (void)HelperDatabases::drop(*m_client, m_plan.stagingDatabase);
        return e;
    }
    const QStringList left = notSwapped(*m_out.swap);
    e.message += QStringLiteral("; not swapped: %1").arg(left.isEmpty() ? QStringLiteral("none") : left.join(QStringLiteral(", ")));
    return withRollbackHint(e);
}

// The renamed collections hold what staging held; their counts against the manifest.
std::optional<Error> SnapshotRestoreRun::checkSwappedCounts()
{
    auto manifest = m_store->manifest(m_name);
    if (!manifest)
        return std::nullopt;
    auto drift = SnapshotDrift::compare(m_request.mongoUri, *manifest, m_target, m_request.sourceDatabase, m_cancel);
    if (!drift)
        return std::nullopt;
    QStringList off;
    for (const auto &r : drift->rows) {
        const bool wanted = m_request.collections.isEmpty() || m_request.collections.contains(r.collection);
        if (!wanted || (r.status == DriftStatus::Added && m_request.keepExtra))
            continue;
        if (r.status != DriftStatus::Same)
            off << QStringLiteral("%1 (%2)").arg(r.collection, toString(r.status));
    }
    if (!off.isEmpty())
        return Error(ErrorCode::IntegrityMismatch, QStringLiteral("after the swap, %1 does not match the snapshot's counts: %2")
                                                       .arg(m_target, off.join(QStringLiteral(", "))));
    say(QStringLiteral("swap done: %1 matches the snapshot's collections and counts").arg(m_target));
    return std::nullopt;
}

std::optional<Error> SnapshotRestoreRun::restoreIntoTarget()
{
    const RestoreRequest rr = restoreRequest(m_request, m_plan.snapshot, m_target);
    say(m_mode == Mode::Clone ? QStringLiteral("cloning snapshot %1 into %2").arg(m_name, m_target)
                              : QStringLiteral("restoring snapshot %1 into %2").arg(m_name, m_target));
    auto loaded = m_engine.execute(rr, m_plan.plan, m_cancel);
    if (!loaded)
        return untouched(loaded.error());
    m_out.load = *loaded;
    m_out.targetTouched = anyTouched(*loaded);
    if (loaded->failure)
        return withRollbackHint(*loaded->failure);
    (void)recordVerification(loaded->report, m_mode == Mode::Clone ? QStringLiteral("clone") : QStringLiteral("restore"), m_target);
    return std::nullopt;
}

SnapshotRestoreOutcome SnapshotRestoreRun::outcome(std::optional<Error> failure)
{
    m_out.failure = std::move(failure);
    m_out.elapsedMs = m_timer.elapsed();
    return m_out;
}

Error SnapshotRestoreRun::untouched(Error e) const
{
    e.message += QStringLiteral("; the target %1 was not touched").arg(m_target);
    return e;
}

Error SnapshotRestoreRun::withRollbackHint(Error e) const
{
    if (!m_out.safetySnapshot.isEmpty())
        e.hint = QStringLiteral("roll back with: ") + m_out.rollbackCommand(m_request.mongoUri);
    return e;
}

} // namespace lifeboat
