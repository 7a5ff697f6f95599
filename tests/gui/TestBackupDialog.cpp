// The backup dialog and the jobs panel against the real test server and keychain: a backup of
// chosen collections that ends as a verified archive, a cancelled backup that leaves nothing,
// an event loop that keeps turning meanwhile, and a backup left running in the jobs panel.
#include "app/window/AppTranslator.h"
#include "core/verify/ArchiveInspector.h"
#include "app/backups/ArchiveTableModel.h"
#include "app/backups/BackupDialog.h"
#include "app/backups/BackupsView.h"
#include "app/jobs/Job.h"
#include "app/jobs/JobsPanel.h"
#include "app/window/MainWindow.h"
#include "app/widgets/ProgressText.h"
#include "TestServer.h"
#include "app/window/Workspace.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

using namespace lifeboat;
using namespace lifeboat::app;
using lifeboat::test::TestServer;

namespace {
constexpr int kSmallDocuments = 100;
constexpr int kBigDocuments = 200000;
constexpr int kJobTimeoutMs = 300000;
} // namespace

class TestBackupDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void backsUpChosenCollections();
    void cancelLeavesNothing();
    void eventLoopKeepsTurning();
    void closingCanKeepItRunningInThePanel();
    void withoutProfileAsksForOne();
    void unreachableServerSaysSo();
    void numbersInWords();

private:
    // Opens the dialog through the main window and chooses the test database.
    BackupDialog *openDialog();
    void chooseCollections(BackupDialog *dialog, const QStringList &names);
    static QStringList folderEntries(const QString &path);
    static QString stateInPanel(JobsPanel *panel, Job *job);

    std::unique_ptr<TestServer> m_server;
    QString m_database;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QString m_profileId;
    QString m_preselectedDatabase; // what the dialog chose by itself once the list arrived
    AppTranslator m_translator;    // English's plural forms, as the app installs them
};

void TestBackupDialog::initTestCase()
{
    m_translator.install(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(!TestServer::uri().isEmpty(), qPrintable(TestServer::whyUnavailable()));
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<TestServer>();
    m_database = TestServer::uniqueDatabase(QStringLiteral("gui_backup"));

    auto small = [](int offset) {
        std::vector<BsonDocument> docs;
        for (int i = 0; i < kSmallDocuments; ++i) {
            BsonDocument d;
            BSON_APPEND_INT32(d.get(), "_id", offset + i);
            BSON_APPEND_UTF8(d.get(), "name", QByteArray("item ").append(QByteArray::number(i)).constData());
            BSON_APPEND_INT64(d.get(), "big", qint64(1) << 40 | i);
            docs.push_back(std::move(d));
        }
        return docs;
    };
    m_server->insertBson(m_database, QStringLiteral("alpha"), small(0));
    m_server->insertBson(m_database, QStringLiteral("beta"), small(1000));
    // Enough small documents that a backup of them is still copying when the test cancels it.
    std::vector<BsonDocument> batch;
    for (int i = 0; i < kBigDocuments; ++i) {
        BsonDocument d;
        BSON_APPEND_INT32(d.get(), "_id", i);
        BSON_APPEND_INT32(d.get(), "n", i % 97);
        batch.push_back(std::move(d));
        if (batch.size() == 10000) {
            m_server->insertBson(m_database, QStringLiteral("big"), batch);
            batch.clear();
        }
    }
    m_server->insertBson(m_database, QStringLiteral("big"), batch);
    QCOMPARE(m_server->count(m_database, QStringLiteral("big")), qint64(kBigDocuments));

    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("lifeboat.ini")), QSettings::IniFormat);
    m_workspace = std::make_unique<Workspace>(m_settings.get());
    m_workspace->setBackupFolder(m_dir.filePath(QStringLiteral("default-folder")));
    profiles::ConnectionProfile profile;
    profile.name = QStringLiteral("Test server");
    profile.connectionString = TestServer::uri();
    profile.defaultDatabase = m_database;
    profile.environment = profiles::ConnectionProfile::Environment::Production;
    auto added = m_workspace->profiles()->add(profile);
    QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().toString()));
    m_profileId = added->id;
    m_workspace->setCurrentProfileId(m_profileId);

    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestBackupDialog::cleanupTestCase()
{
    if (m_workspace)
        m_workspace->jobs()->cancelAllAndWait();
    m_window.reset();
    m_workspace.reset();
    if (m_server)
        m_server->drop(m_database);
}

