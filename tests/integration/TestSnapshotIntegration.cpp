// Snapshots against the real test server, through lifeboat-cli and the engine: create at each
// level; list, info, delete; clone and verify; the tutorial's upgrade-and-rollback scenario;
// --verify-first stopping on a tampered snapshot with the target untouched; --swap (a real
// swap where the server can rename across databases, else the clear message and the
// fallback); promote; prune keeping exactly what the policy says, and never a snapshot in use;
// the catalog rebuilt after it is deleted, corrupted, or an archive is copied in by hand; and
// docs/examples/safe-upgrade.sh replayed end to end.
#include "core/archive/ArchiveContents.h"
#include "core/mongo/DatabaseCatalog.h"
#include "core/codec/ExtJsonCodec.h"
#include "core/snapshot/SnapshotCatalog.h"
#include "core/snapshot/SnapshotDrift.h"
#include "core/snapshot/SnapshotLock.h"
#include "core/snapshot/SnapshotRestorer.h"
#include "core/snapshot/SnapshotStore.h"
#include "core/snapshot/SnapshotSwap.h"
#include "TestBson.h"
#include "TestFiles.h"
#include "TestServer.h"
#include "TutorialCatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace lifeboat;
using namespace lifeboat::test;

namespace {


QJsonObject parseJson(const QByteArray &out)
{
    // The result is the last line on stdout.
    const QList<QByteArray> lines = out.trimmed().split('\n');
    return QJsonDocument::fromJson(lines.isEmpty() ? QByteArray() : lines.last()).object();
}

} // namespace

class TestSnapshotIntegration : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void createAtEachLevel();
    void deploymentLevel();
    void listInfoAndDelete();
    void cloneVerifiesAndRefusesExisting();
    void tutorialUpgradeAndRollback();
    void verifyFirstStopsOnATamperedSnapshot();
    void swapOrAClearMessage();
    void promoteOrAClearMessage();
    void aFailedMoveLeavesTheTargetAsItWas();
    void pruneKeepsWhatThePolicySays();
    void pruneAndDeleteNeverTouchASnapshotInUse();
    void catalogRebuiltFromTheManifests();
    void tutorialScriptReplays();
    void driftAgainstTheSnapshot();

private:
    // Every collection of a database with its documents (canonical JSON, sorted).
    QMap<QString, QList<QByteArray>> state(const QString &db);
    QList<QByteArray> canonicalOf(const QList<QByteArray> &json);
    void dropCollection(const QString &db, const QString &collection);
    void deployV1(const QString &db);
    void upgradeToV2(const QString &db);
    int cli(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr);
    // `snapshot create` into the test's folder; returns the snapshot's JSON.
    QJsonObject create(const QStringList &args);
    QJsonArray listJson(const QString &folder = {});
    bool serverCanSwap();

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
};

void TestSnapshotIntegration::initTestCase()
{
    if (TestServer::uri().isEmpty())
        QSKIP(qPrintable(TestServer::whyUnavailable()));
    m_server = std::make_unique<TestServer>();
}

void TestSnapshotIntegration::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_folder = m_dir->filePath(QStringLiteral("snapshots"));
}

QList<QByteArray> TestSnapshotIntegration::canonicalOf(const QList<QByteArray> &json)
{
    QList<QByteArray> out;
    for (const auto &j : json)
        out << canonical(decode(j).get());
    std::sort(out.begin(), out.end());
    return out;
}

QMap<QString, QList<QByteArray>> TestSnapshotIntegration::state(const QString &db)
{
    QMap<QString, QList<QByteArray>> out;
    auto client = m_server->pool().acquire();
    auto cols = DatabaseCatalog::collections(client, db);
    if (!cols)
        qFatal("%s", qPrintable(cols.error().message));
    for (const auto &c : *cols) {
        if (c.isSystem())
            continue;
        QList<QByteArray> docs;
        for (const QByteArray &bson : m_server->documents(db, c.name))
            docs << canonical(BsonDocument::fromData(bson).get());
        std::sort(docs.begin(), docs.end());
        out.insert(c.name, docs);
    }
    return out;
}

void TestSnapshotIntegration::dropCollection(const QString &db, const QString &collection)
{
    auto client = m_server->pool().acquire();
    BsonDocument cmd;
    BSON_APPEND_UTF8(cmd.get(), "drop", collection.toUtf8().constData());
    (void)client.command(db, cmd.get());
}

void TestSnapshotIntegration::deployV1(const QString &db)
{
    m_server->drop(db);
    m_server->insertJson(db, QStringLiteral("products"), tutorialV1Products());
}

void TestSnapshotIntegration::upgradeToV2(const QString &db)
{
    dropCollection(db, QStringLiteral("products"));
    m_server->insertJson(db, QStringLiteral("products"), tutorialV2Products());
    m_server->insertJson(db, QStringLiteral("reviews"), {R"({"_id": 1, "product": {"$numberLong": "6"}, "stars": 5})"});
}

int TestSnapshotIntegration::cli(const QStringList &args, QByteArray *out, QByteArray *err)
{
    QByteArray o, e;
    QStringList full = args;
    if (args.size() >= 2 && args.first() == QLatin1String("snapshot") && !args.contains(QStringLiteral("--snapshot-dir")))
        full << QStringLiteral("--snapshot-dir") << m_folder;
    const int rc = runCli(full, &o, &e);
    if (out)
        *out = o;
    if (err)
        *err = e;
    return rc;
}

QJsonObject TestSnapshotIntegration::create(const QStringList &args)
{
    QByteArray out, err;
    const int rc = cli(QStringList{QStringLiteral("snapshot"), QStringLiteral("create"), QStringLiteral("--mongo-uri"), m_server->uriString(),
                                   QStringLiteral("--json"), QStringLiteral("--quiet")}
                           + args,
                       &out, &err);
    if (rc != 0)
        qWarning("snapshot create failed (%d): %s", rc, err.constData());
    return parseJson(out).value(QStringLiteral("snapshot")).toObject();
}

