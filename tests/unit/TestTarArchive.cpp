// TarArchiveWriter / TarArchiveReader round trips for every compression, the .partial ->
// publish() protocol, abort(), refusal to overwrite, corrupt and missing archives, and
// ArchiveExtractor's handling of good and hostile archives.
#include "core/archive/ArchiveCompression.h"
#include "core/archive/ArchiveExtractor.h"
#include "core/archive/TarArchiveReader.h"
#include "core/archive/TarArchiveWriter.h"
#include "TestFiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <clocale>
#include <cstring>
#include <random>

using namespace lifeboat;

Q_DECLARE_METATYPE(lifeboat::ArchiveCompression)

namespace {

constexpr qint64 BigSize = 5 * 1024 * 1024;

// Deterministic, poorly compressible bytes.
QByteArray pseudoRandom(qint64 size, uint32_t seed)
{
    QByteArray out(size, Qt::Uninitialized);
    std::mt19937 rng(seed);
    for (qint64 i = 0; i < size; i += 4) {
        const uint32_t v = rng();
        for (qint64 k = 0; k < 4 && i + k < size; ++k)
            out[i + k] = char((v >> (8 * k)) & 0xff);
    }
    return out;
}

QString longUtf8Path()
{
    // > 100 bytes (the ustar name field), with non-ASCII folder and file names.
    return QStringLiteral("backup_x/") + QString::fromUtf8("donn\xC3\xA9""es_") + QString(60, QLatin1Char('d'))
        + QStringLiteral("/") + QString::fromUtf8("caf\xC3\xA9_\xE6\x97\xA5\xE6\x9C\xAC_") + QString(90, QLatin1Char('x'))
        + QStringLiteral(".jsonl");
}

struct Member {
    bool isDirectory = false;
    QByteArray data;
};

// Reads every entry of an archive: path -> contents. Fails the test (returns false) on error.
Result<QMap<QString, Member>> readArchive(const QString &path)
{
    auto opened = TarArchiveReader::open(path);
    if (!opened)
        return opened.error();
    auto &reader = **opened;
    QMap<QString, Member> members;
    QByteArray buffer(100 * 1024, Qt::Uninitialized);
    for (;;) {
        auto next = reader.nextEntry();
        if (!next)
            return next.error();
        if (!next->has_value())
            break;
        const ArchiveEntry e = **next;
        Member m;
        m.isDirectory = e.isDirectory;
        if (!e.isDirectory) {
            for (;;) {
                auto n = reader.read(buffer.data(), buffer.size());
                if (!n)
                    return n.error();
                if (*n == 0)
                    break;
                m.data.append(buffer.constData(), *n);
            }
            if (m.data.size() != e.size)
                return Error(ErrorCode::Internal, QStringLiteral("%1: size %2, read %3").arg(e.path).arg(e.size).arg(m.data.size()));
        }
        QString name = e.path;
        if (name.endsWith(QLatin1Char('/')))
            name.chop(1);
        members.insert(name, m);
    }
    return members;
}

// `tar -tf`, with a UTF-8 locale so that GNU tar prints non-ASCII names as they are (in the
// C locale it escapes them as octal) whatever locale the test runs in.
QStringList tarListingUtf8(const QString &archive)
{
    const bool had = qEnvironmentVariableIsSet("LC_ALL");
    const QByteArray old = qgetenv("LC_ALL");
    qputenv("LC_ALL", "C.UTF-8");
    const QStringList listed = test::tarListing(archive);
    if (had)
        qputenv("LC_ALL", old);
    else
        qunsetenv("LC_ALL");
    return listed;
}

// Every file and folder under `root`, relative, sorted.
QStringList treeOf(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(root).relativeFilePath(it.next());
    out.sort();
    return out;
}

// Writes the standard test content; returns the expected members.
QMap<QString, Member> writeStandardContent(TarArchiveWriter &w, const QByteArray &big, QString *failure)
{
    QMap<QString, Member> expected;
    auto check = [&](const Status &st, const QString &what) {
        if (!st.ok() && failure->isEmpty())
            *failure = what + QStringLiteral(": ") + st.error().message;
    };
    check(w.addDirectory(QStringLiteral("backup_x")), QStringLiteral("dir"));
    expected.insert(QStringLiteral("backup_x"), Member{true, {}});
    check(w.addDirectory(QStringLiteral("backup_x/shop/")), QStringLiteral("dir with slash"));
    expected.insert(QStringLiteral("backup_x/shop"), Member{true, {}});

    const QByteArray manifest = "{\"format\": 1, \"database\": \"shop\"}\n";
    check(w.addFile(QStringLiteral("backup_x/manifest.json"), manifest), QStringLiteral("manifest"));
    expected.insert(QStringLiteral("backup_x/manifest.json"), Member{false, manifest});

    check(w.addFile(QStringLiteral("backup_x/shop/empty.jsonl"), QByteArrayView()), QStringLiteral("empty"));
    expected.insert(QStringLiteral("backup_x/shop/empty.jsonl"), Member{false, {}});

    // The big file, pulled in odd-sized chunks; the writer must never ask past the size.
    qint64 offset = 0;
    bool overAsked = false;
    check(w.addFile(QStringLiteral("backup_x/shop/orders.jsonl"), big.size(),
                    [&](char *buffer, qint64 max) -> Result<qint64> {
                        if (max > big.size() - offset)
                            overAsked = true;
                        const qint64 n = std::min<qint64>({max, big.size() - offset, 65537});
                        std::memcpy(buffer, big.constData() + offset, size_t(n));
                        offset += n;
                        return n;
                    }),
          QStringLiteral("big"));
    if (overAsked && failure->isEmpty())
        *failure = QStringLiteral("writer asked for more than the file's size");
    if (offset != big.size() && failure->isEmpty())
        *failure = QStringLiteral("writer pulled %1 of %2 bytes").arg(offset).arg(big.size());
    expected.insert(QStringLiteral("backup_x/shop/orders.jsonl"), Member{false, big});

    const QByteArray unicode = QString::fromUtf8("{\"name\": \"caf\xC3\xA9\"}\n").toUtf8();
    check(w.addFile(longUtf8Path(), unicode), QStringLiteral("long UTF-8 path"));
    expected.insert(longUtf8Path(), Member{false, unicode});
    return expected;
}

} // namespace

