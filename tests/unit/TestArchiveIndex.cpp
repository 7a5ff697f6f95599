// A .tar.gz carries its table of contents in two gzip members after the tar stream: gzip
// and tar still read the archive as before, the index gives the same contents as reading
// it through, and an index that does not check out, or disagrees with the archive, is
// never trusted.
#include "ArchiveContents.h"
#include "ArchiveIndex.h"
#include "ArchiveInspector.h"
#include "TarArchiveWriter.h"
#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace lifeboat;
using namespace lifeboat::test;

namespace {

const QByteArray Orders = "{\"_id\":{\"$oid\":\"650000000000000000000001\"},\"n\":{\"$numberInt\":\"1\"}}\n"
                          "{\"_id\":{\"$oid\":\"650000000000000000000002\"},\"n\":{\"$numberInt\":\"2\"}}\n";
const QByteArray Users = "{\"_id\":{\"$numberInt\":\"7\"},\"name\":\"Ada\"}\n";
const QByteArray Metadata = R"({"orders":{"options":{},"indexes":[{"v":2,"key":{"_id":1},"name":"_id_"}]},"users":{"options":{},"indexes":[]}})";

// A runbook-style archive (collections and collections_metadata.json in one folder).
QString writeArchive(const QString &dir, const QString &name, ArchiveCompression compression)
{
    const QString path = dir + QLatin1Char('/') + name;
    auto created = TarArchiveWriter::create(path, compression);
    if (!created)
        qFatal("%s", qPrintable(created.error().message));
    TarArchiveWriter &w = **created;
    if (!w.addDirectory(QStringLiteral("backup_1/")) || !w.addFile(QStringLiteral("backup_1/orders.jsonl"), Orders)
        || !w.addFile(QStringLiteral("backup_1/users.jsonl"), Users)
        || !w.addFile(QStringLiteral("backup_1/collections_metadata.json"), Metadata))
        qFatal("cannot write the archive");
    auto published = w.publish();
    if (!published)
        qFatal("%s", qPrintable(published.error().message));
    return *published;
}

// Replaces the archive's index with `index` (the tar stream stays as it is).
void rewriteIndex(const QString &path, const ArchiveIndex &index)
{
    QFile f(path);
    const qint64 size = f.size();
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.seek(size - ArchiveIndex::LocatorSize));
    const QByteArray locator = f.read(ArchiveIndex::LocatorSize);
    f.close();
    qint64 offset = 0;
    for (int i = 7; i >= 0; --i)
        offset = (offset << 8) | quint8(locator.at(16 + i));
    QVERIFY(::truncate(QFile::encodeName(path).constData(), offset) == 0);
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_APPEND);
    QVERIFY(fd >= 0);
    QVERIFY(index.appendTo(fd, offset).ok());
    ::close(fd);
}

QStringList collectionNames(const ArchiveContents &c)
{
    QStringList names;
    for (const auto &f : c.collectionFiles())
        names << f.collection + QLatin1Char(':') + QString::number(f.size);
    return names;
}

} // namespace

class TestArchiveIndex : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void gzipArchivesCarryTheirIndex();
    void gzipAndTarStillReadTheArchive();
    void otherCompressionsHaveNone();
    void indexGivesWhatReadingThroughGives();
    void damagedIndexIsIgnored();
    void indexThatDisagreesIsRefused();
    void indexListingAMissingFileIsRefused();
    void malformedIndexJsonIsRejected_data();
    void malformedIndexJsonIsRejected();

private:
    QTemporaryDir m_dir;
};

void TestArchiveIndex::gzipArchivesCarryTheirIndex()
{
    const QString path = writeArchive(m_dir.path(), QStringLiteral("a.tar.gz"), ArchiveCompression::Gzip);
    const auto index = ArchiveIndex::readFrom(path);
    QVERIFY(index.has_value());
    const QList<ArchiveIndex::Entry> expected{{QStringLiteral("backup_1/"), 0, true},
                                              {QStringLiteral("backup_1/orders.jsonl"), Orders.size(), false},
                                              {QStringLiteral("backup_1/users.jsonl"), Users.size(), false},
                                              {QStringLiteral("backup_1/collections_metadata.json"), Metadata.size(), false}};
    QCOMPARE(index->entries, expected);
    QCOMPARE(index->smallFiles.size(), 1);
    QCOMPARE(index->smallFiles.value(QStringLiteral("backup_1/collections_metadata.json")), Metadata);
}

