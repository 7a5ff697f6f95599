#pragma once

#include <atomic>
#include <memory>

namespace lifeboat {

// Shared cancellation flag: copies observe the same state. The GUI's Cancel button and the
// CLI's Ctrl-C set it; every engine loop polls it.
class CancelToken final {
public:
    CancelToken() : m_flag(std::make_shared<std::atomic<bool>>(false)) {}
    void cancel() const { m_flag->store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_flag->load(std::memory_order_relaxed); }

private:
    std::shared_ptr<std::atomic<bool>> m_flag;
};

} // namespace lifeboat
