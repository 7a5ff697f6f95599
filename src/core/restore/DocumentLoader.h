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
    // `checkArchive`: each file against the manifest (SHA-256, count, digest) and the archive
    // read to its end (ArchiveContents::Checks::AgainstManifest); a mismatch fails the load.
    explicit DocumentLoader(RestoreRun &run, bool checkArchive = false);

    // The first error of the reader or the workers; a failed load verifies nothing more.
    Status load();

private:
    Status readFile(const ArchiveContents::CollectionFile &file, JsonDocumentReader &reader);
    // Hands the batch to the workers and starts the next one.
    Status send(RestoreTarget &target, Batch &batch);
    // The file's documents as the manifest counted and digested them.
    Status checkAgainstManifest(const RestoreTarget &target, const QString &file) const;

    RestoreRun &m_run;
    const bool m_checkArchive;
    LoadVerifier m_verifier;
    InsertWorkers m_workers;
};

} // namespace lifeboat
