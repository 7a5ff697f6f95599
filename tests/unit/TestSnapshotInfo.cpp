// The manifest's "snapshot" object: written, read back, absent in older archives, and the
// swap's renameCollection commands and plan.
#include "core/archive/Manifest.h"
#include "core/snapshot/SnapshotSwap.h"
#include "TestBson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace lifeboat;
using namespace lifeboat::test;

namespace {

Manifest baseManifest()
{
    Manifest m;
    m.toolVersion = QStringLiteral("0.1.0");
    m.name = QStringLiteral("pre_upgrade_v1.0_20261124_120000");
    m.createdAt = QDateTime(QDate(2026, 11, 24), QTime(11, 0), Qt::UTC);
    m.completedAt = m.createdAt.addSecs(2);
    m.scope = QStringLiteral("database");
    m.databases = QStringList{QStringLiteral("shop")};
    m.jsonStyle = QStringLiteral("canonical");
    m.compression = QStringLiteral("gzip");
    return m;
}

CollectionInfo info(const QString &name, const QString &type = QStringLiteral("collection"), const QString &viewOn = {})
{
    CollectionInfo c;
    c.name = name;
    c.type = type;
    c.viewOn = viewOn;
    if (type == QLatin1String("view"))
        c.pipeline = QJsonArray{QJsonObject{{QStringLiteral("$match"), QJsonObject{{QStringLiteral("stock"), QJsonObject{{QStringLiteral("$gt"), QJsonObject{{QStringLiteral("$numberInt"), QStringLiteral("0")}}}}}}}}};
    return c;
}

} // namespace

class TestSnapshotInfo : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripsThroughTheManifest();
    void olderManifestsHaveNone();
    void levelsAndDefaults();
    void renameCommand();
    void swapPlanRenamesDropsAndRecreatesViews();
    void swapPlanKeepsExtrasWhenAsked();
    void swapPlanWarnsAboutTimeseries();
};

void TestSnapshotInfo::roundTripsThroughTheManifest()
{
    Manifest m = baseManifest();
    SnapshotInfo s;
    s.name = m.name;
    s.description = QStringLiteral("Before the v2.0 upgrade: categories, ratings, reviews");
    s.level = SnapshotLevel::Database;
    s.purpose = QStringLiteral("pre_upgrade");
    s.createdBy = QStringLiteral("deploy_script");
    s.versionBefore = QStringLiteral("1.0");
    s.versionTarget = QStringLiteral("2.0");
    s.tags = QStringList{QStringLiteral("upgrade"), QStringLiteral("ticket-42")};
    s.deleteAfter = QDateTime(QDate(2026, 12, 24), QTime(11, 0), Qt::UTC);
    m.snapshot = s;
    const QByteArray bytes = m.toBytes();
    const QJsonObject json = QJsonDocument::fromJson(bytes).object().value(QStringLiteral("snapshot")).toObject();
    QCOMPARE(json.value(QStringLiteral("level")).toString(), QStringLiteral("database"));
    QCOMPARE(json.value(QStringLiteral("deleteAfter")).toString(), QStringLiteral("2026-12-24T11:00:00Z"));
    QCOMPARE(json.value(QStringLiteral("versionTarget")).toString(), QStringLiteral("2.0"));

    auto back = Manifest::fromBytes(bytes, QStringLiteral("manifest.json"));
    QVERIFY(back.ok());
    QVERIFY(back->snapshot.has_value());
    const SnapshotInfo &r = *back->snapshot;
    QCOMPARE(r.name, s.name);
    QCOMPARE(r.description, s.description);
    QCOMPARE(r.level, s.level);
    QCOMPARE(r.purpose, s.purpose);
    QCOMPARE(r.createdBy, s.createdBy);
    QCOMPARE(r.versionBefore, s.versionBefore);
    QCOMPARE(r.versionTarget, s.versionTarget);
    QCOMPARE(r.tags, s.tags);
    QCOMPARE(r.deleteAfter, s.deleteAfter);
    // Known keys do not end up among the unknown ones.
    QVERIFY(!back->extra.contains(QStringLiteral("snapshot")));
    QCOMPARE(back->toBytes(), bytes);
}

void TestSnapshotInfo::olderManifestsHaveNone()
{
    const QByteArray bytes = baseManifest().toBytes();
    QVERIFY(!QJsonDocument::fromJson(bytes).object().contains(QStringLiteral("snapshot")));
    auto back = Manifest::fromBytes(bytes, QStringLiteral("manifest.json"));
    QVERIFY(back.ok());
    QVERIFY(!back->snapshot.has_value());
}

