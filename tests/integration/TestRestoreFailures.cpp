// What a restore does when things go wrong around it: the server killed mid-restore and back
// at once, archives the target server cannot fully honour, hostile archive members.
#include "core/backup/BackupEngine.h"
#include "core/mongo/DatabaseCatalog.h"
#include "core/mongo/ServerInfo.h"
#include "TestFiles.h"
#include "TestServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace lifeboat;
using namespace lifeboat::test;

class TestRestoreFailures : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void serverKilledAndBackMidRestore();
    void unsupportedOptionsNeedTheirOption();
    void secondCopyOfAMemberIsRefused();
    void serversOwnCollectionsAreSkipped();
    void oversizedDocumentIsNamed();
    void driverLogStaysInTheJsonStream();

private:
    static QString backup(const QString &uri, const QString &db, const QString &outDir);
};

QString TestRestoreFailures::backup(const QString &uri, const QString &db, const QString &outDir)
{
    BackupRequest request;
    request.mongoUri = uri;
    request.database = db;
    request.outDir = outDir;
    request.name = db;
    auto result = BackupEngine().run(request);
    if (!result)
        qFatal("%s", qPrintable(result.error().message));
    return result->archivePath;
}

namespace {
// Reads the CLI's --json progress lines until a restore has inserted documents.
bool waitUntilRestoring(QProcess &cli, QByteArray &progress)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 60000 && cli.state() == QProcess::Running) {
        cli.waitForReadyRead(50);
        progress += cli.readAllStandardError();
        for (const QByteArray &line : progress.split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QStringLiteral("phase")).toString() == QLatin1String("restoring") && o.value(QStringLiteral("documentsDone")).toInteger() > 0)
                return true;
        }
    }
    return false;
}
} // namespace

// Issue 11, point 4: the server SIGKILLed while batches are in flight and back at once on the
// same port and data. The retried batches meet the documents the broken attempt already
// inserted: they count as inserted (not E11000, exit 5), and every document is there once.
void TestRestoreFailures::serverKilledAndBackMidRestore()
{
    if (!qEnvironmentVariableIsEmpty("LIFEBOAT_TEST_MONGODB_URI"))
        QSKIP("needs a FerretDB of its own to kill");
    PrivateServer server;
    QVERIFY(server.started());
    const QString source = QStringLiteral("killsrc"), target = QStringLiteral("killdst");
    const int total = 20000;
    {
        TestServer client(server.uri());
        std::vector<BsonDocument> batch;
        for (int i = 0; i < total; ++i) {
            BsonDocument d;
            BSON_APPEND_INT32(d.get(), "_id", i);
            BSON_APPEND_UTF8(d.get(), "payload", QByteArray(200, char('a' + i % 26)).constData());
            batch.push_back(std::move(d));
            if (batch.size() == 2000) {
                client.insertBson(source, QStringLiteral("items"), batch);
                batch.clear();
            }
        }
    }
    QTemporaryDir out;
    const QString archive = backup(server.uri(), source, out.path());

    QProcess cli;
    cli.start(QStringLiteral(LIFEBOAT_CLI_PATH),
              {QStringLiteral("restore"), archive, QStringLiteral("--mongo-uri"), server.uri(), QStringLiteral("--target-db"), target,
               QStringLiteral("--no-snapshot"), QStringLiteral("--yes"), QStringLiteral("--batch-size"), QStringLiteral("50"),
               QStringLiteral("--jobs"), QStringLiteral("4"), QStringLiteral("--json")});
    QVERIFY(cli.waitForStarted());
    QByteArray progress;
    QVERIFY2(waitUntilRestoring(cli, progress), progress.constData());
    server.kill();
    QVERIFY(server.restart());
    QVERIFY(cli.waitForFinished(180000));
    const QByteArray stdOut = cli.readAllStandardOutput();
    const QByteArray stdErr = progress + cli.readAllStandardError();
    const QString what = QStringLiteral("exit %1\n%2\n%3").arg(cli.exitCode()).arg(QString::fromUtf8(stdOut), QString::fromUtf8(stdErr.right(3000)));
    QVERIFY2(!stdOut.contains("E11000") && !stdErr.contains("E11000"), qPrintable(what));
    TestServer client(server.uri());
    qInfo("restore after the kill: exit %d", cli.exitCode());
    if (cli.exitCode() != 0) {
        // Failing is allowed only cleanly: a connection or server error, named, never a
        // duplicate key.
        QVERIFY2(cli.exitCode() == int(ErrorCode::Connection) || cli.exitCode() == int(ErrorCode::Server), qPrintable(what));
        QVERIFY2(!QJsonDocument::fromJson(stdOut).object().value(QStringLiteral("ok")).toBool(true), qPrintable(what));
        QVERIFY2(client.count(target, QStringLiteral("items")) <= total, qPrintable(what));
        return;
    }
    // Every document exactly once, byte for byte as the source holds it.
    QCOMPARE(client.count(target, QStringLiteral("items")), qint64(total));
    QCOMPARE(client.documents(target, QStringLiteral("items")), client.documents(source, QStringLiteral("items")));
}

