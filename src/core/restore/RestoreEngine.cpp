#include "core/restore/RestoreEngine.h"
#include "core/restore/RestoreTargetLock.h"

#include "core/archive/ArchiveContents.h"
#include "core/config/MongoUri.h"
#include "core/mongo/ServerInfo.h"
#include "core/restore/DocumentLoader.h"
#include "core/restore/RestorePhases.h"
#include "core/restore/RestorePlanner.h"
#include "core/restore/RestoreRun.h"
#include "core/restore/UnsupportedOptions.h"

namespace lifeboat {

QString RestoreResult::rollbackCommand() const
{
    if (safetySnapshotPath.isEmpty() || targetUnchanged)
        return {};
    auto quote = [](QString s) -> QString { return QLatin1Char('\'') + s.replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\''); };
    // The URI names the server the restore ran against, without credentials: add them (or use
    // MONGO_URI) rather than risk another server.
    return QStringLiteral("lifeboat-cli restore %1 --mongo-uri %2 --target-db %3 --replace-existing --no-snapshot --yes")
        .arg(quote(safetySnapshotPath), quote(MongoUri::redacted(mongoUri)), quote(plan.targetDatabase));
}

namespace {

// The archive opened, the server asked, the plan made: what plan() and verify() share.
struct OpenedPlan {
    ArchiveContents contents;
    std::unique_ptr<MongoClientPool> pool;
    RestorePlan plan;
};

Result<OpenedPlan> openAndPlan(const RestoreRequest &request, const CancelToken &cancel)
{
    auto contents = ArchiveContents::open(request.archivePath, cancel);
    if (!contents)
        return contents.error();
    auto pool = MongoClientPool::create(request.mongoUri, 2);
    if (!pool)
        return pool.error();
    auto client = (*pool)->acquire();
    auto server = ServerInfo::query(client);
    if (!server)
        return server.error();
    auto plan = RestorePlanner::plan(request, *contents, client, *server, cancel);
    if (!plan)
        return plan.error();
    return OpenedPlan{std::move(*contents), std::move(*pool), std::move(*plan)};
}

} // namespace

RestoreEngine::RestoreEngine(ProgressSink &sink) : m_sink(sink) {}

Result<RestorePlan> RestoreEngine::plan(const RestoreRequest &request, const CancelToken &cancel)
{
    auto planned = openAndPlan(request, cancel);
    if (!planned)
        return planned.error();
    RestorePlan plan = std::move(planned->plan);
    plan.archive = std::make_shared<const ArchiveContents>(std::move(planned->contents));
    return plan;
}

Result<RestoreResult> RestoreEngine::execute(const RestoreRequest &request, const RestorePlan &plan, const CancelToken &cancel)
{
    RestoreRun run(request, plan, cancel, m_sink);
    if (auto st = checkLimits(request); !st)
        return st.error();
    if (auto st = UnsupportedOptions::check(request, plan); !st)
        return st.error();
    auto targetLock = RestoreTargetLock::acquire(request.mongoUri, plan.targetDatabase); // held until the run ends
    if (!targetLock)
        return targetLock.error();
    if (auto st = openArchiveOfPlan(run); !st)
        return st.error();
    if (auto st = connectToServer(run); !st)
        return st.error();
    if (auto st = takeSafetySnapshot(run); !st)
        return st.error();
    if (auto st = run.staged ? loadStaged(run) : loadInPlace(run); !st)
        return finishRestore(run, st.error());
    buildIndexesAndViews(run);
    putValidatorsBack(run);
    run.ticker.setPhase(Phase::Verifying);
    verifyRestored(run);
    run.ticker.setPhase(Phase::Done);
    return finishRestore(run, std::nullopt);
}

Result<VerificationReport> RestoreEngine::verify(const RestoreRequest &request, const CancelToken &cancel)
{
    auto planned = openAndPlan(request, cancel);
    if (!planned)
        return planned.error();
    return compareWithArchive(request, planned->contents, planned->plan, planned->pool->acquire(), cancel);
}

Status loadInPlace(RestoreRun &run)
{
    if (auto st = prepareCollections(run); !st)
        return st;
    if (auto st = DocumentLoader(run).load(); !st)
        return st;
    run.ticker.setPhase(Phase::Indexing);
    return {};
}

Status loadStaged(RestoreRun &run)
{
    if (auto st = createStagingCollections(run); !st)
        return abandonStaging(run, st.error());
    if (auto st = DocumentLoader(run, /*checkArchive=*/true).load(); !st)
        return abandonStaging(run, st.error());
    run.ticker.setPhase(Phase::Indexing);
    buildStagedIndexes(run);
    if (run.cancel.isCancelled())
        return abandonStaging(run, Error(ErrorCode::Cancelled, QStringLiteral("restore cancelled")));
    // The archive has loaded and checked out: from here on the target changes.
    if (auto st = swapStagingCollections(run); !st) {
        dropStagingCollections(run);
        return st;
    }
    auto direct = loadDirectTargets(run);
    dropStagingCollections(run);
    return direct;
}

Status checkLimits(const RestoreRequest &request)
{
    return limits::checkBatchSizeAndJobs(request.batchSize, request.jobs);
}

Status openArchiveOfPlan(RestoreRun &run)
{
    run.contents = run.plan.archive;
    if (run.contents) {
        // A plan is only good for the archive it was made from.
        if (run.contents->archivePath() != run.request.archivePath || run.contents->changedOnDisk())
            return Error(ErrorCode::Refused, QStringLiteral("%1 has changed since the restore was planned; plan it again")
                                               .arg(run.request.archivePath));
        return {};
    }
    auto opened = ArchiveContents::open(run.request.archivePath, run.cancel);
    if (!opened)
        return opened.error();
    run.contents = std::make_shared<const ArchiveContents>(std::move(*opened));
    return {};
}

Status connectToServer(RestoreRun &run)
{
    auto pool = MongoClientPool::create(run.request.mongoUri, run.request.jobs + 1 + LoadVerifier::Threads);
    if (!pool)
        return pool.error();
    run.pool = std::move(*pool);
    run.client.emplace(run.pool->acquire());
    return {};
}

Result<RestoreResult> finishRestore(RestoreRun &run, std::optional<Error> failure)
{
    if (failure && !run.validatorsToRestore.empty())
        putValidatorsBack(run);
    run.result.failure = failure;
    for (const auto &t : run.targets) {
        run.result.states.insert(t->planned->name, t->finalState(failure.has_value()));
        if (t->duplicates > 0)
            run.result.duplicates.insert(t->planned->name, t->duplicates);
    }
    if (failure)
        reportWhatStopLeft(run);
    run.result.elapsedMs = run.ticker.elapsedMs();
    return std::move(run.result);
}

} // namespace lifeboat
