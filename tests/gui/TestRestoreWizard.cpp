// The restore wizard walked like a user would, against the real test server: an archive made
// by the real backup engine, a database changed since, the preview (which must write nothing),
// the typed confirmation, the restore as a job, the report, its CSV, the rollback to the
// safety snapshot; then a clone into a new database, and an archive that fails its check.
#include "core/backup/BackupEngine.h"
#include "profiles/ConnectionProfile.h"
#include "core/mongo/DatabaseCatalog.h"
#include "app/jobs/Job.h"
#include "app/jobs/JobManager.h"
#include "app/connections/DatabaseTree.h"
#include "app/jobs/JobsPanel.h"
#include "app/window/AppTranslator.h"
#include "app/restore/RestoreArchivePage.h"
#include "app/restore/RestoreTargetPage.h"
#include "app/restore/RestoreWizard.h"
#include "TestBson.h"
#include "app/browse/DocumentSampleView.h"
#include "app/browse/DocumentTableModel.h"
#include "app/restore/RestorePreviewPage.h"
#include "TestFiles.h"
#include "TestServer.h"
#include "TestWidgets.h"
#include "core/verify/VerificationReport.h"
#include "app/widgets/VerificationTableModel.h"
#include "app/window/Workspace.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QTreeWidget>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace lifeboat;
using namespace lifeboat::app;
using namespace lifeboat::test;

namespace {

constexpr int Slow = 120000; // ms: a plan or a restore on a busy machine
constexpr int BigDocuments = 20000;

// RFC 4180 as VerificationReport::toCsv writes it: quoted fields, doubled quotes, CRLF.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << std::exchange(field, QString());
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << std::exchange(field, QString());
            rows << std::exchange(row, QStringList());
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}


} // namespace

class TestRestoreWizard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void restoresOverAChangedDatabaseAndRollsBack();
    void clonesIntoANewDatabaseWithoutConfirmation();
    void archiveThatFailsItsCheckGoesNoFurther();
    void cancelStopsTheRestorePartWay();
    void cancelInPlaceOffersToDropThePartialClone();
    void cancelInPlaceRollsBackFromTheSafetySnapshot();
    void restoreJobShowsItsPhasesInGerman();

private:
    using State = QMap<QString, QList<QByteArray>>;
    State state(const QString &db);
    QStringList indexNames(const QString &db, const QString &collection);
    void click(QAbstractButton *button);
    // From the confirm page: Restore, then waits for the report.
    void restoreAndWaitForReport(RestoreWizard &wizard);
    // Shows the wizard on `archive`, goes past the archive page and targets the new database
    // `clone`: the wizard is then on its Options page.
    void openWithCloneTarget(RestoreWizard &wizard, const QString &archive, const QString &clone);
    // An archive of BigDocuments in "big" and 3 in "small" (made once).
    QString bigArchive();
    // Restores bigArchive() into `target` one document per insert, and returns once documents
    // are moving (the wizard on its progress page).
    void startSlowRestore(RestoreWizard &wizard, const QString &target, bool inPlace, bool replaceExisting);
    // The "cancel the job?" question opened in `parent`, once visible.
    static QMessageBox *cancelQuestion(QWidget *parent);

    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    QString m_db;
    QString m_archive;
    QString m_productionId; // a second profile for the same server, tagged Production
    State m_archived; // the database as the archive holds it
    QStringList m_dropLater;
    QString m_bigDb;
    QString m_bigArchive;
};

TestRestoreWizard::State TestRestoreWizard::state(const QString &db)
{
    State out;
    auto client = m_server->pool().acquire();
    auto collections = DatabaseCatalog::collections(client, db);
    if (!collections)
        qFatal("%s", qPrintable(collections.error().message));
    for (const auto &c : *collections)
        out.insert(c.name, m_server->documents(db, c.name));
    return out;
}

QStringList TestRestoreWizard::indexNames(const QString &db, const QString &collection)
{
    auto client = m_server->pool().acquire();
    auto indexes = DatabaseCatalog::indexes(client, db, collection);
    if (!indexes)
        qFatal("%s", qPrintable(indexes.error().message));
    QStringList names;
    for (const auto &i : *indexes)
        names << i.toObject().value(QStringLiteral("name")).toString();
    names.sort();
    return names;
}

