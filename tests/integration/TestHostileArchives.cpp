// Hand-made and damaged archives against the real test server (issue 11): each restore fails
// with an error naming the problem, and the target database is exactly as it was before.
// The archives are copies of a real backup, changed in one way by data/rebuild_archive.py.
#include "core/archive/ArchiveIndex.h"
#include "core/backup/BackupEngine.h"
#include "core/codec/ExtJsonCodec.h"
#include "core/mongo/DatabaseCatalog.h"
#include "TestFiles.h"
#include "TestServer.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace lifeboat;
using namespace lifeboat::test;

class TestHostileArchives : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusedAndUnchanged_data();
    void refusedAndUnchanged();
    void indexCopyOfTheManifestDisagrees();
    void goodArchiveSwapsInAndDrops();
    void inPlaceStillWorks();
    void cleanupTestCase();

private:
    QMap<QString, QList<QByteArray>> state(const QString &db);
    // The target as it is before each restore: collections the archive replaces and one it lacks.
    void resetTarget();
    // lifeboat-cli restore of `archive` into the target, --replace-existing --yes --json; the error message.
    int restoreCli(const QString &archive, QString *message, const QStringList &extra = {});
    QString rebuilt(const QString &name, const QStringList &change);

    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_tmp;
    QString m_source, m_target, m_archive;
};

void TestHostileArchives::initTestCase()
{
    if (TestServer::uri().isEmpty())
        QSKIP(qPrintable(TestServer::whyUnavailable()));
    m_server = std::make_unique<TestServer>();
    m_source = TestServer::uniqueDatabase(QStringLiteral("hostile_src"));
    m_target = TestServer::uniqueDatabase(QStringLiteral("hostile_dst"));
    QList<QByteArray> orders, customers;
    for (int i = 0; i < 30; ++i)
        orders << QStringLiteral(R"({"_id": %1, "n": {"$numberLong": "%2"}, "item": "widget"})").arg(i).arg(1000 + i).toUtf8();
    for (int i = 0; i < 5; ++i)
        customers << QStringLiteral(R"({"_id": %1, "name": "c%1"})").arg(i).toUtf8();
    m_server->insertJson(m_source, QStringLiteral("orders"), orders);
    m_server->insertJson(m_source, QStringLiteral("customers"), customers);
    BackupRequest request;
    request.mongoUri = m_server->uriString();
    request.database = m_source;
    request.outDir = m_tmp.path();
    request.name = QStringLiteral("base");
    auto result = BackupEngine().run(request);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    m_archive = result->archivePath;
}

void TestHostileArchives::cleanupTestCase()
{
    if (!m_server)
        return;
    m_server->drop(m_source);
    m_server->drop(m_target);
}

QMap<QString, QList<QByteArray>> TestHostileArchives::state(const QString &db)
{
    QMap<QString, QList<QByteArray>> out;
    auto client = m_server->pool().acquire();
    auto cols = DatabaseCatalog::collections(client, db);
    if (!cols)
        qFatal("%s", qPrintable(cols.error().message));
    for (const auto &c : *cols) {
        QList<QByteArray> docs;
        for (const QByteArray &bson : m_server->documents(db, c.name))
            docs << *ExtJsonCodec::encode(BsonDocument::fromData(bson).get(), JsonStyle::Canonical);
        std::sort(docs.begin(), docs.end());
        out.insert(c.name, docs);
    }
    return out;
}

void TestHostileArchives::resetTarget()
{
    m_server->drop(m_target);
    m_server->insertJson(m_target, QStringLiteral("orders"), {R"({"_id": 1, "state": "before"})"});
    m_server->insertJson(m_target, QStringLiteral("customers"), {R"({"_id": 1, "state": "before"})"});
    m_server->insertJson(m_target, QStringLiteral("extra"), {R"({"_id": 1, "state": "kept until a good restore"})"});
}

