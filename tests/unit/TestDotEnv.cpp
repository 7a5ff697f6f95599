// DotEnv::parse follows python-dotenv's rules; ConnectionConfig::resolve takes MONGO_URI and
// MONGO_DB from the command line, then the process environment, then the .env file.
#include "core/config/ConnectionConfig.h"
#include "core/config/DotEnv.h"
#include "TestFiles.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace lifeboat;

using Env = QHash<QString, QString>;

namespace {

Env parseOk(const QString &text)
{
    auto r = DotEnv::parse(text);
    if (!r.ok())
        qWarning("parse failed: %s", qPrintable(r.error().message));
    return r.ok() ? *r : Env{{QStringLiteral("<error>"), r.error().message}};
}

} // namespace

class TestDotEnv : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void plainValues();
    void exportPrefix();
    void wholeLineComments();
    void inlineComments();
    void singleQuotesAreLiteral();
    void doubleQuoteEscapes();
    void doubleQuotedMultiLine();
    void expansion();
    void expansionDefault();
    void expansionInBothQuotesLikePythonDotenv();
    void blankLines();
    void crlfLineEndings();
    void badLineNamesLineNumber_data();
    void badLineNamesLineNumber();
    void unterminatedQuote();
    void loadMissingFileIsEmpty();
    void loadFile();

    void resolveCommandLineWins();
    void resolveEnvironmentBeatsDotEnv();
    void resolveFromDotEnv();
    void resolveDatabaseFromUriPath();
    void resolveNothingSet();

private:
    // Keeps MONGO_URI / MONGO_DB and the expansion test variables out of the tests' way.
    QByteArray m_savedUri, m_savedDb;
    bool m_hadUri = false, m_hadDb = false;
};

void TestDotEnv::initTestCase()
{
    m_hadUri = qEnvironmentVariableIsSet("MONGO_URI");
    m_hadDb = qEnvironmentVariableIsSet("MONGO_DB");
    m_savedUri = qgetenv("MONGO_URI");
    m_savedDb = qgetenv("MONGO_DB");
    qunsetenv("MONGO_URI");
    qunsetenv("MONGO_DB");
    for (const char *name : {"LB_TEST_BASE", "LB_TEST_HOST", "LB_TEST_MISSING", "LB_TEST_EMPTY", "LB_TEST_X"})
        qunsetenv(name);
}

void TestDotEnv::cleanupTestCase()
{
    if (m_hadUri)
        qputenv("MONGO_URI", m_savedUri);
    else
        qunsetenv("MONGO_URI");
    if (m_hadDb)
        qputenv("MONGO_DB", m_savedDb);
    else
        qunsetenv("MONGO_DB");
}

void TestDotEnv::plainValues()
{
    const Env env = parseOk(QStringLiteral("A=1\nB=hello world\nC=\nD = spaced \nE=x=y\n"));
    QCOMPARE(env.size(), 5);
    QCOMPARE(env.value(QStringLiteral("A")), QStringLiteral("1"));
    QCOMPARE(env.value(QStringLiteral("B")), QStringLiteral("hello world"));
    QVERIFY(env.contains(QStringLiteral("C")));
    QCOMPARE(env.value(QStringLiteral("C")), QString());
    QCOMPARE(env.value(QStringLiteral("D")), QStringLiteral("spaced"));
    QCOMPARE(env.value(QStringLiteral("E")), QStringLiteral("x=y"));

    // The last line needs no newline; later keys override earlier ones.
    const Env env2 = parseOk(QStringLiteral("K=first\nK=second"));
    QCOMPARE(env2.size(), 1);
    QCOMPARE(env2.value(QStringLiteral("K")), QStringLiteral("second"));

    // A URI with every special character a connection string carries.
    const Env env3 = parseOk(QStringLiteral("MONGO_URI=mongodb://u:p%40ss@h1:27017,h2/db?replicaSet=rs0&w=majority\n"));
    QCOMPARE(env3.value(QStringLiteral("MONGO_URI")),
             QStringLiteral("mongodb://u:p%40ss@h1:27017,h2/db?replicaSet=rs0&w=majority"));
}

