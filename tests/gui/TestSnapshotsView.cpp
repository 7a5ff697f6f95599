// The Snapshots view against the real test server and real snapshots: three taken by the
// engine (SnapshotStore) list with the columns of `snapshot list` and their details; one is
// taken through the Create snapshot dialog (name proposed and checked as it is typed); a clone
// to verify ends with an all-ok report and the catalog's "ok"; Roll back to this… walks the
// restore wizard back to the snapshot; Delete asks first and is refused while a job or a lock
// holds the snapshot; Prune shows what its policy would delete and then deletes exactly that.
#include "app/snapshots/CloneSnapshotDialog.h"
#include "app/snapshots/CreateSnapshotDialog.h"
#include "core/mongo/DatabaseCatalog.h"
#include "app/widgets/DatabasePicker.h"
#include "app/jobs/Job.h"
#include "app/jobs/JobsPanel.h"
#include "app/jobs/JobManager.h"
#include "app/window/MainWindow.h"
#include "app/snapshots/PruneDialog.h"
#include "app/widgets/ReportDialog.h"
#include "app/restore/RestoreTargetPage.h"
#include "app/restore/RestoreWizard.h"
#include "app/safechange/SafeChangeAssistant.h"
#include "core/snapshot/SnapshotLock.h"
#include "core/snapshot/SnapshotStore.h"
#include "app/snapshots/SnapshotTableModel.h"
#include "app/snapshots/SnapshotsView.h"
#include "TestBson.h"
#include "TestServer.h"
#include "TestWidgets.h"
#include "app/widgets/VerificationTableModel.h"
#include "app/window/Workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

#include <memory>

using namespace lifeboat;
using namespace lifeboat::app;
using lifeboat::test::child;
using lifeboat::test::TestServer;

namespace {

constexpr int kSlowMs = 120000; // a snapshot, clone or restore on a busy machine

// The tutorial's v1.0 catalog: 5 products with 4 fields.
const QList<QByteArray> kProducts{
    R"({"_id": {"$numberLong": "1"}, "name": "Gaming Laptop", "price": {"$numberInt": "1500"}, "stock": {"$numberInt": "20"}})",
    R"({"_id": {"$numberLong": "2"}, "name": "Wireless Mouse", "price": {"$numberInt": "30"}, "stock": {"$numberInt": "150"}})",
    R"({"_id": {"$numberLong": "3"}, "name": "Mechanical Keyboard", "price": {"$numberInt": "120"}, "stock": {"$numberInt": "80"}})",
    R"({"_id": {"$numberLong": "4"}, "name": "4K Monitor", "price": {"$numberInt": "400"}, "stock": {"$numberInt": "45"}})",
    R"({"_id": {"$numberLong": "5"}, "name": "USB-C Hub", "price": {"$numberInt": "50"}, "stock": {"$numberInt": "200"}})",
};


// Job work that keeps its snapshot in use until `release` is released (or the job cancelled).
Job::Work holdUntil(const std::shared_ptr<QSemaphore> &release)
{
    return [release](ProgressSink &, const CancelToken &cancel) -> Result<QString> {
        while (!release->tryAcquire(1, 20)) {
            if (cancel.isCancelled())
                return Error(ErrorCode::Cancelled, QStringLiteral("cancelled"));
        }
        return QStringLiteral("done");
    };
}

} // namespace

class TestSnapshotsView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listsSnapshotsWithTheirColumns();
    void detailsShowWhatTheSnapshotIs();
    void createThroughTheDialog();
    void cloneToVerifyShowsAnOkReport();
    void rollBackThroughTheRestoreWizard();
    void deleteAsksAndIsRefusedWhileInUse();
    void pruneShowsWhatItDeletesThenDeletesExactlyThat();
    void sitsInTheMainWindow();

private:
    SnapshotEntry take(const QString &name, const QString &purpose, const QDateTime &deleteAfter = {}, const QString &database = {});
    void waitListed();
    QString cell(const QString &name, int column) const;
    void select(const QString &name);
    QAbstractButton *button(const char *name) const;
    QMap<QString, QList<QByteArray>> state(const QString &db);
    void drop(const QString &db);

    std::unique_ptr<TestServer> m_server;
    QString m_db;
    QStringList m_dropLater;
    QTemporaryDir m_dir;
    QString m_folder;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SnapshotsView> m_view;
    SnapshotEntry m_daily;   // purpose daily, past its delete-after date
    SnapshotEntry m_upgrade; // purpose pre_upgrade, versions, tags, description
};

