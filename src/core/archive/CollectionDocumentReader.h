#pragma once

#include "core/codec/DocumentRef.h"
#include "core/archive/ArchiveContents.h"
#include "core/codec/BsonDocument.h"
#include "core/common/CancelToken.h"
#include "core/common/Result.h"

#include <functional>
#include <memory>

namespace lifeboat {

// The documents of one collection of an archive, in stored order, from document number N on:
// what `cat`, the diff and a surgical restore read. Today's archives are read by streaming
// (StreamedCollectionReader: the archive inflated from its start, the documents before N
// skipped unparsed); a reader for archives with a block table can seek to N instead, behind the
// same interface (open() picks the reader).
class CollectionDocumentReader {
public:
    virtual ~CollectionDocumentReader() = default;

    // Gets each document (its BSON and its 0-based number in the collection) until it returns
    // false or an error, or the collection ends.
    using Take = std::function<Result<bool>(DocumentRef doc, qint64 number)>;
    virtual Status read(qint64 skip, const Take &take, const CancelToken &cancel = CancelToken()) = 0;

    const ArchiveContents::CollectionFile &file() const { return m_file; }

    // The reader of `collection` (of `database` in a whole-deployment archive: "" takes the
    // only database that has one of that name); NotFound naming the archive's collections.
    static Result<std::unique_ptr<CollectionDocumentReader>> open(std::shared_ptr<const ArchiveContents> contents,
                                                                  const QString &collection, const QString &database = {});
    // The collection files of `contents` (those of `database`, when given; never time-series
    // bucket files), in archive order.
    static QList<ArchiveContents::CollectionFile> collectionsOf(const ArchiveContents &contents, const QString &database = {});

protected:
    CollectionDocumentReader(std::shared_ptr<const ArchiveContents> contents, ArchiveContents::CollectionFile file)
        : m_contents(std::move(contents)), m_file(std::move(file)) {}

    std::shared_ptr<const ArchiveContents> m_contents;
    ArchiveContents::CollectionFile m_file;

    // The documents of `documents`, whose first one is number `number`: those before `skip`
    // passed over unparsed, the others handed to `take`.
    static Status deliver(JsonDocumentReader &documents, qint64 number, qint64 skip, const Take &take, const CancelToken &cancel);
};

} // namespace lifeboat
