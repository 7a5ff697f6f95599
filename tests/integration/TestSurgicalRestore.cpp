// "Undo a bad delete", end to end through lifeboat-cli against the real server: a collection of
// orders is backed up; a deleteMany removes the orders of one customer (37); five other orders
// are updated afterwards. `diff` lists exactly the 37 missing and the 5 changed (with the field
// that changed); `restore --filter ... --merge insert-missing` brings back exactly those 37,
// leaves the 5 updates as they are, and changes nothing else (the whole collection compared
// before and after). Then `restore --ids ... --merge replace` puts the 5 back as the archive has
// them, its safety snapshot holding exactly those 5 as they were, leaving absent an order deleted
// meanwhile, which `--merge upsert` then brings back; and `diff` finds nothing. `diff --against`
// between the first archive and one taken after the delete finds the same 37 and 5, with a
// memory limit small enough that its sort spills to temporary files.
// `cat` is checked on the same archive.
//
// The ctest runs 20,000 orders ($LIFEBOAT_SCENARIO_ORDERS overrides it); the issue's 250,000
// run in bench/surgical-restore.sh, with its figures in docs/performance.md.
#include "core/backup/BackupEngine.h"
#include "core/codec/ExtJsonCodec.h"
#include "core/diff/DocumentId.h"
#include "TestBson.h"
#include "TestFiles.h"
#include "TestServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace lifeboat;
using namespace lifeboat::test;

namespace {

const QString Customer = QStringLiteral("C-TARGET");

int orderCount()
{
    const int n = qEnvironmentVariableIntValue("LIFEBOAT_SCENARIO_ORDERS");
    return n >= 1000 ? n : 20000;
}

// The 37 orders of the customer whose orders are deleted, spread over the collection.
QSet<int> targetOrders(int n)
{
    QSet<int> ids;
    for (int k = 0; k < 37; ++k)
        ids.insert(3 + k * (n / 37));
    return ids;
}

// Five orders of other customers, updated after the delete.
QList<int> updatedOrders(int n)
{
    return {10, n / 5 + 1, n / 2 + 7, (3 * n) / 4 + 2, n - 2};
}

// ObjectIds, as orders usually have (and the _id index serves: FerretDB looks numbers up by scanning).
QString oidOf(int i)
{
    return QStringLiteral("65a00000%1").arg(i, 16, 16, QLatin1Char('0'));
}

BsonDocument order(int i, bool target)
{
    const QString customer = target ? Customer : QStringLiteral("C-%1").arg(i % 4999, 5, 10, QLatin1Char('0'));
    return decode(QStringLiteral(R"({"_id": {"$oid": "%1"}, "customer": "%2", "total": {"$numberDouble": "%3"}, "status": "%4",
        "items": [{"sku": "S-%5", "qty": %6}, {"sku": "S-%7", "qty": 1}], "createdAt": {"$date": {"$numberLong": "%8"}}})")
                      .arg(oidOf(i))
                      .arg(customer)
                      .arg(10 + (i % 1000) * 0.25)
                      .arg(i % 3 == 0 ? QStringLiteral("shipped") : QStringLiteral("paid"))
                      .arg(i % 97)
                      .arg(1 + i % 4)
                      .arg(i % 31)
                      .arg(1700000000000LL + qint64(i) * 60000)
                      .toUtf8());
}

QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.trimmed().isEmpty())
            lines << QJsonDocument::fromJson(line).object();
    }
    return lines;
}

QString idJson(int id)
{
    return QStringLiteral(R"({"$oid":"%1"})").arg(oidOf(id));
}

} // namespace

class TestSurgicalRestore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void catPrintsWhatTheFilterSelects();
    void catRefusesWhatItCannotAnswer();
    void undoABadDelete();

private:
    QStringList connection() const { return {QStringLiteral("--mongo-uri"), m_server->uriString()}; }
    void runDelete();
    void runUpdates();

    std::unique_ptr<TestServer> m_server;
    QString m_db;
    QTemporaryDir m_dir;
    QString m_archive;
    int m_n = 0;
};

