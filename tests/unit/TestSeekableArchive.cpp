// Seekable archives (archive format, index version 2): a .tar.gz / .tar.zst written in
// independent blocks, cut at document starts, with a block table in the index. gzip, zstd, tar
// and Python's tarfile still read it as one archive; Lifeboat inflates its blocks in parallel
// and seeks to any collection or document N of one; a damaged block is a clear error and a
// block table that does not check out is never trusted (the archive is then read through).
#include "core/archive/ArchiveContents.h"
#include "core/archive/ArchiveIndex.h"
#include "core/archive/CollectionDocumentReader.h"
#include "core/archive/SeekingCollectionReader.h"
#include "core/archive/StreamedCollectionReader.h"
#include "core/archive/TarArchiveWriter.h"
#include "core/archive/blocks/BlockReader.h"
#include "core/codec/ExtJsonCodec.h"
#include "core/verify/ArchiveInspector.h"
#include "TestFiles.h"

#include <QDir>
#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace lifeboat;
using namespace lifeboat::test;

Q_DECLARE_METATYPE(lifeboat::ArchiveCompression)

namespace {

// Documents of varied length (so blocks end at varied places), one a line or pretty-printed.
QList<QByteArray> makeDocuments(int count, bool pretty, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<QByteArray> docs;
    docs.reserve(count);
    for (int i = 0; i < count; ++i) {
        QByteArray text(int(random.bounded(20, 400)), 'a');
        for (char &c : text)
            c = char('a' + random.bounded(26));
        const QByteArray id = QByteArray::number(i);
        if (pretty)
            docs << QByteArray("{\n  \"_id\": {\n    \"$numberInt\": \"" + id + "\"\n  },\n  \"v\": \"" + text + "\"\n}\n");
        else
            docs << QByteArray("{\"_id\":{\"$numberInt\":\"" + id + "\"},\"v\":\"" + text + "\"}\n");
    }
    return docs;
}

struct Written {
    QString path;
    QHash<QString, QList<QByteArray>> documents; // by file path
};

Written writeArchive(const QString &dir, const QString &name, ArchiveCompression compression)
{
    Written w;
    w.path = dir + QLatin1Char('/') + name;
    w.documents.insert(QStringLiteral("b/events.jsonl"), makeDocuments(60000, false, 1));   // ~14 MB: several blocks
    w.documents.insert(QStringLiteral("b/pretty.jsonl"), makeDocuments(30000, true, 2));    // ~8 MB, --pretty style
    w.documents.insert(QStringLiteral("b/last.jsonl"), makeDocuments(5, false, 3));
    auto created = TarArchiveWriter::create(w.path, compression);
    if (!created)
        qFatal("%s", qPrintable(created.error().message));
    TarArchiveWriter &writer = **created;
    if (!writer.addDirectory(QStringLiteral("b/")))
        qFatal("cannot add b/");
    for (const QString &file : {QStringLiteral("b/events.jsonl"), QStringLiteral("b/pretty.jsonl"), QStringLiteral("b/last.jsonl")}) {
        if (!writer.addFile(file, w.documents.value(file).join()))
            qFatal("cannot add %s", qPrintable(file));
    }
    auto published = writer.publish();
    if (!published)
        qFatal("%s", qPrintable(published.error().message));
    return w;
}

QString suffix(ArchiveCompression compression)
{
    return compression == ArchiveCompression::Zstd ? QStringLiteral(".tar.zst") : QStringLiteral(".tar.gz");
}

// `length` bytes of the tar stream from `offset`, through the block table.
QByteArray tarBytes(const QString &path, const ArchiveIndex &index, qint64 offset, qint64 length)
{
    auto reader = BlockReader::open(path, index.compression, index.blocks, offset);
    if (!reader)
        qFatal("%s", qPrintable(reader.error().message));
    QByteArray out(length, Qt::Uninitialized);
    qint64 at = 0;
    while (at < length) {
        auto n = (*reader)->read(out.data() + at, length - at);
        if (!n || *n == 0)
            qFatal("short read at %lld", at);
        at += *n;
    }
    return out;
}

// Documents number `from` on (at most `limit`) of `collection`, as canonical Extended JSON.
QStringList readDocuments(CollectionDocumentReader &reader, qint64 from, int limit, QList<qint64> *numbers = nullptr)
{
    QStringList out;
    const auto st = reader.read(from, [&](DocumentRef doc, qint64 number) -> Result<bool> {
        out << QString::fromUtf8(*ExtJsonCodec::encode(doc, JsonStyle::Canonical));
        if (numbers)
            *numbers << number;
        return out.size() < limit;
    });
    if (!st)
        qFatal("%s", qPrintable(st.error().message));
    return out;
}

QString canonical(const QByteArray &text)
{
    auto doc = ExtJsonCodec::decode(text);
    if (!doc)
        qFatal("%s", qPrintable(doc.error().message));
    return QString::fromUtf8(*ExtJsonCodec::encode(doc->get(), JsonStyle::Canonical));
}

} // namespace

