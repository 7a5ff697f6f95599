#pragma once

#include "core/snapshot/SnapshotInfo.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace lifeboat {

// The last full verification of a snapshot (a clone or restore compared with its manifest).
enum class SnapshotVerification { Never, Ok, Mismatch };

// "never", "ok", "mismatch"
QString snapshotVerificationName(SnapshotVerification v);
std::optional<SnapshotVerification> parseSnapshotVerification(const QString &name);

// One archive of a snapshot folder as the catalog knows it: the manifest's summary, the file's
// size and time, and the last verification. Everything a list or a detail pane shows without
// opening the archive. Archives without a `snapshot` object (plain backups copied into the
// folder) are listed too: hasSnapshotInfo is false and info is derived from the manifest
// (name from the file, level from the scope).
struct SnapshotEntry {
    // The file
    QString fileName;          // "pre_upgrade_v1.0_20261124_120000.tar.gz"
    QString path;              // absolute
    qint64 fileSize = 0;
    QDateTime fileModified;    // UTC

    // The snapshot: its name is the file name without the archive extension.
    QString name;
    bool hasSnapshotInfo = false;
    SnapshotInfo info;

    // From the manifest
    QDateTime createdAt;       // UTC (the file's time when the manifest is unreadable)
    QString scope;             // "database", "collections", "deployment"
    QStringList databases;
    QStringList collections;   // "<collection>" for one database, "<db>.<collection>" for a deployment
    qint64 documents = 0;
    qint64 bytes = 0;          // uncompressed collection data
    QString server;            // "ferretdb 7.0.42 (standalone)"
    QString sourceHosts;       // no credentials
    QString compression;

    // The last verification
    SnapshotVerification verification = SnapshotVerification::Never;
    QDateTime verifiedAt;      // UTC; invalid when never
    QString verificationNote;  // e.g. "clone into shop_verify: 2 ok, 0 mismatch"

    // Set when the archive cannot be used (no readable Lifeboat manifest): why. Such entries
    // are listed so the user sees them, but cannot be restored, cloned or pruned by age.
    QString problem;

    bool usable() const { return problem.isEmpty(); }
    // The one database of a collection or database snapshot; "" for a deployment snapshot.
    QString database() const;
    // SnapshotLevel as a word ("collection", "database", "deployment").
    QString levelName() const { return snapshotLevelName(info.level); }

    // Every field, for `snapshot list --json` / `info --json` (dates ISO 8601 UTC).
    QJsonObject toJson() const;
};

} // namespace lifeboat
