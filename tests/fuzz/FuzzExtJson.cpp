// Differential fuzz target: Lifeboat's Extended JSON readers against libbson's.
//
// The same input goes through
//   1. ExtJsonParser::parse (the fast parser) and bson_new_from_json: when the fast parser
//      accepts, libbson must accept and give the same bytes (the parser only ever declines);
//   2. ExtJsonCodec::decode and bson_new_from_json: the same bytes, or both refuse, except
//      where Lifeboat refuses on purpose what libbson takes wrongly (integers beyond int64,
//      stored wrapped; a NUL byte, where libbson stops at the end of a first document and
//      ignores the rest) or reads differently on purpose (the {"$lifeboatRawBson": ...} wrapper);
//   3. JsonDocumentReader (JSON Lines, pretty or several per line, read in small chunks):
//      every document it returns must be what decode gives for its text.
// Any difference aborts, which libFuzzer reports as a finding.
#include "core/codec/ExtJsonCodec.h"
#include "core/codec/ExtJsonParser.h"
#include "core/codec/JsonDocumentReader.h"

#include <QByteArray>
#include <QString>

#include <bson/bson.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace lifeboat;

namespace {

struct Libbson {
    bson_t *doc = nullptr;
    explicit Libbson(QByteArrayView json)
    {
        bson_error_t error;
        doc = bson_new_from_json(reinterpret_cast<const uint8_t *>(json.data() ? json.data() : ""), json.size(), &error);
    }
    ~Libbson()
    {
        if (doc)
            bson_destroy(doc);
    }
    Libbson(const Libbson &) = delete;
    Libbson &operator=(const Libbson &) = delete;
    QByteArray bytes() const { return QByteArray(reinterpret_cast<const char *>(bson_get_data(doc)), doc->len); }
};

[[noreturn]] void finding(const char *what, QByteArrayView json, const QString &detail = {})
{
    std::fprintf(stderr, "DIFFERENCE: %s\ninput: %.*s\n%s\n", what, int(std::min<qsizetype>(json.size(), 2000)), json.data(),
                 detail.toUtf8().constData());
    std::abort();
}

// The text opens with the raw wrapper's key, the one form decode() reads on purpose unlike libbson.
bool isRawWrapper(QByteArrayView json)
{
    const QByteArrayView t = json.trimmed();
    if (!t.startsWith('{'))
        return false;
    const QByteArray key = QByteArray("\"") + ExtJsonCodec::RawBsonKey + '"';
    return t.sliced(1).trimmed().startsWith(key);
}

// Lifeboat refuses these on purpose where libbson accepts (and stores something else, or
// stops reading at the end of a first document and ignores what follows).
bool isDeliberateRefusal(const Error &e)
{
    return e.message.contains(QLatin1String("does not fit in 64 bits")) || e.message.contains(QLatin1String(ExtJsonCodec::RawBsonKey))
           || e.message.contains(QLatin1String("a NUL byte"));
}

void fastParserAgrees(QByteArrayView json)
{
    const BsonDocument fast = ExtJsonParser::parse(json);
    if (fast.isNull())
        return;
    const Libbson lib(json);
    if (!lib.doc)
        finding("the fast parser accepts what libbson refuses", json);
    if (fast.toByteArray() != lib.bytes())
        finding("the fast parser's bytes differ from libbson's", json,
                QString::fromLatin1(fast.toByteArray().toHex() + "\n" + lib.bytes().toHex()));
}

void decodeAgrees(QByteArrayView json)
{
    const auto ours = ExtJsonCodec::decode(json);
    if (isRawWrapper(json))
        return;
    const Libbson lib(json);
    if (ours.ok() && !lib.doc)
        finding("decode accepts what libbson refuses", json);
    if (!ours.ok() && lib.doc && !isDeliberateRefusal(ours.error()))
        finding("decode refuses what libbson accepts", json, ours.error().message);
    if (ours.ok() && ours->toByteArray() != lib.bytes())
        finding("decode's bytes differ from libbson's", json);
}

void readerAgrees(QByteArrayView stream)
{
    qint64 offset = 0;
    JsonDocumentReader reader(QStringLiteral("fuzz.jsonl"), [&](char *buffer, qint64 max) -> Result<qint64> {
        // Small, uneven chunks: documents and escapes cross read boundaries.
        const qint64 n = std::min<qint64>({max, stream.size() - offset, 1 + offset % 7});
        std::memcpy(buffer, stream.data() + offset, size_t(n));
        offset += n;
        return n;
    }, true);
    for (int i = 0; i < 1000; ++i) {
        auto next = reader.next();
        if (!next.ok() || !next->has_value())
            return;
        const auto &doc = **next;
        const auto again = ExtJsonCodec::decode(doc.text);
        if (!again.ok() || again->toByteArray() != doc.bson.toByteArray())
            finding("the reader's document differs from decode of its text", doc.text);
        decodeAgrees(doc.text);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QByteArrayView json(reinterpret_cast<const char *>(data), qsizetype(size));
    fastParserAgrees(json);
    decodeAgrees(json);
    readerAgrees(json);
    return 0;
}
