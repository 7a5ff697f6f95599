// The main window as a DBA expects it (issue 14), against the real test server and keychain:
// the actions follow the selection (Back up… on the database or collection selected in the
// tree; context menus on the tree, the backups and the snapshots; Enter and Delete on the
// selected row), the first run guides (what to do with no connection, Back up… offering to add
// one, a missing backup folder that is no error, Help), the toolbar, the View menu that brings
// closed or floating panels back, the standard shortcuts, Find, and the theme setting.
#include "app/backups/BackupDialog.h"
#include "app/backups/BackupsView.h"
#include "app/browse/BackupBrowser.h"
#include "app/connections/DatabaseTree.h"
#include "app/connections/ProfileDialog.h"
#include "app/connections/ProfileSidebar.h"
#include "app/restore/RestoreSession.h"
#include "app/restore/RestorePreviewPage.h"
#include "app/restore/RestoreTargetPage.h"
#include "app/restore/RestoreWizard.h"
#include "app/snapshots/CreateSnapshotDialog.h"
#include "app/snapshots/CloneSnapshotDialog.h"
#include "app/snapshots/SnapshotTableModel.h"
#include "app/snapshots/SnapshotsView.h"
#include "app/widgets/DatabasePicker.h"
#include "app/widgets/ThemeColors.h"
#include "app/window/AppTheme.h"
#include "app/window/MainWindow.h"
#include "app/window/UserGuide.h"
#include "app/window/Workspace.h"
#include "core/backup/BackupEngine.h"
#include "core/snapshot/SnapshotStore.h"
#include "TestServer.h"
#include "TestWidgets.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <memory>

using namespace lifeboat;
using namespace lifeboat::app;
using lifeboat::test::TestServer;
using lifeboat::test::child;

namespace {
constexpr int kSlowMs = 60000;

QStringList actionNames(const QList<QAction *> &actions)
{
    QStringList names;
    for (const QAction *action : actions) {
        if (!action->isSeparator())
            names << action->objectName();
    }
    return names;
}
} // namespace

class TestMainWindowActions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void firstRunGuides();
    void toolbarShortcutsAndViewMenu();
    void findFiltersTheBackups();
    void backUpFollowsTheTreeSelection();
    void treeContextMenu();
    void backupsContextMenuEnterAndDelete();
    void snapshotsContextMenuEnterAndDelete();
    void themeSettingLightDarkSystem();
    void refreshKeyInDialogs();

private:
    void selectInTree(const QString &collection);
    // Shortcuts reach the active window only.
    void activate();

    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_dir;
    QString m_db;
    QString m_archive;
    QString m_snapshot;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QString m_profileId;
    QStringList m_dropLater;
};

void TestMainWindowActions::initTestCase()
{
    QVERIFY2(!TestServer::uri().isEmpty(), qPrintable(TestServer::whyUnavailable()));
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<TestServer>();
    m_db = TestServer::uniqueDatabase(QStringLiteral("gui_shell"));
    m_server->insertJson(m_db, QStringLiteral("alpha"), {R"({"_id": 1})", R"({"_id": 2})"});
    m_server->insertJson(m_db, QStringLiteral("beta"), {R"({"_id": 1, "x": "y"})"});

    BackupRequest backup;
    backup.mongoUri = m_server->uriString();
    backup.database = m_db;
    backup.outDir = m_dir.filePath(QStringLiteral("backups"));
    backup.name = QStringLiteral("shell");
    auto made = BackupEngine().run(backup);
    QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
    m_archive = made->archivePath;

    SnapshotCreateRequest snapshot;
    snapshot.mongoUri = m_server->uriString();
    snapshot.database = m_db;
    snapshot.info.name = QStringLiteral("shell_snapshot");
    snapshot.info.purpose = QStringLiteral("daily");
    auto taken = SnapshotStore(m_dir.filePath(QStringLiteral("snapshots"))).create(snapshot);
    QVERIFY2(taken.ok(), qPrintable(taken.ok() ? QString() : taken.error().toString()));
    m_snapshot = taken->entry.name;

    // No connection yet, and a backup folder that does not exist: the first run.
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("lifeboat.ini")), QSettings::IniFormat);
    m_workspace = std::make_unique<Workspace>(m_settings.get());
    m_workspace->setBackupFolder(m_dir.filePath(QStringLiteral("not-yet")));
    m_workspace->setSnapshotFolder(m_dir.filePath(QStringLiteral("snapshots")));
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindowActions::cleanupTestCase()
{
    if (m_workspace)
        m_workspace->jobs()->cancelAllAndWait();
    m_window.reset();
    m_workspace.reset();
    if (m_server) {
        m_server->drop(m_db);
        for (const QString &db : std::as_const(m_dropLater))
            m_server->drop(db);
    }
}

