#include "core/snapshot/SnapshotRestorer.h"

#include "core/config/MongoUri.h"
#include "core/mongo/DatabaseCatalog.h"
#include "core/mongo/MongoClientPool.h"
#include "core/snapshot/HelperDatabases.h"
#include "core/snapshot/SafetySnapshot.h"
#include "core/snapshot/SnapshotRestoreRun.h"
#include "core/snapshot/SnapshotStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace lifeboat {

namespace {

QString quoted(QString s)
{
    return QLatin1Char('\'') + s.replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
}

} // namespace

bool SnapshotRestoreOutcome::succeeded() const
{
    if (failure)
        return false;
    if (swap && !swap->succeeded())
        return false;
    const VerificationReport *r = report();
    return r == nullptr || r->allOk();
}

const VerificationReport *SnapshotRestoreOutcome::report() const
{
    if (load)
        return &load->report;
    if (preVerification)
        return &*preVerification;
    return nullptr;
}

QString SnapshotRestoreOutcome::rollbackCommand(const QString &mongoUri) const
{
    if (safetySnapshot.isEmpty())
        return {};
    return QStringLiteral("lifeboat-cli snapshot restore %1 --snapshot-dir %2 --mongo-uri %3 --target-db %4 --no-snapshot --yes")
        .arg(quoted(safetySnapshot), quoted(QFileInfo(safetySnapshotPath).absolutePath()), quoted(MongoUri::redacted(mongoUri)),
             quoted(plan.targetDatabase));
}

SnapshotRestorer::SnapshotRestorer(ProgressSink *sink) : m_sink(sink) {}

Result<SnapshotRestorePlan> SnapshotRestorer::plan(const SnapshotRestoreRequest &request, const CancelToken &cancel)
{
    using Mode = SnapshotRestoreRequest::Mode;
    SnapshotStore store(request.snapshotDir);
    auto entry = store.find(request.name, cancel);
    if (!entry)
        return entry.error();
    if (!entry->usable())
        return Error(ErrorCode::ArchiveCorrupt, QStringLiteral("the snapshot '%1' cannot be used: %2").arg(entry->name, entry->problem));
    SnapshotRestorePlan out;
    out.snapshot = *entry;
    QString source = request.sourceDatabase.isEmpty() ? entry->database() : request.sourceDatabase;
    QString target = request.targetDatabase;
    if (target.isEmpty()) {
        if (source.isEmpty())
            return Error(ErrorCode::Usage, QStringLiteral("the snapshot '%1' holds several databases (%2): choose one with --source-db")
                                               .arg(entry->name, entry->databases.join(QStringLiteral(", "))));
        target = request.mode == Mode::Clone ? HelperDatabases::name(source, QStringLiteral("_verify")) : source;
    }
    out.targetDatabase = target;
    RestoreEngine engine;
    auto restorePlan = engine.plan(SnapshotRestoreRun::restoreRequest(request, *entry, target), cancel);
    if (!restorePlan)
        return restorePlan.error();
    out.plan = *restorePlan;
    if (request.mode == Mode::Clone && out.plan.targetExists && !request.allowExisting)
        return Error(ErrorCode::Refused, QStringLiteral("the database %1 already exists; a clone goes into a new database").arg(target),
                     QStringLiteral("choose another --target-db, or pass --allow-existing to make %1 an exact copy of the snapshot").arg(target));
    if (request.mode == Mode::Clone && !source.isEmpty() && target == source && !request.allowExisting)
        return Error(ErrorCode::Refused, QStringLiteral("cloning into %1, the snapshot's own database, would overwrite it").arg(target),
                     QStringLiteral("choose another --target-db, or use 'snapshot restore' to roll %1 back").arg(target));

    auto pool = MongoClientPool::create(request.mongoUri, 1);
    if (!pool)
        return pool.error();
    auto client = (*pool)->acquire();
    auto mustBeFree = [&](const QString &db, const char *option) -> Status {
        if (db == target)
            return Error(ErrorCode::Usage, QStringLiteral("the %1 database cannot be the target itself").arg(QLatin1String(option)));
        auto n = HelperDatabases::collectionCount(client, db);
        if (!n)
            return n.error();
        if (*n > 0)
            return Error(ErrorCode::Refused, QStringLiteral("the database %1 (for %2) already exists with %3 collection(s); nothing was changed")
                                                 .arg(db, QLatin1String(option)).arg(*n),
                         QStringLiteral("drop it if it is left over from an earlier run, or name another with --%1").arg(QLatin1String(option)));
        return {};
    };
    if (request.mode == Mode::Restore && request.verifyFirst) {
        out.scratchDatabase = request.scratchDatabase.isEmpty() ? HelperDatabases::name(target, QStringLiteral("_lifeboat_verify")) : request.scratchDatabase;
        if (auto st = mustBeFree(out.scratchDatabase, "scratch-db"); !st)
            return st.error();
    }
    if (request.mode == Mode::Swap) {
        out.stagingDatabase = request.stagingDatabase.isEmpty() ? HelperDatabases::name(target, QStringLiteral("_lifeboat_staging")) : request.stagingDatabase;
        if (auto st = mustBeFree(out.stagingDatabase, "staging-db"); !st)
            return st.error();
        if (request.fallbackRestore) {
            // A fallback restore verifies in a scratch database first, like --verify-first.
            out.scratchDatabase = request.scratchDatabase.isEmpty() ? HelperDatabases::name(target, QStringLiteral("_lifeboat_verify")) : request.scratchDatabase;
            if (auto st = mustBeFree(out.scratchDatabase, "scratch-db"); !st)
                return st.error();
        }
    }
    out.needsConfirmation = out.plan.isDestructive();
    out.willTakeSafetySnapshot = request.safetySnapshot && out.plan.targetExists && out.needsConfirmation;
    return out;
}

