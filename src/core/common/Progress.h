#pragma once

#include "core/common/Phase.h"

#include <QList>
#include <QString>

namespace lifeboat {

struct CollectionProgress {
    enum class State { Waiting, Running, Done, Failed };
    QString ns;               // "db.collection"
    qint64 documentsDone = 0;
    qint64 documentsTotal = 0; // estimate from the server or the manifest; may be off
    qint64 bytesDone = 0;      // Extended JSON bytes written or read
    State state = State::Waiting;
};

// Where a running job is: the one progress contract of every engine (backup, restore,
// verification, snapshots), handed to a ProgressSink by the engine's ProgressTicker at most
// every 200 ms and at each change of phase.
struct Progress {
    Phase phase = Phase::Starting;
    qint64 documentsDone = 0;
    qint64 documentsTotal = 0; // estimated
    qint64 bytesDone = 0;
    qint64 bytesTotalEstimate = 0; // estimated from the server's data size or the archive
    qint64 elapsedMs = 0;
    int collectionsDone = 0;
    int collectionsTotal = 0;
    QList<CollectionProgress> collections;

    // Remaining time from the document rate; -1 when it cannot be told yet.
    qint64 etaMs() const;
    double fraction() const;
};

// How an engine reports. An engine's ProgressTicker calls it one call at a time, but not
// always from the same thread: an implementation that drives a GUI hands the data over to
// its own thread. Engines that were given no sink report to none(), which does nothing.
class ProgressSink {
public:
    ProgressSink() = default;
    ProgressSink(const ProgressSink &) = delete; // engines hold it by reference; a copy would slice
    ProgressSink &operator=(const ProgressSink &) = delete;
    virtual ~ProgressSink() = default;
    virtual void progress(const Progress &) {}
    // Human-readable events: "skipping view x", warnings.
    virtual void message(const QString &) {}

    static ProgressSink &none();
};

} // namespace lifeboat
