#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>
#include <optional>

namespace lifeboat {

struct ArchiveEntry {
    QString path;      // as stored, '/'-separated
    qint64 size = 0;
    bool isDirectory = false;
    bool isRegularFile = true;
    // What a member that is neither a file nor a folder is: "symbolic link", "hard link",
    // "device", "FIFO", "socket"; empty for files and folders.
    QString otherType;
    qint64 dataOffset = -1; // where its data starts in the (uncompressed) tar stream, when known
};

// Sequential access to an archive's files, in stored order.
class ArchiveReader {
public:
    virtual ~ArchiveReader() = default;
    // The next entry, or nullopt at the end. Unread data of the previous entry is skipped.
    virtual Result<std::optional<ArchiveEntry>> nextEntry() = 0;
    // Reads the current entry's data; 0 at its end.
    virtual Result<qint64> read(char *buffer, qint64 max) = 0;
    virtual QString archivePath() const = 0;

    // The rest of the current entry, `buffer.size()` bytes at a time, handed to `take`; the
    // first error (reading, or `take`'s) ends it.
    Status readRest(QByteArray &buffer, const std::function<Status(QByteArrayView)> &take)
    {
        for (;;) {
            auto n = read(buffer.data(), buffer.size());
            if (!n)
                return n.error();
            if (*n == 0)
                return {};
            if (auto st = take(QByteArrayView(buffer.constData(), *n)); !st)
                return st;
        }
    }
};

} // namespace lifeboat
