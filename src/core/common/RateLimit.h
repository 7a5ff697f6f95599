#pragma once

#include <QElapsedTimer>

#include <chrono>

namespace lifeboat {

// Says yes at most once per interval: the first call, then the first one after each
// interval has passed. The one throttle of progress output (the engines' ticker, the
// CLI's plain lines). Not thread-safe: its owner serialises the calls.
class RateLimit final {
public:
    explicit RateLimit(std::chrono::milliseconds interval) : m_interval(interval.count()) {}

    bool due()
    {
        if (m_last.isValid() && m_last.elapsed() < m_interval)
            return false;
        m_last.start();
        return true;
    }
    // The next due() says yes again.
    void reset() { m_last.invalidate(); }

private:
    qint64 m_interval;
    QElapsedTimer m_last;
};

} // namespace lifeboat
