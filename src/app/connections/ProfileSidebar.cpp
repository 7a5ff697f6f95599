#include "app/connections/ProfileSidebar.h"

#include "app/connections/DatabaseTree.h"
#include "core/config/MongoUri.h"
#include "app/connections/ProfileDialog.h"
#include "profiles/ProfileStore.h"
#include "app/widgets/RowKeys.h"
#include "app/widgets/ThemeColors.h"
#include "app/window/Workspace.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace lifeboat::app {

using profiles::ConnectionProfile;

namespace {

QString environmentLabel(ConnectionProfile::Environment environment)
{
    switch (environment) {
    case ConnectionProfile::Environment::Production: return ProfileSidebar::tr("PRODUCTION");
    case ConnectionProfile::Environment::Staging: return ProfileSidebar::tr("Staging");
    case ConnectionProfile::Environment::Development: return ProfileSidebar::tr("Development");
    }
    return {};
}

} // namespace

ProfileSidebar::ProfileSidebar(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_list(new QListWidget(this)), m_tree(new DatabaseTree(workspace, this)),
      m_status(new QLabel(this)), m_tester(new ConnectionTester(this))
{
    setObjectName(QStringLiteral("profileSidebar"));
    m_confirm = [this](const QString &title, const QString &question) {
        return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               == QMessageBox::Yes;
    };
    createActions();
    setUpListAndStatus();
    layOut();
    connectList();
    connect(m_workspace, &Workspace::currentProfileChanged, this, [this] {
        m_testedId.clear();
        selectCurrent();
        m_tree->setProfile(m_workspace->currentProfile());
        m_status->hide();
    });
    connect(m_workspace->profiles(), &profiles::ProfileStore::profilesChanged, this, &ProfileSidebar::reload);
    connect(m_tester, &ConnectionTester::finished, this, [this](const ConnectionTester::Outcome &outcome) {
        if (m_testedId != selectedId())
            return; // another profile is selected by now: this answer is not about it
        showStatus(outcome.summary, outcome.details, !outcome.ok());
        m_testAction->setEnabled(!selectedId().isEmpty());
        Q_EMIT testFinished(outcome);
    });
    reload();
}

void ProfileSidebar::createActions()
{
    m_addAction = makeAction(QStringLiteral("actionAddProfile"), tr("&Add…"), tr("Add a connection"));
    m_editAction = makeAction(QStringLiteral("actionEditProfile"), tr("&Edit…"), tr("Edit the selected connection"));
    m_duplicateAction = makeAction(QStringLiteral("actionDuplicateProfile"), tr("D&uplicate"),
                                   tr("Copy the selected connection, with its password"));
    m_removeAction = makeAction(QStringLiteral("actionDeleteProfile"), tr("&Delete…"),
                                tr("Delete the selected connection and its saved password"));
    m_testAction = makeAction(QStringLiteral("actionTestProfile"), tr("&Test"), tr("Test the selected connection"));
    connect(m_addAction, &QAction::triggered, this, &ProfileSidebar::addProfile);
    connect(m_editAction, &QAction::triggered, this, &ProfileSidebar::editProfile);
    connect(m_duplicateAction, &QAction::triggered, this, &ProfileSidebar::duplicateProfile);
    connect(m_removeAction, &QAction::triggered, this, &ProfileSidebar::removeProfile);
    connect(m_testAction, &QAction::triggered, this, &ProfileSidebar::testProfile);
}

void ProfileSidebar::setUpListAndStatus()
{
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Connections"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setWordWrap(true);

    m_status->setObjectName(QStringLiteral("profileStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
}

// A row of text buttons, one per action: Add, Edit, Duplicate, Delete, Test.
QLayout *ProfileSidebar::actionButtons()
{
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    const std::pair<QAction *, const char *> buttonActions[] = {
        {m_addAction, "addProfileButton"},         {m_editAction, "editProfileButton"},
        {m_duplicateAction, "duplicateProfileButton"}, {m_removeAction, "deleteProfileButton"},
        {m_testAction, "testProfileButton"}};
    for (const auto &[action, name] : buttonActions) {
        auto *button = new QToolButton(this);
        button->setObjectName(QString::fromLatin1(name));
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    return buttons;
}

// "Databases", in bold, and the tree's Refresh button.
QLayout *ProfileSidebar::databasesHeader()
{
    auto *header = new QHBoxLayout;
    auto *label = new QLabel(tr("Databases"), this);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    auto *refreshButton = new QToolButton(this);
    refreshButton->setObjectName(QStringLiteral("refreshDatabasesButton"));
    refreshButton->setDefaultAction(m_tree->refreshAction());
    header->addWidget(label);
    header->addStretch(1);
    header->addWidget(refreshButton);
    return header;
}

// While there is no connection: what to do, with Add connection… and Try the demo.
QWidget *ProfileSidebar::createFirstRunPanel()
{
    m_firstRun = new QWidget(this);
    m_firstRun->setObjectName(QStringLiteral("firstRunPanel"));
    auto *layout = new QVBoxLayout(m_firstRun);
    auto *text = new QLabel(tr("<b>No connections yet.</b><p>Add a connection to a MongoDB server to back up, "
                               "snapshot and restore its databases.</p><p>Or try the demo first: a local server with "
                               "a sample shop, in a window of its own. Your settings are not touched.</p>"),
                            m_firstRun);
    text->setObjectName(QStringLiteral("firstRunLabel"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    auto *add = new QPushButton(tr("&Add connection…"), m_firstRun);
    add->setObjectName(QStringLiteral("firstRunAddButton"));
    add->setDefault(true);
    auto *demo = new QPushButton(tr("Try the &demo"), m_firstRun);
    demo->setObjectName(QStringLiteral("firstRunDemoButton"));
    m_demoButton = demo;
    connect(add, &QPushButton::clicked, this, &ProfileSidebar::addProfile);
    connect(demo, &QPushButton::clicked, this, &ProfileSidebar::demoRequested);
    layout->addWidget(text);
    layout->addWidget(add);
    layout->addWidget(demo);
    layout->addStretch(1);
    m_firstRun->hide();
    return m_firstRun;
}

void ProfileSidebar::setDemoOffered(bool offered)
{
    m_demoButton->setVisible(offered);
}

// The profiles above, the databases below, in a splitter.
void ProfileSidebar::layOut()
{
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(actionButtons());
    topLayout->addWidget(createFirstRunPanel(), 1);
    topLayout->addWidget(m_list, 1);
    topLayout->addWidget(m_status);
    auto *bottom = new QWidget(this);
    m_databasesPane = bottom;
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(databasesHeader());
    bottomLayout->addWidget(m_tree, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    // The tab order of the screen: the buttons, the list (or the first-run panel), the tree.
    QList<QWidget *> order;
    for (const char *name : {"addProfileButton", "editProfileButton", "duplicateProfileButton", "deleteProfileButton",
                             "testProfileButton", "firstRunAddButton", "firstRunDemoButton"})
        order << findChild<QWidget *>(QLatin1String(name));
    order << m_list << findChild<QWidget *>(QStringLiteral("refreshDatabasesButton")) << m_tree;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
}

void ProfileSidebar::connectList()
{
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        m_workspace->setCurrentProfileId(current ? current->data(IdRole).toString() : QString());
        updateActions();
    });
    connect(m_list, &QListWidget::itemActivated, this, [this] { editProfile(); });
    // Delete on the list deletes the selected connection (after asking); Enter edits it.
    RowKeys::install(m_list, m_editAction, m_removeAction);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addActions({m_addAction, m_editAction, m_duplicateAction, m_removeAction});
        menu.addSeparator();
        menu.addAction(m_testAction);
        menu.exec(m_list->viewport()->mapToGlobal(pos));
    });
}

ProfileSidebar::~ProfileSidebar() = default;

ProfileDialog *ProfileSidebar::profileDialog() const
{
    return m_dialog;
}

QAction *ProfileSidebar::makeAction(const QString &objectName, const QString &text, const QString &toolTip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setToolTip(toolTip);
    action->setStatusTip(toolTip);
    QWidget::addAction(action);
    return action;
}

void ProfileSidebar::reload()
{
    {
        const QSignalBlocker blocker(m_list); // rebuilding is no selection by the user
        m_list->clear();
        for (const ConnectionProfile &profile : m_workspace->profiles()->list()) {
            const bool production = profile.environment == ConnectionProfile::Environment::Production;
            const QString hosts = MongoUri::hosts(profile.connectionString);
            auto *item = new QListWidgetItem(m_list);
            item->setText(tr("%1\n[%2] %3").arg(profile.name, environmentLabel(profile.environment), hosts));
            item->setData(IdRole, profile.id);
            item->setData(EnvironmentRole, ConnectionProfile::environmentName(profile.environment));
            item->setToolTip(tr("%1 (%2)\n%3%4")
                                 .arg(profile.name, ConnectionProfile::environmentName(profile.environment),
                                      MongoUri::redacted(profile.connectionString),
                                      profile.user.isEmpty() ? QString() : tr("\nuser %1").arg(profile.user)));
            if (production) {
                item->setForeground(ThemeColors::color(ThemeColors::Role::Error, palette()));
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
                item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            }
        }
    }
    const bool none = m_list->count() == 0;
    m_firstRun->setVisible(none);
    m_list->setVisible(!none);
    m_databasesPane->setVisible(!none); // no connection, no databases: the first run takes the room
    selectCurrent();
    // The current profile may have been edited (or deleted: the workspace then clears it).
    m_tree->setProfile(m_workspace->currentProfile());
    updateActions();
}

void ProfileSidebar::selectCurrent()
{
    const QString id = m_workspace->currentProfileId();
    const QSignalBlocker blocker(m_list);
    m_list->setCurrentItem(nullptr);
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(IdRole).toString() == id) {
            m_list->setCurrentRow(row);
            break;
        }
    }
    updateActions();
}

void ProfileSidebar::updateActions()
{
    const bool selected = !selectedId().isEmpty();
    m_editAction->setEnabled(selected);
    m_duplicateAction->setEnabled(selected);
    m_removeAction->setEnabled(selected);
    m_testAction->setEnabled(selected);
}

QString ProfileSidebar::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(IdRole).toString() : QString();
}

