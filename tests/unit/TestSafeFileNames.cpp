// SafeFileNames maps collection and database names to file names that are legal on Linux,
// macOS and Windows, and unique even where case is ignored.
#include "core/archive/SafeFileNames.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace lifeboat;

namespace {

// True when `name` is a file name Windows accepts (the strictest of the three systems).
bool isPortable(const QString &name, QString *why = nullptr)
{
    auto fail = [&](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (name.isEmpty())
        return fail(QStringLiteral("empty"));
    for (const char32_t c : name.toUcs4()) {
        if (c < 0x20 || c == 0x7f)
            return fail(QStringLiteral("control character"));
        if (c < 0x80 && QByteArrayView("<>:\"/\\|?*").contains(char(c)))
            return fail(QStringLiteral("illegal character %1").arg(QChar(c)));
    }
    if (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(' ')))
        return fail(QStringLiteral("trailing dot or space"));
    static const QRegularExpression device(QStringLiteral("^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\\..*)?$"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (device.match(name).hasMatch())
        return fail(QStringLiteral("device name"));
    // Every '%' starts a complete escape.
    static const QRegularExpression badPercent(QStringLiteral("%(?![0-9A-F]{2})"));
    if (badPercent.match(name).hasMatch())
        return fail(QStringLiteral("incomplete %XX escape"));
    return true;
}

} // namespace

class TestSafeFileNames : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void plainNamesUnchanged_data();
    void plainNamesUnchanged();
    void escapes_data();
    void escapes();
    void everyControlCharacterEscaped();
    void trailingDotAndSpace_data();
    void trailingDotAndSpace();
    void deviceNames_data();
    void deviceNames();
    void emptyName();
    void unicodeKept_data();
    void unicodeKept();
    void longNamesCutWithHash_data();
    void longNamesCutWithHash();
    void longNamesDifferingAtTheEnd();
    void longNameAtTheLimitIsNotCut();
    void caseCollisions();
    void collisionWithRealSuffixedName();
    void manyNamesUniqueIgnoringCase();
};

void TestSafeFileNames::plainNamesUnchanged_data()
{
    QTest::addColumn<QString>("name");
    for (const char *n : {"users", "Orders_2024", "system.views", "a-b.c_d", ".hidden", "x", "with space inside",
                          "CONSOLE", "COM0", "LPT10", "nullable", "con-figs", "auxiliary.txt", "a~b"})
        QTest::newRow(n) << QString::fromLatin1(n);
}

void TestSafeFileNames::plainNamesUnchanged()
{
    QFETCH(QString, name);
    QCOMPARE(SafeFileNames::escape(name), name);
    SafeFileNames names;
    QCOMPARE(names.assign(name, QStringLiteral(".jsonl")), name + QStringLiteral(".jsonl"));
}

void TestSafeFileNames::escapes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("<") << QStringLiteral("a<b") << QStringLiteral("a%3Cb");
    QTest::newRow(">") << QStringLiteral("a>b") << QStringLiteral("a%3Eb");
    QTest::newRow(":") << QStringLiteral("a:b") << QStringLiteral("a%3Ab");
    QTest::newRow("\"") << QStringLiteral("a\"b") << QStringLiteral("a%22b");
    QTest::newRow("/") << QStringLiteral("a/b") << QStringLiteral("a%2Fb");
    QTest::newRow("\\") << QStringLiteral("a\\b") << QStringLiteral("a%5Cb");
    QTest::newRow("|") << QStringLiteral("a|b") << QStringLiteral("a%7Cb");
    QTest::newRow("?") << QStringLiteral("a?b") << QStringLiteral("a%3Fb");
    QTest::newRow("*") << QStringLiteral("a*b") << QStringLiteral("a%2Ab");
    QTest::newRow("%") << QStringLiteral("100%") << QStringLiteral("100%25");
    QTest::newRow("% escape-like") << QStringLiteral("a%3Cb") << QStringLiteral("a%253Cb");
    QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("a%09b");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("a%0Ab");
    QTest::newRow("0x01") << QStringLiteral("a\x01") << QStringLiteral("a%01");
    QTest::newRow("0x1f") << QStringLiteral("\x1f" "b") << QStringLiteral("%1Fb");
    QTest::newRow("DEL") << QStringLiteral("a\x7f" "b") << QStringLiteral("a%7Fb");
    QTest::newRow("all") << QStringLiteral("<>:\"/\\|?*%") << QStringLiteral("%3C%3E%3A%22%2F%5C%7C%3F%2A%25");
    QTest::newRow("path traversal") << QStringLiteral("../etc/passwd") << QStringLiteral("..%2Fetc%2Fpasswd");
    QTest::newRow("unicode next to escape") << QString::fromUtf8("caf\xC3\xA9:x") << QString::fromUtf8("caf\xC3\xA9%3Ax");
}

