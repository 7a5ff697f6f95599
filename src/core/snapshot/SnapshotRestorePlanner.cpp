#include "core/snapshot/SnapshotRestorePlanner.h"

#include "core/restore/RestoreEngine.h"
#include "core/snapshot/HelperDatabases.h"
#include "core/snapshot/SnapshotRestoreRun.h"
#include "core/snapshot/SnapshotStore.h"

namespace lifeboat {

SnapshotRestorePlanner::SnapshotRestorePlanner(const SnapshotRestoreRequest &request, const CancelToken &cancel)
    : m_request(request), m_cancel(cancel)
{
}

Status SnapshotRestorePlanner::findSnapshot()
{
    SnapshotStore store(m_request.snapshotDir);
    auto entry = store.find(m_request.name, m_cancel);
    if (!entry)
        return entry.error();
    if (!entry->usable())
        return Error(ErrorCode::ArchiveCorrupt, QStringLiteral("the snapshot '%1' cannot be used: %2").arg(entry->name, entry->problem));
    m_plan.snapshot = *entry;
    return {};
}

Status SnapshotRestorePlanner::chooseTarget()
{
    const SnapshotEntry &entry = m_plan.snapshot;
    m_source = m_request.sourceDatabase.isEmpty() ? entry.database() : m_request.sourceDatabase;
    m_plan.targetDatabase = m_request.targetDatabase;
    if (!m_plan.targetDatabase.isEmpty())
        return {};
    if (m_source.isEmpty())
        return Error(ErrorCode::Usage, QStringLiteral("the snapshot '%1' holds several databases (%2): choose one with --source-db")
                                           .arg(entry.name, entry.databases.join(QStringLiteral(", "))));
    m_plan.targetDatabase = m_request.mode == Mode::Clone ? HelperDatabases::name(m_source, QStringLiteral("_verify")) : m_source;
    return {};
}

Status SnapshotRestorePlanner::planRestore()
{
    RestoreEngine engine;
    auto restorePlan = engine.plan(SnapshotRestoreRun::restoreRequest(m_request, m_plan.snapshot, m_plan.targetDatabase), m_cancel);
    if (!restorePlan)
        return restorePlan.error();
    m_plan.plan = *restorePlan;
    return {};
}

Status SnapshotRestorePlanner::checkCloneTarget()
{
    if (m_request.mode != Mode::Clone || m_request.allowExisting)
        return {};
    const QString &target = m_plan.targetDatabase;
    if (m_plan.plan.targetExists)
        return Error(ErrorCode::Refused, QStringLiteral("the database %1 already exists; a clone goes into a new database").arg(target),
                     QStringLiteral("choose another --target-db, or pass --allow-existing to make %1 an exact copy of the snapshot").arg(target));
    if (!m_source.isEmpty() && target == m_source)
        return Error(ErrorCode::Refused, QStringLiteral("cloning into %1, the snapshot's own database, would overwrite it").arg(target),
                     QStringLiteral("choose another --target-db, or use 'snapshot restore' to roll %1 back").arg(target));
    return {};
}

Status SnapshotRestorePlanner::reserveHelperDatabases()
{
    const bool scratch = (m_request.mode == Mode::Restore && m_request.verifyFirst)
                         || (m_request.mode == Mode::Swap && m_request.fallbackRestore); // a fallback restore verifies first too
    const bool staging = m_request.mode == Mode::Swap;
    auto pool = MongoClientPool::create(m_request.mongoUri, 1);
    if (!pool)
        return pool.error();
    auto client = (*pool)->acquire();
    if (staging) {
        m_plan.stagingDatabase = helperDatabase(m_request.stagingDatabase, QStringLiteral("_lifeboat_staging"));
        if (auto st = mustBeFree(client, m_plan.stagingDatabase, "staging-db"); !st)
            return st;
    }
    if (scratch) {
        m_plan.scratchDatabase = helperDatabase(m_request.scratchDatabase, QStringLiteral("_lifeboat_verify"));
        if (auto st = mustBeFree(client, m_plan.scratchDatabase, "scratch-db"); !st)
            return st;
    }
    return {};
}

SnapshotRestorePlan SnapshotRestorePlanner::plan() const
{
    SnapshotRestorePlan out = m_plan;
    out.needsConfirmation = out.plan.isDestructive();
    out.willTakeSafetySnapshot = m_request.safetySnapshot && out.plan.targetExists && out.needsConfirmation;
    return out;
}

// The one the request names, or one named after the target.
QString SnapshotRestorePlanner::helperDatabase(const QString &given, const QString &suffix) const
{
    return given.isEmpty() ? HelperDatabases::name(m_plan.targetDatabase, suffix) : given;
}

Status SnapshotRestorePlanner::mustBeFree(const PooledClient &client, const QString &db, const char *option) const
{
    if (db == m_plan.targetDatabase)
        return Error(ErrorCode::Usage, QStringLiteral("the %1 database cannot be the target itself").arg(QLatin1String(option)));
    auto n = HelperDatabases::collectionCount(client, db);
    if (!n)
        return n.error();
    if (*n > 0)
        return Error(ErrorCode::Refused, QStringLiteral("the database %1 (for %2) already exists with %3 collection(s); nothing was changed")
                                             .arg(db, QLatin1String(option)).arg(*n),
                     QStringLiteral("drop it if it is left over from an earlier run, or name another with --%1").arg(QLatin1String(option)));
    return {};
}

} // namespace lifeboat