void TestRestoreWizard::click(QAbstractButton *button)
{
    QVERIFY(button);
    QVERIFY2(button->isVisible(), qPrintable(button->text()));
    QVERIFY2(button->isEnabled(), qPrintable(button->text()));
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestRestoreWizard::initTestCase()
{
    if (TestServer::uri().isEmpty())
        QSKIP(qPrintable(TestServer::whyUnavailable()));
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<TestServer>();
    m_db = TestServer::uniqueDatabase(QStringLiteral("wizard"));
    m_dropLater << m_db;

    // Three collections, one with an index of its own.
    QList<QByteArray> orders, customers;
    for (int i = 0; i < 50; ++i)
        orders << QStringLiteral(R"({"_id": %1, "customer": "c%2", "total": {"$numberDouble": "%3"}, "at": {"$date": "2024-05-0%4T10:00:00Z"}})")
                      .arg(i).arg(i % 10).arg(i * 1.5).arg(1 + i % 9).toUtf8();
    for (int i = 0; i < 10; ++i)
        customers << QStringLiteral(R"({"_id": "c%1", "name": "Customer %1"})").arg(i).toUtf8();
    m_server->insertJson(m_db, QStringLiteral("orders"), orders);
    m_server->insertJson(m_db, QStringLiteral("customers"), customers);
    m_server->insertJson(m_db, QStringLiteral("notes"), {R"({"_id": 1, "text": "a, \"quoted\" note"})", R"({"_id": 2})", R"({"_id": 3})"});
    {
        auto client = m_server->pool().acquire();
        const BsonDocument index = decode(R"({"createIndexes": "orders", "indexes": [{"key": {"customer": 1}, "name": "customer_1"}]})");
        auto created = client.command(m_db, index.get());
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    }
    QCOMPARE(indexNames(m_db, QStringLiteral("orders")), (QStringList{QStringLiteral("_id_"), QStringLiteral("customer_1")}));

    BackupRequest backup;
    backup.mongoUri = m_server->uriString();
    backup.database = m_db;
    backup.outDir = m_dir.path();
    backup.name = QStringLiteral("wizard_src");
    auto made = BackupEngine().run(backup);
    QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
    m_archive = made->archivePath;
    m_archived = state(m_db);
    QCOMPARE(m_archived.keys(), (QStringList{QStringLiteral("customers"), QStringLiteral("notes"), QStringLiteral("orders")}));

    // The app's settings and one connection profile for the test server (no password).
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("lifeboat.ini")), QSettings::IniFormat);
    m_workspace = std::make_unique<Workspace>(m_settings.get());
    profiles::ConnectionProfile profile;
    profile.name = QStringLiteral("Test server");
    profile.connectionString = m_server->uriString();
    profile.environment = profiles::ConnectionProfile::Environment::Development;
    auto added = m_workspace->profiles()->add(profile);
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
    m_workspace->setCurrentProfileId(added->id);
    profile.name = QStringLiteral("Test server (production)");
    profile.environment = profiles::ConnectionProfile::Environment::Production;
    auto production = m_workspace->profiles()->add(profile);
    QVERIFY(production.ok());
    m_productionId = production->id;
}

void TestRestoreWizard::cleanupTestCase()
{
    if (!m_server)
        return;
    for (const QString &db : std::as_const(m_dropLater))
        m_server->drop(db);
}

void TestRestoreWizard::openWithCloneTarget(RestoreWizard &wizard, const QString &archive, const QString &clone)
{
    wizard.setArchive(archive);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), Slow);
    click(next);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.targetPage()->databasesLoaded(), Slow);
    child<QLineEdit>(&wizard, "targetDbEdit")->setText(clone);
    QTRY_VERIFY(next->isEnabled());
    click(next);
    QCOMPARE(wizard.currentId(), int(RestoreWizard::OptionsPage));
}

void TestRestoreWizard::restoreAndWaitForReport(RestoreWizard &wizard)
{
    QCOMPARE(wizard.currentId(), int(RestoreWizard::ConfirmPage));
    click(wizard.button(QWizard::CommitButton));
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(RestoreWizard::ReportPage), Slow);
    QVERIFY(wizard.session()->outcome.has_value());
}