QJsonArray TestSnapshotIntegration::listJson(const QString &folder)
{
    QByteArray out;
    const int rc = cli({QStringLiteral("snapshot"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--snapshot-dir"), folder.isEmpty() ? m_folder : folder}, &out);
    if (rc != 0)
        qWarning("snapshot list failed: %d", rc);
    return parseJson(out).value(QStringLiteral("snapshots")).toArray();
}

bool TestSnapshotIntegration::serverCanSwap()
{
    auto client = m_server->pool().acquire();
    auto support = SnapshotSwap::probe(client, TestServer::uniqueDatabase(QStringLiteral("probe")));
    if (!support)
        qFatal("%s", qPrintable(support.error().message));
    if (!support->supported)
        qInfo("this server cannot swap: %s", qPrintable(support->reason));
    return support->supported;
}

void TestSnapshotIntegration::createAtEachLevel()
{
    const QString db = TestServer::uniqueDatabase(QStringLiteral("snaplevels"));
    deployV1(db);
    m_server->insertJson(db, QStringLiteral("orders"), {R"({"_id": 1, "product": {"$numberLong": "1"}})", R"({"_id": 2, "product": {"$numberLong": "2"}})"});

    const QJsonObject coll = create({QStringLiteral("--mongo-db"), db, QStringLiteral("--collection"), QStringLiteral("products"), QStringLiteral("--name"),
                                     QStringLiteral("products_only"), QStringLiteral("--purpose"), QStringLiteral("pre_migration")});
    QCOMPARE(coll.value(QStringLiteral("name")).toString(), QStringLiteral("products_only"));
    QCOMPARE(coll.value(QStringLiteral("level")).toString(), QStringLiteral("collection"));
    QCOMPARE(coll.value(QStringLiteral("database")).toString(), db);
    QCOMPARE(coll.value(QStringLiteral("collections")).toArray(), QJsonArray{QStringLiteral("products")});
    QCOMPARE(coll.value(QStringLiteral("documents")).toInteger(), 5);

    const QJsonObject whole = create({QStringLiteral("--mongo-db"), db, QStringLiteral("--purpose"), QStringLiteral("pre_upgrade"), QStringLiteral("--version-before"),
                                      QStringLiteral("1.0"), QStringLiteral("--version-target"), QStringLiteral("2.0"), QStringLiteral("--description"),
                                      QStringLiteral("Before the v2.0 upgrade"), QStringLiteral("--created-by"), QStringLiteral("deploy_script"), QStringLiteral("--tag"),
                                      QStringLiteral("upgrade"), QStringLiteral("--tag"), QStringLiteral("ticket-42"), QStringLiteral("--delete-after"),
                                      QStringLiteral("2030-01-31")});
    const QString name = whole.value(QStringLiteral("name")).toString();
    // The tutorial's convention: <purpose>_v<version>_<YYYYmmdd_HHMMSS>.
    QVERIFY2(QRegularExpression(QStringLiteral("^pre_upgrade_v1\\.0_\\d{8}_\\d{6}$")).match(name).hasMatch(), qPrintable(name));
    QCOMPARE(whole.value(QStringLiteral("level")).toString(), QStringLiteral("database"));
    QCOMPARE(whole.value(QStringLiteral("collectionCount")).toInt(), 2);
    QCOMPARE(whole.value(QStringLiteral("documents")).toInteger(), 7);

    // Everything lives in the archive's own manifest.
    auto contents = ArchiveContents::open(QDir(m_folder).filePath(name + QStringLiteral(".tar.gz")));
    QVERIFY(contents.ok());
    QVERIFY(contents->manifest() && contents->manifest()->snapshot);
    const SnapshotInfo &s = *contents->manifest()->snapshot;
    QCOMPARE(s.name, name);
    QCOMPARE(contents->manifest()->name, name);
    QCOMPARE(s.level, SnapshotLevel::Database);
    QCOMPARE(s.purpose, QStringLiteral("pre_upgrade"));
    QCOMPARE(s.description, QStringLiteral("Before the v2.0 upgrade"));
    QCOMPARE(s.createdBy, QStringLiteral("deploy_script"));
    QCOMPARE(s.versionBefore, QStringLiteral("1.0"));
    QCOMPARE(s.versionTarget, QStringLiteral("2.0"));
    QCOMPARE(s.tags, (QStringList{QStringLiteral("upgrade"), QStringLiteral("ticket-42")}));
    QCOMPARE(s.deleteAfter, QDate(2030, 2, 1).startOfDay().toUTC()); // once 2030-01-31 is over, local time

    // Names are checked and unique; bad option combinations are usage errors.
    QByteArray err;
    QCOMPARE(cli({QStringLiteral("snapshot"), QStringLiteral("create"), QStringLiteral("--mongo-uri"), m_server->uriString(), QStringLiteral("--mongo-db"), db,
                  QStringLiteral("--name"), QStringLiteral("products_only")}, nullptr, &err), 11);
    QVERIFY2(err.contains("already exists"), err.constData());
    QCOMPARE(cli({QStringLiteral("snapshot"), QStringLiteral("create"), QStringLiteral("--mongo-uri"), m_server->uriString(), QStringLiteral("--mongo-db"), db,
                  QStringLiteral("--name"), QStringLiteral("../escape")}, nullptr, &err), 2);
    QCOMPARE(cli({QStringLiteral("snapshot"), QStringLiteral("create"), QStringLiteral("--mongo-uri"), m_server->uriString(), QStringLiteral("--mongo-db"), db,
                  QStringLiteral("--level"), QStringLiteral("collection")}, nullptr, &err), 2);
    QCOMPARE(cli({QStringLiteral("snapshot"), QStringLiteral("create"), QStringLiteral("--mongo-uri"), m_server->uriString(), QStringLiteral("--mongo-db"), db,
                  QStringLiteral("--keep-for"), QStringLiteral("30x")}, nullptr, &err), 2);
    QCOMPARE(listJson().size(), 2);
    m_server->drop(db);
}

void TestSnapshotIntegration::deploymentLevel()
{
    // A server of its own, so "every database" is known.
    PrivateServer own;
    if (!own.started())
        QSKIP("no private FerretDB could be started");
    TestServer server(own.uri());
    server.insertJson(QStringLiteral("shop"), QStringLiteral("products"), tutorialV1Products());
    server.insertJson(QStringLiteral("crm"), QStringLiteral("customers"), {R"({"_id": 1, "name": "Ada"})"});
    QByteArray out, err;
    const int rc = cli({QStringLiteral("snapshot"), QStringLiteral("create"), QStringLiteral("--mongo-uri"), own.uri(), QStringLiteral("--all-databases"),
                        QStringLiteral("--name"), QStringLiteral("everything"), QStringLiteral("--json"), QStringLiteral("--quiet")},
                       &out, &err);
    QVERIFY2(rc == 0, err.constData());
    const QJsonObject s = parseJson(out).value(QStringLiteral("snapshot")).toObject();
    QCOMPARE(s.value(QStringLiteral("level")).toString(), QStringLiteral("deployment"));
    QCOMPARE(s.value(QStringLiteral("databases")).toArray(), (QJsonArray{QStringLiteral("crm"), QStringLiteral("shop")}));
    QCOMPARE(s.value(QStringLiteral("database")).toString(), QString());
    QCOMPARE(s.value(QStringLiteral("documents")).toInteger(), 6);
    QVERIFY(s.value(QStringLiteral("collections")).toArray().contains(QStringLiteral("shop.products")));

    // One database of it cloned: --source-db picks it.
    QVERIFY2(cli({QStringLiteral("snapshot"), QStringLiteral("clone"), QStringLiteral("everything"), QStringLiteral("--mongo-uri"), own.uri(), QStringLiteral("--source-db"),
                  QStringLiteral("shop"), QStringLiteral("--target-db"), QStringLiteral("shop_copy"), QStringLiteral("--quiet")},
                 &out, &err) == 0,
             err.constData());
    QCOMPARE(server.count(QStringLiteral("shop_copy"), QStringLiteral("products")), 5);
    QCOMPARE(cli({QStringLiteral("snapshot"), QStringLiteral("clone"), QStringLiteral("everything"), QStringLiteral("--mongo-uri"), own.uri(), QStringLiteral("--quiet")}, &out, &err), 2);
    QVERIFY2(err.contains("--source-db"), err.constData());
}

void TestSnapshotIntegration::listInfoAndDelete()
{
    const QString db = TestServer::uniqueDatabase(QStringLiteral("snaplist"));
    deployV1(db);
    create({QStringLiteral("--mongo-db"), db, QStringLiteral("--name"), QStringLiteral("first"), QStringLiteral("--purpose"), QStringLiteral("daily")});
    create({QStringLiteral("--mongo-db"), db, QStringLiteral("--name"), QStringLiteral("second"), QStringLiteral("--purpose"), QStringLiteral("pre_upgrade")});

    QByteArray out, err;
    QCOMPARE(cli({QStringLiteral("snapshot"), QStringLiteral("list")}, &out), 0);
    const QString text = QString::fromUtf8(out);
    for (const char *column : {"name", "created", "level", "database", "collections", "documents", "size", "purpose", "verified"})
        QVERIFY2(text.contains(QLatin1String(column)), column);
    QVERIFY(text.indexOf(QLatin1String("second")) < text.indexOf(QLatin1String("first"))); // newest first
    QVERIFY(text.contains(QLatin1String("2 snapshots")));

    const QJsonArray all = listJson();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("second"));
    QCOMPARE(all.at(0).toObject().value(QStringLiteral("verified")).toString(), QStringLiteral("never"));
    QCOMPARE(cli({QStringLiteral("snapshot"), QStringLiteral("list"), QStringLiteral("--purpose"), QStringLiteral("daily"), QStringLiteral("--json")}, &out), 0);
    QCOMPARE(parseJson(out).value(QStringLiteral("snapshots")).toArray().size(), 1);

    QCOMPARE(cli({QStringLiteral("snapshot"), QStringLiteral("info"), QStringLiteral("first"), QStringLiteral("--json")}, &out), 0);
    const QJsonObject info = parseJson(out);
    QCOMPARE(info.value(QStringLiteral("snapshot")).toObject().value(QStringLiteral("purpose")).toString(), QStringLiteral("daily"));
    QCOMPARE(info.value(QStringLiteral("manifest")).toObject().value(QStringLiteral("collections")).toArray().size(), 1);
    QCOMPARE(cli({QStringLiteral("snapshot"), QStringLiteral("info"), QStringLiteral("first")}, &out), 0);
    QVERIFY(out.contains("purpose:") && out.contains("products"));
    QCOMPARE(cli({QStringLiteral("snapshot"), QStringLiteral("info"), QStringLiteral("nosuch")}, &out, &err), 10);

    // No terminal and no --yes: refused, nothing deleted.
    QCOMPARE(cli({QStringLiteral("snapshot"), QStringLiteral("delete"), QStringLiteral("first")}, &out, &err), 11);
    QVERIFY(QFile::exists(QDir(m_folder).filePath(QStringLiteral("first.tar.gz"))));
    QCOMPARE(cli({QStringLiteral("snapshot"), QStringLiteral("delete"), QStringLiteral("first"), QStringLiteral("--yes")}, &out, &err), 0);
    QVERIFY(!QFile::exists(QDir(m_folder).filePath(QStringLiteral("first.tar.gz"))));
    QCOMPARE(listJson().size(), 1);
    QCOMPARE(cli({QStringLiteral("snapshot"), QStringLiteral("delete"), QStringLiteral("first"), QStringLiteral("--yes")}, &out, &err), 10);
    m_server->drop(db);
}

void TestSnapshotIntegration::cloneVerifiesAndRefusesExisting()
{
    const QString db = TestServer::uniqueDatabase(QStringLiteral("snapclone"));
    const QString verifyDb = db + QStringLiteral("_verify");
    deployV1(db);
    create({QStringLiteral("--mongo-db"), db, QStringLiteral("--name"), QStringLiteral("v1")});
    QByteArray out, err;
    // Default target: <db>_verify.
    const int rc = cli({QStringLiteral("snapshot"), QStringLiteral("clone"), QStringLiteral("v1"), QStringLiteral("--mongo-uri"), m_server->uriString(), QStringLiteral("--quiet")}, &out, &err);
    QVERIFY2(rc == 0, err.constData());
    QVERIFY2(out.contains(QByteArray("cloned into " + verifyDb.toUtf8() + " and verified")), out.constData());
    QCOMPARE(state(verifyDb), state(db));
    const QJsonObject listed = listJson().at(0).toObject();
    QCOMPARE(listed.value(QStringLiteral("verified")).toString(), QStringLiteral("ok"));
    QVERIFY(listed.value(QStringLiteral("verificationNote")).toString().contains(verifyDb));

    // An existing database is refused unless --allow-existing.
    m_server->insertJson(verifyDb, QStringLiteral("extra"), {R"({"_id": 1})"});
    QCOMPARE(cli({QStringLiteral("snapshot"), QStringLiteral("clone"), QStringLiteral("v1"), QStringLiteral("--mongo-uri"), m_server->uriString(), QStringLiteral("--quiet")}, &out, &err), 11);
    QVERIFY2(err.contains("already exists"), err.constData());
    QCOMPARE(cli({QStringLiteral("snapshot"), QStringLiteral("clone"), QStringLiteral("v1"), QStringLiteral("--mongo-uri"), m_server->uriString(), QStringLiteral("--allow-existing"),
                  QStringLiteral("--yes"), QStringLiteral("--no-snapshot"), QStringLiteral("--quiet"), QStringLiteral("--json")},
                 &out, &err),
             0);
    QCOMPARE(state(verifyDb), state(db)); // an exact copy: the extra collection is gone
    // Never into the snapshot's own database.
    QCOMPARE(cli({QStringLiteral("snapshot"), QStringLiteral("clone"), QStringLiteral("v1"), QStringLiteral("--mongo-uri"), m_server->uriString(), QStringLiteral("--target-db"), db}, &out, &err), 11);
    m_server->drop(db);
    m_server->drop(verifyDb);
}

void TestSnapshotIntegration::tutorialUpgradeAndRollback()
{
    const QString db = TestServer::uniqueDatabase(QStringLiteral("snapshop"));
    deployV1(db);
    const auto v1State = state(db);
    QCOMPARE(v1State.value(QStringLiteral("products")), canonicalOf(tutorialV1Products()));
    const QJsonObject snap = create({QStringLiteral("--mongo-db"), db, QStringLiteral("--purpose"), QStringLiteral("pre_upgrade"), QStringLiteral("--version-before"),
                                     QStringLiteral("1.0"), QStringLiteral("--version-target"), QStringLiteral("2.0")});
    const QString name = snap.value(QStringLiteral("name")).toString();
    QVERIFY(!name.isEmpty());

    upgradeToV2(db);
    const auto v2State = state(db);
    QCOMPARE(v2State.value(QStringLiteral("products")).size(), 7);
    QCOMPARE(v2State.keys(), (QStringList{QStringLiteral("products"), QStringLiteral("reviews")}));

    QByteArray out, err;
    const int rc = cli({QStringLiteral("snapshot"), QStringLiteral("restore"), name, QStringLiteral("--mongo-uri"), m_server->uriString(), QStringLiteral("--yes"),
                        QStringLiteral("--json"), QStringLiteral("--quiet")},
                       &out, &err);
    QVERIFY2(rc == 0, err.constData());
    const QJsonObject result = parseJson(out);
    QVERIFY(result.value(QStringLiteral("ok")).toBool());
    QVERIFY(result.value(QStringLiteral("targetTouched")).toBool());

    // Exactly the 5 originals, document by document, and nothing else.
    const auto after = state(db);
    QCOMPARE(after.keys(), QStringList{QStringLiteral("products")});
    QCOMPARE(after.value(QStringLiteral("products")), canonicalOf(tutorialV1Products()));
    QCOMPARE(after, v1State);

    // The safety snapshot holds v2.0, listed as a snapshot of its own.
    const QString safety = result.value(QStringLiteral("safetySnapshot")).toString();
    QVERIFY(safety.startsWith(QLatin1String("pre_restore_")));
    bool found = false;
    for (const auto &v : listJson()) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("name")).toString() == safety) {
            found = true;
            QCOMPARE(e.value(QStringLiteral("purpose")).toString(), QStringLiteral("pre_restore"));
            QCOMPARE(e.value(QStringLiteral("documents")).toInteger(), 8);
            QVERIFY(e.value(QStringLiteral("description")).toString().contains(name));
        }
        if (e.value(QStringLiteral("name")).toString() == name)
            QCOMPARE(e.value(QStringLiteral("verified")).toString(), QStringLiteral("ok"));
    }
    QVERIFY(found);

    // ...and rolling forward again through it gives v2.0 back.
    QVERIFY(cli({QStringLiteral("snapshot"), QStringLiteral("restore"), safety, QStringLiteral("--mongo-uri"), m_server->uriString(), QStringLiteral("--yes"),
                 QStringLiteral("--no-snapshot"), QStringLiteral("--quiet")},
                &out, &err) == 0);
    QCOMPARE(state(db), v2State);
    m_server->drop(db);
}