void TestDotEnv::exportPrefix()
{
    const Env env = parseOk(QStringLiteral("export A=1\nexport   B=two\n  export C='three'\nexported=4\n"));
    QCOMPARE(env.size(), 4);
    QCOMPARE(env.value(QStringLiteral("A")), QStringLiteral("1"));
    QCOMPARE(env.value(QStringLiteral("B")), QStringLiteral("two"));
    QCOMPARE(env.value(QStringLiteral("C")), QStringLiteral("three"));
    QCOMPARE(env.value(QStringLiteral("exported")), QStringLiteral("4"));
    QVERIFY(!env.contains(QStringLiteral("export")));
}

void TestDotEnv::wholeLineComments()
{
    const Env env = parseOk(QStringLiteral("# a comment\nA=1\n   # indented comment with = sign\n#B=2\nC=3 \n# last"));
    QCOMPARE(env.size(), 2);
    QCOMPARE(env.value(QStringLiteral("A")), QStringLiteral("1"));
    QCOMPARE(env.value(QStringLiteral("C")), QStringLiteral("3"));
    QVERIFY(!env.contains(QStringLiteral("B")));
}

void TestDotEnv::inlineComments()
{
    const Env env = parseOk(QStringLiteral("A=value # a comment\n"
                                           "B=a#b\n"
                                           "C=value\t# tab before hash\n"
                                           "D='quoted # not a comment' # comment\n"
                                           "E=\"dq # not a comment\"   # comment\n"
                                           "F=#startswithhash\n"
                                           "G=x #\n"));
    QCOMPARE(env.value(QStringLiteral("A")), QStringLiteral("value"));
    QCOMPARE(env.value(QStringLiteral("B")), QStringLiteral("a#b"));
    QCOMPARE(env.value(QStringLiteral("C")), QStringLiteral("value"));
    QCOMPARE(env.value(QStringLiteral("D")), QStringLiteral("quoted # not a comment"));
    QCOMPARE(env.value(QStringLiteral("E")), QStringLiteral("dq # not a comment"));
    // python-dotenv: a '#' right after '=' is not preceded by white space, so it is kept.
    QCOMPARE(env.value(QStringLiteral("F")), QStringLiteral("#startswithhash"));
    QCOMPARE(env.value(QStringLiteral("G")), QStringLiteral("x"));
    QCOMPARE(env.size(), 7);
}

void TestDotEnv::singleQuotesAreLiteral()
{
    qputenv("LB_TEST_X", "from-env");
    const Env env = parseOk(QStringLiteral("LB_TEST_BASE=base\n"
                                           "A='a\\nb'\n"
                                           "B='${LB_TEST_BASE} and ${LB_TEST_X}'\n"
                                           "C='  spaces kept  '\n"
                                           "D='double \" inside'\n"
                                           "E=''\n"));
    qunsetenv("LB_TEST_X");
    QCOMPARE(env.value(QStringLiteral("A")), QStringLiteral("a\\nb"));
    // No escapes in single quotes, but python-dotenv still expands variables there.
    QCOMPARE(env.value(QStringLiteral("B")), QStringLiteral("base and from-env"));
    QCOMPARE(env.value(QStringLiteral("C")), QStringLiteral("  spaces kept  "));
    QCOMPARE(env.value(QStringLiteral("D")), QStringLiteral("double \" inside"));
    QVERIFY(env.contains(QStringLiteral("E")));
    QCOMPARE(env.value(QStringLiteral("E")), QString());
}

