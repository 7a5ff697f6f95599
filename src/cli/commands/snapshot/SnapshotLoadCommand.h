#pragma once

#include "cli/commands/snapshot/SnapshotVerb.h"

namespace lifeboat {
struct VerificationReport;
struct SnapshotRestoreOutcome;
struct SnapshotRestorePlan;
struct SnapshotRestoreRequest;
}

namespace lifeboat::cli {

// What `snapshot clone` and `snapshot restore` share: both load a snapshot into a database
// through SnapshotRestorer. Read the options, plan, print the plan and its steps (and stop
// there with --dry-run), confirm when the target has collections the run changes, load and
// verify, print the outcome and its report. The two verbs differ in the options of their own
// (and in their words, which SnapshotLoadReport takes from the request's mode).
class SnapshotLoadCommand : public SnapshotVerb {
protected:
    // `targetHelp`: what --target-db means to the verb.
    SnapshotLoadCommand(QTextStream &out, QTextStream &err, const QString &targetHelp);

    // Adds the verb's own options (they come after --collection in --help).
    virtual void addOwnOptions(QCommandLineParser &parser) const = 0;
    // Sets the request's mode and the fields of the verb's own options; Usage for a bad mix.
    virtual Status readOwnOptions(const QCommandLineParser &parser, SnapshotRestoreRequest &request) const = 0;

private:
    void addOptions(QCommandLineParser &parser) const final;
    int execute(const QCommandLineParser &parser) final;
    Status readRequest(const QCommandLineParser &parser, SnapshotRestoreRequest &request) const;
    Status confirm(const QCommandLineParser &parser, const SnapshotRestorePlan &plan);
    int reportOutcome(const SnapshotRestoreRequest &request, const SnapshotRestorePlan &plan, const QStringList &steps,
                      const SnapshotRestoreOutcome &outcome, const QString &csvFile);

    // --uri matrixone://...: clone into a scratch database and compare, or restore in place.
    int executeMatrixOne(const QCommandLineParser &parser);
    int cloneMatrixOne(const QCommandLineParser &parser, const QString &name, MatrixOneSnapshots &snapshots);
    int restoreMatrixOne(const QCommandLineParser &parser, const QString &name, MatrixOneSnapshots &snapshots);
    // The CSV (after the outcome was printed) and the exit code: the CSV's failure, else a mismatch's, else 0.
    int finishMatrixOne(const VerificationReport &report, const QString &csvFile);

    const QCommandLineOption m_targetDb, m_sourceDb, m_collection, m_table, m_noSnapshot, m_force, m_dryRun, m_yes, m_report;
};

} // namespace lifeboat::cli
