// `lifeboat --demo`: the demo server starts a real FerretDB of its own, fills it with the
// tutorial's catalog, gives the workspace a selected "Demo (local)" profile, and leaves nothing
// behind: stop() ends the process and removes the folder, and a crashed app takes its server
// with it.
#include "profiles/ConnectionProfile.h"
#include "app/demo/DemoCatalog.h"
#include "app/demo/DemoServer.h"
#include "app/demo/DemoSession.h"
#include "app/window/MainWindow.h"
#include "core/config/MongoUri.h"
#include "TestServer.h"
#include "app/window/Workspace.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <bson/bson.h>

#include <csignal>
#include <unistd.h>

using lifeboat::app::DemoCatalog;
using lifeboat::app::DemoServer;
using lifeboat::app::DemoSession;

namespace {

// Alive and not a zombie (a crashed parent's orphans may wait for a reaper in containers).
bool processRuns(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype paren = text.lastIndexOf(')');
    return paren > 0 && paren + 2 < text.size() && text.at(paren + 2) != 'Z' && text.at(paren + 2) != 'X';
}

QStringList fieldNames(const QByteArray &raw)
{
    bson_t doc;
    QStringList names;
    if (!bson_init_static(&doc, reinterpret_cast<const uint8_t *>(raw.constData()), size_t(raw.size())))
        return names;
    bson_iter_t it;
    if (bson_iter_init(&it, &doc))
        while (bson_iter_next(&it))
            names << QString::fromUtf8(bson_iter_key(&it));
    return names;
}

QStringList indexNames(lifeboat::MongoClientPool &pool, const QString &database, const QString &collection)
{
    auto client = pool.acquire();
    mongoc_collection_t *c = mongoc_client_get_collection(client.get(), database.toUtf8().constData(),
                                                          collection.toUtf8().constData());
    mongoc_cursor_t *cursor = mongoc_collection_find_indexes_with_opts(c, nullptr);
    QStringList names;
    const bson_t *doc = nullptr;
    while (mongoc_cursor_next(cursor, &doc)) {
        bson_iter_t it;
        if (bson_iter_init_find(&it, doc, "name") && BSON_ITER_HOLDS_UTF8(&it))
            names << QString::fromUtf8(bson_iter_utf8(&it, nullptr));
    }
    mongoc_cursor_destroy(cursor);
    mongoc_collection_destroy(c);
    return names;
}

const char *const kCrashReportVariable = "LIFEBOAT_DEMO_CRASH_REPORT";

// The child of crashedAppTakesItsServer(): starts the demo, reports the server's pid and
// folder, then dies as abruptly as a process can.
int runCrashingDemo(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString report = qEnvironmentVariable(kCrashReportVariable);
    DemoServer server;
    QObject::connect(&server, &DemoServer::ready, &app, [&server, report] {
        QFile out(report);
        if (out.open(QIODevice::WriteOnly))
            out.write(QByteArray::number(server.processId()) + '\n' + server.folder().toUtf8() + '\n');
        out.close();
        ::kill(::getpid(), SIGKILL);
    });
    QObject::connect(&server, &DemoServer::failed, &app, [report](const QString &why) {
        QFile out(report);
        if (out.open(QIODevice::WriteOnly))
            out.write("failed: " + why.toUtf8());
        QCoreApplication::exit(1);
    });
    server.start();
    return QCoreApplication::exec();
}

} // namespace

class TestDemoServer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void findsFerretDb();
    void startsFillsSelectsAndStops();
    void missingFerretDbSaysWhatToDo();
    void crashedAppTakesItsServer();
};

void TestDemoServer::findsFerretDb()
{
    const QStringList candidates = DemoServer::ferretDbCandidates();
    QVERIFY(candidates.size() >= 2);
    QVERIFY2(!DemoServer::findFerretDb().isEmpty(),
             qPrintable(QStringLiteral("no FerretDB among %1 (scripts/setup builds it)").arg(candidates.join(QLatin1Char(' ')))));
}

