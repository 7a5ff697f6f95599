// Every window, dialog and wizard page of the app, walked like a user would against the real
// test server and keychain (issue 14), with three checks at each stop:
//  - keyboard: no mnemonic (the &-letter of a button, a label with a buddy, a tab, a menu
//    title, a wizard's own Back/Next/Finish/Commit) used twice among the visible widgets of one
//    window, dialog or wizard page;
//  - screen: every visible button lies within the available geometry of the window's screen
//    (a button inside a scroll area: the scroll area's visible part), so nothing is out of reach;
//  - tab order: Tab's round through the window follows the layout (no step up, unless to a pane
//    further right, nor back left within a row; LIFEBOAT_DUMP_TAB_ORDER=1 prints each round).
// CTest runs it under Xvfb at 1280×720, and at 1600×1000 with QT_SCALE_FACTOR=1.5 (a screen of
// 1066×666 logical pixels); LIFEBOAT_EXPECT_SCREEN ("1280x720") makes sure the screen is the
// one asked for.
#include "app/backups/BackupDialog.h"
#include "app/backups/BackupsView.h"
#include "app/connections/DatabaseTree.h"
#include "app/connections/ProfileDialog.h"
#include "app/connections/ProfileSidebar.h"
#include "app/diff/DiffDrillDown.h"
#include "app/restore/RestoreTargetPage.h"
#include "app/restore/RestoreWizard.h"
#include "app/browse/BackupBrowser.h"
#include "app/restore/surgical/SurgicalRestoreWizard.h"
#include "app/safechange/SafeChangeAssistant.h"
#include "app/safechange/SafeChangeDecisionPage.h"
#include "app/safechange/SafeChangeSnapshotPage.h"
#include "app/snapshots/CloneSnapshotDialog.h"
#include "app/snapshots/CreateSnapshotDialog.h"
#include "app/snapshots/PruneDialog.h"
#include "app/snapshots/SnapshotTableModel.h"
#include "app/snapshots/SnapshotsView.h"
#include "app/widgets/DatabasePicker.h"
#include "app/widgets/ReportDialog.h"
#include "app/window/MainWindow.h"
#include "app/window/Workspace.h"
#include "core/backup/BackupEngine.h"
#include "TestBson.h"
#include "TestServer.h"
#include "TestWidgets.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace lifeboat;
using namespace lifeboat::app;
using lifeboat::test::TestServer;
using lifeboat::test::child;
using lifeboat::test::decode;

namespace {
constexpr int kSlowMs = 120000;

QString describe(const QWidget *w, const QString &text)
{
    return QStringLiteral("%1 \"%2\"").arg(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                                                      : w->objectName(),
                                          text);
}

// "Alt+X" for the letter after the first single '&' ("&&" is a literal ampersand), as Qt
// reads a mnemonic; empty when the text has none.
QString mnemonicKey(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return QStringLiteral("Alt+") + text[i + 1].toUpper();
    }
    return {};
}

// The mnemonics a widget owns, each with what it is.
QList<std::pair<QString, QString>> mnemonicsOf(QWidget *w)
{
    QList<std::pair<QString, QString>> found;
    auto add = [&](const QString &text) {
        if (const QString key = mnemonicKey(text); !key.isEmpty())
            found.append({key, describe(w, text)});
    };
    if (auto *button = qobject_cast<QAbstractButton *>(w))
        add(button->text());
    else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
        add(label->text());
    else if (auto *group = qobject_cast<QGroupBox *>(w))
        add(group->title());
    else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
        for (int i = 0; i < tabs->count(); ++i)
            add(tabs->tabText(i));
    } else if (auto *menuBar = qobject_cast<QMenuBar *>(w)) {
        for (QAction *action : menuBar->actions())
            if (action->isVisible())
                add(action->text());
    }
    return found;
}

QList<QWidget *> visibleWidgetsOf(QWidget *window)
{
    QList<QWidget *> widgets;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->isVisible() && w->window() == window)
            widgets << w;
    }
    return widgets;
}

