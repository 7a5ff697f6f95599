// Restores against the real test server: every archive variant, the dry run, replace and
// keep-extra, verification, reports, a server killed mid-restore and the rollback.
#include "core/backup/BackupEngine.h"
#include "core/mongo/DatabaseCatalog.h"
#include "core/codec/ExtJsonCodec.h"
#include "core/restore/RestoreEngine.h"
#include "core/mongo/ServerInfo.h"
#include "TestFiles.h"
#include "TestServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include "core/restore/RestoreTargetLock.h"
#include <QTemporaryDir>
#include <QTest>

using namespace lifeboat;
using namespace lifeboat::test;

namespace {

const QByteArray Canonical =
    R"({"_id": {"$oid": "650000000000000000000001"}, "n": {"$numberInt": "7"}, "big": {"$numberLong": "9007199254740993"}, "at": {"$date": {"$numberLong": "1700000000000"}}})"
    "\n"
    R"({"_id": {"$oid": "650000000000000000000002"}, "n": {"$numberInt": "8"}, "price": {"$numberDouble": "9.5"}})"
    "\n";
const QByteArray Relaxed =
    R"({"_id": {"$oid": "650000000000000000000001"}, "n": 7, "big": {"$numberLong": "9007199254740993"}, "at": {"$date": "2023-11-14T22:13:20Z"}})"
    "\n"
    R"({"_id": {"$oid": "650000000000000000000002"}, "n": 8, "price": 9.5})"
    "\n";
const QByteArray Legacy =
    R"({"_id": {"$oid": "650000000000000000000001"}, "n": 7, "big": {"$numberLong": "9007199254740993"}, "at": {"$date": 1700000000000}})"
    "\n"
    R"({"_id": {"$oid": "650000000000000000000002"}, "n": 8, "price": 9.5})"
    "\n";
const QByteArray Pretty = "{\n  \"_id\": {\"$oid\": \"650000000000000000000001\"},\n  \"n\": 7,\n  \"big\": {\"$numberLong\": \"9007199254740993\"},\n"
                          "  \"at\": {\"$date\": 1700000000000}\n}\n{\n  \"_id\": {\"$oid\": \"650000000000000000000002\"},\n  \"n\": 8,\n  \"price\": 9.5\n}\n";
const QList<QByteArray> Expected{
    R"({"_id":{"$oid":"650000000000000000000001"},"n":{"$numberInt":"7"},"big":{"$numberLong":"9007199254740993"},"at":{"$date":{"$numberLong":"1700000000000"}}})",
    R"({"_id":{"$oid":"650000000000000000000002"},"n":{"$numberInt":"8"},"price":{"$numberDouble":"9.5"}})"};
const QByteArray Readings =
    R"({"_id": {"$oid": "650000000000000000000010"}, "ts": {"$date": 1700000000000}, "meta": {"station": "A"}, "pm25": 12.5})" "\n"
    R"({"_id": {"$oid": "650000000000000000000011"}, "ts": {"$date": 1700000060000}, "meta": {"station": "B"}, "pm25": 8.0})" "\n";
const QByteArray Buckets = R"({"_id": {"$oid": "650000000000000000000099"}, "control": {"version": 1}, "meta": {"station": "A"}, "data": {}})" "\n";

} // namespace

class TestRestoreIntegration : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void runbookVariantsRestore_data();
    void runbookVariantsRestore();
    void corpusRoundTripsThroughBackupAndRestore();
    void dryRunChangesNothing();
    void replaceExistingAndKeepExtra();
    void restoringTwiceGivesTheSameDatabase();
    void archiveChangedAfterThePlanIsRefused();
    void tamperedArchiveIsAMismatch();
    void csvReportParsesBack();
    void refusesWithoutTerminalOrYes();
    void killedServerReportsPartialAndRollsBack();
    void twoRestoresIntoOneDatabase();
    void timeseriesAndValidatorsOnCapableServers();

private:
    // Every collection of a database with its documents (canonical JSON, sorted).
    QMap<QString, QList<QByteArray>> state(TestServer &server, const QString &db);
    QString backup(const QString &db, const QString &dir, const QString &name);
    Result<RestoreResult> restore(RestoreRequest request);

    std::unique_ptr<TestServer> m_server;
    ServerInfo m_info;
};

void TestRestoreIntegration::initTestCase()
{
    if (TestServer::uri().isEmpty())
        QSKIP(qPrintable(TestServer::whyUnavailable()));
    m_server = std::make_unique<TestServer>();
    auto client = m_server->pool().acquire();
    m_info = *ServerInfo::query(client);
}

