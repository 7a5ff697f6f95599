// "Compare with database", one collection further (issue 12, section 3): an archive written by
// the real BackupEngine from a database on the test server; then, in that database, two
// documents deleted, two changed (a top-level field, a nested one) and one inserted. The Backups
// view compares, the report's Show differences… opens the drill-down, which lists exactly those
// _ids with their states and changed paths, filters them, exports them as CSV, shows a changed
// document from both sides with the changed field marked (and a one-sided one with the other
// side absent), and asks for a surgical restore of the chosen _ids.
#include "app/backups/BackupsView.h"
#include "app/diff/DiffDrillDown.h"
#include "app/diff/DocumentDifferenceModel.h"
#include "app/diff/DocumentPairFiller.h"
#include "app/diff/FieldAlignment.h"
#include "app/widgets/ReportDialog.h"
#include "app/widgets/ThemeColors.h"
#include "app/window/AppTheme.h"
#include "app/window/AppTranslator.h"
#include "app/restore/surgical/SurgicalRestoreWizard.h"
#include "app/window/MainWindow.h"
#include "app/window/Workspace.h"
#include "core/backup/BackupEngine.h"
#include "core/codec/ExtJsonCodec.h"
#include "TestFiles.h"
#include "TestServer.h"
#include "TestWidgets.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <map>
#include <memory>

using namespace lifeboat;
using namespace lifeboat::app;
using lifeboat::test::TestServer;
using lifeboat::test::child;

namespace {
constexpr int kOrders = 20;
constexpr int kJobTimeoutMs = 120000;
using Kind = DocumentDifference::Kind;

QByteArray idOf(int id)
{
    return QStringLiteral(R"({"$numberInt":"%1"})").arg(id).toUtf8();
}
} // namespace

class TestDiffDrillDown : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void reportOffersTheDrillDownOnDifferingCollectionsOnly();
    void listsExactlyTheDifferingDocuments();
    void filtersByStateAndExportsCsv();
    void showsAChangedDocumentSideBySide();
    void showsTheAbsentSideOfAOneSidedDocument();
    void restoreTheseDocumentsAsksForASurgicalRestore();
    void openedByDoubleClickAndContextMenu();
    void mainWindowPassesTheRequestOn();
    void alignsFieldsByNameAndArraysByIndex();
    void compareAgainAfterAChange();

private:
    void modify(const char *op, const QByteArray &filter, const QByteArray &update = {});
    ReportDialog *compare();
    DiffDrillDown *openDrillDown(ReportDialog *report);
    void waitPair(DiffDrillDown *drillDown, int id);

    std::unique_ptr<TestServer> m_server;
    QString m_database;
    QTemporaryDir m_dir;
    QString m_archive;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<BackupsView> m_view;
    QPointer<ReportDialog> m_report;
    QPointer<DiffDrillDown> m_drillDown;
    AppTranslator m_translator;
};

