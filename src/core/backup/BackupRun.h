#pragma once

#include "core/archive/ArchiveWriter.h"
#include "core/archive/Manifest.h"
#include "core/backup/BackupFolder.h"
#include "core/backup/BackupRequest.h"
#include "core/backup/BackupRunState.h"
#include "core/common/CancelToken.h"
#include "core/common/Progress.h"
#include "core/common/ProgressTicker.h"
#include "core/common/Result.h"
#include "core/mongo/DatabaseCatalog.h"
#include "core/mongo/MongoClientPool.h"
#include "core/mongo/ServerInfo.h"

#include <QDateTime>
#include <QJsonObject>

#include <memory>
#include <utility>
#include <vector>

namespace lifeboat {

// One backup, phase by phase, in the order BackupEngine::run calls them. Each phase reports
// its Phase through the run's ProgressTicker, does its part and keeps what the later ones
// need; a phase that fails after the archive was opened removes the partial file before it
// returns the error.
class BackupRun final {
public:
    BackupRun(const BackupRequest &request, const CancelToken &cancel, ProgressSink &sink);
    ~BackupRun();

    Status connect();                 // the output folder, a pool of clients, the server's facts
    Status listCollections();         // the databases and the collections of each
    Status selectCollections();       // what the request wants, and each one's file name
    Status readIndexesAndEstimates(); // views hold no data and have no estimate
    Status findPointInTime();         // the cluster time every read is pinned to, or why not
                                      // (never fails: the manifest says why it is not one point)
    Status openArchive();             // "<name>.<ext>.partial" with its folders
    Status copyCollections();         // in parallel, each one whole into the archive
    Status finish();                  // collections_metadata.json, manifest.json, close
    Status verify();                  // the written file read back against its manifest
    Result<QString> publish();        // renamed from .partial to its final name
    Result<BackupResult> complete(const QString &archivePath); // keeps the folder if asked

private:
    QString probeClusterTime();
    Status copyOutcome();
    Manifest describe() const;
    Status writeMetadata();
    Error abandon(const Error &error);

    const BackupRequest &m_request;
    const CancelToken &m_cancel;
    const QString m_name;
    const QString m_topFolder; // "<name>/"
    const QDateTime m_createdAt;
    BackupRunState m_state;
    ProgressTicker m_ticker; // samples m_state (so it is declared after it)
    QString m_outDir;
    std::unique_ptr<MongoClientPool> m_pool;
    ServerInfo m_server;
    QStringList m_databases;
    std::vector<std::pair<QString, QList<CollectionInfo>>> m_listed;
    std::vector<BackupFolder> m_folders;
    QJsonObject m_clusterTime;
    QString m_pointInTimeNote;
    std::unique_ptr<ArchiveWriter> m_writer;
    Manifest m_manifest;
};

} // namespace lifeboat
