#pragma once

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QString>

namespace lifeboat::app {

class DemoServer;
class MainWindow;
class Workspace;

// `lifeboat --demo` in the app: starts the demo server and, once it is filled, gives the
// workspace a profile "Demo (local)" (Development) for it, selects it and points the backup
// folder at the demo's own. The workspace should use the demo's settings (see main.cpp), so
// the user's profiles are never touched. With a window, the window says what the demo is doing
// (title, status bar) and a failure in a message box, and closing it while the demo's folder
// holds backups or snapshots first says that they will be deleted ("demoQuitBox").
class DemoSession final : public QObject {
    Q_OBJECT
public:
    // None is owned; all must outlive this. `window` may be null.
    DemoSession(DemoServer *server, Workspace *workspace, MainWindow *window = nullptr, QObject *parent = nullptr);

    void start();

    static QString profileName();
    // The demo profile's id once ready.
    QString profileId() const { return m_profileId; }
    // The archives (backups, snapshots) in the demo's folder, deleted when the demo ends.
    int archiveCount() const;
    QMessageBox *pendingQuitQuestion() const { return m_quitBox; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // What the demo is doing, for the status bar.
    void message(const QString &text);
    void ready(const QString &profileId);
    void failed(const QString &message);

private:
    void onServerReady(const QString &uri);
    void showFailure(const QString &why);

    DemoServer *m_server;
    Workspace *m_workspace;
    MainWindow *m_window;
    QString m_profileId;
    QPointer<QMessageBox> m_quitBox;
    bool m_quitConfirmed = false;
};

} // namespace lifeboat::app