// Issue 11, point 12: a validator and a time-series collection on a server without them
// (FerretDB). Refused before anything is written without --drop-unsupported-options; with it,
// restored as regular collections, and the plan in the result names what was left out.
void TestRestoreFailures::unsupportedOptionsNeedTheirOption()
{
    if (TestServer::uri().isEmpty())
        QSKIP(qPrintable(TestServer::whyUnavailable()));
    TestServer server;
    {
        auto info = ServerInfo::query(server.pool().acquire());
        QVERIFY(info.ok());
        if (info->flavour == QLatin1String("mongodb") && info->majorVersion >= 5)
            QSKIP("the server has time-series collections and validators: nothing is left out");
    }
    QTemporaryDir dir;
    const QString archive = makeTar(
        dir.path(), QStringLiteral("opts.tar.gz"), QStringLiteral("backup_20250101_000000"),
        {{QStringLiteral("collections_metadata.json"),
          R"([{"name": "people", "type": "collection", "options": {"validator": {"name": {"$type": "string"}}, "validationLevel": "strict"}},
              {"name": "weather", "type": "timeseries", "options": {"timeseries": {"timeField": "ts", "metaField": "meta", "granularity": "hours"}}}])"},
         {QStringLiteral("people.jsonl"), R"({"_id": 1, "name": "Ada"})" "\n" R"({"_id": 2, "name": "Grace"})" "\n"},
         {QStringLiteral("weather.jsonl"), R"({"_id": 1, "ts": {"$date": "2024-01-01T00:00:00Z"}, "meta": "a", "t": 3})" "\n"}},
        true);
    const QString db = TestServer::uniqueDatabase(QStringLiteral("unsupported"));
    const QStringList args{QStringLiteral("restore"), archive, QStringLiteral("--mongo-uri"), server.uriString(), QStringLiteral("--target-db"), db,
                           QStringLiteral("--yes"), QStringLiteral("--no-snapshot"), QStringLiteral("--json")};
    QByteArray o, e;
    // The dry run shows the plan, with what would be left out.
    QCOMPARE(runCli(args + QStringList{QStringLiteral("--dry-run")}, &o, &e), 0);
    QCOMPARE(QJsonDocument::fromJson(o).object().value(QStringLiteral("plan")).toObject().value(QStringLiteral("droppedOptions")).toArray().size(), 2);
    // Refused, naming each option, and nothing written.
    QCOMPARE(runCli(args, &o, &e), int(ErrorCode::Refused));
    QVERIFY2(o.contains("people: validator") && o.contains("weather: time-series") && o.contains("--drop-unsupported-options"), o.constData());
    auto before = DatabaseCatalog::collections(server.pool().acquire(), db);
    QVERIFY(before.ok());
    QCOMPARE(before->size(), 0);
    // With the option: restored without them, and the result's plan says what was left out.
    QCOMPARE(runCli(args + QStringList{QStringLiteral("--drop-unsupported-options")}, &o, &e), 0);
    const QJsonObject plan = QJsonDocument::fromJson(o).object().value(QStringLiteral("plan")).toObject();
    QStringList dropped;
    for (const auto &v : plan.value(QStringLiteral("droppedOptions")).toArray())
        dropped << v.toString();
    dropped.sort();
    QCOMPARE(dropped, (QStringList{QStringLiteral("people: validator"), QStringLiteral("weather: time-series")}));
    QCOMPARE(server.count(db, QStringLiteral("people")), qint64(2));
    QCOMPARE(server.count(db, QStringLiteral("weather")), qint64(1));
    server.drop(db);
}