SnapshotEntry TestSnapshotsView::take(const QString &name, const QString &purpose, const QDateTime &deleteAfter, const QString &database)
{
    SnapshotCreateRequest request;
    request.mongoUri = m_server->uriString();
    request.database = database.isEmpty() ? m_db : database;
    request.info.name = name;
    request.info.purpose = purpose;
    request.info.deleteAfter = deleteAfter;
    request.info.createdBy = QStringLiteral("gui_test");
    if (purpose == QLatin1String("pre_upgrade")) {
        request.info.versionBefore = QStringLiteral("1.0");
        request.info.versionTarget = QStringLiteral("2.0");
        request.info.description = QStringLiteral("Before the v2.0 upgrade: categories, ratings, reviews");
        request.info.tags = QStringList{QStringLiteral("upgrade"), QStringLiteral("ticket-42")};
    }
    auto made = SnapshotStore(m_folder).create(request);
    if (!made)
        qFatal("snapshot %s: %s", qPrintable(name), qPrintable(made.error().toString()));
    return made->entry;
}

void TestSnapshotsView::initTestCase()
{
    QVERIFY2(!TestServer::uri().isEmpty(), qPrintable(TestServer::whyUnavailable()));
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<TestServer>();
    m_db = TestServer::uniqueDatabase(QStringLiteral("gui_snapshots"));
    m_dropLater << m_db;
    m_server->insertJson(m_db, QStringLiteral("products"), kProducts);
    m_server->insertJson(m_db, QStringLiteral("orders"), {R"({"_id": 1, "product": {"$numberLong": "1"}})", R"({"_id": 2, "product": {"$numberLong": "2"}})"});
    m_folder = m_dir.filePath(QStringLiteral("snapshots"));

    m_daily = take(QStringLiteral("daily_20260101_020000"), QStringLiteral("daily"), QDateTime::currentDateTimeUtc().addDays(-1));
    m_upgrade = take(QStringLiteral("pre_upgrade_v1.0_20260102_120000"), QStringLiteral("pre_upgrade"));

    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("lifeboat.ini")), QSettings::IniFormat);
    m_workspace = std::make_unique<Workspace>(m_settings.get());
    m_workspace->setBackupFolder(m_dir.filePath(QStringLiteral("backups")));
    QCOMPARE(m_workspace->snapshotFolder(), QDir(m_dir.filePath(QStringLiteral("backups"))).filePath(QStringLiteral("snapshots")));
    m_workspace->setSnapshotFolder(m_folder);
    QCOMPARE(m_workspace->snapshotFolder(), m_folder);
    profiles::ConnectionProfile profile;
    profile.name = QStringLiteral("Test server");
    profile.connectionString = m_server->uriString();
    profile.defaultDatabase = m_db;
    auto added = m_workspace->profiles()->add(profile);
    QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().toString()));
    m_workspace->setCurrentProfileId(added->id);

    m_view = std::make_unique<SnapshotsView>(m_workspace.get());
    m_view->resize(1200, 760);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    waitListed();
}

void TestSnapshotsView::cleanupTestCase()
{
    m_view.reset();
    if (m_workspace)
        m_workspace->jobs()->cancelAllAndWait();
    m_workspace.reset();
    if (m_server) {
        for (const QString &db : std::as_const(m_dropLater))
            m_server->drop(db);
    }
}

void TestSnapshotsView::waitListed()
{
    QSignalSpy loaded(m_view.get(), &SnapshotsView::loaded);
    m_view->refresh();
    QVERIFY(loaded.wait(30000));
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), 30000);
}

QString TestSnapshotsView::cell(const QString &name, int column) const
{
    SnapshotTableModel *model = m_view->model();
    const int row = model->rowOf(name);
    return row < 0 ? QStringLiteral("<no row>") : model->index(row, column).data().toString();
}

void TestSnapshotsView::select(const QString &name)
{
    // Through the table the user clicks.
    auto *table = child<QTableView>(m_view.get(), "snapshotTable");
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, SnapshotTableModel::Name);
        if (index.data(SnapshotTableModel::NameRole).toString() == name) {
            table->scrollTo(index);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
            QCOMPARE(m_view->selectedName(), name);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no row for ") + name));
}

QAbstractButton *TestSnapshotsView::button(const char *name) const
{
    return child<QAbstractButton>(m_view.get(), name);
}

QMap<QString, QList<QByteArray>> TestSnapshotsView::state(const QString &db)
{
    QMap<QString, QList<QByteArray>> out;
    auto client = m_server->pool().acquire();
    auto collections = DatabaseCatalog::collections(client, db);
    if (!collections)
        qFatal("%s", qPrintable(collections.error().message));
    for (const auto &c : *collections) {
        if (!c.isSystem())
            out.insert(c.name, m_server->documents(db, c.name));
    }
    return out;
}