void TestRestoreWizard::restoresOverAChangedDatabaseAndRollsBack()
{
    // Since the backup: an extra collection, and ten orders deleted.
    m_server->insertJson(m_db, QStringLiteral("extra"), {R"({"_id": 1})", R"({"_id": 2})"});
    {
        auto client = m_server->pool().acquire();
        const BsonDocument del = decode(R"({"delete": "orders", "deletes": [{"q": {"_id": {"$lt": 10}}, "limit": 0}]})");
        QVERIFY(client.command(m_db, del.get()).ok());
    }
    QCOMPARE(m_server->count(m_db, QStringLiteral("orders")), 40);
    const State changed = state(m_db);
    const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files);

    RestoreWizard wizard(m_workspace.get());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.objectName(), QStringLiteral("restoreWizard"));
    // No page needs more width than the wizard opens with (long option texts wrap).
    const int width = wizard.width();
    const auto keepsItsWidth = [&wizard, width] {
        return wizard.width() == width && wizard.minimumWidth() <= width;
    };

    // Archive: its summary from the manifest.
    child<QLineEdit>(&wizard, "archiveEdit")->setText(m_archive);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), Slow);
    QCOMPARE(child<QLabel>(&wizard, "databaseValue")->text(), m_db);
    QCOMPARE(child<QLabel>(&wizard, "collectionsValue")->text(), QStringLiteral("3"));
    QCOMPARE(child<QLabel>(&wizard, "documentsValue")->text(), QStringLiteral("63"));

    // Options: checked on the way, defaults as RestoreRequest's.
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    click(next);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.targetPage()->databasesLoaded(), Slow);
    QVERIFY2(!child<QLabel>(&wizard, "targetDbStatusLabel")->text().contains(QLatin1String("new database")),
             qPrintable(child<QLabel>(&wizard, "targetDbStatusLabel")->text()));
    QTRY_VERIFY(next->isEnabled());
    click(next);
    QCOMPARE(wizard.currentId(), int(RestoreWizard::OptionsPage));
    QVERIFY2(keepsItsWidth(), qPrintable(QStringLiteral("%1 px wide (minimum %2), opened %3 px wide")
                                             .arg(wizard.width()).arg(wizard.minimumWidth()).arg(width)));
    QVERIFY(child<QLabel>(&wizard, "replaceExistingNote")->wordWrap());
    QVERIFY(child<QCheckBox>(&wizard, "safetySnapshotCheck")->isChecked());
    QCOMPARE(QFileInfo(child<QLineEdit>(&wizard, "snapshotDirEdit")->text()).canonicalFilePath(), QFileInfo(m_dir.path()).canonicalFilePath());
    QVERIFY(!child<QCheckBox>(&wizard, "replaceExistingCheck")->isChecked());
    QVERIFY(!child<QCheckBox>(&wizard, "keepExtraCheck")->isChecked());
    QVERIFY(!child<QCheckBox>(&wizard, "forceCheck")->isChecked());
    QVERIFY(child<QCheckBox>(&wizard, "inferTimeseriesCheck")->isChecked());
    QCOMPARE(child<QSpinBox>(&wizard, "batchSizeSpin")->value(), 1000);
    auto *collections = child<QListWidget>(&wizard, "collectionsList");
    QCOMPARE(collections->count(), 3);
    for (int i = 0; i < collections->count(); ++i)
        QCOMPARE(collections->item(i)->checkState(), Qt::Checked);
    click(next);

    // Preview: the plan, and the database still as it was.
    QCOMPARE(wizard.currentId(), int(RestoreWizard::PreviewPage));
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), Slow);
    auto *dropTable = child<QTableWidget>(&wizard, "dropTable");
    // Issue 14.7: the target's extra collection is kept unless chosen here, where it shows.
    QCOMPARE(dropTable->rowCount(), 0);
    QVERIFY(!dropTable->isVisible()); // an empty table takes no room
    auto *dropExtra = child<QCheckBox>(&wizard, "dropExtraCheck");
    QVERIFY(dropExtra->isVisible());
    QVERIFY(!dropExtra->isChecked());
    QVERIFY2(dropExtra->text().contains(QStringLiteral("extra")), qPrintable(dropExtra->text()));
    dropExtra->setChecked(true);
    QVERIFY(!next->isEnabled()); // planned again
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), Slow);
    QVERIFY(dropExtra->isChecked());
    QCOMPARE(dropTable->rowCount(), 1);
    QVERIFY(dropTable->isVisible());
    QCOMPARE(dropTable->item(0, 0)->text(), QStringLiteral("extra"));
    QCOMPARE(dropTable->item(0, 2)->text(), QStringLiteral("2"));
    QCOMPARE(child<QTableWidget>(&wizard, "createTable")->rowCount(), 0); // existing collections are inserted into
    auto *restoreTable = child<QTableWidget>(&wizard, "restoreTable");
    QCOMPARE(restoreTable->rowCount(), 3);
    const int orders = rowOf(restoreTable, QStringLiteral("orders"));
    QVERIFY(orders >= 0);
    QCOMPARE(restoreTable->item(orders, 2)->text(), QStringLiteral("50")); // in the archive
    QCOMPARE(restoreTable->item(orders, 3)->text(), QStringLiteral("40")); // in the database now
    QCOMPARE(restoreTable->item(orders, 6)->text(), QStringLiteral("customer_1")); // built after the load
    QStringList restoredNames; // sorted by name
    for (int r = 0; r < restoreTable->rowCount(); ++r)
        restoredNames << restoreTable->item(r, 0)->text();
    QCOMPARE(restoredNames, (QStringList{QStringLiteral("customers"), QStringLiteral("notes"), QStringLiteral("orders")}));
    for (int c = 0; c < restoreTable->columnCount(); ++c)
        QVERIFY(restoreTable->horizontalHeaderItem(c)->text() != QStringLiteral("Decided from"));
    const int customers = rowOf(restoreTable, QStringLiteral("customers"));
    QVERIFY(customers >= 0);
    QCOMPARE(restoreTable->item(customers, 2)->text(), QStringLiteral("10"));
    QCOMPARE(restoreTable->item(customers, 3)->text(), QStringLiteral("10"));
    // Sample documents of every collection restored, read from the archive.
    auto *samples = qobject_cast<RestorePreviewPage *>(wizard.page(RestoreWizard::PreviewPage))->samples();
    QVERIFY(samples->isVisible());
    QStringList sampled;
    for (int i = 0; i < samples->collectionChooser()->count(); ++i)
        sampled << samples->collectionChooser()->itemText(i);
    sampled.sort();
    QCOMPARE(sampled, (QStringList{QStringLiteral("customers"), QStringLiteral("notes"), QStringLiteral("orders")}));
    for (const QString &name : {QStringLiteral("orders"), QStringLiteral("notes")}) {
        samples->collectionChooser()->setCurrentText(name);
        QTRY_VERIFY_WITH_TIMEOUT(!samples->isLoading() && samples->model()->rowCount() > 0 &&
                                     samples->model()->fields().contains(name == QLatin1String("orders") ? QStringLiteral("customer") : QStringLiteral("text")),
                                 Slow);
        QCOMPARE(samples->model()->rowCount(), name == QLatin1String("orders") ? DocumentSampleView::SampleSize : 3);
    }
    QCOMPARE(samples->model()->index(0, 2).data().toString(), QStringLiteral("a, \"quoted\" note"));
    QCOMPARE(state(m_db), changed);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), filesBefore); // no snapshot yet either
    click(next);

    // Confirm: Restore stays disabled until the name is typed exactly.
    QCOMPARE(wizard.currentId(), int(RestoreWizard::ConfirmPage));
    QAbstractButton *restore = wizard.button(QWizard::CommitButton);
    QVERIFY(restore->isVisible());
    QVERIFY(!restore->isEnabled());
    QVERIFY(!child<QLabel>(wizard.page(RestoreWizard::ConfirmPage), "productionBanner")->isVisible()); // a development profile
    auto *confirmName = child<QLineEdit>(&wizard, "confirmNameEdit");
    QVERIFY(confirmName->isVisible());
    // Issue 14.8: the placeholder does not give the answer; a line says why Restore is off.
    QVERIFY2(!confirmName->placeholderText().contains(m_db), qPrintable(confirmName->placeholderText()));
    auto *hint = child<QLabel>(&wizard, "confirmNameEditHint");
    QVERIFY(!hint->isVisible());
    QTest::keyClicks(confirmName, m_db.toUpper());
    QVERIFY(!restore->isEnabled());
    QVERIFY2(hint->isVisible() && hint->text().contains(QStringLiteral("case")), qPrintable(hint->text()));
    confirmName->setText(m_db + QLatin1Char(' '));
    QVERIFY(!restore->isEnabled());
    QVERIFY2(hint->text().contains(QStringLiteral("space")), qPrintable(hint->text()));
    confirmName->clear();
    QVERIFY(!hint->isVisible());
    QTest::keyClicks(confirmName, m_db.left(m_db.size() - 1));
    QVERIFY(!restore->isEnabled());
    QVERIFY2(hint->text().contains(QStringLiteral("Not complete")), qPrintable(hint->text()));
    QTest::keyClicks(confirmName, m_db.right(1) + QStringLiteral("x"));
    QVERIFY(!restore->isEnabled());
    QTest::keyClick(confirmName, Qt::Key_Backspace);
    QCOMPARE(confirmName->text(), m_db);
    QVERIFY(restore->isEnabled());
    QVERIFY(!hint->isVisible());
    QCOMPARE(state(m_db), changed);
    restoreAndWaitForReport(wizard);

    // Report: succeeded, every row ok, the database is the archive's again.
    QVERIFY2(keepsItsWidth(), qPrintable(QStringLiteral("%1 px wide (minimum %2), opened %3 px wide")
                                             .arg(wizard.width()).arg(wizard.minimumWidth()).arg(width)));
    auto *outcome = child<QLabel>(&wizard, "outcomeLabel");
    QVERIFY2(outcome->text().contains(QLatin1String("succeeded")), qPrintable(outcome->text()));
    const QAbstractItemModel *report = child<QTableView>(&wizard, "reportTable")->model();
    QCOMPARE(report->rowCount(), 3);
    for (int r = 0; r < report->rowCount(); ++r)
        QCOMPARE(report->index(r, 0).data(VerificationTableModel::StatusRole).toString(), QStringLiteral("ok"));
    QCOMPARE(state(m_db), m_archived);
    QVERIFY(indexNames(m_db, QStringLiteral("orders")).contains(QStringLiteral("customer_1")));
    QCOMPARE(wizard.session()->job->kind(), QStringLiteral("restore"));
    QCOMPARE(wizard.session()->job->state(), Job::State::Succeeded);

    // Export CSV: the CLI's columns, one row per collection.
    const QString csv = m_dir.filePath(QStringLiteral("report.csv"));
    QString suggested;
    wizard.setCsvPathChooser([&](const QString &s) {
        suggested = s;
        return csv;
    });
    click(child<QPushButton>(&wizard, "exportCsvButton"));
    QVERIFY(suggested.endsWith(QLatin1String(".csv")));
    const QList<QStringList> rows = parseCsv(readFile(csv));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.first(), VerificationReport::csvColumns());
    const qsizetype collectionColumn = rows.first().indexOf(QStringLiteral("collection"));
    const qsizetype statusColumn = rows.first().indexOf(QStringLiteral("status"));
    const qsizetype databaseColumn = rows.first().indexOf(QStringLiteral("database"));
    QStringList names;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows[i].size(), rows.first().size());
        names << rows[i][collectionColumn];
        QCOMPARE(rows[i][statusColumn], QStringLiteral("ok"));
        QCOMPARE(rows[i][databaseColumn], m_db);
    }
    names.sort();
    QCOMPARE(names, m_archived.keys());

    // The safety snapshot exists, and rolling back to it returns the database to before.
    const QString snapshot = child<QLabel>(&wizard, "snapshotPathLabel")->text();
    QVERIFY2(QFileInfo(snapshot).isFile(), qPrintable(snapshot));
    QVERIFY(QFileInfo(snapshot).fileName().startsWith(QLatin1String("pre_restore_")));
    click(child<QPushButton>(&wizard, "rollbackButton"));
    QCOMPARE(wizard.currentId(), int(RestoreWizard::ArchivePage));
    QCOMPARE(child<QLineEdit>(&wizard, "archiveEdit")->text(), snapshot);
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), Slow);
    click(next);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.targetPage()->databasesLoaded(), Slow);
    QCOMPARE(child<QLineEdit>(&wizard, "targetDbEdit")->text(), m_db);
    QTRY_VERIFY(next->isEnabled());
    click(next);
    QVERIFY(child<QCheckBox>(&wizard, "replaceExistingCheck")->isChecked());
    click(next);
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), Slow);
    QCOMPARE(child<QTableWidget>(&wizard, "createTable")->rowCount(), 4); // all replaced, extra included
    click(next);
    QTest::keyClicks(child<QLineEdit>(&wizard, "confirmNameEdit"), m_db);
    restoreAndWaitForReport(wizard);
    QVERIFY(wizard.session()->outcome->ok());
    QVERIFY((*wizard.session()->outcome)->succeeded());
    QCOMPARE(state(m_db), changed);
}