BackupDialog *TestBackupDialog::openDialog()
{
    m_workspace->setCurrentProfileId(m_profileId);
    m_window->openBackupDialog();
    BackupDialog *dialog = nullptr;
    const auto dialogs = m_window->findChildren<BackupDialog *>(QStringLiteral("backupDialog"));
    for (BackupDialog *d : dialogs) {
        if (d->isVisible() && !d->job())
            dialog = d;
    }
    if (!dialog)
        return nullptr;
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("databaseCombo"));
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("collectionList"));
    if (!combo || !list)
        return nullptr;
    // The list comes from the server, off the GUI thread.
    if (!QTest::qWaitFor([&] { return combo->findText(m_database) >= 0; }, 60000))
        return nullptr;
    m_preselectedDatabase = combo->currentText();
    combo->setCurrentIndex(combo->findText(m_database));
    if (!QTest::qWaitFor([&] { return list->count() == 3; }, 60000))
        return nullptr;
    return dialog;
}

void TestBackupDialog::chooseCollections(BackupDialog *dialog, const QStringList &names)
{
    auto *some = dialog->findChild<QRadioButton *>(QStringLiteral("someCollectionsRadio"));
    QVERIFY(some);
    some->click();
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("collectionList"));
    QVERIFY(list->isEnabled());
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem *item = list->item(i);
        item->setCheckState(names.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList TestBackupDialog::folderEntries(const QString &path)
{
    return QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

QString TestBackupDialog::stateInPanel(JobsPanel *panel, Job *job)
{
    QTreeWidgetItem *item = panel ? panel->itemFor(job) : nullptr;
    return item ? item->text(JobsPanel::StateColumn) : QStringLiteral("(no row)");
}

void TestBackupDialog::backsUpChosenCollections()
{
    BackupDialog *dialog = openDialog();
    QVERIFY(dialog);
    // The database list was filled from the server, and the profile's default database chosen.
    QCOMPARE(m_preselectedDatabase, m_database);
    // A backup only reads: the environment is named, no red banner.
    auto *environment = dialog->findChild<QLabel *>(QStringLiteral("environmentLabel"));
    QVERIFY(environment && environment->text().contains(QStringLiteral("Production")));
    QVERIFY(!dialog->findChild<QWidget *>(QStringLiteral("productionBanner")));
    auto *destination = dialog->findChild<QLineEdit *>(QStringLiteral("destinationEdit"));
    QCOMPARE(QDir::fromNativeSeparators(destination->text()), m_workspace->backupFolder());
    QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("jobsSpin"))->value(), 4);

    chooseCollections(dialog, {QStringLiteral("alpha"), QStringLiteral("beta")});
    const QString folder = m_dir.filePath(QStringLiteral("chosen"));
    destination->setText(folder);
    auto *start = dialog->findChild<QPushButton *>(QStringLiteral("startButton"));
    QVERIFY(start->isEnabled());
    start->click();

    QTRY_VERIFY_WITH_TIMEOUT(dialog->job(), 30000);
    QPointer<Job> job = dialog->job();
    QCOMPARE(job->kind(), QStringLiteral("backup"));
    QTRY_VERIFY_WITH_TIMEOUT(!job->isRunning(), kJobTimeoutMs);
    QVERIFY2(job->state() == Job::State::Succeeded, qPrintable(job->summary()));

    const QStringList archives = QDir(folder).entryList({QStringLiteral("*.tar.gz")}, QDir::Files);
    QCOMPARE(archives.size(), 1);
    QCOMPARE(folderEntries(folder), archives); // nothing else: no .partial, no spool
    const QString archive = QDir(folder).filePath(archives.first());
    auto report = ArchiveInspector::inspect(archive, ArchiveInspector::Depth::Documents);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().toString()));
    QVERIFY2(report->ok(), qPrintable(report->problems.join(QLatin1Char('\n'))));
    QVERIFY(report->manifest);
    QCOMPARE(report->manifest->collections.size(), 2);
    for (const CollectionRecord &c : report->manifest->collections) {
        QVERIFY2(c.name == QLatin1String("alpha") || c.name == QLatin1String("beta"), qPrintable(c.name));
        QCOMPARE(c.documents, qint64(kSmallDocuments));
        // Counted again from the archive's own bytes, not only as the manifest says.
        const InspectedFile *file = report->file(report->manifest->name + QLatin1Char('/') + c.file);
        QVERIFY2(file, qPrintable(c.file));
        QVERIFY(file->parsed);
        QCOMPARE(file->documents, qint64(kSmallDocuments));
    }

    // The dialog's progress page shows the outcome.
    QCOMPARE(dialog->findChild<QProgressBar *>(QStringLiteral("overallProgress"))->value(), 1000);
    QCOMPARE(dialog->findChildren<QProgressBar *>(QStringLiteral("collectionBar")).size(), 2);
    auto *result = dialog->findChild<QLabel *>(QStringLiteral("resultLabel"));
    QVERIFY2(result->text().contains(QDir::toNativeSeparators(archive)), qPrintable(result->text()));
    QVERIFY2(job->summary().startsWith(QStringLiteral("200 documents in 2 collections")), qPrintable(job->summary()));
    // The sizes in the same units as the backups view (IEC: KiB, MiB).
    QVERIFY2(result->text().contains(QStringLiteral("archive ") + ProgressText::bytes(QFileInfo(archive).size()) + QLatin1Char('.')),
             qPrintable(result->text()));
    QVERIFY2(result->text().contains(QLatin1String("iB")) && !result->text().contains(QLatin1String(" kB")), qPrintable(result->text()));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("cancelButton"))->isVisible());

    // The jobs panel lists it as succeeded, with its log.
    auto *panel = m_window->findChild<JobsPanel *>(QStringLiteral("jobsPanel"));
    QVERIFY(panel);
    QCOMPARE(stateInPanel(panel, job), Job::stateName(Job::State::Succeeded));
    panel->selectJob(job);
    auto *log = panel->findChild<QPlainTextEdit *>(QStringLiteral("jobLog"));
    QVERIFY(log->isReadOnly());
    QVERIFY2(log->toPlainText().contains(QStringLiteral("Finished")), qPrintable(log->toPlainText()));
    QVERIFY(!panel->findChild<QPushButton *>(QStringLiteral("cancelJobButton"))->isEnabled());
    // No password anywhere on screen (the test server has none, but the URI is shown redacted).
    QVERIFY(!log->toPlainText().contains(QStringLiteral("mongodb://")));

    // Closing a finished backup's dialog asks nothing; a double-click on its job brings it
    // back with its outcome (issue 14.6).
    bool asked = false;
    dialog->setCloseQuestion([&] {
        asked = true;
        return BackupDialog::CloseChoice::StayOpen;
    });
    QPointer<BackupDialog> guard(dialog);
    dialog->findChild<QPushButton *>(QStringLiteral("closeButton"))->click();
    QTRY_VERIFY(!dialog->isVisible());
    QVERIFY(!asked);
    QTreeWidgetItem *row = panel->itemFor(job);
    QVERIFY(row);
    auto *jobsTable = panel->findChild<QTreeWidget *>(QStringLiteral("jobsTable"));
    const QRect rect = jobsTable->visualItemRect(row);
    // A press first: an item view takes a double-click on the index it was pressed on.
    const QPoint onTitle(20, rect.center().y());
    QTest::mouseClick(jobsTable->viewport(), Qt::LeftButton, {}, onTitle);
    QTest::mouseDClick(jobsTable->viewport(), Qt::LeftButton, {}, onTitle);
    QTRY_VERIFY(guard && guard->isVisible());
    QVERIFY2(guard->findChild<QLabel *>(QStringLiteral("resultLabel"))->text().contains(QDir::toNativeSeparators(archive)),
             qPrintable(guard->findChild<QLabel *>(QStringLiteral("resultLabel"))->text()));

    // Issue 14.4: the archive this session wrote and verified shows as verified, with when, in
    // the Backups view (without a "Verify integrity" of its own).
    auto *backups = m_window->findChild<BackupsView *>(QStringLiteral("backupsView"));
    QVERIFY(backups);
    m_workspace->setBackupFolder(folder);
    QTRY_VERIFY_WITH_TIMEOUT(backups->model()->entry(archive)
                                 && backups->model()->entry(archive)->integrity == ArchiveTableModel::IntegrityState::Ok,
                             30000);
    const QString integrity = backups->model()->data(backups->model()->index(backups->model()->rowOf(archive), ArchiveTableModel::Integrity))
                                  .toString();
    QVERIFY2(integrity.startsWith(QStringLiteral("ok, ")) && integrity.contains(QLatin1Char(':')), qPrintable(integrity));
    guard->close();
}