QMap<QString, QList<QByteArray>> TestRestoreIntegration::state(TestServer &server, const QString &db)
{
    QMap<QString, QList<QByteArray>> out;
    auto client = server.pool().acquire();
    auto cols = DatabaseCatalog::collections(client, db);
    if (!cols)
        qFatal("%s", qPrintable(cols.error().message));
    for (const auto &c : *cols) {
        QList<QByteArray> docs;
        for (const QByteArray &bson : server.documents(db, c.name))
            docs << *ExtJsonCodec::encode(BsonDocument::fromData(bson).get(), JsonStyle::Canonical);
        std::sort(docs.begin(), docs.end());
        out.insert(c.name, docs);
    }
    return out;
}

QString TestRestoreIntegration::backup(const QString &db, const QString &dir, const QString &name)
{
    BackupRequest request;
    request.mongoUri = m_server->uriString();
    request.database = db;
    request.outDir = dir;
    request.name = name;
    auto result = BackupEngine().run(request);
    if (!result)
        qFatal("%s", qPrintable(result.error().message));
    return result->archivePath;
}

Result<RestoreResult> TestRestoreIntegration::restore(RestoreRequest request)
{
    if (request.mongoUri.isEmpty())
        request.mongoUri = m_server->uriString();
    RestoreEngine engine;
    auto plan = engine.plan(request);
    if (!plan)
        return plan.error();
    return engine.execute(request, *plan);
}

void TestRestoreIntegration::runbookVariantsRestore_data()
{
    QTest::addColumn<QString>("top");
    QTest::addColumn<bool>("gzip");
    QTest::addColumn<QByteArray>("orders");
    QTest::addColumn<bool>("withBuckets");
    QTest::newRow("tar, canonical") << QStringLiteral("backup_20250926_073727") << false << Canonical << false;
    QTest::newRow("tar, relaxed") << QStringLiteral("backup_20250926_073727") << false << Relaxed << false;
    QTest::newRow("tar.gz, legacy") << QStringLiteral("backup_20250926_073727") << true << Legacy << false;
    QTest::newRow("tar.gz, pretty, no top folder") << QString() << true << Pretty << false;
    QTest::newRow("tar, no metadata, bucket file") << QStringLiteral("backup_20250926_073727") << false << Legacy << true;
}

void TestRestoreIntegration::runbookVariantsRestore()
{
    QFETCH(QString, top);
    QFETCH(bool, gzip);
    QFETCH(QByteArray, orders);
    QFETCH(bool, withBuckets);
    QTemporaryDir tmp;
    QList<std::pair<QString, QByteArray>> files{{QStringLiteral("orders.jsonl"), orders}};
    if (withBuckets) {
        files << std::pair{QStringLiteral("readings.jsonl"), Readings};
        files << std::pair{QStringLiteral("system.buckets.readings.jsonl"), Buckets};
    }
    const QString archive = makeTar(tmp.path(), gzip ? QStringLiteral("r.tar.gz") : QStringLiteral("r.tar"), top, files, gzip);
    RestoreRequest request;
    request.archivePath = archive;
    request.targetDatabase = TestServer::uniqueDatabase(QStringLiteral("runbook"));
    // A server without time-series collections takes the bucket file's readings only as a
    // regular collection, which a restore needs this option for (issue 11, point 12).
    request.dropUnsupportedOptions = withBuckets;
    auto plan = RestoreEngine().plan([&] { RestoreRequest r = request; r.mongoUri = m_server->uriString(); return r; }());
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message));
    if (withBuckets) {
        const auto readings = std::find_if(plan->collections.cbegin(), plan->collections.cend(),
                                            [](const auto &c) { return c.name == QLatin1String("readings"); });
        QVERIFY(readings != plan->collections.cend());
        QCOMPARE(readings->timeseriesSource, QStringLiteral("bucket file"));
        QCOMPARE(readings->timeseries.timeField, QStringLiteral("ts"));
        QCOMPARE(readings->timeseries.metaField, QStringLiteral("meta"));
        QCOMPARE(readings->timeseries.granularity, QStringLiteral("hours"));
        // No collection is planned for the bucket file itself.
        QVERIFY(std::none_of(plan->collections.cbegin(), plan->collections.cend(),
                             [](const auto &c) { return c.name.startsWith(QLatin1String("system.buckets")); }));
        if (!m_info.flavour.contains(QLatin1String("mongodb")) || m_info.majorVersion < 5)
            QVERIFY(!readings->warnings.isEmpty()); // created as a regular collection, and said so
    }
    auto result = restore(request);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QVERIFY2(result->succeeded(), qPrintable(result->failure ? result->failure->message : QString()));
    const auto after = state(*m_server, request.targetDatabase);
    QCOMPARE(after.value(QStringLiteral("orders")), Expected);
    if (withBuckets) {
        QCOMPARE(after.value(QStringLiteral("readings")).size(), 2);
        QVERIFY(!after.contains(QStringLiteral("system.buckets.readings")));
    }
    m_server->drop(request.targetDatabase);
}

