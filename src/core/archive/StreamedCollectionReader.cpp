#include "core/archive/StreamedCollectionReader.h"

namespace lifeboat {

Status StreamedCollectionReader::read(qint64 skip, const Take &take, const CancelToken &cancel)
{
    return m_contents->forEachCollection(
        [&](const ArchiveContents::CollectionFile &, JsonDocumentReader &documents) { return deliver(documents, 0, skip, take, cancel); },
        [this](const ArchiveContents::CollectionFile &f) { return f.path == m_file.path; }, cancel);
}

} // namespace lifeboat