void TestMainWindowActions::activate()
{
    m_window->raise();
    m_window->activateWindow();
    QApplication::setActiveWindow(m_window.get());
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(m_window.get()));
}

void TestMainWindowActions::firstRunGuides()
{
    ProfileSidebar *sidebar = m_window->sidebar();
    // An empty connections list says what to do, with Add connection… and Try the demo.
    QVERIFY(sidebar->firstRunPanel()->isVisible());
    QVERIFY(!sidebar->profileList()->isVisible());
    QVERIFY(child<QLabel>(sidebar, "firstRunLabel")->text().contains(QStringLiteral("No connections yet")));
    QVERIFY(child<QPushButton>(sidebar, "firstRunDemoButton")->isVisible());
    auto *add = child<QPushButton>(sidebar, "firstRunAddButton");
    QVERIFY(add->isVisible());
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_VERIFY(sidebar->profileDialog() && sidebar->profileDialog()->isVisible());
    sidebar->profileDialog()->reject();
    QTRY_VERIFY(!sidebar->profileDialog());

    // A missing default backup folder is no red error.
    auto *status = child<QLabel>(m_window->backupsView(), "statusLabel");
    QTRY_VERIFY(!m_window->backupsView()->isLoading());
    QVERIFY2(status->text().startsWith(QStringLiteral("No backups yet")), qPrintable(status->text()));
    QVERIFY(status->styleSheet().isEmpty());

    // Back up… without a connection offers to add one.
    child<QAction>(m_window.get(), "actionBackup")->trigger();
    QMessageBox *question = m_window->pendingQuestion();
    QVERIFY(question && question->isVisible());
    QVERIFY(question->text().contains(QStringLiteral("no connection yet")));
    QTest::mouseClick(child<QPushButton>(question, "addConnectionButton"), Qt::LeftButton);
    QTRY_VERIFY(sidebar->profileDialog() && sidebar->profileDialog()->isVisible());
    sidebar->profileDialog()->reject();
    QTRY_VERIFY(!sidebar->profileDialog());

    // Help: the user guide (this build's source tree) and the demo.
    auto *guide = child<QAction>(m_window.get(), "actionUserGuide");
    QCOMPARE(guide->shortcut(), QKeySequence(QKeySequence::HelpContents));
    const QUrl location = UserGuide::location();
    QVERIFY2(location.isLocalFile() && QFileInfo(location.toLocalFile()).isFile(), qPrintable(location.toString()));
    QVERIFY(location.toLocalFile().endsWith(QStringLiteral("docs/user-guide.md")));
    QVERIFY(m_window->findChild<QMenu *>(QStringLiteral("menuHelp"))->actions().contains(child<QAction>(m_window.get(), "actionTryDemo")));
    m_window->setDemoMode(true); // in the demo, no "Try the demo"
    QVERIFY(!child<QAction>(m_window.get(), "actionTryDemo")->isVisible());
    QVERIFY(!child<QPushButton>(sidebar, "firstRunDemoButton")->isVisible());
    m_window->setDemoMode(false);

    // With a connection, the list takes the panel's place; the test uses it from here on.
    profiles::ConnectionProfile profile;
    profile.name = QStringLiteral("Test server");
    profile.connectionString = TestServer::uri();
    auto added = m_workspace->profiles()->add(profile);
    QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().toString()));
    m_profileId = added->id;
    m_workspace->setCurrentProfileId(m_profileId);
    QTRY_VERIFY(sidebar->profileList()->isVisible());
    QVERIFY(!sidebar->firstRunPanel()->isVisible());
    m_workspace->setBackupFolder(QFileInfo(m_archive).absolutePath());
}

