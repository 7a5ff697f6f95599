// The safe-change check in the engine, against the real test server: SnapshotComparison
// compares a database with a snapshot taken before a change (collections and counts, the
// fields of a sample, the user's validation command and its expected result).
#include "core/snapshot/SnapshotComparison.h"
#include "core/snapshot/SnapshotStore.h"
#include "TestFiles.h"
#include "TestServer.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace lifeboat;
using namespace lifeboat::test;

class TestSnapshotComparison : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void unchangedDatabaseIsUnchanged();
    void countsAndFieldsThatChanged();
    void validationCommandAgainstItsExpectedResult();
    void unreadableSnapshotSaysSo();

private:
    // Takes snapshot "before" of m_db with lifeboat-cli; returns the request to compare with it.
    SnapshotComparison::Request snapshotBefore();

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestSnapshotComparison::initTestCase()
{
    if (TestServer::uri().isEmpty())
        QSKIP(qPrintable(TestServer::whyUnavailable()));
    m_server = std::make_unique<TestServer>();
}

void TestSnapshotComparison::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = TestServer::uniqueDatabase(QStringLiteral("snapcompare"));
    m_server->insertJson(m_db, QStringLiteral("products"),
                         {R"({"_id": 1, "name": "lamp", "price": 10})", R"({"_id": 2, "name": "desk", "price": 90})"});
    m_server->insertJson(m_db, QStringLiteral("orders"), {R"({"_id": 1, "product": 1})"});
}

void TestSnapshotComparison::cleanup()
{
    if (m_server)
        m_server->drop(m_db);
}

SnapshotComparison::Request TestSnapshotComparison::snapshotBefore()
{
    const QString folder = m_dir->filePath(QStringLiteral("snapshots"));
    QByteArray out, err;
    const int rc = runCli({QStringLiteral("snapshot"), QStringLiteral("create"), QStringLiteral("--mongo-uri"), m_server->uriString(),
                           QStringLiteral("--mongo-db"), m_db, QStringLiteral("--name"), QStringLiteral("before"),
                           QStringLiteral("--snapshot-dir"), folder, QStringLiteral("--quiet")},
                          &out, &err);
    if (rc != 0)
        qWarning("snapshot create failed (%d): %s", rc, err.constData());
    SnapshotStore store(folder);
    auto entry = store.find(QStringLiteral("before"));
    auto manifest = store.manifest(QStringLiteral("before"));
    SnapshotComparison::Request request;
    request.mongoUri = m_server->uriString();
    request.database = m_db;
    if (entry && manifest) {
        request.snapshotPath = entry->path;
        request.manifest = *manifest;
    }
    return request;
}

void TestSnapshotComparison::unchangedDatabaseIsUnchanged()
{
    const SnapshotComparison::Request request = snapshotBefore();
    QVERIFY(!request.snapshotPath.isEmpty());
    auto outcome = SnapshotComparison::run(request);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
    QVERIFY(!outcome->changed());
    QVERIFY(outcome->drift.unchanged());
    QCOMPARE(outcome->fields.size(), 2);
    const FieldChange *products = outcome->fieldsOf(QStringLiteral("products"));
    QVERIFY(products);
    QVERIFY(!products->changed());
    QCOMPARE(products->snapshotSample, 2);
    QCOMPARE(products->databaseSample, 2);
    QVERIFY(!outcome->validation.has_value()); // none asked for
}

void TestSnapshotComparison::countsAndFieldsThatChanged()
{
    const SnapshotComparison::Request request = snapshotBefore();
    QVERIFY(!request.snapshotPath.isEmpty());
    // The change: "price" becomes "cost" in every product, one order more, a new collection.
    m_server->drop(m_db);
    m_server->insertJson(m_db, QStringLiteral("products"),
                         {R"({"_id": 1, "name": "lamp", "cost": 10})", R"({"_id": 2, "name": "desk", "cost": 90})"});
    m_server->insertJson(m_db, QStringLiteral("orders"), {R"({"_id": 1, "product": 1})", R"({"_id": 2, "product": 2})"});
    m_server->insertJson(m_db, QStringLiteral("reviews"), {R"({"_id": 1, "stars": 5})"});

    auto outcome = SnapshotComparison::run(request);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
    QVERIFY(outcome->changed());
    QCOMPARE(outcome->drift.count(DriftStatus::Changed), 1);
    QCOMPARE(outcome->drift.count(DriftStatus::Added), 1);
    // Fields only for collections in both.
    QCOMPARE(outcome->fields.size(), 2);
    QVERIFY(!outcome->fieldsOf(QStringLiteral("reviews")));
    const FieldChange *products = outcome->fieldsOf(QStringLiteral("products"));
    QVERIFY(products);
    QCOMPARE(products->added, QStringList{QStringLiteral("cost")});
    QCOMPARE(products->removed, QStringList{QStringLiteral("price")});
    const FieldChange *orders = outcome->fieldsOf(QStringLiteral("orders"));
    QVERIFY(orders);
    QVERIFY(!orders->changed());
    QCOMPARE(orders->databaseSample, 2);
}

void TestSnapshotComparison::validationCommandAgainstItsExpectedResult()
{
    SnapshotComparison::Request request = snapshotBefore();
    QVERIFY(!request.snapshotPath.isEmpty());
    request.validationCommand = R"({"count": "products"})";
    request.expectedResult = R"({"n": 2})";
    auto passed = SnapshotComparison::run(request);
    QVERIFY(passed.ok());
    QVERIFY(passed->validation.has_value());
    QVERIFY2(passed->validation->passed(), qPrintable(passed->validation->differences.join(QStringLiteral("; ")) + passed->validation->error));
    QCOMPARE(passed->validation->command, QStringLiteral(R"({"count": "products"})"));

    request.expectedResult = R"({"n": 3})";
    auto failed = SnapshotComparison::run(request);
    QVERIFY(failed.ok());
    QCOMPARE(failed->validation->differences, QStringList{QStringLiteral("n is 2, expected 3")});

    request.validationCommand = R"({"noSuchCommand": 1})";
    auto refused = SnapshotComparison::run(request);
    QVERIFY(refused.ok()); // the comparison ran; the user's command did not
    QVERIFY(!refused->validation->error.isEmpty());
    QVERIFY(!refused->validation->passed());
}

void TestSnapshotComparison::unreadableSnapshotSaysSo()
{
    SnapshotComparison::Request request = snapshotBefore();
    QVERIFY(!request.snapshotPath.isEmpty());
    const QString broken = m_dir->filePath(QStringLiteral("broken.tar.gz"));
    writeFile(broken, "not an archive");
    request.snapshotPath = broken;
    auto outcome = SnapshotComparison::run(request);
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error().message.contains(QStringLiteral("reading the snapshot")), qPrintable(outcome.error().message));
}

QTEST_GUILESS_MAIN(TestSnapshotComparison)
#include "TestSnapshotComparison.moc"
