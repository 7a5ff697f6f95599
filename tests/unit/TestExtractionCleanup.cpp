// Issue 11, point 11: a refused or failed extraction (restore --out-dir) leaves none of its
// files behind, and never touches what was there before.
#include "core/archive/ArchiveExtractor.h"

#include "TestFiles.h"

#include <QDir>
#include <QDirIterator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace lifeboat;
using namespace lifeboat::test;

namespace {
QStringList treeOf(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(root).relativeFilePath(it.next());
    out.sort();
    return out;
}
} // namespace

class TestExtractionCleanup : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void refusedMemberLeavesNothing();
    void refusedMemberKeepsWhatWasThere();
    void fullDiskLeavesNothing();
};

void TestExtractionCleanup::refusedMemberLeavesNothing()
{
    QTemporaryDir dir;
    const QString archive = pythonTar(dir.path(), QStringLiteral("a.tar"),
                                      "add('b/one.jsonl', b'{}\\n')\n"
                                      "add('b/sub/two.jsonl', b'{}\\n')\n"
                                      "special('b/sub/fifo', tarfile.FIFOTYPE)\n");
    const QString dest = dir.filePath(QStringLiteral("out/deeper"));
    auto extracted = ArchiveExtractor::extract(archive, dest);
    QVERIFY(!extracted.ok());
    QCOMPARE(extracted.error().code, ErrorCode::ArchiveCorrupt);
    // Even the folders it made for the destination are gone.
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out"))));
}

void TestExtractionCleanup::refusedMemberKeepsWhatWasThere()
{
    QTemporaryDir dir;
    const QString archive = pythonTar(dir.path(), QStringLiteral("a.tar"),
                                      "add('b/one.jsonl', b'{}\\n')\n"
                                      "add('b/two.jsonl', b'{}\\n')\n"
                                      "add('../evil', b'x')\n");
    const QString dest = dir.filePath(QStringLiteral("out"));
    writeFile(QDir(dest).filePath(QStringLiteral("b/mine.txt")), "mine");
    auto extracted = ArchiveExtractor::extract(archive, dest);
    QVERIFY(!extracted.ok());
    QCOMPARE(treeOf(dest), (QStringList{QStringLiteral("b"), QStringLiteral("b/mine.txt")}));
    QCOMPARE(readFile(QDir(dest).filePath(QStringLiteral("b/mine.txt"))), QByteArray("mine"));
}

void TestExtractionCleanup::fullDiskLeavesNothing()
{
    // A real full disk: a 256 KiB tmpfs, smaller than the archive's files (needs root).
    QTemporaryDir dir, mountPoint;
    if (runProgram(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=256k"),
                                             QStringLiteral("tmpfs"), mountPoint.path()}) != 0)
        QSKIP("cannot mount a small tmpfs here (needs root)");
    auto unmount = qScopeGuard([&] { runProgram(QStringLiteral("umount"), {mountPoint.path()}); });
    const QString archive = pythonTar(dir.path(), QStringLiteral("big.tar.gz"),
                                      "add('b/small.jsonl', b'{}\\n')\n"
                                      "add('b/big.jsonl', b'{\"_id\": 1}\\n' * 100000)\n");
    auto extracted = ArchiveExtractor::extract(archive, QDir(mountPoint.path()).filePath(QStringLiteral("out")));
    QVERIFY(!extracted.ok());
    QCOMPARE(extracted.error().code, ErrorCode::Io);
    QVERIFY2(extracted.error().hint.contains(QLatin1String("disk full")), qPrintable(extracted.error().toString()));
    QVERIFY2(extracted.error().message.contains(QLatin1String("the disk is full")), qPrintable(extracted.error().toString()));
    QCOMPARE(treeOf(mountPoint.path()), QStringList());
}

QTEST_GUILESS_MAIN(TestExtractionCleanup)
#include "TestExtractionCleanup.moc"
