// InsertConcurrencyTuner: one climb from two writers, kept only while each addition pays.
#include "core/restore/InsertConcurrencyTuner.h"

#include <QTest>

using lifeboat::InsertConcurrencyTuner;

class TestInsertConcurrencyTuner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void startsWithTwo();
    void backsOffWhenAWriterDoesNotPay();
    void climbsToTheMaximumWhileItPays();
    void oneOrTwoJobsAreNotTuned();
};

void TestInsertConcurrencyTuner::startsWithTwo()
{
    const InsertConcurrencyTuner t(8);
    QCOMPARE(t.current(), 2);
    QVERIFY(!t.settled());
}

// The FerretDB/SQLite case: a third writer makes it slower; the tuner goes back to two and stays.
void TestInsertConcurrencyTuner::backsOffWhenAWriterDoesNotPay()
{
    InsertConcurrencyTuner t(4);
    QCOMPARE(t.observe(20e6), 3);           // measured at 2: try 3
    QCOMPARE(t.observe(21e6), 2);           // +5% is not worth a writer: back to 2
    QVERIFY(t.settled());
    QVERIFY(t.lastChange().contains(QStringLiteral("keeping 2")));
    QCOMPARE(t.observe(50e6), 2);           // settled: later windows change nothing
    QVERIFY(t.lastChange().isEmpty());
}

void TestInsertConcurrencyTuner::climbsToTheMaximumWhileItPays()
{
    InsertConcurrencyTuner t(4);
    QCOMPARE(t.observe(10e6), 3);
    QCOMPARE(t.observe(14e6), 4);           // +40%: try the next
    QVERIFY(!t.settled());
    QCOMPARE(t.observe(16e6), 4);           // +14% at the maximum: keep it
    QVERIFY(t.settled());
}

void TestInsertConcurrencyTuner::oneOrTwoJobsAreNotTuned()
{
    InsertConcurrencyTuner one(1);
    QCOMPARE(one.current(), 1);
    QVERIFY(one.settled());
    QCOMPARE(one.observe(1e6), 1);
    InsertConcurrencyTuner two(2);
    QCOMPARE(two.current(), 2);
    QVERIFY(two.settled());
}

QTEST_GUILESS_MAIN(TestInsertConcurrencyTuner)
#include "TestInsertConcurrencyTuner.moc"
