#pragma once

#include "core/restore/RestoreEngine.h"

#include <optional>

namespace lifeboat {

class ArchiveContents;
class PooledClient;
struct RestoreRun;

// The phases of RestoreEngine::execute, in the order it calls them (the load itself is
// DocumentLoader). Errors before the first write come back as they are; after it, the
// engine ends the run through finishRestore().

// The batch size and the number of workers are within bounds.
Status checkLimits(const RestoreRequest &request);
// The archive as the plan read it, unless the file has changed since (then: plan again).
Status openArchiveOfPlan(RestoreRun &run);
// The connections: the workers', the verifiers' and this thread's.
Status connectToServer(RestoreRun &run);
// A snapshot of the whole target database before anything is changed, when the plan
// changes existing collections.
Status takeSafetySnapshot(RestoreRun &run);
// Drops, replaces and creates; with --force, validators off for the load.
Status prepareCollections(RestoreRun &run);
// Indexes after the data, views after their sources.
void buildIndexesAndViews(RestoreRun &run);
// The validators turned off for the load, back on; a failure is a warning.
void putValidatorsBack(RestoreRun &run);
// A row per collection: loaded ones were verified while loading, the others now.
void verifyRestored(RestoreRun &run);
// The collections' final states, the duplicates and the time taken; after a failure, the
// validators back first.
Result<RestoreResult> finishRestore(RestoreRun &run, std::optional<Error> failure);

// RestoreEngine::verify: the database against the archive, writing nothing.
Result<VerificationReport> compareWithArchive(const RestoreRequest &request, const ArchiveContents &contents,
                                              const RestorePlan &plan, const PooledClient &client, const CancelToken &cancel);

} // namespace lifeboat
