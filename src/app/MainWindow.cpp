#include "MainWindow.h"

#include "ui_MainWindow.h"

#include <QApplication>
#include <QMessageBox>

namespace lifeboat::app {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/lifeboat.svg")));
    m_ui->versionLabel->setText(tr("Version %1").arg(QStringLiteral(LIFEBOAT_VERSION)));
    connect(m_ui->actionQuit, &QAction::triggered, qApp, &QApplication::quit);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Lifeboat"),
                           tr("<b>Lifeboat %1</b><p>Back up, verify, snapshot and restore MongoDB databases.</p>")
                               .arg(QStringLiteral(LIFEBOAT_VERSION)));
    });
}

MainWindow::~MainWindow() = default;

} // namespace lifeboat::app
