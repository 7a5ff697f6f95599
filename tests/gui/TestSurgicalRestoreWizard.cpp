// The restore wizard's surgical mode walked like a user would, against the real test server and
// real archives (issue 12, section 4): "undo a bad delete". 2,000 orders are backed up; the 37
// orders of one customer are deleted and five other orders updated. In the app, the backup is
// browsed, filtered on that customer, and "Restore these documents…" opens the surgical wizard
// (through the main window's openSurgicalRestore) with the filter filled in; Insert missing
// plans exactly the 37 and leaves the rest alone, and after the run exactly those are back, the
// updates untouched and the whole collection otherwise identical; the report lists them and
// exports them as CSV. Then rows selected in the browser (by _id) are put back with Replace,
// behind the typed confirmation, and the safety snapshot of exactly the replaced documents is
// taken and named in the report.
#include "app/backups/BackupsView.h"
#include "app/browse/BackupBrowser.h"
#include "app/jobs/Job.h"
#include "app/restore/RestoreTargetPage.h"
#include "app/restore/surgical/MergedDocumentTableModel.h"
#include "app/restore/surgical/SurgicalProgressPage.h"
#include "app/restore/surgical/SurgicalReportPage.h"
#include "app/restore/surgical/SurgicalRestoreWizard.h"
#include "app/window/AppTranslator.h"
#include "app/window/MainWindow.h"
#include "app/widgets/JobProgressBar.h"
#include "app/window/Workspace.h"
#include "core/archive/CollectionDocumentReader.h"
#include "core/backup/BackupEngine.h"
#include "core/diff/DocumentId.h"
#include "TestBson.h"
#include "TestFiles.h"
#include "TestServer.h"
#include "TestWidgets.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace lifeboat;
using namespace lifeboat::app;
using namespace lifeboat::test;

namespace {

constexpr int Slow = 120000;
constexpr int Orders = 2000;
constexpr int Customers = 54; // customer c07 has 37 orders: 7, 61, ..., 1951
const QList<int> Updated{100, 200, 300, 400, 500};

QString customerOf(int i)
{
    return QStringLiteral("c%1").arg(i % Customers, 2, 10, QLatin1Char('0'));
}

// Every document by its _id key.
QMap<QByteArray, QByteArray> byId(const QList<QByteArray> &documents)
{
    QMap<QByteArray, QByteArray> out;
    for (const QByteArray &bytes : documents) {
        bson_t doc;
        if (bson_init_static(&doc, reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size())))
            out.insert(DocumentId::keyOf(&doc), bytes);
    }
    return out;
}

QByteArray keyOfInt(int id)
{
    const BsonDocument doc = decode(QStringLiteral(R"({"_id": %1})").arg(id).toUtf8());
    return DocumentId::keyOf(doc.get());
}

} // namespace

class TestSurgicalRestoreWizard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void undoABadDeleteFromTheBrowser();
    void replaceSelectedDocumentsTakesASafetySnapshot();
    void cancelAsksThenStopsTheWrites();

private:
    void click(QAbstractButton *button);
    // Browses the backup's orders with `filter` applied.
    BackupBrowser *browseOrders(const QString &filter);
    // Clicks "Restore these documents…" in `browser`; the wizard the main window opened.
    SurgicalRestoreWizard *restoreFrom(BackupBrowser *browser);
    // From the selection page to the plan, with the test database as the target.
    void goToPlan(SurgicalRestoreWizard *wizard);
    QMap<QByteArray, QByteArray> orders() { return byId(m_server->documents(m_db, QStringLiteral("orders"))); }

    AppTranslator m_translator;
    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QString m_db;
    QString m_archive;
    QMap<QByteArray, QByteArray> m_archived; // the orders as backed up
    QMap<QByteArray, QByteArray> m_deleted;  // c07's, deleted since
};

void TestSurgicalRestoreWizard::click(QAbstractButton *button)
{
    QVERIFY(button);
    QVERIFY2(button->isVisible(), qPrintable(button->text()));
    QVERIFY2(button->isEnabled(), qPrintable(button->text()));
    QTest::mouseClick(button, Qt::LeftButton, {}, qobject_cast<QRadioButton *>(button) ? QPoint(8, button->height() / 2)
                                                                                       : button->rect().center());
}

