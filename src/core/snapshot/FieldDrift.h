#pragma once

#include "core/common/CancelToken.h"
#include "core/common/Result.h"
#include "core/snapshot/DatabaseAndSnapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace lifeboat {

// How the top-level fields of one collection differ between a snapshot and the database.
struct FieldChange {
    QString collection;
    QStringList added;      // in the database's sample, not in the snapshot's
    QStringList removed;    // in the snapshot's sample, not in the database's
    int snapshotSample = 0; // documents looked at on each side
    int databaseSample = 0;
    bool changed() const { return !added.isEmpty() || !removed.isEmpty(); }
};

// The field half of comparing a database with a snapshot (SnapshotDrift is the count half):
// the top-level fields of each named collection, from the first SampleSize documents of the
// snapshot's archive and of the database. A sample: a field only later documents have is not
// seen. Blocking (server and archive).
class FieldDrift final {
    Q_DECLARE_TR_FUNCTIONS(lifeboat::FieldDrift)

public:
    static constexpr int SampleSize = 1000;

    // One FieldChange per collection of `collections` (in both, not views), in that order.
    static Result<QList<FieldChange>> compare(const DatabaseAndSnapshot &pair, const QStringList &collections,
                                              const CancelToken &cancel = CancelToken());
};

} // namespace lifeboat