void TestMainWindowActions::toolbarShortcutsAndViewMenu()
{
    auto *toolbar = child<QToolBar>(m_window.get(), "mainToolBar");
    QVERIFY(toolbar->isVisible());
    const QStringList onToolbar = actionNames(toolbar->actions());
    for (const char *name : {"actionNewConnection", "actionBackup", "actionRestore", "actionRefresh", "actionCreateSnapshot", "actionSafeChange"})
        QVERIFY2(onToolbar.contains(QLatin1String(name)), name);

    const std::pair<const char *, QKeySequence> shortcuts[] = {
        {"actionNewConnection", QKeySequence(QKeySequence::New)}, {"actionBackup", QKeySequence(Qt::CTRL | Qt::Key_B)},
        {"actionRestore", QKeySequence(Qt::CTRL | Qt::Key_R)},    {"actionRefresh", QKeySequence(QKeySequence::Refresh)},
        {"actionBrowse", QKeySequence(QKeySequence::Open)},
        {"actionFind", QKeySequence(QKeySequence::Find)},         {"actionQuit", QKeySequence(QKeySequence::Quit)}};
    for (const auto &[name, keys] : shortcuts)
        QCOMPARE(child<QAction>(m_window.get(), name)->shortcut(), keys);
    // Ctrl+N opens the new connection's dialog.
    activate();
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    ProfileSidebar *sidebar = m_window->sidebar();
    QTRY_VERIFY(sidebar->profileDialog() && sidebar->profileDialog()->isVisible());
    sidebar->profileDialog()->reject();
    QTRY_VERIFY(!sidebar->profileDialog());

    // View brings a closed panel back, and a floating one back into the window.
    auto *menuView = child<QMenu>(m_window.get(), "menuView");
    auto *connections = child<QDockWidget>(m_window.get(), "profilesDock");
    auto *jobs = child<QDockWidget>(m_window.get(), "jobsDock");
    QVERIFY(connections->features().testFlag(QDockWidget::DockWidgetClosable));
    QVERIFY(menuView->actions().contains(connections->toggleViewAction()));
    QVERIFY(menuView->actions().contains(jobs->toggleViewAction()));
    connections->close();
    QVERIFY(!connections->isVisible());
    connections->toggleViewAction()->trigger();
    QVERIFY(connections->isVisible());
    jobs->setFloating(true);
    toolbar->toggleViewAction()->trigger();
    QVERIFY(!toolbar->isVisible());
    child<QAction>(m_window.get(), "actionResetPanels")->trigger();
    QVERIFY(!jobs->isFloating());
    QVERIFY(jobs->isVisible());
    QVERIFY(toolbar->isVisible());
    QCOMPARE(m_window->dockWidgetArea(jobs), Qt::BottomDockWidgetArea);
}

void TestMainWindowActions::findFiltersTheBackups()
{
    BackupsView *view = m_window->backupsView();
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() == 1 && !view->isLoading(), kSlowMs);
    auto *table = child<QTableView>(view, "archiveTable");
    QCOMPARE(table->model()->rowCount(), 1);
    activate();
    child<QAction>(m_window.get(), "actionFind")->trigger();
    auto *filter = child<QLineEdit>(view, "archiveFilterEdit");
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("no-such-archive"));
    QCOMPARE(table->model()->rowCount(), 0);
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("SHELL"));
    QCOMPARE(table->model()->rowCount(), 1);
    filter->clear();
}

void TestMainWindowActions::selectInTree(const QString &collection)
{
    DatabaseTree *tree = m_window->sidebar()->databaseTree();
    QTRY_VERIFY_WITH_TIMEOUT(!tree->isLoading() && tree->databaseItem(m_db), kSlowMs);
    QTreeWidgetItem *database = tree->databaseItem(m_db);
    database->setExpanded(true);
    QTRY_VERIFY_WITH_TIMEOUT(!tree->isLoading() && database->childCount() == 2, kSlowMs);
    QTreeWidgetItem *item = database;
    for (int i = 0; i < database->childCount(); ++i) {
        if (database->child(i)->text(DatabaseTree::NameColumn) == collection)
            item = database->child(i);
    }
    tree->setCurrentItem(item);
    QCOMPARE(tree->selectedDatabase(), m_db);
    QCOMPARE(tree->selectedCollection(), collection);
}

