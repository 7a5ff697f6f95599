#pragma once

#include "core/archive/Manifest.h"
#include "core/common/Progress.h"

#include <QString>

#include <atomic>

namespace lifeboat {

// One collection of a backup: what it is, where it goes in the archive, what the server
// estimates of it, and (while a worker copies it) how far the copy is. The counters are
// written by the worker and read by the progress thread.
struct BackupTask {
    QString database;
    QString name;
    QString type;
    QString file; // relative to the top folder; empty for views
    qint64 estimatedDocuments = 0;
    qint64 estimatedBytes = 0;
    CollectionRecord record; // what the manifest will say of it
    std::atomic<qint64> documentsDone{0};
    std::atomic<qint64> bytesDone{0};
    std::atomic<int> state{int(CollectionProgress::State::Waiting)};

    bool isView() const { return type == QLatin1String("view"); }
    QString ns() const { return database + QLatin1Char('.') + name; }
    void setState(CollectionProgress::State s) { state = int(s); }
};

} // namespace lifeboat