// Where a button can be seen: its own rectangle, or, inside a scroll area, the area's viewport
// (it is scrolled to).
QRect reachableRect(const QAbstractButton *button, const QWidget *window)
{
    for (const QWidget *p = button->parentWidget(); p && p != window; p = p->parentWidget()) {
        if (const auto *area = qobject_cast<const QAbstractScrollArea *>(p); area && area->viewport()->isAncestorOf(button))
            return {area->viewport()->mapToGlobal(QPoint(0, 0)), area->viewport()->size()};
    }
    return {button->mapToGlobal(QPoint(0, 0)), button->size()};
}

// The widgets Tab visits in `window`, in order: the focus chain from the window round to it,
// keeping the visible, enabled widgets of this window that take focus by Tab.
QList<QWidget *> tabChainOf(QWidget *window)
{
    QList<QWidget *> chain;
    QWidget *w = window->nextInFocusChain();
    for (int guard = 0; w && w != window && guard < 5000; ++guard, w = w->nextInFocusChain()) {
        if (w->window() == window && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy()
            && !chain.contains(w))
            chain << w;
    }
    return chain;
}

QRect globalRect(const QWidget *w)
{
    return {w->mapToGlobal(QPoint(0, 0)), w->size()};
}

// The scroll area whose viewport holds `w`, if any (the nearest).
const QAbstractScrollArea *scrollAreaOf(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p && !p->isWindow(); p = p->parentWidget()) {
        if (const auto *area = qobject_cast<const QAbstractScrollArea *>(p); area && area->viewport()->isAncestorOf(w))
            return area;
    }
    return nullptr;
}

// Where Tab from `from` to `to` goes against the reading order of the layout: up, but not to a
// pane further right, or back left within the same row. Empty when it follows the layout. A
// widget inside a scroll area stands, for a widget outside it, where the area is (its content
// may be scrolled past the window's edge).
QString againstTheLayout(const QWidget *from, const QWidget *to)
{
    const QAbstractScrollArea *fromArea = scrollAreaOf(from), *toArea = scrollAreaOf(to);
    QRect a = globalRect(from), b = globalRect(to);
    if (fromArea != toArea) {
        if (fromArea && !fromArea->isAncestorOf(to))
            a = globalRect(fromArea);
        if (toArea && !toArea->isAncestorOf(from))
            b = globalRect(toArea);
    }
    const bool sameRow = b.top() < a.bottom() && a.top() < b.bottom();
    // Up is the way to the top of a pane further right only.
    if (b.bottom() <= a.top() && b.left() < a.right())
        return QStringLiteral("up");
    if (sameRow && b.right() <= a.left())
        return QStringLiteral("left");
    return {};
}

QString textOf(const QWidget *w)
{
    if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        return button->text();
    if (const auto *edit = qobject_cast<const QLineEdit *>(w))
        return edit->placeholderText();
    return w->accessibleName();
}
} // namespace

class TestEveryWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void screenIsTheOneAskedFor();
    void mainWindow();
    void profileDialog();
    void backupDialog();
    void restoreWizardPages();
    void surgicalRestorePages();
    void safeChangePages();
    void snapshotDialogs();
    void reportDialog();
    void comparisonDrillDown();
    void noProblemsFound();

private:
    // The checks on the window `window` as it is now; `where` names it in the failures.
    void check(QWidget *window, const QString &where);
    // No mnemonic twice among a menu's visible actions, and so in its submenus.
    void checkMenu(const QMenu *menu, const QString &where);
    void click(QAbstractButton *button);

    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_dir;
    QString m_db;
    QString m_archive;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QString m_profileId;
    QStringList m_problems;
    QStringList m_checked;
    QStringList m_dropLater;
    QString m_clone; // restoreWizardPages' clone of m_db
};