void ProfileSidebar::showStatus(const QString &text, const QString &details, bool error)
{
    m_status->setText(text);
    m_status->setToolTip(details);
    m_status->setStyleSheet(error ? ThemeColors::textStyle(ThemeColors::Role::Error) : QString());
    m_status->setVisible(!text.isEmpty());
    if (error)
        Q_EMIT operationFailed(text);
}

void ProfileSidebar::openDialog(ProfileDialog *dialog)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Selected once the password is saved too, so that the tree connects with it.
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString id = dialog->savedProfile().id;
        if (id != m_workspace->currentProfileId())
            m_workspace->setCurrentProfileId(id);
        else
            m_tree->refresh(); // a new password changes nothing in the settings, but what the tree sees
    });
    dialog->open(); // window-modal, without a nested event loop
}

void ProfileSidebar::addProfile()
{
    openDialog(new ProfileDialog(m_workspace->profiles(), std::nullopt, this));
}

void ProfileSidebar::editProfile()
{
    const auto profile = m_workspace->profiles()->find(selectedId());
    if (!profile)
        return;
    openDialog(new ProfileDialog(m_workspace->profiles(), profile, this));
}

void ProfileSidebar::duplicateProfile()
{
    const auto profile = m_workspace->profiles()->find(selectedId());
    if (!profile)
        return;
    m_duplicateAction->setEnabled(false);
    QPointer<ProfileSidebar> self(this);
    m_workspace->profiles()->duplicate(profile->id, tr("%1 (copy)").arg(profile->name),
                                       [self, name = profile->name](Result<ConnectionProfile> copy) {
                                           if (!self)
                                               return;
                                           self->updateActions();
                                           if (!copy) {
                                               self->showStatus(tr("Could not duplicate \"%1\".").arg(name),
                                                                copy.error().toString(), true);
                                               return;
                                           }
                                           self->m_workspace->setCurrentProfileId(copy->id);
                                           Q_EMIT self->profileDuplicated(copy->id);
                                       });
}