void TestSurgicalRestoreWizard::initTestCase()
{
    if (TestServer::uri().isEmpty())
        QSKIP(qPrintable(TestServer::whyUnavailable()));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_translator.install(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<TestServer>();
    m_db = TestServer::uniqueDatabase(QStringLiteral("gui_surgical"));
    QList<QByteArray> documents;
    for (int i = 0; i < Orders; ++i)
        documents << QStringLiteral(R"({"_id": %1, "customer": "%2", "total": %3, "status": "shipped"})")
                      .arg(i)
                      .arg(customerOf(i))
                      .arg(i * 2)
                      .toUtf8();
    m_server->insertJson(m_db, QStringLiteral("orders"), documents);

    const QString folder = m_dir.filePath(QStringLiteral("backups"));
    BackupRequest backup;
    backup.mongoUri = m_server->uriString();
    backup.database = m_db;
    backup.outDir = folder;
    backup.name = QStringLiteral("surgical_src");
    auto made = BackupEngine().run(backup);
    QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
    m_archive = QFileInfo(made->archivePath).absoluteFilePath();
    m_archived = this->orders();
    QCOMPARE(m_archived.size(), Orders);

    // The bad delete, and five legitimate updates since.
    auto client = m_server->pool().acquire();
    const BsonDocument del = decode(R"({"delete": "orders", "deletes": [{"q": {"customer": "c07"}, "limit": 0}]})");
    QVERIFY(client.command(m_db, del.get()).ok());
    const BsonDocument update = decode(
        R"({"update": "orders", "updates": [{"q": {"_id": {"$in": [100, 200, 300, 400, 500]}}, "u": {"$set": {"status": "returned"}}, "multi": true}]})");
    QVERIFY(client.command(m_db, update.get()).ok());
    const QMap<QByteArray, QByteArray> now = orders();
    for (auto it = m_archived.cbegin(); it != m_archived.cend(); ++it) {
        if (!now.contains(it.key()))
            m_deleted.insert(it.key(), it.value());
    }
    QCOMPARE(m_deleted.size(), 37);

    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("lifeboat.ini")), QSettings::IniFormat);
    m_workspace = std::make_unique<Workspace>(m_settings.get());
    m_workspace->setBackupFolder(folder);
    profiles::ConnectionProfile profile;
    profile.name = QStringLiteral("Test server");
    profile.connectionString = m_server->uriString();
    auto added = m_workspace->profiles()->add(profile);
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
    m_workspace->setCurrentProfileId(added->id);
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSurgicalRestoreWizard::cleanupTestCase()
{
    if (m_workspace)
        m_workspace->jobs()->cancelAllAndWait();
    m_window.reset();
    m_workspace.reset();
    if (m_server && !m_db.isEmpty())
        m_server->drop(m_db);
}

BackupBrowser *TestSurgicalRestoreWizard::browseOrders(const QString &filter)
{
    BackupsView *view = m_window->backupsView();
    if (!QTest::qWaitFor([&] { return !view->isLoading() && view->model()->entry(m_archive); }, Slow))
        return nullptr;
    view->selectArchive(m_archive);
    view->browseSelected();
    BackupBrowser *browser = view->lastBrowser();
    if (!browser || !QTest::qWaitFor([&] { return browser->isOpened() && !browser->isLoading(); }, Slow))
        return nullptr;
    browser->selectCollection(QStringLiteral("orders"));
    if (!QTest::qWaitFor([&] { return !browser->isLoading(); }, Slow))
        return nullptr;
    browser->findChild<QLineEdit *>(QStringLiteral("filterEdit"))->setText(filter);
    browser->applyFilter();
    if (!QTest::qWaitFor([&] { return !browser->isLoading(); }, Slow))
        return nullptr;
    return browser;
}