void TestMainWindowActions::backUpFollowsTheTreeSelection()
{
    // A collection selected: Back up… backs up that collection of that database.
    selectInTree(QStringLiteral("beta"));
    child<QAction>(m_window.get(), "actionBackup")->trigger();
    BackupDialog *dialog = nullptr;
    for (BackupDialog *d : m_window->findChildren<BackupDialog *>())
        dialog = d->isVisible() ? d : dialog;
    QVERIFY(dialog);
    auto *combo = child<QComboBox>(dialog, "databaseCombo");
    auto *list = child<QListWidget>(dialog, "collectionList");
    QTRY_VERIFY_WITH_TIMEOUT(list->count() == 2, kSlowMs);
    QCOMPARE(combo->currentText(), m_db);
    QVERIFY(child<QRadioButton>(dialog, "someCollectionsRadio")->isChecked());
    QStringList checked;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            checked << list->item(i)->text();
    }
    QCOMPARE(checked, QStringList{QStringLiteral("beta")});
    dialog->close();

    // A database selected: all of its collections.
    selectInTree(QString());
    QCOMPARE(m_window->sidebar()->databaseTree()->selectedCollection(), QString());
    child<QAction>(m_window.get(), "actionBackup")->trigger();
    dialog = nullptr;
    for (BackupDialog *d : m_window->findChildren<BackupDialog *>())
        dialog = d->isVisible() ? d : dialog;
    QVERIFY(dialog);
    list = child<QListWidget>(dialog, "collectionList");
    QTRY_VERIFY_WITH_TIMEOUT(list->count() == 2, kSlowMs);
    QCOMPARE(child<QComboBox>(dialog, "databaseCombo")->currentText(), m_db);
    QVERIFY(child<QRadioButton>(dialog, "allCollectionsRadio")->isChecked());
    dialog->close();
}

void TestMainWindowActions::treeContextMenu()
{
    selectInTree(QStringLiteral("alpha"));
    DatabaseTree *tree = m_window->sidebar()->databaseTree();
    QMenu *menu = tree->contextMenu();
    QCOMPARE(actionNames(menu->actions()),
             (QStringList{QStringLiteral("actionBackupSelected"), QStringLiteral("actionSnapshotSelected"),
                          QStringLiteral("actionRestoreIntoSelected"), QStringLiteral("actionRefreshDatabases")}));
    for (QAction *action : menu->actions())
        QVERIFY2(action->isSeparator() || action->isEnabled(), qPrintable(action->text()));
    QVERIFY(child<QAction>(tree, "actionBackupSelected")->text().contains(m_db + QStringLiteral(".alpha")));

    // Snapshot…: the Create snapshot dialog on this database.
    child<QAction>(tree, "actionSnapshotSelected")->trigger();
    delete menu;
    CreateSnapshotDialog *create = m_window->snapshotsView()->createDialog();
    QVERIFY(create && create->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(create->picker()->databasesLoaded(), kSlowMs);
    QCOMPARE(create->picker()->database(), m_db);
    create->close();

    // Restore into…: the restore wizard, targeting this connection and database.
    child<QAction>(tree, "actionRestoreIntoSelected")->trigger();
    RestoreWizard *wizard = nullptr;
    for (RestoreWizard *w : m_window->findChildren<RestoreWizard *>())
        wizard = w->isVisible() ? w : wizard;
    QVERIFY(wizard);
    QCOMPARE(wizard->session()->presetDatabase, m_db);
    QCOMPARE(wizard->session()->presetProfileId, m_profileId);
    wizard->close();
}

void TestMainWindowActions::backupsContextMenuEnterAndDelete()
{
    BackupsView *view = m_window->backupsView();
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() == 1 && !view->isLoading(), kSlowMs);
    view->selectArchive(m_archive);
    QCOMPARE(view->selectedPath(), m_archive);
    QMenu *menu = view->contextMenu();
    QCOMPARE(actionNames(menu->actions()),
             (QStringList{QStringLiteral("actionBrowseArchive"), QStringLiteral("actionRestoreArchive"), QStringLiteral("actionVerifyArchive"),
                          QStringLiteral("actionCompareArchive"), QStringLiteral("actionShowArchive"),
                          QStringLiteral("actionDeleteArchive")}));
    for (QAction *action : menu->actions())
        QVERIFY2(action->isSeparator() || action->isEnabled(), qPrintable(action->text()));
    delete menu;

    // Delete asks first (nothing is deleted until the answer).
    auto *table = child<QTableView>(view, "archiveTable");
    activate();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    QMessageBox *confirmation = view->pendingConfirmation();
    QVERIFY(confirmation && confirmation->isVisible());
    confirmation->reject();
    QVERIFY(QFileInfo::exists(m_archive));

    // Enter restores the selected archive.
    const int wizardsBefore = int(m_window->findChildren<RestoreWizard *>().size());
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_COMPARE(int(m_window->findChildren<RestoreWizard *>().size()), wizardsBefore + 1);
    RestoreWizard *wizard = nullptr;
    for (RestoreWizard *w : m_window->findChildren<RestoreWizard *>())
        wizard = w->isVisible() ? w : wizard;
    QVERIFY(wizard);
    QCOMPARE(child<QLineEdit>(wizard, "archiveEdit")->text(), m_archive);
    wizard->close();

    // Ctrl+O browses the selected archive, from anywhere in the window (File › Browse…).
    activate();
    m_window->sidebar()->setFocus();
    QVERIFY(!view->lastBrowser());
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
    QTRY_VERIFY(view->lastBrowser() && view->lastBrowser()->isVisible());
    QCOMPARE(view->lastBrowser()->archivePath(), m_archive);
    view->lastBrowser()->close();
    QTRY_VERIFY(!view->lastBrowser());
}