void TestDiffDrillDown::initTestCase()
{
    m_translator.install(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(!TestServer::uri().isEmpty(), qPrintable(TestServer::whyUnavailable()));
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<TestServer>();
    m_database = TestServer::uniqueDatabase(QStringLiteral("gui_diff_drill_down"));
    QList<QByteArray> orders;
    for (int i = 0; i < kOrders; ++i)
        orders << QStringLiteral(R"({"_id": %1, "customer": "c%2", "total": %3, "address": {"city": "Lyon", "zip": "69001"}, "items": [1, 2]})")
                      .arg(i).arg(i % 4).arg(i * 10).toUtf8();
    m_server->insertJson(m_database, QStringLiteral("orders"), orders);
    m_server->insertJson(m_database, QStringLiteral("customers"), {R"({"_id": 1, "name": "Ada"})", R"({"_id": 2, "name": "Grace"})"});

    const QString folder = m_dir.filePath(QStringLiteral("backups"));
    BackupRequest request;
    request.mongoUri = TestServer::uri();
    request.database = m_database;
    request.outDir = folder;
    request.name = QStringLiteral("drill");
    auto made = BackupEngine().run(request);
    QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().toString()));
    m_archive = QFileInfo(made->archivePath).absoluteFilePath();

    // Since the backup: two deleted, two changed, one inserted.
    modify("delete", R"({"_id": 3})");
    modify("delete", R"({"_id": 7})");
    modify("update", R"({"_id": 5})", R"({"$set": {"total": 999}})");
    modify("update", R"({"_id": 12})", R"({"$set": {"address.city": "Paris"}})");
    m_server->insertJson(m_database, QStringLiteral("orders"), {R"({"_id": 100, "customer": "new", "total": 1})"});

    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("lifeboat.ini")), QSettings::IniFormat);
    m_workspace = std::make_unique<Workspace>(m_settings.get());
    m_workspace->setBackupFolder(folder);
    profiles::ConnectionProfile profile;
    profile.name = QStringLiteral("Test server");
    profile.connectionString = TestServer::uri();
    auto added = m_workspace->profiles()->add(profile);
    QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().toString()));
    m_workspace->setCurrentProfileId(added->id);
    m_view = std::make_unique<BackupsView>(m_workspace.get());
    m_view->resize(1100, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->rowCount() == 1 && !m_view->isLoading(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->entry(m_archive) && m_view->model()->entry(m_archive)->summary.read, 30000);
}

void TestDiffDrillDown::cleanupTestCase()
{
    m_view.reset();
    if (m_workspace)
        m_workspace->jobs()->cancelAllAndWait();
    m_workspace.reset();
    if (m_server)
        m_server->drop(m_database);
}

void TestDiffDrillDown::modify(const char *op, const QByteArray &filter, const QByteArray &update)
{
    PooledClient client = m_server->pool().acquire();
    mongoc_collection_t *c = mongoc_client_get_collection(client.get(), m_database.toUtf8().constData(), "orders");
    bson_error_t error;
    bson_t *f = bson_new_from_json(reinterpret_cast<const uint8_t *>(filter.constData()), filter.size(), &error);
    bson_t *u = update.isEmpty() ? nullptr : bson_new_from_json(reinterpret_cast<const uint8_t *>(update.constData()), update.size(), &error);
    bson_t reply;
    const bool ok = qstrcmp(op, "delete") == 0 ? mongoc_collection_delete_one(c, f, nullptr, &reply, &error)
                                                : mongoc_collection_update_one(c, f, u, nullptr, &reply, &error);
    bson_destroy(&reply);
    bson_destroy(f);
    if (u)
        bson_destroy(u);
    mongoc_collection_destroy(c);
    QVERIFY2(ok, error.message);
}

ReportDialog *TestDiffDrillDown::compare()
{
    if (m_report)
        return m_report;
    m_view->selectArchive(m_archive);
    QSignalSpy finished(m_view.get(), &BackupsView::comparisonFinished);
    m_view->findChild<QAbstractButton *>(QStringLiteral("compareButton"))->click();
    if (!finished.wait(kJobTimeoutMs))
        return nullptr;
    m_report = finished.first().at(1).value<ReportDialog *>();
    return m_report;
}

