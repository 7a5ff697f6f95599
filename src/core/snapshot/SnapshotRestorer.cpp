#include "core/snapshot/SnapshotRestorer.h"

#include "core/config/MongoUri.h"
#include "core/mongo/MongoClientPool.h"
#include "core/snapshot/HelperDatabases.h"
#include "core/snapshot/Promotion.h"
#include "core/snapshot/SnapshotRestorePlanner.h"
#include "core/snapshot/SnapshotRestoreRun.h"

#include <QFileInfo>

#include <array>

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

SnapshotRestorer::SnapshotRestorer(ProgressSink &sink) : m_sink(sink) {}

Result<SnapshotRestorePlan> SnapshotRestorer::plan(const SnapshotRestoreRequest &request, const CancelToken &cancel)
{
    // In this order; the first step that refuses ends the planning.
    static constexpr std::array<Status (SnapshotRestorePlanner::*)(), 5> Steps{
        &SnapshotRestorePlanner::findSnapshot,
        &SnapshotRestorePlanner::chooseTarget,
        &SnapshotRestorePlanner::planRestore,
        &SnapshotRestorePlanner::checkCloneTarget,
        &SnapshotRestorePlanner::reserveHelperDatabases,
    };
    SnapshotRestorePlanner planner(request, cancel);
    for (const auto step : Steps) {
        if (auto st = (planner.*step)(); !st)
            return st.error();
    }
    return planner.plan();
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
    // Nothing is changed until the swap; the first of these that fails ends the promotion.
    static constexpr std::array<Status (Promotion::*)(), 4> Preparations{
        &Promotion::open,
        &Promotion::checkRenameSupport,
        &Promotion::countBefore,
        &Promotion::takeSafetySnapshot,
    };
    Promotion promotion(request, plan, cancel, m_sink);
    for (const auto step : Preparations) {
        if (auto st = (promotion.*step)(); !st)
            return st.error();
    }
    std::optional<Error> failure = promotion.swap();
    if (!failure)
        failure = promotion.checkCounts();
    if (!failure)
        promotion.dropSource();
    return promotion.outcome(std::move(failure));
}

} // namespace lifeboat
