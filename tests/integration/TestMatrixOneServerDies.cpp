// The MatrixOne session dying in the middle of a long operation, against the real MatrixOne
// test server (fixture matrixone_server): a database of a million rows makes the clone's
// snapshot read and the server's RESTORE take seconds; the test finds the CLI's statement in
// SHOW PROCESSLIST from a session of its own and kills the CLI's connection with KILL
// CONNECTION (the shared server itself stays up for the other tests). Each time: the CLI ends
// (no hang) with exit 5 and an error naming what happened, never success; the database is
// exactly as it was; no scratch database is left (or the error says so); a restore names its
// safety snapshot, which exists on the server.
//
// What MatrixOne v1.2.4 does when a session is killed under a statement (found by this test):
// RESTORE fails with "context canceled" and changes nothing; an INSERT ... SELECT or a SELECT
// can come back "OK" having done nothing (no rows), and the next statement then finds the
// connection gone. Lifeboat therefore reads back what it created and checks the session at
// the end of a clone or restore (MatrixOneConnection::ping).
#include "core/matrixone/MatrixOneConnection.h"
#include "MatrixOneTestServer.h"
#include "TestFiles.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace lifeboat;
using namespace lifeboat::test;

namespace {

constexpr int kRows = 1000000; // enough for the copy and the RESTORE to take seconds
constexpr int kNoHangMs = 120000;

} // namespace

class TestMatrixOneServerDies : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cloneKilledMidCopy();
    void verifyFirstKilledRestoresNothing();
    void restoreKilledMidRestore();

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        bool killed = false; // the statement was found running and its connection killed
    };
    // Runs lifeboat-cli snapshot <args> on the test database; once a statement containing
    // `statement` runs, kills its connection; waits for the CLI (at most kNoHangMs).
    Run runAndKill(const QStringList &args, const QString &statement);
    // The database's state: rows and an order-independent checksum of each table.
    QStringList state();
    QStringList databases();
    QStringList serverSnapshots();
    void sql(const QString &statement);
    QString uriFor() const; // the server's URI naming the test database

    QString m_uri;
    std::unique_ptr<MatrixOneConnection> m_db;
    QTemporaryDir m_tmp;
    QString m_folder;
    QString m_database;
    QString m_snapshot;
};

void TestMatrixOneServerDies::sql(const QString &statement)
{
    const Status st = m_db->exec(statement);
    QVERIFY2(st, qPrintable(st ? QString() : st.error().toString()));
}

QString TestMatrixOneServerDies::uriFor() const
{
    QString base = m_uri;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + QLatin1Char('/') + m_database;
}

void TestMatrixOneServerDies::initTestCase()
{
    m_database = QStringLiteral("dies_%1").arg(QDateTime::currentMSecsSinceEpoch() % 100000000);
    m_folder = m_tmp.filePath(QStringLiteral("snapshots"));
    QString why;
    m_db = MatrixOneTestServer::session(&m_uri, &why);
    if (m_uri.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY2(m_db, qPrintable(why));
    const Status made = MatrixOneTestServer::createShop(*m_db, m_database);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().toString()));
    sql(QStringLiteral("CREATE TABLE %1.events (id BIGINT PRIMARY KEY, product_id INT, note VARCHAR(200))").arg(m_database));
    sql(QStringLiteral("INSERT INTO %1.events SELECT result, result % 5 + 1, CONCAT('event ', result) FROM generate_series(1, %2) g")
            .arg(m_database)
            .arg(kRows));

    QByteArray out, err;
    QCOMPARE(runCli({QStringLiteral("snapshot"), QStringLiteral("create"), QStringLiteral("--purpose"), QStringLiteral("before_upgrade"),
                     QStringLiteral("--json"), QStringLiteral("--uri"), uriFor(), QStringLiteral("--snapshot-dir"), m_folder},
                    &out, &err),
             0);
    const QList<QByteArray> lines = out.trimmed().split('\n');
    m_snapshot = QJsonDocument::fromJson(lines.last()).object().value(QStringLiteral("snapshot")).toObject().value(QStringLiteral("name")).toString();
    QVERIFY2(!m_snapshot.isEmpty(), out.constData());

    // After the snapshot, the database changes: a restore would visibly undo this.
    sql(QStringLiteral("DELETE FROM %1.events WHERE id > %2").arg(m_database).arg(kRows / 2));
    sql(QStringLiteral("UPDATE %1.products SET price = price * 2").arg(m_database));
}

