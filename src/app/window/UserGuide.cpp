#include "app/window/UserGuide.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace lifeboat::app {

QString UserGuide::onlineAddress()
{
    return QStringLiteral("https://github.com/lifeboat/lifeboat/blob/main/docs/user-guide.md");
}

QUrl UserGuide::location()
{
    const QString fileName = QStringLiteral("user-guide.md");
    const QDir bin(QCoreApplication::applicationDirPath());
    const QStringList candidates = {
        bin.filePath(QStringLiteral("../" LIFEBOAT_INSTALL_DOCDIR "/") + fileName),
        QStringLiteral(LIFEBOAT_SOURCE_DOCDIR "/") + fileName,
    };
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isFile())
            return QUrl::fromLocalFile(QFileInfo(candidate).canonicalFilePath());
    }
    return QUrl(onlineAddress());
}

} // namespace lifeboat::app
