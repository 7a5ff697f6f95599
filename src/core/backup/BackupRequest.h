#pragma once

#include "core/archive/ArchiveCompression.h"
#include "core/codec/ExtJsonCodec.h"
#include "core/common/Limits.h"
#include "core/archive/Manifest.h"
#include "core/snapshot/SnapshotInfo.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace lifeboat {

// Everything a backup needs, as plain data (the CLI and the GUI fill it the same way).
struct BackupRequest {
    QString mongoUri;
    QString database;          // one database (unless allDatabases)
    QStringList collections;   // empty: every collection of the database
    bool allDatabases = false;
    QString outDir = QStringLiteral("backups");
    QString name;              // top folder and file name; default backup_YYYYmmdd_HHMMSS
    ArchiveCompression compression = ArchiveCompression::Gzip;
    int compressionLevel = -1;  // -1: defaultCompressionLevel()
    JsonStyle jsonStyle = JsonStyle::Canonical;
    bool pretty = false;
    int batchSize = limits::DefaultBatchSize;
    int jobs = limits::DefaultJobs;
    bool keepDir = false;      // also leave the extracted folder, as the runbook's script did
    qint64 spoolMemoryLimit = 8 * 1024 * 1024; // per collection being read
    std::optional<SnapshotInfo> snapshot; // written into the manifest as "snapshot" (a named snapshot)

    static QString defaultName();
};

struct BackupResult {
    QString archivePath;
    QString keptDirectory;     // when keepDir
    Manifest manifest;
    qint64 elapsedMs = 0;
    QStringList warnings;
};

} // namespace lifeboat
