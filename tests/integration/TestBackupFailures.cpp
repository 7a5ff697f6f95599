// What goes wrong must say what, and leave nothing that looks like a finished backup:
// corrupt archives, a server killed mid-backup, a cancel, an unreachable server.
#include "core/backup/BackupEngine.h"
#include "TestFiles.h"
#include "TestServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace lifeboat;
using namespace lifeboat::test;

class TestBackupFailures : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void badLineIsNamed();
    void changedDocumentFailsChecksum();
    void truncatedArchiveIsNamed();
    void killedServerLeavesNoArchive();
    void cancelLeavesNoArchive();
    void unreachableServerSaysSo();
    void outOfRangeNumbersAreRefused();
    void fullDiskSaysSoAndLeavesNothing();
    void twoBackupsOfOneNamePublishOne();

private:
    // A fresh good archive of m_db, extracted into `dir`/x; returns the top folder name.
    QString backupAndExtract(const QTemporaryDir &dir, QString *archive);
    static void retar(const QString &srcDir, const QString &top, const QString &archive);

    std::unique_ptr<TestServer> m_server;
    QString m_db;
};

void TestBackupFailures::initTestCase()
{
    if (TestServer::uri().isEmpty())
        QSKIP(qPrintable(TestServer::whyUnavailable()));
    m_server = std::make_unique<TestServer>();
    m_db = TestServer::uniqueDatabase(QStringLiteral("failures"));
    m_server->insertJsonFile(m_db, QStringLiteral("grades"),
                             sharedPath(QStringLiteral("corpora/datasets/ozlerhakan-mongodb-json-files/grades.json")));
    m_server->insertJsonFile(m_db, QStringLiteral("books"),
                             sharedPath(QStringLiteral("corpora/datasets/ozlerhakan-mongodb-json-files/books.json")));
}

QString TestBackupFailures::backupAndExtract(const QTemporaryDir &dir, QString *archive)
{
    BackupRequest request;
    request.mongoUri = m_server->uriString();
    request.database = m_db;
    request.outDir = dir.path();
    request.name = QStringLiteral("good");
    auto result = BackupEngine().run(request);
    if (!result)
        qFatal("%s", qPrintable(result.error().message));
    *archive = result->archivePath;
    QDir().mkpath(dir.filePath(QStringLiteral("x")));
    runProgram(QStringLiteral("tar"), {QStringLiteral("-xzf"), *archive, QStringLiteral("-C"), dir.filePath(QStringLiteral("x"))});
    return QStringLiteral("good");
}

void TestBackupFailures::retar(const QString &srcDir, const QString &top, const QString &archive)
{
    QFile::remove(archive);
    QCOMPARE(runProgram(QStringLiteral("tar"), {QStringLiteral("-czf"), archive, QStringLiteral("-C"), srcDir, top}), 0);
}

void TestBackupFailures::badLineIsNamed()
{
    QTemporaryDir dir;
    QString archive;
    const QString top = backupAndExtract(dir, &archive);
    const QString file = dir.filePath(QStringLiteral("x/good/grades.jsonl"));
    QList<QByteArray> lines = readFile(file).split('\n');
    lines[41] = lines[41].left(lines[41].size() / 2); // line 42: cut in the middle of a document
    writeFile(file, lines.join('\n'));
    retar(dir.filePath(QStringLiteral("x")), top, archive);

    QByteArray out, err;
    const int rc = runCli({QStringLiteral("inspect"), archive}, &out, &err);
    QCOMPARE(rc, int(ErrorCode::ArchiveCorrupt));
    QVERIFY2(out.contains("grades.jsonl line 42"), out.constData());
}

void TestBackupFailures::changedDocumentFailsChecksum()
{
    QTemporaryDir dir;
    QString archive;
    const QString top = backupAndExtract(dir, &archive);
    const QString file = dir.filePath(QStringLiteral("x/good/books.jsonl"));
    QByteArray data = readFile(file);
    // Still valid JSON, one title changed: only the checksums can tell.
    const qsizetype at = data.indexOf("\"title\":\"");
    QVERIFY(at > 0);
    data[at + 9] = data[at + 9] == 'X' ? 'Y' : 'X';
    writeFile(file, data);
    retar(dir.filePath(QStringLiteral("x")), top, archive);

    QByteArray out, err;
    const int rc = runCli({QStringLiteral("inspect"), archive, QStringLiteral("--json")}, &out, &err);
    QCOMPARE(rc, int(ErrorCode::IntegrityMismatch));
    const QJsonObject report = QJsonDocument::fromJson(out).object();
    QVERIFY(!report.value(QStringLiteral("ok")).toBool());
    const QString problems = QString::fromUtf8(QJsonDocument(report.value(QStringLiteral("problems")).toArray()).toJson());
    QVERIFY2(problems.contains(QLatin1String("books.jsonl: SHA-256")), qPrintable(problems));
    QVERIFY2(problems.contains(QLatin1String("books.jsonl: document digest")), qPrintable(problems));
    QVERIFY2(!problems.contains(QLatin1String("grades.jsonl")), qPrintable(problems));
}

