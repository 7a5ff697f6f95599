#include "core/backup/BackupFolder.h"

#include "core/codec/ExtJsonCodec.h"

namespace lifeboat {

QByteArray BackupFolder::metadataJson() const
{
    QByteArray out("[\n");
    bool first = true;
    for (const auto &entry : entries) {
        if (!first)
            out.append(",\n");
        first = false;
        out.append("  ");
        (void)ExtJsonCodec::encode(entry->get(), JsonStyle::Canonical, 0, out);
    }
    out.append("\n]\n");
    return out;
}

} // namespace lifeboat
