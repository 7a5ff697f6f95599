#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace lifeboat::app {

class Workspace;

// The application's main window: the connection profiles and their databases on the left, the
// backups (and snapshots) in the middle, the jobs at the bottom. Everything slow runs in
// worker threads (Workspace::jobs()); the window only shows and starts.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Workspace *workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace *workspace() const { return m_workspace; }

public Q_SLOTS:
    // The backup dialog for the selected profile.
    void openBackupDialog();
    // The restore wizard, starting at `archivePath` if given.
    void openRestoreWizard(const QString &archivePath = QString());

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void chooseBackupFolder();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Workspace *m_workspace;
    QLabel *m_versionLabel;
};

} // namespace lifeboat::app