class TestSeekableArchive : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void compressions_data();
    void blocksAreCutAtDocumentStarts_data() { compressions_data(); }
    void blocksAreCutAtDocumentStarts();
    void toolsReadItAsOneArchive_data() { compressions_data(); }
    void toolsReadItAsOneArchive();
    void readersSeekToDocumentN_data() { compressions_data(); }
    void readersSeekToDocumentN();
    void readingThroughTheBlocksGivesEveryDocument_data() { compressions_data(); }
    void readingThroughTheBlocksGivesEveryDocument();
    void damagedBlockIsAClearError_data() { compressions_data(); }
    void damagedBlockIsAClearError();
    void tableThatDoesNotCheckOutIsNotTrusted_data() { compressions_data(); }
    void tableThatDoesNotCheckOutIsNotTrusted();
    void versionOneIndexIsReadByStreaming();
    void verifyIntegrityChecksTheBlockTable();

private:
    QTemporaryDir m_dir;
};

void TestSeekableArchive::compressions_data()
{
    QTest::addColumn<ArchiveCompression>("compression");
    QTest::newRow("gzip") << ArchiveCompression::Gzip;
    QTest::newRow("zstd") << ArchiveCompression::Zstd;
}

void TestSeekableArchive::blocksAreCutAtDocumentStarts()
{
    QFETCH(ArchiveCompression, compression);
    const Written w = writeArchive(m_dir.path(), QStringLiteral("cut") + suffix(compression), compression);
    const auto index = ArchiveIndex::readFrom(w.path);
    QVERIFY(index && index->blocks);
    QCOMPARE(index->version(), 2);
    QCOMPARE(index->compression, compression);
    const BlockTable &table = *index->blocks;
    QVERIFY2(table.blocks.size() >= 5, qPrintable(QString::number(table.blocks.size())));
    int documentStarts = 0;
    for (const auto &b : table.blocks) {
        QVERIFY(b.tarLength <= BlockTable::MaxTarBytes);
        if (b.entry < 0)
            continue;
        // The block begins exactly with the document its row names.
        const ArchiveIndex::Entry &e = index->entries.at(b.entry);
        const QByteArray expected = w.documents.value(e.path).at(int(b.firstDocument));
        QCOMPARE(tarBytes(w.path, *index, b.tarOffset, expected.size()), expected);
        ++documentStarts;
    }
    QVERIFY(documentStarts >= 4);
    // Every file's offset is where its bytes are in the tar stream.
    for (const auto &e : index->entries) {
        if (!e.isDirectory)
            QCOMPARE(tarBytes(w.path, *index, e.offset, e.size), w.documents.value(e.path).join());
    }
}

void TestSeekableArchive::toolsReadItAsOneArchive()
{
    QFETCH(ArchiveCompression, compression);
    const bool zstd = compression == ArchiveCompression::Zstd;
    const Written w = writeArchive(m_dir.path(), QStringLiteral("tools") + suffix(compression), compression);
    QByteArray out, err;
    QCOMPARE(runProgram(zstd ? QStringLiteral("zstd") : QStringLiteral("gzip"), {QStringLiteral("-t"), QStringLiteral("-q"), w.path}, &out, &err), 0);
    QCOMPARE(err, QByteArray());
    const QString x = m_dir.filePath(QStringLiteral("x-") + QString::fromLatin1(QTest::currentDataTag()));
    QDir().mkpath(x);
    QCOMPARE(runProgram(QStringLiteral("tar"), {zstd ? QStringLiteral("--zstd") : QStringLiteral("-z"), QStringLiteral("-xf"), w.path,
                                                QStringLiteral("-C"), x}, &out, &err), 0);
    QCOMPARE(err, QByteArray());
    for (auto it = w.documents.cbegin(); it != w.documents.cend(); ++it)
        QCOMPARE(readFile(x + QLatin1Char('/') + it.key()), it.value().join());
    if (zstd)
        return; // Python 3.11's tarfile has no Zstandard
    // As the runbook's restore script reads an archive: tarfile.open() guessing the compression,
    // extractall(), then each .jsonl line as JSON.
    const QString py = m_dir.filePath(QStringLiteral("py"));
    QCOMPARE(runProgram(QStringLiteral("python3"),
                        {QStringLiteral("-c"), QStringLiteral("import hashlib, json, os, sys, tarfile\n"
                                                              "with tarfile.open(sys.argv[1]) as t: t.extractall(sys.argv[2])\n"
                                                              "data = open(os.path.join(sys.argv[2], 'b/events.jsonl'), 'rb').read()\n"
                                                              "docs = [json.loads(l) for l in data.splitlines()]\n"
                                                              "print(len(docs), docs[-1]['_id']['$numberInt'], hashlib.sha256(data).hexdigest())"),
                         w.path, py}, &out, &err), 0);
    QCOMPARE(out.trimmed(), "60000 59999 " + QCryptographicHash::hash(w.documents.value(QStringLiteral("b/events.jsonl")).join(), QCryptographicHash::Sha256).toHex());
}

