#pragma once

#include "core/common/Progress.h"
#include "core/common/CancelToken.h"
#include "core/restore/RestorePlan.h"
#include "core/restore/RestoreRequest.h"
#include "core/verify/VerificationReport.h"

#include <QHash>

#include <optional>

namespace lifeboat {

struct RestoreResult {
    RestorePlan plan;
    QString mongoUri;                      // the server it ran against (never printed with credentials)
    VerificationReport report;             // after a stop midway: what the stop left in each collection
    QString safetySnapshotPath;            // empty when nothing existing was touched
    QHash<QString, QString> states;        // collection -> "complete", "partial", "untouched"
    QHash<QString, qint64> duplicates;     // duplicate keys met while inserting into existing data
    QStringList warnings;
    std::optional<Error> failure;          // set when the restore stopped midway
    // A staged restore that failed before its swap: the target database is exactly as it was.
    bool targetUnchanged = false;
    QStringList swapped;                   // staged: the collections swapped in (all, unless the swap failed)
    qint64 elapsedMs = 0;

    bool succeeded() const { return !failure && report.allOk(); }
    // How to return to where the database was, through the safety snapshot.
    QString rollbackCommand() const;
};

// Restores an archive into a database, in phases: plan (nothing written, the archive's
// structure checked) -> safety snapshot of the target database (the backup engine) -> staged
// (the default): staging collections created beside the targets -> load into them (one reader
// streaming the archive and checking it against its manifest, insert workers doing unordered
// bulk writes) -> their indexes -> swap onto the targets, drops -> what loads into existing
// collections; in place: drops and creates -> load -> indexes; then views, validators and the
// verification against the archive. run() blocks: call it from a worker thread.
class RestoreEngine final {
public:
    explicit RestoreEngine(ProgressSink &sink = ProgressSink::none());

    // What the restore would do. Writes nothing.
    Result<RestorePlan> plan(const RestoreRequest &request, const CancelToken &cancel = CancelToken());
    // Carries out a plan made by plan() for the same request. Errors before the first write
    // come back as an Error; after it, as RestoreResult::failure with the report so far.
    Result<RestoreResult> execute(const RestoreRequest &request, const RestorePlan &plan, const CancelToken &cancel = CancelToken());
    // Compares the database with the archive without writing: is this database what the
    // archive holds?
    Result<VerificationReport> verify(const RestoreRequest &request, const CancelToken &cancel = CancelToken());

private:
    ProgressSink &m_sink;
};

} // namespace lifeboat