void TestRestoreWizard::clonesIntoANewDatabaseWithoutConfirmation()
{
    const QString clone = TestServer::uniqueDatabase(QStringLiteral("wizard_clone"));
    m_dropLater << clone;
    RestoreWizard wizard(m_workspace.get());
    wizard.setArchive(m_archive); // preselected, as the backups view does
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(child<QLineEdit>(&wizard, "archiveEdit")->text(), m_archive);

    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), Slow);
    click(next);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.targetPage()->databasesLoaded(), Slow);
    // Into the production profile: the banner says so, here and before Restore.
    auto *profileCombo = child<QComboBox>(&wizard, "profileCombo");
    auto *targetBanner = child<QLabel>(wizard.page(RestoreWizard::TargetPage), "productionBanner");
    QVERIFY(!targetBanner->isVisible());
    profileCombo->setCurrentIndex(profileCombo->findData(m_productionId));
    QVERIFY(!wizard.targetPage()->databasesLoaded());
    QTRY_VERIFY_WITH_TIMEOUT(wizard.targetPage()->databasesLoaded(), Slow);
    QVERIFY(targetBanner->isVisible());
    child<QLineEdit>(&wizard, "targetDbEdit")->setText(clone);
    QCOMPARE(child<QLabel>(&wizard, "targetDbStatusLabel")->text(), QStringLiteral("new database: this makes a clone"));
    QTRY_VERIFY(next->isEnabled());
    click(next);
    click(next);

    QCOMPARE(wizard.currentId(), int(RestoreWizard::PreviewPage));
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), Slow);
    QCOMPARE(child<QTableWidget>(&wizard, "dropTable")->rowCount(), 0);
    QCOMPARE(child<QTableWidget>(&wizard, "createTable")->rowCount(), 3);
    auto *restoreTable = child<QTableWidget>(&wizard, "restoreTable");
    QCOMPARE(restoreTable->rowCount(), 3);
    QCOMPARE(restoreTable->item(rowOf(restoreTable, QStringLiteral("orders")), 2)->text(), QStringLiteral("50"));
    QVERIFY(state(clone).isEmpty());
    click(next);

    // Nothing existing changes: no name to type.
    QCOMPARE(wizard.currentId(), int(RestoreWizard::ConfirmPage));
    auto *banner = child<QLabel>(wizard.page(RestoreWizard::ConfirmPage), "productionBanner");
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QLatin1String("PRODUCTION")), qPrintable(banner->text()));
    QVERIFY(!child<QLineEdit>(&wizard, "confirmNameEdit")->isVisible());
    QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
    restoreAndWaitForReport(wizard);

    const QAbstractItemModel *report = child<QTableView>(&wizard, "reportTable")->model();
    QCOMPARE(report->rowCount(), 3);
    for (int r = 0; r < report->rowCount(); ++r)
        QCOMPARE(report->index(r, 0).data(VerificationTableModel::StatusRole).toString(), QStringLiteral("ok"));
    QCOMPARE(state(clone), m_archived);
    QVERIFY(indexNames(clone, QStringLiteral("orders")).contains(QStringLiteral("customer_1")));
    // No snapshot was needed, so there is nothing to roll back to.
    QVERIFY(!QFileInfo(child<QLabel>(&wizard, "snapshotPathLabel")->text()).exists());
    QVERIFY(!child<QPushButton>(&wizard, "rollbackButton")->isVisible());
}

