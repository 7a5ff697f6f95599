#include "app/snapshots/SnapshotTableModel.h"

#include "app/widgets/ThemeColors.h"
#include "app/widgets/ProgressText.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace lifeboat::app {

SnapshotTableModel::SnapshotTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void SnapshotTableModel::setEntries(const QList<SnapshotEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

const SnapshotEntry *SnapshotTableModel::entry(const QString &name) const
{
    const int row = rowOf(name);
    return row < 0 ? nullptr : &m_entries.at(row);
}

int SnapshotTableModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).name == name)
            return i;
    }
    return -1;
}

int SnapshotTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int SnapshotTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SnapshotTableModel::levelText(const SnapshotEntry &entry)
{
    if (entry.server == QLatin1String("matrixone")) // MatrixOneSnapshot::toEntry(): the scope's own words
        return entry.scope == QLatin1String("table") ? tr("table") : entry.scope == QLatin1String("account") ? tr("account") : tr("database");
    switch (entry.info.level) {
    case SnapshotLevel::Collection: return tr("collection");
    case SnapshotLevel::Database: return tr("database");
    case SnapshotLevel::Deployment: return tr("deployment");
    }
    return entry.levelName();
}

QString SnapshotTableModel::verificationText(SnapshotVerification v)
{
    switch (v) {
    case SnapshotVerification::Never: return tr("never");
    case SnapshotVerification::Ok: return tr("ok");
    case SnapshotVerification::Mismatch: return tr("mismatch");
    }
    return {};
}

QString SnapshotTableModel::databaseText(const SnapshotEntry &entry)
{
    const QString db = entry.database();
    return db.isEmpty() ? entry.databases.join(QStringLiteral(", ")) : db;
}

QVariant SnapshotTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const SnapshotEntry &e = m_entries.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case NameRole: return e.name;
    case VerifiedRole: return snapshotVerificationName(e.verification);
    case Qt::DisplayRole: return displayText(e, column);
    case SortRole: return sortValue(e, column);
    case Qt::ToolTipRole: return toolTip(e, column);
    case Qt::ForegroundRole: return foreground(e, column);
    case Qt::TextAlignmentRole:
        if (column == Collections || column == Documents || column == Size)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant SnapshotTableModel::displayText(const SnapshotEntry &e, Column column)
{
    if (!e.usable() && column != Name && column != Created && column != Size)
        return column == Purpose ? tr("unusable") : QString();
    switch (column) {
    case Name: return e.name;
    case Created: return QLocale().toString(e.createdAt.toLocalTime(), QLocale::ShortFormat);
    case Level: return levelText(e);
    case Database: return databaseText(e);
    case Collections: return QLocale().toString(e.collections.size());
    case Documents: return QLocale().toString(e.documents);
    case Size: return ProgressText::bytes(e.fileSize);
    case Purpose: return e.info.purpose;
    case Verified: return verificationText(e.verification);
    default: return {};
    }
}

QVariant SnapshotTableModel::sortValue(const SnapshotEntry &e, Column column)
{
    switch (column) {
    case Created: return e.createdAt;
    case Collections: return qint64(e.collections.size());
    case Documents: return e.documents;
    case Size: return e.fileSize;
    default: return displayText(e, column);
    }
}

QVariant SnapshotTableModel::foreground(const SnapshotEntry &e, Column column)
{
    if (!e.usable())
        return QBrush(ThemeColors::color(ThemeColors::Role::Error));
    if (column == Verified && e.verification == SnapshotVerification::Ok)
        return QBrush(ThemeColors::color(ThemeColors::Role::Success));
    if (column == Verified && e.verification == SnapshotVerification::Mismatch)
        return QBrush(ThemeColors::color(ThemeColors::Role::Error));
    return {};
}

QVariant SnapshotTableModel::toolTip(const SnapshotEntry &e, Column column)
{
    if (!e.usable())
        return tr("This archive cannot be used: %1").arg(e.problem);
    if (column == Verified && e.verifiedAt.isValid()) {
        const QString when = QLocale().toString(e.verifiedAt.toLocalTime(), QLocale::ShortFormat);
        return e.verificationNote.isEmpty() ? when : tr("%1, %2").arg(when, e.verificationNote);
    }
    if (column == Name && !e.info.description.isEmpty())
        return e.info.description;
    if (column == Size)
        return tr("%1 on disk; %2 of documents").arg(ProgressText::bytes(e.fileSize), ProgressText::bytes(e.bytes));
    return {};
}

QVariant SnapshotTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Created: return tr("Created");
    case Level: return tr("Level");
    case Database: return tr("Database");
    case Collections: return tr("Collections");
    case Documents: return tr("Documents");
    case Size: return tr("Size");
    case Purpose: return tr("Purpose");
    case Verified: return tr("Verified");
    default: return {};
    }
}

} // namespace lifeboat::app
