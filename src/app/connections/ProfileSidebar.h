#pragma once

#include "app/connections/ConnectionTester.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QLayout;
class QListWidget;
class QListWidgetItem;

namespace lifeboat::app {

class DatabaseTree;
class ProfileDialog;
class Workspace;

// The left side of the main window: the saved connection profiles (objectName "profileList"),
// each with its environment (production in red, tagged), the actions Add, Edit, Duplicate,
// Delete and Test connection, and below them the databases of the selected profile
// (DatabaseTree, objectName "databaseTree"). Selecting a profile makes it the workspace's
// current profile. Nothing here waits: dialogs open without a modal loop, the keychain and
// the server are asked asynchronously.
class ProfileSidebar final : public QWidget {
    Q_OBJECT
public:
    // Asks the user a yes/no question; true for yes. The default shows a QMessageBox.
    using Confirm = std::function<bool(const QString &title, const QString &question)>;

    // Item data of the list: the profile's id and environment name.
    static constexpr int IdRole = Qt::UserRole;
    static constexpr int EnvironmentRole = Qt::UserRole + 1;

    explicit ProfileSidebar(Workspace *workspace, QWidget *parent = nullptr);
    ~ProfileSidebar() override;

    QListWidget *profileList() const { return m_list; }
    DatabaseTree *databaseTree() const { return m_tree; }
    // The profile dialog that Add or Edit opened, while it is open.
    ProfileDialog *profileDialog() const;
    // Replaces the confirmation box (tests answer without a modal loop).
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    // Whether the first-run panel offers "Try the demo" (not in the demo itself).
    void setDemoOffered(bool offered);
    // What shows instead of the list while there is no connection (objectName "firstRunPanel").
    QWidget *firstRunPanel() const { return m_firstRun; }

public Q_SLOTS:
    void addProfile();
    void editProfile();
    void duplicateProfile();
    // Asks first; removes the profile and its keychain entry.
    void removeProfile();
    void testProfile();

Q_SIGNALS:
    // A duplicate was saved (and selected).
    void profileDuplicated(const QString &id);
    // A profile and its password are gone.
    void profileRemoved(const QString &id);
    // Something the user asked for failed; the status line says what.
    void operationFailed(const QString &message);
    void testFinished(const lifeboat::app::ConnectionTester::Outcome &outcome);
    // "Try the demo" on the first-run panel.
    void demoRequested();

private:
    void createActions();
    void setUpListAndStatus();
    QLayout *actionButtons();
    QLayout *databasesHeader();
    QWidget *createFirstRunPanel();
    void layOut();
    void connectList();
    void reload();
    void selectCurrent();
    void updateActions();
    void showStatus(const QString &text, const QString &details = {}, bool error = false);
    void openDialog(ProfileDialog *dialog);
    QString selectedId() const;
    QAction *makeAction(const QString &objectName, const QString &text, const QString &toolTip);

    Workspace *m_workspace;
    QListWidget *m_list;
    DatabaseTree *m_tree;
    QLabel *m_status;
    QWidget *m_firstRun = nullptr;
    QWidget *m_demoButton = nullptr;
    QWidget *m_databasesPane = nullptr; // the tree and its header
    ConnectionTester *m_tester;
    QAction *m_addAction;
    QAction *m_editAction;
    QAction *m_duplicateAction;
    QAction *m_removeAction;
    QAction *m_testAction;
    QPointer<ProfileDialog> m_dialog;
    QString m_testedId; // the profile the running test is about
    Confirm m_confirm;
};

} // namespace lifeboat::app