void TestSnapshotsView::listsSnapshotsWithTheirColumns()
{
    SnapshotTableModel *model = m_view->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(QDir::fromNativeSeparators(child<QLineEdit>(m_view.get(), "snapshotFolderEdit")->text()), m_folder);
    // The columns of `lifeboat-cli snapshot list`.
    QStringList headers;
    for (int c = 0; c < model->columnCount(); ++c)
        headers << model->headerData(c, Qt::Horizontal).toString();
    QCOMPARE(headers, (QStringList{QStringLiteral("Name"), QStringLiteral("Created"), QStringLiteral("Level"), QStringLiteral("Database"),
                                   QStringLiteral("Collections"), QStringLiteral("Documents"), QStringLiteral("Size"), QStringLiteral("Purpose"),
                                   QStringLiteral("Verified")}));
    const QString name = m_upgrade.name;
    QCOMPARE(cell(name, SnapshotTableModel::Level), QStringLiteral("database"));
    QCOMPARE(cell(name, SnapshotTableModel::Database), m_db);
    QCOMPARE(cell(name, SnapshotTableModel::Collections), QLocale().toString(2));
    QCOMPARE(cell(name, SnapshotTableModel::Documents), QLocale().toString(7));
    QCOMPARE(cell(name, SnapshotTableModel::Purpose), QStringLiteral("pre_upgrade"));
    QCOMPARE(cell(name, SnapshotTableModel::Verified), QStringLiteral("never"));
    QVERIFY(!cell(name, SnapshotTableModel::Size).isEmpty());
    QCOMPARE(cell(m_daily.name, SnapshotTableModel::Purpose), QStringLiteral("daily"));

    // Newest first, as the table shows them.
    auto *table = child<QTableView>(m_view.get(), "snapshotTable");
    QCOMPARE(table->model()->index(0, 0).data(SnapshotTableModel::NameRole).toString(), m_upgrade.name);
    QCOMPARE(table->model()->index(1, 0).data(SnapshotTableModel::NameRole).toString(), m_daily.name);

    // Nothing selected: only Create and Prune.
    QVERIFY(button("createSnapshotButton")->isEnabled());
    QVERIFY(button("pruneButton")->isEnabled());
    QVERIFY(!button("cloneSnapshotButton")->isEnabled());
    QVERIFY(!button("rollbackSnapshotButton")->isEnabled());
    QVERIFY(!button("deleteSnapshotButton")->isEnabled());
}

void TestSnapshotsView::detailsShowWhatTheSnapshotIs()
{
    select(m_upgrade.name);
    QVERIFY(button("cloneSnapshotButton")->isEnabled());
    QVERIFY(button("rollbackSnapshotButton")->isEnabled());
    QVERIFY(button("deleteSnapshotButton")->isEnabled());
    const QString details = child<QTextBrowser>(m_view.get(), "snapshotDetails")->toPlainText();
    for (const QString &expected : {QStringLiteral("Before the v2.0 upgrade: categories, ratings, reviews"), QStringLiteral("1.0 → 2.0"),
                                    QStringLiteral("upgrade, ticket-42"), QStringLiteral("gui_test"), QStringLiteral("kept until deleted"),
                                    QStringLiteral("pre_upgrade"), QStringLiteral("products"), QStringLiteral("orders"), m_db})
        QVERIFY2(details.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + details));
    // Per collection, its documents from the manifest.
    QVERIFY2(details.contains(QRegularExpression(QStringLiteral("products\\s+collection\\s+5"))), qPrintable(details));

    select(m_daily.name);
    const QString daily = m_view->detailsText();
    QVERIFY2(daily.contains(QStringLiteral("passed: Prune deletes it")), qPrintable(daily));
    QVERIFY2(daily.contains(QStringLiteral("(none)")), qPrintable(daily)); // no versions, no tags
}

