#include "app/window/MainWindow.h"

#include "app/backups/BackupDialog.h"
#include "app/backups/BackupsView.h"
#include "app/connections/DatabaseTree.h"
#include "app/connections/ProfileSidebar.h"
#include "app/jobs/JobsPanel.h"
#include "app/restore/RestoreWizard.h"
#include "app/restore/surgical/SurgicalRestoreWizard.h"
#include "app/safechange/SafeChangeAssistant.h"
#include "app/snapshots/SnapshotsView.h"
#include "app/widgets/ScreenFit.h"
#include "app/window/UserGuide.h"
#include "app/window/Workspace.h"
#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QToolBar>
#include <QTabBar>
#include <QVBoxLayout>

// --- views (each section is wired by the code that owns the view) ---

namespace lifeboat::app {

namespace {
QIcon themeIcon(const char *name, QStyle::StandardPixmap fallback, const QWidget *widget)
{
    return QIcon::fromTheme(QString::fromLatin1(name), widget->style()->standardIcon(fallback));
}
} // namespace

MainWindow::MainWindow(Workspace *workspace, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_workspace(workspace)
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/lifeboat.svg")));
    m_versionLabel = new QLabel(tr("Lifeboat %1").arg(QStringLiteral(LIFEBOAT_VERSION)), this);
    m_versionLabel->setObjectName(QStringLiteral("versionLabel"));
    m_ui->statusBar->addPermanentWidget(m_versionLabel);

    // --- profiles sidebar (ProfileSidebar) ---
    m_sidebar = new ProfileSidebar(m_workspace, m_ui->profilesDockContents);
    m_ui->profilesLayout->addWidget(m_sidebar);
    // --- backups view (BackupsView) ---
    m_backupsView = new BackupsView(m_workspace, m_ui->backupsTab);
    m_ui->backupsLayout->addWidget(m_backupsView);
    connect(m_backupsView, &BackupsView::backupRequested, this, &MainWindow::openBackupDialog);
    connect(m_backupsView, &BackupsView::restoreRequested, this, [this](const QString &path) { openRestoreWizard(path); });
    connect(m_backupsView, &BackupsView::restoreDocumentsRequested, this, &MainWindow::openSurgicalRestore);
    connect(m_backupsView, &BackupsView::restoreDocumentsRequested, this, &MainWindow::restoreDocumentsRequested);
    // --- snapshots view (SnapshotsView) ---
    addSnapshotsTab();
    // --- jobs panel (JobsPanel) --- created last: the tab order goes left, middle, bottom
    m_ui->jobsLayout->addWidget(new JobsPanel(m_workspace->jobs(), m_ui->jobsDockContents));
    // The tabs' bar (made with the window's form) after the connections panel, as on the screen.
    QWidget *tabBar = m_ui->mainTabs->tabBar();
    QWidget *lastOfPanel = nullptr;
    for (QWidget *w = tabBar->nextInFocusChain(); w && w != tabBar; w = w->nextInFocusChain()) {
        if (m_ui->profilesDock->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus))
            lastOfPanel = w;
    }
    if (lastOfPanel)
        QWidget::setTabOrder(lastOfPanel, tabBar);

    connectFileActions();
    addViewActions();
    addHelpActions();
    connectDatabaseTree();
    // A window that fits the screen it opens on (1280×720, or scaled up).
    ScreenFit::resize(this, size());
}

MainWindow::~MainWindow() = default;

QMessageBox *MainWindow::pendingQuestion() const
{
    return m_question;
}

