#pragma once

#include "core/common/Result.h"
#include "core/matrixone/MatrixOneSnapshots.h"
#include "core/snapshot/FieldDrift.h"
#include "core/snapshot/SnapshotDrift.h"

#include <QList>
#include <QString>

namespace lifeboat {

// How a MatrixOne database now differs from a snapshot of it: the check of the "Safe change"
// flow after an upgrade, in the shapes the MongoDB check uses. `tables` is SnapshotDrift (by
// table: rows at the snapshot and now, through snapshot reads and COUNT(*); same, changed,
// missing or added), `columns` a FieldChange per table in both (columns added or removed,
// exact: from each side's result set, not a sample).
struct MatrixOneDrift {
    SnapshotDrift tables;
    QList<FieldChange> columns;

    bool unchanged() const;

    // `database` now against `snapshot` (which must hold it: a database or table snapshot of
    // it, or an account snapshot). A table snapshot compares its one table.
    static Result<MatrixOneDrift> compare(MatrixOneSnapshots &snapshots, const MatrixOneSnapshot &snapshot, const QString &database);
};

} // namespace lifeboat