int TestHostileArchives::restoreCli(const QString &archive, QString *message, const QStringList &extra)
{
    QByteArray out, err;
    const int rc = runCli(QStringList{QStringLiteral("restore"), archive, QStringLiteral("--mongo-uri"), m_server->uriString(), QStringLiteral("--target-db"),
                                      m_target, QStringLiteral("--replace-existing"), QStringLiteral("--yes"), QStringLiteral("--json"),
                                      QStringLiteral("--snapshot-dir"), m_tmp.path()}
                              + extra,
                          &out, &err);
    const QJsonObject result = QJsonDocument::fromJson(out).object();
    *message = result.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    if (message->isEmpty())
        *message = QString::fromUtf8(out + err);
    return rc;
}

QString TestHostileArchives::rebuilt(const QString &name, const QStringList &change)
{
    const QString out = m_tmp.filePath(name + QStringLiteral(".tar.gz"));
    QFile::remove(out);
    QByteArray err;
    const int rc = runProgram(QStringLiteral("python3"), QStringList{QStringLiteral(LIFEBOAT_TEST_DATA_DIR "/rebuild_archive.py"), m_archive, out} + change,
                              nullptr, &err);
    if (rc != 0)
        qFatal("rebuild_archive.py failed: %s", err.constData());
    return out;
}

void TestHostileArchives::refusedAndUnchanged_data()
{
    QTest::addColumn<QStringList>("change");
    QTest::addColumn<QString>("named"); // what the error must name
    const QString longName = QString(300, QLatin1Char('x'));
    QTest::newRow("1: extra member deeper") << QStringList{QStringLiteral("add"), QStringLiteral("x/y/z.jsonl"), QStringLiteral("{}\n")} << QStringLiteral("x/y/z.jsonl");
    QTest::newRow("1: absolute path") << QStringList{QStringLiteral("add"), QStringLiteral("/abs/z.jsonl"), QStringLiteral("{}\n")} << QStringLiteral("z.jsonl");
    QTest::newRow("1: .. components") << QStringList{QStringLiteral("add"), QStringLiteral("base/../../x.jsonl"), QStringLiteral("{}\n")} << QStringLiteral("x.jsonl");
    QTest::newRow("1: notes json") << QStringList{QStringLiteral("add"), QStringLiteral("base/notes/a.json"), QStringLiteral("{}\n")} << QStringLiteral("base/notes/a.json");
    QTest::newRow("2: listed file missing") << QStringList{QStringLiteral("drop"), QStringLiteral("base/orders.jsonl")} << QStringLiteral("base/orders.jsonl");
    QTest::newRow("2: symlink in its place") << QStringList{QStringLiteral("symlink"), QStringLiteral("base/orders.jsonl")} << QStringLiteral("base/orders.jsonl");
    QTest::newRow("5: same-size change") << QStringList{QStringLiteral("flip"), QStringLiteral("base/orders.jsonl")} << QStringLiteral("orders.jsonl");
    QTest::newRow("5: wrong count") << QStringList{QStringLiteral("manifest"), QStringLiteral("documents"), QStringLiteral("orders"), QStringLiteral("31")} << QStringLiteral("orders.jsonl");
    QTest::newRow("7: name with $") << QStringList{QStringLiteral("manifest"), QStringLiteral("name"), QStringLiteral("orders"), QStringLiteral("\"a$b\"")} << QStringLiteral("a$b");
    QTest::newRow("7: name ..") << QStringList{QStringLiteral("manifest"), QStringLiteral("name"), QStringLiteral("orders"), QStringLiteral("\"..\"")} << QStringLiteral("\"..\"");
    QTest::newRow("7: empty name") << QStringList{QStringLiteral("manifest"), QStringLiteral("name"), QStringLiteral("orders"), QStringLiteral("\"\"")} << QStringLiteral("empty");
    QTest::newRow("7: 300-byte name") << QStringList{QStringLiteral("manifest"), QStringLiteral("name"), QStringLiteral("orders"), QStringLiteral("\"%1\"").arg(longName)} << QStringLiteral("too long");
    QString docs;
    for (int i = 0; i < 25; ++i)
        docs += QStringLiteral(R"({"_id": %1, "n": {"$numberLong": "%2"}, "item": "widget"})").arg(i).arg(1000 + i) + QLatin1Char('\n');
    QTest::newRow("7: bad document after the first 20") << QStringList{QStringLiteral("set"), QStringLiteral("base/orders.jsonl"), docs + QStringLiteral("{\"_id\": 25, \"n\": nope}\\n")} << QStringLiteral("orders.jsonl");
    QTest::newRow("7: document cut short") << QStringList{QStringLiteral("set"), QStringLiteral("base/orders.jsonl"), docs + QStringLiteral("{\"_id\": 25, \"n\": {\"$numberLo")} << QStringLiteral("orders.jsonl");
}

