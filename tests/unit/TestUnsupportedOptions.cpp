// Issue 11, point 12: the plan names every collection option the target server cannot honour
// (time-series collections, validators on FerretDB) before anything is written, and the
// restore refuses to start unless the request says to go on without them. The planner's
// archive-side phases run here against a runbook archive and a described server; the target
// is taken to be empty, so no server is reached.
#include "core/archive/ArchiveContents.h"
#include "core/mongo/ServerInfo.h"
#include "core/restore/PlannerPhases.h"
#include "core/restore/UnsupportedOptions.h"

#include "TestBson.h"
#include "TestFiles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lifeboat;
using namespace lifeboat::test;

namespace {

const QByteArray Metadata = R"([
  {"name": "people", "type": "collection",
   "options": {"validator": {"name": {"$type": "string"}}, "validationLevel": "strict", "validationAction": "error", "capped": false}},
  {"name": "weather", "type": "timeseries",
   "options": {"timeseries": {"timeField": "ts", "metaField": "meta", "granularity": "hours"}}},
  {"name": "plain", "type": "collection", "options": {}}
])";
const QByteArray People = R"({"_id": 1, "name": "Ada"})" "\n";
const QByteArray Weather = R"({"_id": 1, "ts": {"$date": "2024-01-01T00:00:00Z"}, "meta": "a", "t": 3})" "\n";
const QByteArray Plain = R"({"_id": 1})" "\n";

ServerInfo server(const char *flavour, int major)
{
    ServerInfo s;
    s.flavour = QString::fromLatin1(flavour);
    s.version = QStringLiteral("%1.0.0").arg(major);
    s.topology = QStringLiteral("standalone");
    s.majorVersion = major;
    return s;
}

// The plan's archive side for `info`: what the planner decides before it asks the target.
RestorePlan planFor(const ServerInfo &info, const RestoreRequest &request)
{
    auto contents = ArchiveContents::open(request.archivePath);
    if (!contents)
        qFatal("%s", qPrintable(contents.error().message));
    // Never contacted: the target counts as empty.
    auto pool = MongoClientPool::create(QStringLiteral("mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=100"), 1);
    if (!pool)
        qFatal("%s", qPrintable(pool.error().message));
    auto client = (*pool)->acquire();
    const CancelToken cancel;
    PlanningState s(request, *contents, client, cancel);
    describeArchiveAndServer(s, info);
    for (auto phase : {chooseDatabases, readArchiveCollections, scanArchiveFiles}) {
        if (auto st = phase(s); !st)
            qFatal("planning failed: %s", qPrintable(st.error().message));
    }
    planArchiveCollections(s);
    s.plan.collections = s.fills;
    return s.plan;
}

const PlannedCollection &byName(const RestorePlan &plan, const char *name)
{
    for (const auto &c : plan.collections) {
        if (c.name == QLatin1String(name))
            return c;
    }
    qFatal("no %s in the plan", name);
}

} // namespace

class TestUnsupportedOptions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void ferretDbPlanNamesEveryOption();
    void mongoDbDropsNothing();
    void oldMongoDbDropsOnlyTimeseries();
    void refusedUnlessAllowed();
    void heuristicGuessIsNotAnOption();

private:
    QTemporaryDir m_dir;
    RestoreRequest m_request;
};

void TestUnsupportedOptions::initTestCase()
{
    m_request.archivePath = makeTar(m_dir.path(), QStringLiteral("shop.tar.gz"), QStringLiteral("backup_20250101_000000"),
                                    {{QStringLiteral("collections_metadata.json"), Metadata},
                                     {QStringLiteral("people.jsonl"), People},
                                     {QStringLiteral("weather.jsonl"), Weather},
                                     {QStringLiteral("plain.jsonl"), Plain}},
                                    true);
    m_request.targetDatabase = QStringLiteral("shop");
}