DiffDrillDown *TestDiffDrillDown::openDrillDown(ReportDialog *report)
{
    if (m_drillDown)
        return m_drillDown;
    QSignalSpy opened(m_view.get(), &BackupsView::drillDownOpened);
    if (!report->selectRow(m_database, QStringLiteral("orders")))
        return nullptr;
    auto *button = child<QPushButton>(report, "showDifferencesButton");
    if (!button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    if (!opened.wait(kJobTimeoutMs))
        return nullptr;
    m_drillDown = opened.first().first().value<DiffDrillDown *>();
    return m_drillDown;
}

void TestDiffDrillDown::waitPair(DiffDrillDown *drillDown, int id)
{
    QTRY_VERIFY_WITH_TIMEOUT(!drillDown->isLoadingPair() && drillDown->shownPair() && drillDown->shownPair()->id == idOf(id), kJobTimeoutMs);
}

void TestDiffDrillDown::reportOffersTheDrillDownOnDifferingCollectionsOnly()
{
    ReportDialog *report = compare();
    QVERIFY2(report, qPrintable(m_view->statusText()));
    QVERIFY(report->drillDownEnabled());
    auto *button = child<QPushButton>(report, "showDifferencesButton");
    QVERIFY(button->isVisible());
    // The collection that differs is selected at once, ready to drill into.
    QVERIFY(report->selectedRow());
    QCOMPARE(report->selectedRow()->collection, QStringLiteral("orders"));
    QVERIFY(button->isEnabled());
    // A collection that matches has nothing to list.
    QVERIFY(report->selectRow(m_database, QStringLiteral("customers")));
    QCOMPARE(toString(report->selectedRow()->status), QStringLiteral("ok"));
    QVERIFY(!button->isEnabled());
    QSignalSpy asked(report, &ReportDialog::differencesRequested);
    report->showDifferences();
    QCOMPARE(asked.size(), 0);
}

void TestDiffDrillDown::listsExactlyTheDifferingDocuments()
{
    DiffDrillDown *drillDown = openDrillDown(compare());
    QVERIFY2(drillDown, qPrintable(m_view->statusText()));
    QVERIFY(drillDown->isVisible());
    QCOMPARE(drillDown->target().collection, QStringLiteral("orders"));
    QCOMPARE(drillDown->target().targetDatabase, m_database);
    // The diff runs as a job (in the jobs panel, with its window), off the GUI thread.
    QVERIFY(drillDown->job());
    QCOMPARE(drillDown->job()->kind(), QStringLiteral("diff"));
    QCOMPARE(drillDown->job()->window(), drillDown);
    QTRY_VERIFY_WITH_TIMEOUT(!drillDown->isRunning(), kJobTimeoutMs);
    QCOMPARE(drillDown->job()->state(), Job::State::Succeeded);
    // (Its English plural comes with the translations: "document(s)" until then.)
    QVERIFY2(drillDown->job()->summary().startsWith(QStringLiteral("5 differing document")), qPrintable(drillDown->job()->summary()));

    std::map<QByteArray, DocumentDifference> byId;
    for (const DocumentDifference &d : drillDown->listed())
        byId.emplace(d.id, d);
    QCOMPARE(byId.size(), size_t(5));
    const std::map<int, Kind> expected = {{3, Kind::OnlyInArchive}, {7, Kind::OnlyInArchive}, {100, Kind::OnlyInTarget},
                                          {5, Kind::Different}, {12, Kind::Different}};
    for (const auto &[id, kind] : expected) {
        QVERIFY2(byId.count(idOf(id)), qPrintable(QStringLiteral("_id %1 not listed").arg(id)));
        QCOMPARE(int(byId.at(idOf(id)).kind), int(kind));
        QCOMPARE(byId.at(idOf(id)).collection, QStringLiteral("orders"));
    }
    QCOMPARE(byId.at(idOf(5)).changedFields, QStringList{QStringLiteral("total")});
    QCOMPARE(byId.at(idOf(12)).changedFields, QStringList{QStringLiteral("address.city")});
    QVERIFY(byId.at(idOf(3)).changedFields.isEmpty());

    // The table says the same in words, each state in its colour.
    auto *table = child<QTableView>(drillDown, "differencesTable");
    QCOMPARE(table->model()->rowCount(), 5);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QByteArray id = table->model()->index(row, DocumentDifferenceModel::Id).data().toString().toUtf8();
        const DocumentDifference &d = byId.at(id);
        QCOMPARE(table->model()->index(row, DocumentDifferenceModel::State).data().toString(), DocumentDifferenceModel::stateName(d.kind));
        QCOMPARE(table->model()->index(row, DocumentDifferenceModel::ChangedFields).data().toString(), d.changedFields.join(QStringLiteral(", ")));
        QVERIFY(table->model()->index(row, DocumentDifferenceModel::State).data(Qt::ForegroundRole).isValid());
    }
    QVERIFY2(child<QLabel>(drillDown, "progressLabel")->text().contains(QStringLiteral("2 only in the backup, 1 only in the database, 2 changed, 16 the same")),
             qPrintable(child<QLabel>(drillDown, "progressLabel")->text()));
    // The window fits the screen it is on.
    const QRect screen = drillDown->screen()->availableGeometry();
    QVERIFY(drillDown->width() <= screen.width() && drillDown->height() <= screen.height());
}

