#pragma once

#include "core/archive/ArchiveCompression.h"
#include "core/common/Progress.h"
#include "core/common/CancelToken.h"
#include "core/archive/Manifest.h"
#include "core/common/Result.h"
#include "core/snapshot/SnapshotCatalog.h"
#include "core/snapshot/SnapshotEntry.h"
#include "core/snapshot/SnapshotInfo.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace lifeboat {

// What `snapshot create` needs. The level decides the scope: Collection needs `collections`
// (of `database`), Database needs `database`, Deployment backs up every user database.
struct SnapshotCreateRequest {
    QString mongoUri;
    QString database;
    QStringList collections;
    SnapshotInfo info;         // info.name empty: SnapshotNames::propose(purpose, versionBefore)
                               // info.createdBy empty: SnapshotInfo::defaultCreatedBy()
    ArchiveCompression compression = ArchiveCompression::Gzip;
    int jobs = 4;
    int batchSize = 1000;
};

struct SnapshotCreateResult {
    SnapshotEntry entry;
    Manifest manifest;
    qint64 elapsedMs = 0;
    QStringList warnings;
};

// A snapshot folder: its archives (`<name>.tar.gz`, `.tar.zst`, `.tar`) and its catalog.
// Blocking calls (create, list after changes): run them in a worker thread. One instance per
// thread, like SnapshotCatalog.
class SnapshotStore final {
public:
    explicit SnapshotStore(const QString &folder);

    // $LIFEBOAT_SNAPSHOT_DIR if set and not empty, else "snapshots" under the current folder;
    // absolute.
    static QString defaultFolder();

    const QString &folder() const { return m_folder; }
    SnapshotCatalog &catalog() { return *m_catalog; }

    // Every snapshot, newest first (the catalog refreshed from the folder first).
    Result<QList<SnapshotEntry>> list(const CancelToken &cancel = CancelToken());
    // NotFound when no archive has that name; Refused when two do (x.tar.gz and x.tar.zst).
    Result<SnapshotEntry> find(const QString &name, const CancelToken &cancel = CancelToken());
    // The snapshot's whole manifest, from the catalog.
    Result<Manifest> manifest(const QString &name);

    // Usage when the name breaks SnapshotNames' rules, Refused when an archive (or a .partial
    // one being written) already has it.
    Status checkNewName(const QString &name);
    // SnapshotNames::propose(), made unique in this folder with "_2", "_3", ... if needed.
    QString proposeName(const QString &purpose, const QString &version = {},
                        const QDateTime &when = QDateTime::currentDateTime());

    // Takes the snapshot through BackupEngine (verified archive, the `snapshot` object in its
    // manifest) into this folder and adds it to the catalog. Creates the folder if needed.
    Result<SnapshotCreateResult> create(const SnapshotCreateRequest &request, ProgressSink &sink = ProgressSink::none(),
                                        const CancelToken &cancel = CancelToken());

    // Deletes a snapshot's archive and its catalog row. Refused while a job holds it
    // (SnapshotLock), NotFound when there is none.
    Status remove(const QString &name);

    // Records a full verification's outcome (clone, verify-first, restore) in the catalog.
    Status recordVerification(const QString &name, SnapshotVerification state, const QString &note);

private:
    QString m_folder;
    std::unique_ptr<SnapshotCatalog> m_catalog;
};

} // namespace lifeboat