void TestMatrixOneServerDies::cleanupTestCase()
{
    if (!m_db)
        return;
    for (const QString &d : QStringList{m_database, m_database + QStringLiteral("_scratch"), m_database + QStringLiteral("_lifeboat_verify")})
        (void)m_db->exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(d));
    QByteArray out;
    (void)runCli({QStringLiteral("snapshot"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--uri"), m_uri,
                  QStringLiteral("--snapshot-dir"), m_folder},
                 &out);
    const QList<QByteArray> lines = out.trimmed().split('\n');
    for (const auto &v : QJsonDocument::fromJson(lines.last()).object().value(QStringLiteral("snapshots")).toArray()) {
        if (v.toObject().value(QStringLiteral("inCatalog")).toBool())
            (void)m_db->exec(QStringLiteral("DROP SNAPSHOT %1").arg(v.toObject().value(QStringLiteral("name")).toString()));
    }
}

QStringList TestMatrixOneServerDies::state()
{
    QStringList out;
    for (const QString &table : {QStringLiteral("products"), QStringLiteral("events")}) {
        auto r = m_db->query(QStringLiteral("SELECT COUNT(*), BIT_XOR(hash_value(CONCAT_WS('|', CAST(id AS VARCHAR), %1))) FROM %2.%3")
                                 .arg(table == QLatin1String("products") ? QStringLiteral("name, CAST(price AS VARCHAR), CAST(stock AS VARCHAR)")
                                                                         : QStringLiteral("CAST(product_id AS VARCHAR), note"),
                                      m_database, table));
        if (!r || r->values.isEmpty())
            return {QStringLiteral("<error: %1>").arg(r ? QStringLiteral("no row") : r.error().toString())};
        out << QStringLiteral("%1: %2 rows, %3").arg(table, r->values.first().value(0).toString(), r->values.first().value(1).toString());
    }
    return out;
}

QStringList TestMatrixOneServerDies::databases()
{
    QStringList names;
    auto r = m_db->query(QStringLiteral("SHOW DATABASES"));
    for (int row = 0; r && row < r->values.size(); ++row)
        names << r->values.at(row).value(0).toString();
    return names;
}

QStringList TestMatrixOneServerDies::serverSnapshots()
{
    QStringList names;
    auto r = m_db->query(QStringLiteral("SHOW SNAPSHOTS"));
    for (int row = 0; r && row < r->values.size(); ++row)
        names << r->value(row, QStringLiteral("snapshot_name")).toString();
    return names;
}

TestMatrixOneServerDies::Run TestMatrixOneServerDies::runAndKill(const QStringList &args, const QString &statement)
{
    Run run;
    QProcess cli;
    cli.start(QStringLiteral(LIFEBOAT_CLI_PATH), QStringList{QStringLiteral("snapshot")} << args << QStringLiteral("--uri") << uriFor()
                                                                                        << QStringLiteral("--snapshot-dir") << m_folder);
    if (!cli.waitForStarted())
        return run;
    cli.closeWriteChannel();
    QDeadlineTimer deadline(kNoHangMs);
    while (!run.killed && cli.state() == QProcess::Running && !deadline.hasExpired()) {
        auto processes = m_db->query(QStringLiteral("SHOW PROCESSLIST"));
        for (int row = 0; processes && row < processes->values.size() && !run.killed; ++row) {
            if (!processes->value(row, QStringLiteral("info")).toString().contains(statement))
                continue;
            const QString id = processes->value(row, QStringLiteral("conn_id")).toString();
            run.killed = bool(m_db->exec(QStringLiteral("KILL CONNECTION %1").arg(id)));
        }
        if (!run.killed)
            QThread::msleep(20);
    }
    if (!cli.waitForFinished(int(qMax<qint64>(1000, deadline.remainingTime())))) {
        cli.kill();
        cli.waitForFinished();
        run.exitCode = -2; // hung
    } else {
        run.exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    }
    run.out = cli.readAllStandardOutput();
    run.err = cli.readAllStandardError();
    qInfo().noquote() << "lifeboat-cli snapshot" << args.join(QLatin1Char(' ')) << "-> exit" << run.exitCode << ":" << run.err.trimmed();
    return run;
}