void TestDiffDrillDown::filtersByStateAndExportsCsv()
{
    DiffDrillDown *drillDown = openDrillDown(compare());
    QVERIFY(drillDown);
    QTRY_VERIFY_WITH_TIMEOUT(!drillDown->isRunning(), kJobTimeoutMs);
    auto *combo = child<QComboBox>(drillDown, "stateCombo");
    auto ids = [drillDown] {
        QList<QByteArray> out;
        for (const DocumentDifference &d : drillDown->listed())
            out << d.id;
        std::sort(out.begin(), out.end());
        return out;
    };
    combo->setCurrentIndex(int(DiffDrillDown::Show::OnlyInBackup));
    QCOMPARE(ids(), (QList<QByteArray>{idOf(3), idOf(7)}));
    combo->setCurrentIndex(int(DiffDrillDown::Show::OnlyInDatabase));
    QCOMPARE(ids(), QList<QByteArray>{idOf(100)});
    combo->setCurrentIndex(int(DiffDrillDown::Show::Changed));
    QCOMPARE(ids(), (QList<QByteArray>{idOf(12), idOf(5)}));
    QCOMPARE(child<QTableView>(drillDown, "differencesTable")->model()->rowCount(), 2);

    // Export CSV… writes the listed rows, as lifeboat-cli diff --report does.
    const QString csv = m_dir.filePath(QStringLiteral("changed.csv"));
    QVERIFY(drillDown->exportCsv(csv));
    const QByteArray written = test::readFile(csv);
    QVERIFY(written.startsWith("collection,difference,id,changed_fields\r\n"));
    QCOMPARE(written.count("\r\n"), 3);
    QVERIFY2(written.contains("orders,different,\"{\"\"$numberInt\"\":\"\"12\"\"}\",address.city\r\n"), written.constData());
    QCOMPARE(written, DocumentDifferenceModel::toCsv(drillDown->listed()));
    QVERIFY(drillDown->statusText().contains(QStringLiteral("changed.csv")));
    combo->setCurrentIndex(int(DiffDrillDown::Show::All));
    QCOMPARE(drillDown->listed().size(), 5);
}