// cut/ with two 300 KiB members of pseudo-random data (they do not compress away).
static bool writeTwoMemberArchive(const QString &path, ArchiveCompression compression)
{
    auto created = TarArchiveWriter::create(path, compression);
    return created.ok() && (*created)->addDirectory(QStringLiteral("cut")).ok()
           && (*created)->addFile(QStringLiteral("cut/a.jsonl"), pseudoRandom(300 * 1024, 1)).ok()
           && (*created)->addFile(QStringLiteral("cut/b.jsonl"), pseudoRandom(300 * 1024, 2)).ok() && (*created)->publish().ok();
}

class TestTarArchive : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void compressionLevelsTradeSizeForSpeed();
    void initTestCase();

    void roundTrip_data();
    void roundTrip();
    void abortLeavesNothing_data();
    void abortLeavesNothing();
    void destroyingUnpublishedWriterLeavesNothing();
    void createRefusesExistingFile();
    void publishRefusesFileThatAppeared();
    void twoWritersOfOneNameNeverShare();
    void fullDiskSaysSoAndNamesTheFile_data();
    void fullDiskSaysSoAndNamesTheFile();
    void truncatedArchiveIsCorrupt_data();
    void truncatedArchiveIsCorrupt();
    void oneByteShortGivesAReason_data();
    void oneByteShortGivesAReason();
    void garbageFileIsCorrupt();
    void missingArchiveIsNotFound();
    void sourceEndingEarlyIsAnError();
    void utf8NamesInCLocale();

    void extractorExtractsFiles();
    void extractorNeverOverwrites();
    void extractorRefusesHostileMembers_data();
    void extractorRefusesHostileMembers();
    void isSafeRelativePath_data();
    void isSafeRelativePath();

    void compressionFromFileName_data();
    void compressionFromFileName();
    void stripArchiveExtension_data();
    void stripArchiveExtension();

private:
    QByteArray m_big;
};

void TestTarArchive::initTestCase()
{
    m_big = pseudoRandom(BigSize, 42);
}

void TestTarArchive::roundTrip_data()
{
    QTest::addColumn<ArchiveCompression>("compression");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("none") << ArchiveCompression::None << QByteArray();
    QTest::newRow("gzip") << ArchiveCompression::Gzip << QByteArray("\x1f\x8b");
    QTest::newRow("zstd") << ArchiveCompression::Zstd << QByteArray("\x28\xb5\x2f\xfd");
}