void TestEveryWindow::check(QWidget *window, const QString &where)
{
    QVERIFY2(window && window->isVisible(), qPrintable(where));
    QCoreApplication::processEvents();
    m_checked << where;
    QMap<QString, QStringList> byKey;
    QList<QWidget *> widgets = visibleWidgetsOf(window);
    widgets.prepend(window);
    for (QWidget *w : std::as_const(widgets)) {
        for (const auto &[key, what] : mnemonicsOf(w))
            byKey[key] << what;
    }
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() > 1)
            m_problems << QStringLiteral("%1: %2 used by %3").arg(where, it.key(), it.value().join(QStringLiteral(", ")));
    }
    const QRect screen = window->screen()->availableGeometry();
    for (QWidget *w : std::as_const(widgets)) {
        auto *button = qobject_cast<QAbstractButton *>(w);
        if (!button)
            continue;
        const QRect at = reachableRect(button, window);
        if (!screen.contains(at))
            m_problems << QStringLiteral("%1: %2 at %3,%4 %5×%6 is off the screen %7×%8")
                              .arg(where, describe(button, button->text()))
                              .arg(at.x()).arg(at.y()).arg(at.width()).arg(at.height())
                              .arg(screen.width()).arg(screen.height());
    }
    // Tab goes round: from the last widget back to the first is no step against the layout.
    // Where the round starts is where it breaks the layout least.
    const QList<QWidget *> chain = tabChainOf(window);
    if (qEnvironmentVariableIsSet("LIFEBOAT_DUMP_TAB_ORDER"))
        for (QWidget *w : chain)
            qInfo("TAB %s: %s at %d,%d %dx%d", qPrintable(where), qPrintable(describe(w, textOf(w))), globalRect(w).x(), globalRect(w).y(), w->width(), w->height());
    QStringList best;
    for (qsizetype start = 0; start < chain.size(); ++start) {
        QStringList steps;
        for (qsizetype i = 0; i + 1 < chain.size(); ++i) {
            const QWidget *from = chain.at((start + i) % chain.size()), *to = chain.at((start + i + 1) % chain.size());
            if (const QString way = againstTheLayout(from, to); !way.isEmpty())
                steps << QStringLiteral("%1: Tab goes %2 from %3 to %4").arg(where, way, describe(from, textOf(from)), describe(to, textOf(to)));
        }
        if (start == 0 || steps.size() < best.size())
            best = steps;
    }
    m_problems << best;
}

void TestEveryWindow::checkMenu(const QMenu *menu, const QString &where)
{
    QVERIFY2(menu, qPrintable(where));
    m_checked << where;
    QMap<QString, QStringList> byKey;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString text = action->text();
        if (const QString key = mnemonicKey(text); !key.isEmpty())
            byKey[key] << QStringLiteral("\"%1\"").arg(text);
        if (action->menu())
            checkMenu(action->menu(), where + QStringLiteral(" › ") + QString(action->text()).remove(QLatin1Char('&')));
    }
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() > 1)
            m_problems << QStringLiteral("%1: %2 used by %3").arg(where, it.key(), it.value().join(QStringLiteral(", ")));
    }
}

void TestEveryWindow::click(QAbstractButton *button)
{
    QVERIFY(button);
    QVERIFY2(button->isVisible(), qPrintable(button->text()));
    QVERIFY2(button->isEnabled(), qPrintable(button->text()));
    const QPoint at = qobject_cast<QRadioButton *>(button) ? QPoint(8, button->height() / 2) : button->rect().center();
    QTest::mouseClick(button, Qt::LeftButton, {}, at);
}

void TestEveryWindow::initTestCase()
{
    QVERIFY2(!TestServer::uri().isEmpty(), qPrintable(TestServer::whyUnavailable()));
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<TestServer>();
    m_db = TestServer::uniqueDatabase(QStringLiteral("gui_every_window"));
    m_dropLater << m_db;
    QList<QByteArray> orders;
    for (int i = 0; i < 30; ++i)
        orders << QStringLiteral(R"({"_id": %1, "total": %2})").arg(i).arg(i * 3).toUtf8();
    m_server->insertJson(m_db, QStringLiteral("orders"), orders);
    m_server->insertJson(m_db, QStringLiteral("products"), {R"({"_id": 1, "name": "Lamp"})", R"({"_id": 2, "name": "Desk"})"});

    BackupRequest backup;
    backup.mongoUri = m_server->uriString();
    backup.database = m_db;
    backup.outDir = m_dir.filePath(QStringLiteral("backups"));
    backup.name = QStringLiteral("every_window");
    auto made = BackupEngine().run(backup);
    QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
    m_archive = made->archivePath;

    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("lifeboat.ini")), QSettings::IniFormat);
    m_workspace = std::make_unique<Workspace>(m_settings.get());
    m_workspace->setBackupFolder(m_dir.filePath(QStringLiteral("backups")));
    m_workspace->setSnapshotFolder(m_dir.filePath(QStringLiteral("snapshots")));
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestEveryWindow::cleanupTestCase()
{
    if (m_workspace)
        m_workspace->jobs()->cancelAllAndWait();
    m_window.reset();
    m_workspace.reset();
    if (m_server) {
        for (const QString &db : std::as_const(m_dropLater))
            m_server->drop(db);
    }
}

