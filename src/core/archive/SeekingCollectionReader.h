#pragma once

#include "core/archive/CollectionDocumentReader.h"

namespace lifeboat {

// A collection's documents in a seekable archive: reading starts at the block holding
// document N (or the nearest block start before it), so only the blocks from there on are
// read and inflated, in parallel, whatever lies before them in the archive.
class SeekingCollectionReader final : public CollectionDocumentReader {
public:
    SeekingCollectionReader(std::shared_ptr<const ArchiveContents> contents, ArchiveContents::CollectionFile file)
        : CollectionDocumentReader(std::move(contents), std::move(file)) {}

    Status read(qint64 skip, const Take &take, const CancelToken &cancel = CancelToken()) override;
};

} // namespace lifeboat
