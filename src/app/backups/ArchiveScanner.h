#pragma once

#include "app/backups/ArchiveSummary.h"
#include "core/common/CancelToken.h"

#include <QFuture>
#include <QHash>
#include <QObject>

namespace lifeboat::app {

// Lists a folder's archives and reads each one's manifest in a worker thread, so that the
// backups view never waits on the disk. A scan first announces the files it found (listed),
// then each archive as it has been read (summaryRead), then finished. Archives read before
// and unchanged since (same size and modification time) come from a cache, so a refresh
// costs a directory listing.
//
// Reading a manifest means going through the archive's headers (manifest.json is its last
// member): for a compressed archive that decompresses it, without parsing or hashing.
class ArchiveScanner final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveScanner)
public:
    explicit ArchiveScanner(QObject *parent = nullptr);
    // Cancels a running scan and waits for its worker.
    ~ArchiveScanner() override;

    // Starts scanning `folder`; a scan still running is cancelled and its results dropped.
    void scan(const QString &folder);
    bool isScanning() const { return m_running; }
    // Forgets what was read of `path` (e.g. after it was deleted).
    void forget(const QString &path) { m_cache.remove(path); }

    // A name the view lists: .tar, .tar.gz (.tgz), .tar.zst, never an unfinished .partial.
    static bool isArchiveName(const QString &fileName);

Q_SIGNALS:
    // The archives in `folder` (summaries not read yet, unless cached). `error` says why the
    // folder cannot be listed (files is then empty).
    void listed(const QString &folder, const QList<lifeboat::app::ArchiveSummary> &files, const QString &error);
    void summaryRead(const lifeboat::app::ArchiveSummary &summary);
    void finished(const QString &folder);

private:
    void deliverListed(quint64 generation, const QString &folder, const QList<ArchiveSummary> &files, const QString &error);
    void deliverSummary(quint64 generation, const ArchiveSummary &summary);
    void deliverFinished(quint64 generation, const QString &folder);

    quint64 m_generation = 0;
    bool m_running = false;
    CancelToken m_cancel;
    QList<QFuture<void>> m_workers; // a cancelled scan may still be finishing one archive
    QHash<QString, ArchiveSummary> m_cache; // by path
};

} // namespace lifeboat::app
