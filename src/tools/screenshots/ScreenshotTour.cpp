#include "tools/screenshots/ScreenshotTour.h"

#include "app/backups/ArchiveTableModel.h"
#include "app/backups/BackupDialog.h"
#include "core/backup/BackupEngine.h"
#include "app/backups/BackupsView.h"
#include "profiles/ConnectionProfile.h"
#include "app/connections/DatabaseTree.h"
#include "app/demo/DemoCatalog.h"
#include "app/demo/DemoServer.h"
#include "core/codec/ExtJsonCodec.h"
#include "app/demo/DemoSession.h"
#include "app/jobs/Job.h"
#include "app/jobs/JobManager.h"
#include "app/jobs/JobsPanel.h"
#include "app/window/AppTheme.h"
#include "app/window/MainWindow.h"
#include "core/mongo/MongoClientPool.h"
#include "app/connections/ProfileDialog.h"
#include "app/connections/ProfileSidebar.h"
#include "app/diff/DiffDrillDown.h"
#include "profiles/ProfileStore.h"
#include "app/widgets/ReportDialog.h"
#include "app/restore/RestorePreviewPage.h"
#include "app/restore/RestoreTargetPage.h"
#include "app/restore/RestoreWizard.h"
#include "app/snapshots/CloneSnapshotDialog.h"
#include "app/snapshots/CreateSnapshotDialog.h"
#include "app/widgets/DatabasePicker.h"
#include "app/snapshots/PruneDialog.h"
#include "app/safechange/SafeChangeAssistant.h"
#include "app/safechange/SafeChangeCheckPage.h"
#include "app/safechange/SafeChangeDecisionPage.h"
#include "app/safechange/SafeChangeResultPage.h"
#include "app/safechange/SafeChangeSnapshotPage.h"
#include "core/snapshot/SnapshotStore.h"
#include "app/snapshots/SnapshotTableModel.h"
#include "app/snapshots/SnapshotsView.h"
#include "tools/screenshots/ShopData.h"
#include "app/window/Workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDockWidget>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTabWidget>
#include <QDateEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTableWidget>
#include <QThread>
#include <QTreeWidget>
#include <QtConcurrent>

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <stdexcept>

namespace lifeboat::app {

namespace {

// What stops the tour: thrown by fail(), caught by run(). Never thrown through Qt's code:
// only the steps (plain functions called from run()) throw.
struct TourFailure : std::runtime_error {
    using std::runtime_error::runtime_error;
};

constexpr int kSlowMs = 300000; // a backup, a restore or a comparison on a busy machine

const QString kCloneDatabase = QStringLiteral("shop_restore_test");

} // namespace

ScreenshotTour::ScreenshotTour(Options options, QObject *parent) : QObject(parent), m_options(std::move(options)), m_out(m_options.outDir)
{
}

ScreenshotTour::~ScreenshotTour()
{
    // The backup still running is cancelled (it leaves nothing); the archives the screens
    // showed go with the demo server.
    if (m_workspace)
        m_workspace->jobs()->cancelAllAndWait();
    if (!m_backupFolder.isEmpty())
        QDir(m_backupFolder).removeRecursively();
    QDir().rmdir(m_options.workDir); // only if empty
}

QList<ScreenshotTour::Step> ScreenshotTour::steps()
{
    auto prepare = [this](const QString &name, void (ScreenshotTour::*f)()) { return Step{name, false, [this, f] { (this->*f)(); }}; };
    auto shot = [this](const QString &name, void (ScreenshotTour::*f)()) { return Step{name, true, [this, f] { (this->*f)(); }}; };
    // A MatrixOne step: nothing (said once) without a MatrixOne server.
    auto matrixOne = [this](const QString &name, bool screenshot, void (ScreenshotTour::*f)()) {
        return Step{name, screenshot, [this, f] {
                        if (!skipMatrixOne())
                            (this->*f)();
                    }};
    };
    return {
        // Lifeboat with no connection yet, then lifeboat --demo, as it first opens.
        shot(QStringLiteral("first-run"), &ScreenshotTour::shotFirstRun),
        prepare(QStringLiteral("start the demo server"), &ScreenshotTour::startDemo),
        shot(QStringLiteral("demo-mode"), &ScreenshotTour::shotDemoMode),
        // Profiles and the sample shop on the same server.
        prepare(QStringLiteral("add the profiles"), &ScreenshotTour::addProfiles),
        prepare(QStringLiteral("fill the shop database"), &ScreenshotTour::seedShop),
        shot(QStringLiteral("profile-dialog"), &ScreenshotTour::shotProfileDialog),
        // A backup through the backup dialog.
        shot(QStringLiteral("backup-setup"), &ScreenshotTour::shotBackupSetup),
        shot(QStringLiteral("backup-progress"), &ScreenshotTour::shotBackupProgress),
        shot(QStringLiteral("backup-done"), &ScreenshotTour::shotBackupDone),
        // Something goes wrong in the shop; the backup is checked and compared.
        prepare(QStringLiteral("change the shop"), &ScreenshotTour::breakShop),
        prepare(QStringLiteral("verify the archive"), &ScreenshotTour::verifyArchive),
        shot(QStringLiteral("report-compare"), &ScreenshotTour::shotCompareReport),
        shot(QStringLiteral("compare-differences"), &ScreenshotTour::shotCompareDifferences),
        // A restore into a clone (its progress), then one into the shop itself.
        shot(QStringLiteral("restore-1-archive"), &ScreenshotTour::shotRestoreArchive),
        shot(QStringLiteral("restore-2-target-clone"), &ScreenshotTour::shotRestoreTargetClone),
        shot(QStringLiteral("restore-6-progress"), &ScreenshotTour::shotRestoreProgress),
        shot(QStringLiteral("restore-2-target"), &ScreenshotTour::shotRestoreTarget),
        shot(QStringLiteral("restore-3-options"), &ScreenshotTour::shotRestoreOptions),
        shot(QStringLiteral("restore-4-preview"), &ScreenshotTour::shotRestorePreview),
        shot(QStringLiteral("restore-5-confirm"), &ScreenshotTour::shotRestoreConfirm),
        shot(QStringLiteral("restore-7-report"), &ScreenshotTour::shotRestoreReport),
        shot(QStringLiteral("restore-7-report-dark"), &ScreenshotTour::shotRestoreReportDark),
        shot(QStringLiteral("restore-rollback"), &ScreenshotTour::shotRestoreRollback),
        prepare(QStringLiteral("compare the restored shop"), &ScreenshotTour::compareAgain),
        // One customer's orders deleted, and put back from the backup alone.
        prepare(QStringLiteral("delete one customer's orders"), &ScreenshotTour::deleteOneCustomersOrders),
        shot(QStringLiteral("surgical-1-browser"), &ScreenshotTour::shotSurgicalBrowser),
        shot(QStringLiteral("surgical-2-documents"), &ScreenshotTour::shotSurgicalDocuments),
        shot(QStringLiteral("surgical-3-plan"), &ScreenshotTour::shotSurgicalPlan),
        shot(QStringLiteral("surgical-6-report"), &ScreenshotTour::shotSurgicalReport),
        // The main window with all of that in it, and a backup running.
        shot(QStringLiteral("main-window"), &ScreenshotTour::shotMainWindow),
        shot(QStringLiteral("main-window-dark"), &ScreenshotTour::shotMainWindowDark),
        shot(QStringLiteral("profiles-panel"), &ScreenshotTour::shotProfilesPanel),
        shot(QStringLiteral("backups-view"), &ScreenshotTour::shotBackupsView),
        shot(QStringLiteral("jobs-panel"), &ScreenshotTour::shotJobsPanel),
        // Issue 5: snapshots of the demo's shop, a clone to verify, the "Safe change" assistant
        // through the tutorial's failed upgrade and its rollback, the view, pruning.
        prepare(QStringLiteral("take the nightly snapshots"), &ScreenshotTour::takeDailySnapshots),
        shot(QStringLiteral("snapshot-create"), &ScreenshotTour::shotSnapshotCreate),
        shot(QStringLiteral("snapshot-clone"), &ScreenshotTour::shotSnapshotClone),
        shot(QStringLiteral("snapshot-clone-report"), &ScreenshotTour::shotSnapshotCloneReport),
        shot(QStringLiteral("safe-change-1-snapshot"), &ScreenshotTour::shotSafeChangeSnapshot),
        shot(QStringLiteral("safe-change-2-upgrade"), &ScreenshotTour::shotSafeChangeUpgrade),
        shot(QStringLiteral("safe-change-3-check"), &ScreenshotTour::shotSafeChangeCheck),
        shot(QStringLiteral("safe-change-4-decision"), &ScreenshotTour::shotSafeChangeDecision),
        shot(QStringLiteral("safe-change-5-result"), &ScreenshotTour::shotSafeChangeResult),
        shot(QStringLiteral("snapshots-view"), &ScreenshotTour::shotSnapshotsView),
        shot(QStringLiteral("snapshot-prune"), &ScreenshotTour::shotSnapshotPrune),
        // Issue 15: the tutorial on a MatrixOne server with its own snapshots (skipped without one).
        matrixOne(QStringLiteral("add the MatrixOne profile and its demo database"), false, &ScreenshotTour::addMatrixOneShop),
        matrixOne(QStringLiteral("matrixone-profile-dialog"), true, &ScreenshotTour::shotMatrixOneProfileDialog),
        matrixOne(QStringLiteral("take the MatrixOne snapshots and upgrade the demo"), false, &ScreenshotTour::takeMatrixOneSnapshots),
        matrixOne(QStringLiteral("matrixone-snapshots-view"), true, &ScreenshotTour::shotMatrixOneSnapshotsView),
        matrixOne(QStringLiteral("matrixone-clone-report"), true, &ScreenshotTour::shotMatrixOneCloneReport),
        matrixOne(QStringLiteral("matrixone-rollback-confirm"), true, &ScreenshotTour::shotMatrixOneRollback),
        matrixOne(QStringLiteral("matrixone-safe-change-check"), true, &ScreenshotTour::shotMatrixOneSafeChangeCheck),
        matrixOne(QStringLiteral("matrixone-safe-change-decision"), true, &ScreenshotTour::shotMatrixOneSafeChangeDecision),
    };
}

int ScreenshotTour::run()
{
    if (!m_out.mkpath(QStringLiteral(".")) || !QDir().mkpath(m_options.workDir)) {
        std::fprintf(stderr, "lifeboat-screenshots: cannot create %s or %s\n", qPrintable(m_options.outDir),
                     qPrintable(m_options.workDir));
        return 1;
    }
    const QList<Step> all = steps();
    for (const QString &name : m_options.only) {
        if (std::none_of(all.begin(), all.end(), [&](const Step &s) { return s.screenshot && s.name == name; })) {
            std::fprintf(stderr, "lifeboat-screenshots: there is no screenshot \"%s\"\n", qPrintable(name));
            return 2;
        }
    }
    QElapsedTimer clock;
    clock.start();
    try {
        for (const Step &step : all) {
            std::fprintf(stderr, "[%6.1f s] %s\n", double(clock.elapsed()) / 1000.0, qPrintable(step.name));
            step.run();
        }
    } catch (const TourFailure &failure) {
        std::fprintf(stderr, "lifeboat-screenshots: %s\n", failure.what());
        return 1;
    }
    std::fprintf(stderr, "[%6.1f s] done: %lld screenshot(s) in %s\n", double(clock.elapsed()) / 1000.0,
                 static_cast<long long>(m_written.size()), qPrintable(m_out.absolutePath()));
    return 0;
}

// --- helpers ---

void ScreenshotTour::fail(const QString &why)
{
    throw TourFailure(why.toStdString());
}

void ScreenshotTour::waitFor(const std::function<bool()> &done, const QString &what, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            fail(QStringLiteral("timed out after %1 s waiting for %2").arg(timeoutMs / 1000).arg(what));
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QThread::msleep(2);
    }
}

