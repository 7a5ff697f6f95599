#include "core/archive/SeekingCollectionReader.h"

#include "core/archive/blocks/BlockReader.h"

namespace lifeboat {

Status SeekingCollectionReader::read(qint64 skip, const Take &take, const CancelToken &cancel)
{
    const BlockTable &table = *m_contents->blocks();
    qint64 number = 0;
    const qint64 start = table.seekPoint(m_file.entry, m_file.dataOffset, m_file.size, std::max<qint64>(0, skip), &number);
    auto opened = BlockReader::open(m_contents->archivePath(), m_contents->compression(), m_contents->blocks(), start);
    if (!opened)
        return opened.error();
    BlockReader &blocks = **opened;
    const qint64 end = m_file.dataOffset + m_file.size;
    JsonDocumentReader documents(m_file.path.section(QLatin1Char('/'), -1), [&blocks, end](char *buffer, qint64 max) -> Result<qint64> {
        return blocks.read(buffer, std::min(max, end - blocks.position()));
    });
    const bool pretty = m_contents->manifest() && m_contents->manifest()->pretty;
    if (!pretty)
        documents.setFirstLine(number + 1); // one document a line
    return deliver(documents, number, skip, take, cancel);
}

} // namespace lifeboat