void TestSafeFileNames::escapes()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const QString escaped = SafeFileNames::escape(name);
    QCOMPARE(escaped, expected);
    QString why;
    QVERIFY2(isPortable(escaped, &why), qPrintable(why));
}

void TestSafeFileNames::everyControlCharacterEscaped()
{
    QSet<QString> seen;
    for (char16_t c = 0; c < 0x20; ++c) {
        const QString name = QStringLiteral("x") + QChar(c) + QStringLiteral("y");
        const QString escaped = SafeFileNames::escape(name);
        QCOMPARE(escaped, QString::asprintf("x%%%02Xy", unsigned(c)));
        QVERIFY(isPortable(escaped));
        seen.insert(escaped);
    }
    QCOMPARE(seen.size(), 0x20);
}

void TestSafeFileNames::trailingDotAndSpace_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("dot") << QStringLiteral("name.") << QStringLiteral("name%2E");
    QTest::newRow("space") << QStringLiteral("name ") << QStringLiteral("name%20");
    QTest::newRow("only dot") << QStringLiteral(".") << QStringLiteral("%2E");
    QTest::newRow("dot dot") << QStringLiteral("..") << QStringLiteral(".%2E");
    QTest::newRow("only space") << QStringLiteral(" ") << QStringLiteral("%20");
    QTest::newRow("inner kept") << QStringLiteral("a. b") << QStringLiteral("a. b");
    QTest::newRow("leading kept") << QStringLiteral(" a") << QStringLiteral(" a");
}

void TestSafeFileNames::trailingDotAndSpace()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const QString escaped = SafeFileNames::escape(name);
    QCOMPARE(escaped, expected);
    QString why;
    QVERIFY2(isPortable(escaped, &why), qPrintable(why));
}

void TestSafeFileNames::deviceNames_data()
{
    QTest::addColumn<QString>("name");
    for (const char *n : {"CON", "con", "nul", "NUL", "PRN", "aux", "COM1", "com9", "LPT1", "LPT9", "LPT9.txt",
                          "con.jsonl", "Nul.tar.gz", "AUX.x"})
        QTest::newRow(n) << QString::fromLatin1(n);
}

void TestSafeFileNames::deviceNames()
{
    QFETCH(QString, name);
    const QString escaped = SafeFileNames::escape(name);
    QVERIFY2(escaped != name, qPrintable(escaped));
    QString why;
    QVERIFY2(isPortable(escaped, &why), qPrintable(escaped + QStringLiteral(": ") + why));
    // The first character is escaped, the rest kept.
    const QString first = QStringLiteral("%%1").arg(uint(name.at(0).unicode()), 2, 16, QLatin1Char('0')).toUpper();
    QCOMPARE(escaped, first + name.mid(1));
    // Also as a whole file name with an extension.
    SafeFileNames names;
    const QString assigned = names.assign(name, QStringLiteral(".jsonl"));
    QVERIFY2(isPortable(assigned, &why), qPrintable(assigned + QStringLiteral(": ") + why));
}

