#include "core/archive/ArchiveWriter.h"

#include <cstring>

namespace lifeboat {

Status ArchiveWriter::addFile(const QString &path, QByteArrayView data)
{
    qint64 offset = 0;
    return addFile(path, data.size(), [&](char *buffer, qint64 max) -> Result<qint64> {
        const qint64 n = std::min<qint64>(max, data.size() - offset);
        std::memcpy(buffer, data.data() + offset, size_t(n));
        offset += n;
        return n;
    });
}

} // namespace lifeboat