void TestRestoreWizard::archiveThatFailsItsCheckGoesNoFurther()
{
    // The archive with one document changed and re-packed: it reads, but no longer matches
    // its manifest.
    QTemporaryDir tmp;
    QCOMPARE(runProgram(QStringLiteral("tar"), {QStringLiteral("-xzf"), m_archive, QStringLiteral("-C"), tmp.path()}), 0);
    const QString file = tmp.filePath(QStringLiteral("wizard_src/notes.jsonl"));
    QByteArray data = readFile(file);
    QVERIFY(data.contains("quoted"));
    data.replace("quoted", "QUOTED");
    writeFile(file, data);
    const QString tampered = tmp.filePath(QStringLiteral("tampered.tar.gz"));
    QCOMPARE(runProgram(QStringLiteral("tar"), {QStringLiteral("-czf"), tampered, QStringLiteral("-C"), tmp.path(), QStringLiteral("wizard_src")}), 0);

    RestoreWizard wizard(m_workspace.get());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    child<QLineEdit>(&wizard, "archiveEdit")->setText(tampered);
    auto *status = child<QLabel>(&wizard, "checkStatusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("failed")), Slow);
    auto *problems = child<QListWidget>(&wizard, "problemsList");
    QVERIFY(problems->count() >= 1);
    QVERIFY2(problems->item(0)->text().contains(QLatin1String("notes.jsonl")), qPrintable(problems->item(0)->text()));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

    // Not a file at all: no check, no Next.
    child<QLineEdit>(&wizard, "archiveEdit")->setText(tmp.filePath(QStringLiteral("missing.tar.gz")));
    QTRY_VERIFY(status->text().contains(QLatin1String("no readable file")));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

    // The good archive again: Next.
    child<QLineEdit>(&wizard, "archiveEdit")->setText(m_archive);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), Slow);
    QVERIFY(!problems->isVisible());
}

