#include "app/jobs/WorkerThreads.h"

#include <QThreadPool>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace lifeboat::app {

namespace {
Q_GLOBAL_STATIC(QThreadPool, pool)
}

QThreadPool *longWorkThreads()
{
    QThreadPool *threads = pool();
    threads->setMaxThreadCount(64); // a thread each: they mostly wait on the server or the disk
    return threads;
}

void lowerCurrentThreadPriority()
{
#ifdef Q_OS_LINUX
    // On Linux a nice value belongs to a thread (PRIO_PROCESS with a thread id) and is
    // inherited by the threads it creates. Raising it needs no privilege; lowering it back
    // would, so pool threads keep it: they only ever run long background work.
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
    //
    // 19, the lowest: under group scheduling (autogroups, cgroups) a process's share of a
    // CPU follows the load of its threads there, so busy job threads at a higher weight pull
    // the app's share away from the CPU where the GUI thread wakes up, and a local server's
    // threads then keep it waiting. At nice 19 (weight 15 against the GUI thread's 1024) the
    // jobs barely count, and still get every cycle nothing else wants.
    const int current = getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()));
    if (current < JobNiceValue)
        setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), JobNiceValue);
#endif
}

} // namespace lifeboat::app
