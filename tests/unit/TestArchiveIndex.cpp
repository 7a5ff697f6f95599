// A .tar.gz carries its table of contents in two gzip members after the tar stream, a
// .tar.zst in two skippable frames: gzip, zstd and tar still read the archive as before, the index gives the same contents as reading
// it through, and an index that does not check out, or disagrees with the archive, is
// never trusted.
#include "core/archive/ArchiveContents.h"
#include "core/archive/ArchiveIndex.h"
#include "core/verify/ArchiveInspector.h"
#include "core/archive/TarArchiveWriter.h"
#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace lifeboat;
using namespace lifeboat::test;

Q_DECLARE_METATYPE(lifeboat::ArchiveCompression)

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
void rewriteIndex(const QString &path, const ArchiveIndex &index, ArchiveCompression compression)
{
    const qint64 offset = archiveIndexOffset(readFile(path), compression == ArchiveCompression::Zstd);
    QVERIFY(::truncate(QFile::encodeName(path).constData(), offset) == 0);
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_APPEND);
    QVERIFY(fd >= 0);
    QVERIFY(index.appendTo(fd, offset, compression).ok());
    ::close(fd);
}

QString suffix(ArchiveCompression compression)
{
    return compression == ArchiveCompression::Zstd ? QStringLiteral(".tar.zst") : QStringLiteral(".tar.gz");
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
    void compressions_data();
    void archivesCarryTheirIndex_data() { compressions_data(); }
    void archivesCarryTheirIndex();
    void toolsStillReadTheArchive_data() { compressions_data(); }
    void toolsStillReadTheArchive();
    void plainTarHasNone();
    void indexGivesWhatReadingThroughGives();
    void damagedIndexIsIgnored_data() { compressions_data(); }
    void damagedIndexIsIgnored();
    void indexThatDisagreesIsRefused_data() { compressions_data(); }
    void indexThatDisagreesIsRefused();
    void indexListingAMissingFileIsRefused_data() { compressions_data(); }
    void indexListingAMissingFileIsRefused();
    void malformedIndexJsonIsRejected_data();
    void malformedIndexJsonIsRejected();

private:
    QTemporaryDir m_dir;
};

void TestArchiveIndex::compressions_data()
{
    QTest::addColumn<ArchiveCompression>("compression");
    QTest::newRow("gzip") << ArchiveCompression::Gzip;
    QTest::newRow("zstd") << ArchiveCompression::Zstd;
}

void TestArchiveIndex::archivesCarryTheirIndex()
{
    QFETCH(ArchiveCompression, compression);
    const QString path = writeArchive(m_dir.path(), QStringLiteral("a") + suffix(compression), compression);
    const auto index = ArchiveIndex::readFrom(path);
    QVERIFY(index.has_value());
    const QList<ArchiveIndex::Entry> expected{{QStringLiteral("backup_1/"), 0, true},
                                              {QStringLiteral("backup_1/orders.jsonl"), Orders.size(), false},
                                              {QStringLiteral("backup_1/users.jsonl"), Users.size(), false},
                                              {QStringLiteral("backup_1/collections_metadata.json"), Metadata.size(), false}};
    QList<ArchiveIndex::Entry> listed = index->entries;
    for (auto &e : listed) {
        // Seekable archives (index version 2) say where each file's data is in the tar stream
        // (test_seekable_archive reads it there).
        QCOMPARE(e.offset >= 512, !e.isDirectory);
        e.offset = -1;
    }
    QCOMPARE(index->version(), 2);
    QCOMPARE(listed, expected);
    QCOMPARE(index->smallFiles.size(), 1);
    QCOMPARE(index->smallFiles.value(QStringLiteral("backup_1/collections_metadata.json")), Metadata);
}