QString TestRestoreWizard::bigArchive()
{
    if (!m_bigArchive.isEmpty())
        return m_bigArchive;
    // Enough documents, one per insert through one worker, that the restore is still loading
    // when Cancel is pressed; and a small collection that waits meanwhile.
    m_bigDb = TestServer::uniqueDatabase(QStringLiteral("wizard_big"));
    m_dropLater << m_bigDb;
    QList<QByteArray> docs;
    for (int i = 0; i < BigDocuments; ++i)
        docs << QStringLiteral(R"({"_id": %1, "payload": "%2"})").arg(i).arg(QString(40, QLatin1Char('x'))).toUtf8();
    m_server->insertJson(m_bigDb, QStringLiteral("big"), docs);
    m_server->insertJson(m_bigDb, QStringLiteral("small"), {R"({"_id": 1})", R"({"_id": 2})", R"({"_id": 3})"});
    BackupRequest backup;
    backup.mongoUri = m_server->uriString();
    backup.database = m_bigDb;
    backup.outDir = m_dir.path();
    backup.name = QStringLiteral("wizard_big");
    backup.jobs = 1; // one collection after the other: "big" first in the archive, "small" after it
    auto made = BackupEngine().run(backup);
    if (made.ok())
        m_bigArchive = made->archivePath;
    return m_bigArchive;
}

void TestRestoreWizard::startSlowRestore(RestoreWizard &wizard, const QString &target, bool inPlace, bool replaceExisting)
{
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    openWithCloneTarget(wizard, bigArchive(), target);
    if (QTest::currentTestFailed())
        return;
    child<QSpinBox>(&wizard, "batchSizeSpin")->setValue(1);
    child<QSpinBox>(&wizard, "jobsSpin")->setValue(1);
    child<QCheckBox>(&wizard, "inPlaceCheck")->setChecked(inPlace);
    child<QCheckBox>(&wizard, "replaceExistingCheck")->setChecked(replaceExisting);
    click(next);
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), Slow);
    click(next);
    QCOMPARE(wizard.currentId(), int(RestoreWizard::ConfirmPage));
    if (auto *confirm = child<QLineEdit>(&wizard, "confirmNameEdit"); confirm->isVisible())
        QTest::keyClicks(confirm, target);
    click(wizard.button(QWizard::CommitButton));
    QCOMPARE(wizard.currentId(), int(RestoreWizard::ProgressPage));
    QVERIFY(wizard.session()->job);
    Job *job = wizard.session()->job;
    QTRY_VERIFY_WITH_TIMEOUT(!job->isRunning() || job->progress().documentsDone > 0, Slow);
    QVERIFY2(job->isRunning(), "the restore ended before it could be cancelled");
}

QMessageBox *TestRestoreWizard::cancelQuestion(QWidget *parent)
{
    QMessageBox *box = nullptr;
    if (!QTest::qWaitFor([&] { return (box = parent->findChild<QMessageBox *>(QStringLiteral("cancelJobConfirmation"))) && box->isVisible(); }, 5000))
        return nullptr;
    return box;
}

// Issue 14.2 and 14.6, staged: Cancel asks first, saying the target stays as it was; meanwhile
// the page shows the rates, the time left and the collection still waiting; the report then
// says what the stop left (every collection untouched) and has something to export.
void TestRestoreWizard::cancelStopsTheRestorePartWay()
{
    const QString clone = TestServer::uniqueDatabase(QStringLiteral("wizard_big_clone"));
    m_dropLater << clone;
    RestoreWizard wizard(m_workspace.get());
    startSlowRestore(wizard, clone, false, false);
    if (QTest::currentTestFailed())
        return;
    QPointer<Job> job = wizard.session()->job;

    // Progress as good as a backup's: documents/s, bytes/s, time left; "small" waits.
    auto *stats = child<QLabel>(&wizard, "restoreStatsLabel");
    QTRY_VERIFY_WITH_TIMEOUT(stats->text().contains(QStringLiteral("documents/s")) || !job->isRunning(), Slow);
    QVERIFY2(stats->text().contains(QStringLiteral("documents/s")) && stats->text().contains(QStringLiteral("/s ·"))
                 && stats->text().contains(QStringLiteral("left")),
             qPrintable(stats->text()));
    auto *tree = child<QTreeWidget>(&wizard, "collectionProgressTree");
    const QList<QTreeWidgetItem *> small = tree->findItems(QStringLiteral("small"), Qt::MatchExactly);
    QCOMPARE(small.size(), 1);
    QCOMPARE(small.first()->text(1), QStringLiteral("waiting"));
    QCOMPARE(qobject_cast<QProgressBar *>(tree->itemWidget(small.first(), 3))->text(), QStringLiteral("waiting"));

    // Cancel asks, saying what a cancel leaves; "Keep it running" keeps it running.
    click(child<QPushButton>(&wizard, "cancelRestoreButton"));
    QMessageBox *box = cancelQuestion(&wizard);
    QVERIFY(box);
    QVERIFY2(box->informativeText().contains(QStringLiteral("staged")) && box->informativeText().contains(QStringLiteral("stays exactly as it was")),
             qPrintable(box->informativeText()));
    QCOMPARE(box->defaultButton(), box->findChild<QPushButton *>(QStringLiteral("keepRunningButton")));
    click(box->findChild<QPushButton *>(QStringLiteral("keepRunningButton")));
    QTest::qWait(300);
    QVERIFY(job->isRunning());
    QVERIFY(!job->cancelRequested());
    click(child<QPushButton>(&wizard, "cancelRestoreButton"));
    box = cancelQuestion(&wizard);
    QVERIFY(box);
    click(box->findChild<QPushButton *>(QStringLiteral("confirmCancelButton")));
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(RestoreWizard::ReportPage), Slow);

    QCOMPARE(job->state(), Job::State::Cancelled);
    const auto &outcome = *wizard.session()->outcome;
    QVERIFY(outcome.ok());
    QVERIFY(outcome->failure.has_value());
    QCOMPARE(outcome->failure->code, ErrorCode::Cancelled);
    // Staged (the default): cancelled before the swap, the target is as it was.
    QVERIFY(outcome->targetUnchanged);
    QCOMPARE(outcome->states.value(QStringLiteral("big")), QStringLiteral("untouched"));
    QVERIFY2(child<QLabel>(&wizard, "outcomeLabel")->text().contains(QLatin1String("cancelled"))
                 && child<QLabel>(&wizard, "outcomeLabel")->text().contains(QLatin1String("nothing was changed")),
             qPrintable(child<QLabel>(&wizard, "outcomeLabel")->text()));
    QCOMPARE(m_server->count(clone, QStringLiteral("big")), qint64(0));
    // The report says what the stop left: both collections untouched; there is something to export.
    const QAbstractItemModel *report = child<QTableView>(&wizard, "reportTable")->model();
    QCOMPARE(report->rowCount(), 2);
    for (int r = 0; r < report->rowCount(); ++r)
        QCOMPARE(report->index(r, 0).data(VerificationTableModel::StatusRole).toString(), QStringLiteral("skipped"));
    QVERIFY(child<QPushButton>(&wizard, "exportCsvButton")->isEnabled());
    auto *wayBack = child<QLabel>(&wizard, "wayBackLabel");
    QVERIFY2(wayBack->isVisible() && wayBack->text().contains(QStringLiteral("Nothing to undo")), qPrintable(wayBack->text()));
    QVERIFY(!child<QPushButton>(&wizard, "dropPartialButton")->isVisible());
}

