#pragma once

#include <cstddef>
#include <mutex>
#include <utility>
#include <vector>

namespace lifeboat {

// Buffers handed back by the thread that is done with them, for the next one to fill: a large
// buffer allocated on one thread and freed on another costs the allocator more than its
// contents cost to write, and fresh pages must be cleared by the kernel first. Holds at most
// `keep` of them; take() gives a default-constructed T when none is spare. Thread-safe.
template<typename T>
class RecyclePool final {
public:
    explicit RecyclePool(size_t keep) : m_keep(keep) {}

    T take()
    {
        const std::lock_guard lock(m_mutex);
        if (m_spare.empty())
            return T();
        T item = std::move(m_spare.back());
        m_spare.pop_back();
        return item;
    }

    void give(T &&item)
    {
        const std::lock_guard lock(m_mutex);
        if (m_spare.size() < m_keep)
            m_spare.push_back(std::move(item));
    }

private:
    const size_t m_keep;
    std::mutex m_mutex;
    std::vector<T> m_spare;
};

} // namespace lifeboat