void TestArchiveIndex::gzipAndTarStillReadTheArchive()
{
    const QString path = writeArchive(m_dir.path(), QStringLiteral("b.tar.gz"), ArchiveCompression::Gzip);
    QByteArray out, err;
    QCOMPARE(runProgram(QStringLiteral("gzip"), {QStringLiteral("-t"), path}, &out, &err), 0);
    QCOMPARE(err, QByteArray());
    QCOMPARE(runProgram(QStringLiteral("tar"), {QStringLiteral("-tzf"), path}, &out, &err), 0);
    QCOMPARE(err, QByteArray());
    QCOMPARE(out, QByteArray("backup_1/\nbackup_1/orders.jsonl\nbackup_1/users.jsonl\nbackup_1/collections_metadata.json\n"));
    const QString x = m_dir.filePath(QStringLiteral("x"));
    QDir().mkpath(x);
    QCOMPARE(runProgram(QStringLiteral("tar"), {QStringLiteral("-xzf"), path, QStringLiteral("-C"), x}, &out, &err), 0);
    QCOMPARE(err, QByteArray());
    QCOMPARE(readFile(x + QStringLiteral("/backup_1/orders.jsonl")), Orders);
    QCOMPARE(readFile(x + QStringLiteral("/backup_1/collections_metadata.json")), Metadata);
    // Python's tarfile, as the runbook's scripts read archives.
    QCOMPARE(runProgram(QStringLiteral("python3"),
                        {QStringLiteral("-c"), QStringLiteral("import sys, tarfile; t = tarfile.open(sys.argv[1], 'r:gz'); "
                                                              "print(','.join(m.name for m in t)); "
                                                              "print(t.extractfile('backup_1/users.jsonl').read().decode(), end='')"),
                         path},
                        &out, &err),
             0);
    QCOMPARE(out, QByteArray("backup_1,backup_1/orders.jsonl,backup_1/users.jsonl,backup_1/collections_metadata.json\n") + Users);
}

void TestArchiveIndex::otherCompressionsHaveNone()
{
    bool damaged = true;
    QVERIFY(!ArchiveIndex::readFrom(writeArchive(m_dir.path(), QStringLiteral("c.tar"), ArchiveCompression::None), &damaged));
    QVERIFY(!damaged);
    QVERIFY(!ArchiveIndex::readFrom(writeArchive(m_dir.path(), QStringLiteral("c.tar.zst"), ArchiveCompression::Zstd)));
    // An archive made by tar itself has none either.
    QVERIFY(!ArchiveIndex::readFrom(sharedPath(QStringLiteral("corpora/mongodump-samples/ozlerhakan-tweets/dump/twitter/tweets.bson"))));
}

