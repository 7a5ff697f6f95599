#include "core/codec/PackedDocuments.h"

namespace lifeboat {

void PackedDocuments::append(const uint8_t *bson, size_t length)
{
    m_offsets.push_back(m_bytes.size());
    m_bytes.insert(m_bytes.end(), bson, bson + length);
}

void PackedDocuments::clear()
{
    m_bytes.clear();
    m_offsets.clear();
}

void PackedDocuments::view(size_t i, bson_t *out) const
{
    const size_t begin = m_offsets[i];
    const size_t end = i + 1 < m_offsets.size() ? m_offsets[i + 1] : m_bytes.size();
    // The bytes were a whole document when appended; bson_init_static checks their length.
    bson_init_static(out, m_bytes.data() + begin, end - begin);
}

} // namespace lifeboat