void TestUnsupportedOptions::ferretDbPlanNamesEveryOption()
{
    const RestorePlan plan = planFor(server("ferretdb", 7), m_request);
    QCOMPARE(byName(plan, "people").droppedOptions, QStringList{QStringLiteral("validator")});
    QCOMPARE(byName(plan, "weather").droppedOptions, QStringList{QStringLiteral("time-series")});
    QCOMPARE(byName(plan, "plain").droppedOptions, QStringList());
    QStringList dropped = plan.droppedOptions();
    dropped.sort();
    QCOMPARE(dropped, (QStringList{QStringLiteral("people: validator"), QStringLiteral("weather: time-series")}));
    // What is created: no validator keys, the other options kept; a regular collection.
    QCOMPARE(canonical(byName(plan, "people").options->get()), QByteArray(R"({"capped":false})"));
    QCOMPARE(byName(plan, "people").validatorHandling, QStringLiteral("dropped: the server has no validators"));
    QCOMPARE(byName(plan, "weather").type, QStringLiteral("collection"));
    const QJsonObject json = plan.toJson();
    QCOMPARE(json.value(QStringLiteral("droppedOptions")).toArray().size(), 2);
    QVERIFY(!byName(plan, "people").warnings.isEmpty());
}

void TestUnsupportedOptions::mongoDbDropsNothing()
{
    const RestorePlan plan = planFor(server("mongodb", 7), m_request);
    QCOMPARE(plan.droppedOptions(), QStringList());
    QVERIFY(!plan.toJson().contains(QStringLiteral("droppedOptions")));
    QCOMPARE(byName(plan, "weather").type, QStringLiteral("timeseries"));
    QVERIFY(CollectionCommands::validatorFrom(byName(plan, "people").options->get()).isSet());
    QVERIFY(UnsupportedOptions::check(m_request, plan).ok());
}

void TestUnsupportedOptions::oldMongoDbDropsOnlyTimeseries()
{
    const RestorePlan plan = planFor(server("mongodb", 4), m_request);
    QCOMPARE(plan.droppedOptions(), QStringList{QStringLiteral("weather: time-series")});
}

void TestUnsupportedOptions::refusedUnlessAllowed()
{
    const RestorePlan plan = planFor(server("ferretdb", 7), m_request);
    const Status refused = UnsupportedOptions::check(m_request, plan);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("people: validator")) && refused.error().message.contains(QLatin1String("weather: time-series")),
             qPrintable(refused.error().message));
    QVERIFY(refused.error().hint.contains(QLatin1String("--drop-unsupported-options")));
    RestoreRequest allowed = m_request;
    allowed.dropUnsupportedOptions = true;
    QVERIFY(UnsupportedOptions::check(allowed, plan).ok());
}

void TestUnsupportedOptions::heuristicGuessIsNotAnOption()
{
    // Without metadata, a collection that looks time-series is Lifeboat's guess, not the
    // archive's option: on FerretDB it is a regular collection with a warning, not refused.
    QTemporaryDir dir;
    QByteArray readings;
    for (int i = 0; i < 30; ++i)
        readings += QStringLiteral(R"({"_id": %1, "ts": {"$date": "2024-01-01T%2:00:00Z"}, "meta": {"station": "A"}, "v": %1})" "\n")
                        .arg(i).arg(i % 24, 2, 10, QLatin1Char('0')).toUtf8();
    RestoreRequest request;
    request.archivePath = makeTar(dir.path(), QStringLiteral("r.tar"), QStringLiteral("backup_20250101_000000"),
                                  {{QStringLiteral("readings.jsonl"), readings}}, false);
    request.targetDatabase = QStringLiteral("r");
    const RestorePlan plan = planFor(server("ferretdb", 7), request);
    QCOMPARE(byName(plan, "readings").timeseriesSource, QStringLiteral("heuristic"));
    QVERIFY(!byName(plan, "readings").warnings.isEmpty());
    QCOMPARE(plan.droppedOptions(), QStringList());
    QVERIFY(UnsupportedOptions::check(request, plan).ok());
}

QTEST_GUILESS_MAIN(TestUnsupportedOptions)
#include "TestUnsupportedOptions.moc"