void TestRestoreIntegration::corpusRoundTripsThroughBackupAndRestore()
{
    // Every corpus case the server stores: backup -> restore into another database -> the
    // same bytes. (The rest round-trips in the codec test.)
    const QString db = TestServer::uniqueDatabase(QStringLiteral("corpus_src"));
    std::vector<BsonDocument> cases;
    const QDir dir(sharedPath(QStringLiteral("corpora/bson-corpus")));
    for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        if (file.startsWith(QLatin1String("decimal128")))
            continue; // FerretDB 1.x has no Decimal128 at all
        const QJsonObject suite = QJsonDocument::fromJson(readFile(dir.filePath(file))).object();
        int i = 0;
        for (const QJsonValue &v : suite.value(QStringLiteral("valid")).toArray()) {
            BsonDocument original = BsonDocument::fromData(QByteArray::fromHex(v.toObject().value(QStringLiteral("canonical_bson")).toString().toLatin1()));
            BsonDocument doc;
            const QByteArray id = QStringLiteral("%1#%2").arg(file).arg(i++).toUtf8();
            BSON_APPEND_UTF8(doc.get(), "_id", id.constData());
            BSON_APPEND_DOCUMENT(doc.get(), "case", original.get());
            cases.push_back(std::move(doc));
        }
    }
    m_server->insertUnordered(db, QStringLiteral("corpus"), cases);
    const QList<QByteArray> stored = m_server->documents(db, QStringLiteral("corpus"));
    QVERIFY(stored.size() > 20);
    QTemporaryDir tmp;
    RestoreRequest request;
    request.archivePath = backup(db, tmp.path(), QStringLiteral("corpus"));
    request.targetDatabase = TestServer::uniqueDatabase(QStringLiteral("corpus_dst"));
    request.verifyFull = true;
    auto result = restore(request);
    QVERIFY2(result.ok() && result->succeeded(), "restore failed");
    QCOMPARE(m_server->documents(request.targetDatabase, QStringLiteral("corpus")), stored);
    qInfo("%lld corpus documents round-tripped byte-identical through backup and restore", qint64(stored.size()));
    m_server->drop(db);
    m_server->drop(request.targetDatabase);
}

void TestRestoreIntegration::dryRunChangesNothing()
{
    const QString db = TestServer::uniqueDatabase(QStringLiteral("dry"));
    m_server->insertJsonFile(db, QStringLiteral("grades"), sharedPath(QStringLiteral("corpora/datasets/ozlerhakan-mongodb-json-files/grades.json")));
    QTemporaryDir tmp;
    const QString archive = backup(db, tmp.path(), QStringLiteral("dry"));
    // Make the database differ from the archive every way a restore would touch.
    m_server->insertJson(db, QStringLiteral("extra"), {R"({"_id": 1})"});
    m_server->insertJson(db, QStringLiteral("grades"), {R"({"_id": "added"})"});
    const auto before = state(*m_server, db);
    QByteArray out, err;
    const int rc = runCli({QStringLiteral("restore"), archive, QStringLiteral("--mongo-uri"), m_server->uriString(), QStringLiteral("--target-db"), db,
                           QStringLiteral("--dry-run"), QStringLiteral("--replace-existing"), QStringLiteral("--json")},
                          &out, &err);
    QVERIFY2(rc == 0, err.constData());
    const QJsonObject plan = QJsonDocument::fromJson(out).object().value(QStringLiteral("plan")).toObject();
    QCOMPARE(plan.value(QStringLiteral("drop")).toArray().size(), 1);
    QCOMPARE(plan.value(QStringLiteral("drop")).toArray().first().toObject().value(QStringLiteral("collection")).toString(), QStringLiteral("extra"));
    QCOMPARE(plan.value(QStringLiteral("restore")).toArray().first().toObject().value(QStringLiteral("action")).toString(), QStringLiteral("replace"));
    QCOMPARE(plan.value(QStringLiteral("restore")).toArray().first().toObject().value(QStringLiteral("dbCount")).toInteger(), 281);
    QCOMPARE(state(*m_server, db), before);
    QCOMPARE(QDir(tmp.path()).entryList(QDir::Files).size(), 1); // no safety snapshot either
    m_server->drop(db);
}