void TestDiffDrillDown::showsAChangedDocumentSideBySide()
{
    DiffDrillDown *drillDown = openDrillDown(compare());
    QVERIFY(drillDown);
    QTRY_VERIFY_WITH_TIMEOUT(!drillDown->isRunning(), kJobTimeoutMs);
    QVERIFY(drillDown->selectId(idOf(12)));
    waitPair(drillDown, 12);
    const DocumentPair &pair = *drillDown->shownPair();
    QVERIFY(pair.backup && pair.database);
    QTreeWidget *tree = drillDown->pairTree();
    QCOMPARE(tree->headerItem()->text(DocumentPairFiller::Backup), QStringLiteral("Backup"));
    QCOMPARE(tree->headerItem()->text(DocumentPairFiller::Database), QStringLiteral("Database"));
    // The changed field, opened and marked: the backup's value beside the database's.
    QTreeWidgetItem *city = DocumentPairFiller::find(tree, QStringLiteral("address.city"));
    QVERIFY(city);
    QCOMPARE(city->text(DocumentPairFiller::Backup), QStringLiteral("Lyon"));
    QCOMPARE(city->text(DocumentPairFiller::Database), QStringLiteral("Paris"));
    QCOMPARE(city->data(DocumentPairFiller::Field, DocumentPairFiller::MarkRole).toInt(), int(AlignedField::Mark::Changed));
    QCOMPARE(city->text(DocumentPairFiller::Difference), FieldAlignment::markName(AlignedField::Mark::Changed));
    QCOMPARE(city->foreground(DocumentPairFiller::Backup).color(), ThemeColors::color(ThemeColors::Role::Busy));
    QVERIFY(city->font(DocumentPairFiller::Field).bold());
    QVERIFY(city->parent()->isExpanded()); // the way to it is open
    // The mark follows a change of theme (as the app's View › Theme does it).
    const QColor light = ThemeColors::color(ThemeColors::Role::Busy);
    AppTheme::apply(AppTheme::Mode::Dark);
    QVERIFY(ThemeColors::isDark(QApplication::palette()));
    QCOMPARE(city->foreground(DocumentPairFiller::Backup).color(), ThemeColors::color(ThemeColors::Role::Busy));
    QVERIFY(city->foreground(DocumentPairFiller::Backup).color() != light);
    AppTheme::apply(AppTheme::Mode::System);
    QCOMPARE(city->foreground(DocumentPairFiller::Backup).color(), light);
    // The rest is the same on both sides, and unmarked.
    QTreeWidgetItem *zip = DocumentPairFiller::find(tree, QStringLiteral("address.zip"));
    QVERIFY(zip);
    QCOMPARE(zip->data(DocumentPairFiller::Field, DocumentPairFiller::MarkRole).toInt(), int(AlignedField::Mark::Same));
    QCOMPARE(zip->foreground(DocumentPairFiller::Backup).style(), Qt::NoBrush);
    QTreeWidgetItem *total = DocumentPairFiller::find(tree, QStringLiteral("total"));
    QVERIFY(total);
    QCOMPARE(total->text(DocumentPairFiller::Backup), QStringLiteral("120"));
    QCOMPARE(total->text(DocumentPairFiller::Database), QStringLiteral("120"));
    QTreeWidgetItem *item = DocumentPairFiller::find(tree, QStringLiteral("items.1"));
    QVERIFY(item);
    QCOMPARE(item->text(DocumentPairFiller::Backup), QStringLiteral("2"));

    // With the keyboard: the next row is read and shown.
    auto *table = child<QTableView>(drillDown, "differencesTable");
    table->setFocus();
    const int row = table->currentIndex().row();
    const int next = row + 1 < table->model()->rowCount() ? row + 1 : row - 1;
    QTest::keyClick(table, next > row ? Qt::Key_Down : Qt::Key_Up);
    const QByteArray nextId = table->model()->index(next, DocumentDifferenceModel::Id).data().toString().toUtf8();
    QTRY_VERIFY_WITH_TIMEOUT(!drillDown->isLoadingPair() && drillDown->shownPair() && drillDown->shownPair()->id == nextId, kJobTimeoutMs);

    // A changed top-level field.
    QVERIFY(drillDown->selectId(idOf(5)));
    waitPair(drillDown, 5);
    total = DocumentPairFiller::find(drillDown->pairTree(), QStringLiteral("total"));
    QVERIFY(total);
    QCOMPARE(total->text(DocumentPairFiller::Backup), QStringLiteral("50"));
    QCOMPARE(total->text(DocumentPairFiller::Database), QStringLiteral("999"));
    QCOMPARE(total->data(DocumentPairFiller::Field, DocumentPairFiller::MarkRole).toInt(), int(AlignedField::Mark::Changed));
}

