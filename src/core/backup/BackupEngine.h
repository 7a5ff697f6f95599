#pragma once

#include "core/common/Progress.h"
#include "core/backup/BackupRequest.h"
#include "core/common/CancelToken.h"
#include "core/common/Result.h"

namespace lifeboat {

// Backs up one database, chosen collections, or a whole deployment into one archive.
//
// Phases: connect (server info, point-in-time support) -> list (collections, options,
// indexes, estimates) -> copy (collections in parallel through a client pool, each streamed
// through a cursor into a spool, appended to the tar stream when complete) -> finish
// (collections_metadata.json, manifest.json, sync) -> verify (the written file is read back
// and every member's SHA-256 checked against the manifest) -> publish (rename from .partial).
// Any failure or cancel removes the partial file: nothing that looks finished is left behind.
//
// run() blocks; call it from a worker thread. The sink is called one call at a time, through
// the run's ProgressTicker, but not always from the same thread.
class BackupEngine final {
public:
    explicit BackupEngine(ProgressSink &sink = ProgressSink::none());
    Result<BackupResult> run(const BackupRequest &request, const CancelToken &cancel = CancelToken());

private:
    ProgressSink &m_sink;
};

} // namespace lifeboat
