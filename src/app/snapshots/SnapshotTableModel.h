#pragma once

#include "core/snapshot/SnapshotEntry.h"

#include <QAbstractTableModel>
#include <QList>

namespace lifeboat::app {

// The snapshots of a folder, as the catalog lists them (SnapshotEntry), one row each, with
// the columns of `lifeboat-cli snapshot list`: name, created, level, database, collections,
// documents, size, purpose, verified state. Read-only; sortable through SortRole.
class SnapshotTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Created, Level, Database, Collections, Documents, Size, Purpose, Verified, ColumnCount };
    static constexpr int NameRole = Qt::UserRole + 1;   // the snapshot's name
    static constexpr int SortRole = Qt::UserRole + 2;   // numbers and dates as values
    static constexpr int VerifiedRole = Qt::UserRole + 3; // "never", "ok", "mismatch" (untranslated)

    explicit SnapshotTableModel(QObject *parent = nullptr);

    void setEntries(const QList<SnapshotEntry> &entries);
    const QList<SnapshotEntry> &entries() const { return m_entries; }
    // The entry named `name`, or nullptr.
    const SnapshotEntry *entry(const QString &name) const;
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "database", "collection", "deployment" as the user reads them.
    static QString levelText(const SnapshotEntry &entry);
    // "never", "ok", "mismatch" as the user reads them.
    static QString verificationText(SnapshotVerification v);
    // The database column: the database, or the databases of a deployment snapshot.
    static QString databaseText(const SnapshotEntry &entry);

private:
    // data(), role by role.
    static QVariant displayText(const SnapshotEntry &entry, Column column);
    static QVariant sortValue(const SnapshotEntry &entry, Column column);
    static QVariant foreground(const SnapshotEntry &entry, Column column);
    static QVariant toolTip(const SnapshotEntry &entry, Column column);

    QList<SnapshotEntry> m_entries;
};

} // namespace lifeboat::app