void TestRestoreIntegration::replaceExistingAndKeepExtra()
{
    const QString db = TestServer::uniqueDatabase(QStringLiteral("modes"));
    m_server->insertJson(db, QStringLiteral("a"), {R"({"_id": 1, "v": "archived"})", R"({"_id": 2, "v": "archived"})"});
    QTemporaryDir tmp;
    const QString archive = backup(db, tmp.path(), QStringLiteral("modes"));
    m_server->insertJson(db, QStringLiteral("a"), {R"({"_id": 3, "v": "later"})"});
    m_server->insertJson(db, QStringLiteral("extra"), {R"({"_id": 1})"});

    // --keep-extra, inserting into the existing collection: duplicates counted, extra kept.
    RestoreRequest keep;
    keep.archivePath = archive;
    keep.targetDatabase = db;
    keep.keepExtra = true;
    keep.snapshotDir = tmp.path();
    auto kept = restore(keep);
    QVERIFY(kept.ok());
    QVERIFY(!kept->failure);
    QCOMPARE(kept->duplicates.value(QStringLiteral("a")), 2);
    QVERIFY(state(*m_server, db).contains(QStringLiteral("extra")));
    QCOMPARE(m_server->count(db, QStringLiteral("a")), 3);
    QVERIFY(!kept->safetySnapshotPath.isEmpty());

    // --replace-existing without --keep-extra: exactly the archive.
    RestoreRequest replace;
    replace.archivePath = archive;
    replace.targetDatabase = db;
    replace.replaceExisting = true;
    replace.snapshotDir = tmp.path();
    auto replaced = restore(replace);
    QVERIFY2(replaced.ok(), qPrintable(replaced.ok() ? QString() : replaced.error().message));
    QVERIFY2(replaced->succeeded(), "replace did not verify");
    const auto after = state(*m_server, db);
    QCOMPARE(after.keys(), QStringList{QStringLiteral("a")});
    QCOMPARE(after.value(QStringLiteral("a")).size(), 2);
    m_server->drop(db);
}

void TestRestoreIntegration::restoringTwiceGivesTheSameDatabase()
{
    const QString db = TestServer::uniqueDatabase(QStringLiteral("twice_src"));
    m_server->insertJsonFile(db, QStringLiteral("books"), sharedPath(QStringLiteral("corpora/datasets/ozlerhakan-mongodb-json-files/books.json")));
    m_server->insertJsonFile(db, QStringLiteral("students"), sharedPath(QStringLiteral("corpora/datasets/ozlerhakan-mongodb-json-files/students.json")));
    QTemporaryDir tmp;
    RestoreRequest request;
    request.archivePath = backup(db, tmp.path(), QStringLiteral("twice"));
    request.targetDatabase = TestServer::uniqueDatabase(QStringLiteral("twice_dst"));
    request.replaceExisting = true;
    request.snapshotDir = tmp.path();
    QVERIFY(restore(request)->succeeded());
    const auto first = state(*m_server, request.targetDatabase);
    QVERIFY(restore(request)->succeeded());
    QCOMPARE(state(*m_server, request.targetDatabase), first);
    QCOMPARE(first, state(*m_server, db));
    m_server->drop(db);
    m_server->drop(request.targetDatabase);
}

void TestRestoreIntegration::archiveChangedAfterThePlanIsRefused()
{
    // execute() uses the archive as plan() read it; a file changed in between gets no
    // stale plan carried out: it is refused before anything is written.
    const QString db = TestServer::uniqueDatabase(QStringLiteral("changed_src"));
    m_server->insertJsonFile(db, QStringLiteral("books"), sharedPath(QStringLiteral("corpora/datasets/ozlerhakan-mongodb-json-files/books.json")));
    QTemporaryDir tmp;
    RestoreRequest request;
    request.mongoUri = m_server->uriString();
    request.archivePath = backup(db, tmp.path(), QStringLiteral("changed"));
    request.targetDatabase = TestServer::uniqueDatabase(QStringLiteral("changed_dst"));
    request.safetySnapshot = false;
    RestoreEngine engine;
    auto plan = engine.plan(request);
    QVERIFY(plan.ok());
    QVERIFY(plan->archive);
    const QString other = backup(db, tmp.path(), QStringLiteral("other"));
    QFile archive(request.archivePath);
    QVERIFY(archive.open(QIODevice::Append));
    archive.write(readFile(other)); // a different file under the same name
    archive.close();
    auto refused = engine.execute(request, *plan);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("changed since")), qPrintable(refused.error().message));
    QVERIFY(state(*m_server, request.targetDatabase).isEmpty());
    // Planned again, it goes ahead.
    plan = engine.plan(request);
    QVERIFY(plan.ok());
    auto done = engine.execute(request, *plan);
    QVERIFY(done.ok() && done->succeeded());
    QCOMPARE(state(*m_server, request.targetDatabase), state(*m_server, db));
    m_server->drop(db);
    m_server->drop(request.targetDatabase);
}

