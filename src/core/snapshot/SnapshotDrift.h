#pragma once

#include "core/common/CancelToken.h"
#include "core/archive/Manifest.h"
#include "core/common/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace lifeboat {

// A collection's drift. toString() gives the JSON's "status" names: "same", "changed",
// "missing" (gone from the database), "added" (new since the snapshot).
enum class DriftStatus { Same, Changed, Missing, Added };
QString toString(DriftStatus status);

// How a live database differs from a snapshot, by collection and document count: the quick
// check of the "Safe change" flow after an upgrade (no archive read, only the manifest).
struct DriftRow {
    QString collection;
    QString type;                  // "collection", "timeseries", "view"
    qint64 snapshotDocuments = -1; // -1: not in the snapshot
    qint64 databaseDocuments = -1; // -1: not in the database
    DriftStatus status = DriftStatus::Same;

    QJsonObject toJson() const;
};

struct SnapshotDrift {
    QString database;
    QList<DriftRow> rows;          // by collection name

    bool unchanged() const;        // every row "same"
    int count(DriftStatus status) const;
    QJsonArray toJson() const;

    // Compares `database` now with the snapshot's manifest (for a deployment snapshot: its
    // `snapshotDatabase`, default the same name). Exact counts (countDocuments).
    static Result<SnapshotDrift> compare(const QString &mongoUri, const Manifest &snapshot, const QString &database,
                                         const QString &snapshotDatabase = {}, const CancelToken &cancel = CancelToken());

    // The user's own validation: runs a command given as (Extended) JSON on `database` and
    // returns the reply; Server error when the reply is not ok, Refused (nothing sent) when the
    // command is not a read (ReadOnlyCommand).
    static Result<QJsonObject> runValidationCommand(const QString &mongoUri, const QString &database, const QByteArray &commandJson);
};

} // namespace lifeboat
