#pragma once

#include <bson/bson.h>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace lifeboat {

// BSON documents stored back to back in one buffer: a batch of a restore on its way from the
// archive's reader to an insert worker. One growing buffer instead of a heap document each
// spares two allocations per document and, above all, the frees on another thread than the
// one that allocated (a fifth of a restore's client CPU went to the allocator).
class PackedDocuments final {
public:
    void append(const bson_t *doc) { append(bson_get_data(doc), doc->len); }
    void append(const uint8_t *bson, size_t length);
    // Empties it, keeping its memory for the next batch.
    void clear();
    size_t size() const { return m_offsets.size(); }
    bool empty() const { return m_offsets.empty(); }
    // Bytes of BSON held.
    size_t bytes() const { return m_bytes.size(); }

    // Initialises *out as a read-only view of document `i` (valid while this is unchanged).
    // A view, not a copy to return: a static bson_t points into itself, so it cannot move.
    void view(size_t i, bson_t *out) const;
    void back(bson_t *out) const { view(size() - 1, out); }

    // Calls f(const bson_t *) for each document in order.
    template<typename F>
    void forEach(F &&f) const
    {
        for (size_t i = 0; i < m_offsets.size(); ++i) {
            bson_t doc;
            view(i, &doc);
            f(static_cast<const bson_t *>(&doc));
        }
    }

private:
    std::vector<uint8_t> m_bytes;
    std::vector<size_t> m_offsets;
};

} // namespace lifeboat