void ProfileSidebar::removeProfile()
{
    const auto profile = m_workspace->profiles()->find(selectedId());
    if (!profile)
        return;
    const QString question =
        profile->environment == ConnectionProfile::Environment::Production
            ? tr("Delete the PRODUCTION connection \"%1\"? Its saved password is removed from the system keychain. "
                 "The databases and the backups already made are not touched.")
                  .arg(profile->name)
            : tr("Delete the connection \"%1\"? Its saved password is removed from the system keychain. "
                 "The databases and the backups already made are not touched.")
                  .arg(profile->name);
    if (!m_confirm(tr("Delete connection"), question))
        return;
    m_removeAction->setEnabled(false);
    QPointer<ProfileSidebar> self(this);
    m_workspace->profiles()->remove(profile->id, [self, id = profile->id, name = profile->name](Status removed) {
        if (!self)
            return;
        self->updateActions();
        if (!removed) {
            self->showStatus(tr("Could not delete \"%1\": the system keychain did not remove its password, so the "
                                "connection was kept.")
                                 .arg(name),
                             removed.error().toString(), true);
            return;
        }
        self->showStatus(tr("Deleted \"%1\".").arg(name));
        Q_EMIT self->profileRemoved(id);
    });
}

void ProfileSidebar::testProfile()
{
    const auto profile = m_workspace->profiles()->find(selectedId());
    if (!profile)
        return;
    m_testAction->setEnabled(false);
    m_testedId = profile->id;
    showStatus(tr("Connecting to %1…").arg(MongoUri::hosts(profile->connectionString)));
    QPointer<ProfileSidebar> self(this);
    m_workspace->resolveUri(*profile, [self, name = profile->name, id = profile->id](Result<QString> uri) {
        if (!self || self->m_testedId != id)
            return;
        if (!uri) {
            self->m_testAction->setEnabled(true);
            ConnectionTester::Outcome failed;
            failed.problem = ConnectionTester::Problem::Authentication;
            failed.summary = tr("Cannot read the password of \"%1\" from the system keychain.").arg(name);
            failed.details = uri.error().toString();
            self->showStatus(failed.summary, failed.details, true);
            Q_EMIT self->testFinished(failed);
            return;
        }
        self->m_tester->start(*uri);
    });
}

} // namespace lifeboat::app
