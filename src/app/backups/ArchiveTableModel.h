#pragma once

#include "core/verify/ArchiveInspector.h"
#include "app/backups/ArchiveSummary.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

#include <optional>

namespace lifeboat::app {

// The archives of the backups folder, one row each: the manifest's summary (from
// ArchiveScanner) and the integrity state of the last "Verify integrity" of this session, or of
// the backup of this session that wrote and verified it, with when.
// Rows keep their place when the folder is listed again, so selections survive a refresh.
class ArchiveTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Date, Source, Database, Collections, Documents, Size, Integrity, ColumnCount };
    static constexpr int PathRole = Qt::UserRole + 1;      // the archive's absolute path
    static constexpr int SortRole = Qt::UserRole + 2;      // raw values: dates, numbers
    static constexpr int IntegrityRole = Qt::UserRole + 3; // IntegrityState as int

    enum class IntegrityState { NotChecked, Checking, Ok, Problems };

    struct Entry {
        ArchiveSummary summary;
        IntegrityState integrity = IntegrityState::NotChecked;
        IntegrityState beforeCheck = IntegrityState::NotChecked; // to go back to if a check is cancelled
        std::optional<InspectionReport> inspection;             // the last check's findings
        QString integrityError;                                  // the archive could not be read through
        QDateTime checkedAt;                                     // UTC: when the integrity was last found
        bool checkedWhenWritten = false;                         // Ok from the backup that wrote it

        // Problems of the last check: the inspection's, or the read error.
        QStringList problems() const;
        // Documents: from the manifest, else from a check (runbook archives); -1 unknown.
        qint64 documents() const;
    };

    explicit ArchiveTableModel(QObject *parent = nullptr);

    // The folder's archives as just listed: rows of files that are gone are removed, new files
    // added, changed files (size or time) replaced and their check forgotten.
    void setArchives(const QList<ArchiveSummary> &files);
    // A summary read (or failed to read) by the scanner.
    void updateSummary(const ArchiveSummary &summary);
    void setChecking(const QString &path);
    void setCheckCancelled(const QString &path);
    void setInspection(const QString &path, const InspectionReport &report);
    void setInspectionFailed(const QString &path, const QString &error);
    // A backup of this session wrote `path` and read it back whole against its manifest at
    // `when`: Ok, with when. Kept for a row not listed yet.
    void setVerifiedWhenWritten(const QString &path, const QDateTime &when);
    void removeArchive(const QString &path);

    int rowOf(const QString &path) const;
    const Entry *entry(int row) const;
    const Entry *entry(const QString &path) const;
    QStringList paths() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "not checked", "checking…", "ok", "problems"
    static QString integrityName(IntegrityState state);

Q_SIGNALS:
    // An archive's row changed (summary or check): detail panes showing it refresh.
    void archiveChanged(const QString &path);

private:
    // data(), role by role.
    static QVariant displayText(const Entry &entry, Column column);
    static QVariant sortValue(const Entry &entry, Column column);
    static QVariant toolTip(const Entry &entry, Column column);
    static QVariant foreground(const Entry &entry, Column column);
    static QString sourceText(const ArchiveSummary &summary);
    static QString problemsText(QStringList problems);

    // The row's entry, or that of an archive of another folder listed before (checks of this
    // session are kept when the folder changes); nullptr if unknown.
    Entry *find(const QString &path);
    void changed(const QString &path);

    QList<Entry> m_entries;
    QHash<QString, Entry> m_offList; // archives no longer listed, by path, with their checks
    QHash<QString, QDateTime> m_verifiedWhenWritten; // by absolute path, until listed
};

} // namespace lifeboat::app
