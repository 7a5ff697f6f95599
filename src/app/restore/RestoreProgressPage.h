#pragma once

#include <QHash>
#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace lifeboat::app {

class Workspace;
struct RestoreSession;

// Page 6 of the restore wizard: runs RestoreEngine::execute() as a "restore" job of the
// workspace (the job's sink is the engine's), shows its phase, a bar per collection, its log,
// and a Cancel button ("cancelRestoreButton"). Goes on to the report by itself when the job
// ends. Closing the wizard meanwhile leaves the job running in the jobs panel.
class RestoreProgressPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreProgressPage)

public:
    RestoreProgressPage(RestoreSession *session, Workspace *workspace, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void startJob();
    void showProgress();
    void jobFinished();

    RestoreSession *m_session;
    Workspace *m_workspace;
    QLabel *m_phase;
    QProgressBar *m_overall;
    QTreeWidget *m_collections;
    QPlainTextEdit *m_log;
    QPushButton *m_cancel;
    QHash<QString, QTreeWidgetItem *> m_items;
    bool m_finished = false;
};

} // namespace lifeboat::app
