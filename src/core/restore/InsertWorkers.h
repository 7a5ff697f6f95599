#pragma once

#include "core/common/RecyclePool.h"
#include "core/common/Result.h"
#include "core/restore/BatchQueue.h"
#include "core/restore/InsertConcurrencyTuner.h"
#include "core/restore/InsertGate.h"

#include <QElapsedTimer>

#include <atomic>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace lifeboat {

class LoadVerifier;
struct RestoreRun;

// The insert workers of a load: --jobs threads, each with a connection of its own, writing
// the batches the reader queues. How many write at once is tuned while loading
// (InsertConcurrencyTuner); the first failure stops them all.
class InsertWorkers final {
public:
    InsertWorkers(RestoreRun &run, LoadVerifier &verifier);
    ~InsertWorkers();
    InsertWorkers(const InsertWorkers &) = delete;
    InsertWorkers &operator=(const InsertWorkers &) = delete;

    // Queues a batch, waiting for room; false once the workers have stopped on an error.
    bool push(Batch &&batch);
    // An empty batch buffer, one the workers are done with when there is one.
    PackedDocuments emptyBuffer() { return m_spare.take(); }
    // Once per tuning window, hands the measured throughput to the tuner and lets as many
    // workers write as it says.
    void retune();
    // No more batches: the workers write what is queued (or drop it, `discard`) and end.
    // Returns the first worker's error.
    Status finish(bool discard);

private:
    void work(int worker);
    void fail(const Error &error);

    RestoreRun &m_run;
    LoadVerifier &m_verifier;
    BatchQueue m_queue;
    RecyclePool<PackedDocuments> m_spare;
    InsertGate m_gate;
    InsertConcurrencyTuner m_tuner;
    std::atomic<qint64> m_insertedBytes{0};
    QElapsedTimer m_tuneWindow;
    qint64 m_tuneBytes = 0;
    std::mutex m_errorMutex;
    std::optional<Error> m_error;
    std::vector<std::thread> m_threads;
};

} // namespace lifeboat
