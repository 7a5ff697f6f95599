#pragma once

#include "core/common/Progress.h"
#include "core/common/RateLimit.h"

#include <QElapsedTimer>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace lifeboat {

// The one way an engine reports, for one run. Every call to the sink goes through it, one
// at a time whatever thread asks, so a sink is never called concurrently. The engine gives
// a sampler that reads its counters (thread-safely: it runs on the ticker's thread too);
// the ticker stamps the phase and the elapsed time on what it returns.
//   - setPhase() reports at once; tick() reports when the interval has passed since the
//     last report (for an engine that loops on one thread); start() reports every interval
//     from a thread of the ticker's own until stop() (for engines whose work runs on many).
//   - stop() ends the thread; the destructor stops too. Reports after stop() still work.
class ProgressTicker final {
public:
    using Sampler = std::function<Progress()>;
    static constexpr std::chrono::milliseconds DefaultInterval{200};

    ProgressTicker(ProgressSink &sink, Sampler sampler, std::chrono::milliseconds interval = DefaultInterval);
    ~ProgressTicker();
    ProgressTicker(const ProgressTicker &) = delete;
    ProgressTicker &operator=(const ProgressTicker &) = delete;

    void setPhase(Phase phase);
    Phase phase() const;
    void report();
    void tick();
    void message(const QString &text);

    void start();
    void stop();

    qint64 elapsedMs() const { return m_timer.elapsed(); }
    ProgressSink &sink() const { return m_sink; }

private:
    void reportLocked();
    void loop();

    ProgressSink &m_sink;
    Sampler m_sampler;
    std::chrono::milliseconds m_interval;
    QElapsedTimer m_timer;
    mutable std::mutex m_mutex; // guards the sink, m_phase and m_limit
    Phase m_phase = Phase::Starting;
    RateLimit m_limit;

    std::thread m_thread;
    std::mutex m_threadMutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
};

} // namespace lifeboat
