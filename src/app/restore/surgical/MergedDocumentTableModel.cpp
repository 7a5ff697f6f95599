#include "app/restore/surgical/MergedDocumentTableModel.h"

#include "app/restore/surgical/DocumentIdText.h"
#include "app/widgets/ThemeColors.h"

#include <algorithm>

namespace lifeboat::app {

MergedDocumentTableModel::MergedDocumentTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void MergedDocumentTableModel::setDocuments(const QList<MergedDocument> &documents)
{
    beginResetModel();
    QList<std::pair<QString, MergedDocument>> rows;
    for (const MergedDocument &d : documents)
        rows.append({DocumentIdText::relaxed(d.id), d});
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return DocumentIdText::lessThan(a.first, b.first); });
    m_documents.clear();
    m_ids.clear();
    for (const auto &[id, d] : rows) {
        m_ids << id;
        m_documents << d;
    }
    endResetModel();
}

QString MergedDocumentTableModel::actionText(const QString &action)
{
    if (action == QLatin1String("insert"))
        return tr("inserted");
    if (action == QLatin1String("replace"))
        return tr("replaced");
    return action;
}

QString MergedDocumentTableModel::statusText(const QString &status)
{
    if (status == QLatin1String("ok"))
        return tr("verified");
    if (status == QLatin1String("mismatch"))
        return tr("differs from the backup");
    if (status == QLatin1String("missing"))
        return tr("missing");
    if (status == QLatin1String("conflict"))
        return tr("appeared meanwhile, left alone");
    if (status == QLatin1String("unverified"))
        return tr("written, not read back (the restore stopped)");
    return status;
}

int MergedDocumentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int MergedDocumentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MergedDocumentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_documents.size())
        return {};
    const MergedDocument &d = m_documents.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == StatusColumn && d.status != QLatin1String("ok"))
        return ThemeColors::color(d.status == QLatin1String("unverified") ? ThemeColors::Role::Muted : ThemeColors::Role::Error);
    if (role == CanonicalIdRole)
        return QString::fromUtf8(d.id);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn: return m_ids.at(index.row());
    case ActionColumn: return actionText(d.action);
    case StatusColumn: return statusText(d.status);
    default: return {};
    }
}

QVariant MergedDocumentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("_id");
    case ActionColumn: return tr("Done");
    case StatusColumn: return tr("Verification");
    default: return {};
    }
}

} // namespace lifeboat::app
