// The one progress contract of every engine: phases with stable names, and the ticker through
// which an engine reports (stamped phase and time, rate-limited ticks, a sampling thread,
// never two sink calls at once).
#include "core/common/Phase.h"
#include "core/common/ProgressTicker.h"
#include "core/common/RateLimit.h"

#include <QTest>

#include <atomic>
#include <thread>

using namespace lifeboat;
using namespace std::chrono_literals;

namespace {

// Records what it is given, and whether two calls ever overlapped.
class RecordingSink final : public ProgressSink {
public:
    void progress(const Progress &p) override
    {
        enter();
        std::lock_guard lock(m_mutex);
        reports.push_back(p);
        leave();
    }
    void message(const QString &text) override
    {
        enter();
        std::lock_guard lock(m_mutex);
        messages << text;
        leave();
    }
    std::vector<Progress> copy()
    {
        std::lock_guard lock(m_mutex);
        return reports;
    }

    std::vector<Progress> reports;
    QStringList messages;
    std::atomic<bool> overlapped{false};

private:
    void enter()
    {
        if (m_inside.fetch_add(1) != 0)
            overlapped = true;
        std::this_thread::sleep_for(1ms); // widen the window a concurrent call would hit
    }
    void leave() { m_inside.fetch_sub(1); }
    std::mutex m_mutex;
    std::atomic<int> m_inside{0};
};

} // namespace

class TestProgressTicker : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void phaseNamesAreStable();
    void setPhaseReportsAtOnceWithPhaseAndTime();
    void tickIsRateLimited();
    void threadSamplesUntilStopped();
    void sinkIsNeverCalledConcurrently();
    void noneSinkTakesEverything();
    void rateLimit();
};

// The names are the CLI's --json output: they never change.
void TestProgressTicker::phaseNamesAreStable()
{
    const QList<std::pair<Phase, const char *>> names{
        {Phase::Starting, "starting"}, {Phase::Connecting, "connecting"}, {Phase::Listing, "listing"},
        {Phase::Copying, "copying"},   {Phase::Finishing, "finishing"},   {Phase::Restoring, "restoring"},
        {Phase::Indexing, "indexing"}, {Phase::Verifying, "verifying"},   {Phase::Done, "done"}};
    for (const auto &[phase, name] : names) {
        QCOMPARE(toString(phase), QLatin1String(name));
        QVERIFY(phaseFromString(QString::fromLatin1(name)) == std::optional<Phase>(phase));
    }
    QVERIFY(!phaseFromString(u"Restoring"));
    QVERIFY(!phaseFromString(u""));
}

void TestProgressTicker::setPhaseReportsAtOnceWithPhaseAndTime()
{
    RecordingSink sink;
    ProgressTicker ticker(sink, [] {
        Progress p;
        p.documentsDone = 7;
        p.phase = Phase::Done; // the ticker's phase wins
        return p;
    });
    QTest::qWait(20);
    ticker.setPhase(Phase::Copying);
    QCOMPARE(sink.reports.size(), size_t(1));
    QCOMPARE(toString(sink.reports[0].phase), QStringLiteral("copying"));
    QCOMPARE(sink.reports[0].documentsDone, qint64(7));
    QVERIFY2(sink.reports[0].elapsedMs >= 20, qPrintable(QString::number(sink.reports[0].elapsedMs)));
    QVERIFY(ticker.phase() == Phase::Copying);
    ticker.message(QStringLiteral("skipping view v"));
    QCOMPARE(sink.messages, QStringList{QStringLiteral("skipping view v")});
}

// tick() reports only once the interval has passed since the last report of any kind.
void TestProgressTicker::tickIsRateLimited()
{
    RecordingSink sink;
    ProgressTicker ticker(sink, {}, 50ms);
    ticker.setPhase(Phase::Restoring);
    for (int i = 0; i < 100; ++i)
        ticker.tick();
    QCOMPARE(sink.reports.size(), size_t(1));
    QTest::qWait(70);
    ticker.tick();
    ticker.tick();
    QCOMPARE(sink.reports.size(), size_t(2));
    ticker.report(); // report() is never limited
    QCOMPARE(sink.reports.size(), size_t(3));
}

void TestProgressTicker::threadSamplesUntilStopped()
{
    RecordingSink sink;
    std::atomic<qint64> done{0};
    ProgressTicker ticker(sink, [&] {
        Progress p;
        p.documentsDone = done.load();
        return p;
    }, 10ms);
    ticker.setPhase(Phase::Copying);
    ticker.start();
    for (int i = 0; i < 20; ++i) {
        done += 10;
        QTest::qWait(5);
    }
    ticker.stop();
    const size_t afterStop = sink.copy().size();
    QVERIFY2(afterStop >= 4, qPrintable(QString::number(afterStop)));
    QTest::qWait(50);
    QCOMPARE(sink.copy().size(), afterStop); // nothing after stop()
    // Samples are taken afresh: the counts grow.
    const auto reports = sink.copy();
    QVERIFY(reports.back().documentsDone > reports.front().documentsDone);
    ticker.stop(); // idempotent
}

void TestProgressTicker::sinkIsNeverCalledConcurrently()
{
    RecordingSink sink;
    {
        ProgressTicker ticker(sink, [] { return Progress{}; }, 1ms);
        ticker.start();
        std::thread other([&] {
            for (int i = 0; i < 30; ++i)
                ticker.message(QStringLiteral("from another thread"));
        });
        for (int i = 0; i < 30; ++i)
            ticker.setPhase(i % 2 ? Phase::Copying : Phase::Verifying);
        other.join();
    } // the destructor stops the thread
    QVERIFY(!sink.overlapped);
    QCOMPARE(sink.messages.size(), 30);
}

void TestProgressTicker::noneSinkTakesEverything()
{
    ProgressSink &none = ProgressSink::none();
    QCOMPARE(&none, &ProgressSink::none());
    ProgressTicker ticker(none, [] { return Progress{}; });
    ticker.setPhase(Phase::Done);
    ticker.message(QStringLiteral("ignored"));
    QVERIFY(ticker.phase() == Phase::Done);
}

void TestProgressTicker::rateLimit()
{
    RateLimit limit(40ms);
    QVERIFY(limit.due());
    QVERIFY(!limit.due());
    QTest::qWait(50);
    QVERIFY(limit.due());
    QVERIFY(!limit.due());
    limit.reset();
    QVERIFY(limit.due());
}

QTEST_GUILESS_MAIN(TestProgressTicker)
#include "TestProgressTicker.moc"
