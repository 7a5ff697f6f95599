#include "core/codec/ExtJsonCodec.h"

#include "core/codec/ExtJsonParser.h"
#include "core/codec/ExtJsonWriter.h"
#include "core/codec/JsonStringTracker.h"

#include <QJsonDocument>

#include <algorithm>
#include <cstring>
#include <optional>

namespace lifeboat {

QString jsonStyleName(JsonStyle style)
{
    return style == JsonStyle::Canonical ? QStringLiteral("canonical") : QStringLiteral("relaxed");
}

namespace {

bool iterNeedsRaw(bson_iter_t *it)
{
    while (bson_iter_next(it)) {
        switch (bson_iter_type(it)) {
        case BSON_TYPE_DOUBLE: {
            const double d = bson_iter_double(it);
            if (d != d) {
                uint64_t bits = 0;
                std::memcpy(&bits, &d, sizeof bits);
                if (bits != 0x7FF8000000000000ULL)
                    return true;
            }
            break;
        }
        case BSON_TYPE_DECIMAL128: {
            bson_decimal128_t dec, back;
            bson_iter_decimal128(it, &dec);
            char text[BSON_DECIMAL128_STRING];
            bson_decimal128_to_string(&dec, text);
            if (!bson_decimal128_from_string(text, &back) || back.high != dec.high || back.low != dec.low)
                return true;
            break;
        }
        case BSON_TYPE_CODE: {
            uint32_t len = 0;
            const char *code = bson_iter_code(it, &len);
            if (std::strlen(code) != len)
                return true;
            break;
        }
        case BSON_TYPE_CODEWSCOPE: {
            uint32_t len = 0, scopeLen = 0;
            const uint8_t *scope = nullptr;
            const char *code = bson_iter_codewscope(it, &len, &scopeLen, &scope);
            if (std::strlen(code) != len)
                return true;
            bson_t scopeDoc;
            bson_iter_t child;
            if (bson_init_static(&scopeDoc, scope, scopeLen) && bson_iter_init(&child, &scopeDoc) && iterNeedsRaw(&child))
                return true;
            break;
        }
        case BSON_TYPE_DOCUMENT:
        case BSON_TYPE_ARRAY: {
            bson_iter_t child;
            if (bson_iter_recurse(it, &child) && iterNeedsRaw(&child))
                return true;
            break;
        }
        default:
            break;
        }
    }
    return false;
}

} // namespace

bool ExtJsonCodec::needsRawBson(const bson_t *doc)
{
    bson_iter_t it;
    return bson_iter_init(&it, doc) && iterNeedsRaw(&it);
}

namespace {

void appendRawWrapper(const bson_t *doc, int indent, QByteArray &out)
{
    const QByteArray raw(reinterpret_cast<const char *>(bson_get_data(doc)), doc->len);
    if (indent > 0)
        out.append("{\n").append(QByteArray(indent, ' ')).append('"');
    else
        out.append("{\"");
    out.append(ExtJsonCodec::RawBsonKey);
    out.append(indent > 0 ? "\": \"" : "\":\"");
    out.append(raw.toBase64());
    out.append(indent > 0 ? "\"\n}" : "\"}");
}

} // namespace

Status ExtJsonCodec::encode(const bson_t *doc, JsonStyle style, int indent, QByteArray &out)
{
    switch (ExtJsonWriter(style, indent).write(doc, out)) {
    case ExtJsonWriter::Outcome::Written:
        return {};
    case ExtJsonWriter::Outcome::NeedsRawBson:
        appendRawWrapper(doc, indent, out);
        return {};
    case ExtJsonWriter::Outcome::Fallback:
        break;
    }
    return encodeWithLibbson(doc, style, indent, out);
}

Status ExtJsonCodec::encodeWithLibbson(const bson_t *doc, JsonStyle style, int indent, QByteArray &out)
{
    if (needsRawBson(doc)) {
        appendRawWrapper(doc, indent, out);
        return {};
    }
    size_t length = 0;
    char *json = style == JsonStyle::Canonical ? bson_as_canonical_extended_json(doc, &length)
                                               : bson_as_relaxed_extended_json(doc, &length);
    if (!json) {
        return Error(ErrorCode::ArchiveCorrupt,
                     QStringLiteral("document cannot be written as Extended JSON (invalid BSON or UTF-8)"));
    }
    reformat(QByteArrayView(json, static_cast<qsizetype>(length)), indent, out);
    bson_free(json);
    return {};
}

Result<QByteArray> ExtJsonCodec::encode(const bson_t *doc, JsonStyle style, int indent)
{
    QByteArray out;
    if (auto st = encode(doc, style, indent, out); !st)
        return st.error();
    return out;
}

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Past white space from `at`.
qsizetype skipSpace(QByteArrayView text, qsizetype at)
{
    while (at < text.size() && isJsonSpace(text[at]))
        ++at;
    return at;
}

// {"$lifeboatRawBson": "<base64>"}, exactly, as encode() writes it: nullopt when the text
// is not such a wrapper (its first key is another), an error when it is a wrapper with
// anything else in it (a document must not hide behind one).
std::optional<Result<BsonDocument>> rawWrapper(QByteArrayView json, const char *rawKey)
{
    const QByteArray key = QByteArray("\"") + rawKey + '"';
    qsizetype at = skipSpace(json, 0);
    if (at >= json.size() || json[at] != '{')
        return std::nullopt;
    at = skipSpace(json, at + 1);
    if (!json.sliced(at).startsWith(key))
        return std::nullopt;
    const Error invalid(ErrorCode::ArchiveCorrupt, QStringLiteral("invalid %1 document: it must hold that one key with a base64 string")
                                                       .arg(QLatin1String(rawKey)));
    at = skipSpace(json, at + key.size());
    if (at >= json.size() || json[at] != ':')
        return Result<BsonDocument>(invalid);
    const qsizetype open = skipSpace(json, at + 1);
    const qsizetype close = open < json.size() && json[open] == '"' ? json.indexOf('"', open + 1) : -1;
    if (close < 0 || skipSpace(json, close + 1) != json.size() - 1 || json.back() != '}')
        return Result<BsonDocument>(invalid);
    const auto decoded = QByteArray::fromBase64Encoding(json.sliced(open + 1, close - open - 1).toByteArray(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    BsonDocument raw = decoded ? BsonDocument::fromData(*decoded) : BsonDocument(nullptr);
    if (raw.isNull() || !bson_validate(raw.get(), BSON_VALIDATE_NONE, nullptr))
        return Result<BsonDocument>(Error(ErrorCode::ArchiveCorrupt, QStringLiteral("invalid %1 document").arg(QLatin1String(rawKey))));
    return Result<BsonDocument>(std::move(raw));
}

// True when the digits of an integer literal (no sign) exceed `limit`.
bool digitsExceed(QByteArrayView digits, QByteArrayView limit)
{
    while (digits.size() > 1 && digits.front() == '0')
        digits = digits.sliced(1);
    if (digits.size() != limit.size())
        return digits.size() > limit.size();
    return std::memcmp(digits.data(), limit.data(), size_t(digits.size())) > 0;
}

// An integer literal outside strings that does not fit in 64 bits: libbson's reader stores
// those wrapped (99999999999999999999 as 7766279631452241919), so they are refused here.
std::optional<QByteArray> integerBeyondInt64(QByteArrayView json)
{
    JsonStringTracker strings;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (strings.inString(c) || (c != '-' && (c < '0' || c > '9')))
            continue;
        qsizetype end = i;
        bool integer = true;
        while (end < json.size() && std::strchr("0123456789+-.eE", json[end]) && json[end] != '\0') {
            integer = integer && json[end] != '.' && json[end] != 'e' && json[end] != 'E';
            ++end;
        }
        const QByteArrayView token = json.sliced(i, end - i);
        const bool negative = token.startsWith('-');
        if (integer && digitsExceed(token.sliced(negative ? 1 : 0), negative ? "9223372036854775808" : "9223372036854775807"))
            return token.toByteArray();
        i = end - 1;
    }
    return std::nullopt;
}

} // namespace

Result<BsonDocument> ExtJsonCodec::decode(QByteArrayView json)
{
    // The common case without libbson's JSON reader; it declines everything else, which
    // takes the paths below.
    if (BsonDocument fast = ExtJsonParser::parse(json); !fast.isNull())
        return fast;
    // {"$lifeboatRawBson": "<base64>"}: a document Extended JSON could not carry exactly.
    if (auto raw = rawWrapper(json, RawBsonKey))
        return std::move(*raw);
    // What libbson's reader would take wrongly, or describe with a cut message.
    if (const qsizetype nul = json.indexOf('\0'); nul >= 0)
        return Error(ErrorCode::ArchiveCorrupt, QStringLiteral("a NUL byte at byte %1 of the document: JSON text cannot hold one "
                                                               "(inside a string it is written \\u0000)").arg(nul + 1));
    if (const auto big = integerBeyondInt64(json))
        return Error(ErrorCode::ArchiveCorrupt, QStringLiteral("the integer %1 does not fit in 64 bits").arg(QString::fromLatin1(*big)));
    // bson_new_from_json, not bson_init_from_json on a bson_new() document: the latter
    // re-initialises it as a static bson_t (leaking the heap struct) and destroys it on
    // failure, so the BsonDocument destructor would free it a second time.
    bson_error_t error;
    bson_t *parsed = bson_new_from_json(reinterpret_cast<const uint8_t *>(json.data() ? json.data() : ""),
                                        static_cast<ssize_t>(json.size()), &error);
    if (!parsed)
        return Error(ErrorCode::ArchiveCorrupt, QString::fromUtf8(error.message));
    return BsonDocument(parsed);
}

namespace {

void newline(QByteArray &out, int indent, int depth)
{
    out.append('\n');
    out.append(QByteArray(indent * depth, ' '));
}

} // namespace

void ExtJsonCodec::reformat(QByteArrayView json, int indent, QByteArray &out)
{
    out.reserve(out.size() + json.size());
    const char *p = json.data();
    const char *const end = p + json.size();
    int depth = 0;
    bool justOpened = false; // last significant token was '{' or '['
    while (p < end) {
        const char c = *p;
        if (c == '"') {
            // Copy the whole string literal, honouring escapes.
            const char *start = p++;
            while (p < end && *p != '"') {
                if (*p == '\\' && p + 1 < end)
                    ++p;
                ++p;
            }
            if (p < end)
                ++p;
            if (justOpened && indent > 0)
                newline(out, indent, depth);
            justOpened = false;
            out.append(start, p - start);
            continue;
        }
        ++p;
        switch (c) {
        case ' ': case '\t': case '\n': case '\r':
            break;
        case '{': case '[':
            if (justOpened && indent > 0)
                newline(out, indent, depth);
            out.append(c);
            ++depth;
            justOpened = true;
            break;
        case '}': case ']':
            --depth;
            if (!justOpened && indent > 0)
                newline(out, indent, depth);
            out.append(c);
            justOpened = false;
            break;
        case ',':
            out.append(c);
            if (indent > 0)
                newline(out, indent, depth);
            break;
        case ':':
            out.append(indent > 0 ? QByteArrayView(": ") : QByteArrayView(":"));
            break;
        default:
            if (justOpened && indent > 0)
                newline(out, indent, depth);
            justOpened = false;
            out.append(c);
            break;
        }
    }
}

Result<BsonDocument> ExtJsonCodec::decodeArray(const QJsonArray &array)
{
    // Parse {"a": [...]} and take the array.
    const QByteArray text = "{\"a\":" + QJsonDocument(array).toJson(QJsonDocument::Compact) + "}";
    auto doc = decode(text);
    if (!doc)
        return doc.error();
    bson_iter_t it;
    if (!bson_iter_init_find(&it, doc->get(), "a") || !BSON_ITER_HOLDS_ARRAY(&it))
        return Error(ErrorCode::Internal, QStringLiteral("not a JSON array"));
    uint32_t len = 0;
    const uint8_t *data = nullptr;
    bson_iter_array(&it, &len, &data);
    return BsonDocument::fromData(QByteArrayView(reinterpret_cast<const char *>(data), len));
}

} // namespace lifeboat