void TestDotEnv::doubleQuoteEscapes()
{
    const Env env = parseOk(QStringLiteral("A=\"line1\\nline2\"\n"
                                           "B=\"say \\\"hi\\\"\"\n"
                                           "C=\"back\\\\slash\"\n"
                                           "D=\"tab\\there\"\n"
                                           "E=\"  spaces kept  \"\n"
                                           "F=\"single ' inside\"\n"
                                           "G=\"\"\n"));
    QCOMPARE(env.value(QStringLiteral("A")), QStringLiteral("line1\nline2"));
    QCOMPARE(env.value(QStringLiteral("B")), QStringLiteral("say \"hi\""));
    QCOMPARE(env.value(QStringLiteral("C")), QStringLiteral("back\\slash"));
    QCOMPARE(env.value(QStringLiteral("D")), QStringLiteral("tab\there"));
    QCOMPARE(env.value(QStringLiteral("E")), QStringLiteral("  spaces kept  "));
    QCOMPARE(env.value(QStringLiteral("F")), QStringLiteral("single ' inside"));
    QVERIFY(env.contains(QStringLiteral("G")));
    QCOMPARE(env.value(QStringLiteral("G")), QString());
    QCOMPARE(env.size(), 7);
}

void TestDotEnv::doubleQuotedMultiLine()
{
    const Env env = parseOk(QStringLiteral("BEFORE=1\n"
                                           "CERT=\"-----BEGIN-----\n"
                                           "abc\n"
                                           "-----END-----\"\n"
                                           "AFTER=2\n"));
    QCOMPARE(env.size(), 3);
    QCOMPARE(env.value(QStringLiteral("CERT")), QStringLiteral("-----BEGIN-----\nabc\n-----END-----"));
    QCOMPARE(env.value(QStringLiteral("BEFORE")), QStringLiteral("1"));
    QCOMPARE(env.value(QStringLiteral("AFTER")), QStringLiteral("2"));

    // Single-quoted values may span lines too (python-dotenv), literally.
    const Env env2 = parseOk(QStringLiteral("S='one\ntwo'\nT=3\n"));
    QCOMPARE(env2.value(QStringLiteral("S")), QStringLiteral("one\ntwo"));
    QCOMPARE(env2.value(QStringLiteral("T")), QStringLiteral("3"));
}

void TestDotEnv::expansion()
{
    const Env env = parseOk(QStringLiteral("LB_TEST_BASE=mongodb://localhost\n"
                                           "LB_TEST_HOST=${LB_TEST_BASE}:27017\n"
                                           "URI=\"${LB_TEST_HOST}/db\"\n"
                                           "MISSING=[${LB_TEST_MISSING}]\n"
                                           "TWICE=${LB_TEST_BASE}|${LB_TEST_BASE}\n"
                                           "DOLLAR=$LB_TEST_BASE\n"));
    QCOMPARE(env.value(QStringLiteral("LB_TEST_HOST")), QStringLiteral("mongodb://localhost:27017"));
    QCOMPARE(env.value(QStringLiteral("URI")), QStringLiteral("mongodb://localhost:27017/db"));
    QCOMPARE(env.value(QStringLiteral("MISSING")), QStringLiteral("[]"));
    QCOMPARE(env.value(QStringLiteral("TWICE")), QStringLiteral("mongodb://localhost|mongodb://localhost"));
    // Only the braced form expands (python-dotenv).
    QCOMPARE(env.value(QStringLiteral("DOLLAR")), QStringLiteral("$LB_TEST_BASE"));

    // A key defined later is not visible to an earlier one.
    const Env env2 = parseOk(QStringLiteral("A=${LB_TEST_BASE}\nLB_TEST_BASE=late\n"));
    QCOMPARE(env2.value(QStringLiteral("A")), QString());

    // The process environment is consulted for names the file does not define.
    qputenv("LB_TEST_X", "from-env");
    const Env env3 = parseOk(QStringLiteral("A=${LB_TEST_X}!\n"));
    qunsetenv("LB_TEST_X");
    QCOMPARE(env3.value(QStringLiteral("A")), QStringLiteral("from-env!"));
}

