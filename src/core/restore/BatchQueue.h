#pragma once

#include "core/codec/PackedDocuments.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <vector>

namespace lifeboat {

// Documents of one collection on their way to the server.
struct Batch {
    int target = -1; // index of the collection in the run's targets
    PackedDocuments docs;
};

// A bounded queue between the archive reader and the insert workers: memory stays at
// capacity x batch size documents whatever the archive's size.
class BatchQueue final {
public:
    explicit BatchQueue(size_t capacity) : m_capacity(capacity) {}
    // Waits for room; false once the queue is aborted.
    bool push(Batch &&b);
    // Waits for a batch; std::nullopt once the queue is closed and empty, or aborted.
    std::optional<Batch> pop();
    // No more batches will come: what is queued is still handed out.
    void close();
    // Everything stops: queued batches are dropped, waiting callers return.
    void abort();

private:
    size_t m_capacity;
    std::deque<Batch> m_items;
    std::mutex m_mutex;
    std::condition_variable m_notFull, m_notEmpty;
    bool m_closed = false;
    bool m_aborted = false;
};

} // namespace lifeboat