void TestBackupFailures::truncatedArchiveIsNamed()
{
    QTemporaryDir dir;
    QString archive;
    backupAndExtract(dir, &archive);
    QFile f(archive);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.resize(f.size() / 2));
    f.close();
    QByteArray out, err;
    const int rc = runCli({QStringLiteral("inspect"), archive}, &out, &err);
    QCOMPARE(rc, int(ErrorCode::ArchiveCorrupt));
    QVERIFY2(err.contains(archive.toUtf8()), err.constData());
}

void TestBackupFailures::killedServerLeavesNoArchive()
{
    if (!qEnvironmentVariableIsEmpty("LIFEBOAT_TEST_MONGODB_URI"))
        QSKIP("needs a FerretDB of its own to kill");
    PrivateServer server;
    QVERIFY(server.started());
    TestServer client(server.uri());
    // Enough documents that the backup is still reading when the server dies.
    std::vector<BsonDocument> batch;
    for (int i = 0; i < 20000; ++i) {
        BsonDocument d;
        BSON_APPEND_INT32(d.get(), "_id", i);
        BSON_APPEND_UTF8(d.get(), "payload", QByteArray(200, char('a' + i % 26)).constData());
        batch.push_back(std::move(d));
        if (batch.size() == 2000) {
            client.insertBson(QStringLiteral("big"), QStringLiteral("items"), batch);
            batch.clear();
        }
    }

    QTemporaryDir out;
    QProcess cli;
    cli.start(QStringLiteral(LIFEBOAT_CLI_PATH),
              {QStringLiteral("backup"), QStringLiteral("--mongo-uri"), server.uri(), QStringLiteral("--mongo-db"), QStringLiteral("big"),
               QStringLiteral("--out-dir"), out.path(), QStringLiteral("--batch-size"), QStringLiteral("10"), QStringLiteral("--json")});
    QVERIFY(cli.waitForStarted());
    // Wait until documents flow, then kill the server (SIGKILL, as in a crash).
    QByteArray progress;
    bool copying = false;
    QElapsedTimer t;
    t.start();
    while (!copying && t.elapsed() < 60000 && cli.state() == QProcess::Running) {
        cli.waitForReadyRead(100);
        progress += cli.readAllStandardError();
        for (const QByteArray &line : progress.split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QStringLiteral("phase")).toString() == QLatin1String("copying") && o.value(QStringLiteral("documentsDone")).toInteger() > 0)
                copying = true;
        }
    }
    QVERIFY2(copying, progress.constData());
    server.kill();
    QVERIFY(cli.waitForFinished(120000));
    const QByteArray stdOut = cli.readAllStandardOutput();
    const QJsonObject result = QJsonDocument::fromJson(stdOut).object();
    QVERIFY(!result.value(QStringLiteral("ok")).toBool(true));
    QVERIFY2(cli.exitCode() == int(ErrorCode::Connection) || cli.exitCode() == int(ErrorCode::Server),
             qPrintable(QStringLiteral("exit %1: %2").arg(cli.exitCode()).arg(QString::fromUtf8(stdOut))));
    QVERIFY2(result.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(QLatin1String("big.items")),
             stdOut.constData());
    // Nothing that looks like a backup, and no leftovers.
    QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

namespace {
class CancelOnFirstDocuments final : public ProgressSink {
public:
    explicit CancelOnFirstDocuments(CancelToken token) : m_token(std::move(token)) {}
    void progress(const Progress &p) override
    {
        if (p.documentsDone > 0)
            m_token.cancel();
    }

private:
    CancelToken m_token;
};
} // namespace

