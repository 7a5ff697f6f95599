// lifeboat-gui-stall-bench: how long the GUI event loop stands still while the app backs up a
// database and restores it into a clone, driven through the real window, dialog and wizard.
//
// It opens the real MainWindow on a Workspace of its own (a temporary INI file, one profile for
// --uri), opens the BackupDialog through MainWindow::openBackupDialog(), backs up --database
// into the workspace's backup folder by clicking "Back up", waits for the job, then opens the
// RestoreWizard through MainWindow::openRestoreWizard(archive) and walks it like a user:
// archive check, target (--restore-database, a new database: a clone), options, preview,
// confirm, Restore, progress, report.
//
// Meanwhile two probes watch the GUI thread:
//   - timer: a precise QTimer (--timer-interval ms, 0 = every loop iteration) records the gap
//     between consecutive timeouts;
//   - posted: a thread of its own posts a queued call (QMetaObject::invokeMethod) to the GUI
//     thread every --post-interval ms and records how long it waited to run.
// Both are reported per phase (max, p99, p99.9, count over 50 ms) and over the backup and the
// restore as a whole; for the longest gaps also what the GUI thread was doing (StallSampler:
// CPU, state, system call, stack). Nothing here waits with a sleep: the scenario runs in
// nested event loops that only quit on a condition, so every millisecond the probes see is
// the app's (StallProbe.h).
//
// Output: one JSON object (stdout, or --output FILE). Exit status 0 when both jobs succeeded
// (the stall verdict is the driver's, bench/benchlib/gui.py), 1 otherwise, 2 for bad usage.
#include "app/backups/BackupDialog.h"
#include "profiles/ConnectionProfile.h"
#include "app/jobs/Job.h"
#include "app/jobs/JobManager.h"
#include "app/window/MainWindow.h"
#include "app/restore/RestoreTargetPage.h"
#include "app/restore/RestoreWizard.h"
#include "StallProbe.h"
#include "app/window/Workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace lifeboat;
using namespace lifeboat::app;
using lifeboat::bench::StallProbe;

namespace {

// The scenario: everything in nested event loops that quit on a condition (checked every
// 20 ms), never in a sleep, so the app's own events keep flowing exactly as in exec().
class Scenario {
public:
    struct Options {
        QString uri;
        QString database;
        QString restoreDatabase;
        QString workDir;
        int jobs = 4;
        int idleMs = 2000;
        int thinkMs = 300;
        qint64 timeoutMs = 4 * 3600 * 1000LL;
    };

    Scenario(Options options, StallProbe *probe) : m_o(std::move(options)), m_probe(probe) {}

    QJsonObject run();

private:
    bool waitUntil(const std::function<bool()> &done, qint64 timeoutMs, const QString &what);
    void pause(int ms);
    bool fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = why;
        return false;
    }
    bool setUp();
    bool backUp();
    bool restore();
    static bool clickable(const QAbstractButton *b) { return b && b->isVisible() && b->isEnabled(); }

    Options m_o;
    StallProbe *m_probe;
    QString m_error;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QJsonObject m_backup;
    QJsonObject m_restore;
    QString m_archive;
};

bool Scenario::waitUntil(const std::function<bool()> &done, qint64 timeoutMs, const QString &what)
{
    if (done())
        return true;
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || clock.elapsed() >= timeoutMs)
            loop.quit();
    });
    poll.start();
    loop.exec();
    if (done())
        return true;
    return fail(QStringLiteral("timed out after %1 s waiting for %2").arg(clock.elapsed() / 1000).arg(what));
}

void Scenario::pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

