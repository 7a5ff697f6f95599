#include "core/restore/RestoreRun.h"

namespace lifeboat {

RestoreRun::RestoreRun(const RestoreRequest &r, const RestorePlan &p, const CancelToken &c, ProgressSink &sink)
    : request(r), plan(p), cancel(c), db(p.targetDatabase), progress(*this), ticker(sink, [this] { return progress.sample(); })
{
    for (const auto &planned : plan.collections) {
        if (!planned.archivePath.isEmpty())
            byPath[planned.archivePath] = int(targets.size());
        targets.push_back(std::make_unique<RestoreTarget>(planned, request.verifySampleSize, request.verifyFull));
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
