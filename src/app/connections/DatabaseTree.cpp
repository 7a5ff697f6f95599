#include "app/connections/DatabaseTree.h"

#include "app/jobs/Job.h"
#include "app/jobs/JobManager.h"

#include "app/connections/DatabaseTreeLoader.h"
#include "app/widgets/ProgressText.h"
#include "app/widgets/ThemeColors.h"
#include "app/window/Workspace.h"

#include <QAction>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <climits>

namespace lifeboat::app {

namespace {

constexpr int kStateRole = Qt::UserRole + 1;
enum LoadState { NotLoaded = 0, Loading, Loaded };

QString formatCount(qint64 count)
{
    return count < 0 ? QString() : QLocale().toString(count);
}

QString formatSize(qint64 bytes)
{
    return bytes < 0 ? QString() : ProgressText::bytes(bytes);
}

} // namespace

DatabaseTree::DatabaseTree(Workspace *workspace, QWidget *parent)
    : QTreeWidget(parent), m_workspace(workspace), m_refreshAction(new QAction(tr("&Refresh"), this)),
      m_backupAction(new QAction(tr("&Back up…"), this)), m_snapshotAction(new QAction(tr("&Snapshot…"), this)),
      m_restoreIntoAction(new QAction(tr("Restore &into…"), this))
{
    setObjectName(QStringLiteral("databaseTree"));
    setHeaderLabels({tr("Database / collection"), tr("Documents"), tr("Size")});
    setColumnCount(3);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(CountColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    setWordWrap(true);
    setUniformRowHeights(false);
    setAccessibleName(tr("Databases of the selected connection"));

    m_refreshAction->setObjectName(QStringLiteral("actionRefreshDatabases"));
    // F5 is the main window's Refresh, which refreshes this tree too.
    m_refreshAction->setToolTip(tr("Fetch the databases and collections again"));
    m_refreshAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_backupAction->setObjectName(QStringLiteral("actionBackupSelected"));
    m_snapshotAction->setObjectName(QStringLiteral("actionSnapshotSelected"));
    m_restoreIntoAction->setObjectName(QStringLiteral("actionRestoreIntoSelected"));
    connect(m_backupAction, &QAction::triggered, this, [this] {
        if (!selectedDatabase().isEmpty())
            Q_EMIT backupRequested(selectedDatabase(), selectedCollection());
    });
    connect(m_snapshotAction, &QAction::triggered, this, [this] {
        if (!selectedDatabase().isEmpty())
            Q_EMIT snapshotRequested(selectedDatabase());
    });
    connect(m_restoreIntoAction, &QAction::triggered, this, [this] {
        if (!selectedDatabase().isEmpty())
            Q_EMIT restoreIntoRequested(selectedDatabase());
    });
    m_refreshAction->setEnabled(false);
    addAction(m_refreshAction);
    connect(m_refreshAction, &QAction::triggered, this, &DatabaseTree::refresh);

    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, &DatabaseTree::showContextMenu);
    connect(this, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem *item) {
        if (item->data(NameColumn, KindRole).toInt() == DatabaseItem && item->data(NameColumn, kStateRole).toInt() == NotLoaded)
            loadCollections(item);
    });
    // Restores, clones, rollbacks and drops change what the server holds: the tree follows.
    connect(m_workspace->jobs(), &JobManager::jobFinished, this, [this](Job *job) {
        if (m_profile && (job->kind() == QLatin1String("restore") || job->kind() == QLatin1String("drop")))
            refresh();
    });
}

// Running loads hold their own pool reference and drop their answer (the watchers go with us).
DatabaseTree::~DatabaseTree() = default;

void DatabaseTree::setProfile(const std::optional<profiles::ConnectionProfile> &profile)
{
    if (profile == m_profile)
        return;
    m_profile = profile;
    refresh();
}

QTreeWidgetItem *DatabaseTree::databaseItem(const QString &database) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = topLevelItem(i);
        if (item->data(NameColumn, KindRole).toInt() == DatabaseItem && item->text(NameColumn) == database)
            return item;
    }
    return nullptr;
}