bool Scenario::setUp()
{
    m_settings = std::make_unique<QSettings>(QDir(m_o.workDir).filePath(QStringLiteral("lifeboat.ini")), QSettings::IniFormat);
    m_workspace = std::make_unique<Workspace>(m_settings.get());
    m_workspace->setBackupFolder(QDir(m_o.workDir).filePath(QStringLiteral("backups")));
    profiles::ConnectionProfile profile;
    profile.name = QStringLiteral("Benchmark server");
    profile.connectionString = m_o.uri;
    profile.defaultDatabase = m_o.database;
    profile.environment = profiles::ConnectionProfile::Environment::Development;
    const QString password = profile.takeCredentials();
    auto added = m_workspace->profiles()->add(profile);
    if (!added)
        return fail(QStringLiteral("cannot save the profile: ") + added.error().toString());
    if (!password.isEmpty()) {
        bool saved = false, answered = false;
        m_workspace->profiles()->savePassword(added->id, password, [&](Status s) {
            saved = s.ok();
            answered = true;
        });
        if (!waitUntil([&] { return answered; }, 60000, QStringLiteral("the keychain")) || !saved)
            return fail(QStringLiteral("cannot save the password in the keychain"));
    }
    m_workspace->setCurrentProfileId(added->id);

    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->resize(1280, 800);
    m_window->show();
    return waitUntil([&] { return m_window->windowHandle() && m_window->windowHandle()->isExposed(); }, 30000,
                     QStringLiteral("the main window to be shown"));
}

bool Scenario::backUp()
{
    m_probe->setPhase(QStringLiteral("backup.open"));
    m_window->openBackupDialog();
    QPointer<BackupDialog> dialog;
    for (BackupDialog *d : m_window->findChildren<BackupDialog *>(QStringLiteral("backupDialog"))) {
        if (d->isVisible() && !d->job())
            dialog = d;
    }
    if (!dialog)
        return fail(QStringLiteral("the backup dialog did not open"));
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("databaseCombo"));
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("collectionList"));
    auto *start = dialog->findChild<QPushButton *>(QStringLiteral("startButton"));
    auto *jobs = dialog->findChild<QSpinBox *>(QStringLiteral("jobsSpin"));
    if (!combo || !list || !start || !jobs)
        return fail(QStringLiteral("the backup dialog lacks a widget this benchmark drives"));
    // The database list, then the collection list, come from the server off the GUI thread.
    bool listed = false;
    QObject::connect(dialog, &BackupDialog::databasesLoaded, dialog, [&listed] { listed = true; });
    const auto status = [&] {
        auto *label = dialog ? dialog->findChild<QLabel *>(QStringLiteral("loadStatusLabel")) : nullptr;
        return label ? label->text() : QString();
    };
    if (!waitUntil([&] { return dialog && (listed || combo->findText(m_o.database) >= 0); }, 600000, QStringLiteral("the database list")))
        return false;
    if (combo->findText(m_o.database) < 0)
        return fail(QStringLiteral("the server does not list database %1; the dialog says: %2").arg(m_o.database, status()));
    if (combo->currentText() != m_o.database)
        combo->setCurrentIndex(combo->findText(m_o.database));
    if (!waitUntil([&] { return dialog && list->count() > 0; }, 600000, QStringLiteral("the collection list")))
        return false;
    jobs->setValue(m_o.jobs);
    if (!waitUntil([&] { return clickable(start); }, 60000, QStringLiteral("Back up to be enabled")))
        return false;
    pause(m_o.thinkMs);

    m_probe->setPhase(QStringLiteral("backup.job"));
    start->click();
    if (!waitUntil([&] { return dialog && dialog->job(); }, 120000, QStringLiteral("the backup job to start"))) {
        // The dialog says why (e.g. the keychain could not be read: run inside scripts/with-keyring).
        m_error += QStringLiteral(" (the dialog says: %1)").arg(status());
        return false;
    }
    QPointer<Job> job = dialog->job();
    if (!waitUntil([&] { return !job || !job->isRunning(); }, m_o.timeoutMs, QStringLiteral("the backup job to end")))
        return false;
    m_backup[QStringLiteral("state")] = Job::stateName(job->state());
    m_backup[QStringLiteral("summary")] = job->summary();
    m_backup[QStringLiteral("job_ms")] = job->durationMs();
    m_backup[QStringLiteral("documents")] = job->progress().documentsDone;
    m_backup[QStringLiteral("collections")] = qint64(list->count());
    if (job->state() != Job::State::Succeeded)
        return fail(QStringLiteral("the backup did not succeed: ") + job->summary());

    // The outcome on screen, the backups view picking up the new archive; then close.
    m_probe->setPhase(QStringLiteral("backup.done"));
    pause(1000);
    const QStringList archives =
        QDir(m_workspace->backupFolder()).entryList({QStringLiteral("*.tar.gz"), QStringLiteral("*.tar.zst"), QStringLiteral("*.tar")}, QDir::Files);
    if (archives.size() != 1)
        return fail(QStringLiteral("expected one archive in the backup folder, found %1").arg(archives.size()));
    m_archive = QDir(m_workspace->backupFolder()).filePath(archives.first());
    m_backup[QStringLiteral("archive_bytes")] = QFileInfo(m_archive).size();
    dialog->findChild<QPushButton *>(QStringLiteral("closeButton"))->click();
    return waitUntil([&] { return !dialog || !dialog->isVisible(); }, 30000, QStringLiteral("the backup dialog to close"));
}