void TestSnapshotsView::createThroughTheDialog()
{
    button("createSnapshotButton")->click();
    QPointer<CreateSnapshotDialog> dialog = m_view->createDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->objectName(), QStringLiteral("createSnapshotDialog"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->picker()->databasesLoaded(), kSlowMs);
    QCOMPARE(child<QComboBox>(dialog, "databaseCombo")->currentText(), m_db); // the profile's default database
    auto *create = child<QPushButton>(dialog, "createButton");

    // The name follows purpose and version, in the tutorial's convention, until one is typed.
    QTest::keyClicks(child<QLineEdit>(dialog, "purposeEdit"), QStringLiteral("pre_import"));
    QTest::keyClicks(child<QLineEdit>(dialog, "versionBeforeEdit"), QStringLiteral("3.1"));
    auto *name = child<QLineEdit>(dialog, "nameEdit");
    QVERIFY2(QRegularExpression(QStringLiteral("^pre_import_v3\\.1_\\d{8}_\\d{6}$")).match(name->text()).hasMatch(), qPrintable(name->text()));
    QTRY_VERIFY(create->isEnabled());

    // Checked as it is typed: taken, unsafe, empty.
    auto *nameStatus = child<QLabel>(dialog, "nameStatusLabel");
    name->setText(m_daily.name);
    QVERIFY2(nameStatus->text().contains(QStringLiteral("already exists")), qPrintable(nameStatus->text()));
    QVERIFY2(nameStatus->text().startsWith(QStringLiteral("A snapshot named")), qPrintable(nameStatus->text())); // a sentence
    QVERIFY(!create->isEnabled());
    name->setText(QStringLiteral("../escape"));
    QVERIFY(!create->isEnabled());
    QVERIFY(!nameStatus->text().isEmpty());
    name->clear();
    QVERIFY(!create->isEnabled());
    QCOMPARE(nameStatus->text(), QStringLiteral("A snapshot needs a name."));
    QTest::keyClicks(name, QStringLiteral("products_before_import"));
    QVERIFY2(nameStatus->text().contains(QStringLiteral("free")), qPrintable(nameStatus->text()));
    // A typed name stays when the purpose changes.
    QTest::keyClicks(child<QLineEdit>(dialog, "versionTargetEdit"), QStringLiteral("3.2"));
    QCOMPARE(name->text(), QStringLiteral("products_before_import"));

    // Level "collections": only the ticked ones.
    auto *level = child<QComboBox>(dialog, "levelCombo");
    level->setCurrentIndex(level->findData(int(SnapshotLevel::Collection)));
    auto *collections = child<QListWidget>(dialog, "collectionsList");
    QVERIFY(collections->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(collections->count(), 2, kSlowMs);
    QVERIFY(!create->isEnabled()); // nothing ticked yet
    const QList<QListWidgetItem *> products = collections->findItems(QStringLiteral("products"), Qt::MatchExactly);
    QCOMPARE(products.size(), 1);
    products.first()->setCheckState(Qt::Checked);
    QVERIFY(create->isEnabled());
    child<QPlainTextEdit>(dialog, "descriptionEdit")->setPlainText(QStringLiteral("Before the nightly import"));
    QTest::keyClicks(child<QLineEdit>(dialog, "tagsEdit"), QStringLiteral("import, nightly"));
    child<QCheckBox>(dialog, "deleteAfterCheck")->setChecked(true);
    child<QDateEdit>(dialog, "deleteAfterEdit")->setDate(QDate(2031, 3, 31));

    QSignalSpy created(dialog.data(), &CreateSnapshotDialog::snapshotCreated);
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(dialog->job());
    QCOMPARE(dialog->job()->kind(), QStringLiteral("snapshot"));
    QVERIFY(created.wait(kSlowMs));
    QCOMPARE(created.first().first().toString(), QStringLiteral("products_before_import"));
    QCOMPARE(dialog->job()->state(), Job::State::Succeeded);
    QVERIFY2(child<QLabel>(dialog, "createStatusLabel")->text().contains(QStringLiteral("created and verified")),
             qPrintable(child<QLabel>(dialog, "createStatusLabel")->text()));
    // Closed, its job's row brings it back with the outcome (issue 14.6).
    QCOMPARE(dialog->job()->window(), dialog.data());
    dialog->close();
    QVERIFY(dialog && !dialog->isVisible());
    QVERIFY(JobsPanel(m_workspace->jobs()).openJob(dialog->job()));
    QVERIFY(dialog->isVisible());

    // Listed (and selected) with what was asked for; the manifest holds all of it.
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->rowOf(QStringLiteral("products_before_import")) >= 0, 30000);
    QTRY_COMPARE(m_view->selectedName(), QStringLiteral("products_before_import"));
    QCOMPARE(cell(QStringLiteral("products_before_import"), SnapshotTableModel::Level), QStringLiteral("collection"));
    QCOMPARE(cell(QStringLiteral("products_before_import"), SnapshotTableModel::Collections), QLocale().toString(1));
    QCOMPARE(cell(QStringLiteral("products_before_import"), SnapshotTableModel::Documents), QLocale().toString(5));
    QCOMPARE(cell(QStringLiteral("products_before_import"), SnapshotTableModel::Purpose), QStringLiteral("pre_import"));
    // Read back whole when it was written: verified, with when and how (issue 14.4).
    QTRY_COMPARE(cell(QStringLiteral("products_before_import"), SnapshotTableModel::Verified), QStringLiteral("ok"));
    {
        const int row = m_view->model()->rowOf(QStringLiteral("products_before_import"));
        const QString tip = m_view->model()->index(row, SnapshotTableModel::Verified).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("read back")), qPrintable(tip));
    }
    const SnapshotEntry *e = m_view->model()->entry(QStringLiteral("products_before_import"));
    QVERIFY(e);
    QCOMPARE(e->collections, QStringList{QStringLiteral("products")});
    QCOMPARE(e->info.versionBefore, QStringLiteral("3.1"));
    QCOMPARE(e->info.versionTarget, QStringLiteral("3.2"));
    QCOMPARE(e->info.description, QStringLiteral("Before the nightly import"));
    QCOMPARE(e->info.tags, (QStringList{QStringLiteral("import"), QStringLiteral("nightly")}));
    QCOMPARE(e->info.deleteAfter, QDate(2031, 4, 1).startOfDay().toUTC()); // once 2031-03-31 is over
    QVERIFY(QFileInfo::exists(QDir(m_folder).filePath(QStringLiteral("products_before_import.tar.gz"))));
    // Closed, it is kept for its job's row; Create snapshot… opens a new one meanwhile.
    dialog->close();
    QVERIFY(dialog && !dialog->isVisible());
    m_view->createSnapshot();
    QPointer<CreateSnapshotDialog> next = m_view->createDialog();
    QVERIFY(next && next != dialog && next->isVisible());
    next->close();
    QTRY_VERIFY(!next); // no job: gone when closed
}