void TestSafeFileNames::emptyName()
{
    const QString escaped = SafeFileNames::escape(QString());
    QVERIFY(!escaped.isEmpty());
    QString why;
    QVERIFY2(isPortable(escaped, &why), qPrintable(why));
    QCOMPARE(SafeFileNames::escape(QString()), escaped); // stable
    SafeFileNames names;
    const QString assigned = names.assign(QString(), QStringLiteral(".jsonl"));
    QVERIFY(assigned != QStringLiteral(".jsonl"));
    QVERIFY(assigned.endsWith(QStringLiteral(".jsonl")));
    QVERIFY(assigned.size() > 6);
}

void TestSafeFileNames::unicodeKept_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("cafés") << QString::fromUtf8("caf\xC3\xA9s");
    QTest::newRow("japanese") << QString::fromUtf8("\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E");
    QTest::newRow("emoji") << QString::fromUtf8("logs-\xF0\x9F\x98\x80");
    QTest::newRow("cyrillic") << QString::fromUtf8("\xD0\xB7\xD0\xB0\xD0\xBA\xD0\xB0\xD0\xB7\xD1\x8B");
}

void TestSafeFileNames::unicodeKept()
{
    QFETCH(QString, name);
    QCOMPARE(SafeFileNames::escape(name), name);
    SafeFileNames names;
    QCOMPARE(names.assign(name, QStringLiteral(".jsonl")), name + QStringLiteral(".jsonl"));
}

void TestSafeFileNames::longNamesCutWithHash_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("ascii 201") << QString(201, QLatin1Char('a'));
    QTest::newRow("ascii 300") << QString(300, QLatin1Char('b'));
    QTest::newRow("ascii 5000") << QString(5000, QLatin1Char('c'));
    // Two-byte characters: the cut must not split one.
    QTest::newRow("2-byte") << QString(150, QChar(0xE9));
    QTest::newRow("2-byte offset") << QStringLiteral("x") + QString(150, QChar(0xE9));
    // Three-byte characters at every alignment.
    QTest::newRow("3-byte") << QString(100, QChar(0x65E5));
    QTest::newRow("3-byte +1") << QStringLiteral("x") + QString(100, QChar(0x65E5));
    QTest::newRow("3-byte +2") << QStringLiteral("xy") + QString(100, QChar(0x65E5));
    // Four-byte characters (surrogate pairs in UTF-16).
    QString emoji;
    for (int i = 0; i < 60; ++i)
        emoji += QString::fromUtf8("\xF0\x9F\x98\x80");
    QTest::newRow("4-byte") << emoji;
    QTest::newRow("4-byte +1") << QStringLiteral("x") + emoji;
    // Escapes grow the name; the cut must not split a %XX.
    QTest::newRow("escapes") << QString(100, QLatin1Char(':'));
    QTest::newRow("escapes +1") << QStringLiteral("x") + QString(100, QLatin1Char(':'));
    QTest::newRow("escapes +2") << QStringLiteral("xy") + QString(100, QLatin1Char(':'));
    QTest::newRow("short but escaped long") << QString(70, QLatin1Char('%'));
    // Cut position lands on a dot or space: the hash suffix follows, so still legal.
    QTest::newRow("dots") << QString(300, QLatin1Char('.'));
    QTest::newRow("spaces") << QString(300, QLatin1Char(' '));
}

