// The app speaks the user's language: Lifeboat's translations are compiled into the app and
// Qt's own come from Qt's translations folder; English needs only its plural forms. German and
// French are complete: a new string without its translation fails here.
#include "app/window/AppTranslator.h"
#include "app/window/MainWindow.h"
#include "app/window/Workspace.h"
#include "app/widgets/ProgressText.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QFile>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <optional>

using lifeboat::app::AppTranslator;

namespace {

struct Message {
    QByteArray context;
    QByteArray source;
    QString translation;
};

// A finished, singular translation from a .ts file, if there is one yet (lrelease leaves out
// unfinished ones, and a language without any cannot be loaded).
std::optional<Message> finishedTranslation(const QString &tsFile)
{
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(tsFile));
    QXmlStreamReader xml(&file);
    Message current;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            current.context = xml.readElementText(QXmlStreamReader::IncludeChildElements).toUtf8();
        } else if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText(QXmlStreamReader::IncludeChildElements).toUtf8();
        } else if (xml.name() == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!numerus && type.isEmpty() && !text.isEmpty() && text != QString::fromUtf8(current.source)) {
                current.translation = text;
                return current;
            }
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(tsFile), qPrintable(xml.errorString()));
    return std::nullopt;
}

QString tsFile(const QString &language)
{
    return QStringLiteral(LIFEBOAT_SOURCE_DIR "/translations/lifeboat_%1.ts").arg(language);
}

} // namespace

class TestAppTranslator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void translationsAreCompiledIn();
    void german();
    void french();
    void englishNeedsNoFile();
    void englishPlurals();
    void englishPluralsAreComplete();
    void translationIsComplete_data();
    void translationIsComplete();
    void mainWindowSpeaksTheLanguage_data();
    void mainWindowSpeaksTheLanguage();
    void pluralsInGermanAndFrench();
    void everyPhaseIsTranslated_data();
    void everyPhaseIsTranslated();
};

void TestAppTranslator::translationsAreCompiledIn()
{
    QVERIFY(QFile::exists(AppTranslator::resourceFolder() + QStringLiteral("/lifeboat_de.qm")));
    QVERIFY(QFile::exists(AppTranslator::resourceFolder() + QStringLiteral("/lifeboat_fr.qm")));
    QVERIFY(QFile::exists(AppTranslator::resourceFolder() + QStringLiteral("/lifeboat_en.qm")));
    QVERIFY2(QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm")),
             "Qt's translations are missing (Debian: qt6-translations-l10n, installed by scripts/setup)");
}

void TestAppTranslator::german()
{
    AppTranslator translator;
    const auto sample = finishedTranslation(tsFile(QStringLiteral("de")));
    QCOMPARE(translator.install(QLocale(QLocale::German, QLocale::Switzerland)), sample.has_value());
    // Qt's standard buttons come from qtbase_de.qm.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    if (sample) {
        QVERIFY2(translator.language().startsWith(QStringLiteral("de")), qPrintable(translator.language()));
        QCOMPARE(QCoreApplication::translate(sample->context.constData(), sample->source.constData()),
                 sample->translation);
    }
    translator.remove();
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    if (sample)
        QCOMPARE(QCoreApplication::translate(sample->context.constData(), sample->source.constData()),
                 QString::fromUtf8(sample->source));
}

void TestAppTranslator::french()
{
    AppTranslator translator;
    const auto sample = finishedTranslation(tsFile(QStringLiteral("fr")));
    QCOMPARE(translator.install(QLocale(QLocale::French, QLocale::Canada)), sample.has_value());
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));
    if (sample) {
        QVERIFY2(translator.language().startsWith(QStringLiteral("fr")), qPrintable(translator.language()));
        QCOMPARE(QCoreApplication::translate(sample->context.constData(), sample->source.constData()),
                 sample->translation);
    }
    // A second install replaces the first.
    translator.install(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
}