void TestSnapshotIntegration::verifyFirstStopsOnATamperedSnapshot()
{
    const QString db = TestServer::uniqueDatabase(QStringLiteral("snaptamper"));
    deployV1(db);
    create({QStringLiteral("--mongo-db"), db, QStringLiteral("--name"), QStringLiteral("v1")});
    const QString archive = QDir(m_folder).filePath(QStringLiteral("v1.tar.gz"));

    // Change one document's bytes inside the archive and pack it again (manifest untouched).
    const QString unpacked = m_dir->filePath(QStringLiteral("unpacked"));
    QVERIFY(QDir().mkpath(unpacked));
    QCOMPARE(runProgram(QStringLiteral("tar"), {QStringLiteral("-xzf"), archive, QStringLiteral("-C"), unpacked}), 0);
    const QString products = unpacked + QStringLiteral("/v1/products.jsonl");
    QByteArray data = readFile(products);
    QVERIFY(data.contains("Gaming Laptop"));
    data.replace("Gaming Laptop", "Gaming Laptoq");
    writeFile(products, data);
    QCOMPARE(runProgram(QStringLiteral("tar"), {QStringLiteral("-czf"), archive, QStringLiteral("-C"), unpacked, QStringLiteral("v1")}), 0);

    upgradeToV2(db);
    const auto before = state(db);
    const int snapshotsBefore = listJson().size();
    QByteArray out, err;
    const int rc = cli({QStringLiteral("snapshot"), QStringLiteral("restore"), QStringLiteral("v1"), QStringLiteral("--mongo-uri"), m_server->uriString(),
                        QStringLiteral("--verify-first"), QStringLiteral("--yes"), QStringLiteral("--quiet")},
                       &out, &err);
    QCOMPARE(rc, 7);
    QVERIFY2(err.contains("did not verify") && err.contains(QByteArray("the target " + db.toUtf8() + " was not touched")), err.constData());
    QVERIFY2(out.contains("mismatch"), out.constData()); // the scratch clone's report is shown
    QCOMPARE(state(db), before);                          // untouched
    QVERIFY(state(db + QStringLiteral("_lifeboat_verify")).isEmpty()); // the scratch database was dropped
    const QJsonArray listed = listJson();
    QCOMPARE(listed.size(), snapshotsBefore); // no safety snapshot: nothing was to be changed
    QCOMPARE(listed.at(0).toObject().value(QStringLiteral("verified")).toString(), QStringLiteral("mismatch"));
    m_server->drop(db);
}

