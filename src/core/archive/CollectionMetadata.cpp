#include "core/archive/CollectionMetadata.h"

#include "core/codec/ExtJsonCodec.h"

namespace lifeboat {

Result<QHash<QString, CollectionMetadataEntry>> CollectionMetadata::parse(const QByteArray &json, const QString &sourceName)
{
    // libbson parses documents, not arrays: wrap the array in one.
    const QByteArray wrapped = QByteArray("{\"entries\":") + json + QByteArray("}");
    auto doc = ExtJsonCodec::decode(wrapped);
    if (!doc)
        return Error(ErrorCode::ArchiveCorrupt, QStringLiteral("%1: %2").arg(sourceName, doc.error().message));
    QHash<QString, CollectionMetadataEntry> out;
    bson_iter_t it, arr;
    if (!bson_iter_init_find(&it, doc->get(), "entries") || !BSON_ITER_HOLDS_ARRAY(&it) || !bson_iter_recurse(&it, &arr))
        return Error(ErrorCode::ArchiveCorrupt, QStringLiteral("%1 is not a JSON array of collections").arg(sourceName));
    while (bson_iter_next(&arr)) {
        if (!BSON_ITER_HOLDS_DOCUMENT(&arr))
            continue;
        bson_iter_t e;
        bson_iter_recurse(&arr, &e);
        CollectionMetadataEntry entry;
        entry.type = QStringLiteral("collection");
        entry.options = std::make_shared<BsonDocument>();
        while (bson_iter_next(&e)) {
            const QByteArrayView key(bson_iter_key(&e));
            if (key == "name" && BSON_ITER_HOLDS_UTF8(&e)) {
                entry.name = QString::fromUtf8(bson_iter_utf8(&e, nullptr));
            } else if (key == "type" && BSON_ITER_HOLDS_UTF8(&e)) {
                entry.type = QString::fromUtf8(bson_iter_utf8(&e, nullptr));
            } else if (key == "options" && BSON_ITER_HOLDS_DOCUMENT(&e)) {
                uint32_t len = 0;
                const uint8_t *data = nullptr;
                bson_iter_document(&e, &len, &data);
                entry.options = std::make_shared<BsonDocument>(BsonDocument::fromData(QByteArrayView(reinterpret_cast<const char *>(data), len)));
            }
        }
        if (!entry.name.isEmpty())
            out.insert(entry.name, std::move(entry));
    }
    return out;
}

} // namespace lifeboat
