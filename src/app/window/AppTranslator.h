#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QTranslator>

namespace lifeboat::app {

// Puts the app into the user's language: Lifeboat's own texts (lifeboat_<lang>.qm, compiled
// from translations/*.ts into the app under :/i18n) and Qt's (qtbase_<lang>.qm from Qt's
// translations folder, for the standard buttons and dialogs). Languages without a translation
// stay in English. English's plural forms ("%n collection(s)" -> "1 collection",
// "3 collections", from lifeboat_en.qm) are installed in every language, beneath the others.
class AppTranslator final : public QObject {
    Q_OBJECT
public:
    explicit AppTranslator(QObject *parent = nullptr);
    ~AppTranslator() override;

    // Loads the translations for `locale` (at start: QLocale::system()) and installs them in the
    // application, replacing those of an earlier call. True if Lifeboat's own translation for
    // the locale was found (English has none: only its plural forms, installed either way).
    bool install(const QLocale &locale);
    // Removes the installed translations, the English plural forms too (back to the source texts).
    void remove();

    // The language of Lifeboat's installed translation ("de", "fr"), empty for English.
    QString language() const { return m_language; }

    // Where the app's translations are compiled in.
    static QString resourceFolder();

private:
    QTranslator m_plurals;
    QTranslator m_app;
    QTranslator m_qt;
    bool m_pluralsInstalled = false;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
    QString m_language;
};

} // namespace lifeboat::app
