// RetentionPolicy: past the delete-after date, older than --older-than, always keeping the
// newest --keep-last; filters by database and purpose; unreadable archives never deleted.
#include "core/snapshot/RetentionPolicy.h"

#include <QTest>

using namespace lifeboat;

namespace {

const QDateTime Now(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);

SnapshotEntry entry(const QString &name, qint64 ageHours, const QString &db = QStringLiteral("shop"), const QString &purpose = QStringLiteral("daily"))
{
    SnapshotEntry e;
    e.name = name;
    e.fileName = name + QStringLiteral(".tar.gz");
    e.createdAt = Now.addSecs(-ageHours * 3600);
    e.databases = QStringList{db};
    e.scope = QStringLiteral("database");
    e.hasSnapshotInfo = true;
    e.info.name = name;
    e.info.purpose = purpose;
    return e;
}

QStringList removed(const QList<RetentionPolicy::Decision> &ds)
{
    QStringList out;
    for (const auto &d : ds) {
        if (d.remove)
            out << d.entry.name;
    }
    return out;
}

QStringList names(const QList<RetentionPolicy::Decision> &ds)
{
    QStringList out;
    for (const auto &d : ds)
        out << d.entry.name;
    return out;
}

} // namespace

class TestSnapshotRetention : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void nothingWithoutRules();
    void olderThan();
    void keepLastWinsOverAge();
    void keepLastWinsOverDeleteAfter();
    void deleteAfter();
    void deleteAfterCanBeIgnored();
    void filtersChooseWhatIsCountedAndDeleted();
    void unusableEntriesAreKeptAndNotCounted();
    void exactlyAtTheLimitIsKept();
    void orderDoesNotDependOnInput();
};

void TestSnapshotRetention::nothingWithoutRules()
{
    const auto ds = RetentionPolicy().apply({entry(QStringLiteral("a"), 1000), entry(QStringLiteral("b"), 1)}, Now);
    QCOMPARE(ds.size(), 2);
    QVERIFY(removed(ds).isEmpty());
    QCOMPARE(ds.at(0).reason, QStringLiteral("kept: no rule applies"));
}

void TestSnapshotRetention::olderThan()
{
    RetentionPolicy p;
    p.olderThanSeconds = 7 * 86400;
    const auto ds = p.apply({entry(QStringLiteral("new"), 24), entry(QStringLiteral("week_and_an_hour"), 7 * 24 + 1), entry(QStringLiteral("month"), 30 * 24)}, Now);
    QCOMPARE(names(ds), (QStringList{QStringLiteral("new"), QStringLiteral("week_and_an_hour"), QStringLiteral("month")}));
    QCOMPARE(removed(ds), (QStringList{QStringLiteral("week_and_an_hour"), QStringLiteral("month")}));
    QCOMPARE(ds.at(1).reason, QStringLiteral("older than 1w"));
    QCOMPARE(ds.at(0).reason, QStringLiteral("kept: newer than 1w"));
}

void TestSnapshotRetention::keepLastWinsOverAge()
{
    RetentionPolicy p;
    p.olderThanSeconds = 3600;
    p.keepLast = 2;
    const auto ds = p.apply({entry(QStringLiteral("d"), 400), entry(QStringLiteral("a"), 100), entry(QStringLiteral("c"), 300), entry(QStringLiteral("b"), 200)}, Now);
    QCOMPARE(names(ds), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}));
    QCOMPARE(removed(ds), (QStringList{QStringLiteral("c"), QStringLiteral("d")}));
    QCOMPARE(ds.at(0).reason, QStringLiteral("kept: one of the newest 2"));
}

void TestSnapshotRetention::keepLastWinsOverDeleteAfter()
{
    RetentionPolicy p;
    p.keepLast = 1;
    SnapshotEntry e = entry(QStringLiteral("only"), 10);
    e.info.deleteAfter = Now.addDays(-1);
    QVERIFY(removed(p.apply({e}, Now)).isEmpty());
}

