#include "core/restore/BatchQueue.h"

namespace lifeboat {

bool BatchQueue::push(Batch &&b)
{
    std::unique_lock lock(m_mutex);
    m_notFull.wait(lock, [&] { return m_items.size() < m_capacity || m_aborted; });
    if (m_aborted)
        return false;
    m_items.push_back(std::move(b));
    m_notEmpty.notify_one();
    return true;
}

std::optional<Batch> BatchQueue::pop()
{
    std::unique_lock lock(m_mutex);
    m_notEmpty.wait(lock, [&] { return !m_items.empty() || m_closed || m_aborted; });
    if (m_aborted || m_items.empty())
        return std::nullopt;
    Batch b = std::move(m_items.front());
    m_items.pop_front();
    m_notFull.notify_one();
    return b;
}

void BatchQueue::close()
{
    std::lock_guard lock(m_mutex);
    m_closed = true;
    m_notEmpty.notify_all();
}

void BatchQueue::abort()
{
    std::lock_guard lock(m_mutex);
    m_aborted = true;
    m_notEmpty.notify_all();
    m_notFull.notify_all();
}

} // namespace lifeboat