void ScreenshotTour::settle(int ms)
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QThread::msleep(2);
    }
}

void ScreenshotTour::shoot(QWidget *widget, const QString &name)
{
    if (!m_options.only.isEmpty() && !m_options.only.contains(name))
        return;
    settle();
    widget->repaint();
    const QPixmap pixmap = widget->grab();
    const QString path = m_out.filePath(name + QStringLiteral(".png"));
    if (pixmap.isNull() || !pixmap.save(path, "PNG", 9))
        fail(QStringLiteral("cannot write %1").arg(path));
    m_written << path;
    std::fprintf(stderr, "          -> %s (%dx%d)\n", qPrintable(path), pixmap.width(), pixmap.height());
}

void ScreenshotTour::selectProfile(const QString &id)
{
    m_workspace->setCurrentProfileId(id);
    auto *tree = find<DatabaseTree>(m_window.get(), QStringLiteral("databaseTree"));
    waitFor([tree] { return !tree->isLoading(); }, QStringLiteral("the database list"));
}

void ScreenshotTour::openDatabase(const QString &database)
{
    auto *tree = find<DatabaseTree>(m_window.get(), QStringLiteral("databaseTree"));
    waitFor([tree] { return !tree->isLoading(); }, QStringLiteral("the database list"));
    QTreeWidgetItem *item = tree->databaseItem(database);
    if (!item)
        fail(QStringLiteral("the database tree does not list %1").arg(database));
    if (!item->isExpanded())
        tree->expandItem(item);
    waitFor([tree] { return !tree->isLoading(); }, QStringLiteral("the collections of %1").arg(database));
    item = tree->databaseItem(database);
    if (!item || item->childCount() == 0
        || item->child(0)->data(DatabaseTree::NameColumn, DatabaseTree::KindRole).toInt() != DatabaseTree::CollectionItem)
        fail(QStringLiteral("the collections of %1 did not load").arg(database));
}

void ScreenshotTour::arrangeMainWindow()
{
    m_window->resize(m_options.windowSize);
    auto *profiles = find<QDockWidget>(m_window.get(), QStringLiteral("profilesDock"));
    auto *jobs = find<QDockWidget>(m_window.get(), QStringLiteral("jobsDock"));
    m_window->resizeDocks({profiles}, {360}, Qt::Horizontal);
    m_window->resizeDocks({jobs}, {230}, Qt::Vertical);
    settle();
}

