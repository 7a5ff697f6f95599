#pragma once

#include "StallSampler.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace lifeboat::bench {

// Watches the GUI thread's event loop, by phase of the scenario:
//   - timer: a Qt::PreciseTimer of `timerIntervalMs` (0: every loop iteration) on the GUI
//     thread; the gap between consecutive timeouts. A gap of the interval is no stall at all.
//   - posted: a thread of its own posts a queued call to the GUI thread every
//     `postIntervalMs`; the time until it ran.
// For every timer gap of 16 ms or more it keeps what the GUI thread did meanwhile: its CPU
// time, voluntary waits and preemptions (getrusage(RUSAGE_THREAD)) and the StallSampler's
// samples (state, system call, stack) taken while it was late.
// Construct on the GUI thread.
class StallProbe final : public QObject {
public:
    StallProbe(int timerIntervalMs, int postIntervalMs, bool stacks);
    ~StallProbe() override;

    void start();
    void stop();
    // Later samples count for `name`: the phase current when a gap ends or a call runs.
    void setPhase(const QString &name);

    QStringList phases() const { return m_order; }
    QJsonObject phaseJson(const QString &name) const;
    // The phases whose name starts with `prefix`, taken together.
    QJsonObject groupJson(const QString &prefix) const;
    // The longest gaps and latencies (at most `n` of each probe), when they ended, in which
    // phase, and for timer gaps what the GUI thread did.
    QJsonArray worst(int n) const;
    int stackSamples() const { return m_sampler.samplesTaken(); }

    qint64 nowUs() const { return m_clock.nsecsElapsed() / 1000; }

private:
    struct Phase {
        qint64 startUs = -1;
        qint64 endUs = -1;
        std::vector<qint64> gapsUs;
        std::vector<qint64> latenciesUs;
    };
    // The GUI thread's own account: CPU time, how often it gave up the CPU (the event loop's
    // poll, a lock, the disk, the X server) and how often it was preempted.
    struct ThreadUsage {
        qint64 cpuUs;
        qint64 waits;
        qint64 preemptions;
        static ThreadUsage now();
    };
    struct Notable {
        qint64 valueUs;
        qint64 atUs;
        QString phase;
        bool posted;
        ThreadUsage during; // timer gaps only
        std::vector<StallSampler::Sample> samples;
    };

    void tick();
    void record(qint64 valueUs, qint64 atUs, bool posted, ThreadUsage during, std::vector<StallSampler::Sample> samples);
    void postLoop();

    QElapsedTimer m_clock;
    QTimer m_timer;
    StallSampler m_sampler;
    int m_timerIntervalMs;
    int m_postIntervalMs;
    qint64 m_lastTickUs = 0;
    ThreadUsage m_lastUsage{};
    QString m_phase;
    QStringList m_order;
    std::map<QString, Phase> m_phases;
    std::vector<Notable> m_notable;
    std::thread m_poster;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    bool m_running = false;
};

} // namespace lifeboat::bench
