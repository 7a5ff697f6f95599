#pragma once

#include <QString>
#include <QStringList>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include <pthread.h>
#include <sys/types.h>

namespace lifeboat::bench {

// Looks at the GUI thread while it is late: when its heartbeat is older than a threshold, a
// thread of its own reads the GUI thread's scheduler state and current system call
// (/proc/self/task/<tid>/stat and .../syscall) and, if asked, its user-space stack (a signal
// to the GUI thread, whose handler calls backtrace(); symbolized here, off the GUI thread).
// Together with the thread's CPU time they tell a stall of the app's own code (running, a
// stack in lifeboat::app) from a blocked call (futex, read, an X round trip: poll on one fd
// without timeout) and from a machine short of cores (runnable, little CPU).
//
// One sampler per process (the signal handler is process-wide). Construct, start() and
// heartbeat() on the GUI thread.
class StallSampler final {
public:
    struct Sample {
        qint64 atUs = 0;   // on the clock nowUs() reads
        qint64 lateUs = 0; // since the last heartbeat
        char state = '?';  // R running or runnable, S sleeping, D uninterruptible (disk), ...
        QString syscall;   // "running", "poll(nfds=1, timeout=-1)", "futex", ...
        QStringList stack; // innermost first, demangled; empty without stacks
    };

    StallSampler(std::function<qint64()> nowUs, bool stacks);
    ~StallSampler();
    StallSampler(const StallSampler &) = delete;
    StallSampler &operator=(const StallSampler &) = delete;

    // Samples every `everyUs` while the heartbeat is older than `thresholdUs`.
    void start(qint64 thresholdUs, qint64 everyUs = 10000);
    void stop();
    // The GUI thread is alive at `nowUs`.
    void heartbeat(qint64 nowUs) { m_beatUs.store(nowUs, std::memory_order_relaxed); }
    // The samples taken since `sinceUs`; older ones are dropped.
    std::vector<Sample> take(qint64 sinceUs);

    bool stacks() const { return m_stacks; }
    int samplesTaken() const { return m_taken; }

private:
    void loop();
    Sample sample(qint64 now, qint64 late);
    QStringList stack();

    std::function<qint64()> m_nowUs;
    bool m_stacks;
    pid_t m_tid;
    pthread_t m_thread;
    qint64 m_thresholdUs = 25000;
    qint64 m_everyUs = 10000;
    std::atomic<qint64> m_beatUs{0};
    std::thread m_watcher;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::vector<Sample> m_samples; // guarded by m_mutex
    int m_taken = 0;
};

} // namespace lifeboat::bench
