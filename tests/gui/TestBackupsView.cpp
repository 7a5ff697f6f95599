// The backups view against real archives: two written by the real BackupEngine from a database
// on the test server, a corrupt copy of one, a runbook-style archive without a manifest, and an
// unfinished .partial file. It lists them with their manifests' counts, checks their integrity,
// compares an archive with the database (before and after a document changed), deletes with a
// confirmation, and refuses to delete an archive a job is using.
#include "app/window/AppTranslator.h"
#include "app/backups/ArchiveTableModel.h"
#include "core/backup/BackupEngine.h"
#include "app/backups/BackupsView.h"
#include "app/window/MainWindow.h"
#include "app/widgets/ReportDialog.h"
#include "TestFiles.h"
#include "TestServer.h"
#include "app/widgets/VerificationTableModel.h"
#include "app/window/Workspace.h"

#include <QAbstractButton>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

#include <memory>

using namespace lifeboat;
using namespace lifeboat::app;
using lifeboat::test::TestServer;

namespace {
constexpr int kCustomers = 10;
constexpr int kOrders = 25;
constexpr int kJobTimeoutMs = 120000;
using IntegrityState = ArchiveTableModel::IntegrityState;

// Job work that keeps its archive in use until `release` is released (or the job cancelled,
// so that a failed test does not leave it running forever).
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

class TestBackupsView : public QObject {
    Q_OBJECT
public Q_SLOTS:
    // QDesktopServices hands "file:" URLs here instead of to a file manager.
    void openUrl(const QUrl &url) { m_openedUrls << url; }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listsArchivesWithTheirManifests();
    void detailsShowCollections();
    void buttonsAskTheMainWindow();
    void verifyIntegrityMarksEachArchive();
    void compareWithDatabase();
    void deleteIsRefusedWhileAJobUsesTheArchive();
    void deleteAfterConfirmation();
    void followsTheFolder();
    void showInFolderOpensTheFolder();
    void sitsInTheMainWindow();

private:
    QString backUp(const QString &name, const QStringList &collections);
    void waitLoaded();
    QString cell(const QString &path, int column) const;
    IntegrityState integrity(const QString &path) const;
    void select(const QString &path);
    QAbstractButton *button(const char *name) const;
    void verify(const QString &path);
    ReportDialog *compare(const QString &path);
    Job *lastCompareJob() const;
    void setName(const QString &collection, int id, const QString &name);