void TestSnapshotIntegration::swapOrAClearMessage()
{
    const QString db = TestServer::uniqueDatabase(QStringLiteral("snapswap"));
    deployV1(db);
    const auto v1State = state(db);
    create({QStringLiteral("--mongo-db"), db, QStringLiteral("--name"), QStringLiteral("v1")});
    upgradeToV2(db);
    const auto v2State = state(db);
    const QString staging = db + QStringLiteral("_lifeboat_staging");
    QByteArray out, err;

    if (!serverCanSwap()) {
        // FerretDB 1.x: said clearly, nothing changed, no staging left.
        const int rc = cli({QStringLiteral("snapshot"), QStringLiteral("restore"), QStringLiteral("v1"), QStringLiteral("--mongo-uri"), m_server->uriString(),
                            QStringLiteral("--swap"), QStringLiteral("--yes"), QStringLiteral("--quiet")},
                           &out, &err);
        QCOMPARE(rc, 11);
        QVERIFY2(err.contains("this server cannot do the renames a swap needs") && err.contains("nothing was changed")
                     && err.contains("--fallback-restore"),
                 err.constData());
        QCOMPARE(state(db), v2State);
        QVERIFY(state(staging).isEmpty());
        // With --fallback-restore: an ordinary restore, verified in a scratch database first.
        QCOMPARE(cli({QStringLiteral("snapshot"), QStringLiteral("restore"), QStringLiteral("v1"), QStringLiteral("--mongo-uri"), m_server->uriString(),
                      QStringLiteral("--swap"), QStringLiteral("--fallback-restore"), QStringLiteral("--yes"), QStringLiteral("--quiet"), QStringLiteral("--json")},
                     &out, &err),
                 0);
        const QJsonObject result = parseJson(out);
        QVERIFY(result.value(QStringLiteral("fellBackToRestore")).toBool());
        QCOMPARE(result.value(QStringLiteral("preVerification")).toArray().size(), 1);
        QCOMPARE(state(db), v1State);
        QVERIFY(state(staging).isEmpty());
        QVERIFY(state(db + QStringLiteral("_lifeboat_verify")).isEmpty());
        m_server->drop(db);
        QSKIP("the real swap needs a server that renames across databases (set LIFEBOAT_TEST_MONGODB_URI to a MongoDB); the message and the fallback were checked");
    }

    // A real swap, through the engine: when the moves start and when the cutover starts, the
    // target's own collections still hold v2.0 exactly; afterwards it holds v1.0 exactly.
    struct Watcher : ProgressSink {
        TestSnapshotIntegration *test = nullptr;
        QString db;
        QMap<QString, QList<QByteArray>> atMove, atCutover;
        void message(const QString &m) override
        {
            auto live = [&] {
                auto all = test->state(db);
                for (const QString &k : all.keys()) {
                    if (k.startsWith(QLatin1String(SnapshotSwap::TemporaryPrefix)))
                        all.remove(k);
                }
                return all;
            };
            if (m.startsWith(QLatin1String("moving ")))
                atMove = live();
            if (m.startsWith(QLatin1String("cutting over")))
                atCutover = live();
        }
    } watcher;
    watcher.test = this;
    watcher.db = db;
    SnapshotRestoreRequest request;
    request.mode = SnapshotRestoreRequest::Mode::Swap;
    request.snapshotDir = m_folder;
    request.name = QStringLiteral("v1");
    request.mongoUri = m_server->uriString();
    SnapshotRestorer restorer(watcher);
    auto plan = restorer.plan(request);
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message));
    QCOMPARE(plan->stagingDatabase, staging);
    auto outcome = restorer.execute(request, *plan);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
    QVERIFY2(outcome->succeeded(), qPrintable(outcome->failure ? outcome->failure->message : QString()));
    QCOMPARE(watcher.atMove, v2State);
    QCOMPARE(watcher.atCutover, v2State);
    QVERIFY(outcome->swap->cutoverMs < 5000);
    QCOMPARE(state(db), v1State);
    QVERIFY(state(staging).isEmpty());
    QVERIFY(!outcome->safetySnapshot.isEmpty());
    QVERIFY(outcome->swap && outcome->swap->succeeded());

    // And through the CLI, back to v2.0 from the safety snapshot.
    QCOMPARE(cli({QStringLiteral("snapshot"), QStringLiteral("restore"), outcome->safetySnapshot, QStringLiteral("--mongo-uri"), m_server->uriString(),
                  QStringLiteral("--swap"), QStringLiteral("--yes"), QStringLiteral("--no-snapshot"), QStringLiteral("--quiet")},
                 &out, &err),
             0);
    QCOMPARE(state(db), v2State);
    m_server->drop(db);
}