SurgicalRestoreWizard *TestSurgicalRestoreWizard::restoreFrom(BackupBrowser *browser)
{
    const auto before = m_window->findChildren<SurgicalRestoreWizard *>();
    auto *button = browser->findChild<QAbstractButton *>(QStringLiteral("restoreDocumentsButton"));
    if (!button || !button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    for (SurgicalRestoreWizard *w : m_window->findChildren<SurgicalRestoreWizard *>()) {
        if (!before.contains(w) && QTest::qWaitForWindowExposed(w))
            return w;
    }
    return nullptr;
}

void TestSurgicalRestoreWizard::goToPlan(SurgicalRestoreWizard *wizard)
{
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(SurgicalRestoreWizard::SelectionPage));
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), Slow);
    click(next);
    QCOMPARE(wizard->currentId(), int(SurgicalRestoreWizard::TargetPage));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->targetPage()->databasesLoaded(), Slow);
    // The archive's own database, on the current profile.
    QCOMPARE(child<QLineEdit>(wizard, "targetDbEdit")->text(), m_db);
    QTRY_VERIFY(next->isEnabled());
    click(next);
    QCOMPARE(wizard->currentId(), int(SurgicalRestoreWizard::PlanPage));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->session()->plan.has_value() && next->isEnabled(), Slow);
}

void TestSurgicalRestoreWizard::undoABadDeleteFromTheBrowser()
{
    const QString filter = QStringLiteral(R"({"customer": "c07"})");
    BackupBrowser *browser = browseOrders(filter);
    QVERIFY(browser);
    QCOMPARE(browser->page().documents.size(), 37);
    SurgicalRestoreWizard *wizard = restoreFrom(browser);
    QVERIFY(wizard);
    wizard->setAttribute(Qt::WA_DeleteOnClose, false);
    std::unique_ptr<SurgicalRestoreWizard> owned(wizard);

    // The documents: the browser's filter, shown and editable; Insert missing by default.
    QCOMPARE(wizard->session()->selection.archivePath, m_archive);
    QCOMPARE(wizard->session()->selection.collection, QStringLiteral("orders"));
    auto *filterEdit = child<QLineEdit>(wizard, "surgicalFilterEdit");
    QVERIFY(filterEdit->isVisible());
    QCOMPARE(filterEdit->text(), filter);
    QVERIFY(!child<QListWidget>(wizard, "surgicalIdsList")->isVisible());
    QVERIFY(child<QRadioButton>(wizard, "insertMissingRadio")->isChecked());
    // A filter that cannot be used holds the wizard here.
    filterEdit->setText(QStringLiteral(R"({"customer": {"$where": "1"}})"));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(child<QLabel>(wizard, "surgicalFilterError")->text().contains(QLatin1String("$where")));
    filterEdit->setText(filter);

    const QMap<QByteArray, QByteArray> before = orders();
    goToPlan(wizard);
    const MergePlan &plan = *wizard->session()->plan;
    QCOMPARE(plan.selected, 37);
    QCOMPARE(plan.toInsert.size(), 37);
    QCOMPARE(plan.toReplace.size(), 0);
    QCOMPARE(plan.leftAlone(), Orders - 37);
    QCOMPARE(QSet<QByteArray>(plan.toInsert.keyBegin(), plan.toInsert.keyEnd()), QSet<QByteArray>(m_deleted.keyBegin(), m_deleted.keyEnd()));
    QCOMPARE(child<QLabel>(wizard, "surgicalPlanSummaryLabel")->text(), QStringLiteral("insert 37 missing, replace 0, leave 1,963 alone"));
    QCOMPARE(child<QLabel>(wizard, "surgicalPlanSummaryLabel")->text(), plan.summary());
    auto *affected = child<QTreeWidget>(wizard, "surgicalAffectedList");
    QCOMPARE(affected->topLevelItemCount(), 37);
    QCOMPARE(affected->topLevelItem(0)->text(0), QStringLiteral("7"));
    QCOMPARE(affected->topLevelItem(36)->text(0), QStringLiteral("1951"));
    QCOMPARE(orders(), before); // planning wrote nothing

    // Confirm: nothing existing changes, so no name to type.
    click(wizard->button(QWizard::NextButton));
    QCOMPARE(wizard->currentId(), int(SurgicalRestoreWizard::ConfirmPage));
    QVERIFY(!child<QLineEdit>(wizard, "surgicalConfirmNameEdit")->isVisible());
    click(wizard->button(QWizard::CommitButton));
    QCOMPARE(wizard->currentId(), int(SurgicalRestoreWizard::ProgressPage));
    QVERIFY(wizard->session()->job);
    QCOMPARE(wizard->session()->job->kind(), QStringLiteral("restore"));
    QVERIFY(!wizard->session()->job->cancelWarning().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(SurgicalRestoreWizard::ReportPage), Slow);

    // Exactly the 37 are back; the five updates and everything else are as they were.
    QMap<QByteArray, QByteArray> expected = before;
    expected.insert(m_deleted);
    QCOMPARE(orders(), expected);
    for (int id : Updated)
        QVERIFY(orders().value(keyOfInt(id)).contains("returned"));

    // The report: each document inserted and verified, exported as CSV; no safety snapshot.
    QVERIFY(wizard->session()->outcome && wizard->session()->outcome->ok());
    QVERIFY2(child<QLabel>(wizard, "surgicalOutcomeLabel")->text().contains(QLatin1String("succeeded")),
             qPrintable(child<QLabel>(wizard, "surgicalOutcomeLabel")->text()));
    MergedDocumentTableModel *model = wizard->reportPage()->model();
    QCOMPARE(model->rowCount(), 37);
    QSet<QString> reported;
    for (int r = 0; r < model->rowCount(); ++r) {
        QCOMPARE(model->index(r, MergedDocumentTableModel::ActionColumn).data().toString(), QStringLiteral("inserted"));
        QCOMPARE(model->index(r, MergedDocumentTableModel::StatusColumn).data().toString(), QStringLiteral("verified"));
        reported << model->index(r, MergedDocumentTableModel::IdColumn).data(MergedDocumentTableModel::CanonicalIdRole).toString();
        // Shown as relaxed Extended JSON, in numeric order: 7, 61, 115, ...
        QCOMPARE(model->index(r, MergedDocumentTableModel::IdColumn).data().toString(), QString::number(7 + 54 * r));
    }
    QSet<QString> deletedIds;
    for (const QByteArray &key : m_deleted.keys())
        deletedIds << QString::fromUtf8(DocumentId::toJson(key));
    QCOMPARE(reported, deletedIds);
    QCOMPARE(child<QLabel>(wizard, "surgicalSnapshotLabel")->text(), QStringLiteral("None was needed: no document was replaced."));
    const QString csv = m_dir.filePath(QStringLiteral("surgical.csv"));
    wizard->setCsvPathChooser([csv](const QString &) { return csv; });
    click(child<QAbstractButton>(wizard, "surgicalExportCsvButton"));
    const QList<QByteArray> lines = readFile(csv).trimmed().split('\n');
    QCOMPARE(lines.size(), 38);
    QVERIFY(lines.first().startsWith("collection,id,action,status"));
    for (const QByteArray &line : lines.mid(1))
        QVERIFY2(line.contains(",insert,ok"), line.constData());
    browser->close();
}

