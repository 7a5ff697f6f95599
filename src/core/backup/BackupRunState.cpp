#include "core/backup/BackupRunState.h"

#include <algorithm>

namespace lifeboat {

void BackupRunState::fail(Error e)
{
    std::lock_guard lock(m_errorMutex);
    if (!m_firstError)
        m_firstError = std::move(e);
    stop = true;
}

std::optional<Error> BackupRunState::firstError() const
{
    std::lock_guard lock(m_errorMutex);
    return m_firstError;
}

void BackupRunState::markDone(BackupTask &task)
{
    collectionsDone.fetch_add(1);
    task.setState(CollectionProgress::State::Done);
}

Progress BackupRunState::snapshot() const
{
    Progress p;
    p.collectionsTotal = int(tasks.size());
    p.collectionsDone = collectionsDone.load();
    for (const auto &t : tasks) {
        CollectionProgress c;
        c.ns = t->ns();
        c.documentsDone = t->documentsDone.load(std::memory_order_relaxed);
        c.documentsTotal = std::max(t->estimatedDocuments, c.documentsDone);
        c.bytesDone = t->bytesDone.load(std::memory_order_relaxed);
        c.state = CollectionProgress::State(t->state.load());
        p.documentsDone += c.documentsDone;
        p.documentsTotal += c.documentsTotal;
        p.bytesDone += c.bytesDone;
        p.bytesTotalEstimate += t->estimatedBytes;
        p.collections << c;
    }
    return p;
}

} // namespace lifeboat
