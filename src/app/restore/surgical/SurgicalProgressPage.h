#pragma once

#include <QMessageBox>
#include <QPointer>
#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace lifeboat {
struct MergePlan;
}

namespace lifeboat::app {

class Workspace;
struct SurgicalRestoreSession;

// Page 5 of the surgical restore wizard: runs MergeRestoreEngine::execute() as a "restore" job
// of the workspace (off the GUI thread; it stays in the jobs panel if the wizard is closed),
// shows its state ("surgicalPhaseLabel"), a bar of the documents written, the figures
// ("surgicalStatsLabel": written of planned, documents/s, bytes/s, time left), its log
// ("surgicalLog"), and a Cancel
// button ("cancelSurgicalButton") that first asks, saying what a cancel leaves. Goes on to the
// report by itself when the job ends.
class SurgicalProgressPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SurgicalProgressPage)

public:
    SurgicalProgressPage(SurgicalRestoreSession *session, Workspace *workspace, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    // What a cancel leaves, for the question asked before it.
    static QString cancelWarning(const MergePlan &plan, bool safetySnapshot);
    QMessageBox *pendingCancelConfirmation() const { return m_cancelBox; }

private:
    void startJob();
    void showProgress();
    void jobFinished();

    SurgicalRestoreSession *m_session;
    Workspace *m_workspace;
    QLabel *m_phase;
    QLabel *m_stats;
    QProgressBar *m_busy;
    QPlainTextEdit *m_log;
    QPushButton *m_cancel;
    QPointer<QMessageBox> m_cancelBox;
    bool m_finished = false;
    qint64 m_writeStartMs = -1; // the job's elapsed time when the writes began
};

} // namespace lifeboat::app
