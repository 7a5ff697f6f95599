// MatrixOne's own snapshots against a real MatrixOne v1.2.4 (started by CTest's fixture
// matrixone_server), through lifeboat-cli --uri matrixone://...: the tutorial's scenario end
// to end (five v1.0 products, a database snapshot, the v2.0 upgrade, clone to verify,
// restore --verify-first, exactly the five rows and four columns back, the snapshot deleted);
// list, info and prune by the retention rules; one table restored with the others left
// alone; the server's errors shown plainly (unknown snapshot, no privilege, server gone).
#include "core/matrixone/MatrixOneConnection.h"
#include "core/matrixone/MatrixOneDrift.h"
#include "core/matrixone/MatrixOneSnapshots.h"
#include "core/matrixone/MatrixOneUri.h"
#include "MatrixOneTestServer.h"
#include "TestFiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace lifeboat;
using namespace lifeboat::test;

namespace {

QJsonObject lastJson(const QByteArray &out)
{
    const QList<QByteArray> lines = out.trimmed().split('\n');
    return QJsonDocument::fromJson(lines.isEmpty() ? QByteArray() : lines.last()).object();
}

} // namespace

class TestMatrixOneIntegration : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void tutorialUpgradeCloneRestoreDelete();
    void listAndInfoJoinTheCatalog();
    void pruneByTheRetentionRules();
    void restoreOneTableLeavesTheOthersAlone();
    void databaseSnapshotNarrowedToOneTable();
    void accountSnapshotOfAnotherAccount();
    void unknownSnapshot();
    void noPrivilege();
    void serverGone();
    void cleanupTestCase();

private:
    void sql(const QString &statement);
    qint64 count(const QString &table);
    QStringList columns(const QString &table);
    QStringList rows(const QString &query);
    QString uriFor(const QString &database) const;
    // Runs lifeboat-cli snapshot <args> --uri <uri> --snapshot-dir <folder>; the exit code.
    int snapshot(const QStringList &args, const QString &uri, QByteArray *out = nullptr, QByteArray *err = nullptr);
    QString uniqueName(const QString &prefix);
    void createShop(const QString &db);

    QString m_uri;
    std::unique_ptr<MatrixOneConnection> m_db;
    QTemporaryDir m_tmp;
    QString m_folder;
    QStringList m_databases;
};

void TestMatrixOneIntegration::initTestCase()
{
    QString why;
    m_db = MatrixOneTestServer::session(&m_uri, &why);
    if (m_uri.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY2(m_db, qPrintable(why));
    m_folder = m_tmp.filePath(QStringLiteral("snapshots"));
}

void TestMatrixOneIntegration::cleanupTestCase()
{
    if (!m_db)
        return;
    for (const QString &d : std::as_const(m_databases))
        (void)m_db->exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(d));
    // The snapshots this test's folder recorded (safety snapshots included) go too.
    QByteArray out;
    QCOMPARE(snapshot({QStringLiteral("list"), QStringLiteral("--json")}, m_uri, &out), 0);
    for (const auto &v : lastJson(out).value(QStringLiteral("snapshots")).toArray()) {
        if (v.toObject().value(QStringLiteral("inCatalog")).toBool())
            QCOMPARE(snapshot({QStringLiteral("delete"), v.toObject().value(QStringLiteral("name")).toString(), QStringLiteral("--yes")}, m_uri), 0);
    }
}

void TestMatrixOneIntegration::sql(const QString &statement)
{
    const Status st = m_db->exec(statement);
    QVERIFY2(st, qPrintable(st ? QString() : st.error().message));
}

qint64 TestMatrixOneIntegration::count(const QString &table)
{
    auto n = m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    return n ? n->toLongLong() : -1;
}

QStringList TestMatrixOneIntegration::columns(const QString &table)
{
    auto r = m_db->query(QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(table));
    return r ? r->columns : QStringList{QStringLiteral("<error: %1>").arg(r.error().message)};
}

QStringList TestMatrixOneIntegration::rows(const QString &query)
{
    QStringList out;
    auto r = m_db->query(query);
    if (!r)
        return {QStringLiteral("<error: %1>").arg(r.error().message)};
    for (const auto &row : std::as_const(r->values)) {
        QStringList fields;
        for (const auto &v : row)
            fields << v.toString();
        out << fields.join(QLatin1Char('|'));
    }
    return out;
}

