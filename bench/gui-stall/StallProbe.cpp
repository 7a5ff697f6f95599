#include "StallProbe.h"

#include <algorithm>
#include <chrono>
#include <cmath>

#include <sys/resource.h>

namespace lifeboat::bench {

namespace {

constexpr qint64 kStallUs = 50000;   // the target: no stall of 50 ms or more
constexpr qint64 kNotableUs = 16000; // a frame at 60 Hz

// Nearest-rank percentile of sorted values.
qint64 percentile(const std::vector<qint64> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const auto rank = size_t(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted[std::clamp<size_t>(rank, 1, sorted.size()) - 1];
}

double ms(qint64 us)
{
    return double(us) / 1000.0;
}

QJsonObject stats(std::vector<qint64> values)
{
    std::sort(values.begin(), values.end());
    QJsonObject o;
    o[QStringLiteral("samples")] = qint64(values.size());
    if (values.empty())
        return o;
    qint64 sum = 0;
    for (qint64 v : values)
        sum += v;
    o[QStringLiteral("max_ms")] = ms(values.back());
    o[QStringLiteral("p50_ms")] = ms(percentile(values, 50));
    o[QStringLiteral("p99_ms")] = ms(percentile(values, 99));
    o[QStringLiteral("p999_ms")] = ms(percentile(values, 99.9));
    o[QStringLiteral("mean_ms")] = ms(sum / qint64(values.size()));
    o[QStringLiteral("over_50ms")] = qint64(std::count_if(values.begin(), values.end(), [](qint64 v) { return v > kStallUs; }));
    o[QStringLiteral("over_16ms")] = qint64(std::count_if(values.begin(), values.end(), [](qint64 v) { return v > kNotableUs; }));
    return o;
}

} // namespace

StallProbe::ThreadUsage StallProbe::ThreadUsage::now()
{
    rusage ru{};
    getrusage(RUSAGE_THREAD, &ru);
    return {qint64(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000 + ru.ru_utime.tv_usec + ru.ru_stime.tv_usec, qint64(ru.ru_nvcsw),
            qint64(ru.ru_nivcsw)};
}

StallProbe::StallProbe(int timerIntervalMs, int postIntervalMs, bool stacks)
    : m_sampler([this] { return nowUs(); }, stacks), m_timerIntervalMs(timerIntervalMs), m_postIntervalMs(postIntervalMs)
{
    m_clock.start();
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(timerIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
}

StallProbe::~StallProbe()
{
    stop();
}

void StallProbe::start()
{
    m_running = true;
    m_lastTickUs = nowUs();
    m_lastUsage = ThreadUsage::now();
    m_timer.start();
    m_sampler.start(qint64(m_timerIntervalMs) * 1000 + 20000);
    m_poster = std::thread([this] { postLoop(); });
}

void StallProbe::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer.stop();
    m_sampler.stop();
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_poster.joinable())
        m_poster.join();
}

void StallProbe::setPhase(const QString &name)
{
    const qint64 now = nowUs();
    if (!m_phase.isEmpty())
        m_phases[m_phase].endUs = now;
    m_phase = name;
    Phase &p = m_phases[name];
    if (p.startUs < 0)
        p.startUs = now;
    m_order.removeAll(name);
    m_order.append(name);
}

QJsonObject StallProbe::phaseJson(const QString &name) const
{
    const Phase &p = m_phases.at(name);
    QJsonObject o;
    o[QStringLiteral("wall_ms")] = ms(std::max<qint64>(0, p.endUs - p.startUs));
    o[QStringLiteral("timer")] = stats(p.gapsUs);
    o[QStringLiteral("posted")] = stats(p.latenciesUs);
    return o;
}

QJsonObject StallProbe::groupJson(const QString &prefix) const
{
    std::vector<qint64> gaps, latencies;
    qint64 wall = 0;
    for (const auto &[name, p] : m_phases) {
        if (!name.startsWith(prefix))
            continue;
        gaps.insert(gaps.end(), p.gapsUs.begin(), p.gapsUs.end());
        latencies.insert(latencies.end(), p.latenciesUs.begin(), p.latenciesUs.end());
        wall += std::max<qint64>(0, p.endUs - p.startUs);
    }
    QJsonObject o;
    o[QStringLiteral("wall_ms")] = ms(wall);
    o[QStringLiteral("timer")] = stats(std::move(gaps));
    o[QStringLiteral("posted")] = stats(std::move(latencies));
    return o;
}

QJsonArray StallProbe::worst(int n) const
{
    std::vector<const Notable *> list;
    for (const Notable &x : m_notable)
        list.push_back(&x);
    std::sort(list.begin(), list.end(), [](const Notable *a, const Notable *b) { return a->valueUs > b->valueUs; });
    QJsonArray out;
    int timers = 0, posts = 0;
    for (const Notable *x : list) {
        int &count = x->posted ? posts : timers;
        if (count >= n)
            continue;
        ++count;
        QJsonObject o{{QStringLiteral("probe"), x->posted ? QStringLiteral("posted") : QStringLiteral("timer")},
                      {QStringLiteral("ms"), ms(x->valueUs)},
                      {QStringLiteral("ended_at_ms"), ms(x->atUs)},
                      {QStringLiteral("phase"), x->phase}};
        if (!x->posted) {
            o[QStringLiteral("gui_cpu_ms")] = ms(x->during.cpuUs);
            o[QStringLiteral("gui_waits")] = x->during.waits;
            o[QStringLiteral("gui_preempted")] = x->during.preemptions;
            QJsonArray samples;
            for (const StallSampler::Sample &s : x->samples) {
                QJsonObject j{{QStringLiteral("late_ms"), ms(s.lateUs)},
                              {QStringLiteral("state"), QString(QLatin1Char(s.state))},
                              {QStringLiteral("syscall"), s.syscall}};
                if (!s.stack.isEmpty())
                    j[QStringLiteral("stack")] = QJsonArray::fromStringList(s.stack);
                samples.append(j);
            }
            o[QStringLiteral("samples")] = samples;
        }
        out.append(o);
    }
    return out;
}

void StallProbe::tick()
{
    const qint64 now = nowUs();
    m_sampler.heartbeat(now);
    const ThreadUsage usage = ThreadUsage::now();
    const ThreadUsage during{usage.cpuUs - m_lastUsage.cpuUs, usage.waits - m_lastUsage.waits, usage.preemptions - m_lastUsage.preemptions};
    const qint64 gap = now - m_lastTickUs;
    record(gap, now, false, during, gap >= kNotableUs ? m_sampler.take(m_lastTickUs) : std::vector<StallSampler::Sample>());
    m_lastTickUs = now;
    m_lastUsage = usage;
}

void StallProbe::record(qint64 valueUs, qint64 atUs, bool posted, ThreadUsage during, std::vector<StallSampler::Sample> samples)
{
    if (m_phase.isEmpty())
        return;
    Phase &p = m_phases[m_phase];
    (posted ? p.latenciesUs : p.gapsUs).push_back(valueUs);
    p.endUs = atUs;
    if (valueUs >= kNotableUs)
        m_notable.push_back({valueUs, atUs, m_phase, posted, during, std::move(samples)});
}

void StallProbe::postLoop()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        m_wake.wait_for(lock, std::chrono::milliseconds(m_postIntervalMs), [this] { return m_stopping; });
        if (m_stopping)
            break;
        const qint64 sent = nowUs();
        QMetaObject::invokeMethod(
            this, [this, sent] {
                const qint64 now = nowUs();
                record(now - sent, now, true, {}, {});
            },
            Qt::QueuedConnection);
    }
}

} // namespace lifeboat::bench
