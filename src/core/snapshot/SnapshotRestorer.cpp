#include "core/snapshot/SnapshotRestorer.h"

#include "core/mongo/DatabaseCatalog.h"
#include "core/mongo/MongoClientPool.h"
#include "core/config/MongoUri.h"
#include "core/snapshot/SnapshotDrift.h"
#include "core/snapshot/SnapshotLock.h"
#include "core/snapshot/SnapshotNames.h"
#include "core/snapshot/SnapshotStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace lifeboat {

namespace {

// MongoDB allows database names of up to 63 bytes; keep room for SnapshotSwap's "_probe".
constexpr int MaxHelperDatabaseBytes = 56;

QString helperDatabase(const QString &target, const QString &suffix)
{
    QString base = target;
    while (!base.isEmpty() && (base + suffix).toUtf8().size() > MaxHelperDatabaseBytes)
        base.chop(1);
    return base + suffix;
}

QString quoted(QString s)
{
    return QLatin1Char('\'') + s.replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
}

// Collections (not system.*) of a database; an empty list when it does not exist.
Result<int> collectionCount(const PooledClient &client, const QString &db)
{
    auto cols = DatabaseCatalog::collections(client, db);
    if (!cols)
        return cols.error();
    int n = 0;
    for (const auto &c : *cols)
        n += c.isSystem() ? 0 : 1;
    return n;
}

Status dropDatabase(const PooledClient &client, const QString &db)
{
    BsonDocument cmd;
    BSON_APPEND_INT32(cmd.get(), "dropDatabase", 1);
    auto reply = client.command(db, cmd.get());
    if (!reply)
        return reply.error();
    return {};
}

QString reportSummary(const VerificationReport &r)
{
    return QStringLiteral("%1 ok, %2 mismatch, %3 skipped").arg(r.count(QStringLiteral("ok"))).arg(r.count(QStringLiteral("mismatch"))).arg(r.count(QStringLiteral("skipped")));
}

QStringList mismatchedCollections(const VerificationReport &r)
{
    QStringList out;
    for (const auto &row : r.rows) {
        if (row.status == QLatin1String("mismatch"))
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

namespace {

RestoreRequest restoreRequestFor(const SnapshotRestoreRequest &r, const SnapshotEntry &entry, const QString &target)
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

} // namespace

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
        target = request.mode == Mode::Clone ? helperDatabase(source, QStringLiteral("_verify")) : source;
    }
    out.targetDatabase = target;
    RestoreEngine engine;
    auto restorePlan = engine.plan(restoreRequestFor(request, *entry, target), cancel);
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
        auto n = collectionCount(client, db);
        if (!n)
            return n.error();
        if (*n > 0)
            return Error(ErrorCode::Refused, QStringLiteral("the database %1 (for %2) already exists with %3 collection(s); nothing was changed")
                                                 .arg(db, QLatin1String(option)).arg(*n),
                         QStringLiteral("drop it if it is left over from an earlier run, or name another with --%1").arg(QLatin1String(option)));
        return {};
    };
    if (request.mode == Mode::Restore && request.verifyFirst) {
        out.scratchDatabase = request.scratchDatabase.isEmpty() ? helperDatabase(target, QStringLiteral("_lifeboat_verify")) : request.scratchDatabase;
        if (auto st = mustBeFree(out.scratchDatabase, "scratch-db"); !st)
            return st.error();
    }
    if (request.mode == Mode::Swap) {
        out.stagingDatabase = request.stagingDatabase.isEmpty() ? helperDatabase(target, QStringLiteral("_lifeboat_staging")) : request.stagingDatabase;
        if (auto st = mustBeFree(out.stagingDatabase, "staging-db"); !st)
            return st.error();
        if (request.fallbackRestore) {
            // A fallback restore verifies in a scratch database first, like --verify-first.
            out.scratchDatabase = request.scratchDatabase.isEmpty() ? helperDatabase(target, QStringLiteral("_lifeboat_verify")) : request.scratchDatabase;
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
    using Mode = SnapshotRestoreRequest::Mode;
    QElapsedTimer timer;
    timer.start();
    SnapshotRestoreOutcome out;
    out.plan = plan;
    const QString target = plan.targetDatabase;
    const QString name = plan.snapshot.name;
    auto say = [&](const QString &m) {
        out.messages << m;
        if (m_sink)
            m_sink->message(m);
    };
    auto finish = [&](std::optional<Error> failure) -> Result<SnapshotRestoreOutcome> {
        out.failure = std::move(failure);
        out.elapsedMs = timer.elapsed();
        return out;
    };

    auto lock = SnapshotLock::acquire(plan.snapshot.path, SnapshotLock::Mode::Shared);
    if (!lock)
        return lock.error();
    if (!QFileInfo::exists(plan.snapshot.path))
        return Error(ErrorCode::NotFound, QStringLiteral("the snapshot '%1' was deleted (%2 is gone)").arg(name, plan.snapshot.path));
    SnapshotStore store(request.snapshotDir);
    auto pool = MongoClientPool::create(request.mongoUri, 2);
    if (!pool)
        return pool.error();
    auto client = (*pool)->acquire();
    RestoreEngine engine(m_sink);

    // Loads the snapshot into a database that is not the target and verifies it fully.
    // Returns the failure, or nothing when the load verified.
    auto loadAndVerify = [&](const QString &db, const QString &why) -> std::optional<Error> {
        say(QStringLiteral("loading snapshot %1 into %2 (%3)").arg(name, db, why));
        const RestoreRequest rr = restoreRequestFor(request, plan.snapshot, db);
        auto p = engine.plan(rr, cancel);
        if (!p)
            return p.error().wrapped(QStringLiteral("cannot plan the load into %1").arg(db));
        auto loaded = engine.execute(rr, *p, cancel);
        if (!loaded)
            return loaded.error().wrapped(QStringLiteral("loading into %1 failed").arg(db));
        out.preVerification = loaded->report;
        if (loaded->failure)
            return loaded->failure->wrapped(QStringLiteral("loading into %1 failed").arg(db));
        const bool ok = loaded->report.allOk();
        (void)store.recordVerification(name, ok ? SnapshotVerification::Ok : SnapshotVerification::Mismatch,
                                       QStringLiteral("%1 into %2: %3").arg(why, db, reportSummary(loaded->report)));
        if (!ok)
            return Error(ErrorCode::IntegrityMismatch, QStringLiteral("the snapshot %1 did not verify in %2: %3")
                                                           .arg(name, db, mismatchedCollections(loaded->report).join(QStringLiteral(", "))));
        say(QStringLiteral("snapshot %1 verified in %2: %3").arg(name, db, reportSummary(loaded->report)));
        return std::nullopt;
    };
    auto untouchedNote = [&](Error e) {
        e.message += QStringLiteral("; the target %1 was not touched").arg(target);
        return e;
    };

    Mode mode = request.mode;
    bool verifyFirst = mode == Mode::Restore && request.verifyFirst;
    QString scratch = plan.scratchDatabase;

    // --swap: can the server do it at all? Find out before anything else.
    if (mode == Mode::Swap) {
        auto support = SnapshotSwap::probe(client, plan.stagingDatabase);
        if (!support)
            return support.error();
        QString why;
        if (!support->supported)
            why = QStringLiteral("this server cannot do the renames a swap needs, into another database and then over an existing collection (%1)").arg(support->reason);
        for (const auto &c : plan.plan.collections) {
            if (c.type == QLatin1String("timeseries") && c.action != PlannedCollection::Action::Drop && why.isEmpty())
                why = QStringLiteral("%1 is a time-series collection, which renameCollection cannot move").arg(c.name);
        }
        if (!why.isEmpty()) {
            if (!request.fallbackRestore)
                return Error(ErrorCode::Refused, why + QStringLiteral("; nothing was changed"),
                             QStringLiteral("pass --fallback-restore to restore in place instead (verified in a scratch database first), or leave out --swap"));
            say(why + QStringLiteral("; falling back to an ordinary restore, verified in a scratch database first (--fallback-restore)"));
            out.fellBackToRestore = true;
            mode = Mode::Restore;
            verifyFirst = true;
            if (scratch.isEmpty())
                scratch = helperDatabase(target, QStringLiteral("_lifeboat_verify"));
        }
    }

    // --verify-first: clone into a scratch database, verify, drop it; only then the target.
    if (verifyFirst) {
        auto failed = loadAndVerify(scratch, QStringLiteral("verify-first clone"));
        if (auto st = dropDatabase(client, scratch); !st)
            say(QStringLiteral("warning: the scratch database %1 could not be dropped: %2").arg(scratch, st.error().message));
        else
            say(QStringLiteral("dropped the scratch database %1").arg(scratch));
        if (failed)
            return finish(untouchedNote(*failed));
    }

    // --swap: load and verify in staging first; the target is still untouched.
    if (mode == Mode::Swap) {
        auto failed = loadAndVerify(plan.stagingDatabase, QStringLiteral("swap staging"));
        if (failed) {
            (void)dropDatabase(client, plan.stagingDatabase);
            return finish(untouchedNote(*failed));
        }
    }

    // Safety snapshot of the target, as a snapshot of this folder.
    if (plan.willTakeSafetySnapshot) {
        say(QStringLiteral("taking a safety snapshot of %1 before changing it").arg(target));
        SnapshotCreateRequest safety;
        safety.mongoUri = request.mongoUri;
        safety.database = target;
        safety.jobs = request.jobs;
        safety.info.level = SnapshotLevel::Database;
        safety.info.purpose = QStringLiteral("pre_restore");
        safety.info.description = QStringLiteral("Safety snapshot of %1, taken before %2 snapshot %3")
                                      .arg(target, mode == Mode::Swap ? QStringLiteral("swapping in") : QStringLiteral("restoring"), name);
        safety.info.tags = QStringList{QStringLiteral("safety")};
        safety.info.name = store.proposeName(QStringLiteral("pre_restore_") + target);
        auto created = store.create(safety, nullptr, cancel);
        if (!created) {
            if (mode == Mode::Swap)
                (void)dropDatabase(client, plan.stagingDatabase);
            return finish(untouchedNote(created.error().wrapped(QStringLiteral("the safety snapshot failed"))));
        }
        out.safetySnapshot = created->entry.name;
        out.safetySnapshotPath = created->entry.path;
        say(QStringLiteral("safety snapshot: %1 (%2)").arg(created->entry.name, created->entry.path));
    }

    if (mode == Mode::Swap) {
        const bool keep = request.keepExtra || !request.collections.isEmpty();
        auto swapPlan = SnapshotSwap::plan(client, plan.stagingDatabase, target, keep);
        if (!swapPlan)
            return finish(untouchedNote(swapPlan.error()));
        say(QStringLiteral("swapping the snapshot from %1 into %2").arg(plan.stagingDatabase, target));
        out.swap = SnapshotSwap::execute(client, *swapPlan, cancel, m_sink);
        out.targetTouched = out.swap->targetChanged;
        if (!out.swap->succeeded()) {
            Error e = *out.swap->failure;
            if (!out.swap->targetChanged) {
                (void)dropDatabase(client, plan.stagingDatabase);
                return finish(e);
            }
            QStringList notSwapped;
            for (const auto &s : out.swap->plan.steps) {
                if (s.kind == SwapStep::Kind::Rename && s.status != QLatin1String("done"))
                    notSwapped << s.collection;
            }
            e.message += QStringLiteral("; not swapped: %1").arg(notSwapped.isEmpty() ? QStringLiteral("none") : notSwapped.join(QStringLiteral(", ")));
            if (!out.safetySnapshot.isEmpty())
                e.hint = QStringLiteral("roll back with: ") + out.rollbackCommand(request.mongoUri);
            return finish(e);
        }
        if (auto st = dropDatabase(client, plan.stagingDatabase); !st)
            say(QStringLiteral("warning: the staging database %1 could not be dropped: %2").arg(plan.stagingDatabase, st.error().message));
        // The renamed collections hold what staging held; check the counts against the manifest.
        auto manifest = store.manifest(name);
        if (manifest) {
            auto drift = SnapshotDrift::compare(request.mongoUri, *manifest, target, request.sourceDatabase, cancel);
            if (drift) {
                QStringList off;
                for (const auto &r : drift->rows) {
                    const bool wanted = request.collections.isEmpty() || request.collections.contains(r.collection);
                    if (!wanted || (r.status == QLatin1String("added") && request.keepExtra))
                        continue;
                    if (r.status != QLatin1String("same"))
                        off << QStringLiteral("%1 (%2)").arg(r.collection, r.status);
                }
                if (!off.isEmpty())
                    return finish(Error(ErrorCode::IntegrityMismatch, QStringLiteral("after the swap, %1 does not match the snapshot's counts: %2")
                                                                          .arg(target, off.join(QStringLiteral(", ")))));
                say(QStringLiteral("swap done: %1 matches the snapshot's collections and counts").arg(target));
            }
        }
        return finish(std::nullopt);
    }

    // Clone or restore in place.
    const RestoreRequest rr = restoreRequestFor(request, plan.snapshot, target);
    say(mode == Mode::Clone ? QStringLiteral("cloning snapshot %1 into %2").arg(name, target)
                            : QStringLiteral("restoring snapshot %1 into %2").arg(name, target));
    auto loaded = engine.execute(rr, plan.plan, cancel);
    if (!loaded)
        return finish(untouchedNote(loaded.error()));
    out.load = *loaded;
    out.targetTouched = anyTouched(*loaded);
    if (loaded->failure) {
        Error e = *loaded->failure;
        if (!out.safetySnapshot.isEmpty())
            e.hint = QStringLiteral("roll back with: ") + out.rollbackCommand(request.mongoUri);
        return finish(e);
    }
    const bool ok = loaded->report.allOk();
    (void)store.recordVerification(name, ok ? SnapshotVerification::Ok : SnapshotVerification::Mismatch,
                                   QStringLiteral("%1 into %2: %3").arg(mode == Mode::Clone ? QStringLiteral("clone") : QStringLiteral("restore"), target,
                                                                        reportSummary(loaded->report)));
    return finish(std::nullopt);
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
    auto n = collectionCount(client, request.fromDatabase);
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
    auto support = SnapshotSwap::probe(client, helperDatabase(request.toDatabase, QStringLiteral("_lifeboat_probe")));
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
    auto targetCount = collectionCount(client, request.toDatabase);
    if (!targetCount)
        return targetCount.error();
    if (request.safetySnapshot && *targetCount > 0) {
        SnapshotStore store(request.snapshotDir);
        say(QStringLiteral("taking a safety snapshot of %1 before promoting %2").arg(request.toDatabase, request.fromDatabase));
        SnapshotCreateRequest safety;
        safety.mongoUri = request.mongoUri;
        safety.database = request.toDatabase;
        safety.jobs = request.jobs;
        safety.info.level = SnapshotLevel::Database;
        safety.info.purpose = QStringLiteral("pre_promote");
        safety.info.description = QStringLiteral("Safety snapshot of %1, taken before promoting %2 into it").arg(request.toDatabase, request.fromDatabase);
        safety.info.tags = QStringList{QStringLiteral("safety")};
        safety.info.name = store.proposeName(QStringLiteral("pre_promote_") + request.toDatabase);
        auto created = store.create(safety, nullptr, cancel);
        if (!created)
            return created.error().wrapped(QStringLiteral("the safety snapshot failed, so nothing was changed"));
        out.safetySnapshot = created->entry.name;
        out.safetySnapshotPath = created->entry.path;
        say(QStringLiteral("safety snapshot: %1 (%2)").arg(created->entry.name, created->entry.path));
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
        if (auto st = dropDatabase(client, request.fromDatabase); !st)
            say(QStringLiteral("warning: %1 could not be dropped: %2").arg(request.fromDatabase, st.error().message));
        else
            say(QStringLiteral("dropped %1 (its collections now live in %2)").arg(request.fromDatabase, request.toDatabase));
    }
    out.elapsedMs = timer.elapsed();
    return out;
}

} // namespace lifeboat