void TestArchiveIndex::toolsStillReadTheArchive()
{
    QFETCH(ArchiveCompression, compression);
    const bool zstd = compression == ArchiveCompression::Zstd;
    const QString path = writeArchive(m_dir.path(), QStringLiteral("b") + suffix(compression), compression);
    const QStringList tarFlag{zstd ? QStringLiteral("--zstd") : QStringLiteral("-z")};
    QByteArray out, err;
    QCOMPARE(runProgram(zstd ? QStringLiteral("zstd") : QStringLiteral("gzip"), {QStringLiteral("-t"), QStringLiteral("-q"), path}, &out, &err), 0);
    QCOMPARE(err, QByteArray());
    QCOMPARE(runProgram(QStringLiteral("tar"), tarFlag + QStringList{QStringLiteral("-tf"), path}, &out, &err), 0);
    QCOMPARE(err, QByteArray());
    QCOMPARE(out, QByteArray("backup_1/\nbackup_1/orders.jsonl\nbackup_1/users.jsonl\nbackup_1/collections_metadata.json\n"));
    const QString x = m_dir.filePath(QStringLiteral("x-") + QString::fromLatin1(QTest::currentDataTag()));
    QDir().mkpath(x);
    QCOMPARE(runProgram(QStringLiteral("tar"), tarFlag + QStringList{QStringLiteral("-xf"), path, QStringLiteral("-C"), x}, &out, &err), 0);
    QCOMPARE(err, QByteArray());
    QCOMPARE(readFile(x + QStringLiteral("/backup_1/orders.jsonl")), Orders);
    QCOMPARE(readFile(x + QStringLiteral("/backup_1/collections_metadata.json")), Metadata);
    if (zstd)
        return; // Python 3.11's tarfile has no Zstandard
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

void TestArchiveIndex::plainTarHasNone()
{
    bool damaged = true;
    QVERIFY(!ArchiveIndex::readFrom(writeArchive(m_dir.path(), QStringLiteral("c.tar"), ArchiveCompression::None), &damaged));
    QVERIFY(!damaged);
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
    const qsizetype end = tar.lastIndexOf("{\"blocks\":[");
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
    QFETCH(ArchiveCompression, compression);
    const QString path = writeArchive(m_dir.path(), QStringLiteral("e") + suffix(compression), compression);
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
    QFETCH(ArchiveCompression, compression);
    const QString path = writeArchive(m_dir.path(), QStringLiteral("f") + suffix(compression), compression);
    auto index = ArchiveIndex::readFrom(path);
    QVERIFY(index);
    index->entries[1].size += 1; // orders.jsonl
    rewriteIndex(path, *index, compression);
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
    const QString second = writeArchive(m_dir.path(), QStringLiteral("g") + suffix(compression), compression);
    index = ArchiveIndex::readFrom(second);
    QVERIFY(index);
    QByteArray other = Metadata;
    other.replace("users", "userz");
    index->smallFiles.insert(QStringLiteral("backup_1/collections_metadata.json"), other);
    rewriteIndex(second, *index, compression);
    report = ArchiveInspector::inspect(second, ArchiveInspector::Depth::Files);
    QVERIFY(report.ok());
    QVERIFY2(report->problems.join(QLatin1Char('\n')).contains(QStringLiteral("differs from its copy in the archive's index")),
             qPrintable(report->problems.join(QLatin1Char('\n'))));
}

void TestArchiveIndex::indexListingAMissingFileIsRefused()
{
    QFETCH(ArchiveCompression, compression);
    const QString path = writeArchive(m_dir.path(), QStringLiteral("h") + suffix(compression), compression);
    auto index = ArchiveIndex::readFrom(path);
    QVERIFY(index);
    // Listed last, in the tar stream's end-of-archive blocks (so the block table still checks out).
    index->entries << ArchiveIndex::Entry{QStringLiteral("backup_1/ghosts.jsonl"), 10, false, index->blocks->tarSize() - 20};
    rewriteIndex(path, *index, compression);
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
    QTest::newRow("newer version") << QByteArray(R"({"format":"lifeboat-archive-index","version":3,"entries":[],"files":{}})") << false;
    QTest::newRow("version 2") << QByteArray(R"({"format":"lifeboat-archive-index","version":2,"entries":[{"path":"a/x.jsonl","size":3,"offset":512}],"files":{},)"
                                             R"("blocks":[[0,100,0,512,-1,-1],[100,50,512,1536,0,0]]})") << true;
    QTest::newRow("version 2 without blocks") << QByteArray(R"({"format":"lifeboat-archive-index","version":2,"entries":[{"path":"a/x.jsonl","size":3,"offset":512}],"files":{}})") << false;
    QTest::newRow("version 2 without offsets") << QByteArray(R"({"format":"lifeboat-archive-index","version":2,"entries":[{"path":"a/x.jsonl","size":3}],"files":{},)"
                                                             R"("blocks":[[0,100,0,2048,-1,-1]]})") << false;
    QTest::newRow("file past the blocks") << QByteArray(R"({"format":"lifeboat-archive-index","version":2,"entries":[{"path":"a/x.jsonl","size":3,"offset":2047}],"files":{},)"
                                                        R"("blocks":[[0,100,0,2048,-1,-1]]})") << false;
    QTest::newRow("block outside its file") << QByteArray(R"({"format":"lifeboat-archive-index","version":2,"entries":[{"path":"a/x.jsonl","size":3,"offset":512}],"files":{},)"
                                                          R"("blocks":[[0,100,0,1024,-1,-1],[100,50,1024,1024,0,0]]})") << false;
    QTest::newRow("blocks with a gap") << QByteArray(R"({"format":"lifeboat-archive-index","version":2,"entries":[{"path":"a/x.jsonl","size":3,"offset":512}],"files":{},)"
                                                     R"("blocks":[[0,100,0,512,-1,-1],[101,50,512,1536,0,0]]})") << false;
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