void MainWindow::connectFileActions()
{
    m_ui->actionNewConnection->setIcon(themeIcon("list-add", QStyle::SP_FileDialogNewFolder, this));
    m_ui->actionBackup->setIcon(themeIcon("document-save", QStyle::SP_DialogSaveButton, this));
    m_ui->actionRestore->setIcon(themeIcon("document-revert", QStyle::SP_ArrowBack, this));
    m_ui->actionRefresh->setIcon(themeIcon("view-refresh", QStyle::SP_BrowserReload, this));
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionNewConnection, &QAction::triggered, m_sidebar, &ProfileSidebar::addProfile);
    connect(m_ui->actionBackup, &QAction::triggered, this, [this] { openBackupDialog(); });
    connect(m_ui->actionRestore, &QAction::triggered, this, [this] {
        openRestoreWizard(m_ui->mainTabs->currentWidget() == m_ui->backupsTab ? m_backupsView->selectedPath() : QString());
    });
    m_ui->actionBrowse->setShortcut(QKeySequence::Open);
    connect(m_ui->actionBrowse, &QAction::triggered, this, [this] {
        m_ui->mainTabs->setCurrentWidget(m_ui->backupsTab);
        m_backupsView->browseSelected();
    });
    connect(m_ui->actionChooseBackupFolder, &QAction::triggered, this, &MainWindow::chooseBackupFolder);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refreshEverything);
    connect(m_ui->actionFind, &QAction::triggered, this, &MainWindow::findInCurrentView);
}

void MainWindow::addSnapshotsTab()
{
    auto *tab = new QWidget(m_ui->mainTabs);
    tab->setObjectName(QStringLiteral("snapshotsTab"));
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    m_snapshotsView = new SnapshotsView(m_workspace, tab);
    layout->addWidget(m_snapshotsView);
    m_ui->mainTabs->addTab(tab, tr("Snapshots"));
    m_ui->mainTabs->setTabToolTip(0, tr("Backups: archives of whole databases, kept in the backup folder, to restore anywhere"));
    m_ui->mainTabs->setTabToolTip(1, tr("Snapshots: named, described states of a database before a change, to roll back to"));
    // Not modal: its snapshot and rollback are jobs, and the window stays usable meanwhile.
    auto openSafeChange = [this] {
        auto *assistant = new SafeChangeAssistant(m_workspace, m_workspace->snapshotFolder(), this);
        assistant->setAttribute(Qt::WA_DeleteOnClose);
        assistant->show();
    };
    auto *menu = new QMenu(tr("&Snapshots"), this);
    menu->setObjectName(QStringLiteral("menuSnapshots"));
    auto *safeChange = menu->addAction(tr("Safe &change…"), this, openSafeChange);
    safeChange->setObjectName(QStringLiteral("actionSafeChange"));
    safeChange->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    safeChange->setIconText(tr("Safe change"));
    safeChange->setStatusTip(tr("Snapshot a database, run an upgrade, check it, then keep it or roll back"));
    safeChange->setToolTip(safeChange->statusTip());
    auto *create = menu->addAction(tr("C&reate snapshot…"), m_snapshotsView, &SnapshotsView::createSnapshot);
    create->setObjectName(QStringLiteral("actionCreateSnapshot"));
    create->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    create->setIconText(tr("Snapshot"));
    create->setToolTip(tr("Take a named, described snapshot of a database (Ctrl+Shift+S)"));
    create->setIcon(themeIcon("camera-photo", QStyle::SP_DialogApplyButton, this));
    auto *prune = menu->addAction(tr("&Prune snapshots…"), m_snapshotsView, &SnapshotsView::prune);
    prune->setObjectName(QStringLiteral("actionPruneSnapshots"));
    menu->addSeparator();
    auto *folder = menu->addAction(tr("Choose s&napshot folder…"), m_snapshotsView, &SnapshotsView::chooseFolder);
    folder->setObjectName(QStringLiteral("actionChooseSnapshotFolder"));
    m_ui->menuBar->insertMenu(m_ui->menuHelp->menuAction(), menu);
    connect(m_snapshotsView, &SnapshotsView::safeChangeRequested, this, openSafeChange);
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addAction(create);
    m_ui->mainToolBar->addAction(safeChange);
}

