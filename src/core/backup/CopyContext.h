#pragma once

#include "core/archive/ArchiveWriter.h"
#include "core/backup/BackupRequest.h"
#include "core/backup/BackupRunState.h"
#include "core/common/CancelToken.h"
#include "core/mongo/MongoClientPool.h"

#include <QJsonObject>
#include <QString>

#include <mutex>

namespace lifeboat {

// What the copies of one backup share: where they read, where they write, and the run.
struct CopyContext {
    const BackupRequest &request;
    const CancelToken &cancel;
    MongoClientPool &pool;
    QJsonObject clusterTime;  // the point in time every read is pinned to; empty: none
    ArchiveWriter &writer;
    std::mutex writerMutex{}; // one collection at a time goes into the archive
    QString topFolder;        // "<name>/"
    QString spoolFolder;      // where a spool too large for memory is kept
    BackupRunState &state;
};

} // namespace lifeboat