void TestEveryWindow::screenIsTheOneAskedFor()
{
    const QByteArray expected = qgetenv("LIFEBOAT_EXPECT_SCREEN");
    if (expected.isEmpty())
        QSKIP("LIFEBOAT_EXPECT_SCREEN is not set: the screen is whatever the platform gives");
    const QSize logical = m_window->screen()->geometry().size();
    const qreal scale = m_window->devicePixelRatioF();
    const QSize device(qRound(logical.width() * scale), qRound(logical.height() * scale));
    const QList<QByteArray> wanted = expected.split('x');
    QCOMPARE(wanted.size(), 2);
    // A fractional scale rounds the logical size: one device pixel either way.
    QVERIFY2(qAbs(device.width() - wanted[0].toInt()) <= 1 && qAbs(device.height() - wanted[1].toInt()) <= 1,
             qPrintable(QStringLiteral("%1x%2").arg(device.width()).arg(device.height())));
    qInfo("screen %dx%d, scale %.2f: %dx%d logical pixels", device.width(), device.height(), scale, logical.width(),
          logical.height());
}

void TestEveryWindow::mainWindow()
{
    // The first run: no connection.
    check(m_window.get(), QStringLiteral("main window, first run"));
    profiles::ConnectionProfile profile;
    profile.name = QStringLiteral("Test server");
    profile.connectionString = TestServer::uri();
    auto added = m_workspace->profiles()->add(profile);
    QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().toString()));
    m_profileId = added->id;
    m_workspace->setCurrentProfileId(m_profileId);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->backupsView()->model()->rowCount() == 1, kSlowMs);
    m_window->backupsView()->selectArchive(m_archive);
    check(m_window.get(), QStringLiteral("main window, Backups"));
    // The menus, and the context menus of the database tree and the archives.
    for (QAction *title : m_window->menuBar()->actions()) {
        if (title->menu())
            checkMenu(title->menu(), QStringLiteral("menu ") + QString(title->text()).remove(QLatin1Char('&')));
    }
    m_window->sidebar()->databaseTree()->setCurrentItem(m_window->sidebar()->databaseTree()->topLevelItem(0));
    std::unique_ptr<QMenu> treeMenu(m_window->sidebar()->databaseTree()->contextMenu());
    checkMenu(treeMenu.get(), QStringLiteral("database tree's context menu"));
    std::unique_ptr<QMenu> archiveMenu(m_window->backupsView()->contextMenu());
    checkMenu(archiveMenu.get(), QStringLiteral("archive's context menu"));
    auto *tabs = child<QTabWidget>(m_window.get(), "mainTabs");
    tabs->setCurrentIndex(1);
    check(m_window.get(), QStringLiteral("main window, Snapshots"));
    std::unique_ptr<QMenu> snapshotMenu(m_window->snapshotsView()->contextMenu());
    checkMenu(snapshotMenu.get(), QStringLiteral("snapshot's context menu"));
    tabs->setCurrentIndex(0);
}

void TestEveryWindow::profileDialog()
{
    ProfileSidebar *sidebar = m_window->sidebar();
    sidebar->addProfile();
    QTRY_VERIFY(sidebar->profileDialog() && sidebar->profileDialog()->isVisible());
    check(sidebar->profileDialog(), QStringLiteral("connection dialog"));
    // A MatrixOne connection: host, port and account instead of the connection string and TLS.
    auto *kind = child<QComboBox>(sidebar->profileDialog(), "kindCombo");
    kind->setCurrentIndex(kind->findText(QStringLiteral("MatrixOne")));
    QVERIFY(child<QLineEdit>(sidebar->profileDialog(), "matrixOneHostEdit")->isVisible());
    check(sidebar->profileDialog(), QStringLiteral("connection dialog, MatrixOne"));
    sidebar->profileDialog()->reject();
    QTRY_VERIFY(!sidebar->profileDialog());
}

