#include "core/archive/blocks/BlockTable.h"

#include <algorithm>
#include <cmath>

namespace lifeboat {

int BlockTable::blockAt(qint64 tarOffset) const
{
    const auto it = std::upper_bound(blocks.cbegin(), blocks.cend(), tarOffset,
                                     [](qint64 at, const Block &b) { return at < b.tarOffset; });
    if (it == blocks.cbegin())
        return -1;
    const int i = int(it - blocks.cbegin()) - 1;
    return tarOffset < blocks[i].tarOffset + blocks[i].tarLength ? i : -1;
}

qint64 BlockTable::seekPoint(int entry, qint64 dataOffset, qint64 dataSize, qint64 number, qint64 *firstDocument) const
{
    qint64 best = dataOffset;
    qint64 bestDocument = 0;
    // Blocks are in tar order and a file's document starts increase with it: the last block
    // of the file starting at or before `number`.
    for (int i = std::max(0, blockAt(dataOffset)); i < blocks.size(); ++i) {
        const Block &b = blocks[i];
        if (b.tarOffset < dataOffset)
            continue;
        if (b.tarOffset >= dataOffset + dataSize)
            break;
        if (b.entry == entry && b.firstDocument >= 0) {
            if (b.firstDocument > number)
                break;
            best = b.tarOffset;
            bestDocument = b.firstDocument;
        }
    }
    if (firstDocument)
        *firstDocument = bestDocument;
    return best;
}

QJsonArray BlockTable::toJson() const
{
    QJsonArray list;
    for (const Block &b : blocks) {
        list.append(QJsonArray{double(b.compressedOffset), double(b.compressedLength), double(b.tarOffset), double(b.tarLength),
                               b.entry, double(b.firstDocument)});
    }
    return list;
}

std::optional<BlockTable> BlockTable::fromJson(const QJsonArray &json, int entries)
{
    BlockTable table;
    table.blocks.reserve(json.size());
    qint64 compressedEnd = 0, tarEnd = 0;
    for (const QJsonValue &v : json) {
        const QJsonArray a = v.toArray();
        if (a.size() != 6)
            return std::nullopt;
        for (const QJsonValue &n : a) {
            // Integers only, within what a double carries exactly.
            if (!n.isDouble() || n.toDouble() != double(qint64(n.toDouble())) || std::abs(n.toDouble()) > 9.0e15)
                return std::nullopt;
        }
        Block b{qint64(a[0].toDouble()), qint64(a[1].toDouble()), qint64(a[2].toDouble()), qint64(a[3].toDouble()),
                int(a[4].toDouble()), qint64(a[5].toDouble())};
        if (b.compressedOffset != compressedEnd || b.tarOffset != tarEnd || b.compressedLength <= 0 || b.tarLength <= 0
            || b.tarLength > MaxReadTarBytes || b.compressedLength > MaxReadTarBytes + MaxReadTarBytes / 8 || b.entry < -1
            || b.entry >= entries || b.firstDocument < -1 || (b.entry < 0) != (b.firstDocument < 0))
            return std::nullopt;
        compressedEnd += b.compressedLength;
        tarEnd += b.tarLength;
        table.blocks << b;
    }
    return table;
}

} // namespace lifeboat