QString ScreenshotTour::newestArchive(const QString &folder, const QString &prefix) const
{
    const QFileInfoList files =
        QDir(folder).entryInfoList({prefix + QStringLiteral("*.tar.gz")}, QDir::Files, QDir::Time);
    return files.isEmpty() ? QString() : files.first().absoluteFilePath();
}

RestoreWizard *ScreenshotTour::openWizard(const QString &archive)
{
    const auto before = m_window->findChildren<RestoreWizard *>();
    m_window->openRestoreWizard(archive);
    RestoreWizard *wizard = nullptr;
    for (RestoreWizard *w : m_window->findChildren<RestoreWizard *>()) {
        if (!before.contains(w))
            wizard = w;
    }
    if (!wizard)
        fail(QStringLiteral("the main window opened no restore wizard"));
    waitFor([wizard] { return wizard->isVisible(); }, QStringLiteral("the restore wizard"));
    waitFor([wizard] { return wizard->button(QWizard::NextButton)->isEnabled(); },
            QStringLiteral("the integrity check of %1").arg(QFileInfo(archive).fileName()), kSlowMs);
    return wizard;
}

void ScreenshotTour::next(RestoreWizard *wizard)
{
    QAbstractButton *button = wizard->button(QWizard::NextButton);
    waitFor([button] { return button->isVisible() && button->isEnabled(); },
            QStringLiteral("Next on page %1 of the restore wizard").arg(wizard->currentId() + 1), kSlowMs);
    button->click();
    settle(50);
}

// --- preparation ---

// The app as a new user first sees it: no connection, no backup folder yet. A window of its
// own, on settings of its own (the demo's come next).
void ScreenshotTour::shotFirstRun()
{
    QSettings settings(QDir(m_options.workDir).filePath(QStringLiteral("first-run.ini")), QSettings::IniFormat);
    Workspace workspace(&settings);
    workspace.setBackupFolder(QDir(m_options.workDir).filePath(QStringLiteral("Lifeboat backups")));
    MainWindow window(&workspace);
    window.resize(m_options.windowSize);
    auto *profiles = find<QDockWidget>(&window, QStringLiteral("profilesDock"));
    window.resizeDocks({profiles}, {360}, Qt::Horizontal);
    window.show();
    auto *view = find<BackupsView>(&window, QStringLiteral("backupsView"));
    waitFor([view] { return !view->isLoading() && !view->statusText().isEmpty(); }, QStringLiteral("the empty backup folder"));
    shoot(&window, QStringLiteral("first-run"));
    QFile::remove(settings.fileName());
}

void ScreenshotTour::startDemo()
{
    // As main.cpp's runDemo(): every QSettings of the app goes to the demo's own folder.
    m_demo = std::make_unique<DemoServer>();
    if (m_demo->settingsFolder().isEmpty())
        fail(QStringLiteral("the demo cannot create its temporary folder"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_demo->settingsFolder());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_demo->settingsFolder());
    m_settings = std::make_unique<QSettings>();
    m_workspace = std::make_unique<Workspace>(m_settings.get());
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_session = std::make_unique<DemoSession>(m_demo.get(), m_workspace.get(), m_window.get());
    arrangeMainWindow();
    m_window->show();
    QString failure;
    const auto connection = connect(m_session.get(), &DemoSession::failed, this, [&failure](const QString &why) { failure = why; });
    m_session->start();
    waitFor([this, &failure] { return !m_session->profileId().isEmpty() || !failure.isEmpty(); }, QStringLiteral("the demo server"));
    disconnect(connection);
    if (!failure.isEmpty())
        fail(QStringLiteral("the demo server did not start: %1").arg(failure));
    m_demoProfileId = m_session->profileId();
}

void ScreenshotTour::addProfiles()
{
    // The demo server stands in for production: a profile tagged Production that points at it.
    profiles::ConnectionProfile production;
    production.name = QStringLiteral("Production (shop)");
    production.connectionString = m_demo->uri();
    production.defaultDatabase = ShopData::databaseName();
    production.environment = profiles::ConnectionProfile::Environment::Production;
    auto added = m_workspace->profiles()->add(production);
    if (!added)
        fail(added.error().toString());
    m_productionId = added->id;

    // Staging is only listed (a replica set that is not there); its password goes to the keychain.
    profiles::ConnectionProfile staging;
    staging.name = QStringLiteral("Staging");
    staging.connectionString = QStringLiteral("mongodb://stg-db1.example.net:27017,stg-db2.example.net:27017/?replicaSet=rs-stg");
    staging.user = QStringLiteral("backup");
    staging.authDatabase = QStringLiteral("admin");
    staging.defaultDatabase = ShopData::databaseName();
    staging.environment = profiles::ConnectionProfile::Environment::Staging;
    added = m_workspace->profiles()->add(staging);
    if (!added)
        fail(added.error().toString());
    m_stagingId = added->id;
    std::optional<Status> saved;
    m_workspace->profiles()->savePassword(m_stagingId, QStringLiteral("screenshot-only"), [&saved](Status s) { saved = s; });
    waitFor([&saved] { return saved.has_value(); }, QStringLiteral("the keychain"));
    if (!saved->ok())
        fail(QStringLiteral("the keychain did not save a password (run under scripts/with-keyring): %1").arg(saved->error().toString()));

    m_backupFolder = QDir(m_options.workDir).filePath(QStringLiteral("Lifeboat backups"));
    QDir(m_backupFolder).removeRecursively();
    if (!QDir().mkpath(m_backupFolder))
        fail(QStringLiteral("cannot create %1").arg(m_backupFolder));
    m_workspace->setBackupFolder(m_backupFolder);
    m_window->statusBar()->clearMessage();
}

void ScreenshotTour::seedShop()
{
    // The shop, and an earlier backup of the demo database (so the backups view lists more
    // than one archive).
    QFutureWatcher<Status> watcher;
    const QString uri = m_demo->uri();
    const int orders = m_options.orders;
    const QString folder = m_backupFolder;
    watcher.setFuture(QtConcurrent::run([uri, orders, folder]() -> Status {
        auto pool = MongoClientPool::create(uri, 2);
        if (!pool)
            return pool.error();
        if (auto seeded = ShopData::seed(**pool, orders); !seeded)
            return seeded;
        BackupRequest request;
        request.mongoUri = uri;
        request.database = DemoCatalog::databaseName();
        request.outDir = folder;
        request.name = QStringLiteral("demo_before_upgrade");
        auto made = BackupEngine().run(request);
        if (!made)
            return made.error();
        return {};
    }));
    waitFor([&watcher] { return watcher.isFinished(); }, QStringLiteral("the shop's data"), kSlowMs);
    if (const Status seeded = watcher.result(); !seeded)
        fail(QStringLiteral("cannot fill the shop: %1").arg(seeded.error().toString()));
}

void ScreenshotTour::breakShop()
{
    QFutureWatcher<Status> watcher;
    watcher.setFuture(QtConcurrent::run([uri = m_demo->uri()]() -> Status {
        auto pool = MongoClientPool::create(uri, 1);
        if (!pool)
            return pool.error();
        return ShopData::breakIt(**pool);
    }));
    waitFor([&watcher] { return watcher.isFinished(); }, QStringLiteral("the change to the shop"), kSlowMs);
    if (const Status changed = watcher.result(); !changed)
        fail(QStringLiteral("cannot change the shop: %1").arg(changed.error().toString()));
}

