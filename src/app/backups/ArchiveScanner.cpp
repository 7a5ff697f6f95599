#include "app/backups/ArchiveScanner.h"

#include "core/archive/ArchiveCompression.h"
#include "app/jobs/WorkerThreads.h"

#include <QDir>
#include <QFileInfo>
#include <QtConcurrent>

namespace lifeboat::app {

ArchiveScanner::ArchiveScanner(QObject *parent) : QObject(parent) {}

ArchiveScanner::~ArchiveScanner()
{
    // The worker posts to this object: it must not outlive it.
    m_cancel.cancel();
    for (auto &worker : m_workers)
        worker.waitForFinished();
}

bool ArchiveScanner::isArchiveName(const QString &fileName)
{
    if (fileName.endsWith(QLatin1String(".partial"), Qt::CaseInsensitive))
        return false;
    return compressionFromFileName(fileName).has_value();
}

void ArchiveScanner::scan(const QString &folder)
{
    m_cancel.cancel();
    m_cancel = CancelToken();
    const quint64 generation = ++m_generation;
    m_running = true;
    m_workers.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    const CancelToken cancel = m_cancel;
    const QHash<QString, ArchiveSummary> cache = m_cache;
    // `this` stays valid while the worker runs: the destructor waits for it, and a queued
    // call to a deleted object is dropped.
    // It reads every archive through (seconds each): off the global pool, which painting needs.
    m_workers << QtConcurrent::run(longWorkThreads(), [this, generation, folder, cancel, cache] {
        QList<ArchiveSummary> files;
        QString error;
        const QDir dir(folder);
        if (folder.isEmpty())
            error = tr("No backup folder is set.");
        else if (!dir.exists())
            error = tr("The folder %1 does not exist (yet).").arg(QDir::toNativeSeparators(folder));
        else if (!QFileInfo(folder).isReadable())
            error = tr("The folder %1 cannot be read.").arg(QDir::toNativeSeparators(folder));
        else {
            const auto infos = dir.entryInfoList(QDir::Files | QDir::Readable | QDir::Hidden, QDir::Name);
            for (const QFileInfo &info : infos) {
                if (!isArchiveName(info.fileName()))
                    continue;
                ArchiveSummary s;
                s.path = info.absoluteFilePath();
                s.fileName = info.fileName();
                s.size = info.size();
                s.modified = info.lastModified();
                const auto cached = cache.constFind(s.path);
                files << (cached != cache.cend() && cached->sameFileAs(s) ? *cached : s);
            }
        }
        QMetaObject::invokeMethod(this, [this, generation, folder, files, error] { deliverListed(generation, folder, files, error); },
                                  Qt::QueuedConnection);
        for (ArchiveSummary s : std::as_const(files)) {
            if (cancel.isCancelled())
                return;
            if (s.read)
                continue; // from the cache, announced with the listing
            auto contents = ArchiveContents::open(s.path, cancel);
            if (!contents && contents.error().code == ErrorCode::Cancelled)
                return;
            s.read = true;
            if (contents) {
                s.manifest = contents->manifest();
                s.collectionFiles = contents->collectionFiles();
            } else {
                s.error = contents.error().toString();
            }
            QMetaObject::invokeMethod(this, [this, generation, s] { deliverSummary(generation, s); }, Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(this, [this, generation, folder] { deliverFinished(generation, folder); }, Qt::QueuedConnection);
    });
}

void ArchiveScanner::deliverListed(quint64 generation, const QString &folder, const QList<ArchiveSummary> &files,
                                   const QString &error)
{
    if (generation != m_generation)
        return;
    Q_EMIT listed(folder, files, error);
}

void ArchiveScanner::deliverSummary(quint64 generation, const ArchiveSummary &summary)
{
    m_cache.insert(summary.path, summary); // worth keeping even from a superseded scan
    if (generation != m_generation)
        return;
    Q_EMIT summaryRead(summary);
}

void ArchiveScanner::deliverFinished(quint64 generation, const QString &folder)
{
    if (generation != m_generation)
        return;
    m_running = false;
    Q_EMIT finished(folder);
}

} // namespace lifeboat::app
