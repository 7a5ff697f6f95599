#include "core/restore/InsertWorkers.h"

#include "core/restore/BulkInsert.h"
#include "core/restore/LoadVerifier.h"
#include "core/restore/RestoreRun.h"

namespace lifeboat {

namespace {

// How long each step of the insert-worker tuning is measured.
constexpr qint64 TuneWindowMs = 3000;

qint64 bytesOf(const Batch &batch)
{
    return qint64(batch.docs.bytes());
}

} // namespace

InsertWorkers::InsertWorkers(RestoreRun &run, LoadVerifier &verifier)
    : m_run(run), m_verifier(verifier), m_queue(size_t(run.request.jobs) * 2), m_spare(size_t(run.request.jobs) * 3 + 1),
      m_tuner(run.request.jobs)
{
    m_gate.set(m_tuner.current());
    m_tuneWindow.start();
    for (int i = 0; i < run.request.jobs; ++i)
        m_threads.emplace_back([this, i] { work(i); });
}

InsertWorkers::~InsertWorkers()
{
    (void)finish(/*discard=*/true); // after finish() itself, nothing is left to stop
}

bool InsertWorkers::push(Batch &&batch)
{
    return m_queue.push(std::move(batch));
}

void InsertWorkers::retune()
{
    if (m_tuner.settled() || m_tuneWindow.elapsed() < TuneWindowMs)
        return;
    const qint64 now = m_insertedBytes.load();
    m_gate.set(m_tuner.observe(double(now - m_tuneBytes) * 1000.0 / double(m_tuneWindow.restart())));
    m_tuneBytes = now;
    if (!m_tuner.lastChange().isEmpty())
        m_run.ticker.message(m_tuner.lastChange());
}

Status InsertWorkers::finish(bool discard)
{
    if (discard)
        m_queue.abort();
    m_queue.close();
    m_gate.openAll(); // workers held back drain the queue's end and see it closed
    for (auto &w : m_threads)
        w.join();
    m_threads.clear();
    std::lock_guard lock(m_errorMutex);
    if (m_error)
        return *m_error;
    return {};
}

void InsertWorkers::work(int worker)
{
    auto client = m_run.pool->acquire();
    for (;;) {
        m_gate.waitTurn(worker);
        auto batch = m_queue.pop();
        if (!batch)
            return;
        RestoreTarget &t = *m_run.targets[size_t(batch->target)];
        auto st = insertBatch(client, m_run.db, t, *batch, m_run.request.mongoUri);
        if (st)
            m_insertedBytes += bytesOf(*batch);
        --t.pendingBatches;
        if (!st)
            return fail(st.error());
        m_verifier.batchDone(t);
        batch->docs.clear();
        m_spare.give(std::move(batch->docs));
    }
}

void InsertWorkers::fail(const Error &error)
{
    std::lock_guard lock(m_errorMutex);
    if (!m_error)
        m_error = error;
    m_queue.abort();
}

} // namespace lifeboat
