#pragma once

#include "core/archive/ArchiveLayout.h"
#include "core/common/CancelToken.h"
#include "core/archive/Manifest.h"
#include "core/common/Result.h"

#include <QList>
#include <QString>
#include <QHash>
#include <QStringList>

#include <optional>

namespace lifeboat {

// One file found in an archive, with what reading it showed.
struct InspectedFile {
    QString path;          // as stored in the archive
    qint64 size = 0;
    QString sha256;
    bool parsed = false;   // documents were parsed (Depth::Documents)
    qint64 documents = 0;
    QString digest;
    QString error;         // first parse error, naming the line
};

struct InspectionReport {
    QString archivePath;
    std::optional<Manifest> manifest;
    ArchiveLayout layout;
    bool hasMetadata = false;
    bool hasIndex = false;  // a .tar.gz with an ArchiveIndex (checked against the contents)
    QString manifestError; // manifest.json exists but cannot be read
    QList<InspectedFile> files;
    QStringList problems;  // every mismatch or unreadable part, each naming the file (and line)
    // Members no reader should trust, each named: a path that climbs out (..) or is
    // absolute, a link, a device; they do not fail the check by themselves.
    QStringList warnings;

    bool ok() const { return problems.isEmpty(); }
    const InspectedFile *file(const QString &path) const;
    // Every copy of a path (an archive may hold a name twice), in stored order.
    QList<const InspectedFile *> copiesOf(const QString &path) const;
};

// Reads a whole archive once and checks it: every file's SHA-256 and size against the
// manifest, and at Depth::Documents every document parsed, counted and digested too.
// Archives without a manifest (the runbook's) are parsed and described, with nothing to
// compare against.
class ArchiveInspector final {
public:
    enum class Depth { Files, Documents };

    static Result<InspectionReport> inspect(const QString &archivePath, Depth depth,
                                            const CancelToken &cancel = CancelToken());

    // Compares what was read with the manifest, appending to report.problems.
    static void compareWithManifest(InspectionReport &report, Depth depth);
    // Compares what was read with the archive's index (files, sizes, the small files' bytes).
    static void compareWithIndex(InspectionReport &report, const struct ArchiveIndex &index,
                                 const QHash<QString, QByteArray> &smallFiles);
};

} // namespace lifeboat
