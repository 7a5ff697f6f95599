#pragma once

#include "core/archive/blocks/BlockWriter.h"
#include "core/archive/blocks/DocumentStarts.h"

#include <functional>

namespace lifeboat {

// Writes one collection file's bytes into a seekable archive, telling the BlockWriter where
// documents start (DocumentStarts), so that a block that has reached its size ends just before
// the next document and the block table can name that document's number.
class DocumentCutter {
public:
    using Sink = std::function<Status(const char *data, qint64 size)>;
    DocumentCutter(BlockWriter &blocks, int entry, Sink sink) : m_blocks(blocks), m_entry(entry), m_sink(std::move(sink)) {}

    // The next bytes of the file, in order.
    Status write(const char *data, qint64 size);

private:
    Status put(const char *data, qint64 size);

    BlockWriter &m_blocks;
    int m_entry;
    Sink m_sink;
    DocumentStarts m_starts;
};

} // namespace lifeboat
