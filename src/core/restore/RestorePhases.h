#pragma once

#include "core/restore/RestoreEngine.h"

#include <optional>

namespace lifeboat {

class ArchiveContents;
class PooledClient;
struct RestoreRun;
struct RestoreTarget;

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
// Drops, replaces and creates; with --force, validators off for the load. In a staged
// restore, only for the collections loaded directly after the swap.
Status prepareCollections(RestoreRun &run);
// Creates the collection as the plan says under `name` (time-series only when `timeseries`
// and the server can); with --force without its validator, put back after the load.
Status createCollection(RestoreRun &run, RestoreTarget &t, const QString &name, bool timeseries);

// Staged: a staging collection beside each collection the archive fills.
Status createStagingCollections(RestoreRun &run);
// Staged: every staging collection renamed onto its target, then the plan's drops.
Status swapStagingCollections(RestoreRun &run);
// Staged: collections filled directly (inserts into existing ones, time-series), loaded from
// the archive again now that it has checked out.
Status loadDirectTargets(RestoreRun &run);
// Staged: the staging collections left, dropped (after a failure, or the direct ones' copies).
void dropStagingCollections(RestoreRun &run);
// Staged, after a failure before the swap: the staging collections dropped, the target as it
// was; the failure saying so.
Error abandonStaging(RestoreRun &run, const Error &failure);
// The load, the old way: drops and creates, then the documents into the collections.
Status loadInPlace(RestoreRun &run);
// The load, staged: into staging collections checked against the archive, swapped in once
// all checked out, then the collections loaded directly.
Status loadStaged(RestoreRun &run);
// Indexes after the data (of those not built yet), views after their sources.
void buildIndexesAndViews(RestoreRun &run);
// Staged: the indexes of the staging collections about to be swapped in.
void buildStagedIndexes(RestoreRun &run);
// The validators turned off for the load, back on; a failure is a warning.
void putValidatorsBack(RestoreRun &run);
// A row per collection: loaded ones were verified while loading, the others now.
void verifyRestored(RestoreRun &run);
// After a stop midway: a row per collection of what the stop left (complete, partial with the
// documents loaded, untouched, dropped), so that the report says what changed.
void reportWhatStopLeft(RestoreRun &run);
// The collections' final states, the duplicates and the time taken; after a failure, the
// validators back first.
Result<RestoreResult> finishRestore(RestoreRun &run, std::optional<Error> failure);

// RestoreEngine::verify: the database against the archive, writing nothing.
Result<VerificationReport> compareWithArchive(const RestoreRequest &request, const ArchiveContents &contents,
                                              const RestorePlan &plan, const PooledClient &client, const CancelToken &cancel);

} // namespace lifeboat