void TestTarArchive::roundTrip()
{
    QFETCH(ArchiveCompression, compression);
    QFETCH(QByteArray, magic);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString finalPath = dir.filePath(QStringLiteral("backup_x") + archiveExtension(compression));
    const QString partialPath = finalPath + QStringLiteral(".partial");

    auto created = TarArchiveWriter::create(finalPath, compression);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    TarArchiveWriter &w = **created;
    QCOMPARE(w.pendingPath(), partialPath);
    QVERIFY(QFileInfo::exists(partialPath));
    QVERIFY(!QFileInfo::exists(finalPath));

    QString failure;
    const QMap<QString, Member> expected = writeStandardContent(w, m_big, &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    // Before publish(): only the .partial file, even after close().
    QCOMPARE(treeOf(dir.path()), QStringList{QFileInfo(partialPath).fileName()});
    const Status closed = w.close();
    QVERIFY2(closed.ok(), qPrintable(closed.ok() ? QString() : closed.error().message));
    QVERIFY(w.close().ok()); // twice is fine
    QVERIFY(QFileInfo::exists(partialPath));
    QVERIFY(!QFileInfo::exists(finalPath));
    // The pending file is already a complete, readable archive (for verification).
    auto pending = readArchive(partialPath);
    QVERIFY2(pending.ok(), qPrintable(pending.ok() ? QString() : pending.error().message));
    QCOMPARE(pending->size(), expected.size());

    auto published = w.publish();
    QVERIFY2(published.ok(), qPrintable(published.ok() ? QString() : published.error().message));
    QCOMPARE(*published, finalPath);
    QVERIFY(QFileInfo::exists(finalPath));
    QVERIFY(!QFileInfo::exists(partialPath));
    QCOMPARE(treeOf(dir.path()), QStringList{QFileInfo(finalPath).fileName()});
    w.abort(); // after publish(): must not remove the published archive
    QVERIFY(QFileInfo::exists(finalPath));

    // The compression is what was asked for.
    const QByteArray head = test::readFile(finalPath).left(512);
    if (magic.isEmpty())
        QCOMPARE(head.mid(257, 5), QByteArray("ustar"));
    else
        QVERIFY2(head.startsWith(magic), head.left(4).toHex().constData());

    // Our reader gets everything back, byte for byte.
    auto members = readArchive(finalPath);
    QVERIFY2(members.ok(), qPrintable(members.ok() ? QString() : members.error().message));
    QCOMPARE(members->keys(), expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const Member &got = members->value(it.key());
        QCOMPARE(got.isDirectory, it->isDirectory);
        QVERIFY2(got.data == it->data, qPrintable(it.key()));
    }

    // GNU tar agrees on the member names.
    QStringList listed = tarListingUtf8(finalPath);
    for (QString &name : listed) {
        if (name.endsWith(QLatin1Char('/')))
            name.chop(1);
    }
    listed.sort();
    QStringList expectedNames = expected.keys();
    expectedNames.sort();
    QCOMPARE(listed, expectedNames);
}

void TestTarArchive::abortLeavesNothing_data()
{
    QTest::addColumn<ArchiveCompression>("compression");
    QTest::addColumn<bool>("closeFirst");
    QTest::newRow("none") << ArchiveCompression::None << false;
    QTest::newRow("gzip") << ArchiveCompression::Gzip << false;
    QTest::newRow("zstd") << ArchiveCompression::Zstd << false;
    QTest::newRow("gzip, after close") << ArchiveCompression::Gzip << true;
}

void TestTarArchive::abortLeavesNothing()
{
    QFETCH(ArchiveCompression, compression);
    QFETCH(bool, closeFirst);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString finalPath = dir.filePath(QStringLiteral("b") + archiveExtension(compression));
    auto created = TarArchiveWriter::create(finalPath, compression);
    QVERIFY(created.ok());
    TarArchiveWriter &w = **created;
    QVERIFY(w.addDirectory(QStringLiteral("b")).ok());
    QVERIFY(w.addFile(QStringLiteral("b/x.jsonl"), QByteArrayView("{\"a\": 1}\n")).ok());
    if (closeFirst)
        QVERIFY(w.close().ok());
    w.abort();
    QVERIFY(treeOf(dir.path()).isEmpty());
    w.abort(); // safe more than once
    QVERIFY(treeOf(dir.path()).isEmpty());
    created->reset(); // and destroying it afterwards is fine too
    QVERIFY(treeOf(dir.path()).isEmpty());
}

void TestTarArchive::destroyingUnpublishedWriterLeavesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const auto compression : {ArchiveCompression::None, ArchiveCompression::Gzip, ArchiveCompression::Zstd}) {
        for (const bool closeFirst : {false, true}) {
            const QString finalPath = dir.filePath(QStringLiteral("d") + archiveExtension(compression));
            {
                auto created = TarArchiveWriter::create(finalPath, compression);
                QVERIFY(created.ok());
                QVERIFY((*created)->addFile(QStringLiteral("d/x"), QByteArrayView("data")).ok());
                if (closeFirst)
                    QVERIFY((*created)->close().ok());
                QVERIFY(QFileInfo::exists(finalPath + QStringLiteral(".partial")));
            }
            QVERIFY2(treeOf(dir.path()).isEmpty(), qPrintable(treeOf(dir.path()).join(QLatin1Char(' '))));
        }
    }
    // A published writer's destruction keeps the archive.
    const QString kept = dir.filePath(QStringLiteral("kept.tar"));
    {
        auto created = TarArchiveWriter::create(kept, ArchiveCompression::None);
        QVERIFY(created.ok());
        QVERIFY((*created)->addFile(QStringLiteral("k"), QByteArrayView("k")).ok());
        QVERIFY((*created)->publish().ok()); // publish() closes by itself
    }
    QCOMPARE(treeOf(dir.path()), QStringList{QStringLiteral("kept.tar")});
    auto members = readArchive(kept);
    QVERIFY(members.ok());
    QCOMPARE(members->value(QStringLiteral("k")).data, QByteArray("k"));
}

