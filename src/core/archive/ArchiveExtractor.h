#pragma once

#include "core/common/CancelToken.h"
#include "core/common/Result.h"

#include <QString>
#include <QStringList>

namespace lifeboat {

// Unpacks an archive's regular files and folders under a destination folder. Hostile paths
// (absolute, "..", links, devices) are refused, never followed; existing files are never
// overwritten. A failed extraction (refused member, full disk, cancel) removes the files and
// folders it created, and only those.
class ArchiveExtractor final {
public:
    // Returns the extracted files' paths.
    static Result<QStringList> extract(const QString &archivePath, const QString &destination,
                                       const CancelToken &cancel = CancelToken());
    // A path inside an archive that is safe to create under a folder.
    static bool isSafeRelativePath(const QString &path);
};

} // namespace lifeboat
