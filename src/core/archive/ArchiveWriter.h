#pragma once

#include "core/common/Result.h"

#include <QByteArrayView>
#include <QString>

#include <functional>

namespace lifeboat {

// Where a backup's files go. Today a tar stream (TarArchiveWriter); a deduplicating snapshot
// store can implement the same interface. Paths are relative, '/'-separated, UTF-8.
//
// Nothing a writer produces may look finished before publish(): implementations write to a
// temporary name and move it into place only there.
class ArchiveWriter {
public:
    using ReadFunction = std::function<Result<qint64>(char *buffer, qint64 max)>;

    virtual ~ArchiveWriter() = default;

    virtual Status addDirectory(const QString &path) = 0;
    // Adds a regular file of exactly `size` bytes pulled from `read`.
    virtual Status addFile(const QString &path, qint64 size, const ReadFunction &read) = 0;
    Status addFile(const QString &path, QByteArrayView data);

    // Flushes everything and syncs it to stable storage, still under the temporary name.
    virtual Status close() = 0;
    // The temporary file that close() left, for verification before publish().
    virtual QString pendingPath() const = 0;
    // Moves the finished archive to its final name (and syncs the folder).
    virtual Result<QString> publish() = 0;
    // Gives up: removes whatever was written. Safe to call at any time, more than once.
    virtual void abort() = 0;
};

} // namespace lifeboat