void TestSeekableArchive::readersSeekToDocumentN()
{
    QFETCH(ArchiveCompression, compression);
    const Written w = writeArchive(m_dir.path(), QStringLiteral("seek") + suffix(compression), compression);
    auto contents = ArchiveContents::open(w.path);
    QVERIFY(contents);
    auto shared = std::make_shared<const ArchiveContents>(*contents);
    QVERIFY(shared->blocks());
    for (const QString &collection : {QStringLiteral("events"), QStringLiteral("pretty"), QStringLiteral("last")}) {
        auto reader = CollectionDocumentReader::open(shared, collection);
        QVERIFY(reader);
        QVERIFY(dynamic_cast<SeekingCollectionReader *>(reader->get()));
        StreamedCollectionReader streamed(shared, (*reader)->file());
        const QList<QByteArray> &docs = w.documents.value(QStringLiteral("b/") + collection + QStringLiteral(".jsonl"));
        QList<qint64> wanted{0, 1, docs.size() / 2, docs.size() - 1, docs.size()};
        // Around every block start of the file too.
        for (const auto &b : shared->blocks()->blocks) {
            if (b.entry == (*reader)->file().entry)
                wanted << b.firstDocument - 1 << b.firstDocument << b.firstDocument + 1;
        }
        for (const qint64 n : std::as_const(wanted)) {
            if (n < 0)
                continue;
            QList<qint64> numbers;
            const QStringList got = readDocuments(**reader, n, 3, &numbers);
            QStringList expected;
            for (qint64 i = n; i < std::min<qint64>(n + 3, docs.size()); ++i)
                expected << canonical(docs.at(int(i)));
            QCOMPARE(got, expected);
            QCOMPARE(got, readDocuments(streamed, n, 3));
            if (!numbers.isEmpty())
                QCOMPARE(numbers.first(), n);
        }
    }
}

void TestSeekableArchive::readingThroughTheBlocksGivesEveryDocument()
{
    QFETCH(ArchiveCompression, compression);
    const Written w = writeArchive(m_dir.path(), QStringLiteral("through") + suffix(compression), compression);
    auto contents = ArchiveContents::open(w.path);
    QVERIFY(contents && contents->fromIndex() && contents->blocks());
    QHash<QString, qint64> counts;
    const auto st = contents->forEachCollection([&](const ArchiveContents::CollectionFile &f, JsonDocumentReader &documents) -> Status {
        for (;;) {
            auto text = documents.nextText();
            if (!text)
                return text.error();
            if (!text->has_value())
                return {};
            if (**text + '\n' != w.documents.value(f.path).at(int(counts[f.path]++)).trimmed() + '\n')
                return Error(ErrorCode::Internal, QStringLiteral("%1: document %2 differs").arg(f.path).arg(counts[f.path] - 1));
        }
    });
    QVERIFY2(st, st ? "" : qPrintable(st.error().message));
    QCOMPARE(counts.value(QStringLiteral("b/events.jsonl")), 60000);
    QCOMPARE(counts.value(QStringLiteral("b/pretty.jsonl")), 30000);
    QCOMPARE(counts.value(QStringLiteral("b/last.jsonl")), 5);
    // Only the last collection: the blocks before it are skipped, not inflated, and it is whole.
    qint64 last = 0;
    const auto only = contents->forEachCollection(
        [&](const ArchiveContents::CollectionFile &, JsonDocumentReader &documents) -> Status {
            while (true) {
                auto text = documents.nextText();
                if (!text)
                    return text.error();
                if (!text->has_value())
                    return {};
                ++last;
            }
        },
        [](const ArchiveContents::CollectionFile &f) { return f.collection == QLatin1String("last"); });
    QVERIFY(only);
    QCOMPARE(last, 5);
}