void TestMainWindowActions::snapshotsContextMenuEnterAndDelete()
{
    SnapshotsView *view = m_window->snapshotsView();
    QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading() && view->model()->rowCount() == 1, kSlowMs);
    view->selectSnapshot(m_snapshot);
    QCOMPARE(view->selectedName(), m_snapshot);
    QMenu *menu = view->contextMenu();
    QCOMPARE(actionNames(menu->actions()),
             (QStringList{QStringLiteral("actionCloneSnapshot"), QStringLiteral("actionRollbackSnapshot"),
                          QStringLiteral("actionDeleteSnapshot")}));
    for (QAction *action : menu->actions())
        QVERIFY2(action->isSeparator() || action->isEnabled(), qPrintable(action->text()));
    delete menu;

    auto *table = child<QTableView>(view, "snapshotTable");
    child<QTabWidget>(m_window.get(), "mainTabs")->setCurrentIndex(1);
    activate();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    QMessageBox *confirmation = view->pendingConfirmation();
    QVERIFY(confirmation && confirmation->isVisible());
    confirmation->reject();
    QCOMPARE(view->model()->rowCount(), 1);

    // Enter: what a double-click does, Clone to verify….
    QTest::keyClick(table, Qt::Key_Enter);
    QTRY_VERIFY(view->cloneDialog() && view->cloneDialog()->isVisible());
    view->cloneDialog()->close();
    child<QTabWidget>(m_window.get(), "mainTabs")->setCurrentIndex(0);
}

void TestMainWindowActions::themeSettingLightDarkSystem()
{
    const QPalette system = QApplication::palette();
    QVERIFY(!ThemeColors::isDark(system));
    // A status shown before the change follows it.
    auto *status = new QLabel(ThemeColors::errorSpan(QStringLiteral("Cannot read the archive")), m_window->backupsView());
    status->show();
    const QString lightError = ThemeColors::color(ThemeColors::Role::Error).name();
    QVERIFY(status->text().contains(lightError));
    child<QAction>(m_window.get(), "actionThemedark")->trigger();
    QVERIFY(!status->text().contains(lightError));
    QVERIFY(status->text().contains(ThemeColors::color(ThemeColors::Role::Error).name()));
    QVERIFY(ThemeColors::isDark(QApplication::palette()));
    QCOMPARE(m_settings->value(QStringLiteral("appearance/theme")).toString(), QStringLiteral("dark"));
    QCOMPARE(AppTheme::saved(*m_settings), AppTheme::Mode::Dark);
    // Error text is light on the dark background, and dark on a light one.
    const QColor darkError = ThemeColors::color(ThemeColors::Role::Error);
    QVERIFY(darkError.lightness() > QApplication::palette().color(QPalette::Base).lightness() + 80);
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));

    child<QAction>(m_window.get(), "actionThemelight")->trigger();
    QVERIFY(!ThemeColors::isDark(QApplication::palette()));
    QVERIFY(status->text().contains(lightError));
    delete status;
    QVERIFY(ThemeColors::color(ThemeColors::Role::Error).lightness() + 80 < QApplication::palette().color(QPalette::Base).lightness());
    QCOMPARE(m_settings->value(QStringLiteral("appearance/theme")).toString(), QStringLiteral("light"));

    child<QAction>(m_window.get(), "actionThemesystem")->trigger();
    QCOMPARE(QApplication::palette().color(QPalette::Window), system.color(QPalette::Window));
    QCOMPARE(AppTheme::saved(*m_settings), AppTheme::Mode::System);
}