void TestEveryWindow::backupDialog()
{
    m_window->openBackupDialogFor(m_db);
    BackupDialog *dialog = nullptr;
    for (BackupDialog *d : m_window->findChildren<BackupDialog *>())
        dialog = d->isVisible() ? d : dialog;
    QVERIFY(dialog);
    auto *list = child<QListWidget>(dialog, "collectionList");
    QTRY_VERIFY_WITH_TIMEOUT(list->count() == 2, kSlowMs);
    check(dialog, QStringLiteral("backup dialog, setup"));
    click(child<QPushButton>(dialog, "startButton"));
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(dialog, "showFolderButton")->isVisible(), kSlowMs);
    check(dialog, QStringLiteral("backup dialog, done"));
    dialog->close();
}

void TestEveryWindow::restoreWizardPages()
{
    const QString clone = TestServer::uniqueDatabase(QStringLiteral("gui_every_window_clone"));
    m_dropLater << clone;
    m_clone = clone;
    RestoreWizard *wizard = new RestoreWizard(m_workspace.get(), m_window.get());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setArchive(m_archive);
    wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), kSlowMs);
    check(wizard, QStringLiteral("restore wizard, Archive"));
    click(next);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->targetPage()->databasesLoaded(), kSlowMs);
    child<QLineEdit>(wizard, "targetDbEdit")->setText(clone);
    QTRY_VERIFY(next->isEnabled());
    check(wizard, QStringLiteral("restore wizard, Target"));
    click(next);
    QCOMPARE(wizard->currentId(), int(RestoreWizard::OptionsPage));
    check(wizard, QStringLiteral("restore wizard, Options"));
    click(next);
    QCOMPARE(wizard->currentId(), int(RestoreWizard::PreviewPage));
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), kSlowMs);
    check(wizard, QStringLiteral("restore wizard, Preview"));
    click(next);
    QCOMPARE(wizard->currentId(), int(RestoreWizard::ConfirmPage));
    check(wizard, QStringLiteral("restore wizard, Confirm"));
    click(wizard->button(QWizard::CommitButton));
    QCOMPARE(wizard->currentId(), int(RestoreWizard::ProgressPage));
    check(wizard, QStringLiteral("restore wizard, Progress"));
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(RestoreWizard::ReportPage), kSlowMs);
    check(wizard, QStringLiteral("restore wizard, Report"));
    wizard->close();
}

