#pragma once

#include "core/snapshot/SnapshotEntry.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace lifeboat {

// Which snapshots `prune` deletes. A snapshot is deleted when it is past its deleteAfter date,
// or older than olderThanSeconds (when set), unless it is one of the newest keepLast snapshots
// (counted among those the filters select), which are always kept. Unusable entries (no
// readable manifest) are never deleted. Pure: no disk, no clock (now is given).
struct RetentionPolicy {
    std::optional<qint64> olderThanSeconds;  // --older-than
    int keepLast = 0;                        // --keep-last
    bool honourDeleteAfter = true;           // snapshots past their deleteAfter are deleted
    QString database;                        // only snapshots of this database ("" = all)
    QString purpose;                         // only snapshots with this purpose ("" = all)

    struct Decision {
        SnapshotEntry entry;
        bool remove = false;
        QString reason;   // "past its delete-after date 2026-11-01", "older than 7d", "kept: one of the newest 3", ...
    };

    // One decision per entry the filters select, newest first.
    QList<Decision> apply(const QList<SnapshotEntry> &entries, const QDateTime &now) const;
};

} // namespace lifeboat
