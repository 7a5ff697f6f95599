#pragma once

#include "core/common/CancelToken.h"
#include "core/common/Result.h"
#include "core/diff/DiffResult.h"
#include "core/query/DocumentFilter.h"

#include <QString>
#include <QStringList>

namespace lifeboat {

struct DiffRequest {
    QString archivePath;
    QString sourceDatabase;      // which database of a whole-deployment archive
    // The other side: a database (mongoUri + targetDatabase) or a second archive.
    QString mongoUri;
    QString targetDatabase;
    QString againstArchive;
    QStringList collections;     // empty: every collection of either side
    DocumentFilter filter;       // applied to both sides, on the client
    // Memory for the sorted (_id, digest) records of one collection side; past it sorted runs
    // go to temporary files in tempDir (default: the system's temporary folder).
    qint64 memoryLimit = 256LL * 1024 * 1024;
    QString tempDir;
    // Per collection, how many differing documents get their changed field paths (each is
    // fetched from both sides); beyond it they are listed without them.
    int maxDetailed = 100000;
};

// Compares an archive with a database, or with another archive, document by document: per
// collection, the _ids only on one side, and those on both whose documents differ (BSON bytes:
// field order and number types count, as MongoDB's equality), with the field paths that differ.
//
// In bounded memory whatever the collection size: each side is read once, keeping per document
// only its _id key and the SHA-256 of its BSON (KeyDigestSorter: an external merge sort that
// spills past `memoryLimit`); the two sorted streams are merge-joined. Only the differing
// documents are read again (the archive: one more streaming pass; the database: by _id).
class DocumentDiffEngine final {
public:
    Result<DiffResult> run(const DiffRequest &request, DiffSink &sink, const CancelToken &cancel = CancelToken());
};

} // namespace lifeboat
