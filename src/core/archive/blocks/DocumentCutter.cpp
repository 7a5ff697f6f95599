#include "core/archive/blocks/DocumentCutter.h"

namespace lifeboat {

Status DocumentCutter::put(const char *data, qint64 size)
{
    if (size <= 0)
        return {};
    m_starts.advance(data, size);
    return m_sink(data, size);
}

Status DocumentCutter::write(const char *data, qint64 size)
{
    while (size > 0) {
        const qint64 room = std::max<qint64>(0, m_blocks.room());
        const qint64 cut = room >= size ? -1 : m_starts.first(data, room, size);
        if (cut < 0)
            return put(data, size);
        if (auto st = put(data, cut); !st)
            return st;
        // The block is full: it ends here, and the next one starts with this document.
        if (auto st = m_blocks.mayCut(m_entry, m_starts.documents()); !st)
            return st;
        data += cut;
        size -= cut;
    }
    return {};
}

} // namespace lifeboat
