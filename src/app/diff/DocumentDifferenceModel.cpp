#include "app/diff/DocumentDifferenceModel.h"

#include "app/widgets/ThemeColors.h"

#include <QBrush>
#include <QSaveFile>

namespace lifeboat::app {

namespace {


ThemeColors::Role roleOf(DocumentDifference::Kind kind)
{
    switch (kind) {
    case DocumentDifference::Kind::OnlyInArchive: return ThemeColors::Role::Error;
    case DocumentDifference::Kind::OnlyInTarget: return ThemeColors::Role::Success;
    case DocumentDifference::Kind::Different: break;
    }
    return ThemeColors::Role::Busy;
}

} // namespace

DocumentDifferenceModel::DocumentDifferenceModel(QObject *parent) : QAbstractTableModel(parent) {}

void DocumentDifferenceModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void DocumentDifferenceModel::append(const QList<DocumentDifference> &differences)
{
    if (differences.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + differences.size() - 1));
    m_rows << differences;
    endInsertRows();
}

int DocumentDifferenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DocumentDifferenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DocumentDifferenceModel::stateName(DocumentDifference::Kind kind)
{
    switch (kind) {
    case DocumentDifference::Kind::OnlyInArchive: return tr("only in the backup");
    case DocumentDifference::Kind::OnlyInTarget: return tr("only in the database");
    case DocumentDifference::Kind::Different: return tr("changed");
    }
    return {};
}

QVariant DocumentDifferenceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DocumentDifference &d = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Id: return QString::fromUtf8(d.id);
        case State: return stateName(d.kind);
        case ChangedFields: return d.changedFields.join(QStringLiteral(", "));
        default: return {};
        }
    case Qt::ForegroundRole:
        return index.column() == State ? QVariant(QBrush(ThemeColors::color(roleOf(d.kind)))) : QVariant();
    case KindRole:
        return DocumentDifference::kindName(d.kind);
    default:
        return {};
    }
}

QVariant DocumentDifferenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id: return tr("_id");
    case State: return tr("State");
    case ChangedFields: return tr("Changed fields");
    default: return {};
    }
}

QByteArray DocumentDifferenceModel::toCsv(const QList<DocumentDifference> &rows)
{
    QByteArray csv = DocumentDifference::csvHeader();
    for (const DocumentDifference &d : rows)
        csv += d.csvRow();
    return csv;
}

Status DocumentDifferenceModel::writeCsv(const QString &path, const QList<DocumentDifference> &rows)
{
    QSaveFile file(path);
    const QByteArray csv = toCsv(rows);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
        return Error(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace lifeboat::app