void TestSnapshotIntegration::promoteOrAClearMessage()
{
    const QString blue = TestServer::uniqueDatabase(QStringLiteral("snapblue"));
    const QString green = blue + QStringLiteral("_green");
    deployV1(blue);
    create({QStringLiteral("--mongo-db"), blue, QStringLiteral("--name"), QStringLiteral("blue")});
    QByteArray out, err;
    // Blue-green: clone production to <db>_green, upgrade green, promote it.
    QCOMPARE(cli({QStringLiteral("snapshot"), QStringLiteral("clone"), QStringLiteral("blue"), QStringLiteral("--mongo-uri"), m_server->uriString(), QStringLiteral("--target-db"),
                  green, QStringLiteral("--quiet")},
                 &out, &err),
             0);
    upgradeToV2(green);
    const auto greenState = state(green);
    const auto blueState = state(blue);
    QCOMPARE(cli({QStringLiteral("snapshot"), QStringLiteral("promote"), QStringLiteral("--from"), green, QStringLiteral("--to"), blue, QStringLiteral("--mongo-uri"),
                  m_server->uriString(), QStringLiteral("--dry-run")},
                 &out, &err),
             0);
    QVERIFY2(out.contains("rename") && out.contains("reviews"), out.constData());
    const int rc = cli({QStringLiteral("snapshot"), QStringLiteral("promote"), QStringLiteral("--from"), green, QStringLiteral("--to"), blue, QStringLiteral("--mongo-uri"),
                        m_server->uriString(), QStringLiteral("--yes"), QStringLiteral("--quiet")},
                       &out, &err);
    if (!serverCanSwap()) {
        QCOMPARE(rc, 11);
        QVERIFY2(err.contains("cannot do the renames promote needs") && err.contains("nothing was changed"), err.constData());
        QCOMPARE(state(blue), blueState);
        QCOMPARE(state(green), greenState);
    } else {
        QVERIFY2(rc == 0, err.constData());
        QCOMPARE(state(blue), greenState);
        QVERIFY(state(green).isEmpty());
    }
    m_server->drop(blue);
    m_server->drop(green);
}