bool Scenario::restore()
{
    // Archive: the integrity check (every file's SHA-256) runs in a worker.
    m_probe->setPhase(QStringLiteral("restore.check"));
    m_window->openRestoreWizard(m_archive);
    QPointer<RestoreWizard> wizard;
    for (RestoreWizard *w : m_window->findChildren<RestoreWizard *>(QStringLiteral("restoreWizard"))) {
        if (w->isVisible())
            wizard = w;
    }
    if (!wizard)
        return fail(QStringLiteral("the restore wizard did not open"));
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    auto page = [&] { return wizard ? wizard->currentId() : -1; };
    const auto nextWhenReady = [&](const QString &what) {
        if (!waitUntil([&] { return wizard && clickable(next); }, m_o.timeoutMs, what))
            return false;
        pause(m_o.thinkMs);
        next->click();
        return true;
    };

    if (!nextWhenReady(QStringLiteral("the archive check")))
        return false;
    // Target: the profile's databases are listed in a worker; a new name makes a clone.
    m_probe->setPhase(QStringLiteral("restore.target"));
    if (page() != RestoreWizard::TargetPage)
        return fail(QStringLiteral("the wizard did not go on to the target page"));
    if (!waitUntil([&] { return wizard && wizard->targetPage()->databasesLoaded(); }, 600000, QStringLiteral("the target's databases")))
        return false;
    auto *targetDb = wizard->findChild<QLineEdit *>(QStringLiteral("targetDbEdit"));
    if (!targetDb)
        return fail(QStringLiteral("the wizard has no targetDbEdit"));
    m_restore[QStringLiteral("target_existed")] = wizard->session()->existingDatabases.contains(m_o.restoreDatabase);
    targetDb->setText(m_o.restoreDatabase);
    if (!nextWhenReady(QStringLiteral("the target page to be complete")))
        return false;
    // Options: the defaults, with as many insert workers as the backup had readers.
    m_probe->setPhase(QStringLiteral("restore.options"));
    if (page() != RestoreWizard::OptionsPage)
        return fail(QStringLiteral("the wizard did not go on to the options page"));
    if (auto *jobs = wizard->findChild<QSpinBox *>(QStringLiteral("jobsSpin")))
        jobs->setValue(m_o.jobs);
    if (!nextWhenReady(QStringLiteral("the options page")))
        return false;
    // Preview: the engine's plan, made in a worker.
    m_probe->setPhase(QStringLiteral("restore.preview"));
    if (page() != RestoreWizard::PreviewPage)
        return fail(QStringLiteral("the wizard did not go on to the preview page"));
    if (!nextWhenReady(QStringLiteral("the restore plan")))
        return false;
    // Confirm: a clone changes nothing existing, so no name to type (typed if it does).
    m_probe->setPhase(QStringLiteral("restore.confirm"));
    if (page() != RestoreWizard::ConfirmPage)
        return fail(QStringLiteral("the wizard did not go on to the confirm page"));
    auto *confirmName = wizard->findChild<QLineEdit *>(QStringLiteral("confirmNameEdit"));
    if (confirmName && confirmName->isVisible())
        confirmName->setText(m_o.restoreDatabase);
    QAbstractButton *commit = wizard->button(QWizard::CommitButton);
    if (!waitUntil([&] { return wizard && clickable(commit); }, 60000, QStringLiteral("Restore to be enabled")))
        return false;
    pause(m_o.thinkMs);

    // Progress: the restore job; the wizard moves on to the report by itself.
    m_probe->setPhase(QStringLiteral("restore.job"));
    commit->click();
    if (!waitUntil([&] { return wizard && wizard->session()->job; }, 120000, QStringLiteral("the restore job to start")))
        return false;
    QPointer<Job> job = wizard->session()->job;
    if (!waitUntil([&] { return !job || !job->isRunning(); }, m_o.timeoutMs, QStringLiteral("the restore job to end")))
        return false;
    m_restore[QStringLiteral("state")] = Job::stateName(job->state());
    m_restore[QStringLiteral("summary")] = job->summary();
    m_restore[QStringLiteral("job_ms")] = job->durationMs();
    m_restore[QStringLiteral("documents")] = job->progress().documentsDone;

    // Report: the verification table; then close.
    m_probe->setPhase(QStringLiteral("restore.report"));
    if (!waitUntil([&] { return page() == RestoreWizard::ReportPage; }, 120000, QStringLiteral("the report page")))
        return false;
    pause(1000);
    const auto &outcome = wizard->session()->outcome;
    const bool ok = outcome && outcome->ok() && (*outcome)->succeeded();
    m_restore[QStringLiteral("verified")] = ok;
    if (outcome && outcome->ok()) {
        qint64 docs = 0;
        for (const VerificationRow &row : (*outcome)->report.rows)
            docs += std::max<qint64>(0, row.dbCount);
        m_restore[QStringLiteral("documents_in_db")] = docs;
        m_restore[QStringLiteral("collections")] = qint64((*outcome)->report.rows.size());
    }
    wizard->close();
    if (job->state() != Job::State::Succeeded || !ok)
        return fail(QStringLiteral("the restore did not succeed: ") + job->summary());
    return true;
}

