#include "core/diff/DocumentId.h"

#include "core/codec/ExtJsonCodec.h"

namespace lifeboat {

QByteArray DocumentId::keyOf(const bson_t *doc)
{
    bson_iter_t it;
    bson_t key = BSON_INITIALIZER;
    if (bson_iter_init_find(&it, doc, "_id"))
        bson_append_iter(&key, "_id", 3, &it);
    QByteArray out(reinterpret_cast<const char *>(bson_get_data(&key)), int(key.len));
    bson_destroy(&key);
    return out;
}

bool DocumentId::viewKey(const QByteArray &key, bson_t *out)
{
    return bson_init_static(out, reinterpret_cast<const uint8_t *>(key.constData()), size_t(key.size()));
}

QByteArray DocumentId::toJson(const QByteArray &key)
{
    bson_t doc;
    if (!viewKey(key, &doc))
        return QByteArrayLiteral("?");
    auto json = ExtJsonCodec::encode(&doc, JsonStyle::Canonical, 0);
    if (!json)
        return QByteArrayLiteral("?");
    const QByteArray prefix = QByteArrayLiteral("{\"_id\":");
    if (json->startsWith(prefix) && json->endsWith('}'))
        return json->mid(prefix.size(), json->size() - prefix.size() - 1);
    return *json;
}

} // namespace lifeboat