    std::unique_ptr<TestServer> m_server;
    QString m_database;
    QTemporaryDir m_dir;
    QString m_folder;
    QString m_full;     // customers + orders
    QString m_orders;   // orders only
    QString m_corrupt;  // a copy of m_full with bytes flipped in the middle
    QString m_runbook;  // backup_x/db/coll.jsonl, no manifest
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<BackupsView> m_view;
    QList<QUrl> m_openedUrls;
    AppTranslator m_translator; // English's plural forms, as the app installs them
};

void TestBackupsView::initTestCase()
{
    m_translator.install(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(!TestServer::uri().isEmpty(), qPrintable(TestServer::whyUnavailable()));
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<TestServer>();
    m_database = TestServer::uniqueDatabase(QStringLiteral("gui_backups_view"));
    QList<QByteArray> customers;
    for (int i = 0; i < kCustomers; ++i)
        customers << QStringLiteral(R"({"_id": %1, "name": "customer %1", "vip": %2})").arg(i).arg(i % 3 == 0 ? QLatin1String("true") : QLatin1String("false")).toUtf8();
    m_server->insertJson(m_database, QStringLiteral("customers"), customers);
    QList<QByteArray> orders;
    for (int i = 0; i < kOrders; ++i)
        orders << QStringLiteral(R"({"_id": %1, "customer": %2, "total": %3.5, "placed": {"$date": "2026-01-0%4T10:00:00Z"}})").arg(i).arg(i % kCustomers).arg(i * 7).arg(1 + i % 9).toUtf8();
    m_server->insertJson(m_database, QStringLiteral("orders"), orders);

    m_folder = m_dir.filePath(QStringLiteral("backups"));
    QVERIFY(QDir().mkpath(m_folder));
    m_full = backUp(QStringLiteral("backup_full"), {});
    m_orders = backUp(QStringLiteral("backup_orders"), {QStringLiteral("orders")});
    QVERIFY(!m_full.isEmpty() && !m_orders.isEmpty());

    // A damaged copy: bytes flipped in the middle of the compressed tar stream (which ends
    // where the archive's index begins: the locator, the last 45 bytes, says where).
    m_corrupt = QDir(m_folder).filePath(QStringLiteral("backup_corrupt.tar.gz"));
    QByteArray bytes = test::readFile(m_full);
    QVERIFY(bytes.size() > 200);
    const qint64 tarEnd = test::archiveIndexOffset(bytes);
    QVERIFY(tarEnd > 200 && tarEnd < bytes.size());
    for (qsizetype i = tarEnd / 2; i < tarEnd / 2 + 16; ++i)
        bytes[i] = char(bytes[i] ^ 0x5a);
    test::writeFile(m_corrupt, bytes);

    // The runbook script's layout: a top folder, a database folder, JSON Lines, no manifest.
    const QString scratch = m_dir.filePath(QStringLiteral("scratch"));
    QVERIFY(QDir().mkpath(scratch));
    const QString made = test::makeTar(scratch, QStringLiteral("backup_x.tar.gz"), QStringLiteral("backup_x"),
                                       {{QStringLiteral("db/coll.jsonl"),
                                         QByteArrayLiteral("{\"_id\": 1, \"v\": \"a\"}\n{\"_id\": 2, \"v\": \"b\"}\n{\"_id\": 3, \"v\": \"c\"}\n")}},
                                       true);
    m_runbook = QDir(m_folder).filePath(QStringLiteral("backup_x.tar.gz"));
    QVERIFY(QFile::rename(made, m_runbook));
    // Neither an unfinished backup nor other files are archives.
    test::writeFile(QDir(m_folder).filePath(QStringLiteral("backup_next.tar.gz.partial")), QByteArrayLiteral("half"));
    test::writeFile(QDir(m_folder).filePath(QStringLiteral("notes.txt")), QByteArrayLiteral("notes"));

    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("lifeboat.ini")), QSettings::IniFormat);
    m_workspace = std::make_unique<Workspace>(m_settings.get());
    m_workspace->setBackupFolder(m_folder);
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
    waitLoaded();
}

void TestBackupsView::cleanupTestCase()
{
    m_view.reset();
    if (m_workspace)
        m_workspace->jobs()->cancelAllAndWait();
    m_workspace.reset();
    if (m_server)
        m_server->drop(m_database);
}

QString TestBackupsView::backUp(const QString &name, const QStringList &collections)
{
    BackupRequest request;
    request.mongoUri = TestServer::uri();
    request.database = m_database;
    request.collections = collections;
    request.outDir = m_folder;
    request.name = name;
    auto result = BackupEngine().run(request);
    if (!result) {
        qWarning("backup %s failed: %s", qPrintable(name), qPrintable(result.error().toString()));
        return {};
    }
    return QFileInfo(result->archivePath).absoluteFilePath();
}

void TestBackupsView::waitLoaded()
{
    // Every listed archive has been read (or found unreadable).
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), 30000);
    ArchiveTableModel *model = m_view->model();
    for (const QString &path : model->paths())
        QTRY_VERIFY_WITH_TIMEOUT(model->entry(path) && model->entry(path)->summary.read, 30000);
}

QString TestBackupsView::cell(const QString &path, int column) const
{
    ArchiveTableModel *model = m_view->model();
    const int row = model->rowOf(path);
    if (row < 0)
        return QStringLiteral("<no row>");
    return model->index(row, column).data().toString();
}

IntegrityState TestBackupsView::integrity(const QString &path) const
{
    const auto *e = m_view->model()->entry(path);
    return e ? e->integrity : IntegrityState::NotChecked;
}