void TestTarArchive::createRefusesExistingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString finalPath = dir.filePath(QStringLiteral("exists.tar.gz"));
    test::writeFile(finalPath, "precious");
    auto created = TarArchiveWriter::create(finalPath, ArchiveCompression::Gzip);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, ErrorCode::Refused);
    QVERIFY2(created.error().message.contains(finalPath), qPrintable(created.error().message));
    QCOMPARE(test::readFile(finalPath), QByteArray("precious"));
    QVERIFY(!QFileInfo::exists(finalPath + QStringLiteral(".partial")));
}

void TestTarArchive::publishRefusesFileThatAppeared()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString finalPath = dir.filePath(QStringLiteral("race.tar"));
    auto created = TarArchiveWriter::create(finalPath, ArchiveCompression::None);
    QVERIFY(created.ok());
    QVERIFY((*created)->addFile(QStringLiteral("a"), QByteArrayView("a")).ok());
    test::writeFile(finalPath, "someone else's");
    auto published = (*created)->publish();
    QVERIFY(!published.ok());
    QCOMPARE(published.error().code, ErrorCode::Refused);
    QCOMPARE(test::readFile(finalPath), QByteArray("someone else's"));
}

void TestTarArchive::twoWritersOfOneNameNeverShare()
{
    // Two backups of one name into one folder: each writes its own temporary file; the first
    // to publish wins, the other is refused, removed, and never replaces the first.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString finalPath = dir.filePath(QStringLiteral("same.tar.gz"));
    auto first = TarArchiveWriter::create(finalPath, ArchiveCompression::Gzip);
    auto second = TarArchiveWriter::create(finalPath, ArchiveCompression::Gzip);
    QVERIFY(first.ok());
    QVERIFY(second.ok());
    QVERIFY((*first)->pendingPath() != (*second)->pendingPath());
    QVERIFY((*second)->pendingPath().endsWith(QLatin1String(".partial")));
    QVERIFY((*second)->pendingPath().startsWith(finalPath + QLatin1Char('.')));
    QVERIFY((*first)->addFile(QStringLiteral("same/who"), QByteArrayView("first")).ok());
    QVERIFY((*second)->addFile(QStringLiteral("same/who"), QByteArrayView("second")).ok());
    QVERIFY((*second)->close().ok());
    QVERIFY((*first)->close().ok());
    // Each pending file holds its own writer's data.
    auto a = readArchive((*first)->pendingPath());
    auto b = readArchive((*second)->pendingPath());
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a->value(QStringLiteral("same/who")).data, QByteArray("first"));
    QCOMPARE(b->value(QStringLiteral("same/who")).data, QByteArray("second"));

    auto won = (*second)->publish();
    QVERIFY2(won.ok(), qPrintable(won.ok() ? QString() : won.error().message));
    auto lost = (*first)->publish();
    QVERIFY(!lost.ok());
    QCOMPARE(lost.error().code, ErrorCode::Refused);
    QVERIFY2(lost.error().message.contains(finalPath) && lost.error().message.contains(QLatin1String("already exists")),
             qPrintable(lost.error().message));
    QCOMPARE(treeOf(dir.path()), QStringList{QStringLiteral("same.tar.gz")});
    auto published = readArchive(finalPath);
    QVERIFY(published.ok());
    QCOMPARE(published->value(QStringLiteral("same/who")).data, QByteArray("second"));
    first->reset();
    second->reset();
    QCOMPARE(treeOf(dir.path()), QStringList{QStringLiteral("same.tar.gz")});
}

void TestTarArchive::fullDiskSaysSoAndNamesTheFile_data()
{
    truncatedArchiveIsCorrupt_data(); // every compression
}

void TestTarArchive::fullDiskSaysSoAndNamesTheFile()
{
    QFETCH(ArchiveCompression, compression);
    // A real full disk: a 256 KiB tmpfs (needs root to mount).
    QTemporaryDir mountPoint;
    if (test::runProgram(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=256k"),
                                                   QStringLiteral("tmpfs"), mountPoint.path()}) != 0)
        QSKIP("cannot mount a small tmpfs here (needs root)");
    auto unmount = qScopeGuard([&] { test::runProgram(QStringLiteral("umount"), {mountPoint.path()}); });
    const QString finalPath = QDir(mountPoint.path()).filePath(QStringLiteral("full") + archiveExtension(compression));
    auto created = TarArchiveWriter::create(finalPath, compression);
    QVERIFY(created.ok());
    // Incompressible data, four times the space.
    std::mt19937 rng(7);
    QByteArray noise(1024 * 1024, Qt::Uninitialized);
    for (char &c : noise)
        c = char(rng());
    Status st = (*created)->addFile(QStringLiteral("full/noise.bin"), noise);
    if (st.ok())
        st = (*created)->close();
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code, ErrorCode::Io);
    QVERIFY2(st.error().message.contains(QLatin1String("disk is full")), qPrintable(st.error().message));
    QVERIFY2(st.error().message.contains(QLatin1String("No space left on device")), qPrintable(st.error().message));
    QVERIFY2(st.error().message.contains((*created)->pendingPath()), qPrintable(st.error().message));
    QVERIFY(!st.error().message.contains(QLatin1String("Unknown error")));
    (*created)->abort();
    QCOMPARE(treeOf(mountPoint.path()), QStringList());
}