void TestSnapshotsView::cloneToVerifyShowsAnOkReport()
{
    select(m_upgrade.name);
    button("cloneSnapshotButton")->click();
    QPointer<CloneSnapshotDialog> dialog = m_view->cloneDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->picker()->databasesLoaded(), kSlowMs);
    auto *clone = child<QPushButton>(dialog, "cloneButton");

    // The defaults: <db>_verify_<time>, or <db>_green for blue-green.
    QVERIFY2(QRegularExpression(QStringLiteral("^") + QRegularExpression::escape(m_db) + QStringLiteral("_verify_\\d{8}_\\d{6}$"))
                 .match(dialog->targetDatabase()).hasMatch(),
             qPrintable(dialog->targetDatabase()));
    QVERIFY(clone->isEnabled());
    child<QPushButton>(dialog, "greenNameButton")->click();
    QCOMPARE(dialog->targetDatabase(), m_db + QStringLiteral("_green"));
    // Never over an existing database (here: the snapshot's own).
    child<QComboBox>(dialog, "databaseCombo")->setCurrentText(m_db);
    QVERIFY(!clone->isEnabled());
    QCOMPARE(child<QLabel>(dialog, "targetStatusLabel")->text(),
             QStringLiteral("%1 already exists: a clone goes into a new database.").arg(m_db));
    child<QPushButton>(dialog, "verifyNameButton")->click();
    const QString target = dialog->targetDatabase();
    QVERIFY(target.contains(QStringLiteral("_verify_")));
    m_dropLater << target;
    QVERIFY(clone->isEnabled());
    QVERIFY(!child<QLabel>(dialog, "productionBanner")->isVisible()); // a development profile

    QSignalSpy shown(m_view.get(), &SnapshotsView::cloneReportShown);
    QTest::mouseClick(clone, Qt::LeftButton);
    QVERIFY(dialog->job());
    QVERIFY(m_workspace->jobs()->isInUse(m_upgrade.path));
    QVERIFY(shown.wait(kSlowMs));
    QCOMPARE(dialog->job()->state(), Job::State::Succeeded);
    QCOMPARE(dialog->job()->window(), dialog.data());

    // The report: both collections, every one ok, through the shared report dialog.
    QPointer<ReportDialog> report = m_view->lastReport();
    QVERIFY(report);
    QCOMPARE(shown.first().first().value<ReportDialog *>(), report.data());
    QVERIFY(report->report().allOk());
    QCOMPARE(report->model()->rowCount(), 2);
    for (int r = 0; r < report->model()->rowCount(); ++r)
        QCOMPARE(report->model()->index(r, 0).data(VerificationTableModel::StatusRole).toString(), QStringLiteral("ok"));
    QCOMPARE(state(target), state(m_db));
    QVERIFY2(m_view->statusText().contains(QStringLiteral("matches the snapshot")), qPrintable(m_view->statusText()));

    // The catalog remembers: verified ok.
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->entry(m_upgrade.name)->verification, SnapshotVerification::Ok, 30000);
    QCOMPARE(cell(m_upgrade.name, SnapshotTableModel::Verified), QStringLiteral("ok"));
    const QString note = m_view->model()->index(m_view->model()->rowOf(m_upgrade.name), SnapshotTableModel::Verified).data(Qt::ToolTipRole).toString();
    QVERIFY2(note.contains(target), qPrintable(note)); // "clone into <target>: ..." 
    report->close();
    dialog->close();
}

