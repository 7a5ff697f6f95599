#pragma once

#include "core/common/Progress.h"

#include <condition_variable>
#include <mutex>
#include <thread>

namespace lifeboat {

class BackupRunState;

// Hands the run's progress to the sink every 200 ms from its own thread until stopped
// (while the collections are copied in parallel).
class BackupProgressTicker final {
public:
    BackupProgressTicker(ProgressSink *sink, const BackupRunState &state);
    ~BackupProgressTicker();
    BackupProgressTicker(const BackupProgressTicker &) = delete;
    BackupProgressTicker &operator=(const BackupProgressTicker &) = delete;
    void stop();

private:
    void loop();

    ProgressSink *m_sink;
    const BackupRunState &m_state;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_done = false;
};

} // namespace lifeboat
