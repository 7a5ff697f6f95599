#include "app/restore/surgical/DocumentIdText.h"

#include "app/browse/BsonValueText.h"
#include "core/codec/ExtJsonCodec.h"

namespace lifeboat::app {

QString DocumentIdText::relaxed(const QByteArray &canonicalId)
{
    auto doc = ExtJsonCodec::decode(QByteArray("{\"_id\":" + canonicalId + "}"));
    bson_iter_t it;
    if (!doc || !bson_iter_init_find(&it, doc->get(), "_id"))
        return QString::fromUtf8(canonicalId);
    return BsonValueText::json(&it);
}

bool DocumentIdText::lessThan(const QString &a, const QString &b)
{
    bool aNumber = false, bNumber = false;
    const double x = a.toDouble(&aNumber);
    const double y = b.toDouble(&bNumber);
    if (aNumber != bNumber)
        return aNumber;
    if (aNumber && x != y)
        return x < y;
    return a < b;
}

} // namespace lifeboat::app
