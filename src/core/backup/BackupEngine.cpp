#include "core/backup/BackupEngine.h"

#include "core/backup/BackupRequestValidation.h"
#include "core/backup/BackupRun.h"

#include <array>

namespace lifeboat {

BackupEngine::BackupEngine(ProgressSink &sink) : m_sink(sink) {}

Result<BackupResult> BackupEngine::run(const BackupRequest &request, const CancelToken &cancel)
{
    if (auto st = validateBackupRequest(request); !st)
        return st.error();
    // In this order; the first phase that fails ends the run (and removes the partial archive).
    static constexpr std::array<Status (BackupRun::*)(), 9> Phases{
        &BackupRun::connect,
        &BackupRun::listCollections,
        &BackupRun::selectCollections,
        &BackupRun::readIndexesAndEstimates,
        &BackupRun::findPointInTime,
        &BackupRun::openArchive,
        &BackupRun::copyCollections,
        &BackupRun::finish,
        &BackupRun::verify,
    };
    BackupRun run(request, cancel, m_sink);
    for (const auto phase : Phases) {
        if (auto st = (run.*phase)(); !st)
            return st.error();
    }
    auto published = run.publish();
    if (!published)
        return published.error();
    return run.complete(*published);
}

} // namespace lifeboat