void TestTarArchive::truncatedArchiveIsCorrupt_data()
{
    QTest::addColumn<ArchiveCompression>("compression");
    QTest::newRow("gzip") << ArchiveCompression::Gzip;
    QTest::newRow("zstd") << ArchiveCompression::Zstd;
    QTest::newRow("none") << ArchiveCompression::None;
}

void TestTarArchive::truncatedArchiveIsCorrupt()
{
    QFETCH(ArchiveCompression, compression);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cut") + archiveExtension(compression));
    QVERIFY(writeTwoMemberArchive(path, compression));
    QVERIFY(readArchive(path).ok());
    QFile f(path);
    QVERIFY(f.resize(f.size() / 2));

    auto result = readArchive(path);
    QVERIFY2(!result.ok(), "a truncated archive reads without error");
    QCOMPARE(result.error().code, ErrorCode::ArchiveCorrupt);
    QVERIFY2(result.error().message.contains(path), qPrintable(result.error().message));
}

void TestTarArchive::oneByteShortGivesAReason_data()
{
    truncatedArchiveIsCorrupt_data();
}

void TestTarArchive::oneByteShortGivesAReason()
{
    // An archive cut by one byte fails, and the error says why (not an empty reason).
    QFETCH(ArchiveCompression, compression);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cut") + archiveExtension(compression));
    QVERIFY(writeTwoMemberArchive(path, compression));
    // A plain tar ends with two empty blocks, which hold no data: one byte short of them.
    const qint64 cut = compression == ArchiveCompression::None ? 1024 + 1 : 1;
    QFile f(path);
    QVERIFY(f.resize(f.size() - cut));
    auto result = readArchive(path);
    QVERIFY2(!result.ok(), "an archive one byte short reads without error");
    QCOMPARE(result.error().code, ErrorCode::ArchiveCorrupt);
    QVERIFY2(result.error().message.contains(path), qPrintable(result.error().message));
    QVERIFY2(!result.error().message.endsWith(QLatin1String(": ")) && !result.error().message.contains(QLatin1String(": :"))
                 && !result.error().message.contains(QLatin1String("unknown error"), Qt::CaseInsensitive),
             qPrintable(result.error().message));
}

void TestTarArchive::garbageFileIsCorrupt()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QByteArray &content : {pseudoRandom(4096, 7), QByteArray("\x1f\x8b garbage that claims to be gzip")}) {
        const QString path = dir.filePath(QStringLiteral("garbage.tar.gz"));
        QFile::remove(path);
        test::writeFile(path, content);
        auto result = readArchive(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::ArchiveCorrupt);
        QVERIFY2(result.error().message.contains(path), qPrintable(result.error().message));
    }
}

void TestTarArchive::missingArchiveIsNotFound()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("nope.tar.gz"));
    auto opened = TarArchiveReader::open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, ErrorCode::NotFound);
    QVERIFY2(opened.error().message.contains(path), qPrintable(opened.error().message));

    auto extracted = ArchiveExtractor::extract(path, dir.filePath(QStringLiteral("out")));
    QVERIFY(!extracted.ok());
    QCOMPARE(extracted.error().code, ErrorCode::NotFound);
}

void TestTarArchive::sourceEndingEarlyIsAnError()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("short.tar"));
    auto created = TarArchiveWriter::create(path, ArchiveCompression::None);
    QVERIFY(created.ok());
    int served = 0;
    const Status st = (*created)->addFile(QStringLiteral("f"), 100, [&](char *buffer, qint64 max) -> Result<qint64> {
        if (served >= 10)
            return qint64(0);
        const qint64 n = std::min<qint64>(max, 10);
        std::memset(buffer, 'x', size_t(n));
        served += int(n);
        return n;
    });
    QVERIFY(!st.ok());
    // A source failing with its own error passes that error through.
    const Status failing = (*created)->addFile(QStringLiteral("g"), 100, [](char *, qint64) -> Result<qint64> {
        return Error(ErrorCode::Server, QStringLiteral("cursor died"));
    });
    QVERIFY(!failing.ok());
    (*created)->abort();
    QVERIFY(treeOf(dir.path()).isEmpty());
}

