// Backups against the real test server (FerretDB, or MongoDB via LIFEBOAT_TEST_MONGODB_URI):
// datasets in, archive out, every document byte-identical, layout as documented.
#include "core/archive/ArchiveContents.h"
#include "core/backup/BackupEngine.h"
#include "core/codec/ExtJsonCodec.h"
#include "TestFiles.h"
#include "TestServer.h"

#include <QDir>

#include <cstring>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace lifeboat;
using namespace lifeboat::test;

namespace {

// What FerretDB 1.x documents it cannot store: Decimal128, MinKey/MaxKey, JavaScript code,
// $-prefixed or dotted keys, arrays inside arrays. Asking it anyway costs a slow refusal per
// document, so the corpus test leaves these out up front on FerretDB (they round-trip in the
// codec test instead).
bool ferretCannotStore(bson_iter_t *it, bool inArray)
{
    while (bson_iter_next(it)) {
        const char *key = bson_iter_key(it);
        if (!inArray && (key[0] == '$' || std::strchr(key, '.')))
            return true;
        switch (bson_iter_type(it)) {
        case BSON_TYPE_DECIMAL128: case BSON_TYPE_MINKEY: case BSON_TYPE_MAXKEY:
        case BSON_TYPE_CODE: case BSON_TYPE_CODEWSCOPE: case BSON_TYPE_DBPOINTER:
        case BSON_TYPE_SYMBOL: case BSON_TYPE_UNDEFINED:
            return true;
        case BSON_TYPE_ARRAY: {
            if (inArray)
                return true;
            bson_iter_t child;
            if (bson_iter_recurse(it, &child) && ferretCannotStore(&child, true))
                return true;
            break;
        }
        case BSON_TYPE_DOCUMENT: {
            bson_iter_t child;
            if (bson_iter_recurse(it, &child) && ferretCannotStore(&child, false))
                return true;
            break;
        }
        default:
            break;
        }
    }
    return false;
}

} // namespace

class TestBackupIntegration : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void datasetsRoundTripThroughCli();
    void corpusDocumentsTheServerStores();
    void caseCollidingNamesBothSurvive();
    void chosenCollectionsAndMissingOnes();
    void envFileProvidesConnection();
    void keepDirLeavesRunbookFolder();
    void relaxedPrettyZstdArchiveVerifies();
    void allDatabasesNestsFolders();

private:
    // Every document of every collection file in an archive, canonical BSON, sorted.
    static QHash<QString, QList<QByteArray>> archiveDocuments(const QString &archive);
    static QString onlyArchiveIn(const QString &dir);

    std::unique_ptr<TestServer> m_server;
    QString m_db;
    QHash<QString, qint64> m_loaded;
};

QHash<QString, QList<QByteArray>> TestBackupIntegration::archiveDocuments(const QString &archive)
{
    QHash<QString, QList<QByteArray>> out;
    auto contents = ArchiveContents::open(archive);
    if (!contents)
        qFatal("%s", qPrintable(contents.error().message));
    auto st = contents->forEachCollection([&](const ArchiveContents::CollectionFile &f, JsonDocumentReader &reader) -> Status {
        const bool nested = contents->layout().nestsDatabases();
        QList<QByteArray> &docs = out[nested ? f.database + QLatin1Char('.') + f.collection : f.collection];
        for (;;) {
            auto d = reader.next();
            if (!d)
                return d.error();
            if (!d->has_value())
                return {};
            docs << (*d)->bson.toByteArray();
        }
    });
    if (!st)
        qFatal("%s", qPrintable(st.error().message));
    for (auto &list : out)
        std::sort(list.begin(), list.end());
    return out;
}

QString TestBackupIntegration::onlyArchiveIn(const QString &dir)
{
    const QStringList all = QDir(dir).entryList(QDir::Files | QDir::Hidden);
    if (all.size() != 1)
        return {};
    return QDir(dir).filePath(all.first());
}