// Issue 11, point 10: an archive that stores a collection file twice (the second copy
// smuggled in) is refused before anything is written, and inspect names it.
void TestRestoreFailures::secondCopyOfAMemberIsRefused()
{
    if (TestServer::uri().isEmpty())
        QSKIP(qPrintable(TestServer::whyUnavailable()));
    TestServer server;
    QTemporaryDir dir;
    const QString archive = pythonTar(dir.path(), QStringLiteral("dup.tar.gz"),
                                      "add('backup_20250101_000000/orders.jsonl', b'{\"_id\": 1}\\n')\n"
                                      "add('backup_20250101_000000/orders.jsonl', b'{\"_id\": 666, \"evil\": true}\\n')\n");
    const QString db = TestServer::uniqueDatabase(QStringLiteral("dup"));
    QByteArray o, e;
    QCOMPARE(runCli({QStringLiteral("restore"), archive, QStringLiteral("--mongo-uri"), server.uriString(), QStringLiteral("--target-db"), db,
                     QStringLiteral("--yes"), QStringLiteral("--no-snapshot")},
                    &o, &e),
             int(ErrorCode::ArchiveCorrupt));
    QVERIFY2(e.contains("orders.jsonl") && e.contains("more than once"), e.constData());
    auto after = DatabaseCatalog::collections(server.pool().acquire(), db);
    QVERIFY(after.ok());
    QCOMPARE(after->size(), 0);
    QVERIFY(runCli({QStringLiteral("inspect"), archive}, &o, &e) != 0);
    QVERIFY2(o.contains("orders.jsonl: stored 2 times"), o.constData());
}

// Issue 11, point 10: system.users, system.js and system.views files are the server's own:
// the plan skips each with a warning naming it, and restores the rest.
void TestRestoreFailures::serversOwnCollectionsAreSkipped()
{
    if (TestServer::uri().isEmpty())
        QSKIP(qPrintable(TestServer::whyUnavailable()));
    TestServer server;
    QTemporaryDir dir;
    const QString archive = makeTar(dir.path(), QStringLiteral("sys.tar"), QStringLiteral("backup_20250101_000000"),
                                    {{QStringLiteral("orders.jsonl"), R"({"_id": 1})" "\n"},
                                     {QStringLiteral("system.users.jsonl"), R"({"_id": "shop.root", "user": "root", "db": "shop"})" "\n"},
                                     {QStringLiteral("system.js.jsonl"), R"({"_id": "f", "value": {"$code": "function() {}"}})" "\n"},
                                     {QStringLiteral("system.views.jsonl"), R"({"_id": "shop.v", "viewOn": "orders", "pipeline": []})" "\n"}},
                                    false);
    const QString db = TestServer::uniqueDatabase(QStringLiteral("sys"));
    QByteArray o, e;
    QCOMPARE(runCli({QStringLiteral("restore"), archive, QStringLiteral("--mongo-uri"), server.uriString(), QStringLiteral("--target-db"), db,
                     QStringLiteral("--yes"), QStringLiteral("--no-snapshot"), QStringLiteral("--json")},
                    &o, &e),
             0);
    const QJsonObject plan = QJsonDocument::fromJson(o).object().value(QStringLiteral("plan")).toObject();
    const QString warnings = QString::fromUtf8(QJsonDocument(plan.value(QStringLiteral("warnings")).toArray()).toJson());
    for (const char *name : {"system.users", "system.js", "system.views"})
        QVERIFY2(warnings.contains(QLatin1String(name) + QLatin1String(" (")) && warnings.contains(QLatin1String("skipped")), qPrintable(warnings));
    auto after = DatabaseCatalog::collections(server.pool().acquire(), db);
    QVERIFY(after.ok());
    QStringList names;
    for (const auto &c : *after)
        names << c.name;
    QCOMPARE(names, QStringList{QStringLiteral("orders")});
    server.drop(db);
}