void TestTarArchive::utf8NamesInCLocale()
{
    // cron and systemd run the CLI without LANG: a non-UTF-8 C library locale must not stop
    // (or crash) writing and reading UTF-8 member names.
    const QByteArray oldLocale = std::setlocale(LC_CTYPE, nullptr);
    std::setlocale(LC_CTYPE, "C");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("c-locale.tar.gz"));
    const QString name = QString::fromUtf8("shop/caf\xC3\xA9s_\xE6\x97\xA5\xE6\x9C\xAC.jsonl");
    Status added = Error(ErrorCode::Internal, QStringLiteral("not run"));
    Result<QString> published = Error(ErrorCode::Internal, QStringLiteral("not run"));
    {
        auto created = TarArchiveWriter::create(path, ArchiveCompression::Gzip);
        if (created.ok()) {
            added = (*created)->addDirectory(QString::fromUtf8("shop/d\xC3\xA9j\xC3\xA0"));
            if (added.ok())
                added = (*created)->addFile(name, QByteArrayView("{}\n"));
            if (added.ok())
                published = (*created)->publish();
        }
    }
    auto members = readArchive(path);
    const QString dest = dir.filePath(QStringLiteral("out"));
    auto extracted = ArchiveExtractor::extract(path, dest);
    std::setlocale(LC_CTYPE, oldLocale.constData());

    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
    QVERIFY2(published.ok(), qPrintable(published.ok() ? QString() : published.error().message));
    QVERIFY2(members.ok(), qPrintable(members.ok() ? QString() : members.error().message));
    QVERIFY2(members->contains(name), qPrintable(members->keys().join(QLatin1Char(' '))));
    QVERIFY(members->contains(QString::fromUtf8("shop/d\xC3\xA9j\xC3\xA0")));
    QCOMPARE(members->value(name).data, QByteArray("{}\n"));
    QVERIFY2(extracted.ok(), qPrintable(extracted.ok() ? QString() : extracted.error().message));
    QVERIFY(QFileInfo(QDir(dest).filePath(name)).isFile());
    QVERIFY(tarListingUtf8(path).contains(name));
}

void TestTarArchive::extractorExtractsFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const auto compression : {ArchiveCompression::None, ArchiveCompression::Gzip, ArchiveCompression::Zstd}) {
        const QString archive = dir.filePath(QStringLiteral("x") + archiveExtension(compression));
        QMap<QString, Member> expected;
        {
            auto created = TarArchiveWriter::create(archive, compression);
            QVERIFY(created.ok());
            QString failure;
            expected = writeStandardContent(**created, m_big, &failure);
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
            QVERIFY((*created)->publish().ok());
        }
        const QString dest = dir.filePath(QStringLiteral("out-") + compressionName(compression));
        auto extracted = ArchiveExtractor::extract(archive, dest);
        QVERIFY2(extracted.ok(), qPrintable(extracted.ok() ? QString() : extracted.error().message));

        QStringList expectedFiles;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const QString target = QDir(dest).filePath(it.key());
            if (it->isDirectory) {
                QVERIFY2(QFileInfo(target).isDir(), qPrintable(target));
            } else {
                QVERIFY2(QFileInfo(target).isFile(), qPrintable(target));
                QVERIFY2(test::readFile(target) == it->data, qPrintable(target));
                expectedFiles << QDir::cleanPath(target);
            }
        }
        QStringList got;
        for (const QString &p : *extracted)
            got << QDir::cleanPath(p);
        got.sort();
        expectedFiles.sort();
        QCOMPARE(got, expectedFiles);
        // Nothing else appeared.
        QCOMPARE(treeOf(dest).size(), expected.size() + 1); // + the long path's parent folder
    }
}

void TestTarArchive::extractorNeverOverwrites()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString archive = dir.filePath(QStringLiteral("o.tar"));
    {
        auto created = TarArchiveWriter::create(archive, ArchiveCompression::None);
        QVERIFY(created.ok());
        QVERIFY((*created)->addFile(QStringLiteral("o/file.txt"), QByteArrayView("from archive")).ok());
        QVERIFY((*created)->publish().ok());
    }
    const QString dest = dir.filePath(QStringLiteral("out"));
    test::writeFile(QDir(dest).filePath(QStringLiteral("o/file.txt")), "mine");
    auto extracted = ArchiveExtractor::extract(archive, dest);
    QVERIFY(!extracted.ok());
    QCOMPARE(extracted.error().code, ErrorCode::Refused);
    QCOMPARE(test::readFile(QDir(dest).filePath(QStringLiteral("o/file.txt"))), QByteArray("mine"));
}

void TestTarArchive::extractorRefusesHostileMembers_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("../evil") << QStringLiteral("dotdot");
    QTest::newRow("good/../../evil") << QStringLiteral("nested");
    QTest::newRow("absolute path") << QStringLiteral("absolute");
    QTest::newRow("symlink out") << QStringLiteral("symlink");
    QTest::newRow("fifo") << QStringLiteral("fifo");
}