void TestSeekableArchive::damagedBlockIsAClearError()
{
    QFETCH(ArchiveCompression, compression);
    const Written w = writeArchive(m_dir.path(), QStringLiteral("damaged") + suffix(compression), compression);
    const auto index = ArchiveIndex::readFrom(w.path);
    QVERIFY(index && index->blocks && index->blocks->blocks.size() > 2);
    // One byte changed in the middle of the second block.
    const auto &b = index->blocks->blocks.at(1);
    QFile f(w.path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(b.compressedOffset + b.compressedLength / 2));
    char c = 0;
    QVERIFY(f.getChar(&c));
    QVERIFY(f.seek(b.compressedOffset + b.compressedLength / 2));
    QVERIFY(f.putChar(char(c ^ 0x5a)));
    f.close();
    auto contents = ArchiveContents::open(w.path);
    QVERIFY(contents);
    const auto st = contents->forEachCollection([](const ArchiveContents::CollectionFile &, JsonDocumentReader &documents) -> Status {
        for (;;) {
            auto text = documents.nextText();
            if (!text)
                return text.error();
            if (!text->has_value())
                return {};
        }
    });
    QVERIFY(!st);
    QCOMPARE(st.error().code, ErrorCode::ArchiveCorrupt);
    QVERIFY2(st.error().message.contains(QStringLiteral("block")) && st.error().message.contains(w.path), qPrintable(st.error().message));
    // Seeking into the damaged block says the same; one before it still reads.
    auto shared = std::make_shared<const ArchiveContents>(*contents);
    auto reader = CollectionDocumentReader::open(shared, QStringLiteral("events"));
    QVERIFY(reader);
    QCOMPARE(readDocuments(**reader, 0, 2).size(), 2);
    const auto failed = (*reader)->read(b.entry == (*reader)->file().entry ? b.firstDocument : 0, [](DocumentRef, qint64) -> Result<bool> {
        return true;
    });
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, ErrorCode::ArchiveCorrupt);
}

void TestSeekableArchive::tableThatDoesNotCheckOutIsNotTrusted()
{
    QFETCH(ArchiveCompression, compression);
    const Written w = writeArchive(m_dir.path(), QStringLiteral("hostile") + suffix(compression), compression);
    const auto good = ArchiveIndex::readFrom(w.path);
    QVERIFY(good && good->blocks);
    const qint64 offset = archiveIndexOffset(readFile(w.path), compression == ArchiveCompression::Zstd);
    const QList<std::function<void(BlockTable &)>> lies{
        [](BlockTable &t) { t.blocks[1].tarLength += 1; },                      // a gap in the tar stream
        [](BlockTable &t) { t.blocks[1].compressedOffset -= 1; },               // overlapping blocks
        [](BlockTable &t) { t.blocks[0].tarLength = 1LL << 40; },               // a terabyte to inflate
        [](BlockTable &t) { t.blocks.removeLast(); },                           // ends before the index
        [](BlockTable &t) { t.blocks[1].entry = 99; },                          // no such entry
    };
    for (int i = 0; i < lies.size(); ++i) {
        ArchiveIndex lying = *good;
        BlockTable table = *good->blocks;
        lies[i](table);
        lying.blocks = std::make_shared<const BlockTable>(table);
        QVERIFY(::truncate(QFile::encodeName(w.path).constData(), offset) == 0);
        const int fd = ::open(QFile::encodeName(w.path).constData(), O_WRONLY | O_APPEND);
        QVERIFY(fd >= 0);
        QVERIFY(lying.appendTo(fd, offset, compression).ok());
        ::close(fd);
        bool damaged = false;
        QVERIFY2(!ArchiveIndex::readFrom(w.path, &damaged), qPrintable(QString::number(i)));
        QVERIFY(damaged);
        // Read through from the start instead: every document is still there.
        auto contents = ArchiveContents::open(w.path);
        QVERIFY(contents && !contents->blocks());
        auto reader = CollectionDocumentReader::open(std::make_shared<const ArchiveContents>(*contents), QStringLiteral("events"));
        QVERIFY(reader && dynamic_cast<StreamedCollectionReader *>(reader->get()));
        QCOMPARE(readDocuments(**reader, 59999, 5), QStringList{canonical(w.documents.value(QStringLiteral("b/events.jsonl")).last())});
    }
}