void ScreenshotTour::verifyArchive()
{
    auto *view = find<BackupsView>(m_window.get(), QStringLiteral("backupsView"));
    waitFor([this, view] { return !view->isLoading() && view->model()->rowOf(m_shopArchive) >= 0; },
            QStringLiteral("the new archive in the backups view"));
    view->selectArchive(m_shopArchive);
    bool verified = false;
    const auto connection = connect(view, &BackupsView::verificationFinished, this, [&verified] { verified = true; });
    view->verifySelected();
    waitFor([&verified] { return verified; }, QStringLiteral("Verify integrity"), kSlowMs);
    disconnect(connection);
    const auto *entry = view->model()->entry(m_shopArchive);
    if (!entry || entry->integrity != ArchiveTableModel::IntegrityState::Ok)
        fail(QStringLiteral("Verify integrity did not find the archive intact: %1").arg(view->statusText()));
}

void ScreenshotTour::compareAgain()
{
    ReportDialog *report = compare(m_shopArchive);
    if (!report->report().allOk())
        fail(QStringLiteral("the restored shop does not match its backup"));
    report->close();
    settle();
}

// --- screenshots ---

void ScreenshotTour::shotDemoMode()
{
    openDatabase(DemoCatalog::databaseName());
    auto *view = find<BackupsView>(m_window.get(), QStringLiteral("backupsView"));
    waitFor([view] { return !view->isLoading(); }, QStringLiteral("the backups view"));
    shoot(m_window.get(), QStringLiteral("demo-mode"));
}

void ScreenshotTour::shotProfileDialog()
{
    shootProfileDialog(m_productionId, QStringLiteral("profile-dialog"));
}

void ScreenshotTour::shootProfileDialog(const QString &profileId, const QString &name)
{
    selectProfile(profileId);
    auto *sidebar = find<ProfileSidebar>(m_window.get(), QStringLiteral("profileSidebar"));
    sidebar->editProfile();
    ProfileDialog *dialog = sidebar->profileDialog();
    if (!dialog)
        fail(QStringLiteral("Edit opened no profile dialog"));
    waitFor([dialog] { return dialog->isVisible(); }, QStringLiteral("the profile dialog"));
    bool tested = false;
    const auto connection = connect(dialog, &ProfileDialog::testFinished, this, [&tested] { tested = true; });
    find<QPushButton>(dialog, QStringLiteral("testButton"))->click();
    waitFor([&tested] { return tested; }, QStringLiteral("Test connection"));
    disconnect(connection);
    dialog->resize(dialog->width(), dialog->sizeHint().height());
    shoot(dialog, name);
    dialog->reject();
    settle();
}

void ScreenshotTour::shotBackupSetup()
{
    selectProfile(m_productionId);
    const auto before = m_window->findChildren<BackupDialog *>();
    m_window->openBackupDialog();
    BackupDialog *dialog = nullptr;
    for (BackupDialog *d : m_window->findChildren<BackupDialog *>()) {
        if (!before.contains(d))
            dialog = d;
    }
    if (!dialog)
        fail(QStringLiteral("the main window opened no backup dialog"));
    auto *combo = find<QComboBox>(dialog, QStringLiteral("databaseCombo"));
    auto *list = find<QListWidget>(dialog, QStringLiteral("collectionList"));
    waitFor([combo, list] { return combo->currentText() == ShopData::databaseName() && list->count() == 3; },
            QStringLiteral("the shop's collections in the backup dialog"));
    shoot(dialog, QStringLiteral("backup-setup"));
}

void ScreenshotTour::shotBackupProgress()
{
    BackupDialog *dialog = m_window->findChild<BackupDialog *>(QStringLiteral("backupDialog"));
    if (!dialog)
        fail(QStringLiteral("the backup dialog is gone"));
    find<QPushButton>(dialog, QStringLiteral("startButton"))->click();
    waitFor([dialog] { return dialog->job() != nullptr; }, QStringLiteral("the backup to start"));
    Job *job = dialog->job();
    // Caught while the big collection is still copying and the small ones are done.
    waitFor(
        [dialog, job] {
            if (!job->isRunning())
                return true;
            const auto bars = dialog->findChildren<QProgressBar *>(QStringLiteral("collectionBar"));
            int done = 0;
            int partway = 0;
            for (const QProgressBar *bar : bars) {
                const double f = double(bar->value() - bar->minimum()) / double(qMax(1, bar->maximum() - bar->minimum()));
                done += f >= 1.0 ? 1 : 0;
                partway += f > 0.3 && f < 0.7 ? 1 : 0;
            }
            return bars.size() == 3 && done == 2 && partway == 1;
        },
        QStringLiteral("the backup's progress"), kSlowMs);
    if (!job->isRunning())
        fail(QStringLiteral("the backup ended before its progress could be shown (give the shop more orders: --orders)"));
    shoot(dialog, QStringLiteral("backup-progress"));
}

void ScreenshotTour::shotBackupDone()
{
    BackupDialog *dialog = m_window->findChild<BackupDialog *>(QStringLiteral("backupDialog"));
    if (!dialog || !dialog->job())
        fail(QStringLiteral("the backup dialog is gone"));
    Job *job = dialog->job();
    waitFor([job] { return !job->isRunning(); }, QStringLiteral("the backup"), kSlowMs);
    if (job->state() != Job::State::Succeeded)
        fail(QStringLiteral("the backup failed: %1").arg(job->summary()));
    m_shopArchive = newestArchive(m_backupFolder, QStringLiteral("backup_"));
    if (m_shopArchive.isEmpty())
        fail(QStringLiteral("the backup left no archive in %1").arg(m_backupFolder));
    shoot(dialog, QStringLiteral("backup-done"));
    find<QPushButton>(dialog, QStringLiteral("closeButton"))->click();
    settle();
}

ReportDialog *ScreenshotTour::compare(const QString &archive)
{
    selectProfile(m_productionId);
    auto *view = find<BackupsView>(m_window.get(), QStringLiteral("backupsView"));
    view->selectArchive(archive);
    ReportDialog *report = nullptr;
    bool finished = false;
    const auto connection = connect(view, &BackupsView::comparisonFinished, this, [&](const QString &, ReportDialog *dialog) {
        report = dialog;
        finished = true;
    });
    view->compareSelected();
    waitFor([&finished] { return finished; }, QStringLiteral("Compare with database"), kSlowMs);
    disconnect(connection);
    if (!report)
        fail(QStringLiteral("the comparison did not run: %1").arg(view->statusText()));
    waitFor([report] { return report->isVisible(); }, QStringLiteral("the report dialog"));
    return report;
}

void ScreenshotTour::shotCompareReport()
{
    ReportDialog *report = compare(m_shopArchive);
    if (report->report().allOk())
        fail(QStringLiteral("the changed shop still matches its backup"));
    // At the size it opens with: the notes wrap where the screen is too narrow for them.
    shoot(report, QStringLiteral("report-compare"));
    report->close();
    settle();
}

