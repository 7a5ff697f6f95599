#pragma once

#include "app/restore/SurgicalRestoreRequest.h"
#include "app/window/AppTheme.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QMessageBox;

namespace Ui {
class MainWindow;
}

namespace lifeboat::app {

class BackupsView;
class ProfileSidebar;
class SnapshotsView;
class Workspace;

// The application's main window: the connection profiles and their databases on the left, the
// backups (and snapshots) in the middle, the jobs at the bottom, the main actions in a toolbar
// (objectName "mainToolBar"). Everything slow runs in worker threads (Workspace::jobs()); the
// window only shows and starts. The actions follow the selection: Back up… backs up the
// database or collection selected in the database tree.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Workspace *workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace *workspace() const { return m_workspace; }
    ProfileSidebar *sidebar() const { return m_sidebar; }
    BackupsView *backupsView() const { return m_backupsView; }
    SnapshotsView *snapshotsView() const { return m_snapshotsView; }

    // In `lifeboat --demo`: Help's "Try the demo" is not offered (this is the demo).
    void setDemoMode(bool demo);
    // The question "Back up…" asked for lack of a connection, while it is open.
    QMessageBox *pendingQuestion() const;

public Q_SLOTS:
    // The backup dialog for the selected profile, on the database (and collection) selected in
    // the database tree. Without a profile: offers to add one.
    void openBackupDialog();
    // The backup dialog on `database` (and `collection`, if any) of the selected profile.
    void openBackupDialogFor(const QString &database, const QString &collection = QString());
    // The restore wizard, starting at `archivePath` if given.
    void openRestoreWizard(const QString &archivePath = QString());
    // The restore wizard with the selected profile and `database` as its target.
    void openRestoreWizardInto(const QString &database);
    // Starts `lifeboat --demo` as a process of its own.
    void startDemo();
    // Opens the user guide (installed with the app, in the source tree, or online).
    void openUserGuide();
    // Applies and saves the theme.
    void setTheme(lifeboat::app::AppTheme::Mode mode);

Q_SIGNALS:
    // "Restore these documents…" (a comparison's drill-down in the Backups view): some
    // documents of one collection of an archive to merge back into the live collection.
    void restoreDocumentsRequested(const lifeboat::app::SurgicalRestoreRequest &request);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void chooseBackupFolder();
    void connectFileActions();
    void addSnapshotsTab();
    void addViewActions();
    void addHelpActions();
    void connectDatabaseTree();
    void refreshEverything();
    void findInCurrentView();
    void resetPanels();
    void askForConnection();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Workspace *m_workspace;
    QLabel *m_versionLabel;
    ProfileSidebar *m_sidebar = nullptr;
    BackupsView *m_backupsView = nullptr;
    SnapshotsView *m_snapshotsView = nullptr;
    QPointer<QMessageBox> m_question;
};

} // namespace lifeboat::app