void TestDemoServer::startsFillsSelectsAndStops()
{
    DemoServer server;
    const QString folder = server.folder();
    QVERIFY(!folder.isEmpty());
    QVERIFY(QFileInfo(server.settingsFolder()).isDir());
    QVERIFY(server.backupFolder().startsWith(folder + QLatin1Char('/')));

    QSettings settings(QDir(server.settingsFolder()).filePath(QStringLiteral("Lifeboat.ini")), QSettings::IniFormat);
    lifeboat::app::Workspace workspace(&settings);
    lifeboat::app::MainWindow window(&workspace);
    DemoSession session(&server, &workspace, &window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.windowTitle().contains(QStringLiteral("Demo")));
    QSignalSpy ready(&session, &DemoSession::ready);
    QSignalSpy failed(&session, &DemoSession::failed);
    QSignalSpy messages(&session, &DemoSession::message);

    session.start();
    // Asynchronous: start() returns while the server is still starting.
    QCOMPARE(server.state(), DemoServer::State::Starting);
    QVERIFY(ready.isEmpty());
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0).at(0).toString(), QStringLiteral("Starting the demo server…"));
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Starting the demo server…"));

    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 60000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.at(0).at(0).toString()));
    QCOMPARE(server.state(), DemoServer::State::Ready);
    QVERIFY(server.uri().startsWith(QStringLiteral("mongodb://127.0.0.1:")));
    const qint64 pid = server.processId();
    QVERIFY(pid > 0);
    QVERIFY(processRuns(pid));

    // The catalog: the tutorial's five v1.0 products with four fields each, and the orders.
    {
        lifeboat::test::TestServer db(server.uri());
        const QString name = DemoCatalog::databaseName();
        const QList<QByteArray> products = db.documents(name, QStringLiteral("products"));
        QCOMPARE(products.size(), 5);
        QStringList productNames;
        for (const QByteArray &raw : products) {
            QCOMPARE(fieldNames(raw), (QStringList{QStringLiteral("_id"), QStringLiteral("name"),
                                                   QStringLiteral("price"), QStringLiteral("stock")}));
            bson_t doc;
            QVERIFY(bson_init_static(&doc, reinterpret_cast<const uint8_t *>(raw.constData()), size_t(raw.size())));
            bson_iter_t it;
            QVERIFY(bson_iter_init_find(&it, &doc, "name"));
            productNames << QString::fromUtf8(bson_iter_utf8(&it, nullptr));
        }
        productNames.sort();
        QCOMPARE(productNames, (QStringList{QStringLiteral("4K Monitor"), QStringLiteral("Gaming Laptop"),
                                            QStringLiteral("Mechanical Keyboard"), QStringLiteral("USB-C Hub"),
                                            QStringLiteral("Wireless Mouse")}));
        const QList<QByteArray> orders = db.documents(name, QStringLiteral("orders"));
        QCOMPARE(orders.size(), DemoCatalog::orders().size());
        QVERIFY(orders.size() >= 3);
        for (const QByteArray &raw : orders)
            QVERIFY(fieldNames(raw).contains(QStringLiteral("product_id")));
        QVERIFY(indexNames(db.pool(), name, QStringLiteral("orders")).contains(QStringLiteral("product_id_1")));
    }

    // The profile: saved in the demo's settings, Development, selected, with the demo's backups.
    const auto profiles = workspace.profiles()->list();
    QCOMPARE(profiles.size(), 1);
    const auto &profile = profiles.first();
    QCOMPARE(profile.name, QStringLiteral("Demo (local)"));
    QCOMPARE(profile.environment, lifeboat::profiles::ConnectionProfile::Environment::Development);
    QCOMPARE(profile.connectionString, server.uri());
    QCOMPARE(profile.defaultDatabase, DemoCatalog::databaseName());
    QCOMPARE(session.profileId(), profile.id);
    QCOMPARE(ready.at(0).at(0).toString(), profile.id);
    QCOMPARE(workspace.currentProfileId(), profile.id);
    QCOMPARE(workspace.backupFolder(), server.backupFolder());
    // ...and selected in the window's sidebar, with the status bar saying where the server is.
    auto *list = window.findChild<QListWidget *>(QStringLiteral("profileList"));
    QVERIFY(list);
    QTRY_VERIFY(list->currentItem());
    QVERIFY2(list->currentItem()->text().contains(QStringLiteral("Demo (local)")), qPrintable(list->currentItem()->text()));
    QVERIFY2(window.statusBar()->currentMessage().contains(lifeboat::MongoUri::hosts(server.uri())),
             qPrintable(window.statusBar()->currentMessage()));
    settings.sync();
    QVERIFY(QFileInfo(settings.fileName()).absoluteFilePath().startsWith(folder));

    // Issue 14.8: without backups, closing asks nothing; with one in the demo's folder,
    // closing first says it will be deleted: "Stay" keeps the window, "Quit" closes it.
    QCOMPARE(session.archiveCount(), 0);
    QVERIFY(QDir().mkpath(server.backupFolder()));
    QFile archive(QDir(server.backupFolder()).filePath(QStringLiteral("demo_20261206_120000.tar.gz")));
    QVERIFY(archive.open(QIODevice::WriteOnly));
    archive.close();
    QCOMPARE(session.archiveCount(), 1);
    window.close();
    QVERIFY(window.isVisible());
    QMessageBox *quit = session.pendingQuitQuestion();
    QVERIFY(quit && quit->isVisible());
    QVERIFY2(quit->text().contains(QStringLiteral("deletes the demo's 1 backup")), qPrintable(quit->text()));
    QVERIFY2(quit->informativeText().contains(QDir::toNativeSeparators(server.backupFolder())), qPrintable(quit->informativeText()));
    QCOMPARE(quit->defaultButton()->text(), QStringLiteral("Stay"));
    quit->defaultButton()->click();
    QTRY_VERIFY(!session.pendingQuitQuestion());
    QVERIFY(window.isVisible());
    window.close();
    quit = session.pendingQuitQuestion();
    QVERIFY(quit);
    quit->findChild<QPushButton *>(QStringLiteral("quitDemoButton"))->click();
    QTRY_VERIFY(!window.isVisible());

    // Stopping ends the process and removes everything.
    server.stop();
    QCOMPARE(server.state(), DemoServer::State::Stopped);
    QCOMPARE(server.processId(), 0);
    QVERIFY(!processRuns(pid));
    QVERIFY(!QFileInfo::exists(folder));
    server.stop(); // idempotent
}

