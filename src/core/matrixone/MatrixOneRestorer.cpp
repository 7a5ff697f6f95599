#include "core/matrixone/MatrixOneRestorer.h"

#include "core/common/StringLists.h"
#include "core/matrixone/MatrixOneTableComparison.h"

#include <QElapsedTimer>
#include <QJsonArray>

namespace lifeboat {

namespace {

using C = MatrixOneConnection;

// The databases RESTORE ACCOUNT leaves alone (MatrixOne's own).
bool isSystemDatabase(const QString &name)
{
    static const QStringList system{QStringLiteral("mysql"), QStringLiteral("system"), QStringLiteral("system_metrics"), QStringLiteral("mo_task"),
                                    QStringLiteral("mo_debug"), QStringLiteral("information_schema"), QStringLiteral("mo_catalog")};
    return system.contains(name.toLower());
}

} // namespace

QJsonObject MatrixOneRestorePlan::toJson() const
{
    return QJsonObject{{QStringLiteral("snapshot"), snapshot.toJson()},
                       {QStringLiteral("level"), matrixOneLevelName(level)},
                       {QStringLiteral("account"), account},
                       {QStringLiteral("database"), database},
                       {QStringLiteral("table"), table},
                       {QStringLiteral("tablesRestored"), QJsonArray::fromStringList(tablesRestored)},
                       {QStringLiteral("tablesDropped"), QJsonArray::fromStringList(tablesDropped)},
                       {QStringLiteral("tablesUntouched"), QJsonArray::fromStringList(tablesUntouched)},
                       {QStringLiteral("statement"), statement},
                       {QStringLiteral("safetySnapshot"), willTakeSafetySnapshot ? safetySnapshotName : QString()},
                       {QStringLiteral("verifyFirst"), verifyFirst},
                       {QStringLiteral("scratchDatabase"), scratchDatabase},
                       {QStringLiteral("steps"), QJsonArray::fromStringList(steps)}};
}

// Which level and objects the restore touches: a database or table snapshot its recorded
// scope (optionally narrowed to one table); an account snapshot the account, or the database
// and table asked for.
Status MatrixOneRestorer::scope(const MatrixOneRestoreRequest &request, MatrixOneRestorePlan &plan)
{
    const MatrixOneSnapshot &s = plan.snapshot;
    plan.account = s.account;
    plan.level = s.level;
    plan.database = s.database;
    plan.table = s.table;
    if (s.level != MatrixOneLevel::Account && !request.database.isEmpty() && request.database != s.database)
        return Error(ErrorCode::Usage, QStringLiteral("snapshot %1 is of %2: it cannot restore database %3").arg(s.name, s.scopeText(), request.database));
    if (s.level == MatrixOneLevel::Table && !request.table.isEmpty() && request.table != s.table)
        return Error(ErrorCode::Usage, QStringLiteral("snapshot %1 is of %2: it cannot restore table %3").arg(s.name, s.scopeText(), request.table));
    if (s.level == MatrixOneLevel::Account && !request.database.isEmpty()) {
        plan.level = MatrixOneLevel::Database;
        plan.database = request.database;
    }
    if (!request.table.isEmpty()) {
        if (plan.database.isEmpty())
            return Error(ErrorCode::Usage, QStringLiteral("restoring one table needs its database (--source-db or the URI's database)"));
        plan.level = MatrixOneLevel::Table;
        plan.table = request.table;
    }
    return {};
}

Result<MatrixOneRestorePlan> MatrixOneRestorer::plan(const MatrixOneRestoreRequest &request)
{
    MatrixOneRestorePlan plan;
    auto snapshot = m_snapshots.find(request.name);
    if (!snapshot)
        return snapshot.error();
    if (!snapshot->onServer)
        return Error(ErrorCode::NotFound, QStringLiteral("snapshot %1 is %2").arg(snapshot->name, snapshot->problem()));
    plan.snapshot = *snapshot;
    if (auto st = scope(request, plan); !st)
        return st.error();
    const QString s = C::ident(plan.snapshot.name);
    switch (plan.level) {
    case MatrixOneLevel::Account: {
        auto dbs = m_snapshots.connection().query(QStringLiteral("SHOW DATABASES {snapshot = %1}").arg(C::literal(plan.snapshot.name)));
        if (!dbs)
            return dbs.error();
        for (const auto &r : std::as_const(dbs->values)) {
            if (!isSystemDatabase(r.value(0).toString()))
                plan.tablesRestored << r.value(0).toString() + QStringLiteral(".*");
        }
        plan.statement = QStringLiteral("RESTORE ACCOUNT %1 FROM SNAPSHOT %2").arg(C::ident(plan.account), s);
        plan.confirmWord = plan.account;
        break;
    }
    case MatrixOneLevel::Database:
    case MatrixOneLevel::Table: {
        MatrixOneCloner cloner(m_snapshots);
        auto at = cloner.tablesOf(plan.snapshot, plan.database);
        if (!at)
            return at.error();
        auto now = m_snapshots.tablesNow(plan.database);
        const QStringList tablesNow = now ? *now : QStringList();
        if (plan.level == MatrixOneLevel::Table) {
            if (!at->contains(plan.table))
                return Error(ErrorCode::NotFound, QStringLiteral("snapshot %1 holds no table %2.%3").arg(plan.snapshot.name, plan.database, plan.table));
            plan.tablesRestored = {plan.table};
            plan.tablesUntouched = minus(tablesNow, {plan.table});
            plan.statement = QStringLiteral("RESTORE ACCOUNT %1 DATABASE %2 TABLE %3 FROM SNAPSHOT %4")
                                 .arg(C::ident(plan.account), C::ident(plan.database), C::ident(plan.table), s);
            plan.confirmWord = plan.database + QLatin1Char('.') + plan.table;
        } else {
            plan.tablesRestored = *at;
            plan.tablesDropped = minus(tablesNow, *at);
            plan.statement = QStringLiteral("RESTORE ACCOUNT %1 DATABASE %2 FROM SNAPSHOT %3").arg(C::ident(plan.account), C::ident(plan.database), s);
            plan.confirmWord = plan.database;
        }
        break;
    }
    }
    plan.willTakeSafetySnapshot = request.safetySnapshot;
    if (plan.willTakeSafetySnapshot)
        plan.safetySnapshotName = MatrixOneSnapshots::proposeName(QStringLiteral("pre_restore_") + (plan.database.isEmpty() ? plan.account : plan.database), {});
    plan.verifyFirst = request.verifyFirst;
    if (plan.verifyFirst) {
        if (plan.database.isEmpty())
            return Error(ErrorCode::Usage, QStringLiteral("--verify-first clones one database: name it (--source-db) to restore a whole account verified"));
        plan.scratchDatabase = request.scratchDatabase.isEmpty() ? plan.database + QStringLiteral("_lifeboat_verify") : request.scratchDatabase;
    }
    const QString scopeWords = plan.level == MatrixOneLevel::Account ? QStringLiteral("account %1").arg(plan.account)
                               : plan.level == MatrixOneLevel::Database ? QStringLiteral("database %1").arg(plan.database)
                                                                        : QStringLiteral("table %1.%2").arg(plan.database, plan.table);
    if (plan.verifyFirst)
        plan.steps << QStringLiteral("clone snapshot %1 into scratch database %2, compare every table with the snapshot, drop it; stop on any mismatch")
                          .arg(plan.snapshot.name, plan.scratchDatabase);
    if (plan.willTakeSafetySnapshot)
        plan.steps << QStringLiteral("take safety snapshot %1 of account %2 (recorded as a snapshot of %3)").arg(plan.safetySnapshotName, plan.account, scopeWords);
    plan.steps << QStringLiteral("%1: roll %2 back to snapshot %3").arg(plan.statement, scopeWords, plan.snapshot.name);
    if (!plan.tablesUntouched.isEmpty())
        plan.steps << QStringLiteral("leave the other tables of %1 alone: %2").arg(plan.database, plan.tablesUntouched.join(QStringLiteral(", ")));
    plan.steps << QStringLiteral("compare every restored table with the snapshot (rows, checksum, columns)");
    return plan;
}

Result<QString> MatrixOneRestorer::takeSafetySnapshot(const MatrixOneRestorePlan &plan)
{
    MatrixOneCreateRequest safety;
    safety.level = plan.level;
    safety.database = plan.database;
    safety.table = plan.table;
    safety.info.name = plan.safetySnapshotName;
    safety.info.purpose = QStringLiteral("pre_restore");
    safety.info.tags = {QStringLiteral("safety")};
    safety.info.description = QStringLiteral("Safety snapshot taken by Lifeboat before restoring %1 from snapshot %2").arg(plan.snapshot.scopeText(), plan.snapshot.name);
    if (plan.level == MatrixOneLevel::Table || plan.level == MatrixOneLevel::Database) {
        auto now = m_snapshots.tablesNow(plan.database);
        if (!now || (plan.level == MatrixOneLevel::Table && !now->contains(plan.table)))
            safety.level = MatrixOneLevel::Account; // nothing there now to scope it to: keep the whole account
        if (safety.level == MatrixOneLevel::Account)
            safety.database.clear();
    }
    auto taken = m_snapshots.create(safety);
    if (!taken)
        return taken.error().wrapped(QStringLiteral("the safety snapshot failed, nothing was restored"));
    return taken->snapshot.name;
}

Result<VerificationReport> MatrixOneRestorer::verifyRestored(const MatrixOneRestorePlan &plan)
{
    MatrixOneTableComparison comparison(m_snapshots.connection());
    if (plan.level != MatrixOneLevel::Account)
        return comparison.compare(plan.snapshot.name, plan.database, plan.tablesRestored, plan.database);
    // The account: every table of every database it had at the snapshot ("db.*" in the plan).
    VerificationReport all;
    for (const QString &pattern : plan.tablesRestored) {
        const QString database = pattern.chopped(2);
        auto tables = m_snapshots.tablesAt(plan.snapshot.name, database);
        if (!tables)
            return tables.error();
        auto report = comparison.compare(plan.snapshot.name, database, *tables, database);
        if (!report)
            return report.error();
        all.rows << report->rows;
    }
    return all;
}

Result<MatrixOneRestoreOutcome> MatrixOneRestorer::execute(const MatrixOneRestorePlan &plan)
{
    QElapsedTimer timer;
    timer.start();
    MatrixOneRestoreOutcome out;
    if (plan.verifyFirst) {
        MatrixOneCloner cloner(m_snapshots);
        auto cloned = cloner.clone({.name = plan.snapshot.name, .sourceDatabase = plan.database, .targetDatabase = plan.scratchDatabase,
                                    .allowExisting = true, .dropAfter = true});
        if (!cloned)
            return cloned.error().wrapped(QStringLiteral("verify-first failed, nothing was restored"));
        out.verifyFirst = *cloned;
        if (!cloned->report.allOk())
            return Error(ErrorCode::Refused, QStringLiteral("verify-first: the clone of snapshot %1 does not match it (%2); nothing was restored")
                                                 .arg(plan.snapshot.name, cloned->note()));
    }
    if (plan.willTakeSafetySnapshot) {
        auto safety = takeSafetySnapshot(plan);
        if (!safety)
            return safety.error();
        out.safetySnapshot = *safety;
    }
    // From here on the error says where the state before the restore is kept.
    auto withSafety = [&out](Error e) {
        if (!out.safetySnapshot.isEmpty())
            e.hint = (e.hint.isEmpty() ? QString() : e.hint + QStringLiteral("; "))
                     + QStringLiteral("the safety snapshot %1 holds the state before this restore").arg(out.safetySnapshot);
        return e;
    };
    if (auto st = m_snapshots.connection().exec(plan.statement); !st)
        return withSafety(st.error());
    auto report = verifyRestored(plan);
    if (!report)
        return withSafety(report.error());
    // A session killed during the last comparison can answer as if it succeeded.
    if (auto alive = m_snapshots.connection().ping(); !alive)
        return withSafety(alive.error());
    out.report = *report;
    if (plan.snapshot.inCatalog)
        (void)m_snapshots.catalog().recordVerification(m_snapshots.server(), plan.snapshot.name,
                                                       out.report.allOk() ? SnapshotVerification::Ok : SnapshotVerification::Mismatch,
                                                       QStringLiteral("restore of %1: %2 ok, %3 mismatch")
                                                           .arg(plan.confirmWord)
                                                           .arg(out.report.count(VerificationStatus::Ok))
                                                           .arg(out.report.count(VerificationStatus::Mismatch)));
    out.elapsedMs = timer.elapsed();
    return out;
}

} // namespace lifeboat