void TestDiffDrillDown::showsTheAbsentSideOfAOneSidedDocument()
{
    DiffDrillDown *drillDown = openDrillDown(compare());
    QVERIFY(drillDown);
    QTRY_VERIFY_WITH_TIMEOUT(!drillDown->isRunning(), kJobTimeoutMs);
    QVERIFY(drillDown->selectId(idOf(3)));
    waitPair(drillDown, 3);
    QVERIFY(drillDown->shownPair()->backup && !drillDown->shownPair()->database);
    QTreeWidget *tree = drillDown->pairTree();
    QCOMPARE(tree->headerItem()->text(DocumentPairFiller::Database), QStringLiteral("Database: absent"));
    QTreeWidgetItem *customer = DocumentPairFiller::find(tree, QStringLiteral("customer"));
    QVERIFY(customer);
    QCOMPARE(customer->text(DocumentPairFiller::Backup), QStringLiteral("c3"));
    QCOMPARE(customer->text(DocumentPairFiller::Database), QStringLiteral("—"));
    QCOMPARE(customer->data(DocumentPairFiller::Field, DocumentPairFiller::MarkRole).toInt(), int(AlignedField::Mark::OnlyInBackup));
    QCOMPARE(customer->foreground(DocumentPairFiller::Field).color(), ThemeColors::color(ThemeColors::Role::Error));
    QVERIFY(child<QLabel>(drillDown, "pairLabel")->text().contains(QStringLiteral("only in the backup")));

    QVERIFY(drillDown->selectId(idOf(100)));
    waitPair(drillDown, 100);
    QVERIFY(!drillDown->shownPair()->backup && drillDown->shownPair()->database);
    QCOMPARE(tree->headerItem()->text(DocumentPairFiller::Backup), QStringLiteral("Backup: absent"));
    customer = DocumentPairFiller::find(tree, QStringLiteral("customer"));
    QVERIFY(customer);
    QCOMPARE(customer->text(DocumentPairFiller::Database), QStringLiteral("new"));
    QCOMPARE(customer->data(DocumentPairFiller::Field, DocumentPairFiller::MarkRole).toInt(), int(AlignedField::Mark::OnlyInDatabase));
    QCOMPARE(customer->foreground(DocumentPairFiller::Field).color(), ThemeColors::color(ThemeColors::Role::Success));
}

void TestDiffDrillDown::restoreTheseDocumentsAsksForASurgicalRestore()
{
    DiffDrillDown *drillDown = openDrillDown(compare());
    QVERIFY(drillDown);
    QTRY_VERIFY_WITH_TIMEOUT(!drillDown->isRunning(), kJobTimeoutMs);
    QSignalSpy asked(m_view.get(), &BackupsView::restoreDocumentsRequested);
    auto *restore = child<QPushButton>(drillDown, "restoreButton");
    auto *table = child<QTableView>(drillDown, "differencesTable");

    // The selected rows: one deleted, one changed.
    table->clearSelection();
    QVERIFY(drillDown->selectId(idOf(7)));
    QModelIndex five;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data().toString().toUtf8() == idOf(5))
            five = table->model()->index(row, 0);
    }
    QVERIFY(five.isValid());
    table->selectionModel()->select(five, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(restore->isEnabled());
    QTest::mouseClick(restore, Qt::LeftButton);
    QCOMPARE(asked.size(), 1);
    auto request = asked.takeFirst().first().value<SurgicalRestoreRequest>();
    QCOMPARE(request.archivePath, m_archive);
    QCOMPARE(request.sourceDatabase, m_database);
    QCOMPARE(request.collection, QStringLiteral("orders"));
    QVERIFY(request.filterJson.isEmpty());
    std::sort(request.ids.begin(), request.ids.end());
    QCOMPARE(request.ids, (QList<QByteArray>{idOf(5), idOf(7)}));

    // Only in the database: nothing the backup could put back.
    table->clearSelection();
    QVERIFY(drillDown->selectId(idOf(100)));
    QVERIFY(!restore->isEnabled());

    // None selected: every listed document the backup holds.
    table->clearSelection();
    QVERIFY(restore->isEnabled());
    QTest::mouseClick(restore, Qt::LeftButton);
    QCOMPARE(asked.size(), 1);
    request = asked.takeFirst().first().value<SurgicalRestoreRequest>();
    std::sort(request.ids.begin(), request.ids.end());
    QCOMPARE(request.ids, (QList<QByteArray>{idOf(12), idOf(3), idOf(5), idOf(7)}));
    QVERIFY2(drillDown->statusText().contains(QStringLiteral("4 document")), qPrintable(drillDown->statusText()));
}

