#include "core/matrixone/MatrixOneCloner.h"

#include "core/matrixone/MatrixOneTableComparison.h"

#include <QElapsedTimer>

namespace lifeboat {

namespace {
using C = MatrixOneConnection;
} // namespace

QString MatrixOneCloneOutcome::note() const
{
    return QStringLiteral("clone into %1: %2 ok, %3 mismatch")
        .arg(targetDatabase)
        .arg(report.count(VerificationStatus::Ok))
        .arg(report.count(VerificationStatus::Mismatch));
}

QString MatrixOneCloner::sourceDatabase(const MatrixOneSnapshot &snapshot, const QString &given)
{
    if (!given.isEmpty())
        return given;
    return snapshot.database;
}

Result<QStringList> MatrixOneCloner::tablesOf(const MatrixOneSnapshot &snapshot, const QString &database)
{
    if (snapshot.level == MatrixOneLevel::Table && database == snapshot.database)
        return QStringList{snapshot.table};
    auto tables = m_snapshots.tablesAt(snapshot.name, database);
    if (!tables) {
        if (tables.error().code == ErrorCode::NotFound)
            return Error(ErrorCode::NotFound, QStringLiteral("snapshot %1 holds no database %2").arg(snapshot.name, database));
        return tables.error();
    }
    return tables;
}

// The table as the snapshot's catalog holds it (SHOW CREATE TABLE ... {snapshot}), created in
// `target` (the statement names the table unqualified, so it runs with `target` in use).
Status MatrixOneCloner::createTable(const QString &snapshot, const QString &database, const QString &table, const QString &target)
{
    MatrixOneConnection &c = m_snapshots.connection();
    auto shown = c.query(QStringLiteral("SHOW CREATE TABLE %1.%2 {snapshot = %3}").arg(C::ident(database), C::ident(table), C::literal(snapshot)));
    if (!shown)
        return shown.error();
    if (shown->values.isEmpty() || shown->values.constFirst().size() < 2)
        return Error(ErrorCode::Server, QStringLiteral("MatrixOne gave no CREATE TABLE for %1.%2 at snapshot %3").arg(database, table, snapshot));
    if (auto st = c.exec(QStringLiteral("USE %1").arg(C::ident(target))); !st)
        return st;
    return c.exec(shown->values.constFirst().value(1).toString());
}

// Fills the scratch database table by table through snapshot reads, compares it with the
// snapshot, drops it when asked; then checks that the session is still there, so that a
// session killed during the last statement (which can come back as if it succeeded) is a
// failure, not a report.
Status MatrixOneCloner::fillAndCompare(MatrixOneCloneOutcome &out, bool dropAfter)
{
    MatrixOneConnection &c = m_snapshots.connection();
    const QString snapshot = out.snapshot.name;
    for (const QString &t : std::as_const(out.tables)) {
        if (auto st = createTable(snapshot, out.sourceDatabase, t, out.targetDatabase); !st)
            return st;
        if (auto st = c.exec(QStringLiteral("INSERT INTO %1.%2 SELECT * FROM %3.%2 {snapshot = %4}")
                                 .arg(C::ident(out.targetDatabase), C::ident(t), C::ident(out.sourceDatabase), C::literal(snapshot)));
            !st)
            return st;
    }
    MatrixOneTableComparison comparison(c);
    auto report = comparison.compare(snapshot, out.sourceDatabase, out.tables, out.targetDatabase);
    if (!report)
        return report.error();
    out.report = *report;
    for (const auto &r : std::as_const(out.report.rows))
        out.rows += qMax<qint64>(0, r.dbCount);
    if (dropAfter) {
        if (auto st = c.exec(QStringLiteral("DROP DATABASE %1").arg(C::ident(out.targetDatabase))); !st)
            return st;
        out.dropped = true;
    }
    return c.ping();
}

// The clone failed part way: the scratch database goes, through a session of its own (the
// clone's may be the one that died), and the error says whether it went.
Error MatrixOneCloner::abandon(const QString &target, Error error)
{
    auto fresh = MatrixOneConnection::open(m_snapshots.connection().uri());
    const Status dropped = fresh ? (*fresh)->exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(C::ident(target))) : Status(fresh.error());
    if (dropped) {
        error.message += QStringLiteral("; the half-made scratch database %1 was dropped").arg(target);
    } else {
        error.message += QStringLiteral("; the half-made scratch database %1 may be left on the server").arg(target);
        error.hint = QStringLiteral("drop it (DROP DATABASE %1) once the MatrixOne server at %2 answers again").arg(target, m_snapshots.connection().uri().hostPort());
    }
    return error;
}

Result<MatrixOneCloneOutcome> MatrixOneCloner::clone(const MatrixOneCloneRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    MatrixOneConnection &c = m_snapshots.connection();
    auto snapshot = m_snapshots.find(request.name);
    if (!snapshot)
        return snapshot.error();
    if (!snapshot->onServer)
        return Error(ErrorCode::NotFound, QStringLiteral("snapshot %1 is %2").arg(snapshot->name, snapshot->problem()));
    MatrixOneCloneOutcome out;
    out.snapshot = *snapshot;
    out.sourceDatabase = sourceDatabase(*snapshot, request.sourceDatabase);
    if (out.sourceDatabase.isEmpty())
        return Error(ErrorCode::Usage, QStringLiteral("%1 is an account snapshot: say which of its databases to clone (--source-db)").arg(snapshot->name));
    out.targetDatabase = request.targetDatabase.isEmpty() ? out.sourceDatabase + QStringLiteral("_verify") : request.targetDatabase;
    if (out.targetDatabase == out.sourceDatabase)
        return Error(ErrorCode::Refused, QStringLiteral("a clone never goes into the snapshot's own database %1").arg(out.sourceDatabase));
    auto tables = tablesOf(*snapshot, out.sourceDatabase);
    if (!tables)
        return tables.error();
    out.tables = *tables;
    auto existing = m_snapshots.tablesNow(out.targetDatabase);
    if (existing && !request.allowExisting)
        return Error(ErrorCode::Refused, QStringLiteral("database %1 already exists on MatrixOne at %2").arg(out.targetDatabase, m_snapshots.server()),
                     QStringLiteral("choose another --target-db, or pass --allow-existing to drop and re-create it"));
    if (auto st = c.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(C::ident(out.targetDatabase))); !st)
        return st.error();
    if (auto st = c.exec(QStringLiteral("CREATE DATABASE %1").arg(C::ident(out.targetDatabase))); !st)
        return st.error();
    if (auto st = fillAndCompare(out, request.dropAfter); !st)
        return abandon(out.targetDatabase, st.error());
    if (snapshot->inCatalog)
        (void)m_snapshots.catalog().recordVerification(m_snapshots.server(), snapshot->name,
                                                       out.report.allOk() ? SnapshotVerification::Ok : SnapshotVerification::Mismatch, out.note());
    out.elapsedMs = timer.elapsed();
    return out;
}

} // namespace lifeboat