// View: the panels (closed or floating ones come back), the toolbar, the theme.
void MainWindow::addViewActions()
{
    m_ui->actionFind->setShortcut(QKeySequence::Find);
    m_ui->actionRefresh->setShortcut(QKeySequence::Refresh);
    QMenu *view = m_ui->menuView;
    QAction *first = view->actions().value(0);
    auto *connections = m_ui->profilesDock->toggleViewAction();
    connections->setText(tr("&Connections panel"));
    connections->setObjectName(QStringLiteral("actionShowConnections"));
    auto *jobs = m_ui->jobsDock->toggleViewAction();
    jobs->setText(tr("&Jobs panel"));
    jobs->setObjectName(QStringLiteral("actionShowJobs"));
    auto *toolbar = m_ui->mainToolBar->toggleViewAction();
    toolbar->setText(tr("&Toolbar"));
    toolbar->setObjectName(QStringLiteral("actionShowToolbar"));
    view->insertActions(first, {connections, jobs, toolbar});
    view->insertSeparator(first);
    connect(m_ui->actionResetPanels, &QAction::triggered, this, &MainWindow::resetPanels);

    auto *themes = view->addMenu(tr("T&heme"));
    themes->setObjectName(QStringLiteral("menuTheme"));
    auto *group = new QActionGroup(themes);
    const std::pair<AppTheme::Mode, QString> modes[] = {{AppTheme::Mode::System, tr("&System")},
                                                        {AppTheme::Mode::Light, tr("&Light")},
                                                        {AppTheme::Mode::Dark, tr("&Dark")}};
    const AppTheme::Mode saved = AppTheme::current();
    for (const auto &[mode, text] : modes) {
        auto *action = themes->addAction(text);
        action->setObjectName(QStringLiteral("actionTheme") + AppTheme::name(mode));
        action->setCheckable(true);
        action->setChecked(mode == saved);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode = mode] { setTheme(mode); });
    }
}

void MainWindow::addHelpActions()
{
    m_ui->actionUserGuide->setShortcut(QKeySequence::HelpContents);
    m_ui->actionUserGuide->setToolTip(tr("Open the user guide: %1").arg(UserGuide::location().toDisplayString()));
    connect(m_ui->actionUserGuide, &QAction::triggered, this, &MainWindow::openUserGuide);
    connect(m_ui->actionTryDemo, &QAction::triggered, this, &MainWindow::startDemo);
    connect(m_sidebar, &ProfileSidebar::demoRequested, this, &MainWindow::startDemo);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Lifeboat"),
                           tr("<b>Lifeboat %1</b><p>Back up, verify, snapshot and restore MongoDB databases.</p>"
                              "<p>The same engine runs on the command line: <code>lifeboat-cli --help</code>.</p>")
                               .arg(QStringLiteral(LIFEBOAT_VERSION)));
    });
}

// The tree's context menu acts on its row; Back up… on the toolbar follows its selection.
void MainWindow::connectDatabaseTree()
{
    DatabaseTree *tree = m_sidebar->databaseTree();
    connect(tree, &DatabaseTree::backupRequested, this, &MainWindow::openBackupDialogFor);
    connect(tree, &DatabaseTree::snapshotRequested, this, [this](const QString &database) {
        m_ui->mainTabs->setCurrentWidget(m_snapshotsView->parentWidget());
        m_snapshotsView->createSnapshotOf(database);
    });
    connect(tree, &DatabaseTree::restoreIntoRequested, this, &MainWindow::openRestoreWizardInto);
}

void MainWindow::setDemoMode(bool demo)
{
    m_ui->actionTryDemo->setVisible(!demo);
    m_sidebar->setDemoOffered(!demo);
}

void MainWindow::setTheme(AppTheme::Mode mode)
{
    AppTheme::apply(mode);
    AppTheme::save(*m_workspace->settings(), mode);
    if (auto *action = findChild<QAction *>(QStringLiteral("actionTheme") + AppTheme::name(mode)))
        action->setChecked(true);
}

void MainWindow::refreshEverything()
{
    m_sidebar->databaseTree()->refresh();
    if (m_ui->mainTabs->currentWidget() == m_ui->backupsTab)
        m_backupsView->refresh();
    else
        m_snapshotsView->refresh();
}

void MainWindow::findInCurrentView()
{
    if (m_ui->mainTabs->currentWidget() == m_ui->backupsTab)
        m_backupsView->focusFilter();
    else
        m_snapshotsView->focusFilter();
}