void TestDiffDrillDown::openedByDoubleClickAndContextMenu()
{
    ReportDialog *report = compare();
    QVERIFY(report);
    if (m_drillDown)
        m_drillDown->close();
    QTRY_VERIFY(!m_view->lastDrillDown());
    auto *table = child<QTableView>(report, "reportTable");
    QVERIFY(report->selectRow(m_database, QStringLiteral("orders")));
    const QModelIndex at = table->selectionModel()->selectedRows().first();
    QSignalSpy opened(m_view.get(), &BackupsView::drillDownOpened);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(at).center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(at).center());
    QVERIFY(opened.wait(kJobTimeoutMs));
    auto *drillDown = opened.first().first().value<DiffDrillDown *>();
    QCOMPARE(m_view->lastDrillDown(), drillDown);
    QTRY_VERIFY_WITH_TIMEOUT(!drillDown->isRunning(), kJobTimeoutMs);
    QCOMPARE(drillDown->listed().size(), 5);
    drillDown->close();

    QMenu *menu = report->contextMenu();
    auto *action = menu->findChild<QAction *>(QStringLiteral("actionShowDifferences"));
    if (!action) {
        for (QAction *a : menu->actions())
            action = a->objectName() == QLatin1String("actionShowDifferences") ? a : action;
    }
    QVERIFY(action && action->isEnabled());
    action->trigger();
    QVERIFY(opened.wait(kJobTimeoutMs));
    m_drillDown = opened.last().first().value<DiffDrillDown *>();
    delete menu;
}

void TestDiffDrillDown::mainWindowPassesTheRequestOn()
{
    MainWindow window(m_workspace.get());
    QSignalSpy asked(&window, &MainWindow::restoreDocumentsRequested);
    SurgicalRestoreRequest request;
    request.archivePath = m_archive;
    request.collection = QStringLiteral("orders");
    request.ids = {idOf(3)};
    Q_EMIT window.backupsView()->restoreDocumentsRequested(request);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().first().value<SurgicalRestoreRequest>().ids, request.ids);
    // openSurgicalRestore() opened the surgical restore wizard on it.
    const auto wizards = window.findChildren<SurgicalRestoreWizard *>();
    QCOMPARE(wizards.size(), 1);
    QCOMPARE(wizards.first()->session()->selection.ids, request.ids);
    QCOMPARE(wizards.first()->session()->selection.archivePath, m_archive);
}