void ScreenshotTour::shotCompareDifferences()
{
    // The report's Show differences… on products (the monitors' prices set to 0), one changed
    // document side by side.
    ReportDialog *report = compare(m_shopArchive);
    auto *view = find<BackupsView>(m_window.get(), QStringLiteral("backupsView"));
    bool selected = false;
    for (const VerificationRow &row : report->report().rows)
        selected = selected || (row.collection == QLatin1String("products") && report->selectRow(row.database, row.collection));
    if (!selected)
        fail(QStringLiteral("the report has no row for products"));
    report->showDifferences();
    waitFor([view] { return view->lastDrillDown() != nullptr; }, QStringLiteral("the differences window"), kSlowMs);
    DiffDrillDown *drillDown = view->lastDrillDown();
    waitFor([drillDown] { return !drillDown->isRunning(); }, QStringLiteral("the differing documents"), kSlowMs);
    for (const DocumentDifference &d : drillDown->listed()) {
        if (d.kind == DocumentDifference::Kind::Different) {
            drillDown->selectId(d.id);
            break;
        }
    }
    waitFor([drillDown] { return drillDown->shownPair() && !drillDown->isLoadingPair(); }, QStringLiteral("the document side by side"),
            kSlowMs);
    shoot(drillDown, QStringLiteral("compare-differences"));
    drillDown->close();
    report->close();
    settle();
}

void ScreenshotTour::shotRestoreArchive()
{
    m_wizard = openWizard(m_shopArchive);
    shoot(m_wizard, QStringLiteral("restore-1-archive"));
}

void ScreenshotTour::shotRestoreTargetClone()
{
    // Into a new database on the demo's own profile: a clone, to look at the backup's data.
    next(m_wizard);
    RestoreTargetPage *page = m_wizard->targetPage();
    waitFor([page] { return page->databasesLoaded(); }, QStringLiteral("the target's databases"));
    auto *profile = find<QComboBox>(m_wizard, QStringLiteral("profileCombo"));
    profile->setCurrentIndex(profile->findData(m_demoProfileId));
    waitFor([page] { return page->databasesLoaded(); }, QStringLiteral("the demo's databases"));
    find<QLineEdit>(m_wizard, QStringLiteral("targetDbEdit"))->setText(kCloneDatabase);
    auto *status = find<QLabel>(m_wizard, QStringLiteral("targetDbStatusLabel"));
    waitFor([status] { return status->text().contains(QStringLiteral("clone")); }, QStringLiteral("the clone's label"));
    shoot(m_wizard, QStringLiteral("restore-2-target-clone"));
}

void ScreenshotTour::shotRestoreProgress()
{
    next(m_wizard); // options: smaller batches, one worker, so that the progress can be seen
    find<QSpinBox>(m_wizard, QStringLiteral("batchSizeSpin"))->setValue(250);
    find<QSpinBox>(m_wizard, QStringLiteral("jobsSpin"))->setValue(1);
    next(m_wizard); // preview
    next(m_wizard); // confirm: a clone changes nothing that exists, so no name to type
    if (m_wizard->currentId() != RestoreWizard::ConfirmPage)
        fail(QStringLiteral("the wizard is not on its confirm page"));
    QAbstractButton *restore = m_wizard->button(QWizard::CommitButton);
    if (!restore->isEnabled())
        fail(QStringLiteral("Restore is not enabled for a clone"));
    restore->click();
    Job *job = m_wizard->session()->job;
    if (!job)
        fail(QStringLiteral("Restore started no job"));
    auto *bar = find<QProgressBar>(m_wizard, QStringLiteral("overallProgressBar"));
    waitFor([job, bar] { return !job->isRunning() || bar->value() >= 350; }, QStringLiteral("the restore's progress"), kSlowMs);
    if (!job->isRunning())
        fail(QStringLiteral("the restore ended before its progress could be shown"));
    shoot(m_wizard, QStringLiteral("restore-6-progress"));
    RestoreWizard *wizard = m_wizard;
    waitFor([wizard] { return wizard->currentId() == RestoreWizard::ReportPage; }, QStringLiteral("the clone's report"), kSlowMs);
    if (job->state() != Job::State::Succeeded)
        fail(QStringLiteral("the restore into the clone failed: %1").arg(job->summary()));
    m_wizard->close();
    m_wizard = nullptr;
    settle();
}

void ScreenshotTour::shotRestoreTarget()
{
    // Back into "shop" itself, on the production profile: the banner and, later, the name to type.
    m_wizard = openWizard(m_shopArchive);
    next(m_wizard);
    RestoreTargetPage *page = m_wizard->targetPage();
    waitFor([page] { return page->databasesLoaded(); }, QStringLiteral("the target's databases"));
    auto *profile = find<QComboBox>(m_wizard, QStringLiteral("profileCombo"));
    if (profile->currentData().toString() != m_productionId) {
        profile->setCurrentIndex(profile->findData(m_productionId));
        waitFor([page] { return page->databasesLoaded(); }, QStringLiteral("the production databases"));
    }
    if (find<QLineEdit>(m_wizard, QStringLiteral("targetDbEdit"))->text() != ShopData::databaseName())
        fail(QStringLiteral("the target database is not the archive's"));
    if (!find<QLabel>(m_wizard->page(RestoreWizard::TargetPage), QStringLiteral("productionBanner"))->isVisible())
        fail(QStringLiteral("no production banner on the target page"));
    shoot(m_wizard, QStringLiteral("restore-2-target"));
}

void ScreenshotTour::shotRestoreOptions()
{
    next(m_wizard);
    // Back to exactly what the archive holds: drop and recreate, rather than insert into.
    find<QCheckBox>(m_wizard, QStringLiteral("replaceExistingCheck"))->setChecked(true);
    shoot(m_wizard, QStringLiteral("restore-3-options"));
}

void ScreenshotTour::shotRestorePreview()
{
    next(m_wizard);
    RestoreWizard *wizard = m_wizard;
    waitFor([wizard] { return !wizard->previewPage()->isPlanning() && wizard->button(QWizard::NextButton)->isEnabled(); },
            QStringLiteral("the restore plan"), kSlowMs);
    // Exactly what the archive holds: the shop's extra collection dropped too (off by default).
    auto *dropExtra = find<QCheckBox>(m_wizard, QStringLiteral("dropExtraCheck"));
    if (!dropExtra->isVisible())
        fail(QStringLiteral("the preview offers no choice about the shop's extra collection"));
    dropExtra->setChecked(true);
    waitFor([wizard] { return !wizard->previewPage()->isPlanning() && wizard->button(QWizard::NextButton)->isEnabled(); },
            QStringLiteral("the restore plan with the drop"), kSlowMs);
    if (find<QTableWidget>(m_wizard, QStringLiteral("dropTable"))->rowCount() == 0
        || find<QTableWidget>(m_wizard, QStringLiteral("restoreTable"))->rowCount() == 0)
        fail(QStringLiteral("the preview has empty tables"));
    shoot(m_wizard, QStringLiteral("restore-4-preview"));
}