// Issue 14.10, Refresh F5 everywhere: in a dialog or wizard page, F5 reads again what it lists
// from the server. A database created while they are open: the backup dialog lists its
// collection, the restore wizard's Target page knows it exists, the snapshot dialog offers it.
void TestMainWindowActions::refreshKeyInDialogs()
{
    const QString fresh = TestServer::uniqueDatabase(QStringLiteral("gui_shell_fresh"));
    m_dropLater << fresh;
    auto pressF5 = [](QWidget *window) {
        window->raise();
        window->activateWindow();
        QApplication::setActiveWindow(window);
        QTRY_COMPARE(QApplication::activeWindow(), window);
        QTest::keyClick(window, Qt::Key_F5);
    };

    m_window->openBackupDialogFor(fresh);
    BackupDialog *backup = nullptr;
    for (BackupDialog *d : m_window->findChildren<BackupDialog *>())
        backup = d->isVisible() ? d : backup;
    QVERIFY(backup);
    auto *collections = child<QListWidget>(backup, "collectionList");
    QSignalSpy listed(backup, &BackupDialog::collectionsLoaded);
    QVERIFY(listed.wait(kSlowMs));
    QCOMPARE(collections->count(), 0);

    auto *wizard = new RestoreWizard(m_workspace.get(), m_window.get());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setArchive(m_archive);
    wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), kSlowMs);
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->targetPage()->databasesLoaded(), kSlowMs);
    child<QLineEdit>(wizard, "targetDbEdit")->setText(fresh);
    auto *targetStatus = child<QLabel>(wizard, "targetDbStatusLabel");
    QVERIFY2(targetStatus->text().startsWith(QStringLiteral("new database")), qPrintable(targetStatus->text()));

    SnapshotsView *snapshots = m_window->snapshotsView();
    snapshots->createSnapshotOf(m_db);
    CreateSnapshotDialog *create = snapshots->createDialog();
    QVERIFY(create);
    QTRY_VERIFY_WITH_TIMEOUT(create->picker()->databasesLoaded(), kSlowMs);
    QVERIFY(!create->picker()->databases().contains(fresh));

    m_server->insertJson(fresh, QStringLiteral("later"), {R"({"_id": 1})"});

    pressF5(backup);
    QTRY_COMPARE_WITH_TIMEOUT(collections->count(), 1, kSlowMs);
    QCOMPARE(collections->item(0)->text(), QStringLiteral("later"));
    backup->close();

    pressF5(wizard);
    QTRY_VERIFY2_WITH_TIMEOUT(wizard->targetPage()->databasesLoaded() && targetStatus->text().startsWith(QStringLiteral("existing database")),
                              qPrintable(targetStatus->text()), kSlowMs);
    // The Preview plans again: a collection created since is the target's extra one.
    wizard->next();
    QCOMPARE(wizard->currentId(), int(RestoreWizard::OptionsPage));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(RestoreWizard::PreviewPage));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->session()->plan.has_value() && !wizard->previewPage()->isPlanning(), kSlowMs);
    QVERIFY(!wizard->session()->plan->keptExtra.contains(QStringLiteral("later2")));
    m_server->insertJson(fresh, QStringLiteral("later2"), {R"({"_id": 1})"});
    pressF5(wizard);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->session()->plan.has_value() && wizard->session()->plan->keptExtra.contains(QStringLiteral("later2")), kSlowMs);
    wizard->close();

    pressF5(create);
    QTRY_VERIFY_WITH_TIMEOUT(create->picker()->databasesLoaded() && create->picker()->databases().contains(fresh), kSlowMs);
    create->close();
}

QTEST_MAIN(TestMainWindowActions)
#include "TestMainWindowActions.moc"