void TestBackupIntegration::initTestCase()
{
    if (TestServer::uri().isEmpty())
        QSKIP(qPrintable(TestServer::whyUnavailable()));
    m_server = std::make_unique<TestServer>();
    m_db = TestServer::uniqueDatabase(QStringLiteral("datasets"));
    // profiles.json holds $-prefixed keys inside documents, which FerretDB 1.x refuses to store.
    for (const char *name : {"books", "products", "grades", "students", "restaurant", "covers", "countries-small"}) {
        const QString coll = QString::fromLatin1(name);
        m_loaded.insert(coll, m_server->insertJsonFile(
                                  m_db, coll, sharedPath(QStringLiteral("corpora/datasets/ozlerhakan-mongodb-json-files/%1.json").arg(coll))));
    }
    m_loaded.insert(QStringLiteral("importCollection"),
                    m_server->insertJsonFile(m_db, QStringLiteral("importCollection"),
                                             sharedPath(QStringLiteral("corpora/datasets/mongo-tools-testdata/mongodump/testdata/importCollection.json"))));
    m_server->createCollection(m_db, QStringLiteral("empty"));
    m_loaded.insert(QStringLiteral("empty"), 0);
}

void TestBackupIntegration::datasetsRoundTripThroughCli()
{
    QTemporaryDir out;
    QByteArray stdOut, stdErr;
    const int rc = runCli({QStringLiteral("backup"), QStringLiteral("--mongo-uri"), m_server->uriString(), QStringLiteral("--mongo-db"), m_db,
                           QStringLiteral("--out-dir"), out.path(), QStringLiteral("--name"), QStringLiteral("backup_20261124_120000"),
                           QStringLiteral("--json"), QStringLiteral("--jobs"), QStringLiteral("3")},
                          &stdOut, &stdErr);
    QVERIFY2(rc == 0, stdErr.constData());
    const QJsonObject result = QJsonDocument::fromJson(stdOut).object();
    QVERIFY(result.value(QStringLiteral("ok")).toBool());
    const QString archive = out.filePath(QStringLiteral("backup_20261124_120000.tar.gz"));
    QCOMPARE(result.value(QStringLiteral("archive")).toString(), archive);
    QCOMPARE(onlyArchiveIn(out.path()), archive); // nothing else: no .partial, no spool files

    // Layout, as docs/archive-format.md describes it.
    QStringList listing = tarListing(archive);
    QStringList expected{QStringLiteral("backup_20261124_120000/"), QStringLiteral("backup_20261124_120000/collections_metadata.json"),
                         QStringLiteral("backup_20261124_120000/manifest.json")};
    for (const QString &c : m_loaded.keys())
        expected << QStringLiteral("backup_20261124_120000/%1.jsonl").arg(c);
    listing.sort();
    expected.sort();
    QCOMPARE(listing, expected);
    QCOMPARE(listing.size(), m_loaded.size() + 3);
    QCOMPARE(tarListing(archive).last(), QStringLiteral("backup_20261124_120000/manifest.json"));

    // The manifest: counts, sizes, and no credentials.
    const QJsonObject manifest = result.value(QStringLiteral("manifest")).toObject();
    QCOMPARE(manifest.value(QStringLiteral("formatVersion")).toInt(), 1);
    QCOMPARE(manifest.value(QStringLiteral("databases")).toArray().first().toString(), m_db);
    QCOMPARE(manifest.value(QStringLiteral("json")).toObject().value(QStringLiteral("style")).toString(), QStringLiteral("canonical"));
    QVERIFY(!manifest.value(QStringLiteral("pointInTime")).toObject().value(QStringLiteral("note")).toString().isEmpty()
            || manifest.value(QStringLiteral("pointInTime")).toObject().value(QStringLiteral("consistent")).toBool());
    for (const QJsonValue &v : manifest.value(QStringLiteral("collections")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString name = c.value(QStringLiteral("name")).toString();
        QVERIFY2(m_loaded.contains(name), qPrintable(name));
        QCOMPARE(c.value(QStringLiteral("documents")).toInteger(), m_loaded.value(name));
        QCOMPARE(c.value(QStringLiteral("file")).toString(), name + QStringLiteral(".jsonl"));
        QCOMPARE(c.value(QStringLiteral("sha256")).toString().size(), 64);
        QVERIFY(c.value(QStringLiteral("digest")).toString().startsWith(QLatin1String("sha256-sum:")));
        QVERIFY(!c.value(QStringLiteral("indexes")).toArray().isEmpty()); // at least _id_
    }

    // Every document byte-identical to what the server holds.
    const auto docs = archiveDocuments(archive);
    for (auto it = m_loaded.cbegin(); it != m_loaded.cend(); ++it) {
        const QList<QByteArray> server = m_server->documents(m_db, it.key());
        QCOMPARE(server.size(), int(it.value()));
        QCOMPARE(docs.value(it.key()).size(), server.size());
        QVERIFY2(docs.value(it.key()) == server, qPrintable(QStringLiteral("documents of %1 differ").arg(it.key())));
    }

    // inspect agrees, and says so with exit code 0.
    QByteArray inspectOut;
    QCOMPARE(runCli({QStringLiteral("inspect"), archive}, &inspectOut), 0);
    QVERIFY(inspectOut.contains("Integrity check passed"));
}

void TestBackupIntegration::corpusDocumentsTheServerStores()
{
    // Every BSON corpus case the server accepts goes server -> archive -> document unchanged.
    const QString db = TestServer::uniqueDatabase(QStringLiteral("corpus"));
    std::vector<BsonDocument> cases;
    int leftOut = 0;
    const bool onFerret = qEnvironmentVariableIsEmpty("LIFEBOAT_TEST_MONGODB_URI");
    const QDir dir(sharedPath(QStringLiteral("corpora/bson-corpus")));
    for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QJsonObject suite = QJsonDocument::fromJson(readFile(dir.filePath(file))).object();
        int i = 0;
        for (const QJsonValue &v : suite.value(QStringLiteral("valid")).toArray()) {
            const QByteArray bson = QByteArray::fromHex(v.toObject().value(QStringLiteral("canonical_bson")).toString().toLatin1());
            BsonDocument original = BsonDocument::fromData(bson);
            // Wrap it under a fresh _id so that the case's own keys stay as they are.
            BsonDocument doc;
            const QByteArray id = QStringLiteral("%1#%2").arg(file).arg(i++).toUtf8();
            BSON_APPEND_UTF8(doc.get(), "_id", id.constData());
            BSON_APPEND_DOCUMENT(doc.get(), "case", original.get());
            bson_iter_t it;
            if (onFerret && bson_iter_init(&it, doc.get()) && ferretCannotStore(&it, false)) {
                ++leftOut;
                continue;
            }
            cases.push_back(std::move(doc));
        }
    }
    // One unordered bulk insert: the server keeps what it can store and refuses the rest.
    const int refused = m_server->insertUnordered(db, QStringLiteral("corpus"), cases);
    const int stored = int(m_server->count(db, QStringLiteral("corpus")));
    qInfo("server stored %d of %d corpus cases offered and refused %d; %d left out as types FerretDB cannot hold",
          stored, int(cases.size()), refused, leftOut);
    QVERIFY(stored <= int(cases.size()));
    QVERIFY(stored > 50);

    QTemporaryDir out;
    BackupRequest request;
    request.mongoUri = m_server->uriString();
    request.database = db;
    request.outDir = out.path();
    BackupEngine engine;
    auto result = engine.run(request);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const auto docs = archiveDocuments(result->archivePath);
    QCOMPARE(docs.value(QStringLiteral("corpus")).size(), stored);
    QVERIFY(docs.value(QStringLiteral("corpus")) == m_server->documents(db, QStringLiteral("corpus")));
    m_server->drop(db);
}