QString TestMatrixOneIntegration::uriFor(const QString &database) const
{
    QString base = m_uri;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + QLatin1Char('/') + database;
}

int TestMatrixOneIntegration::snapshot(const QStringList &args, const QString &uri, QByteArray *out, QByteArray *err)
{
    QStringList full{QStringLiteral("snapshot")};
    full << args << QStringLiteral("--uri") << uri << QStringLiteral("--snapshot-dir") << m_folder;
    return runCli(full, out, err);
}

QString TestMatrixOneIntegration::uniqueName(const QString &prefix)
{
    static int counter = 0;
    return QStringLiteral("%1_%2_%3").arg(prefix).arg(QDateTime::currentMSecsSinceEpoch() % 100000000).arg(counter++);
}

// The tutorial's v1.0 catalog: five products, four columns.
void TestMatrixOneIntegration::createShop(const QString &db)
{
    m_databases << db;
    const Status made = MatrixOneTestServer::createShop(*m_db, db);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().toString()));
}

void TestMatrixOneIntegration::tutorialUpgradeCloneRestoreDelete()
{
    const QString db = uniqueName(QStringLiteral("demo"));
    createShop(db);
    const QStringList v1 = rows(QStringLiteral("SELECT id, name, price, stock FROM %1.products ORDER BY id").arg(db));
    QCOMPARE(v1.size(), 5);

    // Phase 2: a database snapshot before the upgrade, described.
    QByteArray out, err;
    QCOMPARE(snapshot({QStringLiteral("create"), QStringLiteral("--purpose"), QStringLiteral("pre_upgrade"), QStringLiteral("--version-before"),
                       QStringLiteral("1.0"), QStringLiteral("--version-target"), QStringLiteral("2.0"), QStringLiteral("--description"),
                       QStringLiteral("Before the v2.0 upgrade"), QStringLiteral("--keep-for"), QStringLiteral("30d"), QStringLiteral("--json")},
                      uriFor(db), &out, &err),
             0);
    const QJsonObject created = lastJson(out);
    const QString name = created.value(QStringLiteral("snapshot")).toObject().value(QStringLiteral("name")).toString();
    QVERIFY2(name.startsWith(QStringLiteral("pre_upgrade_v1_0_")), qPrintable(name));
    QCOMPARE(created.value(QStringLiteral("snapshot")).toObject().value(QStringLiteral("level")).toString(), QStringLiteral("database"));
    QCOMPARE(created.value(QStringLiteral("rows")).toInt(), 5);
    QVERIFY(created.value(QStringLiteral("scopeNote")).toString().contains(QStringLiteral("account snapshot")));

    // Phase 3: the v2.0 upgrade: four new columns, the five migrated, two new products.
    sql(QStringLiteral("DROP TABLE %1.products").arg(db));
    sql(QStringLiteral("CREATE TABLE %1.products (id BIGINT PRIMARY KEY AUTO_INCREMENT, name VARCHAR(200), category VARCHAR(100), description TEXT,"
                       " price INT, stock INT, rating FLOAT, review_count INT)").arg(db));
    sql(QStringLiteral("INSERT INTO %1.products (name, category, description, price, stock, rating, review_count) VALUES"
                       " ('Gaming Laptop', 'Electronics', 'Description for Gaming Laptop', 1500, 20, 4.5, 0),"
                       " ('Wireless Mouse', 'Electronics', 'Description for Wireless Mouse', 30, 150, 4.5, 0),"
                       " ('Mechanical Keyboard', 'Electronics', 'Description for Mechanical Keyboard', 120, 80, 4.5, 0),"
                       " ('4K Monitor', 'Electronics', 'Description for 4K Monitor', 400, 45, 4.5, 0),"
                       " ('USB-C Hub', 'Electronics', 'Description for USB-C Hub', 50, 200, 4.5, 0),"
                       " ('Smart Watch', 'Wearables', 'New in v2.0', 250, 60, 4.8, 12),"
                       " ('Noise Cancelling Headphones', 'Audio', 'New in v2.0', 300, 35, 4.7, 30)").arg(db));
    sql(QStringLiteral("CREATE TABLE %1.reviews (id INT PRIMARY KEY, product BIGINT, body TEXT)").arg(db));
    QCOMPARE(count(db + QStringLiteral(".products")), 7);
    QCOMPARE(columns(db + QStringLiteral(".products")).size(), 8);

    // Phase 4: the Safe change check: tables, row counts, columns added or removed.
    {
        MatrixOneSnapshots snapshots(*m_db, m_folder);
        auto s = snapshots.find(name);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
        auto drift = MatrixOneDrift::compare(snapshots, *s, db);
        QVERIFY2(drift, qPrintable(drift ? QString() : drift.error().message));
        QVERIFY(!drift->unchanged());
        QCOMPARE(drift->tables.rows.size(), 2);
        const DriftRow &products = drift->tables.rows.at(0);
        QCOMPARE(products.collection, QStringLiteral("products"));
        QCOMPARE(toString(products.status), QStringLiteral("changed"));
        QCOMPARE(products.snapshotDocuments, 5);
        QCOMPARE(products.databaseDocuments, 7);
        QCOMPARE(drift->tables.rows.at(1).collection, QStringLiteral("reviews"));
        QCOMPARE(toString(drift->tables.rows.at(1).status), QStringLiteral("added"));
        QCOMPARE(drift->columns.size(), 1);
        QCOMPARE(drift->columns.at(0).added,
                 (QStringList{QStringLiteral("category"), QStringLiteral("description"), QStringLiteral("rating"), QStringLiteral("review_count")}));
        QVERIFY(drift->columns.at(0).removed.isEmpty());
    }

    // Phase 5: clone to verify, with the report in the CSV of MongoDB verifications.
    const QString csv = m_tmp.filePath(QStringLiteral("clone.csv"));
    m_databases << db + QStringLiteral("_verify");
    QCOMPARE(snapshot({QStringLiteral("clone"), name, QStringLiteral("--report"), csv}, uriFor(db), &out, &err), 0);
    QVERIFY2(out.contains("Verified: the clone matches the snapshot."), out.constData());
    QCOMPARE(count(db + QStringLiteral("_verify.products")), 5);
    QCOMPARE(columns(db + QStringLiteral("_verify.products")), (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("price"), QStringLiteral("stock")}));
    const QList<QByteArray> lines = readFile(csv).trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith("database,collection,type,file_count,db_count"));
    QVERIFY2(lines.at(1).startsWith((db + QStringLiteral(",products,table,5,5,")).toUtf8()), lines.at(1).constData());
    QVERIFY(lines.at(1).contains(",ok,"));
    QCOMPARE(rows(QStringLiteral("SELECT id, name, price, stock FROM %1_verify.products ORDER BY id").arg(db)), v1);

    // Phase 6: restore, verified first, with a safety snapshot.
    QCOMPARE(snapshot({QStringLiteral("restore"), name, QStringLiteral("--verify-first"), QStringLiteral("--yes"), QStringLiteral("--json")}, uriFor(db), &out, &err), 0);
    const QJsonObject restored = lastJson(out);
    QVERIFY2(restored.value(QStringLiteral("ok")).toBool(), out.constData());
    const QString safety = restored.value(QStringLiteral("safetySnapshot")).toString();
    QVERIFY(!safety.isEmpty());
    QCOMPARE(restored.value(QStringLiteral("verifyFirst")).toArray().size(), 1);
    QCOMPARE(restored.value(QStringLiteral("report")).toArray().at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));

    // Exactly the five original rows and four columns back, and reviews gone.
    QVERIFY(rows(QStringLiteral("SHOW TABLES FROM %1").arg(db)) == QStringList{QStringLiteral("products")});
    QCOMPARE(columns(db + QStringLiteral(".products")), (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("price"), QStringLiteral("stock")}));
    QCOMPARE(rows(QStringLiteral("SELECT id, name, price, stock FROM %1.products ORDER BY id").arg(db)), v1);

    // The snapshot says it was verified; then it is deleted, the safety one too.
    QCOMPARE(snapshot({QStringLiteral("info"), name}, uriFor(db), &out, &err), 0);
    QVERIFY2(out.contains("purpose:         pre_upgrade"), out.constData());
    QVERIFY2(out.contains("verified:        ok"), out.constData());
    QCOMPARE(snapshot({QStringLiteral("delete"), name, QStringLiteral("--yes")}, uriFor(db), &out, &err), 0);
    QCOMPARE(snapshot({QStringLiteral("delete"), safety, QStringLiteral("--yes")}, uriFor(db), &out, &err), 0);
    QVERIFY(rows(QStringLiteral("SHOW SNAPSHOTS WHERE SNAPSHOT_NAME = '%1'").arg(name)).isEmpty());
    QCOMPARE(snapshot({QStringLiteral("info"), name}, uriFor(db), &out, &err), 10);
}

