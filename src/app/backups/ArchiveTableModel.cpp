#include "app/backups/ArchiveTableModel.h"

#include "app/widgets/ThemeColors.h"
#include "core/config/MongoUri.h"
#include "app/widgets/ProgressText.h"

#include <QBrush>
#include <QColor>
#include <QFileInfo>
#include <QLocale>

namespace lifeboat::app {

namespace {
constexpr int MaxTooltipProblems = 20;

QString dash()
{
    return QStringLiteral("—");
}

// A count in the locale's digits; a dash when unknown (negative).
QString countText(qint64 n)
{
    return n < 0 ? dash() : QLocale().toString(n);
}

// "14:02" today, "2026-12-05 14:02" before.
QString whenText(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    return local.date() == QDate::currentDate() ? QLocale().toString(local.time(), QStringLiteral("HH:mm"))
                                                : QLocale().toString(local, QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

QStringList ArchiveTableModel::Entry::problems() const
{
    if (!integrityError.isEmpty())
        return {integrityError};
    if (inspection)
        return inspection->problems;
    return {};
}

qint64 ArchiveTableModel::Entry::documents() const
{
    if (summary.manifest)
        return summary.manifest->totalDocuments();
    if (!inspection)
        return -1;
    qint64 total = 0;
    for (const InspectedFile &f : inspection->files) {
        const auto role = inspection->layout.classify(f.path);
        if (f.parsed && role.kind == ArchiveLayout::FileRole::Collection && !role.isBucketFile)
            total += f.documents;
    }
    return total;
}

ArchiveTableModel::ArchiveTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ArchiveTableModel::setArchives(const QList<ArchiveSummary> &files)
{
    QHash<QString, const ArchiveSummary *> listed;
    for (const auto &f : files)
        listed.insert(f.path, &f);
    // Gone: remove, last row first, keeping what was checked.
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        if (!listed.contains(m_entries.at(row).summary.path)) {
            beginRemoveRows({}, row, row);
            const Entry gone = m_entries.takeAt(row);
            m_offList.insert(gone.summary.path, gone);
            endRemoveRows();
        }
    }
    for (const auto &f : files) {
        const int row = rowOf(f.path);
        if (row < 0) {
            Entry e{f, IntegrityState::NotChecked, IntegrityState::NotChecked, std::nullopt, {}, {}, false};
            if (auto before = m_offList.constFind(f.path); before != m_offList.cend()) {
                if (before->summary.sameFileAs(f)) {
                    e = *before;
                    if (!e.summary.read && f.read)
                        e.summary = f;
                }
                m_offList.erase(before);
            }
            if (const auto written = m_verifiedWhenWritten.constFind(QFileInfo(f.path).absoluteFilePath());
                written != m_verifiedWhenWritten.cend()) {
                e.integrity = IntegrityState::Ok;
                e.checkedAt = *written;
                e.checkedWhenWritten = true;
                m_verifiedWhenWritten.erase(written);
            }
            beginInsertRows({}, int(m_entries.size()), int(m_entries.size()));
            m_entries.append(e);
            endInsertRows();
            continue;
        }
        Entry &e = m_entries[row];
        if (e.summary.sameFileAs(f)) {
            if (!e.summary.read && f.read)
                e.summary = f;
            else
                continue;
        } else {
            // Another file under the same name: what was checked is no longer there.
            const bool checking = e.integrity == IntegrityState::Checking;
            e = Entry{f, checking ? IntegrityState::Checking : IntegrityState::NotChecked, IntegrityState::NotChecked,
                      std::nullopt, {}, {}, false};
        }
        changed(f.path);
    }
}

void ArchiveTableModel::updateSummary(const ArchiveSummary &summary)
{
    Entry *e = find(summary.path);
    if (!e || !e->summary.sameFileAs(summary))
        return; // read from a version of the file that has been replaced since
    e->summary = summary;
    changed(summary.path);
}

void ArchiveTableModel::setChecking(const QString &path)
{
    Entry *e = find(path);
    if (!e)
        return;
    if (e->integrity != IntegrityState::Checking)
        e->beforeCheck = e->integrity;
    e->integrity = IntegrityState::Checking;
    changed(path);
}

void ArchiveTableModel::setCheckCancelled(const QString &path)
{
    Entry *e = find(path);
    if (!e)
        return;
    e->integrity = e->beforeCheck;
    changed(path);
}

void ArchiveTableModel::setInspection(const QString &path, const InspectionReport &report)
{
    Entry *e = find(path);
    if (!e)
        return;
    e->inspection = report;
    e->integrityError.clear();
    e->integrity = report.ok() ? IntegrityState::Ok : IntegrityState::Problems;
    e->checkedAt = QDateTime::currentDateTimeUtc();
    e->checkedWhenWritten = false;
    changed(path);
}

void ArchiveTableModel::setVerifiedWhenWritten(const QString &path, const QDateTime &when)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (const Entry &listed : std::as_const(m_entries)) {
        if (QFileInfo(listed.summary.path).absoluteFilePath() != absolute)
            continue;
        Entry *e = find(listed.summary.path);
        e->integrity = IntegrityState::Ok;
        e->integrityError.clear();
        e->checkedAt = when;
        e->checkedWhenWritten = true;
        changed(e->summary.path);
        return;
    }
    m_verifiedWhenWritten.insert(absolute, when);
}

void ArchiveTableModel::setInspectionFailed(const QString &path, const QString &error)
{
    Entry *e = find(path);
    if (!e)
        return;
    e->inspection.reset();
    e->integrityError = error;
    e->integrity = IntegrityState::Problems;
    e->checkedAt = QDateTime::currentDateTimeUtc();
    e->checkedWhenWritten = false;
    changed(path);
}

void ArchiveTableModel::removeArchive(const QString &path)
{
    m_offList.remove(path);
    const int row = rowOf(path);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
}

ArchiveTableModel::Entry *ArchiveTableModel::find(const QString &path)
{
    const int row = rowOf(path);
    if (row >= 0)
        return &m_entries[row];
    const auto it = m_offList.find(path);
    return it != m_offList.end() ? &it.value() : nullptr;
}

int ArchiveTableModel::rowOf(const QString &path) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).summary.path == path)
            return i;
    }
    return -1;
}

