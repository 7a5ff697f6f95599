#include "app/widgets/VerificationTableModel.h"

#include "app/widgets/ThemeColors.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace lifeboat::app {

namespace {
QString count(qint64 n)
{
    return n < 0 ? QStringLiteral("—") : QLocale().toString(n);
}

QColor background(VerificationStatus status)
{
    switch (status) {
    case VerificationStatus::Ok: return ThemeColors::color(ThemeColors::Role::SuccessBackground);
    case VerificationStatus::Mismatch: return ThemeColors::color(ThemeColors::Role::ErrorBackground);
    case VerificationStatus::Skipped: break;
    }
    return ThemeColors::color(ThemeColors::Role::MutedBackground);
}

QColor foreground(VerificationStatus status)
{
    switch (status) {
    case VerificationStatus::Ok: return ThemeColors::color(ThemeColors::Role::Success);
    case VerificationStatus::Mismatch: return ThemeColors::color(ThemeColors::Role::Error);
    case VerificationStatus::Skipped: break;
    }
    return ThemeColors::color(ThemeColors::Role::Muted);
}
} // namespace

VerificationTableModel::VerificationTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void VerificationTableModel::setReport(const VerificationReport &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

int VerificationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.rows.size());
}

int VerificationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString VerificationTableModel::statusName(VerificationStatus status)
{
    switch (status) {
    case VerificationStatus::Ok: return tr("ok");
    case VerificationStatus::Mismatch: return tr("mismatch");
    case VerificationStatus::Skipped: return tr("skipped");
    }
    return toString(status);
}

QVariant VerificationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_report.rows.size())
        return {};
    const VerificationRow &r = m_report.rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Database: return r.database;
        case Collection: return r.collection;
        case Type: return r.type;
        case ArchiveCount: return count(r.fileCount);
        case DatabaseCount: return count(r.dbCount);
        case Sample: return r.sampleSize > 0 ? QLocale().toString(r.sampleSize) : QStringLiteral("—");
        case Status: return statusName(r.status);
        case Notes: return r.notes.join(QStringLiteral("; "));
        default: return {};
        }
    case Qt::ToolTipRole: {
        QStringList lines;
        if (!r.sampleHashArchive.isEmpty() || !r.sampleHashDb.isEmpty())
            lines << tr("Sample hash: archive %1, database %2").arg(r.sampleHashArchive, r.sampleHashDb);
        if (!r.digestArchive.isEmpty() || !r.digestDb.isEmpty())
            lines << tr("Digest: archive %1, database %2").arg(r.digestArchive, r.digestDb);
        lines << r.notes;
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::BackgroundRole:
        return QBrush(background(r.status));
    case Qt::ForegroundRole:
        return QBrush(foreground(r.status));
    case Qt::TextAlignmentRole:
        if (index.column() == ArchiveCount || index.column() == DatabaseCount || index.column() == Sample)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case StatusRole:
        return toString(r.status);
    default:
        return {};
    }
}

QVariant VerificationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Database: return tr("Database");
    case Collection: return tr("Collection");
    case Type: return tr("Type");
    case ArchiveCount: return tr("In archive");
    case DatabaseCount: return tr("In database");
    case Sample: return tr("Sampled");
    case Status: return tr("Status");
    case Notes: return tr("Notes");
    default: return {};
    }
}

} // namespace lifeboat::app
