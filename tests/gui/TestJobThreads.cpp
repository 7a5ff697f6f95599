// Jobs keep off the global thread pool: Qt 6.4's raster engine hands large fills to
// QThreadPool::globalInstance() and waits for them on the GUI thread, so jobs that held its
// threads stalled every such paint until one of them ended (bench/gui-stall found it).
#include "app/jobs/JobManager.h"
#include "app/jobs/WorkerThreads.h"

#include <QElapsedTimer>
#include <QProgressBar>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent>

#include <atomic>
#include <stdexcept>
#include <chrono>
#include <thread>

#include <sys/resource.h>
#include <unistd.h>

using namespace lifeboat;
using namespace lifeboat::app;

namespace {
constexpr int kHoldMs = 5000; // how long each job holds its thread unless cancelled
}

class TestJobThreads : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void jobsLeaveTheGlobalPoolToPaintingAndLoads();
    void jobsRunBelowTheGuiThreadsPriority();
    void aJobThatThrowsEndsFailed();
};

void TestJobThreads::jobsLeaveTheGlobalPoolToPaintingAndLoads()
{
    // A large progress bar: it repaints at once on setValue(), with fills big enough for the
    // raster engine to split them over the global pool.
    QProgressBar bar;
    bar.setRange(0, 1000);
    bar.resize(900, 400);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QTest::qWait(100); // painted, nothing pending

    // As many running jobs as the global pool has threads, each busy for seconds.
    const int n = QThreadPool::globalInstance()->maxThreadCount();
    QVERIFY(n >= 1);
    JobManager jobs;
    std::atomic<int> running{0};
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < n; ++i) {
        jobs.start(QStringLiteral("test"), QStringLiteral("hold %1").arg(i), [&running](ProgressSink &, const CancelToken &cancel) -> Result<QString> {
            ++running;
            QElapsedTimer held;
            held.start();
            while (!cancel.isCancelled() && held.elapsed() < kHoldMs)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            return QStringLiteral("held");
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(running.load(), n, 10000);
    for (int v = 100; v <= 1000; v += 100)
        bar.setValue(v);
    const qint64 painted = clock.elapsed();
    QVERIFY2(painted < kHoldMs / 5, qPrintable(QStringLiteral("starting %2 job(s) and 10 repaints took %1 ms").arg(painted).arg(n)));

    // The dialogs' short loads (QtConcurrent::run on the global pool) still run meanwhile.
    clock.restart();
    QFuture<int> load = QtConcurrent::run([] { return 42; });
    QTRY_VERIFY_WITH_TIMEOUT(load.isFinished(), kHoldMs / 5);
    QCOMPARE(load.result(), 42);
    QVERIFY(clock.elapsed() < kHoldMs / 5);

    // The jobs were still running all along, and end when cancelled.
    QCOMPARE(jobs.running().size(), qsizetype(n));
    jobs.cancelAllAndWait();
}

QTEST_MAIN(TestJobThreads)
// A job's thread, and the threads the engine starts from it (insert workers, readers), run
// at nice 19, so that painting and the display server get a core first; the GUI
// thread keeps its own priority.
void TestJobThreads::jobsRunBelowTheGuiThreadsPriority()
{
    auto niceOfThisThread = [] { return getpriority(PRIO_PROCESS, static_cast<id_t>(gettid())); };
    const int gui = niceOfThisThread();
    lifeboat::app::JobManager jobs;
    auto *job = jobs.start(QStringLiteral("test"), QStringLiteral("priority"),
                           [&](lifeboat::ProgressSink &, const lifeboat::CancelToken &) -> lifeboat::Result<QString> {
                               int child = -100;
                               std::thread t([&] { child = niceOfThisThread(); });
                               t.join();
                               return QStringLiteral("%1 %2").arg(niceOfThisThread()).arg(child);
                           });
    QTRY_VERIFY_WITH_TIMEOUT(!job->isRunning(), 10000);
    const QStringList nices = job->summary().split(QLatin1Char(' '));
    QCOMPARE(nices.size(), 2);
    QCOMPARE(nices[0].toInt(), JobNiceValue);
    QCOMPARE(nices[1].toInt(), JobNiceValue);
    QCOMPARE(niceOfThisThread(), gui);
}

// Work that throws (a bug, an allocation that fails) ends its job as Failed with a message that
// says so, instead of leaving it Running for good with the window waiting on it.
void TestJobThreads::aJobThatThrowsEndsFailed()
{
    lifeboat::app::JobManager jobs;
    for (const bool standard : {true, false}) {
        auto *job = jobs.start(QStringLiteral("test"), QStringLiteral("throws"),
                               [standard](lifeboat::ProgressSink &, const lifeboat::CancelToken &) -> lifeboat::Result<QString> {
                                   if (standard)
                                       throw std::out_of_range("vector index 7 out of range");
                                   throw 42;
                               });
        QTRY_VERIFY_WITH_TIMEOUT(!job->isRunning(), 10000);
        QCOMPARE(job->state(), Job::State::Failed);
        QVERIFY(job->error().has_value());
        QCOMPARE(job->error()->code, ErrorCode::Internal);
        const QString expected = standard ? QStringLiteral("vector index 7 out of range") : QStringLiteral("an unknown exception");
        QVERIFY2(job->error()->message.contains(expected), qPrintable(job->error()->message));
        QVERIFY2(job->error()->message.startsWith(QStringLiteral("The job stopped on an internal error")), qPrintable(job->error()->message));
    }
}

#include "TestJobThreads.moc"