const ArchiveTableModel::Entry *ArchiveTableModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

const ArchiveTableModel::Entry *ArchiveTableModel::entry(const QString &path) const
{
    return entry(rowOf(path));
}

QStringList ArchiveTableModel::paths() const
{
    QStringList out;
    for (const auto &e : m_entries)
        out << e.summary.path;
    return out;
}

int ArchiveTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ArchiveTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ArchiveTableModel::integrityName(IntegrityState state)
{
    switch (state) {
    case IntegrityState::NotChecked: return tr("not checked");
    case IntegrityState::Checking: return tr("checking…");
    case IntegrityState::Ok: return tr("ok");
    case IntegrityState::Problems: return tr("problems");
    }
    return {};
}

QVariant ArchiveTableModel::data(const QModelIndex &index, int role) const
{
    const Entry *e = index.isValid() ? entry(index.row()) : nullptr;
    if (!e)
        return {};
    const auto column = Column(index.column());
    switch (role) {
    case PathRole: return e->summary.path;
    case IntegrityRole: return int(e->integrity);
    case Qt::DisplayRole: return displayText(*e, column);
    case SortRole: return sortValue(*e, column);
    case Qt::ToolTipRole: return toolTip(*e, column);
    case Qt::ForegroundRole: return foreground(*e, column);
    case Qt::TextAlignmentRole:
        if (column == Collections || column == Documents || column == Size)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

// What the Source column says: the manifest's source, or why there is none yet.
QString ArchiveTableModel::sourceText(const ArchiveSummary &s)
{
    if (!s.read)
        return tr("reading…");
    if (!s.error.isEmpty())
        return tr("cannot read: %1").arg(s.error);
    if (s.isRunbook())
        return tr("no manifest (runbook archive)");
    return s.source();
}

QVariant ArchiveTableModel::displayText(const Entry &e, Column column)
{
    const ArchiveSummary &s = e.summary;
    switch (column) {
    case Name: return s.fileName;
    case Date: return QLocale().toString(s.createdAt().toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Source: return sourceText(s);
    case Database: {
        const QStringList dbs = s.databases();
        return dbs.isEmpty() ? dash() : dbs.join(QStringLiteral(", "));
    }
    case Collections: return countText(s.collectionCount());
    case Documents: return countText(e.documents());
    case Size: return ProgressText::bytes(s.size);
    case Integrity:
        return e.integrity == IntegrityState::Ok && e.checkedAt.isValid() ? tr("ok, %1").arg(whenText(e.checkedAt))
                                                                          : integrityName(e.integrity);
    default: return {};
    }
}

QVariant ArchiveTableModel::sortValue(const Entry &e, Column column)
{
    switch (column) {
    case Date: return e.summary.createdAt();
    case Collections: return e.summary.collectionCount();
    case Documents: return e.documents();
    case Size: return e.summary.size;
    case Integrity: return int(e.integrity);
    default: return displayText(e, column);
    }
}

QVariant ArchiveTableModel::toolTip(const Entry &e, Column column)
{
    const ArchiveSummary &s = e.summary;
    if (column == Name)
        return s.path;
    if (column == Source && !s.error.isEmpty())
        return s.error;
    if (column == Source && s.manifest && !s.manifest->sourceUri.isEmpty())
        return MongoUri::redacted(s.manifest->sourceUri);
    if (column == Integrity && e.integrity == IntegrityState::Ok && e.checkedAt.isValid())
        return e.checkedWhenWritten ? tr("Read back and checked against its manifest by the backup that wrote it, %1.")
                                          .arg(QLocale().toString(e.checkedAt.toLocalTime(), QLocale::LongFormat))
                                    : tr("Verified %1: every file matches the manifest.")
                                          .arg(QLocale().toString(e.checkedAt.toLocalTime(), QLocale::LongFormat));
    if (column == Integrity)
        return problemsText(e.problems());
    return {};
}

// The problems one per line, the first MaxTooltipProblems of them.
QString ArchiveTableModel::problemsText(QStringList problems)
{
    if (problems.size() > MaxTooltipProblems) {
        const auto more = problems.size() - MaxTooltipProblems;
        problems = problems.mid(0, MaxTooltipProblems);
        problems << tr("… and %n more", nullptr, int(more));
    }
    return problems.join(QLatin1Char('\n'));
}

QVariant ArchiveTableModel::foreground(const Entry &e, Column column)
{
    if (column == Integrity) {
        switch (e.integrity) {
        case IntegrityState::Ok: return QBrush(ThemeColors::color(ThemeColors::Role::Success));
        case IntegrityState::Problems: return QBrush(ThemeColors::color(ThemeColors::Role::Error));
        case IntegrityState::Checking: return QBrush(ThemeColors::color(ThemeColors::Role::Busy));
        case IntegrityState::NotChecked: return {};
        }
    }
    if (column == Source && !e.summary.error.isEmpty())
        return QBrush(ThemeColors::color(ThemeColors::Role::Error));
    return {};
}

QVariant ArchiveTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Archive");
    case Date: return tr("Taken");
    case Source: return tr("Source");
    case Database: return tr("Database");
    case Collections: return tr("Collections");
    case Documents: return tr("Documents");
    case Size: return tr("Size");
    case Integrity: return tr("Integrity");
    default: return {};
    }
}

void ArchiveTableModel::changed(const QString &path)
{
    const int row = rowOf(path);
    if (row < 0)
        return; // not listed now: nothing shows it
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT archiveChanged(path);
}

} // namespace lifeboat::app