void TestTarArchive::extractorRefusesHostileMembers()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // dir/work/evil.tar, extracted into dir/work/dest: "../evil" would land in dir/work.
    const QString work = dir.filePath(QStringLiteral("work"));
    QVERIFY(QDir().mkpath(work));
    const QString archive = QDir(work).filePath(QStringLiteral("evil.tar"));
    const QString outside = dir.filePath(QStringLiteral("outside"));
    QVERIFY(QDir().mkpath(outside));
    const QString script = QStringLiteral(
        "import io, sys, tarfile\n"
        "out, kind, outside = sys.argv[1], sys.argv[2], sys.argv[3]\n"
        "with tarfile.open(out, 'w', format=tarfile.PAX_FORMAT) as t:\n"
        "    def add(name, data=b'evil'):\n"
        "        ti = tarfile.TarInfo(name); ti.size = len(data); t.addfile(ti, io.BytesIO(data))\n"
        "    add('good/ok.txt', b'fine')\n"
        "    if kind == 'dotdot': add('../evil')\n"
        "    elif kind == 'nested': add('good/../../evil')\n"
        "    elif kind == 'absolute': add(outside + '/evil')\n"
        "    elif kind == 'symlink':\n"
        "        ti = tarfile.TarInfo('good/link'); ti.type = tarfile.SYMTYPE; ti.linkname = outside; t.addfile(ti)\n"
        "        add('good/link/evil')\n"
        "    elif kind == 'fifo':\n"
        "        ti = tarfile.TarInfo('good/fifo'); ti.type = tarfile.FIFOTYPE; t.addfile(ti)\n");
    QByteArray err;
    const int rc = test::runProgram(QStringLiteral("python3"), {QStringLiteral("-c"), script, archive, kind, outside}, nullptr, &err);
    if (rc == -1)
        QSKIP("python3 is not available");
    QVERIFY2(rc == 0, err.constData());
    const QStringList members = test::tarListing(archive);
    QVERIFY2(members.size() >= 2, qPrintable(members.join(QLatin1Char(' '))));

    const QString dest = QDir(work).filePath(QStringLiteral("dest"));
    auto extracted = ArchiveExtractor::extract(archive, dest);
    QVERIFY2(!extracted.ok(), qPrintable(kind));
    QCOMPARE(extracted.error().code, ErrorCode::ArchiveCorrupt);
    QVERIFY2(extracted.error().message.contains(archive), qPrintable(extracted.error().message));

    // Nothing outside the destination: work/ holds only the archive and dest, outside/ is empty,
    // and no "evil" file exists anywhere.
    QStringList workTree = treeOf(work);
    workTree.removeIf([](const QString &p) { return p == QLatin1String("dest") || p.startsWith(QLatin1String("dest/")); });
    QCOMPARE(workTree, QStringList{QStringLiteral("evil.tar")});
    QVERIFY(treeOf(outside).isEmpty());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("evil"))));
    for (const QString &p : treeOf(dir.path()))
        QVERIFY2(!p.endsWith(QLatin1String("evil")), qPrintable(p));
    // And no link was created inside it either.
    for (const QString &p : treeOf(dest))
        QVERIFY2(!QFileInfo(QDir(dest).filePath(p)).isSymLink(), qPrintable(p));
}

void TestTarArchive::isSafeRelativePath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("safe");
    QTest::newRow("file") << QStringLiteral("backup/x.jsonl") << true;
    QTest::newRow("dir") << QStringLiteral("backup/") << true;
    QTest::newRow("dots in names") << QStringLiteral("a..b/c..") << true;
    QTest::newRow("unicode") << QString::fromUtf8("caf\xC3\xA9/x") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("absolute") << QStringLiteral("/etc/passwd") << false;
    QTest::newRow("dotdot") << QStringLiteral("../evil") << false;
    QTest::newRow("dotdot inside") << QStringLiteral("a/../../evil") << false;
    QTest::newRow("dotdot alone") << QStringLiteral("..") << false;
    QTest::newRow("trailing dotdot") << QStringLiteral("a/..") << false;
    QTest::newRow("backslash") << QStringLiteral("..\\evil") << false;
    QTest::newRow("nul") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << false;
    QTest::newRow("only slashes") << QStringLiteral("//") << false;
}

void TestTarArchive::isSafeRelativePath()
{
    QFETCH(QString, path);
    QFETCH(bool, safe);
    QCOMPARE(ArchiveExtractor::isSafeRelativePath(path), safe);
}

