#pragma once

#include "core/common/Result.h"
#include "core/matrixone/MatrixOneConnection.h"
#include "core/verify/VerificationReport.h"

#include <QString>
#include <QStringList>

namespace lifeboat {

// Compares tables with a snapshot of them, table by table, all on the server: the columns
// (names, in order), the row count and an order-independent checksum of every row (the
// BIT_XOR of MatrixOne's hash_value() of each row's columns, NULLs marked, joined with a
// separator; v1.2.4 has no CRC32 or CONV), read once through the snapshot (SELECT ... FROM d.t {snapshot = 's'}) and once from the live table.
// Rows of the report: database = the snapshot's database, collection = the table, type
// "table", file_count/digest_archive = the snapshot's side, db_count/digest_db = the
// compared table's side; the same CSV as MongoDB verifications.
class MatrixOneTableComparison final {
public:
    explicit MatrixOneTableComparison(MatrixOneConnection &connection) : m_connection(connection) {}

    // Each of `tables` of `database` at `snapshot` against the same table in `targetDatabase`
    // now (the snapshot's own database after a restore, a scratch clone before one).
    Result<VerificationReport> compare(const QString &snapshot, const QString &database, const QStringList &tables, const QString &targetDatabase);

    struct Side {
        QStringList columns;
        qint64 rows = -1;
        QString checksum;
    };
    // One side: `from` is "`d`.`t` {snapshot = 's'}" or "`d`.`t`"; columns of the side's own table.
    Result<Side> read(const QString &from);
    // The expression over `columns` that the checksum aggregates.
    static QString rowHash(const QStringList &columns);

private:
    MatrixOneConnection &m_connection;
};

} // namespace lifeboat
