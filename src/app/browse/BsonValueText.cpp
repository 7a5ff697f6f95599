#include "app/browse/BsonValueText.h"

#include "core/codec/ExtJsonCodec.h"

#include <QCoreApplication>

namespace lifeboat::app {

namespace {

QString cut(const QString &text, int maxChars)
{
    if (text.size() <= maxChars)
        return text;
    return text.left(maxChars) + QChar(0x2026);
}

qint64 countKeys(const QByteArray &bytes)
{
    bson_t doc;
    if (!bson_init_static(&doc, reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size())))
        return 0;
    return qint64(bson_count_keys(&doc));
}

} // namespace

bool BsonValueText::isContainer(const bson_iter_t *iter)
{
    return BSON_ITER_HOLDS_DOCUMENT(iter) || BSON_ITER_HOLDS_ARRAY(iter);
}

QByteArray BsonValueText::containerBytes(const bson_iter_t *iter)
{
    uint32_t len = 0;
    const uint8_t *data = nullptr;
    if (BSON_ITER_HOLDS_DOCUMENT(iter))
        bson_iter_document(iter, &len, &data);
    else if (BSON_ITER_HOLDS_ARRAY(iter))
        bson_iter_array(iter, &len, &data);
    else
        return {};
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(len));
}

QString BsonValueText::of(const bson_iter_t *iter, int maxChars)
{
    if (BSON_ITER_HOLDS_UTF8(iter)) {
        uint32_t len = 0;
        const char *s = bson_iter_utf8(iter, &len);
        return cut(QString::fromUtf8(s, qsizetype(qMin<uint32_t>(len, uint32_t(maxChars) * 4 + 4))), maxChars);
    }
    if (BSON_ITER_HOLDS_DOCUMENT(iter))
        return QCoreApplication::translate("BsonValueText", "Object (%1)").arg(countKeys(containerBytes(iter)));
    if (BSON_ITER_HOLDS_ARRAY(iter))
        return QCoreApplication::translate("BsonValueText", "Array (%1)").arg(countKeys(containerBytes(iter)));
    return cut(json(iter), maxChars);
}

QString BsonValueText::json(const bson_iter_t *iter)
{
    // {"v": value} as relaxed Extended JSON, the value's part kept.
    bson_t one = BSON_INITIALIZER;
    bson_append_iter(&one, "v", 1, iter);
    QByteArray out;
    const bool ok = bool(ExtJsonCodec::encode(&one, JsonStyle::Relaxed, 0, out));
    bson_destroy(&one);
    if (!ok)
        return QStringLiteral("?");
    const qsizetype colon = out.indexOf(':');
    if (colon < 0 || !out.endsWith('}'))
        return QString::fromUtf8(out);
    return QString::fromUtf8(out.mid(colon + 1, out.size() - colon - 2)).trimmed();
}

} // namespace lifeboat::app
