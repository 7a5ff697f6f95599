#pragma once

#include "core/archive/ArchiveContents.h"
#include "core/archive/Manifest.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace lifeboat::app {

// What the backups view knows about one archive file from a cheap read: the file itself and,
// once read, its manifest (Lifeboat's archives) or its list of collection files (the runbook
// scripts' archives, which have no manifest). Nothing here is checked: that is what
// ArchiveInspector does.
struct ArchiveSummary {
    QString path;        // absolute
    QString fileName;
    qint64 size = 0;
    QDateTime modified;
    bool read = false;   // the manifest read has finished (successfully or not)
    QString error;       // why the archive could not be read
    std::optional<Manifest> manifest;
    QList<ArchiveContents::CollectionFile> collectionFiles;

    // The same file as when it was read (same size and modification time).
    bool sameFileAs(const ArchiveSummary &other) const
    {
        return path == other.path && size == other.size && modified == other.modified;
    }
    bool readable() const { return read && error.isEmpty(); }
    // Read, without a manifest: an archive written by the runbook's backup script.
    bool isRunbook() const { return readable() && !manifest; }

    // When the backup was taken: the manifest's time, else the time in a runbook name
    // ("backup_YYYYmmdd_HHMMSS"), else the file's modification time.
    QDateTime createdAt() const;
    // The databases it holds (a runbook archive of one database does not name it: empty).
    QStringList databases() const;
    // Collections and views in the manifest, or collection files of a runbook archive; -1 unread.
    int collectionCount() const;
    // Documents in the manifest; -1 when unknown (unread, or a runbook archive).
    qint64 documentCount() const;
    // Where the backup came from, without credentials, for display.
    QString source() const;
};

} // namespace lifeboat::app

Q_DECLARE_METATYPE(lifeboat::app::ArchiveSummary)