void TestMatrixOneIntegration::listAndInfoJoinTheCatalog()
{
    const QString db = uniqueName(QStringLiteral("listing"));
    createShop(db);
    const QString name = uniqueName(QStringLiteral("nightly"));
    QByteArray out, err;
    QCOMPARE(snapshot({QStringLiteral("create"), QStringLiteral("--name"), name, QStringLiteral("--level"), QStringLiteral("table"), QStringLiteral("--table"),
                       QStringLiteral("products"), QStringLiteral("--purpose"), QStringLiteral("daily"), QStringLiteral("--tag"), QStringLiteral("night")},
                      uriFor(db), &out, &err),
             0);
    QVERIFY2(out.contains(QByteArray("level:        table (table " + db.toUtf8() + ".products)")), out.constData());
    QVERIFY2(out.contains("took an account snapshot"), out.constData());
    // A snapshot taken by another tool is listed too, without Lifeboat's description.
    const QString foreign = uniqueName(QStringLiteral("foreign"));
    sql(QStringLiteral("CREATE SNAPSHOT %1 FOR ACCOUNT sys").arg(foreign));

    QCOMPARE(snapshot({QStringLiteral("list"), QStringLiteral("--json")}, m_uri, &out, &err), 0);
    QJsonObject mine, theirs;
    for (const auto &v : lastJson(out).value(QStringLiteral("snapshots")).toArray()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            mine = v.toObject();
        if (v.toObject().value(QStringLiteral("name")).toString() == foreign)
            theirs = v.toObject();
    }
    QCOMPARE(mine.value(QStringLiteral("level")).toString(), QStringLiteral("table"));
    QCOMPARE(mine.value(QStringLiteral("serverLevel")).toString(), QStringLiteral("account"));
    QCOMPARE(mine.value(QStringLiteral("database")).toString(), db);
    QCOMPARE(mine.value(QStringLiteral("table")).toString(), QStringLiteral("products"));
    QCOMPARE(mine.value(QStringLiteral("purpose")).toString(), QStringLiteral("daily"));
    QCOMPARE(mine.value(QStringLiteral("tags")).toArray().first().toString(), QStringLiteral("night"));
    QVERIFY(mine.value(QStringLiteral("inCatalog")).toBool());
    QVERIFY(!theirs.isEmpty());
    QVERIFY(!theirs.value(QStringLiteral("inCatalog")).toBool());
    QCOMPARE(theirs.value(QStringLiteral("level")).toString(), QStringLiteral("account"));

    QCOMPARE(snapshot({QStringLiteral("list"), QStringLiteral("--database"), db}, m_uri, &out, &err), 0);
    QVERIFY2(out.contains(name.toUtf8()) && !out.contains(foreign.toUtf8()), out.constData());
    QCOMPARE(snapshot({QStringLiteral("info"), name}, m_uri, &out, &err), 0);
    QVERIFY2(out.contains(QByteArray("scope:           table " + db.toUtf8() + ".products")), out.constData());
    QVERIFY2(out.contains("(the server took an account snapshot; Lifeboat restores only the table"), out.constData());

    // Dropped behind Lifeboat's back: listed as gone from the catalog's record.
    sql(QStringLiteral("DROP SNAPSHOT %1").arg(name));
    QCOMPARE(snapshot({QStringLiteral("list")}, m_uri, &out, &err), 0);
    QVERIFY2(out.contains(QByteArray(name.toUtf8() + ": not on the server any more")), out.constData());
    QCOMPARE(snapshot({QStringLiteral("delete"), name, QStringLiteral("--yes")}, m_uri, &out, &err), 0);
    QCOMPARE(snapshot({QStringLiteral("delete"), foreign, QStringLiteral("--yes")}, m_uri, &out, &err), 0);
}