void ScreenshotTour::shotRestoreConfirm()
{
    next(m_wizard);
    if (m_wizard->currentId() != RestoreWizard::ConfirmPage)
        fail(QStringLiteral("the wizard is not on its confirm page"));
    auto *name = find<QLineEdit>(m_wizard, QStringLiteral("confirmNameEdit"));
    if (!name->isVisible() || m_wizard->button(QWizard::CommitButton)->isEnabled())
        fail(QStringLiteral("the confirm page does not ask for the database's name"));
    name->setText(ShopData::databaseName());
    if (!m_wizard->button(QWizard::CommitButton)->isEnabled())
        fail(QStringLiteral("Restore stays disabled with the name typed"));
    shoot(m_wizard, QStringLiteral("restore-5-confirm"));
}

void ScreenshotTour::shotRestoreReport()
{
    m_wizard->button(QWizard::CommitButton)->click();
    RestoreWizard *wizard = m_wizard;
    waitFor([wizard] { return wizard->currentId() == RestoreWizard::ReportPage; }, QStringLiteral("the restore"), kSlowMs);
    const Job *job = m_wizard->session()->job;
    if (!job || job->state() != Job::State::Succeeded)
        fail(QStringLiteral("the restore into shop failed: %1").arg(job ? job->summary() : QString()));
    m_snapshot = find<QLabel>(m_wizard, QStringLiteral("snapshotPathLabel"))->property("path").toString();
    if (m_snapshot.isEmpty())
        fail(QStringLiteral("the restore took no safety snapshot"));
    shoot(m_wizard, QStringLiteral("restore-7-report"));
}

void ScreenshotTour::shotRestoreReportDark()
{
    AppTheme::apply(AppTheme::Mode::Dark);
    shoot(m_wizard, QStringLiteral("restore-7-report-dark"));
    AppTheme::apply(AppTheme::Mode::System); // Fusion's own light palette, as the tour started
    settle();
}

void ScreenshotTour::shotRestoreRollback()
{
    find<QPushButton>(m_wizard, QStringLiteral("rollbackButton"))->click();
    RestoreWizard *wizard = m_wizard;
    waitFor([wizard] { return wizard->currentId() == RestoreWizard::ArchivePage && wizard->button(QWizard::NextButton)->isEnabled(); },
            QStringLiteral("the snapshot's integrity check"), kSlowMs);
    shoot(m_wizard, QStringLiteral("restore-rollback"));
    m_wizard->close();
    m_wizard = nullptr;
    settle();
}

void ScreenshotTour::shotMainWindow()
{
    selectProfile(m_productionId);
    // Listed afresh (the clone is new since), the shop open, the demo closed.
    auto *tree = find<DatabaseTree>(m_window.get(), QStringLiteral("databaseTree"));
    tree->refresh();
    openDatabase(ShopData::databaseName());
    if (QTreeWidgetItem *demo = tree->databaseItem(DemoCatalog::databaseName()))
        tree->collapseItem(demo);
    if (!tree->databaseItem(kCloneDatabase))
        fail(QStringLiteral("the database tree does not list the clone"));
    auto *view = find<BackupsView>(m_window.get(), QStringLiteral("backupsView"));
    waitFor([this, view] { return !view->isLoading() && view->model()->rowOf(m_snapshot) >= 0; },
            QStringLiteral("the safety snapshot in the backups view"));

    // Tonight's backup, left running in the jobs panel.
    const auto before = m_window->findChildren<BackupDialog *>();
    m_window->openBackupDialog();
    BackupDialog *dialog = nullptr;
    for (BackupDialog *d : m_window->findChildren<BackupDialog *>()) {
        if (!before.contains(d))
            dialog = d;
    }
    if (!dialog)
        fail(QStringLiteral("the main window opened no backup dialog"));
    auto *start = find<QPushButton>(dialog, QStringLiteral("startButton"));
    auto *combo = find<QComboBox>(dialog, QStringLiteral("databaseCombo"));
    waitFor([combo, start] { return combo->currentText() == ShopData::databaseName() && start->isEnabled(); },
            QStringLiteral("the backup dialog"));
    start->click();
    waitFor([dialog] { return dialog->job() != nullptr; }, QStringLiteral("the backup to start"));
    Job *job = dialog->job();
    dialog->setCloseQuestion([] { return BackupDialog::CloseChoice::KeepRunning; });
    dialog->close();
    waitFor([job] { return !job->isRunning() || job->progress().fraction() > 0.3; }, QStringLiteral("the backup's progress"), kSlowMs);
    if (!job->isRunning())
        fail(QStringLiteral("the backup ended before the main window could show it running"));

    auto *jobs = find<JobsPanel>(m_window.get(), QStringLiteral("jobsPanel"));
    jobs->selectJob(job);
    if (auto *split = jobs->findChild<QSplitter *>())
        split->setSizes({830, 440}); // the table gets the room its titles need
    view->selectArchive(m_shopArchive);
    arrangeMainWindow();
    shoot(m_window.get(), QStringLiteral("main-window"));
}

void ScreenshotTour::shotMainWindowDark()
{
    AppTheme::apply(AppTheme::Mode::Dark);
    shoot(m_window.get(), QStringLiteral("main-window-dark"));
    AppTheme::apply(AppTheme::Mode::System);
    settle();
}

void ScreenshotTour::shotProfilesPanel()
{
    shoot(find<QDockWidget>(m_window.get(), QStringLiteral("profilesDock")), QStringLiteral("profiles-panel"));
}

void ScreenshotTour::shotBackupsView()
{
    shoot(find<BackupsView>(m_window.get(), QStringLiteral("backupsView")), QStringLiteral("backups-view"));
}

void ScreenshotTour::shotJobsPanel()
{
    shoot(find<QDockWidget>(m_window.get(), QStringLiteral("jobsDock")), QStringLiteral("jobs-panel"));
}

// --- snapshots (issue 5) ---

namespace {

// The tutorial's failed v2.0 upgrade of the demo's products: the five migrated with four new
// fields, two new products, and the migration's bug: the new products got no category.
Status upgradeDemoShop(const QString &uri)
{
    auto pool = MongoClientPool::create(uri, 1);
    if (!pool)
        return pool.error();
    auto client = (*pool)->acquire();
    const QString db = DemoCatalog::databaseName();
    const QString coll = DemoCatalog::productsCollection();
    BsonDocument drop;
    BSON_APPEND_UTF8(drop.get(), "drop", coll.toUtf8().constData());
    if (auto dropped = client.command(db, drop.get()); !dropped)
        return dropped.error();
    const char *names[] = {"Gaming Laptop", "Wireless Mouse", "Mechanical Keyboard", "4K Monitor", "USB-C Hub", "Noise Cancelling Headphones", "Smart Watch"};
    const int prices[] = {1500, 30, 120, 400, 50, 250, 300};
    const int stocks[] = {20, 150, 80, 45, 200, 35, 25};
    QByteArray docs;
    for (int i = 0; i < 7; ++i) {
        if (!docs.isEmpty())
            docs += ',';
        docs += QStringLiteral(R"({"_id": {"$numberLong": "%1"}, "name": "%2", "category": %3, "description": "Description for %2", "price": %4, "stock": %5, "rating": %6, "review_count": %7})")
                    .arg(i + 1)
                    .arg(QLatin1String(names[i]))
                    .arg(i < 5 ? QStringLiteral("\"Electronics\"") : QStringLiteral("null"))
                    .arg(prices[i])
                    .arg(stocks[i])
                    .arg(i < 5 ? QStringLiteral("4.5") : QStringLiteral("4.7"))
                    .arg(i < 5 ? 0 : 12)
                    .toUtf8();
    }
    const QByteArray command = QByteArray("{\"insert\": \"") + coll.toUtf8() + QByteArray("\", \"documents\": [") + docs + QByteArray("]}");
    auto insert = ExtJsonCodec::decode(command);
    if (!insert)
        return insert.error();
    if (auto inserted = client.command(db, insert->get()); !inserted)
        return inserted.error();
    return {};
}

} // namespace