void TestDotEnv::expansionDefault()
{
    const Env env = parseOk(QStringLiteral("LB_TEST_BASE=set\n"
                                           "A=${LB_TEST_MISSING:-fallback}\n"
                                           "B=${LB_TEST_BASE:-fallback}\n"
                                           "C=\"${LB_TEST_MISSING:-with spaces}\"\n"
                                           "D=${LB_TEST_MISSING:-}\n"
                                           "E=${LB_TEST_MISSING:-mongodb://h:1/db}\n"));
    QCOMPARE(env.value(QStringLiteral("A")), QStringLiteral("fallback"));
    QCOMPARE(env.value(QStringLiteral("B")), QStringLiteral("set"));
    QCOMPARE(env.value(QStringLiteral("C")), QStringLiteral("with spaces"));
    QCOMPARE(env.value(QStringLiteral("D")), QString());
    QCOMPARE(env.value(QStringLiteral("E")), QStringLiteral("mongodb://h:1/db"));
}

void TestDotEnv::expansionInBothQuotesLikePythonDotenv()
{
    // python-dotenv 1.2 (checked) expands in single quotes
    // too, and applies a default only to an unset variable, not to an empty one.
    const Env env = parseOk(QStringLiteral("LB_TEST_BASE=x\nA='${LB_TEST_BASE:-d}'\nB=\"${LB_TEST_BASE:-d}\"\nE=\nF=${E:-d}\n"));
    QCOMPARE(env.value(QStringLiteral("A")), QStringLiteral("x"));
    QCOMPARE(env.value(QStringLiteral("B")), QStringLiteral("x"));
    QCOMPARE(env.value(QStringLiteral("F")), QString());
}

void TestDotEnv::blankLines()
{
    const Env env = parseOk(QStringLiteral("\n\n   \nA=1\n\t\n\nB=2\n\n"));
    QCOMPARE(env.size(), 2);
    QCOMPARE(env.value(QStringLiteral("A")), QStringLiteral("1"));
    QCOMPARE(env.value(QStringLiteral("B")), QStringLiteral("2"));

    QVERIFY(parseOk(QString()).isEmpty());
    QVERIFY(parseOk(QStringLiteral("\n\n# only comments\n")).isEmpty());
}

void TestDotEnv::crlfLineEndings()
{
    const Env env = parseOk(QStringLiteral("# comment\r\n"
                                           "A=1\r\n"
                                           "\r\n"
                                           "export B=two words\r\n"
                                           "C='single'\r\n"
                                           "D=\"double\"\r\n"
                                           "E=value # comment\r\n"
                                           "F=${A}x\r\n"
                                           "G=\"multi\r\nline\"\r\n"
                                           "H=last"));
    QCOMPARE(env.value(QStringLiteral("A")), QStringLiteral("1"));
    QCOMPARE(env.value(QStringLiteral("B")), QStringLiteral("two words"));
    QCOMPARE(env.value(QStringLiteral("C")), QStringLiteral("single"));
    QCOMPARE(env.value(QStringLiteral("D")), QStringLiteral("double"));
    QCOMPARE(env.value(QStringLiteral("E")), QStringLiteral("value"));
    QCOMPARE(env.value(QStringLiteral("F")), QStringLiteral("1x"));
    // python-dotenv reads files with universal newlines: a CRLF inside quotes is one '\n'.
    QCOMPARE(env.value(QStringLiteral("G")), QStringLiteral("multi\nline"));
    QCOMPARE(env.value(QStringLiteral("H")), QStringLiteral("last"));
    QCOMPARE(env.size(), 8);
    // A bare key (no '=') is tolerated and ignored, as python-dotenv does (value None).
    const Env bare = parseOk(QStringLiteral("A=1\r\nBARE\r\nB=2\r\n"));
    QCOMPARE(bare.size(), 2);
    QCOMPARE(bare.value(QStringLiteral("B")), QStringLiteral("2"));
    for (const QString &v : env)
        QVERIFY2(!v.contains(QLatin1Char('\r')), qPrintable(v));

    // Line numbers in errors count CRLF lines.
    auto bad = DotEnv::parse(QStringLiteral("A=1\r\nB=2\r\nthis is wrong\r\n"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, ErrorCode::Config);
    QVERIFY2(bad.error().message.contains(QStringLiteral("line 3")), qPrintable(bad.error().message));
}

void TestDotEnv::badLineNamesLineNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::newRow("words") << QStringLiteral("A=1\nB=2\nthis is not valid\n") << 3;
    QTest::newRow("no key") << QStringLiteral("A=1\n=value\n") << 2;
    QTest::newRow("after comments") << QStringLiteral("# c\n\n# c\nA=1\nKEY value\n") << 5;
    QTest::newRow("after multi-line") << QStringLiteral("A=\"x\ny\nz\"\nB=2\nbad line\n") << 5;
    QTest::newRow("first") << QStringLiteral("garbage here\nA=1\n") << 1;
}

