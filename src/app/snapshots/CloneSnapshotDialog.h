#pragma once

#include "core/snapshot/SnapshotEntry.h"
#include "app/snapshots/SnapshotJobs.h"
#include "core/verify/VerificationReport.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class CloneSnapshotDialog;
}

namespace lifeboat::app {

class DatabasePicker;
class Job;
class ProductionBanner;
class Workspace;

// "Clone to verify…" (objectName "cloneSnapshotDialog"): restores a snapshot into a new
// database of a connection and verifies it in full against the snapshot's manifest
// (SnapshotRestorer, Mode::Clone), as a "restore" job. The new database's name defaults to
// "<db>_verify_<YYYYmmdd_HHMMSS>"; "<db>_green" is one click away for blue-green. An existing
// database is refused (the engine never clones over one here). When the job ends, cloned()
// hands the verification report to whoever shows it; the catalog records the outcome.
class CloneSnapshotDialog final : public QDialog {
    Q_OBJECT
public:
    CloneSnapshotDialog(Workspace *workspace, const QString &folder, const SnapshotEntry &snapshot, QWidget *parent = nullptr);
    ~CloneSnapshotDialog() override;

    DatabasePicker *picker() const { return m_picker; }
    Job *job() const { return m_job; }
    const std::optional<SnapshotRestoreOutcome> &outcome() const { return *m_outcome; }
    QString targetDatabase() const;
    // The defaults the two name buttons put in.
    QString verifyName() const;
    QString greenName() const;
    QString blockedBecause() const;

public Q_SLOTS:
    // What "Clone and verify" does.
    void startClone();

Q_SIGNALS:
    // The clone ran to its verification: `report` compares the new database with the
    // snapshot; `description` says what was compared with what.
    void cloned(const lifeboat::VerificationReport &report, const QString &description);
    void jobEnded();

private:
    QString sourceDatabase() const;
    void updateTarget();
    void showProgress();
    void showOutcome();

    std::unique_ptr<Ui::CloneSnapshotDialog> m_ui;
    Workspace *m_workspace;
    QString m_folder;
    SnapshotEntry m_snapshot;
    DatabasePicker *m_picker;
    ProductionBanner *m_banner;
    QString m_stamp; // the _verify_ name's time, fixed when the dialog opens
    QPointer<Job> m_job;
    SnapshotJobs::Restored m_outcome;
};

} // namespace lifeboat::app
