#pragma once

#include "core/archive/ArchiveWriter.h"
#include "core/common/Result.h"
#include "core/common/Sha256.h"

#include <QByteArray>
#include <QTemporaryFile>

#include <memory>

namespace lifeboat {

// Holds one collection's encoded file until the archive can take it. A tar member's size
// must be known before its bytes, and collections are read in parallel while the archive is
// one stream, so each collection is spooled: in memory up to a limit, beyond it in an
// anonymous temporary file in the output folder (removed as soon as it is appended).
// SHA-256 and size are computed on the way in.
class SpoolBuffer final {
public:
    SpoolBuffer(QString tempDir, qint64 memoryLimit);

    Status append(QByteArrayView data);
    qint64 size() const { return m_size; }
    QString sha256Hex() const;

    // Reading back, once all data has been appended.
    Status rewind();
    ArchiveWriter::ReadFunction reader();
    // Frees memory and deletes the temporary file.
    void release();

private:
    Status spill();

    QString m_tempDir;
    qint64 m_memoryLimit;
    QByteArray m_memory;
    std::unique_ptr<QTemporaryFile> m_file;
    Sha256 m_hash;
    qint64 m_size = 0;
    qint64 m_readPos = 0;
};

} // namespace lifeboat