void TestRestoreIntegration::tamperedArchiveIsAMismatch()
{
    const QString db = TestServer::uniqueDatabase(QStringLiteral("tamper"));
    m_server->insertJsonFile(db, QStringLiteral("grades"), sharedPath(QStringLiteral("corpora/datasets/ozlerhakan-mongodb-json-files/grades.json")));
    QTemporaryDir tmp;
    const QString archive = backup(db, tmp.path(), QStringLiteral("tamper"));
    // Change one document, keep the JSON valid, re-pack.
    QDir().mkpath(tmp.filePath(QStringLiteral("x")));
    QCOMPARE(runProgram(QStringLiteral("tar"), {QStringLiteral("-xzf"), archive, QStringLiteral("-C"), tmp.filePath(QStringLiteral("x"))}), 0);
    const QString file = tmp.filePath(QStringLiteral("x/tamper/grades.jsonl"));
    QByteArray data = readFile(file);
    const qsizetype at = data.indexOf("\"class_id\":{\"$numberInt\":\"");
    QVERIFY(at > 0);
    data.insert(at + 26, "9");
    writeFile(file, data);
    QFile::remove(archive);
    QCOMPARE(runProgram(QStringLiteral("tar"), {QStringLiteral("-czf"), archive, QStringLiteral("-C"), tmp.filePath(QStringLiteral("x")), QStringLiteral("tamper")}), 0);

    // verify: the untouched database is not what the tampered archive holds.
    QByteArray out, err;
    int rc = runCli({QStringLiteral("verify"), archive, QStringLiteral("--mongo-uri"), m_server->uriString(), QStringLiteral("--mongo-db"), db,
                     QStringLiteral("--json")},
                    &out, &err);
    QCOMPARE(rc, int(ErrorCode::IntegrityMismatch));
    QJsonObject row = QJsonDocument::fromJson(out).object().value(QStringLiteral("report")).toArray().first().toObject();
    QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("mismatch"));
    QVERIFY2(row.value(QStringLiteral("notes")).toString().contains(QLatin1String("sampled documents differ")), out.constData());

    // A staged restore checks the archive against its manifest while loading: refused, and
    // nothing is created.
    const QString clone = TestServer::uniqueDatabase(QStringLiteral("tamper_clone"));
    rc = runCli({QStringLiteral("restore"), archive, QStringLiteral("--mongo-uri"), m_server->uriString(), QStringLiteral("--target-db"), clone,
                 QStringLiteral("--json"), QStringLiteral("--yes")},
                &out, &err);
    QCOMPARE(rc, int(ErrorCode::IntegrityMismatch));
    const QString message = QJsonDocument::fromJson(out).object().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QLatin1String("grades.jsonl")) && message.contains(QLatin1String("nothing was changed")), qPrintable(message));
    QVERIFY(state(*m_server, clone).isEmpty());

    // In place, with full verification: the archive no longer matches its own manifest.
    rc = runCli({QStringLiteral("restore"), archive, QStringLiteral("--mongo-uri"), m_server->uriString(), QStringLiteral("--target-db"), clone,
                 QStringLiteral("--verify"), QStringLiteral("full"), QStringLiteral("--json"), QStringLiteral("--yes"), QStringLiteral("--in-place")},
                &out, &err);
    QCOMPARE(rc, int(ErrorCode::IntegrityMismatch));
    row = QJsonDocument::fromJson(out).object().value(QStringLiteral("report")).toArray().first().toObject();
    QVERIFY2(row.value(QStringLiteral("notes")).toString().contains(QLatin1String("manifest digest")), out.constData());
    m_server->drop(db);
    m_server->drop(clone);
}