void TestSnapshotInfo::levelsAndDefaults()
{
    QCOMPARE(snapshotLevelName(SnapshotLevel::Collection), QStringLiteral("collection"));
    QCOMPARE(*parseSnapshotLevel(QStringLiteral("Deployment")), SnapshotLevel::Deployment);
    QCOMPARE(*parseSnapshotLevel(QStringLiteral("table")), SnapshotLevel::Collection); // the tutorial's word
    QVERIFY(!parseSnapshotLevel(QStringLiteral("cluster")).has_value());
    const SnapshotInfo empty = SnapshotInfo::fromJson(QJsonObject{});
    QCOMPARE(empty.level, SnapshotLevel::Database);
    QVERIFY(!empty.deleteAfter.isValid());
    QVERIFY(!empty.isExpired(QDateTime::currentDateTimeUtc()));
    SnapshotInfo dated;
    dated.deleteAfter = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    QVERIFY(!dated.isExpired(dated.deleteAfter));
    QVERIFY(dated.isExpired(dated.deleteAfter.addSecs(1)));
    QVERIFY(!SnapshotInfo::defaultCreatedBy().isEmpty());
}

void TestSnapshotInfo::renameCommand()
{
    // The move across databases, into the temporary name, then the cutover within the target.
    QCOMPARE(canonical(SnapshotSwap::renameCommand(QStringLiteral("shop_lifeboat_staging"), QStringLiteral("products"), QStringLiteral("shop"), QStringLiteral("lifeboat_swap__products")).get()),
             QByteArray(R"({"renameCollection":"shop_lifeboat_staging.products","to":"shop.lifeboat_swap__products","dropTarget":true})"));
    QCOMPARE(canonical(SnapshotSwap::renameCommand(QStringLiteral("shop"), QStringLiteral("lifeboat_swap__products"), QStringLiteral("shop"), QStringLiteral("products")).get()),
             QByteArray(R"({"renameCollection":"shop.lifeboat_swap__products","to":"shop.products","dropTarget":true})"));
    QCOMPARE(canonical(SnapshotSwap::renameCommand(QStringLiteral("a"), QStringLiteral("x.y"), QStringLiteral("b"), QStringLiteral("z"), false).get()),
             QByteArray(R"({"renameCollection":"a.x.y","to":"b.z","dropTarget":false})"));
}

void TestSnapshotInfo::swapPlanRenamesDropsAndRecreatesViews()
{
    const QList<CollectionInfo> source{info(QStringLiteral("in_stock"), QStringLiteral("view"), QStringLiteral("products")), info(QStringLiteral("products")),
                                       info(QStringLiteral("orders")), info(QStringLiteral("system.views"))};
    const QList<CollectionInfo> target{info(QStringLiteral("products")), info(QStringLiteral("reviews")), info(QStringLiteral("old_view"), QStringLiteral("view"), QStringLiteral("products")),
                                       info(QStringLiteral("system.profile"))};
    const SwapPlan plan = SnapshotSwap::planFrom(QStringLiteral("stage"), QStringLiteral("shop"), source, target, false);
    QCOMPARE(plan.fromDatabase, QStringLiteral("stage"));
    QCOMPARE(plan.toDatabase, QStringLiteral("shop"));
    QStringList steps;
    for (const auto &s : plan.steps)
        steps << s.kindName() + QLatin1Char(' ') + s.collection;
    QCOMPARE(steps, (QStringList{QStringLiteral("move products"), QStringLiteral("move orders"), QStringLiteral("rename products"), QStringLiteral("rename orders"),
                                 QStringLiteral("drop-extra reviews"), QStringLiteral("drop-extra old_view"), QStringLiteral("recreate-view in_stock")}));
    QVERIFY(!plan.steps.at(0).changesTarget());
    QVERIFY(plan.steps.at(2).changesTarget());
    QCOMPARE(plan.steps.last().viewOn, QStringLiteral("products"));
    QCOMPARE(plan.steps.last().pipeline.size(), 1);
    QVERIFY(plan.warnings.isEmpty());
    for (const auto &s : plan.steps)
        QCOMPARE(s.statusName(), QStringLiteral("planned"));
}

void TestSnapshotInfo::swapPlanKeepsExtrasWhenAsked()
{
    const SwapPlan plan = SnapshotSwap::planFrom(QStringLiteral("stage"), QStringLiteral("shop"), {info(QStringLiteral("products"))},
                                                 {info(QStringLiteral("products")), info(QStringLiteral("reviews")), info(QStringLiteral("lifeboat_swap__products"))}, true);
    QCOMPARE(plan.steps.size(), 2);
    QCOMPARE(plan.steps.first().kind, SwapStep::Kind::Move);
    QCOMPARE(plan.steps.last().kind, SwapStep::Kind::Rename);
    // A temporary collection left by an interrupted swap is never taken for an extra one.
    const SwapPlan dropping = SnapshotSwap::planFrom(QStringLiteral("stage"), QStringLiteral("shop"), {info(QStringLiteral("products"))},
                                                     {info(QStringLiteral("lifeboat_swap__products"))}, false);
    QCOMPARE(dropping.steps.size(), 2);
}

void TestSnapshotInfo::swapPlanWarnsAboutTimeseries()
{
    const SwapPlan plan = SnapshotSwap::planFrom(QStringLiteral("stage"), QStringLiteral("shop"), {info(QStringLiteral("readings"), QStringLiteral("timeseries"))}, {}, false);
    QCOMPARE(plan.warnings.size(), 1);
    QVERIFY(plan.warnings.first().contains(QLatin1String("readings is a time-series collection")));
}

QTEST_APPLESS_MAIN(TestSnapshotInfo)
#include "TestSnapshotInfo.moc"