void TestArchiveIndex::indexGivesWhatReadingThroughGives()
{
    const QString path = writeArchive(m_dir.path(), QStringLiteral("d.tar.gz"), ArchiveCompression::Gzip);
    // The same tar stream without the index: gzip -dc | gzip.
    const QString plain = m_dir.filePath(QStringLiteral("d-plain.tar.gz"));
    QByteArray tar, err;
    QCOMPARE(runProgram(QStringLiteral("gzip"), {QStringLiteral("-dc"), path}, &tar, &err), 0);
    const qsizetype end = tar.lastIndexOf("{\"entries\":[");
    QVERIFY(end > 0);
    writeFile(m_dir.filePath(QStringLiteral("d-plain.tar")), tar.left(end));
    QCOMPARE(runProgram(QStringLiteral("gzip"), {QStringLiteral("-k"), QStringLiteral("-S"), QStringLiteral(".gz"), m_dir.filePath(QStringLiteral("d-plain.tar"))}), 0);
    QVERIFY(!ArchiveIndex::readFrom(plain));

    auto indexed = ArchiveContents::open(path);
    auto readThrough = ArchiveContents::open(plain);
    QVERIFY(indexed.ok() && readThrough.ok());
    QVERIFY(indexed->fromIndex());
    QVERIFY(!readThrough->fromIndex());
    QCOMPARE(collectionNames(*indexed), collectionNames(*readThrough));
    QCOMPARE(collectionNames(*indexed), QStringList({QStringLiteral("orders:%1").arg(Orders.size()), QStringLiteral("users:%1").arg(Users.size())}));
    QCOMPARE(indexed->metadata(), readThrough->metadata());
    QCOMPARE(indexed->metadata(), std::optional<QByteArray>(Metadata));
    int docs = 0;
    QVERIFY(indexed->forEachCollection([&](const ArchiveContents::CollectionFile &, JsonDocumentReader &r) -> Status {
        while (true) {
            auto d = r.next();
            if (!d)
                return d.error();
            if (!d->has_value())
                return {};
            ++docs;
        }
    }).ok());
    QCOMPARE(docs, 3);
    auto report = ArchiveInspector::inspect(path, ArchiveInspector::Depth::Documents);
    QVERIFY(report.ok());
    QVERIFY(report->hasIndex);
    QVERIFY2(report->ok(), qPrintable(report->problems.join(QLatin1Char('\n'))));
}

void TestArchiveIndex::damagedIndexIsIgnored()
{
    const QString path = writeArchive(m_dir.path(), QStringLiteral("e.tar.gz"), ArchiveCompression::Gzip);
    QByteArray bytes = readFile(path);
    const qsizetype at = bytes.indexOf("lifeboat-archive-index");
    QVERIFY(at > 0);
    bytes[at + 3] = 'X'; // the CRC no longer matches
    writeFile(path, bytes);
    bool damaged = false;
    QVERIFY(!ArchiveIndex::readFrom(path, &damaged));
    QVERIFY(damaged);
    auto contents = ArchiveContents::open(path);
    QVERIFY(contents.ok());
    QVERIFY(!contents->fromIndex());
    QCOMPARE(contents->collectionFiles().size(), 2);
    // Verify integrity says so (the contents themselves are intact).
    auto report = ArchiveInspector::inspect(path, ArchiveInspector::Depth::Documents);
    QVERIFY(report.ok());
    QVERIFY(!report->hasIndex);
    QCOMPARE(report->problems.size(), 1);
    QVERIFY2(report->problems.first().contains(QStringLiteral("index (after the tar stream) is damaged")), qPrintable(report->problems.first()));
    // A cut-off archive has no locator at its end.
    writeFile(path, bytes.left(bytes.size() - 10));
    QVERIFY(!ArchiveIndex::readFrom(path, &damaged));
    QVERIFY(!damaged);
}

void TestArchiveIndex::indexThatDisagreesIsRefused()
{
    const QString path = writeArchive(m_dir.path(), QStringLiteral("f.tar.gz"), ArchiveCompression::Gzip);
    auto index = ArchiveIndex::readFrom(path);
    QVERIFY(index);
    index->entries[1].size += 1; // orders.jsonl
    rewriteIndex(path, *index);
    QVERIFY(ArchiveIndex::readFrom(path));
    auto contents = ArchiveContents::open(path);
    QVERIFY(contents.ok() && contents->fromIndex());
    const Status st = contents->forEachCollection([](const ArchiveContents::CollectionFile &, JsonDocumentReader &) -> Status { return {}; });
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code, ErrorCode::ArchiveCorrupt);
    QVERIFY2(st.error().message.contains(QStringLiteral("does not match the archive's index")), qPrintable(st.error().message));
    auto report = ArchiveInspector::inspect(path, ArchiveInspector::Depth::Files);
    QVERIFY(report.ok());
    QVERIFY(!report->ok());
    QVERIFY2(report->problems.join(QLatin1Char('\n')).contains(QStringLiteral("the archive's index says")), qPrintable(report->problems.join(QLatin1Char('\n'))));

    // The metadata copy differs from the file in the archive.
    index = ArchiveIndex::readFrom(writeArchive(m_dir.path(), QStringLiteral("g.tar.gz"), ArchiveCompression::Gzip));
    QVERIFY(index);
    QByteArray other = Metadata;
    other.replace("users", "userz");
    index->smallFiles.insert(QStringLiteral("backup_1/collections_metadata.json"), other);
    rewriteIndex(m_dir.filePath(QStringLiteral("g.tar.gz")), *index);
    report = ArchiveInspector::inspect(m_dir.filePath(QStringLiteral("g.tar.gz")), ArchiveInspector::Depth::Files);
    QVERIFY(report.ok());
    QVERIFY2(report->problems.join(QLatin1Char('\n')).contains(QStringLiteral("differs from its copy in the archive's index")),
             qPrintable(report->problems.join(QLatin1Char('\n'))));
}

