#include "core/verify/BlockTableCheck.h"

namespace lifeboat {

BlockTableCheck::BlockTableCheck(const ArchiveIndex &index) : m_index(index)
{
    for (qsizetype i = 0; i < index.entries.size(); ++i) {
        if (!index.entries.at(i).isDirectory)
            m_files.insert(index.entries.at(i).path, int(i));
    }
}

void BlockTableCheck::beginFile(const QString &path, qint64 dataOffset)
{
    m_path = path;
    m_position = 0;
    m_starts = DocumentStarts();
    m_entry = m_files.value(path, -1);
    if (m_entry < 0)
        return; // compareWithIndex reports it
    const qint64 listed = m_index.entries.at(m_entry).offset;
    if (listed != dataOffset) {
        m_problems << QStringLiteral("%1: its data is at byte %2 of the tar stream, the archive's index says %3").arg(path).arg(dataOffset).arg(listed);
        m_entry = -1;
        return;
    }
    const int first = m_index.blocks->blockAt(dataOffset);
    m_nextBlock = first < 0 ? int(m_index.blocks->blocks.size()) : first;
}

void BlockTableCheck::bytes(QByteArrayView chunk)
{
    if (m_entry < 0 || chunk.isEmpty())
        return;
    const qint64 dataOffset = m_index.entries.at(m_entry).offset;
    const QList<BlockTable::Block> &blocks = m_index.blocks->blocks;
    const qint64 end = m_position + chunk.size();
    for (; m_nextBlock < blocks.size() && blocks.at(m_nextBlock).tarOffset - dataOffset < end; ++m_nextBlock) {
        const BlockTable::Block &b = blocks.at(m_nextBlock);
        const qint64 at = b.tarOffset - dataOffset - m_position; // in the chunk
        if (at < 0 || b.entry != m_entry)
            continue;
        const qint64 before = m_starts.documents() + m_starts.count(chunk.data(), 0, at);
        if (!m_starts.startsAt(chunk.data(), at) || before != b.firstDocument)
            m_problems << QStringLiteral("%1: the archive's index says block %2 starts at document %3, but %4")
                              .arg(m_path).arg(m_nextBlock).arg(b.firstDocument)
                              .arg(m_starts.startsAt(chunk.data(), at) ? QStringLiteral("it starts at document %1").arg(before)
                                                                        : QStringLiteral("no document starts there"));
    }
    m_starts.advance(chunk.data(), chunk.size());
    m_position = end;
}

} // namespace lifeboat