void TestBackupDialog::cancelLeavesNothing()
{
    BackupDialog *dialog = openDialog();
    QVERIFY(dialog);
    chooseCollections(dialog, {QStringLiteral("big")});
    const QString folder = m_dir.filePath(QStringLiteral("cancelled"));
    dialog->findChild<QLineEdit *>(QStringLiteral("destinationEdit"))->setText(folder);
    // zstd this time: the cancel must not leave a .tar.zst either.
    auto *compression = dialog->findChild<QComboBox *>(QStringLiteral("compressionCombo"));
    compression->setCurrentIndex(compression->findData(QStringLiteral("zstd")));
    QVERIFY(compression->currentIndex() >= 0);
    dialog->findChild<QPushButton *>(QStringLiteral("startButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->job(), 30000);
    QPointer<Job> job = dialog->job();

    // Documents are moving, as the dialog shows them.
    auto *overall = dialog->findChild<QProgressBar *>(QStringLiteral("overallProgress"));
    QTRY_VERIFY_WITH_TIMEOUT(job->progress().documentsDone > 0 || !job->isRunning(), 120000);
    QVERIFY2(job->isRunning(), qPrintable(QStringLiteral("the backup ended before it could be cancelled: ") + job->summary()));
    QTRY_VERIFY(overall->text().contains(QStringLiteral("documents")));
    QCOMPARE(dialog->findChildren<QProgressBar *>(QStringLiteral("collectionBar")).size(), 1);

    auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(cancel->isVisible() && cancel->isEnabled());
    cancel->click();
    QVERIFY(!cancel->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!job->isRunning(), 120000);
    QVERIFY2(job->state() == Job::State::Cancelled, qPrintable(Job::stateName(job->state()) + QStringLiteral(": ") + job->summary()));

    // Nothing that looks finished, and no leftovers either.
    const QStringList left = folderEntries(folder);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral(", "))));
    auto *result = dialog->findChild<QLabel *>(QStringLiteral("resultLabel"));
    QVERIFY2(result->text().contains(QStringLiteral("cancelled")), qPrintable(result->text()));
    auto *panel = m_window->findChild<JobsPanel *>(QStringLiteral("jobsPanel"));
    QCOMPARE(stateInPanel(panel, job), Job::stateName(Job::State::Cancelled));
    dialog->close();
}