void TestSnapshotRetention::deleteAfter()
{
    SnapshotEntry past = entry(QStringLiteral("past"), 2);
    past.info.deleteAfter = Now.addSecs(-1);
    SnapshotEntry future = entry(QStringLiteral("future"), 1);
    future.info.deleteAfter = Now.addDays(1);
    const auto ds = RetentionPolicy().apply({past, future, entry(QStringLiteral("none"), 3)}, Now);
    QCOMPARE(removed(ds), QStringList{QStringLiteral("past")});
    QCOMPARE(ds.at(1).reason, QStringLiteral("past its delete-after date 2026-11-24T11:59:59Z"));
    QCOMPARE(ds.at(0).reason, QStringLiteral("kept: may be deleted after 2026-11-25T12:00:00Z"));
}

void TestSnapshotRetention::deleteAfterCanBeIgnored()
{
    RetentionPolicy p;
    p.honourDeleteAfter = false;
    SnapshotEntry past = entry(QStringLiteral("past"), 2);
    past.info.deleteAfter = Now.addDays(-1);
    QVERIFY(removed(p.apply({past}, Now)).isEmpty());
}

void TestSnapshotRetention::filtersChooseWhatIsCountedAndDeleted()
{
    RetentionPolicy p;
    p.olderThanSeconds = 3600;
    p.keepLast = 1;
    p.database = QStringLiteral("shop");
    p.purpose = QStringLiteral("pre_upgrade");
    const QList<SnapshotEntry> all{entry(QStringLiteral("crm_old"), 500, QStringLiteral("crm"), QStringLiteral("pre_upgrade")),
                                   entry(QStringLiteral("daily_old"), 500, QStringLiteral("shop"), QStringLiteral("daily")),
                                   entry(QStringLiteral("up_new"), 10, QStringLiteral("shop"), QStringLiteral("pre_upgrade")),
                                   entry(QStringLiteral("up_old"), 20, QStringLiteral("shop"), QStringLiteral("pre_upgrade"))};
    const auto ds = p.apply(all, Now);
    QCOMPARE(names(ds), (QStringList{QStringLiteral("up_new"), QStringLiteral("up_old")}));
    QCOMPARE(removed(ds), QStringList{QStringLiteral("up_old")});
}

void TestSnapshotRetention::unusableEntriesAreKeptAndNotCounted()
{
    RetentionPolicy p;
    p.olderThanSeconds = 3600;
    p.keepLast = 1;
    SnapshotEntry broken = entry(QStringLiteral("broken"), 5);
    broken.problem = QStringLiteral("no Lifeboat manifest");
    const auto ds = p.apply({broken, entry(QStringLiteral("newest_usable"), 10), entry(QStringLiteral("older"), 20)}, Now);
    QCOMPARE(removed(ds), QStringList{QStringLiteral("older")});
    QVERIFY(ds.at(0).reason.startsWith(QLatin1String("kept: unreadable")));
}

void TestSnapshotRetention::exactlyAtTheLimitIsKept()
{
    RetentionPolicy p;
    p.olderThanSeconds = 24 * 3600;
    QVERIFY(removed(p.apply({entry(QStringLiteral("a day"), 24)}, Now)).isEmpty());
    QCOMPARE(removed(p.apply({entry(QStringLiteral("a day and a bit"), 25)}, Now)).size(), 1);
}

void TestSnapshotRetention::orderDoesNotDependOnInput()
{
    RetentionPolicy p;
    p.keepLast = 1;
    p.olderThanSeconds = 0;
    // Same time: the name breaks the tie, so the same one is kept whatever the input order.
    const auto one = p.apply({entry(QStringLiteral("x"), 5), entry(QStringLiteral("y"), 5)}, Now);
    const auto two = p.apply({entry(QStringLiteral("y"), 5), entry(QStringLiteral("x"), 5)}, Now);
    QCOMPARE(removed(one), removed(two));
    QCOMPARE(removed(one).size(), 1);
}

QTEST_APPLESS_MAIN(TestSnapshotRetention)
#include "TestSnapshotRetention.moc"
