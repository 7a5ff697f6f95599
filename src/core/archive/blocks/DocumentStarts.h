#pragma once

#include <QtGlobal>

namespace lifeboat {

// Where documents start in a collection file read chunk by chunk: where a line starts with
// '{' — every line of compact JSON Lines, and only the first line of each document written
// with --pretty (its other lines are indented or close it). Raw newlines never occur inside
// a JSON string, so no other line starts that way. What the writer cuts blocks at, and what
// Verify integrity checks a block table's document numbers with.
class DocumentStarts {
public:
    // Whether a document starts at `at` of the current chunk `data`.
    bool startsAt(const char *data, qint64 at) const;
    // Document starts at positions [from, to) of the current chunk.
    qint64 count(const char *data, qint64 from, qint64 to) const;
    // The first document start at or after `from` in the chunk's `size` bytes, or -1.
    qint64 first(const char *data, qint64 from, qint64 size) const;
    // The chunk's first `size` bytes are done: counted, and the next chunk follows them.
    void advance(const char *data, qint64 size);
    // Documents started in the bytes advanced over.
    qint64 documents() const { return m_documents; }

private:
    qint64 m_documents = 0;
    bool m_atLineStart = true; // the next chunk's first byte begins a line
};

} // namespace lifeboat