Result<SnapshotRestoreOutcome> SnapshotRestorer::execute(const SnapshotRestoreRequest &request, const SnapshotRestorePlan &plan,
                                                         const CancelToken &cancel)
{
    SnapshotRestoreRun run(request, plan, cancel, m_sink);
    if (auto st = run.open(); !st)
        return st.error();
    if (auto st = run.checkSwapSupport(); !st)
        return st.error();
    // From here on something may have been written: a failure is part of the outcome.
    std::optional<Error> failure = run.verifyFirst();
    if (!failure)
        failure = run.loadStaging();
    if (!failure)
        failure = run.takeSafetySnapshot();
    if (!failure)
        failure = run.swaps() ? run.swapIntoTarget() : run.restoreIntoTarget();
    return run.outcome(std::move(failure));
}

Result<SwapPlan> SnapshotRestorer::planPromote(const PromoteRequest &request)
{
    if (request.fromDatabase.isEmpty() || request.toDatabase.isEmpty())
        return Error(ErrorCode::Usage, QStringLiteral("promote needs --from and --to"));
    if (request.fromDatabase == request.toDatabase)
        return Error(ErrorCode::Usage, QStringLiteral("--from and --to name the same database"));
    auto pool = MongoClientPool::create(request.mongoUri, 1);
    if (!pool)
        return pool.error();
    auto client = (*pool)->acquire();
    auto n = HelperDatabases::collectionCount(client, request.fromDatabase);
    if (!n)
        return n.error();
    if (*n == 0)
        return Error(ErrorCode::NotFound, QStringLiteral("the database %1 does not exist or holds no collections").arg(request.fromDatabase));
    return SnapshotSwap::plan(client, request.fromDatabase, request.toDatabase, request.keepExtra);
}

