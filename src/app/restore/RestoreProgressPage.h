#pragma once

#include <QHash>
#include <QMessageBox>
#include <QPointer>
#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace lifeboat {
struct RestorePlan;
struct RestoreRequest;
} // namespace lifeboat

namespace lifeboat::app {

class Workspace;
struct RestoreSession;

// Page 6 of the restore wizard: runs RestoreEngine::execute() as a "restore" job of the
// workspace (the job's sink is the engine's), shows its phase, the rates and the time left
// ("restoreStatsLabel"), a bar per collection (waiting, loading, done), its log, and a Cancel
// button ("cancelRestoreButton") that first asks, saying what a cancel leaves in this mode
// (staged: the target untouched; in place: partly restored, the safety snapshot the way back).
// Goes on to the report by itself when the job ends. Closing the wizard meanwhile leaves the
// job running in the jobs panel, and the wizard hidden: a double-click on the job brings it back.
class RestoreProgressPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreProgressPage)

public:
    RestoreProgressPage(RestoreSession *session, Workspace *workspace, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    // What a cancel leaves, for the question asked before it.
    static QString cancelWarning(const RestoreRequest &request, const RestorePlan &plan);
    QMessageBox *pendingCancelConfirmation() const { return m_cancelBox; }

private:
    void startJob();
    void showProgress();
    void jobFinished();

    RestoreSession *m_session;
    Workspace *m_workspace;
    void showStats();

    QLabel *m_phase;
    QLabel *m_stats;
    QProgressBar *m_overall;
    QTreeWidget *m_collections;
    QPlainTextEdit *m_log;
    QPushButton *m_cancel;
    QHash<QString, QTreeWidgetItem *> m_items;
    QPointer<QMessageBox> m_cancelBox;
    bool m_finished = false;
    // The first sample of the load: rates and time left are measured from it (the safety
    // snapshot before it does not count).
    qint64 m_loadStartMs = -1;
    qint64 m_loadStartDocuments = 0;
    qint64 m_loadStartBytes = 0;
};

} // namespace lifeboat::app
