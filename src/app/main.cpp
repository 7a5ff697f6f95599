#include "MainWindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Lifeboat"));
    QApplication::setOrganizationName(QStringLiteral("Lifeboat"));
    QApplication::setApplicationVersion(QStringLiteral(LIFEBOAT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.lifeboat.Lifeboat"));
    lifeboat::app::MainWindow window;
    window.show();
    return app.exec();
}
