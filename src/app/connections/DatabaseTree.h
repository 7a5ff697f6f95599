#pragma once

#include "profiles/ConnectionProfile.h"

#include <QTreeWidget>

#include <memory>
#include <optional>

class QAction;
class QMenu;

namespace lifeboat {
class MongoClientPool;
}

namespace lifeboat::app {

class Workspace;

// The databases of one profile and, as each is opened, its collections with their estimated
// document counts and data sizes (objectName "databaseTree"). Everything is fetched in worker
// threads (DatabaseTreeLoader); meanwhile a "Loading…" item shows, and errors appear as items
// in plain words. Answers that arrive after the profile changed or a refresh are dropped. A
// restore, clone, rollback or drop job that ends refreshes it.
class DatabaseTree final : public QTreeWidget {
    Q_OBJECT
public:
    enum Column { NameColumn, CountColumn, SizeColumn };
    // Item data under Qt::UserRole: what the item is.
    enum ItemKind { DatabaseItem = 1, CollectionItem, LoadingItem, ErrorItem, EmptyItem };
    static constexpr int KindRole = Qt::UserRole;

    explicit DatabaseTree(Workspace *workspace, QWidget *parent = nullptr);
    ~DatabaseTree() override;

    // Shows the databases of `profile`; nothing without one. The same profile again changes
    // nothing (refresh() reloads).
    void setProfile(const std::optional<profiles::ConnectionProfile> &profile);
    const std::optional<profiles::ConnectionProfile> &profile() const { return m_profile; }

    // True while the database list, or any database's collections, is being fetched.
    bool isLoading() const { return m_pendingLoads > 0; }
    QAction *refreshAction() const { return m_refreshAction; }
    // The database of the selected row (a database or one of its collections), or empty.
    QString selectedDatabase() const;
    // The selected collection, or empty when a database (or nothing) is selected.
    QString selectedCollection() const;
    // The context menu of the selected row: Back up…, Snapshot…, Restore into…, Refresh.
    QMenu *contextMenu();
    // The top-level item of `database`, if listed.
    QTreeWidgetItem *databaseItem(const QString &database) const;

public Q_SLOTS:
    // Fetches everything again; databases that were open open again.
    void refresh();

Q_SIGNALS:
    // The database list (or why there is none) is shown.
    void databasesLoaded();
    // The collections of `database` (or why there are none) are shown.
    void collectionsLoaded(const QString &database);
    // The context menu's actions on the selected row.
    void backupRequested(const QString &database, const QString &collection);
    void snapshotRequested(const QString &database);
    void restoreIntoRequested(const QString &database);

private:
    void loadCollections(QTreeWidgetItem *node);
    void addMessage(QTreeWidgetItem *parent, ItemKind kind, const QString &text, const QString &details = {});
    void showContextMenu(const QPoint &pos);

    Workspace *m_workspace;
    std::optional<profiles::ConnectionProfile> m_profile;
    std::shared_ptr<MongoClientPool> m_pool; // of the current generation, once connected
    quint64 m_generation = 0;
    int m_pendingLoads = 0;
    QAction *m_refreshAction;
    QAction *m_backupAction;
    QAction *m_snapshotAction;
    QAction *m_restoreIntoAction;
};

} // namespace lifeboat::app