void DatabaseTree::refresh()
{
    QSet<QString> expanded;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->data(NameColumn, KindRole).toInt() == DatabaseItem && topLevelItem(i)->isExpanded())
            expanded.insert(topLevelItem(i)->text(NameColumn));
    }
    const quint64 generation = ++m_generation;
    m_pendingLoads = 0;
    m_pool.reset(); // DatabaseTreeLoader::share(): closed in a worker thread
    clear();
    m_refreshAction->setEnabled(m_profile.has_value());
    if (!m_profile)
        return;
    if (m_profile->isMatrixOne()) {
        // This tree browses MongoDB collections (and its menu backs them up); a MatrixOne
        // profile's databases are snapshotted, cloned and rolled back in the Snapshots tab.
        addMessage(nullptr, EmptyItem, tr("MatrixOne: see the Snapshots tab."),
                   tr("The databases of a MatrixOne profile are snapshotted, cloned to verify and rolled back in the Snapshots tab "
                      "and with Safe change…; they are not browsed here."));
        Q_EMIT databasesLoaded();
        return;
    }

    addMessage(nullptr, LoadingItem, tr("Loading…"));
    ++m_pendingLoads;
    QPointer<DatabaseTree> self(this);
    const profiles::ConnectionProfile profile = *m_profile;
    m_workspace->resolveUri(profile, [self, generation, expanded, profile](Result<QString> uri) {
        if (!self || generation != self->m_generation)
            return;
        if (!uri) {
            --self->m_pendingLoads;
            self->clear();
            self->addMessage(nullptr, ErrorItem, tr("Cannot read the password of \"%1\" from the system keychain.").arg(profile.name),
                             uri.error().toString());
            Q_EMIT self->databasesLoaded();
            return;
        }
        auto *watcher = new QFutureWatcher<DatabaseTreeLoader::Databases>(self);
        connect(watcher, &QFutureWatcher<DatabaseTreeLoader::Databases>::finished, self, [self, watcher, generation, expanded] {
            watcher->deleteLater();
            if (generation != self->m_generation)
                return; // a newer load or another profile: drop this one
            --self->m_pendingLoads;
            const DatabaseTreeLoader::Databases databases = watcher->result();
            self->clear();
            if (!databases.ok()) {
                self->addMessage(nullptr, ErrorItem, databases.outcome.summary, databases.outcome.details);
                Q_EMIT self->databasesLoaded();
                return;
            }
            self->m_pool = databases.pool;
            if (databases.names.isEmpty())
                self->addMessage(nullptr, EmptyItem, tr("No databases yet."));
            for (const QString &name : databases.names) {
                auto *item = new QTreeWidgetItem(self, {name});
                item->setData(NameColumn, KindRole, DatabaseItem);
                item->setData(NameColumn, kStateRole, NotLoaded);
                item->setIcon(NameColumn, self->style()->standardIcon(QStyle::SP_DriveHDIcon));
                item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
                item->setToolTip(NameColumn, tr("Database %1: open it to see its collections").arg(name));
            }
            Q_EMIT self->databasesLoaded();
            for (const QString &name : expanded) {
                if (QTreeWidgetItem *item = self->databaseItem(name))
                    item->setExpanded(true); // loads its collections again
            }
        });
        watcher->setFuture(QtConcurrent::run([uri = *uri] { return DatabaseTreeLoader::listDatabases(uri); }));
    });
}

