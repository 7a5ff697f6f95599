#include "core/backup/BackupProgressTicker.h"

#include "core/backup/BackupRunState.h"

#include <chrono>

namespace lifeboat {

BackupProgressTicker::BackupProgressTicker(ProgressSink *sink, const BackupRunState &state) : m_sink(sink), m_state(state)
{
    if (m_sink)
        m_thread = std::thread([this] { loop(); });
}

BackupProgressTicker::~BackupProgressTicker()
{
    stop();
}

void BackupProgressTicker::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_done = true;
    }
    m_cv.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void BackupProgressTicker::loop()
{
    std::unique_lock lock(m_mutex);
    while (!m_done) {
        lock.unlock();
        m_sink->progress(m_state.snapshot());
        lock.lock();
        m_cv.wait_for(lock, std::chrono::milliseconds(200), [this] { return m_done; });
    }
}

} // namespace lifeboat
