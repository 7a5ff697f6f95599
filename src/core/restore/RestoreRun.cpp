#include "core/restore/RestoreRun.h"

namespace lifeboat {

RestoreRun::RestoreRun(const RestoreRequest &r, const RestorePlan &p, const CancelToken &c, ProgressSink &sink)
    : request(r), plan(p), cancel(c), db(p.targetDatabase), staged(!p.inPlace), runId(staging::newRunId()), progress(*this), ticker(sink, [this] { return progress.sample(); })
{
    for (const auto &planned : plan.collections) {
        if (!planned.archivePath.isEmpty())
            byPath[planned.archivePath] = int(targets.size());
        // A staged load checks every document against the manifest's digest.
        const bool digest = request.verifyFull || (staged && !planned.expectedDigest.isEmpty());
        targets.push_back(std::make_unique<RestoreTarget>(planned, request.verifySampleSize, digest));
    }
    result.plan = plan;
    result.mongoUri = request.mongoUri;
    result.warnings = plan.warnings;
}

Status RestoreRun::command(const BsonDocument &cmd) const
{
    auto reply = client->command(db, cmd.get());
    if (!reply)
        return reply.error();
    return {};
}

} // namespace lifeboat
