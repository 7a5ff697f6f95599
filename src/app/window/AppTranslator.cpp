#include "app/window/AppTranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace lifeboat::app {

AppTranslator::AppTranslator(QObject *parent) : QObject(parent) {}

AppTranslator::~AppTranslator()
{
    remove();
}

QString AppTranslator::resourceFolder()
{
    return QStringLiteral(":/i18n");
}

bool AppTranslator::install(const QLocale &locale)
{
    remove();
    // English's plural forms first: the translators installed later are asked first, so a
    // language's own translation wins and English fills in what it lacks.
    if (m_plurals.load(QStringLiteral("lifeboat_en"), resourceFolder()))
        m_pluralsInstalled = QCoreApplication::installTranslator(&m_plurals);
    // QTranslator::load(QLocale, ...) tries each of the locale's UI languages in turn
    // ("de-CH" -> lifeboat_de_CH.qm, lifeboat_de.qm). English is the source language: its
    // file holds only the plural forms, installed above.
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
    if (m_app.load(locale, QStringLiteral("lifeboat"), QStringLiteral("_"), resourceFolder())
        && QLocale(m_app.language()).language() != QLocale::English)
        m_appInstalled = QCoreApplication::installTranslator(&m_app);
    if (m_appInstalled)
        m_language = m_app.language();
    return m_appInstalled;
}

void AppTranslator::remove()
{
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_app);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
    if (m_pluralsInstalled)
        QCoreApplication::removeTranslator(&m_plurals);
    m_appInstalled = m_qtInstalled = m_pluralsInstalled = false;
    m_language.clear();
}

} // namespace lifeboat::app