void TestDotEnv::badLineNamesLineNumber()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    auto r = DotEnv::parse(text, QStringLiteral("my.env"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Config);
    QVERIFY2(r.error().message.contains(QStringLiteral("line %1").arg(line)), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QStringLiteral("my.env")), qPrintable(r.error().message));
}

void TestDotEnv::unterminatedQuote()
{
    for (const QString &text : {QStringLiteral("A=1\nB=\"never closed\nC=3\n"), QStringLiteral("A=1\nB='never closed\n")}) {
        auto r = DotEnv::parse(text);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Config);
        QVERIFY2(r.error().message.contains(QStringLiteral("line 2")), qPrintable(r.error().message));
    }
}

void TestDotEnv::loadMissingFileIsEmpty()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto r = DotEnv::load(dir.filePath(QStringLiteral("does-not-exist.env")));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QVERIFY(r->isEmpty());
}

void TestDotEnv::loadFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral(".env"));
    test::writeFile(path, QByteArray("# settings\nMONGO_URI=mongodb://localhost:27017\nNAME=caf\xC3\xA9\n"));
    auto r = DotEnv::load(path);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->value(QStringLiteral("MONGO_URI")), QStringLiteral("mongodb://localhost:27017"));
    QCOMPARE(r->value(QStringLiteral("NAME")), QString::fromUtf8("caf\xC3\xA9"));

    // A bad file names itself and the line.
    test::writeFile(path, QByteArray("A=1\nnot a line\n"));
    auto bad = DotEnv::load(path);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, ErrorCode::Config);
    QVERIFY2(bad.error().message.contains(path), qPrintable(bad.error().message));
    QVERIFY2(bad.error().message.contains(QStringLiteral("line 2")), qPrintable(bad.error().message));
}

namespace {

QString writeDotEnv(const QTemporaryDir &dir, const QByteArray &text)
{
    const QString path = dir.filePath(QStringLiteral(".env"));
    test::writeFile(path, text);
    return path;
}

} // namespace

void TestDotEnv::resolveCommandLineWins()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString envFile = writeDotEnv(dir, "MONGO_URI=mongodb://dotenv-host/dotenvdb\nMONGO_DB=dotenvdb\n");
    qputenv("MONGO_URI", "mongodb://env-host/envdb");
    qputenv("MONGO_DB", "envdb");
    auto r = ConnectionConfig::resolve(QStringLiteral("mongodb://cli-host/clipath"), QStringLiteral("clidb"), envFile);
    qunsetenv("MONGO_URI");
    qunsetenv("MONGO_DB");
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->mongoUri, QStringLiteral("mongodb://cli-host/clipath"));
    QCOMPARE(r->database, QStringLiteral("clidb"));
    QCOMPARE(r->uriSource, QStringLiteral("command line"));
}

