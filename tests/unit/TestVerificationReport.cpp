// VerificationReport: the per-collection comparison of archive and database, and its CSV
// (RFC 4180), read back here with Python's csv module as scripts would read it.
#include "TestFiles.h"
#include "core/verify/VerificationReport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace lifeboat;

namespace {

const QByteArray Header = "database,collection,type,file_count,db_count,sample_size,sample_hash_archive,"
                          "sample_hash_db,digest_archive,digest_db,status,notes";

VerificationRow okRow()
{
    VerificationRow r;
    r.database = QStringLiteral("shop");
    r.collection = QStringLiteral("orders");
    r.type = QStringLiteral("collection");
    r.fileCount = 1200;
    r.dbCount = 1200;
    r.sampleSize = 100;
    r.sampleHashArchive = QStringLiteral("ab12");
    r.sampleHashDb = QStringLiteral("ab12");
    r.digestArchive = QStringLiteral("sha256-sum:00ff");
    r.digestDb = QStringLiteral("sha256-sum:00ff");
    r.status = VerificationStatus::Ok;
    return r;
}

VerificationRow weirdRow()
{
    VerificationRow r;
    r.database = QStringLiteral("caf\u00e9");
    r.collection = QStringLiteral("we\"ird, name");
    r.type = QStringLiteral("timeseries");
    r.fileCount = 10;
    r.dbCount = -1; // could not count
    r.sampleSize = 0;
    r.status = VerificationStatus::Mismatch;
    r.notes << QStringLiteral("cannot count: connection\nreset") << QStringLiteral("said \"no\", twice")
            << QStringLiteral("carriage\rreturn");
    return r;
}

VerificationRow skippedRow()
{
    VerificationRow r;
    r.database = QStringLiteral(" spaced ");
    r.collection = QStringLiteral("v");
    r.type = QStringLiteral("view");
    r.status = VerificationStatus::Skipped;
    r.notes << QStringLiteral("views hold no documents");
    return r;
}

QStringList fieldsOf(const VerificationRow &r)
{
    return {r.database,
            r.collection,
            r.type,
            r.fileCount < 0 ? QString() : QString::number(r.fileCount),
            r.dbCount < 0 ? QString() : QString::number(r.dbCount),
            QString::number(r.sampleSize),
            r.sampleHashArchive,
            r.sampleHashDb,
            r.digestArchive,
            r.digestDb,
            toString(r.status),
            r.notes.join(QStringLiteral("; "))};
}

// Parses a CSV file with Python's csv module (the reference reader scripts use); returns the
// rows, or an empty list with a test failure.
QList<QStringList> parseWithPython(const QString &path)
{
    const QString script = QStringLiteral(
        "import csv, json, sys\n"
        "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
        "    rows = list(csv.reader(f, strict=True))\n"
        "sys.stdout.write(json.dumps(rows))\n");
    QByteArray out, err;
    const int rc = test::runProgram(QStringLiteral("python3"), {QStringLiteral("-c"), script, path}, &out, &err);
    if (rc != 0) {
        qWarning("python3 failed (%d): %s", rc, err.constData());
        return {};
    }
    QList<QStringList> rows;
    for (const QJsonValue &row : QJsonDocument::fromJson(out).array()) {
        QStringList fields;
        for (const QJsonValue &f : row.toArray())
            fields << f.toString();
        rows << fields;
    }
    return rows;
}

} // namespace

class TestVerificationReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void columns();
    void emptyReportIsHeaderOnly();
    void plainRow();
    void quotingAndLineEnds();
    void unknownCountsAreEmpty();
    void roundTripThroughPythonCsv();
    void writeCsv();
    void writeCsvReplacesAtomically();
    void writeCsvUnwritable_data();
    void writeCsvUnwritable();
    void allOkAndCount();
    void toJson();
};

void TestVerificationReport::columns()
{
    QCOMPARE(VerificationReport::csvColumns().join(QLatin1Char(',')).toUtf8(), Header);
    QCOMPARE(VerificationReport::csvColumns().size(), 12);
}

void TestVerificationReport::emptyReportIsHeaderOnly()
{
    const VerificationReport report;
    QCOMPARE(report.toCsv(), Header + "\r\n");
}

void TestVerificationReport::plainRow()
{
    VerificationReport report;
    report.rows << okRow();
    QCOMPARE(report.toCsv(), Header + "\r\n"
                                      "shop,orders,collection,1200,1200,100,ab12,ab12,sha256-sum:00ff,sha256-sum:00ff,ok,\r\n");
}

void TestVerificationReport::quotingAndLineEnds()
{
    VerificationReport report;
    report.rows << weirdRow();
    const QByteArray csv = report.toCsv();
    QCOMPARE(csv, Header + "\r\n"
                  "caf\u00e9,\"we\"\"ird, name\",timeseries,10,,0,,,,,mismatch,"
                  "\"cannot count: connection\nreset; said \"\"no\"\", twice; carriage\rreturn\"\r\n");
    QVERIFY(csv.endsWith("\r\n"));
}