void TestBackupDialog::eventLoopKeepsTurning()
{
    BackupDialog *dialog = openDialog();
    QVERIFY(dialog);
    const QString folder = m_dir.filePath(QStringLiteral("responsive"));
    dialog->findChild<QLineEdit *>(QStringLiteral("destinationEdit"))->setText(folder);
    // Every collection, so that the backup runs long enough to tell.
    QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("allCollectionsRadio"))->isChecked());

    QElapsedTimer clock;
    qint64 last = 0;
    qint64 worstGap = 0;
    int ticks = 0;
    QTimer timer;
    timer.setInterval(10);
    connect(&timer, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        worstGap = qMax(worstGap, now - last);
        last = now;
        ++ticks;
    });
    clock.start();
    timer.start();
    dialog->findChild<QPushButton *>(QStringLiteral("startButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->job(), 30000);
    QPointer<Job> job = dialog->job();
    QTRY_VERIFY_WITH_TIMEOUT(!job->isRunning(), kJobTimeoutMs);
    timer.stop();
    const qint64 ran = clock.elapsed();
    QVERIFY2(job->state() == Job::State::Succeeded, qPrintable(job->summary()));
    qInfo("backup of %d documents took %lld ms; %d ticks, longest gap %lld ms", kBigDocuments + 2 * kSmallDocuments, ran, ticks,
          worstGap);
    QVERIFY2(worstGap < 500, qPrintable(QStringLiteral("the event loop stood still for %1 ms").arg(worstGap)));
    QVERIFY(ticks > ran / 100); // it really kept turning, not just twice

    const QStringList archives = QDir(folder).entryList({QStringLiteral("*.tar.gz")}, QDir::Files);
    QCOMPARE(archives.size(), 1);
    auto report = ArchiveInspector::inspect(QDir(folder).filePath(archives.first()), ArchiveInspector::Depth::Files);
    QVERIFY(report.ok() && report->ok() && report->manifest);
    QCOMPARE(report->manifest->totalDocuments(), qint64(kBigDocuments + 2 * kSmallDocuments));
    dialog->close();
}

void TestBackupDialog::closingCanKeepItRunningInThePanel()
{
    BackupDialog *dialog = openDialog();
    QVERIFY(dialog);
    chooseCollections(dialog, {QStringLiteral("big")});
    const QString folder = m_dir.filePath(QStringLiteral("kept"));
    dialog->findChild<QLineEdit *>(QStringLiteral("destinationEdit"))->setText(folder);
    dialog->findChild<QPushButton *>(QStringLiteral("startButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->job(), 30000);
    QPointer<Job> job = dialog->job();

    // Closing asks; "stay" keeps the dialog, "keep running" closes it and leaves the job going.
    int asked = 0;
    BackupDialog::CloseChoice answer = BackupDialog::CloseChoice::StayOpen;
    dialog->setCloseQuestion([&] {
        ++asked;
        return answer;
    });
    QPointer<BackupDialog> guard(dialog);
    auto *close = dialog->findChild<QPushButton *>(QStringLiteral("closeButton"));
    QVERIFY(job->isRunning());
    close->click();
    QCOMPARE(asked, 1);
    QVERIFY(dialog->isVisible());
    answer = BackupDialog::CloseChoice::KeepRunning;
    close->click();
    QCOMPARE(asked, 2);
    QTRY_VERIFY(!dialog->isVisible());
    QVERIFY(job->isRunning());
    QVERIFY(!job->cancelRequested());

    // The running job's row brings its progress back (issue 14.6).
    auto *panel = m_window->findChild<JobsPanel *>(QStringLiteral("jobsPanel"));
    QVERIFY(panel->openJob(job));
    QVERIFY(guard && guard->isVisible());
    QVERIFY(guard->findChild<QPushButton *>(QStringLiteral("cancelButton"))->isVisible());
    close->click();
    QCOMPARE(asked, 3);
    QTRY_VERIFY(!dialog->isVisible());

    // The jobs panel now cancels it.
    panel->selectJob(job);
    QCOMPARE(panel->selectedJob(), job.data());
    auto *cancel = panel->findChild<QPushButton *>(QStringLiteral("cancelJobButton"));
    QTRY_VERIFY_WITH_TIMEOUT(job->progress().documentsDone > 0 || !job->isRunning(), 120000);
    QVERIFY2(job->isRunning(), qPrintable(job->summary()));
    QVERIFY(cancel->isEnabled());
    cancel->click();
    QVERIFY(!cancel->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!job->isRunning(), 120000);
    QCOMPARE(job->state(), Job::State::Cancelled);
    QCOMPARE(stateInPanel(panel, job), Job::stateName(Job::State::Cancelled));
    auto *log = panel->findChild<QPlainTextEdit *>(QStringLiteral("jobLog"));
    QVERIFY2(log->toPlainText().contains(Job::stateName(Job::State::Cancelled)), qPrintable(log->toPlainText()));
    QVERIFY(folderEntries(folder).isEmpty());
}

void TestBackupDialog::withoutProfileAsksForOne()
{
    m_workspace->setCurrentProfileId(QString());
    const int before = int(m_window->findChildren<BackupDialog *>().size());
    m_window->openBackupDialog();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("pickProfileMessage"))) && box->isVisible());
    QCOMPARE(int(m_window->findChildren<BackupDialog *>().size()), before);
    box->close();
    m_workspace->setCurrentProfileId(m_profileId);
}