void TestRestoreIntegration::csvReportParsesBack()
{
    const QString db = TestServer::uniqueDatabase(QStringLiteral("csv"));
    m_server->insertJson(db, QStringLiteral("weird, name"), {R"({"_id": 1})"});
    m_server->insertJson(db, QStringLiteral("plain"), {R"({"_id": 1})", R"({"_id": 2})"});
    QTemporaryDir tmp;
    const QString archive = backup(db, tmp.path(), QStringLiteral("csv"));
    const QString clone = TestServer::uniqueDatabase(QStringLiteral("csv_clone"));
    const QString csv = tmp.filePath(QStringLiteral("report.csv"));
    QByteArray out, err;
    QCOMPARE(runCli({QStringLiteral("restore"), archive, QStringLiteral("--mongo-uri"), m_server->uriString(), QStringLiteral("--target-db"), clone,
                     QStringLiteral("--report"), csv, QStringLiteral("--quiet"), QStringLiteral("--verify"), QStringLiteral("full")},
                    &out, &err),
             0);
    const QString script = QStringLiteral(
        "import csv, json, sys\n"
        "rows = list(csv.DictReader(open(sys.argv[1], newline='')))\n"
        "print(json.dumps({'columns': list(rows[0].keys()), 'rows': rows}))\n");
    QByteArray parsed;
    QCOMPARE(runProgram(QStringLiteral("python3"), {QStringLiteral("-c"), script, csv}, &parsed), 0);
    const QJsonObject o = QJsonDocument::fromJson(parsed).object();
    QStringList columns;
    for (const auto &c : o.value(QStringLiteral("columns")).toArray())
        columns << c.toString();
    QCOMPARE(columns, (QStringList{QStringLiteral("database"), QStringLiteral("collection"), QStringLiteral("type"), QStringLiteral("file_count"),
                                   QStringLiteral("db_count"), QStringLiteral("sample_size"), QStringLiteral("sample_hash_archive"),
                                   QStringLiteral("sample_hash_db"), QStringLiteral("digest_archive"), QStringLiteral("digest_db"),
                                   QStringLiteral("status"), QStringLiteral("notes")}));
    QSet<QString> names;
    for (const auto &r : o.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject row = r.toObject();
        names.insert(row.value(QStringLiteral("collection")).toString());
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(row.value(QStringLiteral("database")).toString(), clone);
        QCOMPARE(row.value(QStringLiteral("file_count")).toString(), row.value(QStringLiteral("db_count")).toString());
        QCOMPARE(row.value(QStringLiteral("digest_archive")).toString(), row.value(QStringLiteral("digest_db")).toString());
    }
    QCOMPARE(names, (QSet<QString>{QStringLiteral("weird, name"), QStringLiteral("plain")}));

    // --out-dir also leaves the archive's files, as the runbook's script did.
    const QString clone2 = TestServer::uniqueDatabase(QStringLiteral("csv_clone2"));
    QCOMPARE(runCli({QStringLiteral("restore"), archive, QStringLiteral("--mongo-uri"), m_server->uriString(), QStringLiteral("--target-db"), clone2,
                     QStringLiteral("--out-dir"), tmp.filePath(QStringLiteral("extracted")), QStringLiteral("--quiet")},
                    &out, &err),
             0);
    QCOMPARE(readFile(tmp.filePath(QStringLiteral("extracted/csv/plain.jsonl"))).count('\n'), 2);
    QVERIFY(QFileInfo::exists(tmp.filePath(QStringLiteral("extracted/csv/manifest.json"))));
    m_server->drop(db);
    m_server->drop(clone);
    m_server->drop(clone2);
}

void TestRestoreIntegration::refusesWithoutTerminalOrYes()
{
    const QString db = TestServer::uniqueDatabase(QStringLiteral("refuse"));
    m_server->insertJson(db, QStringLiteral("a"), {R"({"_id": 1})"});
    QTemporaryDir tmp;
    const QString archive = backup(db, tmp.path(), QStringLiteral("refuse"));
    m_server->insertJson(db, QStringLiteral("b"), {R"({"_id": 1})"});
    const auto before = state(*m_server, db);
    QByteArray out, err;
    const int rc = runCli({QStringLiteral("restore"), archive, QStringLiteral("--mongo-uri"), m_server->uriString(), QStringLiteral("--target-db"), db},
                          &out, &err);
    QCOMPARE(rc, int(ErrorCode::Refused));
    QVERIFY2(err.contains("no terminal"), err.constData());
    QCOMPARE(state(*m_server, db), before);
    m_server->drop(db);
}

