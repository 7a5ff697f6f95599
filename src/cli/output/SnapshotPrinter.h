#pragma once

#include "core/archive/Manifest.h"
#include "core/snapshot/RetentionPolicy.h"
#include "core/snapshot/SnapshotEntry.h"
#include "core/snapshot/SnapshotSwap.h"

#include <QList>
#include <QTextStream>

namespace lifeboat::cli {

// Tables of the `snapshot` commands (docs/cli.md names every column).
class SnapshotPrinter final {
public:
    // name, created, level, database, collections, documents, size, purpose, verified
    static void printList(QTextStream &out, const QList<SnapshotEntry> &entries);
    // Every field of one snapshot, then its collections from the manifest (when readable).
    static void printInfo(QTextStream &out, const SnapshotEntry &entry, const Manifest *manifest);
    // name, created, action (delete / keep), reason
    static void printPrune(QTextStream &out, const QList<RetentionPolicy::Decision> &decisions);
    // step, collection, status, time
    static void printSwap(QTextStream &out, const SwapPlan &plan, bool withStatus);

    // Local time, minutes: "2026-11-24 12:00"; "-" when invalid.
    static QString shortTime(const QDateTime &t);
};

} // namespace lifeboat::cli