// Clone to verify: killed while it copies the million rows into the scratch database.
void TestMatrixOneServerDies::cloneKilledMidCopy()
{
    const QStringList before = state();
    const QString scratch = m_database + QStringLiteral("_scratch");
    const Run run = runAndKill({QStringLiteral("clone"), m_snapshot, QStringLiteral("--target-db"), scratch},
                               QStringLiteral("INSERT INTO `%1`.`events`").arg(scratch));
    QVERIFY2(run.killed, run.err.constData());
    QVERIFY2(run.exitCode != -2, "the CLI hung after its connection was killed");
    QVERIFY2(run.exitCode == 5, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(QString::fromUtf8(run.err))));
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(QRegularExpression(QStringLiteral("lost the (connection to|session with) MatrixOne|cancelled|dropped this session"))), run.err.constData());
    QVERIFY2(err.contains(QStringLiteral("the half-made scratch database %1 was dropped").arg(scratch)), run.err.constData());
    QVERIFY2(!run.out.contains("Cloned snapshot") && !run.out.contains("Verified"), run.out.constData());
    QVERIFY(!databases().contains(scratch));
    QCOMPARE(state(), before);
}

// restore --verify-first: killed during its clone; nothing restored, no safety snapshot taken.
void TestMatrixOneServerDies::verifyFirstKilledRestoresNothing()
{
    const QStringList before = state();
    const QStringList snapshotsBefore = serverSnapshots();
    const QString scratch = m_database + QStringLiteral("_lifeboat_verify");
    const Run run = runAndKill({QStringLiteral("restore"), m_snapshot, QStringLiteral("--verify-first"), QStringLiteral("--yes")},
                               QStringLiteral("INSERT INTO `%1`.`events`").arg(scratch));
    QVERIFY2(run.killed, run.err.constData());
    QVERIFY2(run.exitCode != -2, "the CLI hung after its connection was killed");
    QVERIFY2(run.exitCode == 5, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(QString::fromUtf8(run.err))));
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(QStringLiteral("verify-first failed, nothing was restored")), run.err.constData());
    QVERIFY2(err.contains(QStringLiteral("the half-made scratch database %1 was dropped").arg(scratch)), run.err.constData());
    QVERIFY(!databases().contains(scratch));
    QCOMPARE(state(), before);
    QCOMPARE(serverSnapshots(), snapshotsBefore);
}

// The server's RESTORE killed under it: nothing restored, the safety snapshot named and there.
void TestMatrixOneServerDies::restoreKilledMidRestore()
{
    const QStringList before = state();
    const Run run = runAndKill({QStringLiteral("restore"), m_snapshot, QStringLiteral("--yes")},
                               QStringLiteral("DATABASE `%1` FROM SNAPSHOT").arg(m_database));
    QVERIFY2(run.killed, run.err.constData());
    QVERIFY2(run.exitCode != -2, "the CLI hung after its connection was killed");
    QVERIFY2(run.exitCode == 5, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(QString::fromUtf8(run.err))));
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(QRegularExpression(QStringLiteral("cancelled \"RESTORE ACCOUNT|lost the (connection to|session with) MatrixOne at \\S+ during \"RESTORE ACCOUNT"))),
             run.err.constData());
    const QRegularExpressionMatch safety = QRegularExpression(QStringLiteral("the safety snapshot (pre_restore_\\w+) holds the state before this restore")).match(err);
    QVERIFY2(safety.hasMatch(), run.err.constData());
    QVERIFY2(serverSnapshots().contains(safety.captured(1)), qPrintable(serverSnapshots().join(QLatin1Char(' '))));
    QCOMPARE(state(), before);
}

QTEST_GUILESS_MAIN(TestMatrixOneServerDies)
#include "TestMatrixOneServerDies.moc"
