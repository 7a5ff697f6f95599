#include "core/restore/DocumentLoader.h"

#include "core/restore/BulkInsert.h"
#include "core/restore/RestoreRun.h"

namespace lifeboat {

DocumentLoader::DocumentLoader(RestoreRun &run, bool checkArchive)
    : m_run(run), m_checkArchive(checkArchive), m_verifier(*run.pool, run.db, run.request.verifyFull, run.cancel), m_workers(run, m_verifier)
{
}

Status DocumentLoader::load()
{
    m_run.progress.loadStarted();
    m_run.ticker.setPhase(Phase::Restoring);
    const Status read = m_run.contents->forEachCollection(
        [&](const ArchiveContents::CollectionFile &f, JsonDocumentReader &reader) { return readFile(f, reader); },
        [&](const ArchiveContents::CollectionFile &f) { return m_run.byPath.count(f.path) > 0; }, m_run.cancel,
        m_checkArchive ? ArchiveContents::Checks::AgainstManifest : ArchiveContents::Checks::None);
    const Status written = m_workers.finish(/*discard=*/!read);
    m_verifier.stop(/*finishQueued=*/written && read);
    return written ? read : written;
}

Status DocumentLoader::readFile(const ArchiveContents::CollectionFile &file, JsonDocumentReader &reader)
{
    const int index = m_run.byPath.at(file.path);
    RestoreTarget &t = *m_run.targets[size_t(index)];
    t.touched = true;
    m_run.progress.fileStarted(reader);
    Batch batch{index, m_workers.emptyBuffer()};
    for (;;) {
        if (m_run.cancel.isCancelled())
            return Error(ErrorCode::Cancelled, QStringLiteral("restore cancelled"));
        qint64 line = 0;
        auto got = reader.nextInto(batch.docs, &line); // parsed straight onto the batch
        if (!got)
            return got.error();
        const bool end = !*got;
        if (!end) {
            bson_t doc;
            batch.docs.back(&doc);
            if (auto st = checkDocumentSize(&doc, file.path, line, t.planned->name); !st)
                return st;
            t.stats.add(&doc);
        }
        if ((end && !batch.docs.empty()) || int(batch.docs.size()) >= m_run.request.batchSize) {
            if (auto st = send(t, batch); !st)
                return st;
            // Once a batch, not once a document: both limit their own rate anyway.
            m_run.ticker.tick();
            m_workers.retune();
        }
        if (end) {
            if (auto st = checkAgainstManifest(t, file.path); !st)
                return st;
            m_run.progress.fileDone(reader);
            m_verifier.fileDone(t);
            return {};
        }
    }
}

Status DocumentLoader::checkAgainstManifest(const RestoreTarget &target, const QString &file) const
{
    if (!m_checkArchive)
        return {};
    const PlannedCollection &p = *target.planned;
    if (p.fileCount >= 0 && target.stats.count() != p.fileCount)
        return Error(ErrorCode::IntegrityMismatch, QStringLiteral("%1 holds %2 documents where the manifest says %3").arg(file).arg(target.stats.count()).arg(p.fileCount));
    if (target.stats.hasDigest() && !p.expectedDigest.isEmpty() && target.stats.digest().toString() != p.expectedDigest)
        return Error(ErrorCode::IntegrityMismatch, QStringLiteral("%1: its documents do not match the manifest's digest").arg(file));
    return {};
}

Status DocumentLoader::send(RestoreTarget &target, Batch &batch)
{
    const int index = batch.target;
    ++target.pendingBatches;
    if (!m_workers.push(std::move(batch))) {
        --target.pendingBatches;
        return Error(ErrorCode::Server, QStringLiteral("insert workers stopped"));
    }
    batch = Batch{index, m_workers.emptyBuffer()};
    return {};
}

} // namespace lifeboat
