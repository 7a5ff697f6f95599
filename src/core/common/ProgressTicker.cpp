#include "core/common/ProgressTicker.h"

namespace lifeboat {

ProgressTicker::ProgressTicker(ProgressSink &sink, Sampler sampler, std::chrono::milliseconds interval)
    : m_sink(sink), m_sampler(std::move(sampler)), m_interval(interval), m_limit(interval)
{
    m_timer.start();
}

ProgressTicker::~ProgressTicker()
{
    stop();
}

void ProgressTicker::setPhase(Phase phase)
{
    std::lock_guard lock(m_mutex);
    m_phase = phase;
    reportLocked();
}

Phase ProgressTicker::phase() const
{
    std::lock_guard lock(m_mutex);
    return m_phase;
}

void ProgressTicker::report()
{
    std::lock_guard lock(m_mutex);
    reportLocked();
}

void ProgressTicker::tick()
{
    std::lock_guard lock(m_mutex);
    if (m_limit.due())
        reportLocked();
}

void ProgressTicker::message(const QString &text)
{
    std::lock_guard lock(m_mutex);
    m_sink.message(text);
}

void ProgressTicker::reportLocked()
{
    Progress p = m_sampler ? m_sampler() : Progress{};
    p.phase = m_phase;
    p.elapsedMs = m_timer.elapsed();
    m_sink.progress(p);
    m_limit.reset();
    m_limit.due(); // the interval counts from this report
}

void ProgressTicker::start()
{
    std::lock_guard lock(m_threadMutex);
    if (m_thread.joinable())
        return;
    m_stopping = false;
    m_thread = std::thread([this] { loop(); });
}

void ProgressTicker::stop()
{
    {
        std::lock_guard lock(m_threadMutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void ProgressTicker::loop()
{
    std::unique_lock lock(m_threadMutex);
    while (!m_stopping) {
        lock.unlock();
        tick();
        lock.lock();
        m_wake.wait_for(lock, m_interval, [this] { return m_stopping; });
    }
}

} // namespace lifeboat