void TestSurgicalRestore::initTestCase()
{
    if (TestServer::uri().isEmpty())
        QSKIP(qPrintable(TestServer::whyUnavailable()));
    m_server = std::make_unique<TestServer>();
    m_db = TestServer::uniqueDatabase(QStringLiteral("surgical"));
    m_n = orderCount();
    const QSet<int> targets = targetOrders(m_n);
    QElapsedTimer clock;
    clock.start();
    std::vector<BsonDocument> batch;
    for (int i = 0; i < m_n; ++i) {
        batch.push_back(order(i, targets.contains(i)));
        if (batch.size() == 5000 || i == m_n - 1) {
            m_server->insertBson(m_db, QStringLiteral("orders"), batch);
            batch.clear();
        }
    }
    qInfo("inserted %d orders in %lld ms", m_n, clock.elapsed());
    BackupRequest request;
    request.mongoUri = m_server->uriString();
    request.database = m_db;
    request.outDir = m_dir.path();
    request.name = QStringLiteral("orders_backup");
    auto backup = BackupEngine().run(request);
    QVERIFY2(backup, backup ? "" : qPrintable(backup.error().message));
    m_archive = backup->archivePath;
    qInfo("backed up in %lld ms", clock.elapsed());
}

void TestSurgicalRestore::cleanupTestCase()
{
    if (m_server)
        m_server->drop(m_db);
}

void TestSurgicalRestore::catPrintsWhatTheFilterSelects()
{
    QByteArray out, err;
    QCOMPARE(runCli({QStringLiteral("cat"), m_archive, QStringLiteral("orders"), QStringLiteral("--filter"),
                     QStringLiteral(R"({"customer": "%1"})").arg(Customer)},
                    &out, &err),
             0);
    QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.size(), 37);
    QSet<QString> seen, expected;
    for (const QByteArray &line : std::as_const(lines)) {
        const BsonDocument doc = decode(line);
        seen.insert(QString::fromUtf8(DocumentId::toJson(DocumentId::keyOf(doc.get()))));
        QVERIFY(line.contains(R"("$numberDouble")")); // canonical by default
    }
    for (int id : targetOrders(m_n))
        expected.insert(idJson(id));
    QCOMPARE(seen, expected);

    // --skip and --limit count the selected documents; without a filter, the archive's order.
    out.clear();
    QCOMPARE(runCli({QStringLiteral("cat"), m_archive, QStringLiteral("orders"), QStringLiteral("--filter"),
                     QStringLiteral(R"({"customer": "%1"})").arg(Customer), QStringLiteral("--skip"), QStringLiteral("30"),
                     QStringLiteral("--limit"), QStringLiteral("5"), QStringLiteral("--relaxed")},
                    &out, &err),
             0);
    lines = out.trimmed().split('\n');
    QCOMPARE(lines.size(), 5);
    QVERIFY(!out.contains("$numberDouble"));
    out.clear();
    QCOMPARE(runCli({QStringLiteral("cat"), m_archive, QStringLiteral("orders"), QStringLiteral("--skip"), QStringLiteral("100"),
                     QStringLiteral("--limit"), QStringLiteral("2"), QStringLiteral("--pretty")},
                    &out, &err),
             0);
    QVERIFY2(out.contains("\n  \"customer\""), out.constData());
    QVERIFY2(out.contains(oidOf(100).toUtf8()) && out.contains(oidOf(101).toUtf8()) && !out.contains(oidOf(102).toUtf8()), out.constData());
}

void TestSurgicalRestore::catRefusesWhatItCannotAnswer()
{
    QByteArray out, err;
    QCOMPARE(runCli({QStringLiteral("cat"), m_archive, QStringLiteral("orders"), QStringLiteral("--filter"), QStringLiteral(R"({"items": {"$size": 2}})")},
                    &out, &err),
             2);
    QVERIFY2(err.contains("$size"), err.constData());
    QVERIFY(out.isEmpty());
    QCOMPARE(runCli({QStringLiteral("cat"), m_archive, QStringLiteral("nosuch")}, &out, &err), 10);
    QVERIFY2(err.contains("orders"), err.constData()); // the hint names what the archive holds
}