void DatabaseTree::loadCollections(QTreeWidgetItem *node)
{
    const QString database = node->text(NameColumn);
    qDeleteAll(node->takeChildren());
    if (!m_pool) // not connected (any more): nothing to ask
        return;
    node->setData(NameColumn, kStateRole, Loading);
    addMessage(node, LoadingItem, tr("Loading…"));
    ++m_pendingLoads;

    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<DatabaseTreeLoader::Collections>(this);
    connect(watcher, &QFutureWatcher<DatabaseTreeLoader::Collections>::finished, this, [this, watcher, generation, database] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        --m_pendingLoads;
        QTreeWidgetItem *item = databaseItem(database);
        if (!item)
            return;
        const DatabaseTreeLoader::Collections result = watcher->result();
        qDeleteAll(item->takeChildren());
        item->setData(NameColumn, kStateRole, Loaded);
        if (!result.ok()) {
            addMessage(item, ErrorItem, result.outcome.summary, result.outcome.details);
            item->setData(NameColumn, kStateRole, NotLoaded); // closing and opening tries again
            Q_EMIT collectionsLoaded(database);
            return;
        }
        if (result.collections.isEmpty())
            addMessage(item, EmptyItem, tr("No collections."));
        qint64 totalCount = 0;
        qint64 totalSize = 0;
        for (const DatabaseTreeLoader::Collection &collection : result.collections) {
            auto *child = new QTreeWidgetItem(item);
            child->setData(NameColumn, KindRole, CollectionItem);
            child->setText(NameColumn, collection.name);
            if (collection.type == QLatin1String("view")) {
                child->setText(CountColumn, tr("view"));
                child->setToolTip(NameColumn, tr("View %1.%2 (no documents of its own)").arg(database, collection.name));
            } else {
                child->setText(CountColumn, formatCount(collection.count));
                child->setText(SizeColumn, formatSize(collection.size));
                child->setToolTip(NameColumn, tr("%1.%2: about %Ln document(s)", nullptr, int(qMin<qint64>(collection.count, INT_MAX)))
                                                  .arg(database, collection.name));
                totalCount += qMax<qint64>(0, collection.count);
                totalSize += qMax<qint64>(0, collection.size);
            }
            child->setTextAlignment(CountColumn, Qt::AlignRight | Qt::AlignVCenter);
            child->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
            child->setData(CountColumn, Qt::UserRole, collection.count);
            child->setData(SizeColumn, Qt::UserRole, collection.size);
        }
        item->setText(CountColumn, formatCount(totalCount));
        item->setText(SizeColumn, formatSize(totalSize));
        item->setTextAlignment(CountColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        Q_EMIT collectionsLoaded(database);
    });
    watcher->setFuture(QtConcurrent::run(
        [pool = m_pool, database] { return DatabaseTreeLoader::listCollections(pool, database); }));
}

void DatabaseTree::addMessage(QTreeWidgetItem *parent, ItemKind kind, const QString &text, const QString &details)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
    item->setData(NameColumn, KindRole, kind);
    item->setText(NameColumn, text);
    item->setToolTip(NameColumn, details.isEmpty() ? text : text + QStringLiteral("\n\n") + details);
    item->setFlags(Qt::ItemIsEnabled);
    QFont font = item->font(NameColumn);
    font.setItalic(kind != ErrorItem);
    item->setFont(NameColumn, font);
    if (kind == ErrorItem) {
        item->setForeground(NameColumn, ThemeColors::color(ThemeColors::Role::Error, palette()));
        item->setIcon(NameColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
    item->setFirstColumnSpanned(true);
}

QString DatabaseTree::selectedDatabase() const
{
    const QTreeWidgetItem *item = currentItem();
    if (!item || !item->isSelected())
        return {};
    const int kind = item->data(NameColumn, KindRole).toInt();
    if (kind == DatabaseItem)
        return item->text(NameColumn);
    if (kind == CollectionItem && item->parent())
        return item->parent()->text(NameColumn);
    return {};
}

QString DatabaseTree::selectedCollection() const
{
    const QTreeWidgetItem *item = currentItem();
    if (!item || !item->isSelected() || item->data(NameColumn, KindRole).toInt() != CollectionItem)
        return {};
    return item->text(NameColumn);
}

QMenu *DatabaseTree::contextMenu()
{
    const QString database = selectedDatabase();
    const QString collection = selectedCollection();
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("databaseTreeMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    m_backupAction->setText(database.isEmpty() ? tr("&Back up…")
                            : collection.isEmpty() ? tr("&Back up %1…").arg(database)
                                                   : tr("&Back up %1.%2…").arg(database, collection));
    m_snapshotAction->setText(database.isEmpty() ? tr("&Snapshot…") : tr("&Snapshot %1…").arg(database));
    m_restoreIntoAction->setText(database.isEmpty() ? tr("Restore &into…") : tr("Restore &into %1…").arg(database));
    for (QAction *action : {m_backupAction, m_snapshotAction, m_restoreIntoAction})
        action->setEnabled(!database.isEmpty());
    menu->addActions({m_backupAction, m_snapshotAction, m_restoreIntoAction});
    menu->addSeparator();
    menu->addAction(m_refreshAction);
    return menu;
}

void DatabaseTree::showContextMenu(const QPoint &pos)
{
    if (QTreeWidgetItem *item = itemAt(pos))
        setCurrentItem(item);
    contextMenu()->popup(viewport()->mapToGlobal(pos));
}

} // namespace lifeboat::app
