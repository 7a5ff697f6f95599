#include "core/backup/ParallelCopy.h"

#include "core/backup/CollectionCopier.h"

#include <algorithm>
#include <thread>

namespace lifeboat {

namespace {

qint64 sizeEstimate(const BackupTask *task)
{
    return std::max(task->estimatedBytes, task->estimatedDocuments);
}

} // namespace

ParallelCopy::ParallelCopy(CopyContext &context) : m_context(context)
{
    for (auto &t : m_context.state.tasks) {
        if (!t->isView())
            m_queue.push_back(t.get());
        else
            m_context.state.markDone(*t);
    }
    std::stable_sort(m_queue.begin(), m_queue.end(),
                     [](const BackupTask *a, const BackupTask *b) { return sizeEstimate(a) > sizeEstimate(b); });
}

void ParallelCopy::run(int jobs)
{
    std::vector<std::thread> threads;
    const size_t n = std::min<size_t>(size_t(jobs), std::max<size_t>(m_queue.size(), 1));
    for (size_t i = 0; i < n; ++i)
        threads.emplace_back([this] { work(); });
    for (auto &t : threads)
        t.join();
}

void ParallelCopy::work()
{
    for (;;) {
        const size_t i = m_next.fetch_add(1);
        if (i >= m_queue.size() || m_context.state.stop.load())
            return;
        BackupTask &task = *m_queue[i];
        if (auto st = CollectionCopier(m_context, task).copy(); !st) {
            task.setState(CollectionProgress::State::Failed);
            m_context.state.fail(st.error());
            return;
        }
    }
}

} // namespace lifeboat