void TestMatrixOneIntegration::pruneByTheRetentionRules()
{
    const QString purpose = uniqueName(QStringLiteral("prune"));
    const QString expired = uniqueName(QStringLiteral("expired"));
    const QString older = uniqueName(QStringLiteral("older"));
    const QString newest = uniqueName(QStringLiteral("newest"));
    QByteArray out, err;
    QCOMPARE(snapshot({QStringLiteral("create"), QStringLiteral("--name"), expired, QStringLiteral("--purpose"), purpose, QStringLiteral("--delete-after"),
                       QStringLiteral("2000-01-01")},
                      m_uri, &out, &err),
             0);
    QVERIFY2(out.contains("level:        account (account sys)"), out.constData());
    QThread::msleep(1100);
    QCOMPARE(snapshot({QStringLiteral("create"), QStringLiteral("--name"), older, QStringLiteral("--purpose"), purpose}, m_uri, &out, &err), 0);
    QThread::msleep(1100);
    QCOMPARE(snapshot({QStringLiteral("create"), QStringLiteral("--name"), newest, QStringLiteral("--purpose"), purpose}, m_uri, &out, &err), 0);

    // Without --yes: only what it would do.
    QCOMPARE(snapshot({QStringLiteral("prune"), QStringLiteral("--purpose"), purpose}, m_uri, &out, &err), 0);
    QVERIFY2(out.contains("Would delete 1 snapshot. Nothing was deleted"), out.constData());
    QCOMPARE(rows(QStringLiteral("SHOW SNAPSHOTS WHERE SNAPSHOT_NAME = '%1'").arg(expired)).size(), 1);

    QCOMPARE(snapshot({QStringLiteral("prune"), QStringLiteral("--purpose"), purpose, QStringLiteral("--yes"), QStringLiteral("--json")}, m_uri, &out, &err), 0);
    QCOMPARE(lastJson(out).value(QStringLiteral("deleted")).toArray(), QJsonArray{expired});
    QVERIFY(rows(QStringLiteral("SHOW SNAPSHOTS WHERE SNAPSHOT_NAME = '%1'").arg(expired)).isEmpty());

    // Older than a second, but the newest is always kept.
    QCOMPARE(snapshot({QStringLiteral("prune"), QStringLiteral("--purpose"), purpose, QStringLiteral("--older-than"), QStringLiteral("1s"),
                       QStringLiteral("--keep-last"), QStringLiteral("1"), QStringLiteral("--yes"), QStringLiteral("--json")},
                      m_uri, &out, &err),
             0);
    QCOMPARE(lastJson(out).value(QStringLiteral("deleted")).toArray(), QJsonArray{older});
    QCOMPARE(rows(QStringLiteral("SHOW SNAPSHOTS WHERE SNAPSHOT_NAME = '%1'").arg(newest)).size(), 1);
    QCOMPARE(snapshot({QStringLiteral("delete"), newest, QStringLiteral("--yes")}, m_uri, &out, &err), 0);
}

