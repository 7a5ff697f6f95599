// Archives made the way the runbook's Python scripts make them (bson.json_util over JSON
// Lines, packed with tar) must read back correctly: .tar or .tar.gz, with or without the top
// folder, without manifest.json or collections_metadata.json, with system.buckets.* files, in
// canonical, relaxed or legacy Extended JSON, one document per line or pretty-printed.
#include "core/archive/ArchiveContents.h"
#include "core/verify/ArchiveInspector.h"
#include "core/codec/ExtJsonCodec.h"
#include "TestFiles.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace lifeboat;

namespace {

// The same three documents in each Extended JSON dialect json_util has written.
const QByteArray Canonical =
    R"({"_id": {"$oid": "650000000000000000000001"}, "n": {"$numberInt": "7"}, "big": {"$numberLong": "9007199254740993"}, "at": {"$date": {"$numberLong": "1700000000000"}}, "bin": {"$binary": {"base64": "AQID", "subType": "00"}}})"
    "\n"
    R"({"_id": {"$oid": "650000000000000000000002"}, "n": {"$numberInt": "8"}, "price": {"$numberDouble": "9.5"}})"
    "\n";
const QByteArray Relaxed =
    R"({"_id": {"$oid": "650000000000000000000001"}, "n": 7, "big": {"$numberLong": "9007199254740993"}, "at": {"$date": "2023-11-14T22:13:20Z"}, "bin": {"$binary": {"base64": "AQID", "subType": "00"}}})"
    "\n"
    R"({"_id": {"$oid": "650000000000000000000002"}, "n": 8, "price": 9.5})"
    "\n";
// pymongo 3's json_util default (LEGACY): $date as milliseconds, $binary with a separate $type.
const QByteArray Legacy =
    R"({"_id": {"$oid": "650000000000000000000001"}, "n": 7, "big": {"$numberLong": "9007199254740993"}, "at": {"$date": 1700000000000}, "bin": {"$binary": "AQID", "$type": "00"}})"
    "\n"
    R"({"_id": {"$oid": "650000000000000000000002"}, "n": 8, "price": 9.5})"
    "\n";
const QByteArray Pretty = "{\n    \"_id\": {\n        \"$oid\": \"650000000000000000000001\"\n    },\n    \"n\": 7,\n"
                          "    \"big\": {\"$numberLong\": \"9007199254740993\"},\n    \"at\": {\n        \"$date\": 1700000000000\n    },\n"
                          "    \"bin\": {\"$binary\": \"AQID\", \"$type\": \"00\"}\n}\n"
                          "{\n    \"_id\": {\n        \"$oid\": \"650000000000000000000002\"\n    },\n    \"n\": 8,\n    \"price\": 9.5\n}\n";

const QByteArray ExpectedFirst =
    R"({"_id":{"$oid":"650000000000000000000001"},"n":{"$numberInt":"7"},"big":{"$numberLong":"9007199254740993"},"at":{"$date":{"$numberLong":"1700000000000"}},"bin":{"$binary":{"base64":"AQID","subType":"00"}}})";
const QByteArray ExpectedSecond =
    R"({"_id":{"$oid":"650000000000000000000002"},"n":{"$numberInt":"8"},"price":{"$numberDouble":"9.5"}})";

const QByteArray Readings =
    R"({"_id": {"$oid": "650000000000000000000010"}, "ts": {"$date": 1700000000000}, "meta": {"station": "A"}, "pm25": 12.5})"
    "\n";
const QByteArray Buckets =
    R"({"_id": {"$oid": "650000000000000000000011"}, "control": {"version": 1}, "meta": {"station": "A"}, "data": {}})"
    "\n";
const QByteArray Metadata =
    R"([{"name": "orders", "type": "collection", "options": {"validator": {"$jsonSchema": {"required": ["n"]}}, "validationLevel": "strict"}, "info": {"readOnly": false}, "idIndex": {"v": 2, "key": {"_id": 1}, "name": "_id_"}}])";

} // namespace

class TestRunbookArchives : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void variants_data();
    void variants();
    void metadataIsFound();
    void badLineIsNamed();

private:
    // Writes files under a temporary folder and tars them as the scripts did.
    QString makeArchive(const QTemporaryDir &tmp, const QString &archiveName, const QString &top,
                        const QList<std::pair<QString, QByteArray>> &files, bool gzip);
};

QString TestRunbookArchives::makeArchive(const QTemporaryDir &tmp, const QString &archiveName, const QString &top,
                                         const QList<std::pair<QString, QByteArray>> &files, bool gzip)
{
    return test::makeTar(tmp.path(), archiveName, top, files, gzip);
}