QJsonObject Scenario::run()
{
    QJsonObject out;
    QElapsedTimer clock;
    clock.start();
    if (setUp()) {
        m_probe->start();
        // The window alone, for the machine's baseline.
        m_probe->setPhase(QStringLiteral("idle"));
        pause(m_o.idleMs);
        if (backUp())
            restore();
        m_probe->setPhase(QStringLiteral("end"));
        m_probe->stop();
    }
    if (m_workspace)
        m_workspace->jobs()->cancelAllAndWait();

    out[QStringLiteral("ok")] = m_error.isEmpty();
    if (!m_error.isEmpty())
        out[QStringLiteral("error")] = m_error;
    out[QStringLiteral("platform")] = QGuiApplication::platformName();
    out[QStringLiteral("qt")] = QString::fromLatin1(qVersion());
    out[QStringLiteral("database")] = m_o.database;
    out[QStringLiteral("restore_database")] = m_o.restoreDatabase;
    out[QStringLiteral("jobs")] = m_o.jobs;
    out[QStringLiteral("backup")] = m_backup;
    out[QStringLiteral("restore")] = m_restore;
    QJsonObject phases;
    for (const QString &name : m_probe->phases()) {
        if (name != QLatin1String("end"))
            phases[name] = m_probe->phaseJson(name);
    }
    QJsonArray order;
    for (const QString &name : m_probe->phases()) {
        if (name != QLatin1String("end"))
            order.append(name);
    }
    out[QStringLiteral("phase_order")] = order;
    out[QStringLiteral("phases")] = phases;
    out[QStringLiteral("groups")] = QJsonObject{{QStringLiteral("idle"), m_probe->groupJson(QStringLiteral("idle"))},
                                                {QStringLiteral("backup"), m_probe->groupJson(QStringLiteral("backup."))},
                                                {QStringLiteral("restore"), m_probe->groupJson(QStringLiteral("restore."))}};
    out[QStringLiteral("worst")] = m_probe->worst(10);
    out[QStringLiteral("wall_ms")] = clock.elapsed();
    m_window.reset();
    m_workspace.reset();
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Lifeboat"));
    QApplication::setOrganizationName(QStringLiteral("Lifeboat"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures the longest stalls of Lifeboat's GUI event loop while the app backs up a database and "
        "restores it into a clone, through the real window, backup dialog and restore wizard. Prints JSON."));
    parser.addHelpOption();
    const QCommandLineOption uri(QStringLiteral("uri"), QStringLiteral("The server (no password in it is kept: it goes to the keychain)."),
                                 QStringLiteral("uri"));
    const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("Database to back up (default bench)."),
                                      QStringLiteral("name"), QStringLiteral("bench"));
    const QCommandLineOption restoreDb(QStringLiteral("restore-database"),
                                       QStringLiteral("New database to restore into (default <database>_restored)."), QStringLiteral("name"));
    const QCommandLineOption work(QStringLiteral("work-dir"),
                                  QStringLiteral("Folder for the settings and the archive (default: a temporary folder, removed)."),
                                  QStringLiteral("dir"));
    const QCommandLineOption jobs(QStringLiteral("jobs"), QStringLiteral("Parallel readers / insert workers (default 4)."),
                                  QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption timer(QStringLiteral("timer-interval"),
                                   QStringLiteral("Probe timer interval in ms; 0 = every event loop iteration (default 5)."),
                                   QStringLiteral("ms"), QStringLiteral("5"));
    const QCommandLineOption post(QStringLiteral("post-interval"), QStringLiteral("Posted-call probe interval in ms (default 10)."),
                                  QStringLiteral("ms"), QStringLiteral("10"));
    const QCommandLineOption idle(QStringLiteral("idle"), QStringLiteral("Baseline with the window alone, in ms (default 2000)."),
                                  QStringLiteral("ms"), QStringLiteral("2000"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QStringLiteral("Longest wait for one job, in s (default 14400)."),
                                     QStringLiteral("s"), QStringLiteral("14400"));
    const QCommandLineOption noStacks(QStringLiteral("no-stacks"),
                                      QStringLiteral("Do not sample the GUI thread's stack while it is late (state and system "
                                                     "call only)."));
    const QCommandLineOption output(QStringLiteral("output"), QStringLiteral("Write the JSON here instead of stdout."),
                                    QStringLiteral("file"));
    parser.addOptions({uri, database, restoreDb, work, jobs, timer, post, idle, timeout, noStacks, output});
    parser.process(app);
    if (!parser.isSet(uri)) {
        std::fprintf(stderr, "lifeboat-gui-stall-bench: --uri is required\n");
        return 2;
    }

    QTemporaryDir tmp;
    Scenario::Options o;
    o.uri = parser.value(uri);
    o.database = parser.value(database);
    o.restoreDatabase = parser.isSet(restoreDb) ? parser.value(restoreDb) : o.database + QStringLiteral("_restored");
    o.workDir = parser.isSet(work) ? parser.value(work) : tmp.path();
    o.jobs = std::max(1, parser.value(jobs).toInt());
    o.idleMs = std::max(0, parser.value(idle).toInt());
    o.timeoutMs = std::max(1LL, parser.value(timeout).toLongLong()) * 1000;
    if (!QDir().mkpath(o.workDir)) {
        std::fprintf(stderr, "lifeboat-gui-stall-bench: cannot create %s\n", qPrintable(o.workDir));
        return 2;
    }
    const int timerMs = std::max(0, parser.value(timer).toInt());
    const int postMs = std::max(1, parser.value(post).toInt());

    StallProbe probe(timerMs, postMs, !parser.isSet(noStacks));
    Scenario scenario(o, &probe);
    QJsonObject result = scenario.run();
    result[QStringLiteral("timer_interval_ms")] = timerMs;
    result[QStringLiteral("post_interval_ms")] = postMs;
    result[QStringLiteral("stack_samples")] = probe.stackSamples();
    const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Indented);
    if (parser.isSet(output)) {
        QFile f(parser.value(output));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(json) != json.size()) {
            std::fprintf(stderr, "lifeboat-gui-stall-bench: cannot write %s\n", qPrintable(parser.value(output)));
            return 2;
        }
    } else {
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    }
    if (!result.value(QStringLiteral("ok")).toBool())
        std::fprintf(stderr, "lifeboat-gui-stall-bench: %s\n", qPrintable(result.value(QStringLiteral("error")).toString()));
    return result.value(QStringLiteral("ok")).toBool() ? 0 : 1;
}