void TestDemoServer::missingFerretDbSaysWhatToDo()
{
    QTemporaryDir empty;
    qputenv("LIFEBOAT_FERRETDB", empty.filePath(QStringLiteral("no-ferretdb")).toUtf8());
    qputenv("LIFEBOAT_CACHE", empty.path().toUtf8());
    const auto restore = qScopeGuard([] {
        qunsetenv("LIFEBOAT_FERRETDB");
        qunsetenv("LIFEBOAT_CACHE");
    });
    QVERIFY(DemoServer::findFerretDb().isEmpty());

    DemoServer server;
    const QString folder = server.folder();
    QSettings settings(QDir(server.settingsFolder()).filePath(QStringLiteral("Lifeboat.ini")), QSettings::IniFormat);
    lifeboat::app::Workspace workspace(&settings);
    lifeboat::app::MainWindow window(&workspace);
    DemoSession session(&server, &workspace, &window);
    window.show();
    QSignalSpy failed(&server, &DemoServer::failed);
    session.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
    const QString why = failed.at(0).at(0).toString();
    // The window says so in a message box (window-modal, no nested event loop) and the status bar.
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("demoFailedBox"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->informativeText(), why);
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("The demo server is not running."));
    QVERIFY(workspace.profiles()->list().isEmpty());
    box->close();
    QVERIFY2(why.contains(QStringLiteral("scripts/setup")), qPrintable(why));
    QVERIFY2(why.contains(empty.filePath(QStringLiteral("no-ferretdb"))), qPrintable(why));
    QCOMPARE(server.state(), DemoServer::State::Failed);
    QCOMPARE(server.errorMessage(), why);
    server.stop();
    QVERIFY(!QFileInfo::exists(folder));
}

void TestDemoServer::crashedAppTakesItsServer()
{
    QTemporaryDir dir;
    const QString report = dir.filePath(QStringLiteral("report"));
    QProcess app;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kCrashReportVariable), report);
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedChannels);
    app.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(app.waitForStarted());
    QVERIFY2(app.waitForFinished(60000), "the crashing demo app did not end");
    QCOMPARE(app.exitStatus(), QProcess::CrashExit); // SIGKILL: no clean-up code ran

    QFile in(report);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = in.readAll().split('\n');
    QVERIFY2(!lines.first().startsWith("failed"), lines.first().constData());
    QVERIFY(lines.size() >= 2);
    const qint64 pid = lines.at(0).toLongLong();
    const QString folder = QString::fromUtf8(lines.at(1));
    QVERIFY(pid > 0);
    QVERIFY(folder.contains(QStringLiteral("lifeboat-demo-")));
    QElapsedTimer timer;
    timer.start();
    while (processRuns(pid) && timer.elapsed() < 10000)
        QTest::qWait(50);
    const bool orphanRuns = processRuns(pid);
    if (orphanRuns)
        ::kill(pid_t(pid), SIGKILL);
    QDir(folder).removeRecursively(); // a crash leaves the folder: only a clean quit removes it
    QVERIFY2(!orphanRuns, "FerretDB outlived the demo app");
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet(kCrashReportVariable))
        return runCrashingDemo(argc, argv);
    QApplication app(argc, argv);
    TestDemoServer test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestDemoServer.moc"
