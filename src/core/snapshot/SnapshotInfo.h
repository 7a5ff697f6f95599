#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace lifeboat {

// How much a snapshot holds: one or more collections of a database, a whole database, or
// every user database of the deployment.
enum class SnapshotLevel { Collection, Database, Deployment };

// "collection", "database", "deployment"
QString snapshotLevelName(SnapshotLevel level);
std::optional<SnapshotLevel> parseSnapshotLevel(const QString &name);

// What makes a backup a snapshot: a name and a description of why it was taken. It lives in
// the archive's manifest.json under "snapshot" (docs/archive-format.md), so an archive copied
// to another folder or machine still says what it is.
struct SnapshotInfo {
    QString name;              // equals the archive's top folder and file name (SnapshotNames)
    QString description;       // free text
    SnapshotLevel level = SnapshotLevel::Database;
    QString purpose;           // e.g. "pre_upgrade", "daily", "pre_restore"
    QString createdBy;         // default: the OS user (defaultCreatedBy())
    QString versionBefore;     // the application's version when it was taken, e.g. "1.0"
    QString versionTarget;     // the version the change goes to, e.g. "2.0"
    QStringList tags;
    QDateTime deleteAfter;     // UTC; invalid: keep until deleted by hand or by --older-than

    // True when deleteAfter is set and has passed at `now`.
    bool isExpired(const QDateTime &now) const;

    QJsonObject toJson() const;
    static SnapshotInfo fromJson(const QJsonObject &o);

    // The user running this process (USER / USERNAME, else the password database), or "".
    static QString defaultCreatedBy();
};

} // namespace lifeboat
