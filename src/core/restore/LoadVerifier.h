#pragma once

#include "core/common/CancelToken.h"
#include "core/mongo/MongoClientPool.h"
#include "core/restore/RestoreTarget.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace lifeboat {

// Verifies each collection as soon as its last batch is in, on threads of its own, while the
// other collections still load (counting a large collection reads all of it on some servers).
// The row lands in RestoreTarget::row.
class LoadVerifier final {
public:
    // Collections verified at the same time (each holds a connection of the pool).
    static constexpr int Threads = 2;

    LoadVerifier(MongoClientPool &pool, const QString &db, bool full, const CancelToken &cancel);
    ~LoadVerifier();
    LoadVerifier(const LoadVerifier &) = delete;
    LoadVerifier &operator=(const LoadVerifier &) = delete;

    // The reader has read the collection's whole file and queued its last batch.
    void fileDone(RestoreTarget &t);
    // A batch of the collection is written.
    void batchDone(RestoreTarget &t);
    // Ends the threads, after verifying what is queued (`finishQueued`) or not.
    void stop(bool finishQueued);

private:
    void queueIfLoaded(RestoreTarget &t); // under m_mutex
    void verifyQueued(MongoClientPool &pool);

    const QString m_db;
    const bool m_full;
    const CancelToken &m_cancel;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<RestoreTarget *> m_queue;
    bool m_loadOver = false;
    std::vector<std::thread> m_threads;
};

} // namespace lifeboat