SnapshotsView *ScreenshotTour::showSnapshotsTab(const QString &profileId)
{
    selectProfile(profileId.isEmpty() ? m_demoProfileId : profileId);
    auto *tabs = find<QTabWidget>(m_window.get(), QStringLiteral("mainTabs"));
    tabs->setCurrentWidget(find<QWidget>(m_window.get(), QStringLiteral("snapshotsTab")));
    auto *view = find<SnapshotsView>(m_window.get(), QStringLiteral("snapshotsView"));
    view->refresh();
    waitFor([view] { return !view->isLoading(); }, QStringLiteral("the snapshots view"));
    return view;
}

void ScreenshotTour::takeDailySnapshots()
{
    // Two nightly snapshots of the demo database: one past its delete-after date already.
    QFutureWatcher<Status> watcher;
    const QString uri = m_demo->uri();
    const QString folder = m_workspace->snapshotFolder();
    watcher.setFuture(QtConcurrent::run([uri, folder]() -> Status {
        SnapshotStore store(folder);
        for (int days : {-1, 6}) {
            SnapshotCreateRequest request;
            request.mongoUri = uri;
            request.database = DemoCatalog::databaseName();
            request.info.purpose = QStringLiteral("nightly");
            request.info.createdBy = QStringLiteral("cron");
            request.info.description = QStringLiteral("Nightly snapshot, kept for a week");
            request.info.tags = QStringList{QStringLiteral("nightly")};
            request.info.deleteAfter = QDateTime::currentDateTimeUtc().addDays(days);
            request.info.name = store.proposeName(request.info.purpose);
            if (auto made = store.create(request); !made)
                return made.error();
        }
        return {};
    }));
    waitFor([&watcher] { return watcher.isFinished(); }, QStringLiteral("the nightly snapshots"), kSlowMs);
    if (const Status made = watcher.result(); !made)
        fail(QStringLiteral("cannot take the nightly snapshots: %1").arg(made.error().toString()));
}

void ScreenshotTour::shotSnapshotCreate()
{
    SnapshotsView *view = showSnapshotsTab();
    view->createSnapshot();
    CreateSnapshotDialog *dialog = view->createDialog();
    if (!dialog)
        fail(QStringLiteral("Create snapshot… opened no dialog"));
    waitFor([dialog] { return dialog->isVisible() && dialog->picker()->databasesLoaded(); }, QStringLiteral("the create snapshot dialog"));
    find<QComboBox>(dialog, QStringLiteral("databaseCombo"))->setCurrentText(DemoCatalog::databaseName());
    find<QLineEdit>(dialog, QStringLiteral("purposeEdit"))->setText(QStringLiteral("pre_upgrade"));
    find<QLineEdit>(dialog, QStringLiteral("versionBeforeEdit"))->setText(QStringLiteral("1.0"));
    find<QLineEdit>(dialog, QStringLiteral("versionTargetEdit"))->setText(QStringLiteral("2.0"));
    find<QPlainTextEdit>(dialog, QStringLiteral("descriptionEdit"))
        ->setPlainText(QStringLiteral("Before the v2.0 upgrade: categories, descriptions, ratings and reviews for the products"));
    find<QLineEdit>(dialog, QStringLiteral("tagsEdit"))->setText(QStringLiteral("upgrade, v2.0"));
    find<QCheckBox>(dialog, QStringLiteral("deleteAfterCheck"))->setChecked(true);
    find<QDateEdit>(dialog, QStringLiteral("deleteAfterEdit"))->setDate(QDate::currentDate().addDays(30));
    auto *create = find<QPushButton>(dialog, QStringLiteral("createButton"));
    waitFor([create] { return create->isEnabled(); }, QStringLiteral("Create snapshot to be enabled"));
    dialog->resize(dialog->width(), dialog->sizeHint().height());
    shoot(dialog, QStringLiteral("snapshot-create"));

    QString created;
    const auto connection = connect(dialog, &CreateSnapshotDialog::snapshotCreated, this, [&created](const QString &name) { created = name; });
    create->click();
    waitFor([&created, dialog] { return !created.isEmpty() || (dialog->job() && !dialog->job()->isRunning()); },
            QStringLiteral("the snapshot"), kSlowMs);
    disconnect(connection);
    if (created.isEmpty())
        fail(QStringLiteral("the snapshot failed: %1").arg(find<QLabel>(dialog, QStringLiteral("createStatusLabel"))->text()));
    m_preUpgrade = created;
    dialog->close();
    waitFor([view, this] { return !view->isLoading() && view->model()->rowOf(m_preUpgrade) >= 0; }, QStringLiteral("the new snapshot in the view"));
}

void ScreenshotTour::shotSnapshotClone()
{
    SnapshotsView *view = showSnapshotsTab();
    view->selectSnapshot(m_preUpgrade);
    view->cloneSelected();
    CloneSnapshotDialog *dialog = view->cloneDialog();
    if (!dialog)
        fail(QStringLiteral("Clone to verify… opened no dialog"));
    auto *clone = find<QPushButton>(dialog, QStringLiteral("cloneButton"));
    waitFor([dialog, clone] { return dialog->isVisible() && clone->isEnabled(); }, QStringLiteral("the clone dialog"));
    dialog->resize(dialog->width(), dialog->sizeHint().height());
    shoot(dialog, QStringLiteral("snapshot-clone"));
}

void ScreenshotTour::shotSnapshotCloneReport()
{
    auto *view = find<SnapshotsView>(m_window.get(), QStringLiteral("snapshotsView"));
    CloneSnapshotDialog *dialog = view->cloneDialog();
    if (!dialog)
        fail(QStringLiteral("the clone dialog is gone"));
    ReportDialog *report = nullptr;
    const auto connection = connect(view, &SnapshotsView::cloneReportShown, this, [&report](ReportDialog *r) { report = r; });
    find<QPushButton>(dialog, QStringLiteral("cloneButton"))->click();
    waitFor([&report, dialog] { return report != nullptr || (dialog->job() && !dialog->job()->isRunning()); },
            QStringLiteral("the clone and its verification"), kSlowMs);
    disconnect(connection);
    if (!report)
        fail(QStringLiteral("the clone did not end with a report: %1").arg(find<QLabel>(dialog, QStringLiteral("cloneStatusLabel"))->text()));
    if (!report->report().allOk())
        fail(QStringLiteral("the clone does not match its snapshot"));
    waitFor([report] { return report->isVisible(); }, QStringLiteral("the report"));
    shoot(report, QStringLiteral("snapshot-clone-report"));
    report->close();
    dialog->close();
    settle();
}

