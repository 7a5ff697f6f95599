#pragma once

#include "core/backup/BackupTask.h"
#include "core/backup/CopyContext.h"
#include "core/common/Result.h"
#include "core/common/SpoolBuffer.h"
#include "core/verify/DocumentDigest.h"

#include <mongoc/mongoc.h>

namespace lifeboat {

// Copies one collection: its documents, read through a cursor (pinned to the run's point in
// time), encoded as Extended JSON lines into a spool and digested; then the whole spool
// goes into the archive at once. Records the counts, SHA-256 and digest for the manifest.
class CollectionCopier final {
public:
    CollectionCopier(CopyContext &context, BackupTask &task);
    Status copy();

private:
    Status readCollection();
    Status readDocuments(mongoc_cursor_t *cursor);
    Status addDocument(const bson_t *doc);
    Status addToDigest(const bson_t *doc);
    void recordTotals();
    Status appendToArchive();
    QString where() const; // "db.collection, document n" for the document being read

    CopyContext &m_context;
    BackupTask &m_task;
    SpoolBuffer m_spool;
    DocumentDigest m_digest;
    QByteArray m_line;
    qint64 m_documents = 0;
};

} // namespace lifeboat