void TestSurgicalRestoreWizard::replaceSelectedDocumentsTakesASafetySnapshot()
{
    BackupBrowser *browser = browseOrders(QStringLiteral(R"({"_id": {"$in": [100, 200, 1000]}})"));
    QVERIFY(browser);
    QCOMPARE(browser->page().documents.size(), 3);
    child<QTableView>(browser, "documentTable")->selectAll();
    SurgicalRestoreWizard *wizard = restoreFrom(browser);
    QVERIFY(wizard);
    wizard->setAttribute(Qt::WA_DeleteOnClose, false);
    std::unique_ptr<SurgicalRestoreWizard> owned(wizard);

    // The selected rows' _ids, listed; Replace chosen.
    QCOMPARE(wizard->session()->selection.ids.size(), 3);
    QVERIFY(wizard->session()->selection.filterJson.isEmpty());
    QVERIFY(!child<QLineEdit>(wizard, "surgicalFilterEdit")->isVisible());
    auto *ids = child<QListWidget>(wizard, "surgicalIdsList");
    QCOMPARE(ids->count(), 3);
    QCOMPARE(ids->item(0)->text(), QStringLiteral("100"));
    click(child<QRadioButton>(wizard, "replaceRadio"));

    const QMap<QByteArray, QByteArray> before = orders();
    goToPlan(wizard);
    const MergePlan &plan = *wizard->session()->plan;
    QVERIFY(plan.mode == MergeMode::Replace);
    QCOMPARE(plan.toReplace.size(), 2); // 100 and 200 were updated since
    QCOMPARE(plan.identical, 1);        // 1000 was not
    QCOMPARE(plan.toInsert.size(), 0);
    QCOMPARE(child<QLabel>(wizard, "surgicalPlanSummaryLabel")->text(), QStringLiteral("insert 0 missing, replace 2, leave 1,998 alone"));

    // Confirm: documents get replaced, so the database's name is typed first.
    click(wizard->button(QWizard::NextButton));
    QCOMPARE(wizard->currentId(), int(SurgicalRestoreWizard::ConfirmPage));
    QAbstractButton *commit = wizard->button(QWizard::CommitButton);
    QVERIFY(!commit->isEnabled());
    QVERIFY(child<QAbstractButton>(wizard, "surgicalSafetySnapshotCheck")->isChecked());
    auto *name = child<QLineEdit>(wizard, "surgicalConfirmNameEdit");
    QVERIFY(name->isVisible());
    QTest::keyClicks(name, m_db.left(3));
    QVERIFY(!commit->isEnabled());
    name->setText(m_db);
    QVERIFY(commit->isEnabled());
    click(commit);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(SurgicalRestoreWizard::ReportPage), Slow);

    // 100 and 200 as backed up; the other updates stay; nothing else changed.
    QMap<QByteArray, QByteArray> expected = before;
    for (int id : {100, 200})
        expected.insert(keyOfInt(id), m_archived.value(keyOfInt(id)));
    QCOMPARE(orders(), expected);
    for (int id : {300, 400, 500})
        QVERIFY(orders().value(keyOfInt(id)).contains("returned"));

    // The report names the safety snapshot, which holds exactly the two replaced documents as they were.
    QVERIFY(wizard->session()->outcome && wizard->session()->outcome->ok());
    const MergeResult &result = wizard->session()->outcome->value();
    QCOMPARE(result.replaced, 2);
    QVERIFY(!result.safetySnapshotPath.isEmpty());
    QVERIFY(QFileInfo::exists(result.safetySnapshotPath));
    QVERIFY2(child<QLabel>(wizard, "surgicalSnapshotLabel")->text().contains(QDir::toNativeSeparators(result.safetySnapshotPath)),
             qPrintable(child<QLabel>(wizard, "surgicalSnapshotLabel")->text()));
    QCOMPARE(wizard->reportPage()->model()->rowCount(), 2);
    for (int r = 0; r < 2; ++r)
        QCOMPARE(wizard->reportPage()->model()->index(r, MergedDocumentTableModel::ActionColumn).data().toString(), QStringLiteral("replaced"));
    auto contents = ArchiveContents::open(result.safetySnapshotPath);
    QVERIFY2(contents.ok(), qPrintable(contents.ok() ? QString() : contents.error().toString()));
    auto reader = CollectionDocumentReader::open(std::make_shared<const ArchiveContents>(std::move(*contents)), QStringLiteral("orders"));
    QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : reader.error().toString()));
    QSet<QByteArray> saved;
    QVERIFY((*reader)->read(0, [&](const bson_t *doc, qint64) -> Result<bool> {
        saved << QByteArray(reinterpret_cast<const char *>(bson_get_data(doc)), qsizetype(doc->len));
        return true;
    }));
    QCOMPARE(saved, (QSet<QByteArray>{before.value(keyOfInt(100)), before.value(keyOfInt(200))}));
    browser->close();
}