void MainWindow::resetPanels()
{
    for (QDockWidget *dock : {m_ui->profilesDock, m_ui->jobsDock}) {
        dock->setFloating(false);
        dock->show();
    }
    addDockWidget(Qt::LeftDockWidgetArea, m_ui->profilesDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_ui->jobsDock);
    addToolBar(Qt::TopToolBarArea, m_ui->mainToolBar);
    m_ui->mainToolBar->show();
}

void MainWindow::startDemo()
{
    // The demo is an app of its own (its own server, settings and folder, removed on quit):
    // this window and its connections stay as they are.
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--demo")}))
        statusBar()->showMessage(tr("The demo could not start: %1 cannot be run again.")
                                     .arg(QCoreApplication::applicationFilePath()));
    else
        statusBar()->showMessage(tr("Starting the demo in a window of its own…"), 10000);
}

void MainWindow::openUserGuide()
{
    const QUrl guide = UserGuide::location();
    if (!QDesktopServices::openUrl(guide))
        statusBar()->showMessage(tr("Could not open the user guide at %1.").arg(guide.toDisplayString()));
}

void MainWindow::chooseBackupFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Backup folder"), m_workspace->backupFolder());
    if (!folder.isEmpty())
        m_workspace->setBackupFolder(folder);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const auto running = m_workspace->jobs()->running();
    if (!running.isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("Jobs are running"),
            tr("%n job(s) still running. Cancel them and quit? A cancelled backup leaves no archive behind; "
               "a cancelled restore reports which collections it completed.", nullptr, int(running.size())),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_workspace->jobs()->cancelAllAndWait();
        QApplication::restoreOverrideCursor();
    }
    event->accept();
}

// Without a connection, Back up… offers to add one (or to pick one, when there are some).
void MainWindow::askForConnection()
{
    const bool none = m_workspace->profiles()->list().isEmpty();
    // Not exec(): the window stays usable (and tests are not stopped by a modal loop).
    auto *box = new QMessageBox(QMessageBox::Information, tr("Back up"),
                                none ? tr("There is no connection yet. Add one for the server whose database you want to back up.")
                                     : tr("Choose a connection first, in the Connections panel, or add one."),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("pickProfileMessage"));
    auto *add = box->addButton(tr("&Add connection…"), QMessageBox::AcceptRole);
    add->setObjectName(QStringLiteral("addConnectionButton"));
    box->setDefaultButton(add);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(add, &QAbstractButton::clicked, m_sidebar, &ProfileSidebar::addProfile);
    m_question = box;
    box->open();
}

// --- openBackupDialog (BackupDialog) ---
void MainWindow::openBackupDialog()
{
    const DatabaseTree *tree = m_sidebar->databaseTree();
    openBackupDialogFor(tree->selectedDatabase(), tree->selectedCollection());
}

void MainWindow::openBackupDialogFor(const QString &database, const QString &collection)
{
    const auto profile = m_workspace->currentProfile();
    if (!profile) {
        askForConnection();
        return;
    }
    auto *dialog = new BackupDialog(m_workspace, *profile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!database.isEmpty())
        dialog->preselect(database, collection.isEmpty() ? QStringList() : QStringList{collection});
    dialog->show();
}

// --- openRestoreWizard (RestoreWizard) ---
void MainWindow::openRestoreWizard(const QString &archivePath)
{
    // Not modal: the restore runs as a job, and the window stays usable meanwhile.
    auto *wizard = new RestoreWizard(m_workspace, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!archivePath.isEmpty())
        wizard->setArchive(archivePath);
    wizard->show();
}

void MainWindow::openSurgicalRestore(const SurgicalRestoreRequest &request)
{
    auto *wizard = new SurgicalRestoreWizard(m_workspace, request, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
    wizard->raise();
    wizard->activateWindow();
}

void MainWindow::openRestoreWizardInto(const QString &database)
{
    auto *wizard = new RestoreWizard(m_workspace, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->session()->presetProfileId = m_workspace->currentProfileId();
    wizard->session()->presetDatabase = database;
    wizard->setWindowTitle(tr("Restore into %1").arg(database));
    wizard->show();
}

} // namespace lifeboat::app