void ScreenshotTour::shotSafeChangeSnapshot()
{
    takeSafeChangeSnapshot(m_demoProfileId, DemoCatalog::databaseName(), QStringLiteral("Shop v2.0: categories, ratings, reviews"));
    shoot(m_assistant, QStringLiteral("safe-change-1-snapshot"));
}

void ScreenshotTour::takeSafeChangeSnapshot(const QString &profileId, const QString &database, const QString &description)
{
    showSnapshotsTab(profileId);
    find<QAction>(m_window.get(), QStringLiteral("actionSafeChange"))->trigger();
    m_assistant = m_window->findChild<SafeChangeAssistant *>(QStringLiteral("safeChangeAssistant"));
    if (!m_assistant)
        fail(QStringLiteral("Safe change… opened no assistant"));
    SafeChangeSnapshotPage *page = m_assistant->snapshotPage();
    page->picker()->setProfileId(profileId);
    waitFor([this, page] { return m_assistant->isVisible() && page->picker()->databasesLoaded(); }, QStringLiteral("the assistant"));
    find<QComboBox>(page, QStringLiteral("databaseCombo"))->setCurrentText(database);
    find<QLineEdit>(page, QStringLiteral("versionBeforeEdit"))->setText(QStringLiteral("1.0"));
    find<QLineEdit>(page, QStringLiteral("versionTargetEdit"))->setText(QStringLiteral("2.0"));
    find<QLineEdit>(page, QStringLiteral("descriptionEdit"))->setText(description);
    auto *take = find<QPushButton>(page, QStringLiteral("takeSnapshotButton"));
    waitFor([take] { return take->isEnabled(); }, QStringLiteral("Take the snapshot to be enabled"));
    take->click();
    waitFor([this] { return m_assistant->session()->snapshot.has_value() || (m_assistant->session()->snapshotJob && !m_assistant->session()->snapshotJob->isRunning()); },
            QStringLiteral("the pre-change snapshot"), kSlowMs);
    if (!m_assistant->session()->snapshot)
        fail(QStringLiteral("the pre-change snapshot failed: %1").arg(find<QLabel>(page, QStringLiteral("snapshotStatusLabel"))->text()));
}

void ScreenshotTour::shotSafeChangeUpgrade()
{
    m_assistant->button(QWizard::CommitButton)->click();
    waitFor([this] { return m_assistant->currentId() == SafeChangeAssistant::UpgradePage; }, QStringLiteral("page 2 of the assistant"));
    find<QPlainTextEdit>(m_assistant, QStringLiteral("validationCommandEdit"))
        ->setPlainText(QStringLiteral(R"({"count": "products", "query": {"category": null}})"));
    find<QLineEdit>(m_assistant, QStringLiteral("expectedResultEdit"))->setText(QStringLiteral(R"({"n": 0})"));
    shoot(m_assistant, QStringLiteral("safe-change-2-upgrade"));

    // The upgrade, run "elsewhere" while the assistant waits.
    QFutureWatcher<Status> watcher;
    watcher.setFuture(QtConcurrent::run([uri = m_demo->uri()] { return upgradeDemoShop(uri); }));
    waitFor([&watcher] { return watcher.isFinished(); }, QStringLiteral("the upgrade of the demo shop"), kSlowMs);
    if (const Status upgraded = watcher.result(); !upgraded)
        fail(QStringLiteral("cannot upgrade the demo shop: %1").arg(upgraded.error().toString()));
}

void ScreenshotTour::shotSafeChangeCheck()
{
    shootSafeChangeCheck(QStringLiteral("safe-change-3-check"));
}

void ScreenshotTour::shootSafeChangeCheck(const QString &name)
{
    m_assistant->button(QWizard::NextButton)->click();
    waitFor([this] { return m_assistant->currentId() == SafeChangeAssistant::CheckPage && m_assistant->button(QWizard::NextButton)->isEnabled(); },
            QStringLiteral("the check"), kSlowMs);
    if (!m_assistant->session()->check)
        fail(QStringLiteral("the check did not run: %1").arg(m_assistant->session()->checkError));
    shoot(m_assistant, name);
}

void ScreenshotTour::shotSafeChangeDecision()
{
    shootRollbackPlan(DemoCatalog::databaseName(), QStringLiteral("safe-change-4-decision"));
}

void ScreenshotTour::shootRollbackPlan(const QString &database, const QString &name)
{
    m_assistant->button(QWizard::NextButton)->click();
    SafeChangeDecisionPage *page = m_assistant->decisionPage();
    bool planned = false;
    const auto connection = connect(page, &SafeChangeDecisionPage::planned, this, [&planned] { planned = true; });
    find<QRadioButton>(page, QStringLiteral("rollbackRadio"))->click();
    waitFor([&planned] { return planned; }, QStringLiteral("the rollback's plan"), kSlowMs);
    disconnect(connection);
    auto *confirm = find<QLineEdit>(page, QStringLiteral("confirmNameEdit"));
    if (!confirm->isVisible())
        fail(QStringLiteral("the rollback asks for no confirmation"));
    confirm->setText(database);
    waitFor([this] { return m_assistant->button(QWizard::CommitButton)->isEnabled(); }, QStringLiteral("Roll back to be enabled"));
    shoot(m_assistant, name);
}

void ScreenshotTour::shotSafeChangeResult()
{
    m_assistant->button(QWizard::CommitButton)->click();
    waitFor([this] { return m_assistant->currentId() == SafeChangeAssistant::ResultPage && m_assistant->button(QWizard::FinishButton)->isEnabled(); },
            QStringLiteral("the rollback"), kSlowMs);
    const auto &outcome = m_assistant->session()->rollbackOutcome;
    if (!outcome || !outcome->succeeded())
        fail(QStringLiteral("the rollback did not succeed: %1").arg(find<QLabel>(m_assistant, QStringLiteral("resultLabel"))->text()));
    shoot(m_assistant, QStringLiteral("safe-change-5-result"));
    m_assistant->button(QWizard::FinishButton)->click();
    m_assistant = nullptr;
    settle();
}

void ScreenshotTour::shotSnapshotsView()
{
    SnapshotsView *view = showSnapshotsTab();
    view->selectSnapshot(m_preUpgrade);
    arrangeMainWindow();
    // The connections panel narrower, so that every column of the list fits beside it.
    m_window->resizeDocks({find<QDockWidget>(m_window.get(), QStringLiteral("profilesDock"))}, {280}, Qt::Horizontal);
    settle();
    shoot(m_window.get(), QStringLiteral("snapshots-view"));
    arrangeMainWindow();
}

void ScreenshotTour::shotSnapshotPrune()
{
    SnapshotsView *view = showSnapshotsTab();
    view->prune();
    PruneDialog *dialog = view->pruneDialog();
    if (!dialog)
        fail(QStringLiteral("Prune… opened no dialog"));
    waitFor([dialog] { return dialog->isVisible(); }, QStringLiteral("the prune dialog"));
    find<QSpinBox>(dialog, QStringLiteral("keepLastSpin"))->setValue(1);
    if (dialog->toDelete().isEmpty())
        fail(QStringLiteral("the prune dialog would delete nothing"));
    shoot(dialog, QStringLiteral("snapshot-prune"));
    dialog->close();
    settle();
}

} // namespace lifeboat::app
