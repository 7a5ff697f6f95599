#pragma once

#include "core/diff/DiffResult.h"

#include <QList>
#include <QMutex>

#include <atomic>

namespace lifeboat::app {

// What the drill-down's diff job finds, kept for the GUI thread: the first `limit` differing
// documents, and how many there are in all (read while the job runs, for its progress).
class DifferenceCollector final : public DiffSink {
public:
    explicit DifferenceCollector(int limit) : m_limit(limit) {}

    void difference(const DocumentDifference &d) override;
    qint64 found() const { return m_found.load(); }
    // The differences kept so far (all of them once the job has ended, up to the limit).
    QList<DocumentDifference> take();

private:
    const int m_limit;
    std::atomic<qint64> m_found{0};
    QMutex m_mutex;
    QList<DocumentDifference> m_kept;
};

} // namespace lifeboat::app