void TestSnapshotIntegration::aFailedMoveLeavesTheTargetAsItWas()
{
    // A swap whose second move fails (its source is missing): on a server that renames across
    // databases the first collection was moved already and is taken out again; on one that
    // cannot, the first move fails. Either way the target is as it was and says so.
    const QString target = TestServer::uniqueDatabase(QStringLiteral("snapmove"));
    const QString staging = target + QStringLiteral("_staging");
    deployV1(target);
    m_server->insertJson(staging, QStringLiteral("products"), {R"({"_id": 1, "name": "staged"})"});
    const auto before = state(target);
    CollectionInfo products, missing;
    products.name = QStringLiteral("products");
    products.type = QStringLiteral("collection");
    missing.name = QStringLiteral("nosuch");
    missing.type = QStringLiteral("collection");
    const SwapPlan plan = SnapshotSwap::planFrom(staging, target, {products, missing}, {}, false);
    auto client = m_server->pool().acquire();
    const SwapResult result = SnapshotSwap::execute(client, plan);
    QVERIFY(!result.succeeded());
    QVERIFY(!result.targetChanged);
    QCOMPARE(result.cutoverMs, 0);
    QVERIFY2(result.failure->message.contains(QLatin1String("the target's collections were not changed")), qPrintable(result.failure->message));
    QCOMPARE(state(target), before); // no temporary collection left either
    for (const auto &step : result.plan.steps) {
        if (step.changesTarget())
            QCOMPARE(step.statusName(), QStringLiteral("not run"));
    }
    m_server->drop(target);
    m_server->drop(staging);
}

void TestSnapshotIntegration::pruneKeepsWhatThePolicySays()
{
    const QString db = TestServer::uniqueDatabase(QStringLiteral("snapprune"));
    deployV1(db);
    // Oldest to newest.
    create({QStringLiteral("--mongo-db"), db, QStringLiteral("--name"), QStringLiteral("a_expired"), QStringLiteral("--delete-after"), QStringLiteral("2020-01-01")});
    create({QStringLiteral("--mongo-db"), db, QStringLiteral("--name"), QStringLiteral("b_plain")});
    create({QStringLiteral("--mongo-db"), db, QStringLiteral("--name"), QStringLiteral("c_expired"), QStringLiteral("--keep-for"), QStringLiteral("0s")});
    create({QStringLiteral("--mongo-db"), db, QStringLiteral("--name"), QStringLiteral("d_newest"), QStringLiteral("--delete-after"), QStringLiteral("2020-01-01")});
    QThread::msleep(1100);
    auto files = [&] {
        QStringList out = QDir(m_folder).entryList({QStringLiteral("*.tar.gz")}, QDir::Files, QDir::Name);
        return out;
    };
    const QStringList all{QStringLiteral("a_expired.tar.gz"), QStringLiteral("b_plain.tar.gz"), QStringLiteral("c_expired.tar.gz"), QStringLiteral("d_newest.tar.gz")};
    QCOMPARE(files(), all);

    // Without --yes: shows, deletes nothing.
    QByteArray out, err;
    QCOMPARE(cli({QStringLiteral("snapshot"), QStringLiteral("prune"), QStringLiteral("--keep-last"), QStringLiteral("1")}, &out, &err), 0);
    QVERIFY2(out.contains("Would delete 2 snapshots") && out.contains("Nothing was deleted"), out.constData());
    QCOMPARE(files(), all);
    QCOMPARE(cli({QStringLiteral("snapshot"), QStringLiteral("prune"), QStringLiteral("--keep-last"), QStringLiteral("1"), QStringLiteral("--json")}, &out, &err), 0);
    QStringList toDelete;
    for (const auto &d : parseJson(out).value(QStringLiteral("decisions")).toArray()) {
        if (d.toObject().value(QStringLiteral("action")).toString() == QLatin1String("delete"))
            toDelete << d.toObject().value(QStringLiteral("name")).toString();
    }
    QCOMPARE(toDelete, (QStringList{QStringLiteral("c_expired"), QStringLiteral("a_expired")}));

    // Past their delete-after date, but d is the newest and kept.
    QCOMPARE(cli({QStringLiteral("snapshot"), QStringLiteral("prune"), QStringLiteral("--keep-last"), QStringLiteral("1"), QStringLiteral("--yes")}, &out, &err), 0);
    QCOMPARE(files(), (QStringList{QStringLiteral("b_plain.tar.gz"), QStringLiteral("d_newest.tar.gz")}));
    // Older than one second, keeping the newest: only b goes.
    QCOMPARE(cli({QStringLiteral("snapshot"), QStringLiteral("prune"), QStringLiteral("--older-than"), QStringLiteral("1s"), QStringLiteral("--keep-last"), QStringLiteral("1"),
                  QStringLiteral("--yes")},
                 &out, &err),
             0);
    QCOMPARE(files(), QStringList{QStringLiteral("d_newest.tar.gz")});
    QCOMPARE(listJson().size(), 1);
    QCOMPARE(cli({QStringLiteral("snapshot"), QStringLiteral("prune"), QStringLiteral("--older-than"), QStringLiteral("7 days")}, &out, &err), 2);
    m_server->drop(db);
}

