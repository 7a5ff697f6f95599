#include "WorkerThreads.h"

#include <QThreadPool>

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

} // namespace lifeboat::app
