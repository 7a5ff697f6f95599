#include "core/matrixone/MatrixOneTableComparison.h"

#include <QSet>
#include <QSqlDatabase>

namespace lifeboat {

namespace {

using C = MatrixOneConnection;

QString columnDifference(const QStringList &snapshot, const QStringList &now)
{
    QStringList added, removed;
    for (const QString &c : now) {
        if (!snapshot.contains(c))
            added << c;
    }
    for (const QString &c : snapshot) {
        if (!now.contains(c))
            removed << c;
    }
    QStringList parts;
    if (!added.isEmpty())
        parts << QStringLiteral("columns not in the snapshot: %1").arg(added.join(QStringLiteral(", ")));
    if (!removed.isEmpty())
        parts << QStringLiteral("columns missing: %1").arg(removed.join(QStringLiteral(", ")));
    if (parts.isEmpty() && snapshot != now)
        parts << QStringLiteral("columns in another order");
    return parts.join(QStringLiteral("; "));
}

} // namespace

QString MatrixOneTableComparison::rowHash(const QStringList &columns)
{
    QStringList parts;
    for (const QString &c : columns)
        parts << QStringLiteral("IFNULL(CAST(%1 AS VARCHAR), '\\\\N')").arg(C::ident(c));
    return QStringLiteral("hash_value(CONCAT_WS('|', %1))").arg(parts.join(QStringLiteral(", ")));
}

Result<MatrixOneTableComparison::Side> MatrixOneTableComparison::read(const QString &from)
{
    Side side;
    auto shape = m_connection.query(QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(from));
    if (!shape)
        return shape.error();
    side.columns = shape->columns;
    auto rows = m_connection.query(QStringLiteral("SELECT COUNT(*), BIT_XOR(%1) FROM %2").arg(rowHash(side.columns), from));
    if (!rows)
        return rows.error();
    if (rows->values.isEmpty()) {
        // What a COUNT(*) cancelled under it returns: say that, when it is what happened.
        if (auto alive = m_connection.ping(); !alive)
            return alive.error();
        return Error(ErrorCode::Server, QStringLiteral("MatrixOne returned no count for %1").arg(from));
    }
    side.rows = rows->values.constFirst().value(0).toLongLong();
    // BIT_XOR is an unsigned 64-bit number (0 for no rows; wrapping it in IFNULL(…, 0) would
    // make it a signed one, which overflows).
    const QVariant x = rows->values.constFirst().value(1);
    side.checksum = QStringLiteral("%1").arg(x.isNull() ? 0ULL : x.toULongLong(), 16, 16, QLatin1Char('0'));
    return side;
}

Result<VerificationReport> MatrixOneTableComparison::compare(const QString &snapshot, const QString &database, const QStringList &tables,
                                                             const QString &targetDatabase)
{
    VerificationReport report;
    for (const QString &table : tables) {
        VerificationRow row;
        row.database = database;
        row.collection = table;
        row.type = QStringLiteral("table");
        auto theirs = read(QStringLiteral("%1.%2 {snapshot = %3}").arg(C::ident(database), C::ident(table), C::literal(snapshot)));
        if (!theirs)
            return theirs.error();
        row.fileCount = theirs->rows;
        row.digestArchive = theirs->checksum;
        auto ours = read(QStringLiteral("%1.%2").arg(C::ident(targetDatabase), C::ident(table)));
        if (!ours) {
            if (ours.error().code != ErrorCode::NotFound)
                return ours.error();
            row.status = VerificationStatus::Mismatch;
            row.notes << QStringLiteral("%1.%2 does not exist").arg(targetDatabase, table);
            report.rows << row;
            continue;
        }
        row.dbCount = ours->rows;
        row.digestDb = ours->checksum;
        const QString columns = columnDifference(theirs->columns, ours->columns);
        const bool same = columns.isEmpty() && row.fileCount == row.dbCount && row.digestArchive == row.digestDb;
        row.status = same ? VerificationStatus::Ok : VerificationStatus::Mismatch;
        row.notes << QStringLiteral("snapshot %1 vs %2.%3").arg(snapshot, targetDatabase, table);
        if (!columns.isEmpty())
            row.notes << columns;
        if (row.fileCount != row.dbCount)
            row.notes << QStringLiteral("%1 rows in the snapshot, %2 now").arg(row.fileCount).arg(row.dbCount);
        else if (row.digestArchive != row.digestDb)
            row.notes << QStringLiteral("same row count, different rows");
        report.rows << row;
    }
    return report;
}

} // namespace lifeboat
