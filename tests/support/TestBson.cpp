#include "TestBson.h"

#include "core/codec/ExtJsonCodec.h"

#include <QtGlobal>

namespace lifeboat::test {

QByteArray canonical(const bson_t *doc)
{
    if (!doc)
        return "<null document>";
    auto json = ExtJsonCodec::encode(doc, JsonStyle::Canonical, 0);
    if (!json.ok())
        return "<encode error: " + json.error().message.toUtf8() + '>';
    return *json;
}

BsonDocument decode(QByteArrayView json)
{
    auto doc = ExtJsonCodec::decode(json);
    if (!doc.ok())
        qFatal("bad test JSON %s: %s", json.toByteArray().constData(), qPrintable(doc.error().message));
    return std::move(*doc);
}

} // namespace lifeboat::test