void TestRestoreIntegration::killedServerReportsPartialAndRollsBack()
{
    if (!qEnvironmentVariableIsEmpty("LIFEBOAT_TEST_MONGODB_URI"))
        QSKIP("needs a FerretDB of its own to kill");
    PrivateServer server;
    QVERIFY(server.started());
    TestServer client(server.uri());
    // The database as it was: two collections the archive will replace.
    client.insertJson(QStringLiteral("shop"), QStringLiteral("orders"), {R"({"_id": 1, "state": "before"})"});
    client.insertJson(QStringLiteral("shop"), QStringLiteral("customers"), {R"({"_id": 1, "state": "before"})"});
    const auto before = state(client, QStringLiteral("shop"));

    // An archive big enough that the restore is still loading when the server dies.
    QTemporaryDir tmp;
    QByteArray big;
    for (int i = 0; i < 30000; ++i)
        big += QStringLiteral("{\"_id\": %1, \"payload\": \"%2\"}\n").arg(i).arg(QString(200, QLatin1Char('x'))).toUtf8();
    const QString archive = makeTar(tmp.path(), QStringLiteral("big.tar.gz"), QStringLiteral("backup_big"),
                                    {{QStringLiteral("orders.jsonl"), big}, {QStringLiteral("customers.jsonl"), big}}, true);

    QProcess cli;
    cli.start(QStringLiteral(LIFEBOAT_CLI_PATH),
              {QStringLiteral("restore"), archive, QStringLiteral("--mongo-uri"), server.uri(), QStringLiteral("--target-db"), QStringLiteral("shop"),
               QStringLiteral("--replace-existing"), QStringLiteral("--yes"), QStringLiteral("--batch-size"), QStringLiteral("50"),
               QStringLiteral("--jobs"), QStringLiteral("1"), QStringLiteral("--snapshot-dir"), tmp.path(), QStringLiteral("--json"),
               QStringLiteral("--in-place")}); // in place: the staged way leaves the target as it was (TestHostileArchives)
    QVERIFY(cli.waitForStarted());
    QByteArray progress;
    bool loading = false;
    QElapsedTimer t;
    t.start();
    while (!loading && t.elapsed() < 60000 && cli.state() == QProcess::Running) {
        cli.waitForReadyRead(100);
        progress += cli.readAllStandardError();
        for (const QByteArray &line : progress.split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QStringLiteral("phase")).toString() == QLatin1String("restoring") && o.value(QStringLiteral("documentsDone")).toInteger() > 0)
                loading = true;
        }
    }
    QVERIFY2(loading, progress.constData());
    server.kill();
    QVERIFY(cli.waitForFinished(120000));
    const QByteArray stdOut = cli.readAllStandardOutput();
    QVERIFY2(cli.exitCode() == int(ErrorCode::Connection) || cli.exitCode() == int(ErrorCode::Server),
             qPrintable(QStringLiteral("exit %1: %2").arg(cli.exitCode()).arg(QString::fromUtf8(stdOut))));
    const QJsonObject result = QJsonDocument::fromJson(stdOut).object();
    QVERIFY(!result.value(QStringLiteral("ok")).toBool(true));
    const QJsonObject states = result.value(QStringLiteral("states")).toObject();
    QVERIFY2(states.value(QStringLiteral("orders")).toString() == QLatin1String("partial")
                 || states.value(QStringLiteral("customers")).toString() == QLatin1String("partial"),
             stdOut.constData());
    const QString snapshot = result.value(QStringLiteral("safetySnapshot")).toString();
    QVERIFY2(QFileInfo::exists(snapshot), stdOut.constData());
    const QString rollback = result.value(QStringLiteral("error")).toObject().value(QStringLiteral("rollback")).toString();
    QVERIFY2(rollback.contains(snapshot), qPrintable(rollback));

    // The server comes back (same data folder); the rollback returns the database to before.
    PrivateServer again; // a fresh server stands in: the safety snapshot is all a rollback needs
    QVERIFY(again.started());
    TestServer back(again.uri());
    back.insertJson(QStringLiteral("shop"), QStringLiteral("orders"), {R"({"_id": 1, "state": "half-restored"})", R"({"_id": 2})"});
    QByteArray o2, e2;
    const int rc = runCli({QStringLiteral("restore"), snapshot, QStringLiteral("--mongo-uri"), again.uri(), QStringLiteral("--target-db"),
                           QStringLiteral("shop"), QStringLiteral("--replace-existing"), QStringLiteral("--no-snapshot"), QStringLiteral("--yes"),
                           QStringLiteral("--quiet")},
                          &o2, &e2);
    QVERIFY2(rc == 0, e2.constData());
    QCOMPARE(state(back, QStringLiteral("shop")), before);
}