// A long run (20,000 documents put back one insert at a time), cancelled from its progress
// page: the question first, then the writes stop where they are and the report says so.
void TestSurgicalRestoreWizard::cancelAsksThenStopsTheWrites()
{
    constexpr int Events = 20000;
    const QString db = TestServer::uniqueDatabase(QStringLiteral("gui_surgical_cancel"));
    QList<QByteArray> events;
    for (int i = 0; i < Events; ++i)
        events << QStringLiteral(R"({"_id": %1, "kind": "click"})").arg(i).toUtf8();
    m_server->insertJson(db, QStringLiteral("events"), events);
    BackupRequest backup;
    backup.mongoUri = m_server->uriString();
    backup.database = db;
    backup.outDir = m_dir.filePath(QStringLiteral("cancel"));
    backup.name = QStringLiteral("events");
    auto made = BackupEngine().run(backup);
    QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
    m_server->drop(db);
    m_server->createCollection(db, QStringLiteral("events"));

    SurgicalRestoreWizard wizard(m_workspace.get(), SurgicalRestoreRequest{made->archivePath, {}, QStringLiteral("events"), QStringLiteral("{}"), {}});
    wizard.session()->batchSize = 1;
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), Slow);
    click(next);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.targetPage()->databasesLoaded(), Slow);
    child<QLineEdit>(&wizard, "targetDbEdit")->setText(db);
    QTRY_VERIFY(next->isEnabled());
    click(next);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.session()->plan.has_value() && next->isEnabled(), Slow);
    QCOMPARE(wizard.session()->plan->toInsert.size(), Events);
    click(next);
    click(wizard.button(QWizard::CommitButton));
    QCOMPARE(wizard.currentId(), int(SurgicalRestoreWizard::ProgressPage));
    QTRY_VERIFY_WITH_TIMEOUT(m_server->count(db, QStringLiteral("events")) > 0, Slow);
    // Progress as good as the restore's (issue 14.6): written of planned, the rates, the time left.
    auto *stats = child<QLabel>(&wizard, "surgicalStatsLabel");
    QTRY_VERIFY2_WITH_TIMEOUT(stats->text().contains(QStringLiteral("documents/s")) && stats->text().contains(QStringLiteral(" left")),
                              qPrintable(stats->text()), Slow);
    QVERIFY2(stats->text().contains(QStringLiteral(" of %1 documents written").arg(QLocale().toString(Events))), qPrintable(stats->text()));
    QVERIFY2(stats->text().contains(QStringLiteral("/s · ")), qPrintable(stats->text())); // bytes/s beside documents/s
    auto *bar = child<QProgressBar>(&wizard, "surgicalBusyBar");
    QCOMPARE(bar->maximum(), JobProgressBar::Steps);
    QVERIFY(bar->value() > 0 && bar->value() < JobProgressBar::Steps);

    click(child<QAbstractButton>(&wizard, "cancelSurgicalButton"));
    QMessageBox *question = wizard.progressPage()->pendingCancelConfirmation();
    QVERIFY(question);
    QTRY_VERIFY(question->isVisible());
    QVERIFY2(question->informativeText().contains(QLatin1String("stay")), qPrintable(question->informativeText()));
    QAbstractButton *yes = nullptr;
    for (QAbstractButton *b : question->buttons())
        yes = question->buttonRole(b) == QMessageBox::DestructiveRole ? b : yes;
    QVERIFY(yes);
    yes->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SurgicalRestoreWizard::ReportPage), Slow);
    QVERIFY(wizard.session()->outcome && !wizard.session()->outcome->ok());
    QCOMPARE(wizard.session()->outcome->error().code, ErrorCode::Cancelled);
    const qint64 left = m_server->count(db, QStringLiteral("events"));
    qInfo("cancelled after %lld of %d documents", left, Events);
    QVERIFY(left > 0 && left < Events);
    QVERIFY2(child<QLabel>(&wizard, "surgicalOutcomeLabel")->text().contains(QLatin1String("cancelled")),
             qPrintable(child<QLabel>(&wizard, "surgicalOutcomeLabel")->text()));
    // The report lists what the cancel left (issue 14.2, as for a whole restore): every document
    // written before the stop, not read back, and exports them.
    QVERIFY(wizard.session()->stopped);
    QCOMPARE(wizard.session()->stopped->inserted, left);
    auto *report = child<QTableView>(&wizard, "surgicalReportTable");
    QCOMPARE(report->model()->rowCount(), int(left));
    QCOMPARE(report->model()->index(0, MergedDocumentTableModel::StatusColumn).data().toString(),
             QStringLiteral("written, not read back (the restore stopped)"));
    QVERIFY2(child<QLabel>(&wizard, "surgicalOutcomeLabel")->text().contains(QStringLiteral("listed below, not verified")),
             qPrintable(child<QLabel>(&wizard, "surgicalOutcomeLabel")->text()));
    QVERIFY(child<QPushButton>(&wizard, "surgicalExportCsvButton")->isEnabled());
    const QString csv = m_dir.filePath(QStringLiteral("cancelled.csv"));
    QVERIFY(wizard.reportPage()->exportCsv(csv));
    QFile written(csv);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = written.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + int(left));
    QVERIFY2(lines.at(1).trimmed().endsWith("insert,unverified"), lines.at(1).constData());
    m_server->drop(db);
}

QTEST_MAIN(TestSurgicalRestoreWizard)
#include "TestSurgicalRestoreWizard.moc"