void TestSnapshotIntegration::pruneAndDeleteNeverTouchASnapshotInUse()
{
    const QString db = TestServer::uniqueDatabase(QStringLiteral("snapinuse"));
    deployV1(db);
    create({QStringLiteral("--mongo-db"), db, QStringLiteral("--name"), QStringLiteral("busy"), QStringLiteral("--delete-after"), QStringLiteral("2020-01-01")});
    create({QStringLiteral("--mongo-db"), db, QStringLiteral("--name"), QStringLiteral("idle"), QStringLiteral("--delete-after"), QStringLiteral("2020-01-01")});
    const QString busy = QDir(m_folder).filePath(QStringLiteral("busy.tar.gz"));
    // Another process holds it, as a running clone or restore does.
    QProcess holder;
    holder.start(QStringLiteral("flock"), {QStringLiteral("--shared"), SnapshotLock::lockFilePath(busy), QStringLiteral("cat")});
    QVERIFY(holder.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(SnapshotLock::isLocked(busy), 5000);

    QByteArray out, err;
    QCOMPARE(cli({QStringLiteral("snapshot"), QStringLiteral("delete"), QStringLiteral("busy"), QStringLiteral("--yes")}, &out, &err), 11);
    QVERIFY2(err.contains("in use by a running job"), err.constData());
    QCOMPARE(cli({QStringLiteral("snapshot"), QStringLiteral("prune"), QStringLiteral("--yes")}, &out, &err), 0);
    QVERIFY2(out.contains("Deleted 1 snapshot") && out.contains("Skipped busy") && out.contains("in use"), out.constData());
    QVERIFY(QFile::exists(busy));
    QVERIFY(!QFile::exists(QDir(m_folder).filePath(QStringLiteral("idle.tar.gz"))));

    // A restore in progress holds it too: the engine's own lock.
    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(10000));
    {
        auto job = SnapshotLock::acquire(busy, SnapshotLock::Mode::Shared);
        QVERIFY(job.ok());
        QCOMPARE(cli({QStringLiteral("snapshot"), QStringLiteral("prune"), QStringLiteral("--yes"), QStringLiteral("--json")}, &out, &err), 0);
        QCOMPARE(parseJson(out).value(QStringLiteral("skipped")).toArray().size(), 1);
        QVERIFY(QFile::exists(busy));
    }
    QCOMPARE(cli({QStringLiteral("snapshot"), QStringLiteral("prune"), QStringLiteral("--yes")}, &out, &err), 0);
    QVERIFY(!QFile::exists(busy));
    m_server->drop(db);
}

