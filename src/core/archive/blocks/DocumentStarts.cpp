#include "core/archive/blocks/DocumentStarts.h"

#include <cstring>

namespace lifeboat {

bool DocumentStarts::startsAt(const char *data, qint64 at) const
{
    return data[at] == '{' && (at == 0 ? m_atLineStart : data[at - 1] == '\n');
}

qint64 DocumentStarts::count(const char *data, qint64 from, qint64 to) const
{
    if (from >= to)
        return 0;
    qint64 n = startsAt(data, from) ? 1 : 0;
    const char *p = data + from;
    const char *end = data + to;
    while ((p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p))))) {
        if (p + 1 < end && p[1] == '{')
            ++n;
        ++p;
    }
    return n;
}

qint64 DocumentStarts::first(const char *data, qint64 from, qint64 size) const
{
    if (from < size && startsAt(data, from))
        return from;
    const char *p = data + from;
    const char *end = data + size;
    while (p < end && (p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p))))) {
        if (p + 1 < end && p[1] == '{')
            return qint64(p + 1 - data);
        ++p;
    }
    return -1;
}

void DocumentStarts::advance(const char *data, qint64 size)
{
    if (size <= 0)
        return;
    m_documents += count(data, 0, size);
    m_atLineStart = data[size - 1] == '\n';
}

} // namespace lifeboat