// Issue 11, point 11: a document over 16 MB is named as too large (file, line, collection),
// not taken for a login problem.
void TestRestoreFailures::oversizedDocumentIsNamed()
{
    if (TestServer::uri().isEmpty())
        QSKIP(qPrintable(TestServer::whyUnavailable()));
    TestServer server;
    QTemporaryDir dir;
    const QByteArray big = R"({"_id": 2, "big": ")" + QByteArray(20 * 1024 * 1024, 'y') + "\"}\n";
    const QString archive = makeTar(dir.path(), QStringLiteral("big.tar.gz"), QStringLiteral("backup_20250101_000000"),
                                    {{QStringLiteral("huge.jsonl"), R"({"_id": 1})" "\n" + big}}, true);
    const QString db = TestServer::uniqueDatabase(QStringLiteral("big"));
    QByteArray o, e;
    const int rc = runCli({QStringLiteral("restore"), archive, QStringLiteral("--mongo-uri"), server.uriString(), QStringLiteral("--target-db"), db,
                           QStringLiteral("--yes"), QStringLiteral("--no-snapshot")},
                          &o, &e);
    QCOMPARE(rc, int(ErrorCode::ArchiveCorrupt));
    QVERIFY2(e.contains("huge.jsonl line 2 (collection huge): the document is too large"), e.constData());
    QVERIFY2(!e.contains("user name") && !e.contains("password"), e.constData());
    server.drop(db);
}

// Issue 11, point 11: libmongoc's own error lines go through Lifeboat: with --json every line
// on stderr is JSON, the driver's among them as a message.
void TestRestoreFailures::driverLogStaysInTheJsonStream()
{
    if (TestServer::uri().isEmpty())
        QSKIP(qPrintable(TestServer::whyUnavailable()));
    QTemporaryDir dir;
    const QString archive = makeTar(dir.path(), QStringLiteral("a.tar"), QStringLiteral("backup_20250101_000000"),
                                    {{QStringLiteral("orders.jsonl"), R"({"_id": 1})" "\n"}}, false);
    // A CA file that does not exist: libmongoc logs an error line when it sets up TLS.
    QString uri = TestServer::uri();
    uri += (uri.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?"))
        + QStringLiteral("tls=true&tlsCAFile=/nonexistent/ca.pem&serverSelectionTimeoutMS=500");
    QByteArray o, e;
    QVERIFY(runCli({QStringLiteral("restore"), archive, QStringLiteral("--mongo-uri"), uri, QStringLiteral("--target-db"), QStringLiteral("x"),
                    QStringLiteral("--yes"), QStringLiteral("--json")},
                   &o, &e) != 0);
    bool sawDriver = false;
    for (const QByteArray &line : e.split('\n')) {
        if (line.isEmpty() || line.startsWith("lifeboat-cli restore: error") || line.startsWith("  hint:"))
            continue; // the error itself, which the CLI also prints as text
        const QJsonObject o2 = QJsonDocument::fromJson(line).object();
        QVERIFY2(!o2.isEmpty(), line.constData());
        sawDriver |= o2.value(QStringLiteral("text")).toString().startsWith(QLatin1String("MongoDB driver: Cannot load Certificate Authorities"));
    }
    QVERIFY2(sawDriver, e.constData());
}

QTEST_GUILESS_MAIN(TestRestoreFailures)
#include "TestRestoreFailures.moc"
