#pragma once

#include "core/archive/ArchiveContents.h"
#include "core/restore/InsertWorkers.h"
#include "core/restore/LoadVerifier.h"

namespace lifeboat {

struct RestoreRun;

// The load phase of a restore: this thread streams the archive's collection files and cuts
// their documents into batches for the insert workers; each collection is verified as soon
// as its last batch is in (LoadVerifier).
class DocumentLoader final {
public:
    explicit DocumentLoader(RestoreRun &run);

    // The first error of the reader or the workers; a failed load verifies nothing more.
    Status load();

private:
    Status readFile(const ArchiveContents::CollectionFile &file, JsonDocumentReader &reader);
    // Hands the batch to the workers and starts the next one.
    Status send(RestoreTarget &target, Batch &batch);

    RestoreRun &m_run;
    LoadVerifier m_verifier;
    InsertWorkers m_workers;
};

} // namespace lifeboat