void TestBackupFailures::cancelLeavesNoArchive()
{
    const QString db = TestServer::uniqueDatabase(QStringLiteral("cancel"));
    std::vector<BsonDocument> batch;
    for (int i = 0; i < 5000; ++i) {
        BsonDocument d;
        BSON_APPEND_INT32(d.get(), "_id", i);
        batch.push_back(std::move(d));
    }
    m_server->insertBson(db, QStringLiteral("items"), batch);
    QTemporaryDir out;
    CancelToken cancel;
    CancelOnFirstDocuments sink(cancel);
    BackupRequest request;
    request.mongoUri = m_server->uriString();
    request.database = db;
    request.outDir = out.path();
    request.batchSize = 5;
    auto result = BackupEngine(sink).run(request, cancel);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Cancelled);
    QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    m_server->drop(db);
}

void TestBackupFailures::unreachableServerSaysSo()
{
    QTemporaryDir out;
    QByteArray o, e;
    // Port 1 on loopback: nothing listens there.
    const int rc = runCli({QStringLiteral("backup"), QStringLiteral("--mongo-uri"),
                           QStringLiteral("mongodb://someone:hunter2@127.0.0.1:1/?serverSelectionTimeoutMS=500"),
                           QStringLiteral("--mongo-db"), QStringLiteral("x"), QStringLiteral("--out-dir"), out.path()},
                          &o, &e);
    QCOMPARE(rc, int(ErrorCode::Connection));
    QVERIFY2(e.contains("127.0.0.1:1"), e.constData());
    // Bad option values are refused before any connection is tried.
    QCOMPARE(runCli({QStringLiteral("backup"), QStringLiteral("--mongo-uri"), QStringLiteral("mongodb://127.0.0.1:1/"), QStringLiteral("--mongo-db"),
                     QStringLiteral("x"), QStringLiteral("--out-dir"), out.path(), QStringLiteral("--compression-level"), QStringLiteral("12")},
                    &o, &e),
             int(ErrorCode::Usage));
    QVERIFY2(e.contains("compression level 12"), e.constData());
    QVERIFY2(!e.contains("hunter2") && !o.contains("hunter2"), e.constData());
    QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

// --jobs, --batch-size and --keep-last outside core's limits (core/common/Limits.h) are
// usage errors, in the words each verb has always printed, before any server is reached.
void TestBackupFailures::outOfRangeNumbersAreRefused()
{
    QTemporaryDir dir;
    const QString uri = QStringLiteral("mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=500");
    const QStringList backup{QStringLiteral("backup"), QStringLiteral("--mongo-uri"), uri, QStringLiteral("--mongo-db"), QStringLiteral("x"),
                             QStringLiteral("--out-dir"), dir.path()};
    const QStringList restore{QStringLiteral("restore"), dir.filePath(QStringLiteral("x.tar.gz")), QStringLiteral("--mongo-uri"), uri};
    const QStringList clone{QStringLiteral("snapshot"), QStringLiteral("clone"), QStringLiteral("nope"), QStringLiteral("--mongo-uri"), uri,
                            QStringLiteral("--snapshot-dir"), dir.path()};
    const QStringList prune{QStringLiteral("snapshot"), QStringLiteral("prune"), QStringLiteral("--snapshot-dir"), dir.path()};
    const struct {
        QStringList args;
        const char *message;
    } cases[] = {
        {backup + QStringList{QStringLiteral("--jobs"), QStringLiteral("65")}, "lifeboat-cli backup: error: jobs must be between 1 and 64\n"},
        {backup + QStringList{QStringLiteral("--batch-size"), QStringLiteral("0")}, "lifeboat-cli backup: error: batch size must be between 1 and 100000\n"},
        {backup + QStringList{QStringLiteral("--jobs"), QStringLiteral("two")}, "lifeboat-cli backup: error: --batch-size and --jobs take whole numbers\n"},
        {restore + QStringList{QStringLiteral("--jobs"), QStringLiteral("0")},
         "lifeboat-cli restore: error: --batch-size takes 1 to 100000 and --jobs 1 to 64\n"},
        {clone + QStringList{QStringLiteral("--jobs"), QStringLiteral("65")}, "lifeboat-cli snapshot clone: error: --jobs takes a whole number from 1 to 64\n"},
        {clone + QStringList{QStringLiteral("--batch-size"), QStringLiteral("100001")},
         "lifeboat-cli snapshot clone: error: --batch-size takes a whole number from 1 to 100000\n"},
        {prune + QStringList{QStringLiteral("--keep-last"), QStringLiteral("-1")},
         "lifeboat-cli snapshot prune: error: --keep-last takes a whole number from 0 to 1000000\n"},
    };
    for (const auto &c : cases) {
        QByteArray o, e;
        QCOMPARE(runCli(c.args, &o, &e), int(ErrorCode::Usage));
        QCOMPARE(e, QByteArray(c.message));
        QVERIFY2(o.isEmpty(), o.constData());
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestBackupFailures::fullDiskSaysSoAndLeavesNothing()
{
    // A real full disk: a 192 KiB tmpfs, smaller than the backup (needs root to mount).
    QTemporaryDir mountPoint;
    if (runProgram(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                             QStringLiteral("size=192k"), QStringLiteral("tmpfs"), mountPoint.path()}) != 0)
        QSKIP("cannot mount a small tmpfs here (needs root)");
    auto unmount = qScopeGuard([&] { runProgram(QStringLiteral("umount"), {mountPoint.path()}); });
    QByteArray o, e;
    const int rc = runCli({QStringLiteral("backup"), QStringLiteral("--mongo-uri"), m_server->uriString(), QStringLiteral("--mongo-db"), m_db,
                           QStringLiteral("--out-dir"), mountPoint.path(), QStringLiteral("--compression"), QStringLiteral("none")},
                          &o, &e);
    QCOMPARE(rc, int(ErrorCode::Io));
    QVERIFY2(e.contains("No space left on device") && e.contains("disk is full"), e.constData());
    QCOMPARE(QDir(mountPoint.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

void TestBackupFailures::twoBackupsOfOneNamePublishOne()
{
    // Two backups of two databases with the same --name into one folder, at the same time:
    // one publishes an archive of its own database, the other fails saying why, and no
    // temporary file stays behind.
    const QString otherDb = TestServer::uniqueDatabase(QStringLiteral("failures_other"));
    m_server->insertJsonFile(otherDb, QStringLiteral("restaurants"),
                             sharedPath(QStringLiteral("corpora/datasets/ozlerhakan-mongodb-json-files/books.json")));
    QTemporaryDir out;
    QVERIFY(out.isValid());
    const QStringList dbs{m_db, otherDb};
    QProcess cli[2];
    for (int i = 0; i < 2; ++i) {
        cli[i].start(QStringLiteral(LIFEBOAT_CLI_PATH),
                     {QStringLiteral("backup"), QStringLiteral("--mongo-uri"), m_server->uriString(), QStringLiteral("--mongo-db"), dbs[i],
                      QStringLiteral("--out-dir"), out.path(), QStringLiteral("--name"), QStringLiteral("same")});
    }
    int winner = -1;
    QByteArray errors[2];
    for (int i = 0; i < 2; ++i) {
        QVERIFY(cli[i].waitForFinished(180000));
        errors[i] = cli[i].readAllStandardError();
        if (cli[i].exitStatus() == QProcess::NormalExit && cli[i].exitCode() == 0) {
            QCOMPARE(winner, -1); // exactly one succeeds
            winner = i;
        }
    }
    QVERIFY2(winner >= 0, QByteArray(errors[0] + "\n" + errors[1]).constData());
    const int loser = 1 - winner;
    QVERIFY(cli[loser].exitCode() != 0);
    QVERIFY2(errors[loser].contains("same.tar.gz") && errors[loser].contains("already exists"), errors[loser].constData());
    qInfo("the other backup: %s", errors[loser].trimmed().constData());

    // Only the archive: no .partial of either.
    QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("same.tar.gz")});
    const QString archive = QDir(out.path()).filePath(QStringLiteral("same.tar.gz"));
    QByteArray o, e;
    QCOMPARE(runCli({QStringLiteral("inspect"), archive}, &o, &e), 0);
    QByteArray manifestJson;
    QCOMPARE(runProgram(QStringLiteral("tar"), {QStringLiteral("-xzOf"), archive, QStringLiteral("same/manifest.json")}, &manifestJson), 0);
    const QJsonObject manifest = QJsonDocument::fromJson(manifestJson).object();
    QCOMPARE(manifest.value(QStringLiteral("databases")).toVariant().toStringList(), QStringList{dbs[winner]});
}

QTEST_GUILESS_MAIN(TestBackupFailures)
#include "TestBackupFailures.moc"