void TestHostileArchives::refusedAndUnchanged()
{
    QFETCH(QStringList, change);
    QFETCH(QString, named);
    const QString archive = rebuilt(QStringLiteral("hostile"), change);
    resetTarget();
    const auto before = state(m_target);
    QString message;
    const int rc = restoreCli(archive, &message);
    QVERIFY2(rc != 0, qPrintable(message));
    QVERIFY2(message.contains(named), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("nothing was changed")), qPrintable(message));
    QCOMPARE(state(m_target), before);
}

void TestHostileArchives::indexCopyOfTheManifestDisagrees()
{
    // The archive's own manifest.json says "orders"; the index's copy, which plans the
    // restore, says "ordesr" (same size): the archive is refused, the copy never wins.
    const QString archive = m_tmp.filePath(QStringLiteral("indexcopy.tar.gz"));
    QFile::remove(archive);
    QVERIFY(QFile::copy(m_archive, archive));
    auto index = ArchiveIndex::readFrom(archive);
    QVERIFY(index.has_value());
    bool changed = false;
    for (auto it = index->smallFiles.begin(); it != index->smallFiles.end(); ++it) {
        if (it.key().endsWith(QLatin1String("manifest.json"))) {
            it.value().replace("\"name\": \"orders\"", "\"name\": \"ordesr\"");
            changed = it.value().contains("ordesr");
        }
    }
    QVERIFY(changed);
    const qint64 end = archiveIndexOffset(readFile(archive));
    QVERIFY(end > 0);
    QVERIFY(::truncate(archive.toLocal8Bit().constData(), end) == 0);
    const int fd = ::open(archive.toLocal8Bit().constData(), O_WRONLY | O_APPEND);
    QVERIFY(fd >= 0);
    const Status appended = index->appendTo(fd, end);
    ::close(fd);
    QVERIFY2(appended.ok(), appended.ok() ? "" : qPrintable(appended.error().message));
    QVERIFY(ArchiveIndex::readFrom(archive).has_value());

    resetTarget();
    const auto before = state(m_target);
    QString message;
    const int rc = restoreCli(archive, &message);
    QCOMPARE(rc, int(ErrorCode::ArchiveCorrupt));
    QVERIFY2(message.contains(QLatin1String("index's copy")) && message.contains(QLatin1String("nothing was changed")), qPrintable(message));
    QCOMPARE(state(m_target), before);
}

void TestHostileArchives::goodArchiveSwapsInAndDrops()
{
    resetTarget();
    QString message;
    QCOMPARE(restoreCli(m_archive, &message), 0);
    auto after = state(m_target);
    QCOMPARE(after, state(m_source)); // extra dropped, no staging collection left
}

void TestHostileArchives::inPlaceStillWorks()
{
    resetTarget();
    QString message;
    QCOMPARE(restoreCli(m_archive, &message, {QStringLiteral("--in-place")}), 0);
    QCOMPARE(state(m_target), state(m_source));
    // In place, a bad archive is found only after the drops: the old way, kept on request.
    resetTarget();
    const QString bad = rebuilt(QStringLiteral("flip"), {QStringLiteral("drop"), QStringLiteral("base/orders.jsonl")});
    QVERIFY(restoreCli(bad, &message, {QStringLiteral("--in-place")}) != 0); // the structure check still refuses it first
}

QTEST_GUILESS_MAIN(TestHostileArchives)
#include "TestHostileArchives.moc"