void TestSnapshotsView::rollBackThroughTheRestoreWizard()
{
    // Since the snapshot: a product gone, an extra collection.
    const auto before = state(m_db);
    {
        auto client = m_server->pool().acquire();
        const BsonDocument del = test::decode(R"({"delete": "products", "deletes": [{"q": {"_id": {"$numberLong": "5"}}, "limit": 1}]})");
        QVERIFY(client.command(m_db, del.get()).ok());
    }
    m_server->insertJson(m_db, QStringLiteral("extra"), {R"({"_id": 1})"});
    QVERIFY(state(m_db) != before);

    select(m_upgrade.name);
    button("rollbackSnapshotButton")->click();
    QPointer<RestoreWizard> wizard = m_view->rollbackWizard();
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    QCOMPARE(child<QLineEdit>(wizard, "archiveEdit")->text(), m_upgrade.path);
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), kSlowMs);
    QTest::mouseClick(next, Qt::LeftButton);
    // The profile's database, which is the snapshot's.
    QTRY_VERIFY_WITH_TIMEOUT(wizard->targetPage()->databasesLoaded(), kSlowMs);
    QCOMPARE(child<QLineEdit>(wizard, "targetDbEdit")->text(), m_db);
    QTRY_VERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QVERIFY(child<QCheckBox>(wizard, "replaceExistingCheck")->isChecked());
    QTest::mouseClick(next, Qt::LeftButton);
    // The plan: nothing written yet.
    QCOMPARE(wizard->currentId(), int(RestoreWizard::PreviewPage));
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), kSlowMs);
    QCOMPARE(child<QTableWidget>(wizard, "dropTable")->rowCount(), 1);
    QCOMPARE(child<QTableWidget>(wizard, "dropTable")->item(0, 0)->text(), QStringLiteral("extra"));
    QVERIFY(state(m_db) != before);
    QTest::mouseClick(next, Qt::LeftButton);
    // Typed confirmation.
    QAbstractButton *restore = wizard->button(QWizard::CommitButton);
    QVERIFY(!restore->isEnabled());
    QTest::keyClicks(child<QLineEdit>(wizard, "confirmNameEdit"), m_db);
    QVERIFY(restore->isEnabled());
    QTest::mouseClick(restore, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(RestoreWizard::ReportPage), kSlowMs);
    QVERIFY(wizard->session()->outcome && wizard->session()->outcome->ok());
    QVERIFY((*wizard->session()->outcome)->succeeded());
    QCOMPARE(state(m_db), before);

    // Its safety snapshot went into the snapshot folder and is listed there.
    const QString safety = (*wizard->session()->outcome)->safetySnapshotPath;
    QCOMPARE(QFileInfo(safety).absolutePath(), QFileInfo(m_folder).absoluteFilePath());
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->rowOf(QFileInfo(safety).fileName().section(QStringLiteral(".tar"), 0, 0)) >= 0, 30000);
    wizard->close();
}

