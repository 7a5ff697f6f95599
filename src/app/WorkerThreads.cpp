#include "WorkerThreads.h"

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
    const int current = getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()));
    if (current < 10)
        setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 10);
#endif
}

} // namespace lifeboat::app
