// Snapshot names (safe, 1-100 characters of A-Za-z0-9._-) and the tutorial's naming convention
// <purpose>_v<version>_<YYYYmmdd_HHMMSS>; durations as prune and create take them.
#include "core/snapshot/SnapshotDuration.h"
#include "core/snapshot/SnapshotNames.h"

#include <QTest>

using namespace lifeboat;

class TestSnapshotNames : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void proposeFollowsTheTutorial();
    void proposeMakesAnythingSafe_data();
    void proposeMakesAnythingSafe();
    void proposeKeepsTheTimestampWhenCutting();
    void durations_data();
    void durations();
    void badDurations_data();
    void badDurations();
    void durationsFormatShortest_data();
    void durationsFormatShortest();
};

void TestSnapshotNames::valid_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("tutorial") << QStringLiteral("pre_upgrade_v2.0_20250110_143052");
    QTest::newRow("one character") << QStringLiteral("a");
    QTest::newRow("digit first") << QStringLiteral("2025-01-10");
    QTest::newRow("underscore first") << QStringLiteral("_x");
    QTest::newRow("100 characters") << QString(100, QLatin1Char('x'));
    QTest::newRow("dots and dashes inside") << QStringLiteral("a.b-c_d");
}

void TestSnapshotNames::valid()
{
    QFETCH(QString, name);
    const auto st = SnapshotNames::validate(name);
    QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().message));
}

void TestSnapshotNames::invalid_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("101 characters") << QString(101, QLatin1Char('x')) << QStringLiteral("101 characters");
    QTest::newRow("leading dot") << QStringLiteral(".hidden") << QStringLiteral("starts with '.'");
    QTest::newRow("leading dash") << QStringLiteral("-rf") << QStringLiteral("starts with '-'");
    QTest::newRow("slash") << QStringLiteral("a/b") << QStringLiteral("contains '/'");
    QTest::newRow("space") << QStringLiteral("a b") << QStringLiteral("contains ' '");
    QTest::newRow("non-ASCII") << QStringLiteral("caf\u00e9") << QStringLiteral("contains '\u00e9'");
    QTest::newRow("percent") << QStringLiteral("50%") << QStringLiteral("contains '%'");
    QTest::newRow("colon") << QStringLiteral("a:b") << QStringLiteral("contains ':'");
}

void TestSnapshotNames::invalid()
{
    QFETCH(QString, name);
    QFETCH(QString, says);
    const auto st = SnapshotNames::validate(name);
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code, ErrorCode::Usage);
    QVERIFY2(st.error().message.contains(says), qPrintable(st.error().message));
}

void TestSnapshotNames::proposeFollowsTheTutorial()
{
    const QDateTime when(QDate(2025, 1, 10), QTime(14, 30, 52));
    QCOMPARE(SnapshotNames::propose(QStringLiteral("pre_upgrade"), QStringLiteral("2.0"), when), QStringLiteral("pre_upgrade_v2.0_20250110_143052"));
    QCOMPARE(SnapshotNames::propose(QStringLiteral("daily_backup"), QString(), when), QStringLiteral("daily_backup_20250110_143052"));
    // A version already written with its v is not doubled.
    QCOMPARE(SnapshotNames::propose(QStringLiteral("pre_upgrade"), QStringLiteral("v1"), when), QStringLiteral("pre_upgrade_v1_20250110_143052"));
    QCOMPARE(SnapshotNames::propose(QString(), QString(), when), QStringLiteral("snapshot_20250110_143052"));
}