void TestBackupsView::select(const QString &path)
{
    // Through the table the user clicks, not the model.
    auto *table = m_view->findChild<QTableView *>(QStringLiteral("archiveTable"));
    QVERIFY(table);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, ArchiveTableModel::Name);
        if (index.data(ArchiveTableModel::PathRole).toString() == path) {
            table->scrollTo(index);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
            QCOMPARE(m_view->selectedPath(), path);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no row for ") + path));
}

QAbstractButton *TestBackupsView::button(const char *name) const
{
    return m_view->findChild<QAbstractButton *>(QString::fromLatin1(name));
}

void TestBackupsView::verify(const QString &path)
{
    select(path);
    QSignalSpy finished(m_view.get(), &BackupsView::verificationFinished);
    QVERIFY(button("verifyButton")->isEnabled());
    button("verifyButton")->click();
    // Marked at once; the result comes from the job.
    QCOMPARE(integrity(path), IntegrityState::Checking);
    QCOMPARE(cell(path, ArchiveTableModel::Integrity), ArchiveTableModel::integrityName(IntegrityState::Checking));
    QVERIFY(m_workspace->jobs()->isInUse(path));
    QVERIFY(finished.wait(kJobTimeoutMs));
    QCOMPARE(finished.first().first().toString(), path);
}

ReportDialog *TestBackupsView::compare(const QString &path)
{
    select(path);
    QSignalSpy finished(m_view.get(), &BackupsView::comparisonFinished);
    button("compareButton")->click();
    if (!finished.wait(kJobTimeoutMs))
        return nullptr;
    if (finished.first().first().toString() != path)
        return nullptr;
    auto *report = finished.first().at(1).value<ReportDialog *>();
    if (!report)
        qWarning("comparison failed: %s", qPrintable(m_view->statusText()));
    return report;
}

Job *TestBackupsView::lastCompareJob() const
{
    const QList<Job *> jobs = m_workspace->jobs()->jobs();
    for (auto it = jobs.crbegin(); it != jobs.crend(); ++it) {
        if ((*it)->kind() == QLatin1String("compare"))
            return *it;
    }
    qFatal("no compare job");
}

void TestBackupsView::setName(const QString &collection, int id, const QString &name)
{
    PooledClient client = m_server->pool().acquire();
    mongoc_collection_t *c = mongoc_client_get_collection(client.get(), m_database.toUtf8().constData(), collection.toUtf8().constData());
    bson_t *filter = BCON_NEW("_id", BCON_INT32(id));
    const QByteArray value = name.toUtf8();
    bson_t *update = BCON_NEW("$set", "{", "name", BCON_UTF8(value.constData()), "}");
    bson_t reply;
    bson_error_t error;
    const bool ok = mongoc_collection_update_one(c, filter, update, nullptr, &reply, &error);
    bson_destroy(&reply);
    bson_destroy(update);
    bson_destroy(filter);
    mongoc_collection_destroy(c);
    QVERIFY2(ok, error.message);
}

