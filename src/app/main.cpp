#include "MainWindow.h"
#include "Workspace.h"

#include <QApplication>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Lifeboat"));
    QApplication::setOrganizationName(QStringLiteral("Lifeboat"));
    QApplication::setApplicationVersion(QStringLiteral(LIFEBOAT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.lifeboat.Lifeboat"));
    QSettings settings;
    lifeboat::app::Workspace workspace(&settings);
    lifeboat::app::MainWindow window(&workspace);
    window.show();
    return app.exec();
}
