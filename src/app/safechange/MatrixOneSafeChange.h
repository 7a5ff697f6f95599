#pragma once

#include "core/common/Result.h"
#include "core/matrixone/MatrixOneRestorer.h"
#include "core/matrixone/MatrixOneSnapshots.h"
#include "core/snapshot/SnapshotComparison.h"

#include <QString>
#include <QStringList>

namespace lifeboat::app {

// The "Safe change" assistant's work on a MatrixOne profile, beside the MongoDB engine calls
// the pages make otherwise (SafeChangeSession::isMatrixOne()): the server's own snapshot of
// the database, the check (MatrixOneDrift: tables, row counts, columns added or removed, in
// SnapshotComparison's shapes so that the check page shows both alike), and the rollback
// (MatrixOneRestorer: plan, then safety snapshot, RESTORE … FROM SNAPSHOT, comparison).
// Every call blocks on its own connection: run it in a worker (a job). `uri` holds the
// password; it never reaches a message.
class MatrixOneSafeChange final {
public:
    // A database snapshot of `database` (MatrixOne 1.2 takes it of the account; the scope is
    // recorded in `folder`'s catalog with `info`).
    static Result<MatrixOneCreateResult> snapshot(const QString &uri, const QString &folder, const QString &database, const SnapshotInfo &info);
    // `database` now against snapshot `name`: tables, row counts, columns.
    static Result<SnapshotComparison::Outcome> check(const QString &uri, const QString &folder, const QString &name, const QString &database);
    // What rolling back to `name` would do; nothing is written.
    static Result<MatrixOneRestorePlan> plan(const QString &uri, const QString &folder, const MatrixOneRestoreRequest &request);
    // Carries out `plan` (safety snapshot first when it says so), then compares.
    static Result<MatrixOneRestoreOutcome> rollBack(const QString &uri, const QString &folder, const MatrixOneRestorePlan &plan);
};

} // namespace lifeboat::app
