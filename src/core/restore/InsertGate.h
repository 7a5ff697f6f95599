#pragma once

#include <condition_variable>
#include <limits>
#include <mutex>

namespace lifeboat {

// Lets the first N insert workers work; the others wait (N set by the tuner).
class InsertGate final {
public:
    void set(int allowed)
    {
        std::lock_guard lock(m_mutex);
        m_allowed = allowed;
        m_changed.notify_all();
    }
    void openAll() { set(std::numeric_limits<int>::max()); }
    void waitTurn(int worker)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return worker < m_allowed; });
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    int m_allowed = 1;
};

} // namespace lifeboat
