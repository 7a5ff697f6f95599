// Issue 11, point 10: members an archive should not have. inspect checks every copy of a name
// stored twice (and fails), warns about absolute, climbing (..), link and device members; the
// restore's reader (ArchiveContents) refuses a name stored twice.
#include "core/archive/ArchiveContents.h"
#include "core/verify/ArchiveInspector.h"

#include "TestFiles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lifeboat;
using namespace lifeboat::test;

namespace {

bool anyContains(const QStringList &list, const QString &a, const QString &b = {})
{
    return std::any_of(list.cbegin(), list.cend(), [&](const QString &s) { return s.contains(a) && s.contains(b); });
}

} // namespace

class TestArchiveMembers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void secondCopyIsCheckedAndFlagged();
    void oddMembersAreWarnedAbout();
    void restoreReaderRefusesSecondCopy();
    void plainArchiveHasNoWarnings();

private:
    QTemporaryDir m_dir;
};

void TestArchiveMembers::secondCopyIsCheckedAndFlagged()
{
    // The first copy is good, the second (which a reader keeping the last would load) is not.
    const QString tar = pythonTar(m_dir.path(), QStringLiteral("dup.tar"),
                                  "add('b/orders.jsonl', b'{\"_id\": 1}\\n')\n"
                                  "add('b/orders.jsonl', b'{\"_id\": 2}\\n{bad\\n')\n");
    auto report = ArchiveInspector::inspect(tar, ArchiveInspector::Depth::Documents);
    QVERIFY(report.ok());
    QVERIFY(!report->ok());
    QVERIFY2(anyContains(report->problems, QStringLiteral("b/orders.jsonl"), QStringLiteral("stored 2 times")), qPrintable(report->problems.join(u'\n')));
    // Both copies were read: the second one's bad line is named too.
    QCOMPARE(report->copiesOf(QStringLiteral("b/orders.jsonl")).size(), 2);
    QVERIFY2(anyContains(report->problems, QStringLiteral("line 2")), qPrintable(report->problems.join(u'\n')));
}

void TestArchiveMembers::oddMembersAreWarnedAbout()
{
    const QString tar = pythonTar(m_dir.path(), QStringLiteral("odd.tar"),
                                  "add('b/orders.jsonl', b'{\"_id\": 1}\\n')\n"
                                  "add('/etc/evil.jsonl', b'{}\\n')\n"
                                  "add('b/../../up.jsonl', b'{}\\n')\n"
                                  "special('b/link.jsonl', tarfile.SYMTYPE, '/etc/passwd')\n"
                                  "special('b/hard.jsonl', tarfile.LNKTYPE, 'b/orders.jsonl')\n"
                                  "special('b/dev', tarfile.CHRTYPE)\n"
                                  "special('b/fifo', tarfile.FIFOTYPE)\n");
    auto report = ArchiveInspector::inspect(tar, ArchiveInspector::Depth::Documents);
    QVERIFY(report.ok());
    const QStringList &w = report->warnings;
    const QString all = w.join(u'\n');
    QVERIFY2(anyContains(w, QStringLiteral("/etc/evil.jsonl"), QStringLiteral("absolute")), qPrintable(all));
    QVERIFY2(anyContains(w, QStringLiteral("b/../../up.jsonl"), QStringLiteral("climbs out")), qPrintable(all));
    QVERIFY2(anyContains(w, QStringLiteral("b/link.jsonl"), QStringLiteral("symbolic link")), qPrintable(all));
    QVERIFY2(anyContains(w, QStringLiteral("b/hard.jsonl"), QStringLiteral("hard link")), qPrintable(all));
    QVERIFY2(anyContains(w, QStringLiteral("b/dev"), QStringLiteral("device")), qPrintable(all));
    QVERIFY2(anyContains(w, QStringLiteral("b/fifo"), QStringLiteral("FIFO")), qPrintable(all));
}

void TestArchiveMembers::restoreReaderRefusesSecondCopy()
{
    const QString tar = pythonTar(m_dir.path(), QStringLiteral("dup2.tar.gz"),
                                  "add('b/orders.jsonl', b'{\"_id\": 1}\\n')\n"
                                  "add('b/other.jsonl', b'{\"_id\": 1}\\n')\n"
                                  "add('b/orders.jsonl', b'{\"_id\": 2}\\n')\n");
    auto contents = ArchiveContents::open(tar);
    QVERIFY(!contents.ok());
    QCOMPARE(contents.error().code, ErrorCode::ArchiveCorrupt);
    QVERIFY2(contents.error().message.contains(QLatin1String("b/orders.jsonl")) && contents.error().message.contains(QLatin1String("more than once")),
             qPrintable(contents.error().message));
}

void TestArchiveMembers::plainArchiveHasNoWarnings()
{
    const QString tar = pythonTar(m_dir.path(), QStringLiteral("plain.tar"), "add('b/orders.jsonl', b'{\"_id\": 1}\\n')\n");
    auto report = ArchiveInspector::inspect(tar, ArchiveInspector::Depth::Documents);
    QVERIFY(report.ok());
    QVERIFY(report->ok());
    QCOMPARE(report->warnings, QStringList());
    QVERIFY(ArchiveContents::open(tar).ok());
}

QTEST_GUILESS_MAIN(TestArchiveMembers)
#include "TestArchiveMembers.moc"