// Issue 14.2, 14.4 and 14.6, in place into a new database: the question says it is left partly
// restored; the wizard closed meanwhile comes back from the jobs panel with its progress; the
// report lists what was loaded (exported as CSV), and offers to drop the partial database,
// which the database tree then no longer lists.
void TestRestoreWizard::cancelInPlaceOffersToDropThePartialClone()
{
    const QString clone = TestServer::uniqueDatabase(QStringLiteral("wizard_partial"));
    m_dropLater << clone;
    JobsPanel panel(m_workspace->jobs());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    DatabaseTree tree(m_workspace.get());
    tree.setProfile(m_workspace->currentProfile());
    QTRY_VERIFY_WITH_TIMEOUT(!tree.isLoading(), Slow);
    QVERIFY(!tree.databaseItem(clone));

    RestoreWizard wizard(m_workspace.get());
    startSlowRestore(wizard, clone, true, false);
    if (QTest::currentTestFailed())
        return;
    QPointer<Job> job = wizard.session()->job;

    // Closed meanwhile, the wizard is hidden, not gone: the job's row brings it back.
    wizard.close();
    QVERIFY(!wizard.isVisible());
    QTreeWidgetItem *row = panel.itemFor(job);
    QVERIFY(row);
    auto *jobsTable = child<QTreeWidget>(&panel, "jobsTable");
    // A press first: an item view takes a double-click on the index it was pressed on.
    const QPoint onTitle(20, jobsTable->visualItemRect(row).center().y());
    QTest::mouseClick(jobsTable->viewport(), Qt::LeftButton, {}, onTitle);
    QTest::mouseDClick(jobsTable->viewport(), Qt::LeftButton, {}, onTitle);
    QTRY_VERIFY(wizard.isVisible());
    QCOMPARE(wizard.currentId(), int(RestoreWizard::ProgressPage));

    // The jobs panel's Cancel asks too, with the same words.
    panel.selectJob(job);
    click(child<QPushButton>(&panel, "cancelJobButton"));
    QMessageBox *box = cancelQuestion(&panel);
    QVERIFY(box);
    QVERIFY2(box->informativeText().contains(QStringLiteral("partly restored")) && box->informativeText().contains(QStringLiteral("drop")),
             qPrintable(box->informativeText()));
    click(box->findChild<QPushButton *>(QStringLiteral("confirmCancelButton")));
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(RestoreWizard::ReportPage), Slow);
    QCOMPARE(job->state(), Job::State::Cancelled);
    const auto &outcome = *wizard.session()->outcome;
    QVERIFY(outcome.ok() && !outcome->targetUnchanged);
    QCOMPARE(outcome->states.value(QStringLiteral("big")), QStringLiteral("partial"));
    const qint64 loaded = m_server->count(clone, QStringLiteral("big"));
    QVERIFY2(loaded > 0 && loaded < BigDocuments, qPrintable(QString::number(loaded)));

    // The report: big partial (what was loaded), small untouched; Export CSV has it.
    auto *reportView = child<QTableView>(&wizard, "reportTable");
    const auto *model = qobject_cast<const VerificationTableModel *>(reportView->model());
    QVERIFY(model);
    QCOMPARE(model->report().rows.size(), 2);
    const VerificationRow *bigRow = nullptr;
    for (const VerificationRow &r : model->report().rows) {
        if (r.collection == QLatin1String("big"))
            bigRow = &r;
    }
    QVERIFY(bigRow);
    QCOMPARE(toString(bigRow->status), QStringLiteral("mismatch"));
    QCOMPARE(bigRow->fileCount, qint64(BigDocuments));
    QVERIFY2(bigRow->dbCount > 0 && bigRow->dbCount <= loaded, qPrintable(QString::number(bigRow->dbCount)));
    QVERIFY2(bigRow->notes.join(QLatin1Char(' ')).startsWith(QStringLiteral("partial")), qPrintable(bigRow->notes.join(QLatin1Char(' '))));
    const QString csv = m_dir.filePath(QStringLiteral("partial.csv"));
    wizard.setCsvPathChooser([&](const QString &) { return csv; });
    click(child<QPushButton>(&wizard, "exportCsvButton"));
    QCOMPARE(parseCsv(readFile(csv)).size(), 3);

    // The way back: drop the partial clone (asked first); the tree follows.
    auto *wayBack = child<QLabel>(&wizard, "wayBackLabel");
    QVERIFY2(wayBack->text().contains(QStringLiteral("did not exist before")), qPrintable(wayBack->text()));
    QTRY_VERIFY_WITH_TIMEOUT(tree.databaseItem(clone), Slow); // the restore's end refreshed it
    click(child<QPushButton>(&wizard, "dropPartialButton"));
    QMessageBox *drop = nullptr;
    QTRY_VERIFY((drop = wizard.findChild<QMessageBox *>(QStringLiteral("dropPartialConfirmation"))) && drop->isVisible());
    click(drop->button(QMessageBox::Yes));
    QTRY_VERIFY_WITH_TIMEOUT(wayBack->text().contains(QStringLiteral("was dropped")), Slow);
    QVERIFY(state(clone).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!tree.isLoading() && !tree.databaseItem(clone), Slow);
}