void TestSurgicalRestore::runDelete()
{
    const PooledClient client = m_server->pool().acquire();
    mongoc_collection_t *c = mongoc_client_get_collection(client.get(), m_db.toUtf8().constData(), "orders");
    const BsonDocument selector = decode(QStringLiteral(R"({"customer": "%1"})").arg(Customer).toUtf8());
    bson_t reply;
    bson_error_t error;
    QVERIFY2(mongoc_collection_delete_many(c, selector.get(), nullptr, &reply, &error), error.message);
    bson_iter_t it;
    QVERIFY(bson_iter_init_find(&it, &reply, "deletedCount"));
    QCOMPARE(bson_iter_as_int64(&it), 37);
    bson_destroy(&reply);
    mongoc_collection_destroy(c);
}

void TestSurgicalRestore::runUpdates()
{
    const PooledClient client = m_server->pool().acquire();
    mongoc_collection_t *c = mongoc_client_get_collection(client.get(), m_db.toUtf8().constData(), "orders");
    for (int id : updatedOrders(m_n)) {
        const BsonDocument selector = decode(QStringLiteral(R"({"_id": {"$oid": "%1"}})").arg(oidOf(id)).toUtf8());
        const BsonDocument update = decode(R"({"$set": {"status": "refunded"}})");
        bson_error_t error;
        QVERIFY2(mongoc_collection_update_one(c, selector.get(), update.get(), nullptr, nullptr, &error), error.message);
    }
    mongoc_collection_destroy(c);
}

