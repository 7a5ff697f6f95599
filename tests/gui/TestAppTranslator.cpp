// The app speaks the user's language: Lifeboat's translations are compiled into the app and
// Qt's own come from Qt's translations folder; English needs no file.
#include "AppTranslator.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
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
};

void TestAppTranslator::translationsAreCompiledIn()
{
    QVERIFY(QFile::exists(AppTranslator::resourceFolder() + QStringLiteral("/lifeboat_de.qm")));
    QVERIFY(QFile::exists(AppTranslator::resourceFolder() + QStringLiteral("/lifeboat_fr.qm")));
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

QTEST_GUILESS_MAIN(TestAppTranslator)
#include "TestAppTranslator.moc"
