#include "core/matrixone/MatrixOneDrift.h"

#include "core/common/StringLists.h"
#include "core/matrixone/MatrixOneCloner.h"

#include <QSet>

namespace lifeboat {

namespace {

using C = MatrixOneConnection;

struct TableSide {
    qint64 rows = -1;
    QStringList columns;
};

Result<TableSide> readSide(MatrixOneConnection &c, const QString &from)
{
    TableSide side;
    auto shape = c.query(QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(from));
    if (!shape)
        return shape.error();
    side.columns = shape->columns;
    auto n = c.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(from));
    if (!n)
        return n.error();
    side.rows = n->toLongLong();
    return side;
}

} // namespace

bool MatrixOneDrift::unchanged() const
{
    if (!tables.unchanged())
        return false;
    for (const auto &c : columns) {
        if (c.changed())
            return false;
    }
    return true;
}

Result<MatrixOneDrift> MatrixOneDrift::compare(MatrixOneSnapshots &snapshots, const MatrixOneSnapshot &snapshot, const QString &database)
{
    MatrixOneConnection &c = snapshots.connection();
    MatrixOneCloner cloner(snapshots);
    auto then = cloner.tablesOf(snapshot, database);
    if (!then)
        return then.error();
    QStringList now;
    if (auto listed = snapshots.tablesNow(database))
        now = *listed;
    else if (listed.error().code != ErrorCode::NotFound)
        return listed.error();
    if (snapshot.level == MatrixOneLevel::Table)
        now = now.contains(snapshot.table) ? QStringList{snapshot.table} : QStringList();
    QStringList all = *then + minus(now, *then);
    all.sort();
    MatrixOneDrift drift;
    drift.tables.database = database;
    for (const QString &table : std::as_const(all)) {
        DriftRow row;
        row.collection = table;
        row.type = QStringLiteral("table");
        TableSide before, after;
        if (then->contains(table)) {
            auto side = readSide(c, QStringLiteral("%1.%2 {snapshot = %3}").arg(C::ident(database), C::ident(table), C::literal(snapshot.name)));
            if (!side)
                return side.error();
            before = *side;
            row.snapshotDocuments = before.rows;
        }
        if (now.contains(table)) {
            auto side = readSide(c, QStringLiteral("%1.%2").arg(C::ident(database), C::ident(table)));
            if (!side)
                return side.error();
            after = *side;
            row.databaseDocuments = after.rows;
        }
        if (row.snapshotDocuments < 0)
            row.status = DriftStatus::Added;
        else if (row.databaseDocuments < 0)
            row.status = DriftStatus::Missing;
        else
            row.status = row.snapshotDocuments == row.databaseDocuments && before.columns == after.columns ? DriftStatus::Same : DriftStatus::Changed;
        drift.tables.rows << row;
        if (row.snapshotDocuments >= 0 && row.databaseDocuments >= 0) {
            FieldChange change;
            change.collection = table;
            change.added = minus(after.columns, before.columns);
            change.removed = minus(before.columns, after.columns);
            change.snapshotSample = int(qMin<qint64>(before.rows, FieldDrift::SampleSize));
            change.databaseSample = int(qMin<qint64>(after.rows, FieldDrift::SampleSize));
            drift.columns << change;
        }
    }
    return drift;
}

} // namespace lifeboat