void TestMatrixOneIntegration::restoreOneTableLeavesTheOthersAlone()
{
    const QString db = uniqueName(QStringLiteral("tables"));
    createShop(db);
    sql(QStringLiteral("CREATE TABLE %1.orders (id INT PRIMARY KEY, product BIGINT, qty INT)").arg(db));
    sql(QStringLiteral("INSERT INTO %1.orders VALUES (1, 1, 2), (2, 3, 1)").arg(db));
    const QString name = uniqueName(QStringLiteral("products_only"));
    QByteArray out, err;
    QCOMPARE(snapshot({QStringLiteral("create"), QStringLiteral("--name"), name, QStringLiteral("--table"), QStringLiteral("products")}, uriFor(db), &out, &err), 0);

    sql(QStringLiteral("DELETE FROM %1.products WHERE price < 100").arg(db));
    sql(QStringLiteral("INSERT INTO %1.orders VALUES (3, 2, 5)").arg(db));
    QCOMPARE(count(db + QStringLiteral(".products")), 3);

    QCOMPARE(snapshot({QStringLiteral("restore"), name, QStringLiteral("--dry-run")}, uriFor(db), &out, &err), 0);
    QVERIFY2(out.contains("untouched: orders"), out.constData());
    QVERIFY2(out.contains(QByteArray("RESTORE ACCOUNT `sys` DATABASE `" + db.toUtf8() + "` TABLE `products` FROM SNAPSHOT")), out.constData());
    QCOMPARE(count(db + QStringLiteral(".products")), 3);

    // No terminal and no --yes: refused, nothing changed.
    QCOMPARE(snapshot({QStringLiteral("restore"), name}, uriFor(db), &out, &err), 11);
    QCOMPARE(count(db + QStringLiteral(".products")), 3);

    QCOMPARE(snapshot({QStringLiteral("restore"), name, QStringLiteral("--yes")}, uriFor(db), &out, &err), 0);
    QCOMPARE(count(db + QStringLiteral(".products")), 5);
    QCOMPARE(count(db + QStringLiteral(".orders")), 3);
    QVERIFY2(out.contains("Safety snapshot: pre_restore_"), out.constData());
    sql(QStringLiteral("DROP SNAPSHOT %1").arg(name));
}