void TestArchiveIndex::indexListingAMissingFileIsRefused()
{
    const QString path = writeArchive(m_dir.path(), QStringLiteral("h.tar.gz"), ArchiveCompression::Gzip);
    auto index = ArchiveIndex::readFrom(path);
    QVERIFY(index);
    index->entries.insert(3, ArchiveIndex::Entry{QStringLiteral("backup_1/ghosts.jsonl"), 10, false});
    rewriteIndex(path, *index);
    auto contents = ArchiveContents::open(path);
    QVERIFY(contents.ok() && contents->fromIndex());
    QCOMPARE(contents->collectionFiles().size(), 3);
    const Status st = contents->forEachCollection([](const ArchiveContents::CollectionFile &, JsonDocumentReader &) -> Status { return {}; });
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code, ErrorCode::ArchiveCorrupt);
    QVERIFY2(st.error().message.contains(QStringLiteral("does not hold every file its index lists")), qPrintable(st.error().message));
    auto report = ArchiveInspector::inspect(path, ArchiveInspector::Depth::Files);
    QVERIFY(report.ok());
    QVERIFY2(report->problems.join(QLatin1Char('\n')).contains(QStringLiteral("ghosts.jsonl: listed in the archive's index but missing")),
             qPrintable(report->problems.join(QLatin1Char('\n'))));
}

void TestArchiveIndex::malformedIndexJsonIsRejected_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("good") << QByteArray(R"({"format":"lifeboat-archive-index","version":1,"entries":[{"path":"a/x.jsonl","size":3}],"files":{}})") << true;
    QTest::newRow("other format") << QByteArray(R"({"format":"something","version":1,"entries":[],"files":{}})") << false;
    QTest::newRow("newer version") << QByteArray(R"({"format":"lifeboat-archive-index","version":2,"entries":[],"files":{}})") << false;
    QTest::newRow("duplicate path") << QByteArray(R"({"format":"lifeboat-archive-index","version":1,"entries":[{"path":"a","size":1},{"path":"a","size":1}],"files":{}})") << false;
    QTest::newRow("negative size") << QByteArray(R"({"format":"lifeboat-archive-index","version":1,"entries":[{"path":"a","size":-1}],"files":{}})") << false;
    QTest::newRow("manifest without its copy") << QByteArray(R"({"format":"lifeboat-archive-index","version":1,"entries":[{"path":"b/manifest.json","size":2}],"files":{}})") << false;
    QTest::newRow("copy of another size") << QByteArray(R"({"format":"lifeboat-archive-index","version":1,"entries":[{"path":"b/manifest.json","size":2}],"files":{"b/manifest.json":"e30x"}})") << false;
    QTest::newRow("copy of an unlisted file") << QByteArray(R"({"format":"lifeboat-archive-index","version":1,"entries":[],"files":{"b/manifest.json":"e30="}})") << false;
    QTest::newRow("not JSON") << QByteArray("{\"format\":") << false;
}

void TestArchiveIndex::malformedIndexJsonIsRejected()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, accepted);
    QCOMPARE(ArchiveIndex::fromJson(json).has_value(), accepted);
}

QTEST_GUILESS_MAIN(TestArchiveIndex)
#include "TestArchiveIndex.moc"