void TestSnapshotsView::deleteAsksAndIsRefusedWhileInUse()
{
    const SnapshotEntry doomed = take(QStringLiteral("to_delete"), QStringLiteral("scratch"));
    waitListed();
    QVERIFY(m_view->model()->rowOf(doomed.name) >= 0);

    // A running job of this app uses it: refused, no question asked.
    auto release = std::make_shared<QSemaphore>();
    Job *job = m_workspace->jobs()->start(QStringLiteral("restore"), QStringLiteral("holds the snapshot"), holdUntil(release), {doomed.path});
    select(doomed.name);
    button("deleteSnapshotButton")->click();
    QVERIFY(!m_view->pendingConfirmation());
    QVERIFY2(m_view->statusText().contains(QStringLiteral("a running job is using it")), qPrintable(m_view->statusText()));
    release->release();
    QTRY_VERIFY(!job->isRunning());

    // Another process holds its lock (as lifeboat-cli does while it restores): refused too.
    {
        auto lock = SnapshotLock::acquire(doomed.path, SnapshotLock::Mode::Shared);
        QVERIFY(lock.ok());
        waitListed();
        select(doomed.name);
        button("deleteSnapshotButton")->click();
        QVERIFY(!m_view->pendingConfirmation());
        QVERIFY(m_view->statusText().contains(QStringLiteral("a running job is using it")));
        QVERIFY(QFileInfo::exists(doomed.path));
    }

    // A backup writing into a folder around the snapshot folder only adds an archive there:
    // no reason to refuse. Cancel keeps the snapshot.
    Job *backup = m_workspace->jobs()->start(QStringLiteral("backup"), QStringLiteral("writes beside the snapshots"), holdUntil(release),
                                             {m_dir.path()});
    QVERIFY(m_workspace->jobs()->isInUse(doomed.path));
    waitListed();
    select(doomed.name);
    button("deleteSnapshotButton")->click();
    QPointer<QMessageBox> box = m_view->pendingConfirmation();
    QVERIFY2(box, qPrintable(m_view->statusText()));
    release->release();
    QTRY_VERIFY(!backup->isRunning());
    QVERIFY(box->text().contains(doomed.name));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!box);
    QVERIFY(QFileInfo::exists(doomed.path));

    // Delete removes the archive and its row.
    button("deleteSnapshotButton")->click();
    box = m_view->pendingConfirmation();
    QVERIFY(box);
    QSignalSpy deleted(m_view.get(), &SnapshotsView::deleteFinished);
    box->button(QMessageBox::Yes)->click();
    QVERIFY(deleted.wait(30000));
    QCOMPARE(deleted.first().at(0).toString(), doomed.name);
    QCOMPARE(deleted.first().at(1).toString(), QString());
    QVERIFY(!QFileInfo::exists(doomed.path));
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->rowOf(doomed.name) < 0, 30000);
    QVERIFY(m_view->statusText().contains(QStringLiteral("Deleted snapshot to_delete")));
}

void TestSnapshotsView::pruneShowsWhatItDeletesThenDeletesExactlyThat()
{
    // Two more past their delete-after date, one that is not, one a job holds.
    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const SnapshotEntry expiredBusy = take(QStringLiteral("expired_busy"), QStringLiteral("nightly"), past);
    const SnapshotEntry expiredA = take(QStringLiteral("expired_a"), QStringLiteral("nightly"), past);
    const SnapshotEntry expiredB = take(QStringLiteral("expired_b"), QStringLiteral("nightly"), past);
    const SnapshotEntry fresh = take(QStringLiteral("fresh"), QStringLiteral("nightly"), QDateTime::currentDateTimeUtc().addDays(30));
    waitListed();
    auto release = std::make_shared<QSemaphore>();
    Job *job = m_workspace->jobs()->start(QStringLiteral("restore"), QStringLiteral("holds a snapshot"), holdUntil(release), {expiredBusy.path});
    const QStringList filesBefore = QDir(m_folder).entryList(QDir::Files);

    button("pruneButton")->click();
    QPointer<PruneDialog> dialog = m_view->pruneDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(child<QCheckBox>(dialog, "pastDeleteAfterCheck")->isChecked());
    // Past their delete-after date: the daily one and the two expired ones; the busy one is kept.
    QStringList expected{expiredA.name, expiredB.name, m_daily.name};
    expected.sort();
    auto sortedToDelete = [&dialog] {
        QStringList names = dialog->toDelete();
        names.sort();
        return names;
    };
    QCOMPARE(sortedToDelete(), expected);
    auto *table = child<QTableWidget>(dialog, "pruneTable");
    QCOMPARE(table->rowCount(), m_view->model()->rowCount());
    QString busyReason;
    for (int r = 0; r < table->rowCount(); ++r) {
        const QString name = table->item(r, 0)->text();
        const QString action = table->item(r, 5)->text();
        QCOMPARE(action, expected.contains(name) ? QStringLiteral("delete") : QStringLiteral("keep"));
        if (name == expiredBusy.name)
            busyReason = table->item(r, 6)->text();
    }
    QVERIFY2(busyReason.contains(QStringLiteral("running job")), qPrintable(busyReason));
    const QString summary = child<QLabel>(dialog, "pruneSummaryLabel")->text();
    for (const QString &name : std::as_const(expected))
        QVERIFY2(summary.contains(name), qPrintable(summary));
    QCOMPARE(QDir(m_folder).entryList(QDir::Files), filesBefore); // nothing deleted by showing

    // The policy's fields change the list: older than 0s, keep the newest 3 -> all but three.
    child<QCheckBox>(dialog, "olderThanCheck")->setChecked(true);
    auto *olderThan = child<QLineEdit>(dialog, "olderThanEdit");
    olderThan->setText(QStringLiteral("7x"));
    QVERIFY(!child<QPushButton>(dialog, "pruneDeleteButton")->isEnabled());
    olderThan->setText(QStringLiteral("60000w"));
    QVERIFY2(child<QLabel>(dialog, "olderThanStatusLabel")->text().startsWith(QStringLiteral("The duration '60000w' is too long")),
             qPrintable(child<QLabel>(dialog, "olderThanStatusLabel")->text()));
    olderThan->setText(QStringLiteral("0s"));
    child<QSpinBox>(dialog, "keepLastSpin")->setValue(3);
    int newest = 0;
    for (int r = 0; r < table->rowCount(); ++r) {
        const QString name = table->item(r, 0)->text();
        const QString reason = table->item(r, 6)->text();
        if (reason.contains(QStringLiteral("newest 3")))
            ++newest;
        const bool keep = reason.contains(QStringLiteral("newest 3")) || name == expiredBusy.name;
        QCOMPARE(table->item(r, 5)->text(), keep ? QStringLiteral("keep") : QStringLiteral("delete"));
        QCOMPARE(dialog->toDelete().contains(name), !keep);
    }
    QCOMPARE(newest, 3);
    QVERIFY(!dialog->toDelete().contains(fresh.name)); // the newest of all
    // Purpose "nightly" only, past delete-after only again.
    auto *purpose = child<QComboBox>(dialog, "purposeFilterCombo");
    purpose->setCurrentIndex(purpose->findData(QStringLiteral("nightly")));
    child<QSpinBox>(dialog, "keepLastSpin")->setValue(0);
    child<QCheckBox>(dialog, "olderThanCheck")->setChecked(false);
    QCOMPARE(table->rowCount(), 4);
    expected = QStringList{expiredA.name, expiredB.name};
    QCOMPARE(sortedToDelete(), expected);

    QSignalSpy pruned(dialog.data(), &PruneDialog::pruned);
    QTest::mouseClick(child<QPushButton>(dialog, "pruneDeleteButton"), Qt::LeftButton);
    QVERIFY(pruned.wait(30000));
    QStringList deleted = pruned.first().at(0).toStringList();
    deleted.sort();
    QCOMPARE(deleted, (QStringList{expiredA.name, expiredB.name}));
    QVERIFY(pruned.first().at(1).toStringList().isEmpty());
    QVERIFY(!QFileInfo::exists(expiredA.path));
    QVERIFY(!QFileInfo::exists(expiredB.path));
    for (const SnapshotEntry &kept : {expiredBusy, fresh, m_daily, m_upgrade})
        QVERIFY2(QFileInfo::exists(kept.path), qPrintable(kept.path));
    QVERIFY2(dialog->summaryText().contains(QStringLiteral("expired_a")) && dialog->summaryText().startsWith(QStringLiteral("Deleted")),
             qPrintable(dialog->summaryText()));
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->rowOf(expiredA.name) < 0 && m_view->model()->rowOf(expiredB.name) < 0, 30000);
    QVERIFY(m_view->model()->rowOf(expiredBusy.name) >= 0);

    release->release();
    QTRY_VERIFY(!job->isRunning());
    dialog->close();
}