void TestDiffDrillDown::alignsFieldsByNameAndArraysByIndex()
{
    auto bson = [](const char *json) {
        auto doc = ExtJsonCodec::decode(QByteArray(json));
        return doc ? std::optional<QByteArray>(QByteArray(reinterpret_cast<const char *>(bson_get_data(doc->get())), doc->get()->len))
                   : std::optional<QByteArray>();
    };
    using Mark = AlignedField::Mark;
    // The backup's order, then what only the database has; 1 and 1.0 are not the same value.
    const auto rows = FieldAlignment::align(bson(R"({"a": 1, "b": {"$numberInt": "2"}, "c": [1, 2, 3], "gone": true})"),
                                            bson(R"({"c": [1, 2], "b": {"$numberDouble": "2.0"}, "a": 1, "new": "x"})"), 100);
    QCOMPARE(rows.size(), 5);
    const QStringList keys{rows[0].key, rows[1].key, rows[2].key, rows[3].key, rows[4].key};
    QCOMPARE(keys, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("gone"), QStringLiteral("new")}));
    QCOMPARE(int(rows[0].mark), int(Mark::Same));
    QCOMPARE(int(rows[1].mark), int(Mark::Changed));
    QCOMPARE(int(rows[2].mark), int(Mark::Changed));
    QVERIFY(rows[2].expandable());
    QCOMPARE(int(rows[3].mark), int(Mark::OnlyInBackup));
    QVERIFY(!rows[3].inDatabase);
    QCOMPARE(int(rows[4].mark), int(Mark::OnlyInDatabase));
    QCOMPARE(rows[4].databaseText, QStringLiteral("x"));
    // An array's items by index: the third only in the backup.
    const auto items = FieldAlignment::align(rows[2].backupContainer, rows[2].databaseContainer, 100);
    QCOMPARE(items.size(), 3);
    QCOMPARE(int(items[0].mark), int(Mark::Same));
    QCOMPARE(int(items[2].mark), int(Mark::OnlyInBackup));
    QCOMPARE(items[2].key, QStringLiteral("2"));
    // A side that is absent: every field on the other one; a cap on the rows, with the rest counted.
    qint64 more = 0;
    const auto one = FieldAlignment::align(std::nullopt, bson(R"({"a": 1, "b": 2, "c": 3})"), 2, &more);
    QCOMPARE(one.size(), 2);
    QCOMPARE(more, 1);
    QCOMPARE(int(one[0].mark), int(Mark::OnlyInDatabase));
}

// Issue 14.10, Refresh F5 everywhere: once the comparison has ended, Compare again (F5) runs it
// over the database as it is now, and lists what still differs. Last: it changes the database.
void TestDiffDrillDown::compareAgainAfterAChange()
{
    DiffDrillDown *drillDown = openDrillDown(compare());
    QVERIFY(drillDown);
    QTRY_VERIFY_WITH_TIMEOUT(!drillDown->isRunning(), kJobTimeoutMs);
    child<QComboBox>(drillDown, "stateCombo")->setCurrentIndex(int(DiffDrillDown::Show::All));
    QCOMPARE(drillDown->listed().size(), 5);
    auto *again = child<QPushButton>(drillDown, "compareAgainButton");
    QVERIFY(again->isVisible() && again->isEnabled());
    QVERIFY(!child<QPushButton>(drillDown, "cancelButton")->isVisible());
    Job *first = drillDown->job();

    // _id 5 put back as the backup holds it, _id 100 gone: three differences are left.
    modify("update", R"({"_id": 5})", R"({"$set": {"total": 50}})");
    modify("delete", R"({"_id": 100})");

    drillDown->raise();
    drillDown->activateWindow();
    QApplication::setActiveWindow(drillDown);
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(drillDown));
    QTest::keyClick(drillDown, Qt::Key_F5);
    QVERIFY(drillDown->job() && drillDown->job() != first);
    QVERIFY(!again->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!drillDown->isRunning(), kJobTimeoutMs);
    QCOMPARE(drillDown->job()->state(), Job::State::Succeeded);
    QVERIFY(again->isVisible());
    QList<QByteArray> ids;
    for (const DocumentDifference &d : drillDown->listed())
        ids << d.id;
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, (QList<QByteArray>{idOf(12), idOf(3), idOf(7)}));
    QVERIFY2(child<QLabel>(drillDown, "progressLabel")->text().contains(QStringLiteral("2 only in the backup, 0 only in the database, 1 changed, 17 the same")),
             qPrintable(child<QLabel>(drillDown, "progressLabel")->text()));

    // The button does the same (nothing changed since: the same three).
    QTest::mouseClick(again, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!drillDown->isRunning(), kJobTimeoutMs);
    QCOMPARE(drillDown->listed().size(), 3);
}

QTEST_MAIN(TestDiffDrillDown)
#include "TestDiffDrillDown.moc"