void TestRunbookArchives::variants_data()
{
    QTest::addColumn<QString>("top");
    QTest::addColumn<bool>("gzip");
    QTest::addColumn<QByteArray>("orders");
    QTest::newRow("tar, top folder, canonical") << QStringLiteral("backup_20250926_073727") << false << Canonical;
    QTest::newRow("tar, top folder, relaxed") << QStringLiteral("backup_20250926_073727") << false << Relaxed;
    QTest::newRow("tar, top folder, legacy") << QStringLiteral("backup_20250926_073727") << false << Legacy;
    QTest::newRow("tar.gz, top folder, legacy") << QStringLiteral("backup_20250926_073727") << true << Legacy;
    QTest::newRow("tar, no top folder, canonical") << QString() << false << Canonical;
    QTest::newRow("tar.gz, no top folder, pretty") << QString() << true << Pretty;
    QTest::newRow("tar.gz, top folder, pretty") << QStringLiteral("backup_20240101_000000") << true << Pretty;
}

void TestRunbookArchives::variants()
{
    QFETCH(QString, top);
    QFETCH(bool, gzip);
    QFETCH(QByteArray, orders);
    QTemporaryDir tmp;
    const QString archive = makeArchive(tmp, gzip ? QStringLiteral("b.tar.gz") : QStringLiteral("b.tar"), top,
                                        {{QStringLiteral("orders.jsonl"), orders},
                                         {QStringLiteral("readings.jsonl"), Readings},
                                         {QStringLiteral("system.buckets.readings.jsonl"), Buckets}},
                                        gzip);

    auto contents = ArchiveContents::open(archive);
    QVERIFY2(contents.ok(), qPrintable(contents.ok() ? QString() : contents.error().message));
    QVERIFY(!contents->manifest());
    QCOMPARE(contents->layout().topFolder(), top.isEmpty() ? QString() : top + QLatin1Char('/'));
    QVERIFY(!contents->metadata());
    QCOMPARE(contents->collectionFiles().size(), 3);

    QHash<QString, QList<QByteArray>> docs;
    QHash<QString, bool> buckets;
    auto st = contents->forEachCollection([&](const ArchiveContents::CollectionFile &f, JsonDocumentReader &reader) -> Status {
        buckets.insert(f.collection, f.isBucketFile);
        for (;;) {
            auto d = reader.next();
            if (!d)
                return d.error();
            if (!d->has_value())
                return {};
            docs[f.collection] << *ExtJsonCodec::encode((*d)->bson.get(), JsonStyle::Canonical, 0);
        }
    });
    QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().message));
    QCOMPARE(docs.value(QStringLiteral("orders")).size(), 2);
    QCOMPARE(docs.value(QStringLiteral("orders")).at(0), ExpectedFirst);
    // Relaxed and legacy JSON cannot tell 9.5 from an int, but a double stays a double.
    QCOMPARE(docs.value(QStringLiteral("orders")).at(1), ExpectedSecond);
    QCOMPARE(docs.value(QStringLiteral("readings")).size(), 1);
    QVERIFY(buckets.value(QStringLiteral("system.buckets.readings")));
    QVERIFY(!buckets.value(QStringLiteral("readings")));

    // The inspector parses the same archive cleanly and describes it.
    auto report = ArchiveInspector::inspect(archive, ArchiveInspector::Depth::Documents);
    QVERIFY(report.ok());
    QVERIFY2(report->ok(), qPrintable(report->problems.join(QLatin1Char('\n'))));
    QVERIFY(!report->manifest);
}

void TestRunbookArchives::metadataIsFound()
{
    QTemporaryDir tmp;
    const QString archive = makeArchive(tmp, QStringLiteral("m.tar"), QStringLiteral("backup_20250926_073727"),
                                        {{QStringLiteral("orders.jsonl"), Canonical},
                                         {QStringLiteral("collections_metadata.json"), Metadata}},
                                        false);
    auto contents = ArchiveContents::open(archive);
    QVERIFY(contents.ok());
    QVERIFY(contents->metadata().has_value());
    QCOMPARE(*contents->metadata(), Metadata);
    QCOMPARE(contents->collectionFiles().size(), 1);
    auto report = ArchiveInspector::inspect(archive, ArchiveInspector::Depth::Documents);
    QVERIFY(report.ok());
    QVERIFY(report->hasMetadata);
}

void TestRunbookArchives::badLineIsNamed()
{
    QTemporaryDir tmp;
    QByteArray broken = Canonical + R"({"_id": {"$oid": "650000000000000000000003"}, "n": {"$numberInt": "x"}})" "\n";
    const QString archive = makeArchive(tmp, QStringLiteral("bad.tar.gz"), QStringLiteral("backup_1"),
                                        {{QStringLiteral("orders.jsonl"), broken}}, true);
    auto report = ArchiveInspector::inspect(archive, ArchiveInspector::Depth::Documents);
    QVERIFY(report.ok());
    QVERIFY(!report->ok());
    QVERIFY2(report->problems.first().contains(QLatin1String("orders.jsonl line 3")), qPrintable(report->problems.first()));
}

QTEST_GUILESS_MAIN(TestRunbookArchives)
#include "TestRunbookArchives.moc"
