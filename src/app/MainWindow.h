#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace lifeboat::app {

// The application's main window. The profile sidebar, backups view and jobs panel arrive
// with the desktop-app issue; today it shows what Lifeboat is and where the CLI is.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    std::unique_ptr<Ui::MainWindow> m_ui;
};

} // namespace lifeboat::app