void TestSeekableArchive::versionOneIndexIsReadByStreaming()
{
    const Written w = writeArchive(m_dir.path(), QStringLiteral("v1.tar.gz"), ArchiveCompression::Gzip);
    auto index = ArchiveIndex::readFrom(w.path);
    QVERIFY(index);
    const qint64 offset = archiveIndexOffset(readFile(w.path), false);
    // What Lifeboat wrote before seekable archives: the same entries without offsets or blocks.
    ArchiveIndex old = *index;
    old.blocks.reset();
    for (auto &e : old.entries)
        e.offset = -1;
    QCOMPARE(old.version(), 1);
    QVERIFY(::truncate(QFile::encodeName(w.path).constData(), offset) == 0);
    const int fd = ::open(QFile::encodeName(w.path).constData(), O_WRONLY | O_APPEND);
    QVERIFY(fd >= 0);
    QVERIFY(old.appendTo(fd, offset, ArchiveCompression::Gzip).ok());
    ::close(fd);
    QVERIFY(!readFile(w.path).contains("\"blocks\""));
    auto contents = ArchiveContents::open(w.path);
    QVERIFY(contents && contents->fromIndex() && !contents->blocks());
    auto reader = CollectionDocumentReader::open(std::make_shared<const ArchiveContents>(*contents), QStringLiteral("pretty"));
    QVERIFY(reader && dynamic_cast<StreamedCollectionReader *>(reader->get()));
    QCOMPARE(readDocuments(**reader, 12345, 1), QStringList{canonical(w.documents.value(QStringLiteral("b/pretty.jsonl")).at(12345))});
}

void TestSeekableArchive::verifyIntegrityChecksTheBlockTable()
{
    const Written w = writeArchive(m_dir.path(), QStringLiteral("inspect.tar.gz"), ArchiveCompression::Gzip);
    auto report = ArchiveInspector::inspect(w.path, ArchiveInspector::Depth::Documents);
    QVERIFY(report);
    QVERIFY2(report->problems.isEmpty(), qPrintable(report->problems.join(QLatin1Char('\n'))));
    QVERIFY(report->hasIndex);
    const auto good = ArchiveIndex::readFrom(w.path);
    const qint64 offset = archiveIndexOffset(readFile(w.path), false);
    const auto rewrite = [&](const ArchiveIndex &index) {
        QVERIFY(::truncate(QFile::encodeName(w.path).constData(), offset) == 0);
        const int fd = ::open(QFile::encodeName(w.path).constData(), O_WRONLY | O_APPEND);
        QVERIFY(fd >= 0);
        QVERIFY(index.appendTo(fd, offset, ArchiveCompression::Gzip).ok());
        ::close(fd);
        QVERIFY(ArchiveIndex::readFrom(w.path)); // it still checks out on its own
    };
    // A block said to start at another document than it does: a seek would give the wrong ones.
    ArchiveIndex lying = *good;
    BlockTable table = *good->blocks;
    int changed = -1;
    for (int i = 0; i < table.blocks.size() && changed < 0; ++i) {
        if (table.blocks[i].entry >= 0)
            changed = i;
    }
    QVERIFY(changed >= 0);
    table.blocks[changed].firstDocument += 1;
    lying.blocks = std::make_shared<const BlockTable>(table);
    rewrite(lying);
    report = ArchiveInspector::inspect(w.path, ArchiveInspector::Depth::Files);
    QVERIFY(report);
    QVERIFY2(report->problems.join(QLatin1Char('\n')).contains(QStringLiteral("says block %1 starts at document %2, but it starts at document %3")
                                                                  .arg(changed).arg(table.blocks[changed].firstDocument).arg(table.blocks[changed].firstDocument - 1)),
             qPrintable(report->problems.join(QLatin1Char('\n'))));
    // A file said to be elsewhere in the tar stream.
    lying = *good;
    lying.entries.last().offset -= 512;
    rewrite(lying);
    report = ArchiveInspector::inspect(w.path, ArchiveInspector::Depth::Files);
    QVERIFY(report);
    QVERIFY2(report->problems.join(QLatin1Char('\n')).contains(QStringLiteral("b/last.jsonl: its data is at byte")),
             qPrintable(report->problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestSeekableArchive)
#include "TestSeekableArchive.moc"
