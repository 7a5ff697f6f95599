#include "core/restore/RestorePlanner.h"

#include "core/restore/PlannerPhases.h"

namespace lifeboat {

bool RestorePlanner::supportsTimeseries(const ServerInfo &server)
{
    return server.flavour == QLatin1String("mongodb") && server.majorVersion >= 5;
}

Result<RestorePlan> RestorePlanner::plan(const RestoreRequest &request, const ArchiveContents &contents,
                                         const PooledClient &client, const ServerInfo &server, const CancelToken &cancel)
{
    PlanningState s(request, contents, client, cancel);
    describeArchiveAndServer(s, server);
    if (auto st = chooseDatabases(s); !st)
        return st.error();
    if (auto st = readArchiveCollections(s); !st)
        return st.error();
    if (auto st = checkArchiveStructure(s); !st)
        return st.error();
    if (auto st = scanArchiveFiles(s); !st)
        return st.error();
    if (auto st = listTargetDatabase(s); !st)
        return st.error();
    planArchiveCollections(s);
    planViews(s);
    if (auto st = checkNothingMissing(s); !st)
        return st.error();
    planDrops(s);
    assemblePlan(s);
    return std::move(s.plan);
}

void assemblePlan(PlanningState &s)
{
    if (!s.bucketFor.isEmpty())
        s.plan.warnings << QStringLiteral("%1 system.buckets.* file(s) in the archive are never inserted; their time-series collections are restored from the logical documents").arg(s.bucketFor.size());
    s.plan.collections = s.drops + s.fills + s.views;
    s.plan.inPlace = s.request.inPlace;
    for (const auto &c : std::as_const(s.plan.collections))
        s.plan.warnings += c.warnings;
}

} // namespace lifeboat