void TestMatrixOneIntegration::databaseSnapshotNarrowedToOneTable()
{
    const QString db = uniqueName(QStringLiteral("narrow"));
    createShop(db);
    sql(QStringLiteral("CREATE TABLE %1.orders (id INT PRIMARY KEY, qty INT)").arg(db));
    sql(QStringLiteral("INSERT INTO %1.orders VALUES (1, 2)").arg(db));
    const QString name = uniqueName(QStringLiteral("whole_db"));
    QByteArray out, err;
    QCOMPARE(snapshot({QStringLiteral("create"), QStringLiteral("--name"), name}, uriFor(db), &out, &err), 0);
    sql(QStringLiteral("UPDATE %1.products SET price = 0").arg(db));
    sql(QStringLiteral("UPDATE %1.orders SET qty = 99").arg(db));
    QCOMPARE(snapshot({QStringLiteral("restore"), name, QStringLiteral("--table"), QStringLiteral("orders"), QStringLiteral("--no-snapshot"), QStringLiteral("--yes")},
                      uriFor(db), &out, &err),
             0);
    QCOMPARE(rows(QStringLiteral("SELECT qty FROM %1.orders").arg(db)), QStringList{QStringLiteral("2")});
    QCOMPARE(rows(QStringLiteral("SELECT DISTINCT price FROM %1.products").arg(db)), QStringList{QStringLiteral("0")});
    sql(QStringLiteral("DROP SNAPSHOT %1").arg(name));
}