void TestBackupDialog::unreachableServerSaysSo()
{
    profiles::ConnectionProfile nowhere;
    nowhere.name = QStringLiteral("Nowhere");
    // Port 1 on loopback: nothing listens there.
    nowhere.connectionString = QStringLiteral("mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=500");
    auto added = m_workspace->profiles()->add(nowhere);
    QVERIFY(added.ok());
    m_workspace->setCurrentProfileId(added->id);
    m_window->openBackupDialog();
    m_workspace->setCurrentProfileId(m_profileId);
    BackupDialog *dialog = nullptr;
    for (BackupDialog *d : m_window->findChildren<BackupDialog *>(QStringLiteral("backupDialog"))) {
        if (d->isVisible() && !d->job())
            dialog = d;
    }
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("environmentLabel"))->text().contains(QStringLiteral("Development")));

    // The list cannot be read: the dialog says so and lets the name be typed.
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("loadStatusLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Could not list the databases")), 60000);
    QVERIFY(status->isVisible());
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("databaseCombo"));
    QCOMPARE(combo->count(), 0);
    combo->setEditText(QStringLiteral("shop"));
    const QString folder = m_dir.filePath(QStringLiteral("unreachable"));
    dialog->findChild<QLineEdit *>(QStringLiteral("destinationEdit"))->setText(folder);
    auto *start = dialog->findChild<QPushButton *>(QStringLiteral("startButton"));
    QVERIFY(start->isEnabled());
    start->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->job(), 30000);
    QPointer<Job> job = dialog->job();
    QTRY_VERIFY_WITH_TIMEOUT(!job->isRunning(), 120000);
    QCOMPARE(job->state(), Job::State::Failed);
    QVERIFY(job->error());
    QCOMPARE(job->error()->code, ErrorCode::Connection);
    // In words, naming the server, and nothing left behind.
    auto *result = dialog->findChild<QLabel *>(QStringLiteral("resultLabel"));
    QVERIFY2(result->text().startsWith(QStringLiteral("The backup failed: ")), qPrintable(result->text()));
    QVERIFY2(result->text().contains(QStringLiteral("127.0.0.1:1")), qPrintable(result->text()));
    QVERIFY(folderEntries(folder).isEmpty());
    auto *panel = m_window->findChild<JobsPanel *>(QStringLiteral("jobsPanel"));
    QCOMPARE(stateInPanel(panel, job), Job::stateName(Job::State::Failed));
    dialog->close();
}

// One formatter for the whole app: IEC sizes, counts with the locale's digits and English's
// plurals.
void TestBackupDialog::numbersInWords()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(ProgressText::bytes(3355443), QStringLiteral("3.20 MiB"));
    QCOMPARE(ProgressText::bytes(1536), QStringLiteral("1.50 KiB"));
    QCOMPARE(ProgressText::documentCount(1), QStringLiteral("1 document"));
    QCOMPARE(ProgressText::documentCount(152524), QStringLiteral("152,524 documents"));
    QCOMPARE(ProgressText::documentCount(5000000000LL), QStringLiteral("5,000,000,000 documents"));
    QCOMPARE(ProgressText::collectionCount(1), QStringLiteral("1 collection"));
    QCOMPARE(ProgressText::collectionCount(3), QStringLiteral("3 collections"));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(ProgressText::bytes(3355443), QStringLiteral("3,20 MiB"));
    QVERIFY2(ProgressText::documentCount(152524).startsWith(QStringLiteral("152.524 ")), qPrintable(ProgressText::documentCount(152524)));
    QLocale::setDefault(before);
}

QTEST_MAIN(TestBackupDialog)
#include "TestBackupDialog.moc"
