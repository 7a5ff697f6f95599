#include "app/demo/DemoSession.h"

#include "profiles/ConnectionProfile.h"
#include "app/demo/DemoCatalog.h"
#include "app/demo/DemoServer.h"
#include "app/window/MainWindow.h"
#include "core/config/MongoUri.h"
#include "app/window/Workspace.h"

#include <QCloseEvent>
#include <QDir>
#include <QDirIterator>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace lifeboat::app {

DemoSession::DemoSession(DemoServer *server, Workspace *workspace, MainWindow *window, QObject *parent)
    : QObject(parent), m_server(server), m_workspace(workspace), m_window(window)
{
    connect(m_server, &DemoServer::ready, this, &DemoSession::onServerReady);
    connect(m_server, &DemoServer::failed, this, [this](const QString &why) {
        Q_EMIT message(tr("The demo server is not running."));
        Q_EMIT failed(why);
    });
    if (m_window) {
        m_window->installEventFilter(this);
        m_window->setWindowTitle(tr("Lifeboat — Demo"));
        connect(this, &DemoSession::message, m_window, [this](const QString &text) { m_window->statusBar()->showMessage(text); });
        connect(this, &DemoSession::failed, m_window, [this](const QString &why) { showFailure(why); });
    }
}

void DemoSession::showFailure(const QString &why)
{
    // Window-modal, without a nested event loop; closing the window removes the demo's folder
    // as usual.
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Demo"), tr("The demo could not start."),
                                QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("demoFailedBox"));
    box->setInformativeText(why);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

int DemoSession::archiveCount() const
{
    int n = 0;
    QDirIterator it(m_server->backupFolder(), {QStringLiteral("*.tar"), QStringLiteral("*.tar.*")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (!it.fileName().endsWith(QLatin1String(".partial")))
            ++n;
    }
    return n;
}

// Closing the window ends the demo and deletes its folder: with backups or snapshots in it,
// say so first (without a nested event loop).
bool DemoSession::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window || event->type() != QEvent::Close || m_quitConfirmed)
        return QObject::eventFilter(watched, event);
    const int archives = archiveCount();
    if (archives == 0)
        return QObject::eventFilter(watched, event);
    event->ignore();
    if (m_quitBox) {
        m_quitBox->raise();
        return true;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Quit the demo"),
                                tr("Quitting deletes the demo's %n backup(s) and snapshot(s).", nullptr, archives), QMessageBox::NoButton,
                                m_window);
    box->setObjectName(QStringLiteral("demoQuitBox"));
    box->setInformativeText(tr("They are in %1, with the demo's server and settings, and are deleted when Lifeboat quits. Copy "
                               "any you want to keep elsewhere first.")
                                .arg(QDir::toNativeSeparators(m_server->backupFolder())));
    QPushButton *quit = box->addButton(tr("Quit and delete them"), QMessageBox::DestructiveRole);
    quit->setObjectName(QStringLiteral("quitDemoButton"));
    QPushButton *stay = box->addButton(tr("Stay"), QMessageBox::RejectRole);
    box->setDefaultButton(stay);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, quit] {
        if (box->clickedButton() != quit)
            return;
        m_quitConfirmed = true;
        m_window->close();
    });
    m_quitBox = box;
    box->open();
    return true;
}

QString DemoSession::profileName()
{
    return tr("Demo (local)");
}

void DemoSession::start()
{
    Q_EMIT message(tr("Starting the demo server…"));
    m_server->start();
}

void DemoSession::onServerReady(const QString &uri)
{
    profiles::ConnectionProfile profile;
    profile.name = profileName();
    profile.connectionString = uri;
    profile.defaultDatabase = DemoCatalog::databaseName();
    profile.environment = profiles::ConnectionProfile::Environment::Development;
    auto added = m_workspace->profiles()->add(profile);
    if (!added) {
        const QString why = tr("The demo server runs at %1, but its profile could not be saved: %2")
                                .arg(MongoUri::redacted(uri), added.error().toString());
        Q_EMIT message(why);
        Q_EMIT failed(why);
        return;
    }
    m_profileId = added->id;
    m_workspace->setBackupFolder(m_server->backupFolder());
    m_workspace->setCurrentProfileId(m_profileId);
    Q_EMIT message(tr("Demo server ready at %1 with the sample database \"%2\". It stops when Lifeboat quits.")
                       .arg(MongoUri::hosts(uri), DemoCatalog::databaseName()));
    Q_EMIT ready(m_profileId);
}

} // namespace lifeboat::app