void TestDotEnv::resolveEnvironmentBeatsDotEnv()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString envFile = writeDotEnv(dir, "MONGO_URI=mongodb://dotenv-host/dotenvdb\nMONGO_DB=dotenvdb\n");
    qputenv("MONGO_URI", "mongodb://env-host/envpath");
    qputenv("MONGO_DB", "envdb");
    auto r = ConnectionConfig::resolve(QString(), QString(), envFile);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->mongoUri, QStringLiteral("mongodb://env-host/envpath"));
    QCOMPARE(r->database, QStringLiteral("envdb"));
    QCOMPARE(r->uriSource, QStringLiteral("environment"));

    // Mixed: the URI from the command line, the database from the environment.
    auto mixed = ConnectionConfig::resolve(QStringLiteral("mongodb://cli-host/"), QString(), envFile);
    QVERIFY(mixed.ok());
    QCOMPARE(mixed->mongoUri, QStringLiteral("mongodb://cli-host/"));
    QCOMPARE(mixed->database, QStringLiteral("envdb"));

    // Only MONGO_DB set in the environment: the URI still comes from .env.
    qunsetenv("MONGO_URI");
    auto partial = ConnectionConfig::resolve(QString(), QString(), envFile);
    qunsetenv("MONGO_DB");
    QVERIFY(partial.ok());
    QCOMPARE(partial->mongoUri, QStringLiteral("mongodb://dotenv-host/dotenvdb"));
    QCOMPARE(partial->database, QStringLiteral("envdb"));
    QVERIFY(partial->uriSource != QStringLiteral("environment"));
    QVERIFY(partial->uriSource != QStringLiteral("command line"));
}

void TestDotEnv::resolveFromDotEnv()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString envFile = writeDotEnv(dir, "export MONGO_URI='mongodb://dotenv-host:27017/'\nMONGO_DB=dotenvdb # the db\n");
    auto r = ConnectionConfig::resolve(QString(), QString(), envFile);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->mongoUri, QStringLiteral("mongodb://dotenv-host:27017/"));
    QCOMPARE(r->database, QStringLiteral("dotenvdb"));
    QVERIFY(r->uriSource != QStringLiteral("environment"));
    QVERIFY(r->uriSource != QStringLiteral("command line"));
    QVERIFY(!r->uriSource.isEmpty());

    // An empty environment variable does not hide the .env value.
    qputenv("MONGO_URI", "");
    auto empty = ConnectionConfig::resolve(QString(), QString(), envFile);
    qunsetenv("MONGO_URI");
    QVERIFY(empty.ok());
    QCOMPARE(empty->mongoUri, QStringLiteral("mongodb://dotenv-host:27017/"));

    // A broken .env is an error (Config), not silently ignored.
    const QString badFile = writeDotEnv(dir, "MONGO_URI=x\nnot a line\n");
    auto bad = ConnectionConfig::resolve(QString(), QString(), badFile);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, ErrorCode::Config);
}

void TestDotEnv::resolveDatabaseFromUriPath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString envFile = writeDotEnv(dir, "MONGO_URI=mongodb://dotenv-host:27017/shop?authSource=admin\n");
    auto r = ConnectionConfig::resolve(QString(), QString(), envFile);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->database, QStringLiteral("shop"));

    auto cli = ConnectionConfig::resolve(QStringLiteral("mongodb://u:p@h1,h2/inventory?replicaSet=rs"), QString(),
                                         dir.filePath(QStringLiteral("missing.env")));
    QVERIFY(cli.ok());
    QCOMPARE(cli->database, QStringLiteral("inventory"));

    // An explicit database beats the URI path.
    auto explicitDb = ConnectionConfig::resolve(QString(), QStringLiteral("other"), envFile);
    QVERIFY(explicitDb.ok());
    QCOMPARE(explicitDb->database, QStringLiteral("other"));
}

void TestDotEnv::resolveNothingSet()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto r = ConnectionConfig::resolve(QString(), QString(), dir.filePath(QStringLiteral("missing.env")));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QVERIFY(r->mongoUri.isEmpty());
    QVERIFY(r->database.isEmpty());
}

QTEST_GUILESS_MAIN(TestDotEnv)
#include "TestDotEnv.moc"
