// The main window opens (offscreen) with its version and menu.
#include "MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QTest>

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void opens();
};

void TestMainWindow::opens()
{
    lifeboat::app::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *version = window.findChild<QLabel *>(QStringLiteral("versionLabel"));
    QVERIFY(version);
    QVERIFY(version->text().contains(QStringLiteral(LIFEBOAT_VERSION)));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("actionQuit")));
    QVERIFY(!window.windowIcon().isNull());
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