void TestBackupsView::listsArchivesWithTheirManifests()
{
    ArchiveTableModel *model = m_view->model();
    QCOMPARE(model->rowCount(), 4);
    QVERIFY(model->rowOf(m_full) >= 0);
    QVERIFY(model->rowOf(m_orders) >= 0);
    QVERIFY(model->rowOf(m_corrupt) >= 0);
    QVERIFY(model->rowOf(m_runbook) >= 0);
    auto *folderEdit = m_view->findChild<QLineEdit *>(QStringLiteral("folderEdit"));
    QVERIFY(folderEdit);
    QCOMPARE(QDir::fromNativeSeparators(folderEdit->text()), m_folder);

    const QLocale locale;
    QCOMPARE(cell(m_full, ArchiveTableModel::Documents), locale.toString(kCustomers + kOrders));
    QCOMPARE(cell(m_full, ArchiveTableModel::Collections), locale.toString(2));
    QCOMPARE(cell(m_full, ArchiveTableModel::Database), m_database);
    QCOMPARE(cell(m_orders, ArchiveTableModel::Documents), locale.toString(kOrders));
    QCOMPARE(cell(m_orders, ArchiveTableModel::Collections), locale.toString(1));
    // The source is the server without credentials.
    const QString source = cell(m_full, ArchiveTableModel::Source);
    QVERIFY2(!source.isEmpty() && TestServer::uri().contains(source.section(QLatin1Char(','), 0, 0)), qPrintable(source));
    QVERIFY(!source.contains(QLatin1Char('@')));
    QCOMPARE(cell(m_full, ArchiveTableModel::Name), QStringLiteral("backup_full.tar.gz"));
    QCOMPARE(cell(m_full, ArchiveTableModel::Size), locale.formattedDataSize(QFileInfo(m_full).size()));

    // The runbook archive: described, no manifest to count from.
    QCOMPARE(cell(m_runbook, ArchiveTableModel::Source), tr("no manifest (runbook archive)"));
    QCOMPARE(cell(m_runbook, ArchiveTableModel::Collections), locale.toString(1));
    QCOMPARE(cell(m_runbook, ArchiveTableModel::Database), QStringLiteral("db"));
    QCOMPARE(cell(m_runbook, ArchiveTableModel::Documents), QStringLiteral("—"));

    // Nothing has been checked yet in this session.
    for (const QString &path : {m_full, m_orders, m_corrupt, m_runbook}) {
        QCOMPARE(integrity(path), IntegrityState::NotChecked);
        QCOMPARE(cell(path, ArchiveTableModel::Integrity), tr("not checked"));
    }
}

void TestBackupsView::detailsShowCollections()
{
    auto *details = m_view->findChild<QWidget *>(QStringLiteral("archiveDetails"));
    QVERIFY(details);
    auto *tree = details->findChild<QTreeWidget *>(QStringLiteral("collectionsTree"));
    QVERIFY(tree);
    auto *label = details->findChild<QLabel *>(QStringLiteral("detailsLabel"));
    auto *problems = details->findChild<QListWidget *>(QStringLiteral("problemsList"));
    QVERIFY(label && problems);
    // Nothing selected yet: the pane says what it is for, and shows no empty problems box.
    QVERIFY(m_view->selectedPath().isEmpty());
    QCOMPARE(label->text(), QStringLiteral("Select an archive to see its collections."));
    QVERIFY(!problems->isVisible());
    QCOMPARE(tree->topLevelItemCount(), 0);

    select(m_full);
    QCOMPARE(tree->topLevelItemCount(), 2);
    QHash<QString, QTreeWidgetItem *> byName;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        byName.insert(tree->topLevelItem(i)->text(0), tree->topLevelItem(i));
    QVERIFY(byName.contains(QStringLiteral("customers")) && byName.contains(QStringLiteral("orders")));
    QCOMPARE(byName.value(QStringLiteral("customers"))->text(2), QLocale().toString(kCustomers));
    QCOMPARE(byName.value(QStringLiteral("orders"))->text(2), QLocale().toString(kOrders));
    QCOMPARE(byName.value(QStringLiteral("orders"))->text(1), QStringLiteral("collection"));
    QVERIFY(byName.value(QStringLiteral("orders"))->text(5).contains(QStringLiteral("_id_")));
    QVERIFY(!byName.value(QStringLiteral("orders"))->toolTip(4).isEmpty()); // the full digest
    QVERIFY(label->text().contains(QStringLiteral("backup_full.tar.gz")));
    // Counts in words with their plurals and the locale's digits, sizes in IEC units.
    QVERIFY2(label->text().contains(QStringLiteral("2 collections, %1 documents").arg(QLocale().toString(kCustomers + kOrders))),
             qPrintable(label->text()));
    QVERIFY2(label->text().contains(QLocale().formattedDataSize(QFileInfo(m_full).size(), 2, QLocale::DataSizeIecFormat)),
             qPrintable(label->text()));
    QVERIFY(!label->text().contains(QLatin1String("(s)")));
    QVERIFY(!problems->isVisible());

    select(m_orders);
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("orders"));
}