void TestAppTranslator::englishNeedsNoFile()
{
    AppTranslator translator;
    QVERIFY(!translator.install(QLocale(QLocale::English, QLocale::UnitedStates)));
    QVERIFY(translator.language().isEmpty());
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

namespace {
QString collections(int n)
{
    return QCoreApplication::translate("lifeboat::app::ProgressText", "%Ln collection(s)", nullptr, n);
}
} // namespace

void TestAppTranslator::englishPlurals()
{
    QCOMPARE(collections(3), QStringLiteral("3 collection(s)")); // the source text, untranslated
    AppTranslator translator;
    translator.install(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(collections(1), QStringLiteral("1 collection"));
    QCOMPARE(collections(0), QStringLiteral("0 collections"));
    QCOMPARE(collections(3), QStringLiteral("3 collections"));
    QCOMPARE(QCoreApplication::translate("lifeboat::app::ReportDialog", "%n collection(s) differ.", nullptr, 1),
             QStringLiteral("1 collection differs."));
    // Beneath another language: what it has not translated still gets English's plurals.
    translator.install(QLocale(QLocale::German, QLocale::Germany));
    const QString german = collections(2);
    QVERIFY2(!german.contains(QLatin1String("(s)")), qPrintable(german));
    translator.remove();
    QCOMPARE(collections(1), QStringLiteral("1 collection(s)"));
}

// Every message with a number in it has its two English forms, none of them "(s)": lupdate
// brings new ones in unfinished, and lrelease would leave those out.
void TestAppTranslator::englishPluralsAreComplete()
{
    QFile file(tsFile(QStringLiteral("en")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QString source;
    QStringList forms;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            QCOMPARE(forms.size(), 2);
            for (const QString &form : std::as_const(forms)) {
                QVERIFY2(!form.isEmpty() && !form.contains(QLatin1String("(s)")), qPrintable(source));
            }
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message")) {
            QCOMPARE(xml.attributes().value(QLatin1String("numerus")), QLatin1String("yes"));
            ++messages;
            forms.clear();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            QVERIFY2(type.isEmpty() || type == QLatin1String("vanished") || type == QLatin1String("obsolete"),
                     qPrintable(QStringLiteral("unfinished: ") + source));
        } else if (xml.name() == QLatin1String("numerusform")) {
            forms << xml.readElementText();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 10);
}

namespace {
// The placeholders of a text, sorted: %1..%9, %n, %Ln.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?n|%[1-9]"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}
} // namespace

void TestAppTranslator::translationIsComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
}

// Every message of lifeboat_<language>.ts is translated (`cmake --build build --target lupdate`
// brings new strings in unfinished, and lrelease would leave them out: the app would show them
// in English), numerus messages with both forms, and every translation keeps the source's
// placeholders (a lost %1 drops a value from the text; a lost %n the count).
void TestAppTranslator::translationIsComplete()
{
    QFETCH(QString, language);
    QFile file(tsFile(language));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QString context;
    QString source;
    QString type;
    QString translation;
    QStringList forms;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                continue; // gone from the code
            ++messages;
            const QString where = context + QStringLiteral(": ") + source;
            QVERIFY2(type.isEmpty(), qPrintable(QStringLiteral("unfinished in %1: %2").arg(language, where)));
            const QStringList expected = placeholders(source);
            const QStringList texts = numerus ? forms : QStringList{translation};
            QVERIFY2(texts.size() == (numerus ? 2 : 1), qPrintable(where));
            for (const QString &text : texts) {
                QVERIFY2(!text.isEmpty(), qPrintable(QStringLiteral("empty in %1: %2").arg(language, where)));
                QVERIFY2(placeholders(text) == expected,
                         qPrintable(QStringLiteral("placeholders differ in %1: %2 -> %3").arg(language, where, text)));
            }
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            forms.clear();
            translation.clear();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            type = xml.attributes().value(QLatin1String("type")).toString();
            if (!numerus)
                translation = xml.readElementText();
        } else if (xml.name() == QLatin1String("numerusform")) {
            forms << xml.readElementText();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 500);
}

void TestAppTranslator::mainWindowSpeaksTheLanguage_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QStringList>("menus");
    QTest::addColumn<QString>("backUp");
    QTest::addColumn<QString>("backupsTab");
    QTest::addColumn<QString>("connectionsDock");
    QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany)
                           << QStringList{QStringLiteral("&Datei"), QStringLiteral("&Ansicht"), QStringLiteral("&Snapshots"),
                                          QStringLiteral("&Hilfe")}
                           << QStringLiteral("&Sichern…") << QStringLiteral("Sicherungen") << QStringLiteral("Verbindungen");
    QTest::newRow("fr_FR") << QLocale(QLocale::French, QLocale::France)
                           << QStringList{QStringLiteral("&Fichier"), QStringLiteral("Affic&hage"), QStringLiteral("&Instantanés"),
                                          QStringLiteral("&Aide")}
                           << QStringLiteral("&Sauvegarder…") << QStringLiteral("Sauvegardes") << QStringLiteral("Connexions");
}