void TestSafeFileNames::longNamesCutWithHash()
{
    QFETCH(QString, name);
    const QString escaped = SafeFileNames::escape(name);
    const QByteArray utf8 = escaped.toUtf8();
    QVERIFY2(utf8.size() <= 200, qPrintable(QString::number(utf8.size())));
    QVERIFY(utf8.size() >= 150); // not needlessly short
    // Valid UTF-8: it survives a round trip.
    QCOMPARE(QString::fromUtf8(utf8).toUtf8(), utf8);
    QVERIFY(!escaped.contains(QChar::ReplacementCharacter));
    static const QRegularExpression suffix(QStringLiteral("~[0-9a-fA-F]{16}$"));
    QVERIFY2(suffix.match(escaped).hasMatch(), qPrintable(escaped));
    QString why;
    QVERIFY2(isPortable(escaped, &why), qPrintable(why + QStringLiteral(": ") + escaped));
    // The kept part is a prefix of the full escaped form.
    QString full;
    for (const char32_t c : name.toUcs4()) {
        const QString s = QStringLiteral("x") + QString::fromUcs4(&c, 1) + QStringLiteral("x");
        const QString e = SafeFileNames::escape(s); // inside a name: no trailing-character rule
        full += e.mid(1, e.size() - 2);
    }
    const QString kept = escaped.left(escaped.size() - 17);
    QVERIFY2(full.startsWith(kept), qPrintable(kept));
    // Stable.
    QCOMPARE(SafeFileNames::escape(name), escaped);

    // With an extension and a collision suffix, the whole stays within 200 bytes + suffix.
    SafeFileNames names;
    const QString a = names.assign(name, QStringLiteral(".jsonl"));
    const QString b = names.assign(name.toUpper(), QStringLiteral(".jsonl"));
    QVERIFY(a.toUtf8().size() <= 200 + 6);
    QVERIFY(b.toUtf8().size() <= 200 + 2 + 6);
    QVERIFY(a.compare(b, Qt::CaseInsensitive) != 0);
}

void TestSafeFileNames::longNamesDifferingAtTheEnd()
{
    const QString base(250, QLatin1Char('n'));
    const QString a = SafeFileNames::escape(base + QStringLiteral("1"));
    const QString b = SafeFileNames::escape(base + QStringLiteral("2"));
    const QString c = SafeFileNames::escape(base + QStringLiteral(":"));
    QVERIFY(a != b);
    QVERIFY(a != c);
    QVERIFY(b != c);
    QVERIFY(a.compare(b, Qt::CaseInsensitive) != 0);
    // Their assigned names differ without needing a collision counter.
    SafeFileNames names;
    const QString fa = names.assign(base + QStringLiteral("1"), QStringLiteral(".jsonl"));
    const QString fb = names.assign(base + QStringLiteral("2"), QStringLiteral(".jsonl"));
    QCOMPARE(fa, a + QStringLiteral(".jsonl"));
    QCOMPARE(fb, b + QStringLiteral(".jsonl"));

    // Names differing only in case at the end, beyond the cut: still different.
    const QString lower = SafeFileNames::escape(base + QStringLiteral("x"));
    const QString upper = SafeFileNames::escape(base + QStringLiteral("X"));
    QVERIFY(lower != upper);
}

void TestSafeFileNames::longNameAtTheLimitIsNotCut()
{
    const QString exactly(200, QLatin1Char('z'));
    QCOMPARE(SafeFileNames::escape(exactly), exactly);
    const QString twoByte(100, QChar(0xE9)); // 200 UTF-8 bytes
    QCOMPARE(SafeFileNames::escape(twoByte), twoByte);
    QVERIFY(SafeFileNames::escape(exactly + QStringLiteral("z")) != exactly + QStringLiteral("z"));
}

void TestSafeFileNames::caseCollisions()
{
    SafeFileNames names;
    QCOMPARE(names.assign(QStringLiteral("Users"), QStringLiteral(".jsonl")), QStringLiteral("Users.jsonl"));
    QCOMPARE(names.assign(QStringLiteral("users"), QStringLiteral(".jsonl")), QStringLiteral("users~2.jsonl"));
    QCOMPARE(names.assign(QStringLiteral("USERS"), QStringLiteral(".jsonl")), QStringLiteral("USERS~3.jsonl"));
    // A different extension is a different file name.
    QCOMPARE(names.assign(QStringLiteral("users"), QStringLiteral(".meta.json")), QStringLiteral("users.meta.json"));
    // Unicode case collisions too.
    QCOMPARE(names.assign(QString::fromUtf8("Caf\xC3\xA9"), QStringLiteral(".jsonl")), QString::fromUtf8("Caf\xC3\xA9.jsonl"));
    QCOMPARE(names.assign(QString::fromUtf8("CAF\xC3\x89"), QStringLiteral(".jsonl")), QString::fromUtf8("CAF\xC3\x89~2.jsonl"));
}