void TestBackupsView::buttonsAskTheMainWindow()
{
    QSignalSpy backup(m_view.get(), &BackupsView::backupRequested);
    QSignalSpy restore(m_view.get(), &BackupsView::restoreRequested);
    select(m_orders);
    button("backupButton")->click();
    QCOMPARE(backup.size(), 1);
    button("restoreButton")->click();
    QCOMPARE(restore.size(), 1);
    QCOMPARE(restore.first().first().toString(), m_orders);
}

void TestBackupsView::verifyIntegrityMarksEachArchive()
{
    verify(m_full);
    QCOMPARE(integrity(m_full), IntegrityState::Ok);
    // "ok, 14:02": verified, with when (issue 14.4).
    const QString verified = cell(m_full, ArchiveTableModel::Integrity);
    QVERIFY2(verified.startsWith(tr("ok") + QStringLiteral(", ")) && verified.contains(QLatin1Char(':')), qPrintable(verified));
    // The message about it goes once another archive is selected (issue 14.4).
    QVERIFY2(m_view->statusText().contains(QFileInfo(m_full).fileName()), qPrintable(m_view->statusText()));
    select(m_orders);
    QVERIFY2(m_view->statusText().isEmpty(), qPrintable(m_view->statusText()));
    verify(m_orders);
    QCOMPARE(integrity(m_orders), IntegrityState::Ok);

    verify(m_corrupt);
    QCOMPARE(integrity(m_corrupt), IntegrityState::Problems);
    QCOMPARE(cell(m_corrupt, ArchiveTableModel::Integrity), tr("problems"));
    QVERIFY(!m_view->model()->entry(m_corrupt)->problems().isEmpty());
    // The problems are listed under the details (the corrupt archive is still selected).
    auto *problems = m_view->findChild<QListWidget *>(QStringLiteral("problemsList"));
    QVERIFY(problems && problems->count() > 0 && problems->isVisible());
    // A check of one archive leaves the others as they were.
    QCOMPARE(integrity(m_full), IntegrityState::Ok);

    // The runbook archive has nothing to compare with, but reads through: ok, and now counted.
    verify(m_runbook);
    QCOMPARE(integrity(m_runbook), IntegrityState::Ok);
    QCOMPARE(cell(m_runbook, ArchiveTableModel::Documents), QLocale().toString(3));
    auto *tree = m_view->findChild<QTreeWidget *>(QStringLiteral("collectionsTree"));
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("db.coll"));
    QCOMPARE(tree->topLevelItem(0)->text(2), QLocale().toString(3));
    QCOMPARE(tree->topLevelItem(0)->text(6), tr("ok"));

    // The jobs ended as the jobs panel will show them: a damaged archive is a failed check.
    QList<Job *> verifications;
    for (Job *job : m_workspace->jobs()->jobs()) {
        if (job->kind() == QLatin1String("verify"))
            verifications << job;
    }
    QCOMPARE(verifications.size(), 4);
    QCOMPARE(verifications.at(0)->state(), Job::State::Succeeded);
    QVERIFY2(verifications.at(0)->summary().endsWith(QStringLiteral(" files, %1 documents").arg(QLocale().toString(kCustomers + kOrders))),
             qPrintable(verifications.at(0)->summary()));
    QCOMPARE(verifications.at(2)->state(), Job::State::Failed);
}

