#include "core/restore/RestoreProgress.h"

#include "core/codec/JsonDocumentReader.h"
#include "core/restore/RestoreRun.h"

namespace lifeboat {

namespace {

CollectionProgress::State stateOf(const RestoreTarget &t)
{
    if (t.loaded())
        return CollectionProgress::State::Done;
    // Created (or its staging collection created) is not yet loading: waiting until its first
    // batch is on its way.
    const bool loading = t.inserted + t.duplicates > 0 || t.pendingBatches > 0;
    return loading ? CollectionProgress::State::Running : CollectionProgress::State::Waiting;
}

} // namespace

void RestoreProgress::loadStarted()
{
    m_total = 0;
    for (const auto &t : m_run.targets)
        m_total += std::max<qint64>(0, t->planned->fileCount);
    m_totalBytes = 0;
    for (const auto &f : m_run.contents->collectionFiles()) {
        if (m_run.byPath.count(f.path))
            m_totalBytes += f.size;
    }
}

void RestoreProgress::fileStarted(const JsonDocumentReader &reader)
{
    m_currentReader = &reader;
}

void RestoreProgress::fileDone(const JsonDocumentReader &reader)
{
    m_bytesOfDoneFiles += reader.bytesRead();
    m_currentReader = nullptr;
}

Progress RestoreProgress::sample() const
{
    Progress p;
    p.documentsTotal = m_total;
    p.bytesTotalEstimate = m_totalBytes;
    p.bytesDone = m_bytesOfDoneFiles + (m_currentReader ? m_currentReader->bytesRead() : 0);
    for (const auto &t : m_run.targets) {
        if (t->planned->archivePath.isEmpty())
            continue;
        CollectionProgress c;
        c.ns = m_run.db + QLatin1Char('.') + t->planned->name;
        c.documentsDone = t->inserted + t->duplicates;
        c.documentsTotal = std::max<qint64>(0, t->planned->fileCount);
        c.state = stateOf(*t);
        p.documentsDone += c.documentsDone;
        ++p.collectionsTotal;
        if (c.state == CollectionProgress::State::Done)
            ++p.collectionsDone;
        p.collections << c;
    }
    return p;
}

} // namespace lifeboat