void TestSafeFileNames::collisionWithRealSuffixedName()
{
    SafeFileNames names;
    QSet<QString> folded;
    const QStringList inputs{QStringLiteral("Users"), QStringLiteral("users"), QStringLiteral("USERS"),
                             QStringLiteral("users~2"), QStringLiteral("Users~2"), QStringLiteral("users~3"),
                             QStringLiteral("users~2~2")};
    QStringList out;
    for (const QString &n : inputs) {
        const QString f = names.assign(n, QStringLiteral(".jsonl"));
        out << f;
        QVERIFY2(!folded.contains(f.toCaseFolded()), qPrintable(f));
        folded.insert(f.toCaseFolded());
    }
    QCOMPARE(out.at(0), QStringLiteral("Users.jsonl"));
    QCOMPARE(out.at(1), QStringLiteral("users~2.jsonl"));
    QCOMPARE(out.at(2), QStringLiteral("USERS~3.jsonl"));
    QVERIFY(out.at(3) != QStringLiteral("users~2.jsonl"));
    QVERIFY(out.at(3).startsWith(QStringLiteral("users~2")));

    // And in the other order: the real "users~2" first.
    SafeFileNames other;
    QCOMPARE(other.assign(QStringLiteral("users~2"), QStringLiteral(".jsonl")), QStringLiteral("users~2.jsonl"));
    QCOMPARE(other.assign(QStringLiteral("users"), QStringLiteral(".jsonl")), QStringLiteral("users.jsonl"));
    const QString third = other.assign(QStringLiteral("Users"), QStringLiteral(".jsonl"));
    QVERIFY(third.compare(QStringLiteral("users~2.jsonl"), Qt::CaseInsensitive) != 0);
    QVERIFY(third.compare(QStringLiteral("users.jsonl"), Qt::CaseInsensitive) != 0);
}

void TestSafeFileNames::manyNamesUniqueIgnoringCase()
{
    QStringList inputs{QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("a."), QStringLiteral("a%2E"),
                       QStringLiteral("a%2e"), QStringLiteral("a:"), QStringLiteral("a%3A"), QStringLiteral("a%3a"),
                       QStringLiteral("CON"), QStringLiteral("%43ON"), QStringLiteral("%43on"), QStringLiteral("con"),
                       QString(), QStringLiteral("%00"), QStringLiteral("a~2"), QStringLiteral("A~2"),
                       QStringLiteral("x/y"), QStringLiteral("x\\y"), QStringLiteral("x%2Fy"), QStringLiteral(" "),
                       QStringLiteral("%20"), QString::fromUtf8("\xC3\xA9"), QString::fromUtf8("\xC3\x89")};
    for (int i = 0; i < 5; ++i) {
        inputs << QString(300, QLatin1Char('L')) + QString::number(i);
        inputs << QString(300, QLatin1Char('l')) + QString::number(i);
    }
    SafeFileNames names;
    QSet<QString> exact, folded, lower, upper;
    for (const QString &n : inputs) {
        const QString f = names.assign(n, QStringLiteral(".jsonl"));
        QString why;
        QVERIFY2(isPortable(f, &why), qPrintable(f + QStringLiteral(": ") + why));
        QVERIFY2(!folded.contains(f.toCaseFolded()), qPrintable(QStringLiteral("%1 -> %2 collides").arg(n, f)));
        QVERIFY2(!lower.contains(f.toLower()), qPrintable(f));
        QVERIFY2(!upper.contains(f.toUpper()), qPrintable(f));
        exact.insert(f);
        folded.insert(f.toCaseFolded());
        lower.insert(f.toLower());
        upper.insert(f.toUpper());
    }
    QCOMPARE(exact.size(), inputs.size());
    QCOMPARE(folded.size(), inputs.size());
}

QTEST_GUILESS_MAIN(TestSafeFileNames)
#include "TestSafeFileNames.moc"
