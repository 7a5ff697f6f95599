#pragma once

#include "core/common/Result.h"
#include "core/matrixone/MatrixOneSnapshots.h"
#include "core/verify/VerificationReport.h"

#include <QString>
#include <QStringList>

namespace lifeboat {

struct MatrixOneCloneRequest {
    QString name;             // the snapshot
    QString sourceDatabase;   // which database of an account snapshot ("" for a database or table snapshot: its own)
    QString targetDatabase;   // "" = <database>_verify
    bool allowExisting = false; // drop and re-create the target when it exists
    bool dropAfter = false;   // drop the target once compared (restore --verify-first)
};

struct MatrixOneCloneOutcome {
    MatrixOneSnapshot snapshot;
    QString sourceDatabase;
    QString targetDatabase;
    QStringList tables;
    qint64 rows = 0;
    VerificationReport report;
    bool dropped = false;
    qint64 elapsedMs = 0;
    // "clone into shop_verify: 1 ok, 0 mismatch": the note recorded in the catalog.
    QString note() const;
};

// A scratch database made from a snapshot and compared with it. MatrixOne v1.2.4 has no
// CREATE DATABASE ... CLONE: each table of the snapshot's scope is created as it was at the
// snapshot (its CREATE TABLE as the snapshot's catalog holds it) and filled through a
// snapshot read (INSERT INTO scratch.t SELECT * FROM d.t {snapshot = 's'}); then
// MatrixOneTableComparison compares them. The snapshot's own database is never touched. The
// outcome is recorded as the snapshot's last verification.
class MatrixOneCloner final {
public:
    explicit MatrixOneCloner(MatrixOneSnapshots &snapshots) : m_snapshots(snapshots) {}

    // The database a clone of `snapshot` reads ("" when an account snapshot and no source given).
    static QString sourceDatabase(const MatrixOneSnapshot &snapshot, const QString &given);
    // The tables a clone or restore of `snapshot` covers in `database`, at the snapshot.
    Result<QStringList> tablesOf(const MatrixOneSnapshot &snapshot, const QString &database);

    Result<MatrixOneCloneOutcome> clone(const MatrixOneCloneRequest &request);

private:
    Status fillAndCompare(MatrixOneCloneOutcome &out, bool dropAfter);
    Error abandon(const QString &target, Error error);
    Status createTable(const QString &snapshot, const QString &database, const QString &table, const QString &target);

    MatrixOneSnapshots &m_snapshots;
};

} // namespace lifeboat
