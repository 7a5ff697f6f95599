#pragma once

#include "core/common/Result.h"
#include "core/snapshot/SnapshotInfo.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace lifeboat {

// What one collection (or view) in an archive holds. See docs/archive-format.md.
struct CollectionRecord {
    QString database;
    QString name;
    QString file;          // path of its .jsonl inside the top folder; empty for views
    QString type;          // "collection", "timeseries" or "view"
    qint64 documents = 0;
    qint64 bytes = 0;      // size of the .jsonl file
    QString sha256;        // of the .jsonl file, hex
    QString digest;        // DocumentDigest of the documents' BSON
    QJsonArray indexes;    // listIndexes entries, canonical Extended JSON
    QString viewOn;        // views only
    QJsonArray pipeline;   // views only, canonical Extended JSON

    QString ns() const { return database + QLatin1Char('.') + name; }
    QJsonObject toJson() const;
    static CollectionRecord fromJson(const QJsonObject &o);
};

struct Manifest {
    static constexpr int FormatVersion = 1;
    static constexpr const char *FormatName = "lifeboat-archive";

    int formatVersion = FormatVersion;
    QString toolName = QStringLiteral("lifeboat");
    QString toolVersion;
    QString name;              // the top folder's name
    QDateTime createdAt;       // UTC
    QDateTime completedAt;     // UTC
    QString sourceHosts;       // host list, no credentials
    QString sourceUri;         // connection string without credentials
    QJsonObject server;        // ServerInfo::toJson()
    QString scope;             // "database", "collections" or "deployment"
    QStringList databases;
    QString jsonStyle;         // "canonical" or "relaxed"
    bool pretty = false;
    QString compression;       // "none", "gzip", "zstd"
    bool pointInTime = false;
    QJsonObject clusterTime;   // {"t": ..., "i": ...} when pointInTime
    QString pointInTimeNote;   // why not, when not
    QList<CollectionRecord> collections;
    std::optional<SnapshotInfo> snapshot; // "snapshot": set for snapshots (SnapshotStore), absent in plain backups
    QJsonObject extra;         // other top-level keys, kept as read (forward compatibility)

    qint64 totalDocuments() const;
    qint64 totalBytes() const;
    // Where each database's files live: "" for a one-database archive, "<db>/" otherwise.
    QString databaseFolder(const QString &database) const;
    bool nestsDatabases() const { return scope == QLatin1String("deployment"); }

    QJsonObject toJson() const;
    QByteArray toBytes() const;
    static Result<Manifest> fromBytes(const QByteArray &bytes, const QString &sourceName);
};

} // namespace lifeboat