// The backup browser, then its "Restore these documents…": the surgical wizard's pages, in
// Upsert mode into the clone, where orders were deleted and one changed (so the typed
// confirmation and the safety snapshot show).
void TestEveryWindow::surgicalRestorePages()
{
    QVERIFY(!m_clone.isEmpty());
    {
        auto client = m_server->pool().acquire();
        const BsonDocument del = decode(R"({"delete": "orders", "deletes": [{"q": {"_id": {"$lt": 5}}, "limit": 0}]})");
        QVERIFY(client.command(m_clone, del.get()).ok());
        const BsonDocument set = decode(R"({"update": "orders", "updates": [{"q": {"_id": 10}, "u": {"$set": {"total": 999}}}]})");
        QVERIFY(client.command(m_clone, set.get()).ok());
    }
    BackupsView *view = m_window->backupsView();
    view->selectArchive(m_archive);
    view->browseSelected();
    BackupBrowser *browser = view->lastBrowser();
    QVERIFY(browser);
    QTRY_VERIFY_WITH_TIMEOUT(browser->isOpened() && !browser->isLoading(), kSlowMs);
    browser->selectCollection(QStringLiteral("orders"));
    QTRY_VERIFY_WITH_TIMEOUT(!browser->isLoading() && !browser->page().documents.isEmpty(), kSlowMs);
    check(browser, QStringLiteral("backup browser"));
    // Its other views (the Text view has a check box of its own).
    auto *views = child<QTabWidget>(browser, "viewTabs");
    for (int i = 1; i < views->count(); ++i) {
        views->setCurrentIndex(i);
        check(browser, QStringLiteral("backup browser, %1 view").arg(views->tabText(i)));
    }
    views->setCurrentIndex(0);
    child<QLineEdit>(browser, "filterEdit")->setText(QStringLiteral(R"({"_id": {"$lte": 10}})"));
    browser->applyFilter();
    QTRY_VERIFY_WITH_TIMEOUT(!browser->isLoading(), kSlowMs);
    const auto before = m_window->findChildren<SurgicalRestoreWizard *>();
    click(child<QPushButton>(browser, "restoreDocumentsButton"));
    SurgicalRestoreWizard *wizard = nullptr;
    for (SurgicalRestoreWizard *w : m_window->findChildren<SurgicalRestoreWizard *>())
        wizard = before.contains(w) ? wizard : w;
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), kSlowMs);
    click(child<QRadioButton>(wizard, "upsertRadio"));
    check(wizard, QStringLiteral("surgical restore, Documents"));
    click(next);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->targetPage()->databasesLoaded(), kSlowMs);
    child<QLineEdit>(wizard, "targetDbEdit")->setText(m_clone);
    QTRY_VERIFY(next->isEnabled());
    check(wizard, QStringLiteral("surgical restore, Target"));
    click(next);
    QCOMPARE(wizard->currentId(), int(SurgicalRestoreWizard::PlanPage));
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), kSlowMs);
    check(wizard, QStringLiteral("surgical restore, Plan"));
    click(next);
    QCOMPARE(wizard->currentId(), int(SurgicalRestoreWizard::ConfirmPage));
    child<QLineEdit>(wizard, "surgicalConfirmNameEdit")->setText(m_clone);
    check(wizard, QStringLiteral("surgical restore, Confirm"));
    click(wizard->button(QWizard::CommitButton));
    QCOMPARE(wizard->currentId(), int(SurgicalRestoreWizard::ProgressPage));
    check(wizard, QStringLiteral("surgical restore, Progress"));
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(SurgicalRestoreWizard::ReportPage), kSlowMs);
    check(wizard, QStringLiteral("surgical restore, Report"));
    wizard->close();
    browser->close();
}

void TestEveryWindow::safeChangePages()
{
    auto *assistant = new SafeChangeAssistant(m_workspace.get(), m_workspace->snapshotFolder(), m_window.get());
    assistant->setAttribute(Qt::WA_DeleteOnClose);
    assistant->show();
    QVERIFY(QTest::qWaitForWindowExposed(assistant));
    SafeChangeSnapshotPage *page = assistant->snapshotPage();
    page->picker()->setProfileId(m_profileId);
    QTRY_VERIFY_WITH_TIMEOUT(page->picker()->databasesLoaded(), kSlowMs);
    child<QComboBox>(assistant, "databaseCombo")->setCurrentText(m_db);
    check(assistant, QStringLiteral("safe change, Snapshot"));
    QSignalSpy ended(page, &SafeChangeSnapshotPage::snapshotEnded);
    click(child<QPushButton>(assistant, "takeSnapshotButton"));
    QVERIFY(ended.wait(kSlowMs));
    QVERIFY(assistant->session()->snapshot);
    check(assistant, QStringLiteral("safe change, Snapshot taken"));
    click(assistant->button(QWizard::CommitButton));
    QCOMPARE(assistant->currentId(), int(SafeChangeAssistant::UpgradePage));
    check(assistant, QStringLiteral("safe change, Upgrade"));
    m_server->insertJson(m_db, QStringLiteral("products"), {R"({"_id": 3, "name": "Chair"})"});
    click(assistant->button(QWizard::NextButton));
    QCOMPARE(assistant->currentId(), int(SafeChangeAssistant::CheckPage));
    QTRY_VERIFY_WITH_TIMEOUT(assistant->button(QWizard::NextButton)->isEnabled(), kSlowMs);
    check(assistant, QStringLiteral("safe change, Check"));
    click(assistant->button(QWizard::NextButton));
    QCOMPARE(assistant->currentId(), int(SafeChangeAssistant::DecisionPage));
    QSignalSpy planned(assistant->decisionPage(), &SafeChangeDecisionPage::planned);
    click(child<QRadioButton>(assistant, "rollbackRadio"));
    QVERIFY(planned.wait(kSlowMs));
    check(assistant, QStringLiteral("safe change, Decision (roll back)"));
    click(child<QRadioButton>(assistant, "keepRadio"));
    check(assistant, QStringLiteral("safe change, Decision (keep)"));
    click(assistant->button(QWizard::CommitButton));
    QCOMPARE(assistant->currentId(), int(SafeChangeAssistant::ResultPage));
    check(assistant, QStringLiteral("safe change, Result"));
    assistant->close();
}