void TestSnapshotsView::sitsInTheMainWindow()
{
    MainWindow window(m_workspace.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tabs = child<QTabWidget>(&window, "mainTabs");
    QWidget *tab = child<QWidget>(&window, "snapshotsTab");
    QCOMPARE(tabs->tabText(tabs->indexOf(tab)), QStringLiteral("Snapshots"));
    auto *view = child<SnapshotsView>(tab, "snapshotsView");
    QCOMPARE(view->folder(), m_folder);

    // "Safe change…" in the menu and in the view open the assistant, not modal.
    auto *action = child<QAction>(&window, "actionSafeChange");
    QVERIFY(child<QMenu>(&window, "menuSnapshots")->actions().contains(action));
    action->trigger();
    QPointer<SafeChangeAssistant> assistant = window.findChild<SafeChangeAssistant *>(QStringLiteral("safeChangeAssistant"));
    QVERIFY(assistant);
    QVERIFY(!assistant->isModal());
    assistant->close();
    QTRY_VERIFY(!assistant);
    child<QToolButton>(view, "safeChangeButton")->click();
    assistant = window.findChild<SafeChangeAssistant *>(QStringLiteral("safeChangeAssistant"));
    QVERIFY(assistant);
    assistant->close();

    // The folder follows the setting.
    const QString other = m_dir.filePath(QStringLiteral("other"));
    m_workspace->setSnapshotFolder(other);
    QCOMPARE(view->folder(), other);
    QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading(), 30000);
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY2(view->statusText().contains(QStringLiteral("No snapshots")), qPrintable(view->statusText()));
    m_workspace->setSnapshotFolder(m_folder);
}

QTEST_MAIN(TestSnapshotsView)
#include "TestSnapshotsView.moc"