void TestVerificationReport::unknownCountsAreEmpty()
{
    VerificationReport report;
    VerificationRow r = okRow();
    r.fileCount = -1;
    r.dbCount = -1;
    r.sampleSize = 0;
    report.rows << r;
    QCOMPARE(report.toCsv(), Header + "\r\nshop,orders,collection,,,0,ab12,ab12,sha256-sum:00ff,sha256-sum:00ff,ok,\r\n");
    // 0 is a count, not an unknown.
    report.rows[0].fileCount = 0;
    report.rows[0].dbCount = 0;
    QCOMPARE(report.toCsv(), Header + "\r\nshop,orders,collection,0,0,0,ab12,ab12,sha256-sum:00ff,sha256-sum:00ff,ok,\r\n");
}

void TestVerificationReport::roundTripThroughPythonCsv()
{
    VerificationReport report;
    report.rows << okRow() << weirdRow() << skippedRow();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.csv"));
    test::writeFile(path, report.toCsv());

    const QList<QStringList> rows = parseWithPython(path);
    QCOMPARE(rows.size(), 1 + report.rows.size());
    QCOMPARE(rows[0], VerificationReport::csvColumns());
    for (int i = 0; i < report.rows.size(); ++i) {
        const QStringList expected = fieldsOf(report.rows[i]);
        QCOMPARE(rows[i + 1].size(), expected.size());
        for (int f = 0; f < expected.size(); ++f)
            QCOMPARE(rows[i + 1][f], expected[f]);
    }
    QCOMPARE(rows[2][1], QStringLiteral("we\"ird, name"));
    QCOMPARE(rows[2][4], QString());
    QCOMPARE(rows[2][11], QStringLiteral("cannot count: connection\nreset; said \"no\", twice; carriage\rreturn"));
    QCOMPARE(rows[3][0], QStringLiteral(" spaced "));
}

void TestVerificationReport::writeCsv()
{
    VerificationReport report;
    report.rows << okRow() << weirdRow();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("verify.csv"));
    const Status st = report.writeCsv(path);
    QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().message));
    QCOMPARE(test::readFile(path), report.toCsv());
    const QList<QStringList> rows = parseWithPython(path);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[2], fieldsOf(weirdRow()));
}

void TestVerificationReport::writeCsvReplacesAtomically()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("verify.csv"));
    test::writeFile(path, QByteArray("old content that is longer than the new report, by quite a margin, "
                                     "so a write in place without truncation would leave a tail behind\n")
                              .repeated(20));
    VerificationReport report;
    report.rows << okRow();
    QVERIFY(report.writeCsv(path).ok());
    QCOMPARE(test::readFile(path), report.toCsv());
    // Written through a temporary file renamed over the target: nothing else is left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{QStringLiteral("verify.csv")});
}

void TestVerificationReport::writeCsvUnwritable_data()
{
    QTest::addColumn<QString>("relative");
    QTest::newRow("missing folder") << QStringLiteral("no/such/folder/verify.csv");
    QTest::newRow("parent is a file") << QStringLiteral("a-file/verify.csv");
    QTest::newRow("target is a folder") << QStringLiteral("a-folder");
}

void TestVerificationReport::writeCsvUnwritable()
{
    QFETCH(QString, relative);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    test::writeFile(dir.filePath(QStringLiteral("a-file")), "x");
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("a-folder")));
    const QString path = dir.filePath(relative);
    VerificationReport report;
    report.rows << okRow();
    const Status st = report.writeCsv(path);
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code, ErrorCode::Io);
    QVERIFY2(st.error().message.contains(path), qPrintable(st.error().message));
    QCOMPARE(test::readFile(dir.filePath(QStringLiteral("a-file"))), QByteArray("x"));
}

void TestVerificationReport::allOkAndCount()
{
    VerificationReport report;
    QVERIFY(report.allOk());
    QCOMPARE(report.count(VerificationStatus::Ok), 0);
    report.rows << okRow() << skippedRow() << okRow();
    QVERIFY(report.allOk()); // skipped is not a failure
    QCOMPARE(report.count(VerificationStatus::Ok), 2);
    QCOMPARE(report.count(VerificationStatus::Skipped), 1);
    QCOMPARE(report.count(VerificationStatus::Mismatch), 0);
    report.rows << weirdRow();
    QVERIFY(!report.allOk());
    QCOMPARE(report.count(VerificationStatus::Mismatch), 1);
}

void TestVerificationReport::toJson()
{
    VerificationReport report;
    report.rows << weirdRow();
    const QJsonArray a = report.toJson();
    QCOMPARE(a.size(), 1);
    const QJsonObject o = a[0].toObject();
    QCOMPARE(o.keys().size(), 12);
    for (const QString &c : VerificationReport::csvColumns())
        QVERIFY2(o.contains(c), qPrintable(c));
    QCOMPARE(o.value(QStringLiteral("collection")).toString(), QStringLiteral("we\"ird, name"));
    QCOMPARE(o.value(QStringLiteral("db_count")).toInteger(), qint64(-1));
    QCOMPARE(o.value(QStringLiteral("file_count")).toInteger(), qint64(10));
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("mismatch"));
}

QTEST_GUILESS_MAIN(TestVerificationReport)
#include "TestVerificationReport.moc"