// Issue 14.2, in place over an existing database: the question names the safety snapshot; the
// report offers Roll back, which brings every document back.
void TestRestoreWizard::cancelInPlaceRollsBackFromTheSafetySnapshot()
{
    bigArchive();
    const QString target = m_bigDb;
    const qint64 before = m_server->count(target, QStringLiteral("big"));
    QCOMPARE(before, qint64(BigDocuments));
    RestoreWizard wizard(m_workspace.get());
    startSlowRestore(wizard, target, true, true);
    if (QTest::currentTestFailed())
        return;
    QPointer<Job> job = wizard.session()->job;
    click(child<QPushButton>(&wizard, "cancelRestoreButton"));
    QMessageBox *box = cancelQuestion(&wizard);
    QVERIFY(box);
    QVERIFY2(box->informativeText().contains(QStringLiteral("partly restored")) && box->informativeText().contains(QStringLiteral("safety snapshot")),
             qPrintable(box->informativeText()));
    click(box->findChild<QPushButton *>(QStringLiteral("confirmCancelButton")));
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(RestoreWizard::ReportPage), Slow);
    QCOMPARE(job->state(), Job::State::Cancelled);
    QVERIFY(m_server->count(target, QStringLiteral("big")) < before);
    QVERIFY(child<QPushButton>(&wizard, "exportCsvButton")->isEnabled());
    QVERIFY2(child<QLabel>(&wizard, "wayBackLabel")->text().contains(QStringLiteral("roll back")),
             qPrintable(child<QLabel>(&wizard, "wayBackLabel")->text()));

    // Roll back: the wizard starts over on the safety snapshot, and every document is back.
    click(child<QPushButton>(&wizard, "rollbackButton"));
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), Slow);
    click(next);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.targetPage()->databasesLoaded(), Slow);
    QCOMPARE(child<QLineEdit>(&wizard, "targetDbEdit")->text(), target);
    QTRY_VERIFY(next->isEnabled());
    click(next);
    child<QSpinBox>(&wizard, "batchSizeSpin")->setValue(1000);
    child<QSpinBox>(&wizard, "jobsSpin")->setValue(2);
    click(next);
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), Slow);
    click(next);
    QTest::keyClicks(child<QLineEdit>(&wizard, "confirmNameEdit"), target);
    restoreAndWaitForReport(wizard);
    QVERIFY((*wizard.session()->outcome)->succeeded());
    QCOMPARE(m_server->count(target, QStringLiteral("big")), before);
    QCOMPARE(m_server->count(target, QStringLiteral("small")), qint64(3));
}

QTEST_MAIN(TestRestoreWizard)
// Under a German desktop (LANG=de_DE.UTF-8), a restore job's phases read in German in the jobs
// panel: its log names each phase the engine went through in the app's words, never the
// engine's own names ("restoring", "indexing").
void TestRestoreWizard::restoreJobShowsItsPhasesInGerman()
{
    AppTranslator translator;
    QVERIFY(translator.install(QLocale(QLocale::German, QLocale::Germany)));
    JobsPanel panel(m_workspace->jobs());
    panel.show();
    const QString clone = TestServer::uniqueDatabase(QStringLiteral("wizard_de"));
    m_dropLater << clone;
    RestoreWizard wizard(m_workspace.get());
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    openWithCloneTarget(wizard, m_archive, clone);
    if (QTest::currentTestFailed())
        return;
    click(next);
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), Slow);
    click(next);
    restoreAndWaitForReport(wizard);
    QCOMPARE(state(clone), m_archived);

    Job *job = m_workspace->jobs()->jobs().constLast();
    QCOMPARE(job->kind(), QStringLiteral("restore"));
    panel.selectJob(job);
    const QString log = child<QPlainTextEdit>(&panel, "jobLog")->toPlainText();
    for (const char *phase : {"Phase: Laden der Dokumente", "Phase: Anlegen der Indizes, Views und Validatoren", "Phase: Prüfen"})
        QVERIFY2(log.contains(QString::fromUtf8(phase)), qPrintable(log));
    for (const char *engineName : {"restoring", "indexing", "verifying"})
        QVERIFY2(!log.contains(QLatin1String(engineName)), qPrintable(log));
    translator.remove();
}

#include "TestRestoreWizard.moc"