void TestSnapshotIntegration::catalogRebuiltFromTheManifests()
{
    const QString db = TestServer::uniqueDatabase(QStringLiteral("snapcat"));
    deployV1(db);
    create({QStringLiteral("--mongo-db"), db, QStringLiteral("--name"), QStringLiteral("one"), QStringLiteral("--purpose"), QStringLiteral("daily")});
    create({QStringLiteral("--mongo-db"), db, QStringLiteral("--name"), QStringLiteral("two"), QStringLiteral("--purpose"), QStringLiteral("pre_upgrade")});
    const QString catalogFile = QDir(m_folder).filePath(QLatin1String(SnapshotCatalog::FileName));
    QVERIFY(QFile::exists(catalogFile));
    const QJsonArray before = listJson();
    QCOMPARE(before.size(), 2);

    // Deleted: rebuilt from the manifests, the same listing.
    QVERIFY(QFile::remove(catalogFile));
    QCOMPARE(listJson(), before);
    QVERIFY(QFile::exists(catalogFile));
    // Corrupt: the same.
    writeFile(catalogFile, QByteArray(4096, 'x'));
    QCOMPARE(listJson(), before);

    // An archive copied in by hand, from another folder.
    const QString other = m_dir->filePath(QStringLiteral("elsewhere"));
    QByteArray out, err;
    QCOMPARE(cli({QStringLiteral("snapshot"), QStringLiteral("create"), QStringLiteral("--mongo-uri"), m_server->uriString(), QStringLiteral("--mongo-db"), db,
                  QStringLiteral("--name"), QStringLiteral("copied"), QStringLiteral("--purpose"), QStringLiteral("from_elsewhere"), QStringLiteral("--snapshot-dir"), other,
                  QStringLiteral("--quiet")},
                 &out, &err),
             0);
    QVERIFY(QFile::copy(QDir(other).filePath(QStringLiteral("copied.tar.gz")), QDir(m_folder).filePath(QStringLiteral("copied.tar.gz"))));
    const QJsonArray after = listJson();
    QCOMPARE(after.size(), 3);
    bool found = false;
    for (const auto &v : after) {
        if (v.toObject().value(QStringLiteral("name")).toString() == QLatin1String("copied")) {
            found = true;
            QCOMPARE(v.toObject().value(QStringLiteral("purpose")).toString(), QStringLiteral("from_elsewhere"));
            QCOMPARE(v.toObject().value(QStringLiteral("documents")).toInteger(), 5);
        }
    }
    QVERIFY(found);
    // Already up to date: no manifest is read again.
    SnapshotCatalog catalog(m_folder);
    QVERIFY(catalog.entries().ok());
    QCOMPARE(catalog.lastRefresh().reread, 0);

    // Several processes finding the catalog missing at once all list the folder: one rebuilds
    // it, the others wait for it (an open read statement carried into the rebuild's write made
    // SQLite refuse at once with "database is locked", in about one run of 45 with 8 listers).
    for (int round = 0; round < 5; ++round) {
        QVERIFY(QFile::remove(catalogFile));
        std::vector<std::unique_ptr<QProcess>> listers;
        for (int i = 0; i < 8; ++i) {
            listers.push_back(std::make_unique<QProcess>());
            listers.back()->start(QStringLiteral(LIFEBOAT_CLI_PATH), {QStringLiteral("snapshot"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--snapshot-dir"), m_folder});
        }
        for (auto &p : listers) {
            QVERIFY(p->waitForFinished(60000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
            QCOMPARE(parseJson(p->readAllStandardOutput()).value(QStringLiteral("snapshots")).toArray().size(), 3);
        }
    }
    m_server->drop(db);
}

void TestSnapshotIntegration::tutorialScriptReplays()
{
    const QString db = TestServer::uniqueDatabase(QStringLiteral("tutorial"));
    QProcess script;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MONGO_URI"), m_server->uriString());
    env.insert(QStringLiteral("DB"), db);
    env.insert(QStringLiteral("SNAPSHOT_DIR"), m_folder);
    env.insert(QStringLiteral("LIFEBOAT_CLI"), QStringLiteral(LIFEBOAT_CLI_PATH));
    script.setProcessEnvironment(env);
    script.setWorkingDirectory(m_dir->path());
    script.start(QStringLiteral(LIFEBOAT_SOURCE_DIR "/docs/examples/safe-upgrade.sh"), {});
    QVERIFY(script.waitForFinished(300000));
    const QByteArray out = script.readAllStandardOutput();
    const QByteArray err = script.readAllStandardError();
    QVERIFY2(script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0, QByteArray(out + err).constData());
    QVERIFY(out.contains("rolled back to v1.0"));
    // Exactly the v1.0 products again (the script loads them as plain numbers: _id int32).
    const auto after = state(db);
    QCOMPARE(after.keys(), QStringList{QStringLiteral("products")});
    QCOMPARE(after.value(QStringLiteral("products")).size(), 5);
    for (const QByteArray &doc : after.value(QStringLiteral("products"))) {
        QVERIFY2(!doc.contains("category") && !doc.contains("rating"), doc.constData());
        QCOMPARE(QJsonDocument::fromJson(doc).object().size(), 4);
    }
    // A second run refuses to replace the database it now finds.
    script.start(QStringLiteral(LIFEBOAT_SOURCE_DIR "/docs/examples/safe-upgrade.sh"), {});
    QVERIFY(script.waitForFinished(60000));
    QCOMPARE(script.exitCode(), 1);
    QVERIFY(script.readAllStandardError().contains("already holds collections"));
    m_server->drop(db);
}

void TestSnapshotIntegration::driftAgainstTheSnapshot()
{
    // The safe-change assistant's quick check: collections and counts against the manifest.
    const QString db = TestServer::uniqueDatabase(QStringLiteral("snapdrift"));
    deployV1(db);
    m_server->insertJson(db, QStringLiteral("orders"), {R"({"_id": 1})"});
    create({QStringLiteral("--mongo-db"), db, QStringLiteral("--name"), QStringLiteral("before")});
    SnapshotStore store(m_folder);
    auto manifest = store.manifest(QStringLiteral("before"));
    QVERIFY(manifest.ok());

    auto same = SnapshotDrift::compare(m_server->uriString(), *manifest, db);
    QVERIFY2(same.ok(), qPrintable(same.ok() ? QString() : same.error().message));
    QVERIFY(same->unchanged());
    QCOMPARE(same->rows.size(), 2);

    upgradeToV2(db); // products 5 -> 7, reviews added
    dropCollection(db, QStringLiteral("orders"));
    auto drift = SnapshotDrift::compare(m_server->uriString(), *manifest, db);
    QVERIFY(drift.ok());
    QVERIFY(!drift->unchanged());
    QMap<QString, DriftRow> byName;
    for (const auto &r : drift->rows)
        byName.insert(r.collection, r);
    QCOMPARE(toString(byName.value(QStringLiteral("products")).status), QStringLiteral("changed"));
    QCOMPARE(byName.value(QStringLiteral("products")).snapshotDocuments, 5);
    QCOMPARE(byName.value(QStringLiteral("products")).databaseDocuments, 7);
    QCOMPARE(toString(byName.value(QStringLiteral("reviews")).status), QStringLiteral("added"));
    QCOMPARE(byName.value(QStringLiteral("reviews")).snapshotDocuments, -1);
    QCOMPARE(toString(byName.value(QStringLiteral("orders")).status), QStringLiteral("missing"));
    QCOMPARE(byName.value(QStringLiteral("orders")).databaseDocuments, -1);
    QCOMPARE(drift->count(DriftStatus::Changed), 1);

    // The user's own validation command.
    auto reply = SnapshotDrift::runValidationCommand(m_server->uriString(), db, R"({"count": "products", "query": {"rating": {"$exists": true}}})");
    QVERIFY2(reply.ok(), qPrintable(reply.ok() ? QString() : reply.error().message));
    // Canonical Extended JSON: {"n": {"$numberInt": "7"}} (or $numberLong / $numberDouble).
    const QJsonObject n = reply->value(QStringLiteral("n")).toObject();
    QVERIFY2(!n.isEmpty() && n.begin().value().toString() == QLatin1String("7"), QJsonDocument(*reply).toJson().constData());
    QCOMPARE(SnapshotDrift::runValidationCommand(m_server->uriString(), db, "not json").error().code, ErrorCode::Usage);
    QCOMPARE(SnapshotDrift::runValidationCommand(m_server->uriString(), db, R"({"count": "products", "query": {"$bogus": 1}})").error().code,
             ErrorCode::Server);
    // Only reads are sent: a write or an unknown command is refused before it reaches the server.
    QCOMPARE(SnapshotDrift::runValidationCommand(m_server->uriString(), db, R"({"noSuchCommand": 1})").error().code, ErrorCode::Refused);
    QCOMPARE(SnapshotDrift::runValidationCommand(m_server->uriString(), db, R"({"insert": "products", "documents": [{"_id": 99}]})").error().code,
             ErrorCode::Refused);
    QCOMPARE(m_server->documents(db, QStringLiteral("products")).size(), 7);
    m_server->drop(db);
}

QTEST_GUILESS_MAIN(TestSnapshotIntegration)
#include "TestSnapshotIntegration.moc"
