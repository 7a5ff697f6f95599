#pragma once

#include "app/snapshots/SnapshotJobs.h"
#include "core/matrixone/MatrixOneRestorer.h"

#include <QMessageBox>
#include <QPointer>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace lifeboat::app {

class VerificationTableModel;
class Workspace;
struct SafeChangeSession;

// Page 5 of the "Safe change" assistant: the result. After Keep, what stays (the change, and
// the snapshot until its delete-after date). After Roll back, the rollback runs here as a
// "restore" job (SnapshotRestorer with the plan the user saw): its progress, then whether the
// database is the snapshot again ("resultLabel"), the verification report
// ("rollbackReportTable") and the safety snapshot of the changed database
// ("safetySnapshotLabel"). Cancel rollback asks first, saying what a cancel leaves, as the
// restore wizard does (and so does the jobs panel). Finish is enabled once the job has ended.
class SafeChangeResultPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafeChangeResultPage)

public:
    SafeChangeResultPage(SafeChangeSession *session, Workspace *workspace, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    // The question Cancel rollback asks first (what a cancel leaves), while it is open.
    QMessageBox *pendingCancelConfirmation() const { return m_cancelBox; }

Q_SIGNALS:
    // The rollback job ended (or there was none: Keep).
    void done();

private:
    void showProgress();
    void showOutcome();
    // A MatrixOne profile: MatrixOneRestorer carries out the plan the user confirmed, as a
    // "restore" job (a failed comparison afterwards fails the job).
    Job *startMatrixOneRollback(const QString &title);
    void showMatrixOneOutcome(Job *job);

    SafeChangeSession *m_session;
    Workspace *m_workspace;
    QLabel *m_result;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPointer<QMessageBox> m_cancelBox;
    QTableView *m_reportTable;
    VerificationTableModel *m_report;
    QLabel *m_safety;
    SnapshotJobs::Restored m_outcome;
    std::shared_ptr<std::optional<MatrixOneRestoreOutcome>> m_matrixOneOutcome;
    bool m_done = false;
};

} // namespace lifeboat::app