// Two restores into one database at once must not interleave their swaps. A restore holding
// the target (here: this test holds its lock, as a running restore does) makes the second
// refuse at once with exit 11, the target untouched; once it is free, the restore runs.
// Then two restores started together: each either restores and verifies, or is refused, and
// the database holds exactly the archive, with no staging collection left.
void TestRestoreIntegration::twoRestoresIntoOneDatabase()
{
    const QString db = TestServer::uniqueDatabase(QStringLiteral("two"));
    QList<QByteArray> docs;
    for (int i = 0; i < 3000; ++i)
        docs << QStringLiteral(R"({"_id": %1, "v": "x%1"})").arg(i).toUtf8();
    m_server->insertJson(db, QStringLiteral("a"), docs);
    m_server->insertJson(db, QStringLiteral("b"), docs.mid(0, 500));
    QTemporaryDir tmp;
    const QString archive = backup(db, tmp.path(), QStringLiteral("two"));
    const auto archived = state(*m_server, db);
    const QString target = TestServer::uniqueDatabase(QStringLiteral("two_target"));
    const QStringList args{QStringLiteral("restore"), archive, QStringLiteral("--mongo-uri"), m_server->uriString(),
                           QStringLiteral("--target-db"), target, QStringLiteral("--yes"), QStringLiteral("--quiet"),
                           QStringLiteral("--no-snapshot")};
    {
        auto held = RestoreTargetLock::acquire(m_server->uriString(), target);
        QVERIFY2(held.ok(), qPrintable(held.ok() ? QString() : held.error().message));
        QByteArray out, err;
        QCOMPARE(runCli(args, &out, &err), 11);
        const QByteArray refusal = QByteArray("another restore into ") + target.toUtf8();
        QVERIFY2(err.contains(refusal), err.constData());
        QVERIFY(state(*m_server, target).isEmpty());
    }
    QCOMPARE(runCli(args), 0);
    QCOMPARE(state(*m_server, target), archived);

    const QString together = TestServer::uniqueDatabase(QStringLiteral("two_together"));
    QStringList concurrent = args;
    concurrent[concurrent.indexOf(target)] = together;
    QProcess first, second;
    first.start(QStringLiteral(LIFEBOAT_CLI_PATH), concurrent);
    second.start(QStringLiteral(LIFEBOAT_CLI_PATH), concurrent);
    QVERIFY(first.waitForFinished(120000));
    QVERIFY(second.waitForFinished(120000));
    int restored = 0;
    for (QProcess *p : {&first, &second}) {
        const QByteArray err = p->readAllStandardError();
        if (p->exitCode() == 0)
            ++restored;
        else
            QVERIFY2(p->exitCode() == 11 && err.contains("another restore into"), err.constData());
    }
    QVERIFY(restored >= 1);
    QCOMPARE(state(*m_server, together), archived); // no staging collection, no mix
    m_server->drop(db);
    m_server->drop(target);
    m_server->drop(together);
}

void TestRestoreIntegration::timeseriesAndValidatorsOnCapableServers()
{
    if (m_info.flavour != QLatin1String("mongodb"))
        QSKIP(qPrintable(QStringLiteral("%1 %2 has no time-series collections, validators or collMod: "
                                        "those paths are unit-tested on the commands they send (TestCollectionCommands); "
                                        "set LIFEBOAT_TEST_MONGODB_URI to run this against MongoDB")
                             .arg(m_info.flavour, m_info.version)));
    // Against real MongoDB: a time-series collection and a validated one survive the round trip.
    const QString db = TestServer::uniqueDatabase(QStringLiteral("caps"));
    auto client = m_server->pool().acquire();
    bson_t *ts = BCON_NEW("create", BCON_UTF8("readings"), "timeseries", "{", "timeField", BCON_UTF8("ts"), "metaField", BCON_UTF8("meta"),
                          "granularity", BCON_UTF8("minutes"), "}");
    QVERIFY(client.command(db, ts).ok());
    bson_destroy(ts);
    bson_t *val = BCON_NEW("create", BCON_UTF8("people"), "validator", "{", "name", "{", "$type", BCON_UTF8("string"), "}", "}");
    QVERIFY(client.command(db, val).ok());
    bson_destroy(val);
    m_server->insertJson(db, QStringLiteral("readings"), {R"({"ts": {"$date": "2024-01-01T00:00:00Z"}, "meta": {"s": 1}, "v": 1})"});
    m_server->insertJson(db, QStringLiteral("people"), {R"({"_id": 1, "name": "Ada"})"});
    QTemporaryDir tmp;
    RestoreRequest request;
    request.archivePath = backup(db, tmp.path(), QStringLiteral("caps"));
    request.targetDatabase = TestServer::uniqueDatabase(QStringLiteral("caps_clone"));
    request.force = true;
    auto result = restore(request);
    QVERIFY(result.ok() && result->succeeded());
    auto cols = DatabaseCatalog::collections(client, request.targetDatabase);
    QVERIFY(cols.ok());
    bool sawTs = false;
    for (const auto &c : *cols)
        sawTs |= c.name == QLatin1String("readings") && c.type == QLatin1String("timeseries");
    QVERIFY(sawTs);
    m_server->drop(db);
    m_server->drop(request.targetDatabase);
}

QTEST_GUILESS_MAIN(TestRestoreIntegration)
#include "TestRestoreIntegration.moc"