void TestEveryWindow::snapshotDialogs()
{
    SnapshotsView *view = m_window->snapshotsView();
    child<QTabWidget>(m_window.get(), "mainTabs")->setCurrentIndex(1);
    view->createSnapshotOf(m_db);
    CreateSnapshotDialog *create = view->createDialog();
    QVERIFY(create);
    QTRY_VERIFY_WITH_TIMEOUT(create->picker()->databasesLoaded() && create->picker()->collectionsLoaded(), kSlowMs);
    check(create, QStringLiteral("create snapshot dialog"));
    create->close();

    QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading() && view->model()->rowCount() >= 1, kSlowMs);
    view->selectSnapshot(view->model()->entries().first().name);
    view->cloneSelected();
    QVERIFY(view->cloneDialog());
    QTRY_VERIFY_WITH_TIMEOUT(view->cloneDialog()->picker()->databasesLoaded(), kSlowMs);
    check(view->cloneDialog(), QStringLiteral("clone to verify dialog"));
    view->cloneDialog()->close();

    view->prune();
    QVERIFY(view->pruneDialog());
    check(view->pruneDialog(), QStringLiteral("prune dialog"));
    view->pruneDialog()->close();
    child<QTabWidget>(m_window.get(), "mainTabs")->setCurrentIndex(0);
}

void TestEveryWindow::reportDialog()
{
    BackupsView *view = m_window->backupsView();
    view->selectArchive(m_archive);
    QSignalSpy compared(view, &BackupsView::comparisonFinished);
    view->compareSelected();
    QVERIFY(compared.wait(kSlowMs));
    QVERIFY(view->lastReport());
    check(view->lastReport(), QStringLiteral("verification report"));
    view->lastReport()->close();
}

void TestEveryWindow::comparisonDrillDown()
{
    // A document the backup lacks makes the orders differ; the report drills into them.
    m_server->insertJson(m_db, QStringLiteral("orders"), {R"({"_id": 1000, "total": 1})"});
    BackupsView *view = m_window->backupsView();
    view->selectArchive(m_archive);
    QSignalSpy compared(view, &BackupsView::comparisonFinished);
    view->compareSelected();
    QVERIFY(compared.wait(kSlowMs));
    ReportDialog *report = view->lastReport();
    QVERIFY(report);
    QVERIFY(report->selectRow(m_db, QStringLiteral("orders")));
    check(report, QStringLiteral("verification report, a collection differs"));
    std::unique_ptr<QMenu> reportMenu(report->contextMenu());
    checkMenu(reportMenu.get(), QStringLiteral("report's context menu"));
    QSignalSpy opened(view, &BackupsView::drillDownOpened);
    click(child<QPushButton>(report, "showDifferencesButton"));
    QVERIFY(opened.wait(kSlowMs));
    DiffDrillDown *drillDown = view->lastDrillDown();
    QVERIFY(drillDown);
    QTRY_VERIFY_WITH_TIMEOUT(!drillDown->isRunning(), kSlowMs);
    QVERIFY(!drillDown->listed().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(drillDown->shownPair() && !drillDown->isLoadingPair(), kSlowMs);
    check(drillDown, QStringLiteral("comparison drill-down"));
    drillDown->close();
    report->close();
}

void TestEveryWindow::noProblemsFound()
{
    qInfo("%lld windows and pages checked: %s", qlonglong(m_checked.size()), qPrintable(m_checked.join(QStringLiteral("; "))));
    for (const QString &problem : std::as_const(m_problems))
        qWarning("%s", qPrintable(problem));
    QVERIFY2(m_problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s), listed above").arg(m_problems.size())));
}

QTEST_MAIN(TestEveryWindow)
#include "TestEveryWindow.moc"
