#pragma once

#include "core/common/CancelToken.h"
#include "core/archive/Manifest.h"
#include "core/common/Result.h"
#include "core/snapshot/SnapshotEntry.h"

#include <QList>
#include <QString>

#include <functional>

namespace lifeboat {

// The catalog of a snapshot folder: an SQLite file (".lifeboat-catalog.sqlite", through Qt SQL)
// caching each archive's manifest summary, file size and time, and last verification. It is
// only a cache: the manifests are the truth. refresh() compares the folder's archives (names,
// sizes, modification times) with the catalog and re-reads the manifests of new or changed
// archives only; a missing, corrupt or older-schema catalog is rebuilt from every manifest.
// Verification states survive a refresh for unchanged archives; a changed archive starts
// again at "never".
//
// One instance per thread (each opens its own uniquely named database connection); several
// instances and processes may use the same folder at once (SQLite locking, busy timeout).
class SnapshotCatalog final {
public:
    static constexpr const char *FileName = ".lifeboat-catalog.sqlite";
    static constexpr int SchemaVersion = 1;

    // What the last refresh() did, for tests and the GUI's status line.
    struct RefreshStats {
        bool rebuilt = false;      // the catalog was created from nothing
        QString rebuildReason;     // "missing", "corrupt: ...", "schema version 0"
        int reread = 0;            // manifests read from archives
        int removed = 0;           // rows of archives no longer in the folder
        int unchanged = 0;         // rows used as they were
    };

    explicit SnapshotCatalog(const QString &folder);
    ~SnapshotCatalog();
    SnapshotCatalog(const SnapshotCatalog &) = delete;
    SnapshotCatalog &operator=(const SnapshotCatalog &) = delete;

    const QString &folder() const { return m_folder; }
    QString databasePath() const;

    // Brings the catalog up to date with the folder (creating the folder is not its job: a
    // missing folder lists as empty). Cheap when nothing changed: one directory listing.
    Status refresh(const CancelToken &cancel = CancelToken());
    const RefreshStats &lastRefresh() const { return m_stats; }

    // Every entry, newest first (by createdAt), after refresh().
    Result<QList<SnapshotEntry>> entries(const CancelToken &cancel = CancelToken());
    // The archive's whole manifest as cached (no archive read). NotFound for unknown files.
    Result<Manifest> manifest(const QString &fileName);

    // Adds or replaces the row of an archive whose manifest the caller already has (the
    // snapshot it just wrote), without reading the archive.
    Status put(const QString &fileName, const Manifest &manifest);
    Status recordVerification(const QString &fileName, SnapshotVerification state, const QString &note,
                              const QDateTime &when = QDateTime::currentDateTimeUtc());
    Status forget(const QString &fileName);

private:
    Status open();
    Status rebuild(const QString &reason);
    Status sync(const CancelToken &cancel);
    Status write(const QString &fileName, const Manifest &manifest, const QString &problem);
    Status writeTransaction(const std::function<Status()> &body);
    void close();

    QString m_folder;
    QString m_connection;
    bool m_open = false;
    RefreshStats m_stats;
};

} // namespace lifeboat