void TestSurgicalRestore::undoABadDelete()
{
    runDelete();
    runUpdates();
    const QList<QByteArray> before = m_server->documents(m_db, QStringLiteral("orders"));
    QCOMPARE(before.size(), m_n - 37);

    // diff: exactly the 37 missing and the 5 changed, in the output and in the CSV.
    QByteArray out, err;
    const QString diffCsv = m_dir.filePath(QStringLiteral("diff.csv"));
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(runCli(QStringList{QStringLiteral("diff"), m_archive} + connection()
                        + QStringList{QStringLiteral("--mongo-db"), m_db, QStringLiteral("--json"), QStringLiteral("--report"), diffCsv},
                    &out, &err),
             7);
    qInfo("diff of %d orders: %lld ms", m_n, clock.elapsed());
    QSet<QString> missing, changed;
    bool summarySeen = false;
    for (const QJsonObject &o : jsonLines(out)) {
        if (o.value(QStringLiteral("event")) == QLatin1String("document")) {
            const QString kind = o.value(QStringLiteral("difference")).toString();
            if (kind == QLatin1String("only-in-archive"))
                missing.insert(o.value(QStringLiteral("id")).toString());
            else if (kind == QLatin1String("different")) {
                changed.insert(o.value(QStringLiteral("id")).toString());
                QCOMPARE(o.value(QStringLiteral("changedFields")).toArray(), QJsonArray{QStringLiteral("status")});
            } else
                QFAIL(qPrintable(QStringLiteral("unexpected difference %1").arg(kind)));
        } else if (o.value(QStringLiteral("event")) == QLatin1String("collection")) {
            summarySeen = true;
            QCOMPARE(o.value(QStringLiteral("onlyInArchive")).toInteger(), 37);
            QCOMPARE(o.value(QStringLiteral("different")).toInteger(), 5);
            QCOMPARE(o.value(QStringLiteral("onlyInTarget")).toInteger(), 0);
            QCOMPARE(o.value(QStringLiteral("same")).toInteger(), m_n - 42);
        }
    }
    QVERIFY(summarySeen);
    QSet<QString> expectMissing, expectChanged;
    for (int id : targetOrders(m_n))
        expectMissing.insert(idJson(id));
    for (int id : updatedOrders(m_n))
        expectChanged.insert(idJson(id));
    QCOMPARE(missing, expectMissing);
    QCOMPARE(changed, expectChanged);
    const QList<QByteArray> csvRows = readFile(diffCsv).trimmed().split('\n');
    QCOMPARE(csvRows.size(), 1 + 37 + 5);
    QVERIFY(csvRows.first().startsWith("collection,difference,id,changed_fields"));

    // Between two archives ("what changed between these two snapshots"), with 1 MiB for the
    // sorted _ids so that the external sort spills: the same answer. An archive against itself: same.
    BackupRequest later;
    later.mongoUri = m_server->uriString();
    later.database = m_db;
    later.outDir = m_dir.path();
    later.name = QStringLiteral("after_delete");
    auto laterBackup = BackupEngine().run(later);
    QVERIFY2(laterBackup, laterBackup ? "" : qPrintable(laterBackup.error().message));
    out.clear();
    QCOMPARE(runCli({QStringLiteral("diff"), m_archive, QStringLiteral("--against"), laterBackup->archivePath, QStringLiteral("--memory-limit"),
                     QStringLiteral("1"), QStringLiteral("--json")},
                    &out, &err),
             7);
    QSet<QString> missingThen, changedThen;
    for (const QJsonObject &o : jsonLines(out)) {
        const QString kind = o.value(QStringLiteral("difference")).toString();
        if (kind == QLatin1String("only-in-archive"))
            missingThen.insert(o.value(QStringLiteral("id")).toString());
        else if (kind == QLatin1String("different"))
            changedThen.insert(o.value(QStringLiteral("id")).toString());
        else
            QVERIFY2(kind.isEmpty(), qPrintable(kind));
    }
    QCOMPARE(missingThen, expectMissing);
    QCOMPARE(changedThen, expectChanged);
    QVERIFY2(jsonLines(out).constLast().value(QStringLiteral("spilledRuns")).toInt() > 1, out.right(300).constData());
    QCOMPARE(runCli({QStringLiteral("diff"), m_archive, QStringLiteral("--against"), m_archive}, &out, &err), 0);

    // The surgical restore: the plan first, then exactly the 37 back.
    const QStringList restore = QStringList{QStringLiteral("restore"), m_archive} + connection()
                                + QStringList{QStringLiteral("--target-db"), m_db, QStringLiteral("--collection"), QStringLiteral("orders"),
                                              QStringLiteral("--filter"), QStringLiteral(R"({"customer": "%1"})").arg(Customer),
                                              QStringLiteral("--merge"), QStringLiteral("insert-missing")};
    out.clear();
    QCOMPARE(runCli(restore + QStringList{QStringLiteral("--dry-run")}, &out, &err), 0);
    const QLocale en(QLocale::English);
    QVERIFY2(out.contains(QStringLiteral("Plan: insert 37 missing, replace 0, leave %1 alone").arg(en.toString(m_n - 37)).toUtf8()), out.constData());
    QCOMPARE(m_server->documents(m_db, QStringLiteral("orders")), before); // a dry run writes nothing
    out.clear();
    const QString restoreCsv = m_dir.filePath(QStringLiteral("restore.csv"));
    clock.restart();
    QCOMPARE(runCli(restore + QStringList{QStringLiteral("--yes"), QStringLiteral("--json"), QStringLiteral("--report"), restoreCsv}, &out, &err), 0);
    qInfo("surgical restore of 37 of %d orders: %lld ms", m_n, clock.elapsed());
    const QJsonObject result = jsonLines(out).constLast();
    QCOMPARE(result.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(result.value(QStringLiteral("inserted")).toInteger(), 37);
    QCOMPARE(result.value(QStringLiteral("replaced")).toInteger(), 0);
    QCOMPARE(result.value(QStringLiteral("safetySnapshot")).toString(), QString()); // nothing replaced: none taken
    QCOMPARE(result.value(QStringLiteral("documents")).toArray().size(), 37);
    QCOMPARE(readFile(restoreCsv).trimmed().split('\n').size(), 1 + 37);

    // Exactly the 37 originals added; everything else, the 5 updates included, as it was.
    QList<QByteArray> expected = before;
    for (int id : targetOrders(m_n))
        expected << order(id, true).toByteArray();
    auto byId = [](const QByteArray &a, const QByteArray &b) {
        bson_t x, y;
        bson_init_static(&x, reinterpret_cast<const uint8_t *>(a.constData()), size_t(a.size()));
        bson_init_static(&y, reinterpret_cast<const uint8_t *>(b.constData()), size_t(b.size()));
        return DocumentId::keyOf(&x) < DocumentId::keyOf(&y);
    };
    std::sort(expected.begin(), expected.end(), byId);
    QList<QByteArray> after = m_server->documents(m_db, QStringLiteral("orders"));
    std::sort(after.begin(), after.end(), byId);
    QCOMPARE(after.size(), expected.size());
    QVERIFY(after == expected);

    // Running it again finds nothing to do.
    out.clear();
    QCOMPARE(runCli(restore + QStringList{QStringLiteral("--yes")}, &out, &err), 0);
    QVERIFY2(out.contains("insert 0 missing, replace 0"), out.constData());

    // The 5 updates replaced by the archive's versions, by _id; the safety snapshot holds the 5 as
    // they were. A sixth _id, deleted meanwhile, stays absent with replace and comes back with upsert.
    const int deletedLater = 12;
    {
        const PooledClient client = m_server->pool().acquire();
        mongoc_collection_t *c = mongoc_client_get_collection(client.get(), m_db.toUtf8().constData(), "orders");
        const BsonDocument selector = decode(QStringLiteral(R"({"_id": {"$oid": "%1"}})").arg(oidOf(deletedLater)).toUtf8());
        bson_error_t error;
        QVERIFY2(mongoc_collection_delete_one(c, selector.get(), nullptr, nullptr, &error), error.message);
        mongoc_collection_destroy(c);
    }
    const QString idsFile = m_dir.filePath(QStringLiteral("ids.txt"));
    QByteArray ids = "# the five updated orders and one deleted\n";
    for (int id : updatedOrders(m_n) + QList<int>{deletedLater})
        ids += idJson(id).toUtf8() + "\n";
    writeFile(idsFile, ids);
    const QStringList byIds = QStringList{QStringLiteral("restore"), m_archive} + connection()
                              + QStringList{QStringLiteral("--target-db"), m_db, QStringLiteral("--collection"), QStringLiteral("orders"),
                                            QStringLiteral("--ids"), idsFile, QStringLiteral("--snapshot-dir"), m_dir.path(),
                                            QStringLiteral("--yes"), QStringLiteral("--json"), QStringLiteral("--merge")};
    out.clear();
    QCOMPARE(runCli(byIds + QStringList{QStringLiteral("replace")}, &out, &err), 0);
    const QJsonObject replaced = jsonLines(out).constLast();
    QCOMPARE(replaced.value(QStringLiteral("replaced")).toInteger(), 5);
    QCOMPARE(replaced.value(QStringLiteral("inserted")).toInteger(), 0);
    QCOMPARE(replaced.value(QStringLiteral("plan")).toObject().value(QStringLiteral("missingSkipped")).toInteger(), 1);
    const QString snapshot = replaced.value(QStringLiteral("safetySnapshot")).toString();
    QVERIFY(!snapshot.isEmpty());
    out.clear();
    QCOMPARE(runCli({QStringLiteral("cat"), snapshot, QStringLiteral("orders")}, &out, &err), 0);
    const QList<QByteArray> saved = out.trimmed().split('\n');
    QCOMPARE(saved.size(), 5);
    for (const QByteArray &line : saved)
        QVERIFY(line.contains(R"("status":"refunded")"));
    out.clear();
    QCOMPARE(runCli(byIds + QStringList{QStringLiteral("upsert")}, &out, &err), 0);
    const QJsonObject upserted = jsonLines(out).constLast();
    QCOMPARE(upserted.value(QStringLiteral("inserted")).toInteger(), 1);
    QCOMPARE(upserted.value(QStringLiteral("replaced")).toInteger(), 0);
    QCOMPARE(upserted.value(QStringLiteral("plan")).toObject().value(QStringLiteral("identical")).toInteger(), 5);
    QCOMPARE(upserted.value(QStringLiteral("safetySnapshot")).toString(), QString()); // nothing replaced

    // Now the collection is the archive's again.
    out.clear();
    QCOMPARE(runCli(QStringList{QStringLiteral("diff"), m_archive} + connection() + QStringList{QStringLiteral("--mongo-db"), m_db}, &out, &err), 0);
    QVERIFY2(out.contains(QStringLiteral("orders: 0 only in the archive, 0 only in the database, 0 different, %1 same").arg(en.toString(m_n)).toUtf8()),
             out.constData());
}

QTEST_GUILESS_MAIN(TestSurgicalRestore)
#include "TestSurgicalRestore.moc"