void TestTarArchive::compressionFromFileName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("expected"); // -1: none of ours
    QTest::newRow(".tar") << QStringLiteral("backup_x.tar") << int(ArchiveCompression::None);
    QTest::newRow(".tar.gz") << QStringLiteral("backup_x.tar.gz") << int(ArchiveCompression::Gzip);
    QTest::newRow(".tgz") << QStringLiteral("backup_x.tgz") << int(ArchiveCompression::Gzip);
    QTest::newRow(".tar.zst") << QStringLiteral("backup_x.tar.zst") << int(ArchiveCompression::Zstd);
    QTest::newRow("upper case") << QStringLiteral("BACKUP.TAR.GZ") << int(ArchiveCompression::Gzip);
    QTest::newRow("path") << QStringLiteral("/srv/backups/shop_2024.tar.zst") << int(ArchiveCompression::Zstd);
    QTest::newRow(".zip") << QStringLiteral("backup.zip") << -1;
    QTest::newRow(".gz alone") << QStringLiteral("backup.gz") << -1;
    QTest::newRow(".partial") << QStringLiteral("backup.tar.gz.partial") << -1;
    QTest::newRow("no extension") << QStringLiteral("backup") << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestTarArchive::compressionFromFileName()
{
    QFETCH(QString, name);
    QFETCH(int, expected);
    const auto c = lifeboat::compressionFromFileName(name);
    if (expected < 0) {
        QVERIFY2(!c.has_value(), qPrintable(name));
    } else {
        QVERIFY2(c.has_value(), qPrintable(name));
        QCOMPARE(int(*c), expected);
    }
}

void TestTarArchive::stripArchiveExtension_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow(".tar.gz") << QStringLiteral("backup_x.tar.gz") << QStringLiteral("backup_x");
    QTest::newRow(".tar.zst") << QStringLiteral("backup_x.tar.zst") << QStringLiteral("backup_x");
    QTest::newRow(".tar") << QStringLiteral("backup_x.tar") << QStringLiteral("backup_x");
    QTest::newRow(".tgz") << QStringLiteral("backup_x.tgz") << QStringLiteral("backup_x");
    QTest::newRow("upper case") << QStringLiteral("B.TAR.GZ") << QStringLiteral("B");
    QTest::newRow("dots in name") << QStringLiteral("shop.v2.2024-01-01.tar.gz") << QStringLiteral("shop.v2.2024-01-01");
    QTest::newRow("other") << QStringLiteral("backup.zip") << QStringLiteral("backup.zip");
    QTest::newRow("no extension") << QStringLiteral("backup") << QStringLiteral("backup");
    // Every extension we write strips back to the name.
    for (const auto c : {ArchiveCompression::None, ArchiveCompression::Gzip, ArchiveCompression::Zstd})
        QTest::addRow("round trip %s", qPrintable(compressionName(c))) << QStringLiteral("name") + archiveExtension(c)
                                                                      << QStringLiteral("name");
}

void TestTarArchive::stripArchiveExtension()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(lifeboat::stripArchiveExtension(name), expected);
}

void TestTarArchive::compressionLevelsTradeSizeForSpeed()
{
    QCOMPARE(defaultCompressionLevel(ArchiveCompression::Gzip), 1);
    QCOMPARE(defaultCompressionLevel(ArchiveCompression::Zstd), 3);
    QVERIFY(isValidCompressionLevel(ArchiveCompression::Gzip, 9));
    QVERIFY(!isValidCompressionLevel(ArchiveCompression::Gzip, 10));
    QVERIFY(!isValidCompressionLevel(ArchiveCompression::Gzip, 0));
    QVERIFY(isValidCompressionLevel(ArchiveCompression::Zstd, 19));
    // JSON-like text: level 9 is smaller than the default (1), and both read back the same.
    QByteArray data;
    for (int i = 0; i < 20000; ++i)
        data += QByteArrayLiteral("{\"_id\":{\"$numberInt\":\"") + QByteArray::number(i * 7919 % 100003)
                + QByteArrayLiteral("\"},\"name\":\"customer ") + QByteArray::number(i % 977) + QByteArrayLiteral("\"}\n");
    QTemporaryDir dir;
    qint64 sizes[2] = {0, 0};
    const int levels[2] = {-1, 9};
    for (int k = 0; k < 2; ++k) {
        const QString path = dir.filePath(QStringLiteral("l%1.tar.gz").arg(k));
        auto w = TarArchiveWriter::create(path, ArchiveCompression::Gzip, levels[k]);
        QVERIFY(w.ok());
        QVERIFY((*w)->addFile(QStringLiteral("top/data.jsonl"), data).ok());
        QVERIFY((*w)->publish().ok());
        sizes[k] = QFileInfo(path).size();
        auto r = TarArchiveReader::open(path);
        QVERIFY(r.ok());
        auto e = (*r)->nextEntry();
        QVERIFY(e.ok() && e->has_value());
        QByteArray back(data.size(), Qt::Uninitialized);
        qint64 got = 0;
        while (got < back.size()) {
            auto n = (*r)->read(back.data() + got, back.size() - got);
            QVERIFY(n.ok() && *n > 0);
            got += *n;
        }
        QCOMPARE(back, data);
    }
    QVERIFY2(sizes[1] < sizes[0], qPrintable(QStringLiteral("level 9: %1 bytes, default: %2").arg(sizes[1]).arg(sizes[0])));
}

QTEST_GUILESS_MAIN(TestTarArchive)
#include "TestTarArchive.moc"