// The main window built under the language shows it: the menu bar, the File menu's first
// action, the tab and the dock titles (forms and code alike).
void TestAppTranslator::mainWindowSpeaksTheLanguage()
{
    QFETCH(QLocale, locale);
    QFETCH(QStringList, menus);
    QFETCH(QString, backUp);
    QFETCH(QString, backupsTab);
    QFETCH(QString, connectionsDock);
    AppTranslator translator;
    QVERIFY(translator.install(locale));
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("lifeboat.ini")), QSettings::IniFormat);
    lifeboat::app::Workspace workspace(&settings);
    lifeboat::app::MainWindow window(&workspace);
    QStringList titles;
    const auto menuActions = window.menuBar()->actions();
    for (QAction *action : menuActions)
        titles << action->text();
    QCOMPARE(titles, menus);
    auto *backup = window.findChild<QAction *>(QStringLiteral("actionBackup"));
    QVERIFY(backup);
    QCOMPARE(backup->text(), backUp);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(0), backupsTab);
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("profilesDock"));
    QVERIFY(dock);
    QCOMPARE(dock->windowTitle(), connectionsDock);
}

// German and French plural forms (French counts 0 as singular).
void TestAppTranslator::pluralsInGermanAndFrench()
{
    AppTranslator translator;
    translator.install(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(collections(1), QStringLiteral("1 Collection"));
    QCOMPARE(collections(3), QStringLiteral("3 Collections"));
    QCOMPARE(QCoreApplication::translate("lifeboat::app::PruneDialog", "Delete %n snapshot(s)", nullptr, 1),
             QStringLiteral("1 Snapshot löschen"));
    translator.install(QLocale(QLocale::French, QLocale::France));
    QCOMPARE(collections(0), QStringLiteral("0 collection"));
    QCOMPARE(collections(1), QStringLiteral("1 collection"));
    QCOMPARE(collections(3), QStringLiteral("3 collections"));
    QCOMPARE(QCoreApplication::translate("lifeboat::app::PruneDialog", "Delete %n snapshot(s)", nullptr, 2),
             QStringLiteral("Supprimer 2 instantanés"));
}

QTEST_MAIN(TestAppTranslator)
void TestAppTranslator::everyPhaseIsTranslated_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany);
    QTest::newRow("fr_FR") << QLocale(QLocale::French, QLocale::France);
}

// Every engine's every phase, as the jobs panel and the wizard pages show it, is in the
// language: no phase falls back to English or to the engine's own name.
void TestAppTranslator::everyPhaseIsTranslated()
{
    QFETCH(QLocale, locale);
    using lifeboat::Phase;
    using lifeboat::app::ProgressText;
    const QList<Phase> phases{Phase::Starting, Phase::Connecting, Phase::Listing, Phase::Copying, Phase::Finishing,
                              Phase::Restoring, Phase::Indexing, Phase::Verifying, Phase::Done};
    QStringList english;
    for (Phase phase : phases)
        english << ProgressText::phase(phase);
    AppTranslator translator;
    QVERIFY(translator.install(locale));
    for (qsizetype i = 0; i < phases.size(); ++i) {
        const QString shown = ProgressText::phase(phases[i]);
        QVERIFY2(!shown.isEmpty() && shown != english[i] && shown != lifeboat::toString(phases[i]),
                 qPrintable(QStringLiteral("%1: %2").arg(lifeboat::toString(phases[i]), shown)));
    }
    translator.remove();
}

#include "TestAppTranslator.moc"
