#include "AppTranslator.h"

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
    // QTranslator::load(QLocale, ...) tries each of the locale's UI languages in turn
    // ("de-CH" -> lifeboat_de_CH.qm, lifeboat_de.qm). English is the source language: no file.
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
    if (m_app.load(locale, QStringLiteral("lifeboat"), QStringLiteral("_"), resourceFolder()))
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
    m_appInstalled = m_qtInstalled = false;
    m_language.clear();
}

} // namespace lifeboat::app
