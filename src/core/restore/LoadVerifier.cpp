#include "core/restore/LoadVerifier.h"

namespace lifeboat {

LoadVerifier::LoadVerifier(MongoClientPool &pool, const QString &db, bool full, const CancelToken &cancel)
    : m_db(db), m_full(full), m_cancel(cancel)
{
    for (int v = 0; v < Threads; ++v)
        m_threads.emplace_back([this, &pool] { verifyQueued(pool); });
}

LoadVerifier::~LoadVerifier()
{
    stop(false);
}

void LoadVerifier::fileDone(RestoreTarget &t)
{
    std::lock_guard lock(m_mutex);
    t.fileDone = true;
    queueIfLoaded(t);
}

void LoadVerifier::batchDone(RestoreTarget &t)
{
    std::lock_guard lock(m_mutex);
    queueIfLoaded(t);
}

void LoadVerifier::queueIfLoaded(RestoreTarget &t)
{
    if (t.loaded() && !t.verifyQueued) {
        t.verifyQueued = true;
        m_queue.push_back(&t);
        m_wake.notify_one();
    }
}

void LoadVerifier::stop(bool finishQueued)
{
    {
        std::lock_guard lock(m_mutex);
        m_loadOver = true;
        if (!finishQueued)
            m_queue.clear();
        m_wake.notify_all();
    }
    for (auto &v : m_threads)
        v.join();
    m_threads.clear();
}

void LoadVerifier::verifyQueued(MongoClientPool &pool)
{
    auto client = pool.acquire();
    for (;;) {
        RestoreTarget *t = nullptr;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return !m_queue.empty() || m_loadOver; });
            if (m_queue.empty() || m_cancel.isCancelled())
                return;
            t = m_queue.front();
            m_queue.pop_front();
        }
        t->row = CollectionVerifier::compare(client, m_db, t->loadName, t->planned->type, t->stats, m_full,
                                             t->acknowledgedCount());
    }
}

} // namespace lifeboat