void TestBackupsView::compareWithDatabase()
{
    ReportDialog *report = compare(m_full);
    QVERIFY2(report, qPrintable(m_view->statusText()));
    QVERIFY(report->isVisible());
    QCOMPARE(m_view->lastReport(), report);
    QCOMPARE(report->report().rows.size(), 2);
    QVERIFY2(report->report().allOk(), report->report().toCsv().constData());
    QCOMPARE(report->report().count(VerificationStatus::Ok), 2);
    auto *table = report->findChild<QTableView *>(QStringLiteral("reportTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->model()->index(0, 0).data(VerificationTableModel::StatusRole).toString(), QStringLiteral("ok"));
    QVERIFY(table->model()->index(0, 0).data(Qt::BackgroundRole).isValid()); // coloured by status
    QCOMPARE(lastCompareJob()->state(), Job::State::Succeeded);
    QCOMPARE(lastCompareJob()->summary(), QStringLiteral("2 collections match"));

    // Export CSV…: the file dialog opens without a nested event loop and writes where chosen.
    const QString csv = m_dir.filePath(QStringLiteral("report.csv"));
    report->findChild<QAbstractButton *>(QStringLiteral("exportCsvButton"))->click();
    QFileDialog *fileDialog = report->csvFileDialog();
    QVERIFY(fileDialog);
    QCOMPARE(fileDialog->objectName(), QStringLiteral("exportCsvDialog"));
    fileDialog->selectFile(csv);
    static_cast<QDialog *>(fileDialog)->accept(); // QFileDialog::accept(), as its Save button does
    QTRY_VERIFY(QFileInfo::exists(csv));
    const QByteArray written = test::readFile(csv);
    QVERIFY(written.startsWith("database,collection,type,"));
    QCOMPARE(written, report->report().toCsv());
    QVERIFY(report->findChild<QLabel *>(QStringLiteral("csvStatusLabel"))->text().contains(QStringLiteral("report.csv")));
    report->close();
    QTRY_VERIFY(!m_view->lastReport());

    // The archive of chosen collections compares those alone.
    ReportDialog *ordersOnly = compare(m_orders);
    QVERIFY2(ordersOnly, qPrintable(m_view->statusText()));
    QCOMPARE(ordersOnly->report().rows.size(), 1);
    QVERIFY(ordersOnly->report().allOk());
    ordersOnly->close();

    // One document changed in the database: the comparison says where.
    setName(QStringLiteral("customers"), 4, QStringLiteral("someone else"));
    ReportDialog *changed = compare(m_full);
    QVERIFY2(changed, qPrintable(m_view->statusText()));
    QVERIFY(!changed->report().allOk());
    bool customersDiffer = false;
    for (const VerificationRow &row : changed->report().rows) {
        if (row.collection == QLatin1String("customers"))
            customersDiffer = row.status == VerificationStatus::Mismatch;
        else
            QCOMPARE(toString(row.status), QStringLiteral("ok"));
    }
    QVERIFY(customersDiffer);
    QVERIFY(changed->windowTitle().contains(tr("mismatch")));
    // The comparison ran: its job succeeded, and says what it found, as does the view.
    Job *job = lastCompareJob();
    QCOMPARE(job->state(), Job::State::Succeeded);
    QCOMPARE(job->summary(), QStringLiteral("differences in 1 of 2 collections"));
    QVERIFY2(m_view->statusText().contains(job->summary()), qPrintable(m_view->statusText()));
    QVERIFY2(job->log().join(QLatin1Char('\n')).contains(QStringLiteral(".customers differs")), qPrintable(job->log().join(QLatin1Char('\n'))));

    // The report: a size that fits the screen, notes that wrap rather than run off, and the
    // full notes in the tooltip.
    const QRect screen = changed->screen()->availableGeometry();
    QVERIFY2(changed->width() <= screen.width() && changed->height() <= screen.height(),
             qPrintable(QStringLiteral("%1x%2 on %3x%4").arg(changed->width()).arg(changed->height()).arg(screen.width()).arg(screen.height())));
    auto *changedTable = changed->findChild<QTableView *>(QStringLiteral("reportTable"));
    QVERIFY(changedTable->wordWrap());
    QCOMPARE(changedTable->horizontalHeader()->sectionResizeMode(VerificationTableModel::Notes), QHeaderView::Stretch);
    int mismatchRow = -1, okRow = -1;
    for (int row = 0; row < changedTable->model()->rowCount(); ++row) {
        const QString status = changedTable->model()->index(row, 0).data(VerificationTableModel::StatusRole).toString();
        (status == QLatin1String("mismatch") ? mismatchRow : okRow) = row;
    }
    QVERIFY(mismatchRow >= 0 && okRow >= 0);
    const QModelIndex notes = changedTable->model()->index(mismatchRow, VerificationTableModel::Notes);
    QVERIFY(!notes.data().toString().isEmpty());
    const QString tip = notes.data(Qt::ToolTipRole).toString();
    for (const QString &note : notes.data().toString().split(QStringLiteral("; ")))
        QVERIFY2(tip.contains(note), qPrintable(tip));
    // Narrower, the notes column gets what the others leave, and its rows grow rather than
    // cut the notes off.
    int others = 0;
    for (int column = 0; column < VerificationTableModel::ColumnCount; ++column)
        others += column == VerificationTableModel::Notes ? 0 : changedTable->columnWidth(column);
    const QString note = notes.data().toString();
    const int noteWidth = changedTable->fontMetrics().horizontalAdvance(note);
    changed->resize(changed->width() - changedTable->viewport()->width() + others + noteWidth / 3, changed->height());
    QTRY_VERIFY2(changedTable->columnWidth(VerificationTableModel::Notes) < noteWidth
                     && changedTable->rowHeight(mismatchRow) > changedTable->rowHeight(okRow),
                 qPrintable(QStringLiteral("rows %1 and %2 px high; notes %3 px wide, \"%4\" %5 px")
                                .arg(changedTable->rowHeight(mismatchRow)).arg(changedTable->rowHeight(okRow))
                                .arg(changedTable->columnWidth(VerificationTableModel::Notes)).arg(note).arg(noteWidth)));
    changed->close();
    setName(QStringLiteral("customers"), 4, QStringLiteral("customer 4"));

    // Without a connection there is nothing to compare with.
    const QString profileId = m_workspace->currentProfileId();
    m_workspace->setCurrentProfileId({});
    select(m_full);
    QSignalSpy finished(m_view.get(), &BackupsView::comparisonFinished);
    button("compareButton")->click();
    QVERIFY(m_view->statusText().contains(tr("Select a connection first")));
    QCOMPARE(finished.size(), 0);
    m_workspace->setCurrentProfileId(profileId);
}

void TestBackupsView::deleteIsRefusedWhileAJobUsesTheArchive()
{
    // A job that holds the archive until the test lets it go.
    auto release = std::make_shared<QSemaphore>();
    Job *job = m_workspace->jobs()->start(
        QStringLiteral("restore"), QStringLiteral("holds the archive"),
        holdUntil(release),
        {m_orders});
    QVERIFY(m_workspace->jobs()->isInUse(m_orders));
    select(m_orders);
    button("deleteButton")->click();
    QVERIFY(!m_view->pendingConfirmation());
    QVERIFY2(m_view->statusText().contains(tr("a running job is using it")), qPrintable(m_view->statusText()));
    QVERIFY(QFileInfo::exists(m_orders));
    QVERIFY(m_view->model()->rowOf(m_orders) >= 0);

    release->release();
    QTRY_VERIFY(!job->isRunning());
    QVERIFY(!m_workspace->jobs()->isInUse(m_orders));

    // A job that starts while the question is open: still refused when the answer comes.
    button("deleteButton")->click();
    QPointer<QMessageBox> box = m_view->pendingConfirmation();
    QVERIFY(box);
    Job *late = m_workspace->jobs()->start(
        QStringLiteral("restore"), QStringLiteral("holds the archive"),
        holdUntil(release),
        {m_orders});
    box->button(QMessageBox::Yes)->click();
    QTRY_VERIFY(!box);
    QVERIFY(m_view->statusText().contains(tr("a running job is using it")));
    QVERIFY(QFileInfo::exists(m_orders));
    release->release();
    QTRY_VERIFY(!late->isRunning());
}

void TestBackupsView::deleteAfterConfirmation()
{
    select(m_corrupt);
    // Cancel keeps the file.
    button("deleteButton")->click();
    QPointer<QMessageBox> box = m_view->pendingConfirmation();
    QVERIFY(box);
    QCOMPARE(box->objectName(), QStringLiteral("deleteConfirmation"));
    QVERIFY(box->text().contains(QStringLiteral("backup_corrupt.tar.gz")));
    QCOMPARE(static_cast<QAbstractButton *>(box->defaultButton()), box->button(QMessageBox::Cancel));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!box);
    QVERIFY(QFileInfo::exists(m_corrupt));
    QVERIFY(m_view->model()->rowOf(m_corrupt) >= 0);

    // Accepted: the file and its row are gone.
    button("deleteButton")->click();
    box = m_view->pendingConfirmation();
    QVERIFY(box);
    box->button(QMessageBox::Yes)->click();
    QTRY_VERIFY(!QFileInfo::exists(m_corrupt));
    QCOMPARE(m_view->model()->rowOf(m_corrupt), -1);
    QCOMPARE(m_view->model()->rowCount(), 3);
    QVERIFY(m_view->selectedPath().isEmpty() || m_view->selectedPath() != m_corrupt);
    // A refresh does not bring it back.
    m_view->refresh();
    waitLoaded();
    QCOMPARE(m_view->model()->rowCount(), 3);
    QVERIFY(QFileInfo::exists(m_full) && QFileInfo::exists(m_orders) && QFileInfo::exists(m_runbook));
}

void TestBackupsView::followsTheFolder()
{
    // Checks of this session survive a refresh of the same files.
    QCOMPARE(integrity(m_full), IntegrityState::Ok);

    // Another folder, chosen through "Change…".
    const QString other = m_dir.filePath(QStringLiteral("other"));
    QVERIFY(QDir().mkpath(other));
    button("changeFolderButton")->click();
    QFileDialog *dialog = m_view->folderDialog();
    QVERIFY(dialog);
    dialog->setDirectory(other);
    dialog->selectFile(other);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept(), as its Choose button does
    QTRY_COMPARE(m_workspace->backupFolder(), other);
    waitLoaded();
    QCOMPARE(m_view->model()->rowCount(), 0);
    QVERIFY(!m_view->statusText().isEmpty()); // "no archives in this folder yet"

    // A new archive appears without Refresh (the folder is watched).
    const QString copy = QDir(other).filePath(QStringLiteral("backup_copy.tar.gz"));
    QVERIFY(QFile::copy(m_orders, copy));
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->rowOf(copy) >= 0, 10000);
    waitLoaded();
    QCOMPARE(cell(copy, ArchiveTableModel::Documents), QLocale().toString(kOrders));

    m_workspace->setBackupFolder(m_folder);
    waitLoaded();
    QCOMPARE(m_view->model()->rowCount(), 3);
    QCOMPARE(cell(m_full, ArchiveTableModel::Documents), QLocale().toString(kCustomers + kOrders));
    // A folder's checks are of its files, and the files are as they were.
    QCOMPARE(integrity(m_full), IntegrityState::Ok);
}

void TestBackupsView::showInFolderOpensTheFolder()
{
    QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "openUrl");
    button("showInFolderButton")->click();
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QCOMPARE(m_openedUrls.size(), 1);
    QCOMPARE(m_openedUrls.first(), QUrl::fromLocalFile(m_folder));
}

void TestBackupsView::sitsInTheMainWindow()
{
    MainWindow window(m_workspace.get());
    auto *tab = window.findChild<QWidget *>(QStringLiteral("backupsTab"));
    QVERIFY(tab);
    auto *view = tab->findChild<BackupsView *>(QStringLiteral("backupsView"));
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading(), 30000);
    QCOMPARE(view->model()->rowCount(), 3);
}

QTEST_MAIN(TestBackupsView)
#include "TestBackupsView.moc"
