#pragma once

#include "core/common/Result.h"
#include "core/matrixone/MatrixOneConnection.h"
#include "core/matrixone/MatrixOneSnapshot.h"
#include "core/matrixone/MatrixOneSnapshotCatalog.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace lifeboat {

struct MatrixOneCreateRequest {
    MatrixOneLevel level = MatrixOneLevel::Database;
    QString database;   // Database and Table levels
    QString table;      // Table level
    SnapshotInfo info;  // info.name empty: proposed from purpose and version
};

struct MatrixOneCreateResult {
    MatrixOneSnapshot snapshot;
    QStringList tables;  // the tables the intended scope holds now
    qint64 rows = 0;     // their rows now
    // What the server took when it is not the intended scope ("MatrixOne 1.2.4 takes account
    // snapshots only: ..."); empty when they agree.
    QString scopeNote;
    qint64 elapsedMs = 0;
};

// MatrixOne's own snapshots through one connection, with Lifeboat's metadata in the snapshot
// folder's catalog: create, list (SHOW SNAPSHOTS joined with the catalog), find, delete.
// Everything runs on the caller's thread (blocking).
class MatrixOneSnapshots final {
public:
    MatrixOneSnapshots(MatrixOneConnection &connection, const QString &folder);

    MatrixOneConnection &connection() { return m_connection; }
    MatrixOneSnapshotCatalog &catalog() { return m_catalog; }
    // The catalog's key for this server: "host:port".
    QString server() const { return m_connection.uri().hostPort(); }

    // Snapshot names MatrixOne takes unquoted everywhere: 1 to 64 characters of A-Z a-z 0-9 _,
    // not starting with a digit. Usage otherwise.
    static Status validateName(const QString &name);
    // SnapshotNames::propose() with '.' and '-' made '_': "pre_upgrade_v1_0_20261206_221500".
    static QString proposeName(const QString &purpose, const QString &version, const QDateTime &when = QDateTime::currentDateTime());

    // Takes the snapshot (CREATE SNAPSHOT ... FOR ACCOUNT <the URI's account>) and records its
    // intended scope and description. NotFound when the database or table does not exist,
    // Refused when the name is taken, the server's error otherwise.
    Result<MatrixOneCreateResult> create(const MatrixOneCreateRequest &request);
    // Every snapshot of the server the user can see, joined with the catalog's records of
    // this server (records whose snapshot is gone are listed with a problem), newest first.
    Result<QList<MatrixOneSnapshot>> list();
    // NotFound "no snapshot named X on MatrixOne at host:port".
    Result<MatrixOneSnapshot> find(const QString &name);
    // DROP SNAPSHOT and forget the record (a record whose snapshot is already gone is only forgotten).
    Status remove(const QString &name);
    // The tables of a database now ("" database: none), sorted.
    Result<QStringList> tablesNow(const QString &database);
    // The tables of a database as the snapshot holds them, sorted.
    Result<QStringList> tablesAt(const QString &snapshot, const QString &database);

private:
    Result<QList<MatrixOneSnapshot>> serverSnapshots();

    MatrixOneConnection &m_connection;
    MatrixOneSnapshotCatalog m_catalog;
};

} // namespace lifeboat