Result<PromoteOutcome> SnapshotRestorer::promote(const PromoteRequest &request, const SwapPlan &plan, const CancelToken &cancel)
{
    QElapsedTimer timer;
    timer.start();
    PromoteOutcome out;
    out.plan = plan;
    auto say = [&](const QString &m) {
        out.messages << m;
        if (m_sink)
            m_sink->message(m);
    };
    auto pool = MongoClientPool::create(request.mongoUri, 1);
    if (!pool)
        return pool.error();
    auto client = (*pool)->acquire();
    if (!plan.warnings.isEmpty())
        return Error(ErrorCode::Refused, plan.warnings.join(QStringLiteral("; ")) + QStringLiteral("; nothing was changed"));
    auto support = SnapshotSwap::probe(client, HelperDatabases::name(request.toDatabase, QStringLiteral("_lifeboat_probe")));
    if (!support)
        return support.error();
    if (!support->supported)
        return Error(ErrorCode::Refused, QStringLiteral("this server cannot do the renames promote needs, into another database and then over an existing collection (%1); nothing was changed")
                                             .arg(support->reason),
                     QStringLiteral("snapshot %1 and restore it into %2 instead (snapshot create, then snapshot restore)").arg(request.fromDatabase, request.toDatabase));

    // Counts before, to check after that every collection arrived whole.
    QHash<QString, qint64> before;
    for (const auto &s : plan.steps) {
        if (s.kind == SwapStep::Kind::Rename)
            before.insert(s.collection, DatabaseCatalog::estimate(client, request.fromDatabase, s.collection).documents);
    }
    auto targetCount = HelperDatabases::collectionCount(client, request.toDatabase);
    if (!targetCount)
        return targetCount.error();
    if (request.safetySnapshot && *targetCount > 0) {
        SnapshotStore store(request.snapshotDir);
        say(QStringLiteral("taking a safety snapshot of %1 before promoting %2").arg(request.toDatabase, request.fromDatabase));
        const SafetySnapshot safety{
            .mongoUri = request.mongoUri,
            .database = request.toDatabase,
            .jobs = request.jobs,
            .purpose = QStringLiteral("pre_promote"),
            .description = QStringLiteral("Safety snapshot of %1, taken before promoting %2 into it").arg(request.toDatabase, request.fromDatabase),
        };
        auto created = safety.take(store, cancel);
        if (!created)
            return created.error().wrapped(QStringLiteral("the safety snapshot failed, so nothing was changed"));
        out.safetySnapshot = created->name;
        out.safetySnapshotPath = created->path;
        say(QStringLiteral("safety snapshot: %1 (%2)").arg(created->name, created->path));
    }
    say(QStringLiteral("promoting %1 into %2").arg(request.fromDatabase, request.toDatabase));
    out.swap = SnapshotSwap::execute(client, plan, cancel, m_sink);
    if (!out.swap->succeeded()) {
        Error e = *out.swap->failure;
        if (!out.safetySnapshot.isEmpty())
            e.hint = QStringLiteral("roll back with: lifeboat-cli snapshot restore '%1' --snapshot-dir '%2' --target-db '%3' --no-snapshot --yes")
                         .arg(out.safetySnapshot, QFileInfo(out.safetySnapshotPath).absolutePath(), request.toDatabase);
        out.failure = e;
        out.elapsedMs = timer.elapsed();
        return out;
    }
    QStringList off;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const qint64 now = DatabaseCatalog::estimate(client, request.toDatabase, it.key()).documents;
        if (now != it.value())
            off << QStringLiteral("%1 (%2 before, %3 after)").arg(it.key()).arg(it.value()).arg(now);
    }
    if (!off.isEmpty())
        out.failure = Error(ErrorCode::IntegrityMismatch, QStringLiteral("after promoting, these counts differ: %1").arg(off.join(QStringLiteral(", "))));
    if (request.dropSource && !out.failure) {
        if (auto st = HelperDatabases::drop(client, request.fromDatabase); !st)
            say(QStringLiteral("warning: %1 could not be dropped: %2").arg(request.fromDatabase, st.error().message));
        else
            say(QStringLiteral("dropped %1 (its collections now live in %2)").arg(request.fromDatabase, request.toDatabase));
    }
    out.elapsedMs = timer.elapsed();
    return out;
}

} // namespace lifeboat