// An account of its own, its admin logged in as "account#admin" (%23 in the URI): an account
// snapshot rolls back every database of that account, and nothing of the sys account.
void TestMatrixOneIntegration::accountSnapshotOfAnotherAccount()
{
    const QString account = uniqueName(QStringLiteral("acct"));
    const QString sysDb = uniqueName(QStringLiteral("sysside"));
    createShop(sysDb);
    sql(QStringLiteral("CREATE ACCOUNT %1 ADMIN_NAME 'admin' IDENTIFIED BY 'acct_pw'").arg(account));
    auto parsed = MatrixOneUri::parse(m_uri);
    QVERIFY(parsed);
    const QString uri = QStringLiteral("matrixone://%1%23admin:acct_pw@%2/").arg(account, parsed->hostPort());
    auto asAdmin = MatrixOneUri::parse(uri);
    QVERIFY(asAdmin);
    QCOMPARE(asAdmin->loginName(), account + QStringLiteral("#admin"));
    auto opened = MatrixOneConnection::open(*asAdmin);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    MatrixOneConnection &admin = **opened;
    QVERIFY(admin.exec(QStringLiteral("CREATE DATABASE app")));
    QVERIFY(admin.exec(QStringLiteral("CREATE TABLE app.t (id INT PRIMARY KEY, v VARCHAR(10))")));
    QVERIFY(admin.exec(QStringLiteral("INSERT INTO app.t VALUES (1, 'a'), (2, NULL)")));

    const QString name = uniqueName(QStringLiteral("whole_account"));
    QByteArray out, err;
    QCOMPARE(snapshot({QStringLiteral("create"), QStringLiteral("--name"), name}, uri, &out, &err), 0);
    QVERIFY2(out.contains(QByteArray("level:        account (account " + account.toUtf8() + ")")), out.constData());

    QVERIFY(admin.exec(QStringLiteral("INSERT INTO app.t VALUES (3, 'c')")));
    QVERIFY(admin.exec(QStringLiteral("CREATE DATABASE extra")));
    sql(QStringLiteral("INSERT INTO %1.products (name, price, stock) VALUES ('Sys Side', 1, 1)").arg(sysDb));

    QCOMPARE(snapshot({QStringLiteral("restore"), name, QStringLiteral("--yes"), QStringLiteral("--json")}, uri, &out, &err), 0);
    const QJsonObject restored = lastJson(out);
    QCOMPARE(restored.value(QStringLiteral("plan")).toObject().value(QStringLiteral("statement")).toString(),
             QStringLiteral("RESTORE ACCOUNT `%1` FROM SNAPSHOT `%2`").arg(account, name));
    QCOMPARE(restored.value(QStringLiteral("report")).toArray().size(), 1);
    QCOMPARE(restored.value(QStringLiteral("report")).toArray().at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    auto t = admin.scalar(QStringLiteral("SELECT COUNT(*) FROM app.t"));
    QVERIFY(t);
    QCOMPARE(t->toInt(), 2);
    auto dbs = admin.query(QStringLiteral("SHOW DATABASES"));
    QVERIFY(dbs);
    for (const auto &row : std::as_const(dbs->values))
        QVERIFY(row.value(0).toString() != QLatin1String("extra"));
    QCOMPARE(count(sysDb + QStringLiteral(".products")), 6); // the sys account is not touched
    QCOMPARE(snapshot({QStringLiteral("list"), QStringLiteral("--json")}, uri, &out, &err), 0);
    for (const auto &v : lastJson(out).value(QStringLiteral("snapshots")).toArray())
        QCOMPARE(snapshot({QStringLiteral("delete"), v.toObject().value(QStringLiteral("name")).toString(), QStringLiteral("--yes")}, uri), 0);
    opened->reset();
    sql(QStringLiteral("DROP ACCOUNT %1").arg(account));
}

void TestMatrixOneIntegration::unknownSnapshot()
{
    QByteArray out, err;
    QCOMPARE(snapshot({QStringLiteral("restore"), QStringLiteral("no_such_snapshot"), QStringLiteral("--yes")}, m_uri, &out, &err), 10);
    QVERIFY2(err.contains("no snapshot named no_such_snapshot on MatrixOne at "), err.constData());
    QCOMPARE(snapshot({QStringLiteral("clone"), QStringLiteral("no_such_snapshot")}, m_uri, &out, &err), 10);
    QCOMPARE(snapshot({QStringLiteral("delete"), QStringLiteral("no_such_snapshot"), QStringLiteral("--yes")}, m_uri, &out, &err), 10);
    // The server's own words when it is asked directly.
    auto st = m_db->exec(QStringLiteral("RESTORE ACCOUNT sys FROM SNAPSHOT no_such_snapshot"));
    QVERIFY(!st);
    QCOMPARE(st.error().code, ErrorCode::NotFound);
    QVERIFY2(st.error().message.contains(QStringLiteral("find 0 snapshot records by name(no_such_snapshot)")), qPrintable(st.error().message));
}

void TestMatrixOneIntegration::noPrivilege()
{
    const QString user = uniqueName(QStringLiteral("reader"));
    sql(QStringLiteral("CREATE USER %1 IDENTIFIED BY 'reader_pw'").arg(user));
    auto parsed = MatrixOneUri::parse(m_uri);
    QVERIFY(parsed);
    const QString uri = QStringLiteral("matrixone://%1:reader_pw@%2/").arg(user, parsed->hostPort());
    QByteArray out, err;
    const int rc = snapshot({QStringLiteral("create"), QStringLiteral("--name"), uniqueName(QStringLiteral("denied"))}, uri, &out, &err);
    QCOMPARE(rc, 11);
    QVERIFY2(err.contains("do not have privilege"), err.constData());
    QVERIFY2(!err.contains("reader_pw"), err.constData());
    sql(QStringLiteral("DROP USER %1").arg(user));
}

void TestMatrixOneIntegration::serverGone()
{
    // A port nobody listens on: the server is gone.
    const int port = 1;
    const QString uri = QStringLiteral("matrixone://root:secret_pw@127.0.0.1:%1/shop").arg(port);
    QByteArray out, err;
    QCOMPARE(snapshot({QStringLiteral("list")}, uri, &out, &err), 4);
    QVERIFY2(err.contains(QByteArray("cannot connect to MatrixOne at 127.0.0.1:" + QByteArray::number(port))), err.constData());
    QVERIFY2(err.contains(QByteArray("is the MatrixOne server at 127.0.0.1:" + QByteArray::number(port) + " running?")), err.constData());
    QVERIFY2(!err.contains("secret_pw"), err.constData());
    QCOMPARE(snapshot({QStringLiteral("list")}, QStringLiteral("matrixone://@/"), &out, &err), 3);
}

QTEST_GUILESS_MAIN(TestMatrixOneIntegration)
#include "TestMatrixOneIntegration.moc"
