#pragma once

#include "core/matrixone/MatrixOneSnapshot.h"
#include "core/snapshot/SnapshotEntry.h"
#include "core/verify/VerificationReport.h"

#include <QFuture>
#include <QList>
#include <QString>

namespace lifeboat::app {

// The Snapshots view's work on a MatrixOne profile: each call runs in a worker thread
// (longWorkThreads()) with a connection of its own (MatrixOneConnection, one per thread) and
// the snapshot folder's catalog for Lifeboat's metadata. `uri` holds the password: it stays
// in the call and never reaches a message.
class MatrixOneSnapshotJobs final {
public:
    struct Listing {
        QString server;               // "host:port"
        QList<SnapshotEntry> entries; // MatrixOneSnapshot::toEntry(), newest first
        QString error;
    };
    struct Outcome {
        QString error;                // "" when it worked
        QString name;                 // the snapshot created, restored or cloned
        QString note;                 // what the server did beyond the request (an account snapshot for a database…)
        QString safetySnapshot;       // restore: the safety snapshot taken first
        QString targetDatabase;       // clone: the scratch database
        VerificationReport report;    // clone and restore: the comparison with the snapshot
    };

    static QFuture<Listing> list(const QString &uri, const QString &folder);
    // A database snapshot of the URI's database (an account snapshot without one).
    static QFuture<Outcome> create(const QString &uri, const QString &folder, const QString &purpose, const QString &description);
    static QFuture<Outcome> remove(const QString &uri, const QString &folder, const QString &name);
    // The snapshot's recorded scope, with a safety snapshot first; compared afterwards.
    static QFuture<Outcome> restore(const QString &uri, const QString &folder, const QString &name);
    // Into <database>_verify (re-created when it exists), compared table by table.
    static QFuture<Outcome> clone(const QString &uri, const QString &folder, const QString &name);

    // What the user types to confirm a roll back of `entry`: the database, "db.table", or for
    // an account snapshot its own name.
    static QString confirmWord(const SnapshotEntry &entry);
};

} // namespace lifeboat::app
