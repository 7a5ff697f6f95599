#pragma once

#include "profiles/ConnectionProfile.h"
#include "core/matrixone/MatrixOneRestorer.h"
#include "core/snapshot/SnapshotComparison.h"
#include "core/snapshot/SnapshotRestorer.h"
#include "core/snapshot/SnapshotStore.h"

#include <QByteArray>
#include <QPointer>
#include <QString>

#include <optional>

namespace lifeboat::app {

class Job;

// What the pages of the "Safe change" assistant hand on to each other. Owned by
// SafeChangeAssistant; GUI thread only (workers get copies).
struct SafeChangeSession {
    QString folder;               // the snapshot folder
    // Page 1: where, and the pre-change snapshot once taken. The URI holds the password.
    std::optional<profiles::ConnectionProfile> profile;
    QString mongoUri;             // the connection's URI: mongodb:// or matrixone://
    QString database;
    QPointer<Job> snapshotJob;
    std::optional<SnapshotCreateResult> snapshot;
    // Page 2: the user's own validation (Extended JSON; empty: none).
    QByteArray validationCommand;
    QByteArray expectedResult;
    // Page 3: the database compared with the snapshot.
    std::optional<SnapshotComparison::Outcome> check;
    QString checkError;
    // Page 4: keep or roll back, and the rollback's plan (no write).
    bool rollBack = false;
    SnapshotRestoreRequest rollbackRequest;
    std::optional<SnapshotRestorePlan> rollbackPlan;
    // Page 5: the rollback job and what it did.
    QPointer<Job> rollbackJob;
    std::optional<SnapshotRestoreOutcome> rollbackOutcome;
    // A MatrixOne profile: the server's own snapshot (snapshot->entry is its toEntry(); no
    // archive, no manifest), the rollback planned and done by MatrixOneRestorer.
    std::optional<MatrixOneRestorePlan> matrixOnePlan;
    std::optional<MatrixOneRestoreOutcome> matrixOneOutcome;

    bool isMatrixOne() const { return profile && profile->isMatrixOne(); }

    QString snapshotName() const { return snapshot ? snapshot->entry.name : QString(); }
};

} // namespace lifeboat::app
