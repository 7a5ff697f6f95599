#include "app/window/MainWindow.h"

#include "app/backups/BackupDialog.h"
#include "app/backups/BackupsView.h"
#include "app/jobs/JobsPanel.h"
#include "app/connections/ProfileSidebar.h"
#include "app/restore/RestoreWizard.h"
#include "app/safechange/SafeChangeAssistant.h"
#include "app/snapshots/SnapshotsView.h"
#include "app/window/Workspace.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QVBoxLayout>

// --- views (each section is wired by the code that owns the view) ---

namespace lifeboat::app {

MainWindow::MainWindow(Workspace *workspace, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_workspace(workspace)
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/lifeboat.svg")));
    m_versionLabel = new QLabel(tr("Lifeboat %1").arg(QStringLiteral(LIFEBOAT_VERSION)), this);
    m_versionLabel->setObjectName(QStringLiteral("versionLabel"));
    m_ui->statusBar->addPermanentWidget(m_versionLabel);

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Lifeboat"),
                           tr("<b>Lifeboat %1</b><p>Back up, verify, snapshot and restore MongoDB databases.</p>"
                              "<p>The same engine runs on the command line: <code>lifeboat-cli --help</code>.</p>")
                               .arg(QStringLiteral(LIFEBOAT_VERSION)));
    });
    connect(m_ui->actionBackup, &QAction::triggered, this, [this] { openBackupDialog(); });
    connect(m_ui->actionRestore, &QAction::triggered, this, [this] { openRestoreWizard(); });
    connect(m_ui->actionChooseBackupFolder, &QAction::triggered, this, &MainWindow::chooseBackupFolder);

    // --- profiles sidebar (ProfileSidebar) ---
    m_ui->profilesLayout->addWidget(new ProfileSidebar(m_workspace, m_ui->profilesDockContents));
    // --- jobs panel (JobsPanel) ---
    m_ui->jobsLayout->addWidget(new JobsPanel(m_workspace->jobs(), m_ui->jobsDockContents));
    // --- backups view (BackupsView) ---
    auto *backupsView = new BackupsView(m_workspace, m_ui->backupsTab);
    m_ui->backupsLayout->addWidget(backupsView);
    connect(backupsView, &BackupsView::backupRequested, this, &MainWindow::openBackupDialog);
    connect(backupsView, &BackupsView::restoreRequested, this, &MainWindow::openRestoreWizard);
    // --- snapshots view (SnapshotsView) ---
    {
        auto *tab = new QWidget(m_ui->mainTabs);
        tab->setObjectName(QStringLiteral("snapshotsTab"));
        auto *layout = new QVBoxLayout(tab);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *snapshotsView = new SnapshotsView(m_workspace, tab);
        layout->addWidget(snapshotsView);
        m_ui->mainTabs->addTab(tab, tr("Snapshots"));
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
        safeChange->setStatusTip(tr("Snapshot a database, run an upgrade, check it, then keep it or roll back"));
        auto *create = menu->addAction(tr("C&reate snapshot…"), snapshotsView, &SnapshotsView::createSnapshot);
        create->setObjectName(QStringLiteral("actionCreateSnapshot"));
        auto *prune = menu->addAction(tr("&Prune snapshots…"), snapshotsView, &SnapshotsView::prune);
        prune->setObjectName(QStringLiteral("actionPruneSnapshots"));
        menu->addSeparator();
        auto *folder = menu->addAction(tr("Choose s&napshot folder…"), snapshotsView, &SnapshotsView::chooseFolder);
        folder->setObjectName(QStringLiteral("actionChooseSnapshotFolder"));
        m_ui->menuBar->insertMenu(m_ui->menuHelp->menuAction(), menu);
        connect(snapshotsView, &SnapshotsView::safeChangeRequested, this, openSafeChange);
    }
}

MainWindow::~MainWindow() = default;

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

// --- openBackupDialog (BackupDialog) ---
void MainWindow::openBackupDialog()
{
    const auto profile = m_workspace->currentProfile();
    if (!profile) {
        // Not exec(): the window stays usable (and tests are not stopped by a modal loop).
        auto *box = new QMessageBox(QMessageBox::Information, tr("Back up"),
                                    tr("Choose a connection profile first, in the Connections panel."), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("pickProfileMessage"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    auto *dialog = new BackupDialog(m_workspace, *profile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
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

} // namespace lifeboat::app
