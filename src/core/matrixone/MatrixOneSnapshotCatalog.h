#pragma once

#include "core/common/Result.h"
#include "core/matrixone/MatrixOneSnapshot.h"

#include <QList>
#include <QString>

namespace lifeboat {

// What Lifeboat knows about MatrixOne snapshots that the server does not store: the intended
// scope, purpose, versions, description, delete-after and last verification. Kept in the
// snapshot folder's catalog file (SnapshotCatalog::FileName), in a table of its own,
// `matrixone_snapshots`, keyed by server ("host:port") and snapshot name. Unlike the
// archives' rows, these are not a cache: nothing else holds them, and SnapshotCatalog's
// rebuilds never touch this table. One instance per thread.
class MatrixOneSnapshotCatalog final {
public:
    explicit MatrixOneSnapshotCatalog(const QString &folder);
    ~MatrixOneSnapshotCatalog();
    MatrixOneSnapshotCatalog(const MatrixOneSnapshotCatalog &) = delete;
    MatrixOneSnapshotCatalog &operator=(const MatrixOneSnapshotCatalog &) = delete;

    const QString &folder() const { return m_folder; }
    QString databasePath() const;

    // Every snapshot recorded for `server`, oldest first; none when the folder has no catalog.
    Result<QList<MatrixOneSnapshot>> entries(const QString &server);
    // Adds or replaces the row of (snapshot.server, snapshot.name). Creates the folder.
    Status put(const MatrixOneSnapshot &snapshot);
    Status recordVerification(const QString &server, const QString &name, SnapshotVerification state, const QString &note,
                              const QDateTime &when = QDateTime::currentDateTimeUtc());
    Status forget(const QString &server, const QString &name);

private:
    Status open(bool create);

    QString m_folder;
    QString m_connection;
    bool m_open = false;
};

} // namespace lifeboat
