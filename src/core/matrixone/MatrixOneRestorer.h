#pragma once

#include "core/common/Result.h"
#include "core/matrixone/MatrixOneCloner.h"
#include "core/matrixone/MatrixOneSnapshots.h"
#include "core/verify/VerificationReport.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace lifeboat {

struct MatrixOneRestoreRequest {
    QString name;              // the snapshot
    QString database;          // an account snapshot: restore only this database ("" = the whole account)
    QString table;             // restore only this table of the scope's database
    bool safetySnapshot = true;
    bool verifyFirst = false;  // clone into a scratch database and compare before touching anything
    QString scratchDatabase;   // "" = <database>_lifeboat_verify
};

// What a restore will do, for the user to read and confirm before anything changes.
struct MatrixOneRestorePlan {
    MatrixOneSnapshot snapshot;
    MatrixOneLevel level = MatrixOneLevel::Database; // what is restored
    QString account;
    QString database;
    QString table;
    QStringList tablesRestored;   // at the snapshot
    QStringList tablesDropped;    // there now, not at the snapshot (database level)
    QStringList tablesUntouched;  // other tables of the database (table level)
    QString statement;            // RESTORE ACCOUNT ... FROM SNAPSHOT ...
    bool willTakeSafetySnapshot = true;
    QString safetySnapshotName;
    bool verifyFirst = false;
    QString scratchDatabase;
    QString confirmWord;          // what the user types: the database, "db.table" or the account
    QStringList steps;

    QJsonObject toJson() const;
};

struct MatrixOneRestoreOutcome {
    QString safetySnapshot;                    // "" when none was taken
    std::optional<MatrixOneCloneOutcome> verifyFirst;
    VerificationReport report;                 // the restored tables against the snapshot
    qint64 elapsedMs = 0;
};

// Rolls an account, a database or one table back to a MatrixOne snapshot with the server's
// RESTORE ACCOUNT a [DATABASE d [TABLE t]] FROM SNAPSHOT s: plan, then (after the caller's
// confirmation) an optional verify-first clone, a safety snapshot of the same scope, the
// restore, and a comparison of the restored tables with the snapshot. A database or table
// snapshot restores only its recorded scope. Never RESTORE ... TO ACCOUNT another: on v1.2.4
// that replaces the other account's catalog, users included.
class MatrixOneRestorer final {
public:
    explicit MatrixOneRestorer(MatrixOneSnapshots &snapshots) : m_snapshots(snapshots) {}

    Result<MatrixOneRestorePlan> plan(const MatrixOneRestoreRequest &request);
    // Refused when verify-first found a mismatch (nothing restored then).
    Result<MatrixOneRestoreOutcome> execute(const MatrixOneRestorePlan &plan);

private:
    Status scope(const MatrixOneRestoreRequest &request, MatrixOneRestorePlan &plan);
    Result<VerificationReport> verifyRestored(const MatrixOneRestorePlan &plan);
    Result<QString> takeSafetySnapshot(const MatrixOneRestorePlan &plan);

    MatrixOneSnapshots &m_snapshots;
};

} // namespace lifeboat
