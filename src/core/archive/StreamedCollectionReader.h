#pragma once

#include "core/archive/CollectionDocumentReader.h"

namespace lifeboat {

// A collection's documents read by streaming the archive from its start (ArchiveContents::
// forEachCollection): the only way into an archive without a block table.
class StreamedCollectionReader final : public CollectionDocumentReader {
public:
    StreamedCollectionReader(std::shared_ptr<const ArchiveContents> contents, ArchiveContents::CollectionFile file)
        : CollectionDocumentReader(std::move(contents), std::move(file)) {}

    Status read(qint64 skip, const Take &take, const CancelToken &cancel = CancelToken()) override;
};

} // namespace lifeboat
