#pragma once

#include "core/snapshot/SnapshotEntry.h"
#include "core/snapshot/SnapshotInfo.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace lifeboat {

// How much a MatrixOne snapshot is meant to cover. MatrixOne v1.2.4 only takes account
// snapshots (CREATE SNAPSHOT s FOR ACCOUNT a); a database or table snapshot is an account
// snapshot whose intended scope Lifeboat records, so that restore touches only that
// database or table.
enum class MatrixOneLevel { Account, Database, Table };

// "account", "database", "table"
QString matrixOneLevelName(MatrixOneLevel level);
std::optional<MatrixOneLevel> parseMatrixOneLevel(const QString &name);

// One MatrixOne snapshot as Lifeboat shows it: what the server's SHOW SNAPSHOTS says about it
// (name, time, the level the server took, account), joined with what Lifeboat's catalog keeps
// (intended scope, purpose, versions, description, delete-after, last verification), which
// the server stores none of.
struct MatrixOneSnapshot {
    QString name;
    QString server;              // "127.0.0.1:6001": the catalog's key with the name
    QString account;             // the account the snapshot is of
    MatrixOneLevel level = MatrixOneLevel::Account; // the intended scope
    QString database;            // level Database or Table
    QString table;               // level Table
    QString serverLevel;         // what the server took: "account" on v1.2.4
    QDateTime createdAt;         // UTC: the server's timestamp (the catalog's when not on the server)
    SnapshotInfo info;           // description, purpose, createdBy, versions, tags, deleteAfter

    bool onServer = false;       // listed by SHOW SNAPSHOTS
    bool inCatalog = false;      // Lifeboat recorded it (taken by Lifeboat)

    SnapshotVerification verification = SnapshotVerification::Never;
    QDateTime verifiedAt;
    QString verificationNote;

    // "database shop", "table shop.products", "account sys".
    QString scopeText() const;
    // Why it cannot be restored or cloned ("" when it can): gone from the server.
    QString problem() const;
    // The fields RetentionPolicy and the snapshot list read (name, info, createdAt, the
    // database, usable()), so that prune follows the same rules as for MongoDB snapshots.
    SnapshotEntry toEntry() const;
    QJsonObject toJson() const;
};

} // namespace lifeboat
