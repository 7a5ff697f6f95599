// The main window opens (offscreen) with its version, menus and docks.
#include "app/window/MainWindow.h"
#include "app/window/Workspace.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void opens();
};

void TestMainWindow::opens()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("lifeboat.ini")), QSettings::IniFormat);
    lifeboat::app::Workspace workspace(&settings);
    lifeboat::app::MainWindow window(&workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *version = window.findChild<QLabel *>(QStringLiteral("versionLabel"));
    QVERIFY(version);
    QVERIFY(version->text().contains(QStringLiteral(LIFEBOAT_VERSION)));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("actionQuit")));
    QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("profilesDock")));
    QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("jobsDock")));
    QVERIFY(!window.windowIcon().isNull());
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