void TestSnapshotNames::proposeMakesAnythingSafe_data()
{
    QTest::addColumn<QString>("purpose");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("expected");
    QTest::newRow("spaces") << QStringLiteral("pre upgrade") << QStringLiteral("2.0 beta") << QStringLiteral("pre_upgrade_v2.0_beta_20250110_143052");
    QTest::newRow("slashes") << QStringLiteral("a/b") << QString() << QStringLiteral("a_b_20250110_143052");
    QTest::newRow("leading dots and dashes") << QStringLiteral("..-x") << QString() << QStringLiteral("x_20250110_143052");
    QTest::newRow("only unsafe") << QStringLiteral("...") << QString() << QStringLiteral("snapshot_20250110_143052");
    QTest::newRow("unicode") << QStringLiteral("mise\u00e0jour") << QString() << QStringLiteral("mise_jour_20250110_143052");
}

void TestSnapshotNames::proposeMakesAnythingSafe()
{
    QFETCH(QString, purpose);
    QFETCH(QString, version);
    QFETCH(QString, expected);
    const QString name = SnapshotNames::propose(purpose, version, QDateTime(QDate(2025, 1, 10), QTime(14, 30, 52)));
    QCOMPARE(name, expected);
    QVERIFY(SnapshotNames::validate(name).ok());
}

void TestSnapshotNames::proposeKeepsTheTimestampWhenCutting()
{
    const QString name = SnapshotNames::propose(QString(200, QLatin1Char('p')), QStringLiteral("3.1"), QDateTime(QDate(2025, 1, 10), QTime(14, 30, 52)));
    QCOMPARE(name.size(), SnapshotNames::MaxLength);
    QVERIFY2(name.endsWith(QLatin1String("_v3.1_20250110_143052")), qPrintable(name));
    QVERIFY(SnapshotNames::validate(name).ok());
}

void TestSnapshotNames::durations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("7d") << QStringLiteral("7d") << qint64(7 * 86400);
    QTest::newRow("12h") << QStringLiteral("12h") << qint64(12 * 3600);
    QTest::newRow("2w") << QStringLiteral("2w") << qint64(14 * 86400);
    QTest::newRow("30m") << QStringLiteral("30m") << qint64(1800);
    QTest::newRow("45s") << QStringLiteral("45s") << qint64(45);
    QTest::newRow("0s") << QStringLiteral("0s") << qint64(0);
    QTest::newRow("upper case") << QStringLiteral("30D") << qint64(30 * 86400);
    QTest::newRow("spaces") << QStringLiteral(" 30 d ") << qint64(30 * 86400);
    QTest::newRow("100 years in days") << QStringLiteral("36600d") << qint64(36600) * 86400;
}

void TestSnapshotNames::durations()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);
    auto parsed = SnapshotDuration::parseSeconds(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(*parsed, seconds);
}

void TestSnapshotNames::badDurations_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("no unit") << QStringLiteral("7");
    QTest::newRow("no number") << QStringLiteral("d");
    QTest::newRow("unknown unit") << QStringLiteral("3y");
    QTest::newRow("negative") << QStringLiteral("-7d");
    QTest::newRow("fraction") << QStringLiteral("1.5d");
    QTest::newRow("compound") << QStringLiteral("1d12h");
    QTest::newRow("words") << QStringLiteral("7 days");
    QTest::newRow("too long") << QStringLiteral("36601d");
}

void TestSnapshotNames::badDurations()
{
    QFETCH(QString, text);
    auto parsed = SnapshotDuration::parseSeconds(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, ErrorCode::Usage);
}

void TestSnapshotNames::durationsFormatShortest_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("week") << qint64(604800) << QStringLiteral("1w");
    QTest::newRow("days") << qint64(3 * 86400) << QStringLiteral("3d");
    QTest::newRow("hours") << qint64(90000) << QStringLiteral("25h");
    QTest::newRow("minutes") << qint64(120) << QStringLiteral("2m");
    QTest::newRow("seconds") << qint64(61) << QStringLiteral("61s");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0s");
}

void TestSnapshotNames::durationsFormatShortest()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(SnapshotDuration::format(seconds), text);
    QCOMPARE(*SnapshotDuration::parseSeconds(text), seconds);
}

QTEST_APPLESS_MAIN(TestSnapshotNames)
#include "TestSnapshotNames.moc"
