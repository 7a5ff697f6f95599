#pragma once

#include <QList>
#include <QString>

namespace lifeboat {

struct CollectionProgress {
    enum class State { Waiting, Running, Done, Failed };
    QString ns;               // "db.collection"
    qint64 documentsDone = 0;
    qint64 documentsTotal = 0; // estimate from the server; may be off
    qint64 bytesDone = 0;      // Extended JSON bytes written
    State state = State::Waiting;
};

// A snapshot of a running backup, handed to a ProgressSink at most every ~200 ms.
struct BackupProgress {
    QString phase;             // "connecting", "listing", "copying", "finishing", "verifying", "done"
    qint64 documentsDone = 0;
    qint64 documentsTotal = 0; // estimated
    qint64 bytesDone = 0;
    qint64 bytesTotalEstimate = 0; // estimated from the server's data size
    qint64 elapsedMs = 0;
    int collectionsDone = 0;
    int collectionsTotal = 0;
    QList<CollectionProgress> collections;

    // Remaining time from the document rate; -1 when it cannot be told yet.
    qint64 etaMs() const;
    double fraction() const;
};

// How the engine reports. Called from one engine thread (never concurrently); an
// implementation that drives a GUI must hand the data over to its own thread.
class ProgressSink {
public:
    virtual ~ProgressSink() = default;
    virtual void progress(const BackupProgress &) {}
    // Human-readable events: "skipping view x", warnings.
    virtual void message(const QString &) {}
};

} // namespace lifeboat