void TestBackupIntegration::caseCollidingNamesBothSurvive()
{
    const QString db = TestServer::uniqueDatabase(QStringLiteral("cases"));
    m_server->insertJson(db, QStringLiteral("Users"), {R"({"_id": 1, "who": "upper"})", R"({"_id": 2, "who": "upper"})"});
    m_server->insertJson(db, QStringLiteral("users"), {R"({"_id": 1, "who": "lower"})"});
    m_server->insertJson(db, QStringLiteral("a:b?c"), {R"({"_id": 1, "who": "windows-illegal"})"});
    QTemporaryDir out;
    BackupRequest request;
    request.mongoUri = m_server->uriString();
    request.database = db;
    request.outDir = out.path();
    request.name = QStringLiteral("cases");
    auto result = BackupEngine().run(request);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QStringList files;
    for (const auto &c : result->manifest.collections)
        files << c.file;
    files.sort();
    QCOMPARE(files, (QStringList{QStringLiteral("Users.jsonl"), QStringLiteral("a%3Ab%3Fc.jsonl"), QStringLiteral("users~2.jsonl")}));
    const auto docs = archiveDocuments(result->archivePath);
    QCOMPARE(docs.value(QStringLiteral("Users")).size(), 2);
    QCOMPARE(docs.value(QStringLiteral("users")).size(), 1);
    QCOMPARE(docs.value(QStringLiteral("a:b?c")).size(), 1);
    QVERIFY(docs.value(QStringLiteral("users")) == m_server->documents(db, QStringLiteral("users")));
    QVERIFY(docs.value(QStringLiteral("Users")) == m_server->documents(db, QStringLiteral("Users")));
    QCOMPARE(runCli({QStringLiteral("inspect"), result->archivePath}), 0);
    m_server->drop(db);
}

