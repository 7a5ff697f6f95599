#pragma once

#include "core/archive/ArchiveReader.h"
#include "core/common/CancelToken.h"
#include "core/common/Result.h"
#include "core/common/Sha256.h"
#include "core/verify/ArchiveInspector.h"

#include <QByteArray>

#include <functional>
#include <QStringList>

namespace lifeboat {

// Reads the archive's current file through, once: its size and SHA-256, its bytes when it is
// one of the small files (manifest, metadata), and when asked its documents parsed, counted
// and digested. A document that does not parse is no error of read(): it goes into the
// file's error and the problems, and the rest of the file is still hashed.
class InspectedFileReader final {
public:
    InspectedFileReader(ArchiveReader &reader, const ArchiveEntry &entry);

    // Errors: the tar stream itself is broken, or the cancel.
    Status read(bool withDocuments, const CancelToken &cancel, QStringList &problems);

    const InspectedFile &file() const { return m_file; }
    bool isSmallFile() const { return m_keep; }
    const QByteArray &bytes() const { return m_kept; } // small files only
    // Also hands every chunk of the file to `observe`, as it is read.
    void setObserver(std::function<void(QByteArrayView)> observe) { m_observe = std::move(observe); }

private:
    Result<qint64> readChunk(char *buffer, qint64 max);
    Status parseDocuments(const CancelToken &cancel, QStringList &problems);
    Status drain();
    // Hashes and counts a chunk of the file (and keeps it, for a manifest).
    void account(QByteArrayView chunk);

    ArchiveReader &m_reader;
    InspectedFile m_file;
    Sha256 m_hash;
    qint64 m_total = 0;
    bool m_keep = false;
    QByteArray m_kept;
    std::function<void(QByteArrayView)> m_observe;
};

} // namespace lifeboat