void TestBackupIntegration::chosenCollectionsAndMissingOnes()
{
    QTemporaryDir out;
    QByteArray o, e;
    QCOMPARE(runCli({QStringLiteral("backup"), QStringLiteral("--mongo-uri"), m_server->uriString(), QStringLiteral("--mongo-db"), m_db,
                     QStringLiteral("--out-dir"), out.path(), QStringLiteral("--collection"), QStringLiteral("books"),
                     QStringLiteral("--collection"), QStringLiteral("grades"), QStringLiteral("--quiet")},
                    &o, &e),
             0);
    const QString archive = onlyArchiveIn(out.path());
    QVERIFY(!archive.isEmpty());
    const auto docs = archiveDocuments(archive);
    QCOMPARE(QSet<QString>(docs.keyBegin(), docs.keyEnd()), (QSet<QString>{QStringLiteral("books"), QStringLiteral("grades")}));

    QTemporaryDir out2;
    const int rc = runCli({QStringLiteral("backup"), QStringLiteral("--mongo-uri"), m_server->uriString(), QStringLiteral("--mongo-db"), m_db,
                           QStringLiteral("--out-dir"), out2.path(), QStringLiteral("--collection"), QStringLiteral("nope")},
                          &o, &e);
    QCOMPARE(rc, int(ErrorCode::NotFound));
    QVERIFY2(e.contains("no collection nope"), e.constData());
    QVERIFY(QDir(out2.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

    const int rc2 = runCli({QStringLiteral("backup"), QStringLiteral("--mongo-uri"), m_server->uriString(), QStringLiteral("--mongo-db"),
                            QStringLiteral("no_such_database_here"), QStringLiteral("--out-dir"), out2.path()},
                           &o, &e);
    QCOMPARE(rc2, int(ErrorCode::NotFound));
}

void TestBackupIntegration::envFileProvidesConnection()
{
    QTemporaryDir work;
    writeFile(work.filePath(QStringLiteral(".env")),
              QStringLiteral("# connection for the runbook scripts\nexport MONGO_URI=\"%1\"\nMONGO_DB='%2'  # the db\n")
                  .arg(m_server->uriString(), m_db)
                  .toUtf8());
    qunsetenv("MONGO_URI");
    qunsetenv("MONGO_DB");
    QByteArray o, e;
    const int rc = runCli({QStringLiteral("backup"), QStringLiteral("--out-dir"), QStringLiteral("out"), QStringLiteral("--collection"),
                           QStringLiteral("grades"), QStringLiteral("--json")},
                          &o, &e, work.path());
    QVERIFY2(rc == 0, e.constData());
    const QJsonObject result = QJsonDocument::fromJson(o).object();
    QVERIFY(result.value(QStringLiteral("archive")).toString().startsWith(QDir(work.filePath(QStringLiteral("out"))).absolutePath()));
    QCOMPARE(result.value(QStringLiteral("manifest")).toObject().value(QStringLiteral("databases")).toArray().first().toString(), m_db);
}

void TestBackupIntegration::keepDirLeavesRunbookFolder()
{
    QTemporaryDir out;
    BackupRequest request;
    request.mongoUri = m_server->uriString();
    request.database = m_db;
    request.collections = {QStringLiteral("grades")};
    request.outDir = out.path();
    request.name = QStringLiteral("backup_20250926_073727");
    request.keepDir = true;
    auto result = BackupEngine().run(request);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->keptDirectory, out.filePath(QStringLiteral("backup_20250926_073727")));
    const QByteArray lines = readFile(out.filePath(QStringLiteral("backup_20250926_073727/grades.jsonl")));
    QCOMPARE(lines.count('\n'), int(m_loaded.value(QStringLiteral("grades"))));
    QVERIFY(QFileInfo::exists(out.filePath(QStringLiteral("backup_20250926_073727/manifest.json"))));
}

void TestBackupIntegration::relaxedPrettyZstdArchiveVerifies()
{
    QTemporaryDir out;
    BackupRequest request;
    request.mongoUri = m_server->uriString();
    request.database = m_db;
    request.collections = {QStringLiteral("books"), QStringLiteral("students")};
    request.outDir = out.path();
    request.jsonStyle = JsonStyle::Relaxed;
    request.pretty = true;
    request.compression = ArchiveCompression::Zstd;
    request.jobs = 1;
    auto result = BackupEngine().run(request);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QVERIFY(result->archivePath.endsWith(QLatin1String(".tar.zst")));
    QByteArray o;
    QCOMPARE(runCli({QStringLiteral("inspect"), result->archivePath}, &o), 0);
    QVERIFY(o.contains("relaxed pretty"));
    // Pretty means one document across many lines.
    QByteArray listing;
    runProgram(QStringLiteral("tar"), {QStringLiteral("--zstd"), QStringLiteral("-xOf"), result->archivePath,
                                       result->manifest.name + QStringLiteral("/students.jsonl")}, &listing);
    QVERIFY(listing.count('\n') > 3 * m_loaded.value(QStringLiteral("students")));
}

void TestBackupIntegration::allDatabasesNestsFolders()
{
    // A deployment of its own, so other tests' databases do not come along.
    PrivateServer server;
    if (!server.started())
        QFAIL("private FerretDB did not start");
    TestServer client(server.uri());
    client.insertJson(QStringLiteral("shop"), QStringLiteral("orders"), {R"({"_id": 1})", R"({"_id": 2})"});
    client.insertJson(QStringLiteral("crm"), QStringLiteral("people"), {R"({"_id": "x"})"});
    QTemporaryDir out;
    QByteArray o, e;
    const int rc = runCli({QStringLiteral("backup"), QStringLiteral("--mongo-uri"), server.uri(), QStringLiteral("--all-databases"),
                           QStringLiteral("--out-dir"), out.path(), QStringLiteral("--name"), QStringLiteral("everything"),
                           QStringLiteral("--compression"), QStringLiteral("none")},
                          &o, &e);
    QVERIFY2(rc == 0, e.constData());
    QStringList listing = tarListing(out.filePath(QStringLiteral("everything.tar")));
    listing.sort();
    QCOMPARE(listing, (QStringList{QStringLiteral("everything/"), QStringLiteral("everything/crm/"),
                                   QStringLiteral("everything/crm/collections_metadata.json"), QStringLiteral("everything/crm/people.jsonl"),
                                   QStringLiteral("everything/manifest.json"), QStringLiteral("everything/shop/"),
                                   QStringLiteral("everything/shop/collections_metadata.json"), QStringLiteral("everything/shop/orders.jsonl")}));
    const auto docs = archiveDocuments(out.filePath(QStringLiteral("everything.tar")));
    QCOMPARE(docs.value(QStringLiteral("shop.orders")).size(), 2);
    QCOMPARE(docs.value(QStringLiteral("crm.people")).size(), 1);
    QCOMPARE(runCli({QStringLiteral("inspect"), out.filePath(QStringLiteral("everything.tar"))}), 0);
}

QTEST_GUILESS_MAIN(TestBackupIntegration)
#include "TestBackupIntegration.moc"
