#include "core/codec/ExtJsonWriter.h"

#include "core/codec/JsonDoubleFormat.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>

namespace lifeboat {

namespace {

// libbson's BSON_MAX_RECURSION: a document or array inside a document this deep is written
// "{ ... }" by libbson; such documents take the fallback.
constexpr int MaxDepth = 200;
// libbson 1.23 prints $regularExpression options in this order, dropping all others.
constexpr char RegexOptionsSorted[] = "ilmsux";
// Relaxed $date as an ISO string up to 9999-12-31T23:59:59.999Z; later ones take the fallback.
constexpr int64_t MaxIsoDateMs = 253402300799999LL;

enum class Step { Ok, Raw, Fallback };

constexpr char HexDigits[] = "0123456789abcdef";
constexpr char Base64Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// True when one of the 8 bytes of w is below 0x20, '"', '\\' or 0x80 and up.
inline bool needsAttention(uint64_t w)
{
    constexpr uint64_t Ones = 0x0101010101010101ULL, High = 0x8080808080808080ULL;
    const uint64_t quote = w ^ (Ones * '"');
    const uint64_t slash = w ^ (Ones * '\\');
    const uint64_t control = (w - Ones * 0x20) & ~w;
    return ((w | control | ((quote - Ones) & ~quote) | ((slash - Ones) & ~slash)) & High) != 0;
}

// Bytes that a JSON string holds as they are (printable ASCII but '"' and '\\').
struct PlainBytes {
    bool plain[256];
    constexpr PlainBytes() : plain{}
    {
        for (int c = 0x20; c < 0x80; ++c)
            plain[c] = c != '"' && c != '\\';
    }
};
constexpr PlainBytes Plain;

// Length of the valid UTF-8 sequence at s (lead byte 0x80 and up) as libbson's
// bson_utf8_validate takes it, 0 when invalid. The two-byte NUL (C0 80), which that check
// lets through and libbson's escaping then refuses, is invalid here.
inline size_t utf8Sequence(const unsigned char *s, size_t left)
{
    const unsigned c = s[0];
    size_t n;
    uint32_t cp;
    if ((c & 0xE0) == 0xC0) {
        n = 2;
        cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        n = 3;
        cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        n = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (left < n)
        return 0;
    for (size_t i = 1; i < n; ++i) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if (cp > 0x10FFFF || (cp & 0xFFFFF800) == 0xD800)
        return 0;
    const uint32_t min = n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000;
    return cp >= min ? n : 0;
}

// One ASCII byte that needs escaping, as libbson's bson_utf8_escape_for_json writes it.
inline char *escapeAscii(unsigned char c, char *p)
{
    *p++ = '\\';
    switch (c) {
    case '"': *p++ = '"'; break;
    case '\\': *p++ = '\\'; break;
    case '\b': *p++ = 'b'; break;
    case '\f': *p++ = 'f'; break;
    case '\n': *p++ = 'n'; break;
    case '\r': *p++ = 'r'; break;
    case '\t': *p++ = 't'; break;
    default:
        std::memcpy(p, "u00", 3);
        p[3] = HexDigits[c >> 4];
        p[4] = HexDigits[c & 15];
        p += 5;
        break;
    }
    return p;
}

// Escapes UTF-8 text from s[*at] on, until *at reaches `stop` (a multi-byte sequence may end
// up to 3 bytes past it; n bounds it), without quotes; a NUL byte becomes \u0000. nullptr
// on invalid UTF-8. Room for 6 * (stop - *at) + 3 bytes must be reserved.
char *escape(const unsigned char *s, size_t n, size_t *at, size_t stop, char *p)
{
    size_t i = *at;
    while (i < stop) {
        while (i + 8 <= stop) {
            uint64_t w;
            std::memcpy(&w, s + i, 8);
            if (needsAttention(w))
                break;
            std::memcpy(p, s + i, 8);
            p += 8;
            i += 8;
        }
        while (i < stop && Plain.plain[s[i]])
            *p++ = char(s[i++]);
        if (i >= stop)
            break;
        const unsigned char c = s[i];
        if (c >= 0x80) {
            const size_t len = utf8Sequence(s + i, n - i);
            if (len == 0)
                return nullptr;
            std::memcpy(p, s + i, len);
            p += len;
            i += len;
        } else if (c < 0x20 || c == '"' || c == '\\') {
            p = escapeAscii(c, p);
            ++i;
        } else {
            *p++ = char(c);
            ++i;
        }
    }
    *at = i;
    return p;
}

char *base64(const uint8_t *s, size_t n, char *p)
{
    size_t i = 0;
    for (; i + 3 <= n; i += 3) {
        const uint32_t v = (uint32_t(s[i]) << 16) | (uint32_t(s[i + 1]) << 8) | s[i + 2];
        p[0] = Base64Alphabet[v >> 18];
        p[1] = Base64Alphabet[(v >> 12) & 63];
        p[2] = Base64Alphabet[(v >> 6) & 63];
        p[3] = Base64Alphabet[v & 63];
        p += 4;
    }
    if (n - i == 1) {
        const uint32_t v = uint32_t(s[i]) << 16;
        p[0] = Base64Alphabet[v >> 18];
        p[1] = Base64Alphabet[(v >> 12) & 63];
        p[2] = p[3] = '=';
        p += 4;
    } else if (n - i == 2) {
        const uint32_t v = (uint32_t(s[i]) << 16) | (uint32_t(s[i + 1]) << 8);
        p[0] = Base64Alphabet[v >> 18];
        p[1] = Base64Alphabet[(v >> 12) & 63];
        p[2] = Base64Alphabet[(v >> 6) & 63];
        p[3] = '=';
        p += 4;
    }
    return p;
}

// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm), for years 1970-9999.
void civilFromDays(int64_t days, int &year, unsigned &month, unsigned &day)
{
    days += 719468;
    const int64_t era = days / 146097;
    const unsigned doe = unsigned(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    day = doy - (153 * mp + 2) / 5 + 1;
    month = mp < 10 ? mp + 3 : mp - 9;
    year = int(yoe) + int(era) * 400 + (month <= 2 ? 1 : 0);
}

char *twoDigits(unsigned v, char *p)
{
    p[0] = char('0' + v / 10);
    p[1] = char('0' + v % 10);
    return p + 2;
}

// "YYYY-MM-DDTHH:MM:SS[.mmm]Z" as libbson's _bson_iso8601_date_format, 0 <= ms <= MaxIsoDateMs.
char *isoDate(int64_t ms, char *p)
{
    const int64_t seconds = ms / 1000;
    const unsigned millis = unsigned(ms % 1000);
    int year = 0;
    unsigned month = 0, day = 0;
    civilFromDays(seconds / 86400, year, month, day);
    const unsigned secOfDay = unsigned(seconds % 86400);
    p = twoDigits(unsigned(year) / 100, p);
    p = twoDigits(unsigned(year) % 100, p);
    *p++ = '-';
    p = twoDigits(month, p);
    *p++ = '-';
    p = twoDigits(day, p);
    *p++ = 'T';
    p = twoDigits(secOfDay / 3600, p);
    *p++ = ':';
    p = twoDigits(secOfDay / 60 % 60, p);
    *p++ = ':';
    p = twoDigits(secOfDay % 60, p);
    if (millis) {
        *p++ = '.';
        *p++ = char('0' + millis / 100);
        p = twoDigits(millis % 100, p);
    }
    *p++ = 'Z';
    return p;
}

bool decimalNeedsRaw(const bson_decimal128_t &dec, const char *text)
{
    bson_decimal128_t back;
    return !bson_decimal128_from_string(text, &back) || back.high != dec.high || back.low != dec.low;
}

// One document's encoding: the output and the style.
class Encoder final {
public:
    Encoder(JsonTextOutput &out, bool canonical) : m_out(out), m_canonical(canonical) {}

    Step members(bson_iter_t &it, int depth, bool keys);

private:
    Step value(bson_iter_t &it, int depth);
    Step nested(bson_iter_t &it, int depth, bool isArray);
    Step key(const bson_iter_t &it);
    bool string(const char *s, size_t n);
    void name(const char *quoted, size_t n); // a wrapper's key, quoted: "$oid"
    template <size_t N>
    void wrapperKey(const char (&quoted)[N]) { name(quoted, N - 1); }
    void quotedAscii(const char *s, size_t n);
    void integer(int64_t v, bool quoted);
    void dbl(double v, bool quoted);
    void oid(const bson_oid_t *oid);
    void dateTime(int64_t ms);
    void binary(const bson_iter_t &it);
    void regex(const char *options);
    Step small(bson_iter_t &it, bson_type_t type);
    Step text(bson_iter_t &it, bson_type_t type);
    Step codeWithScope(bson_iter_t &it);

    JsonTextOutput &m_out;
    bool m_canonical;
};

Step Encoder::members(bson_iter_t &it, int depth, bool keys)
{
    bool first = true;
    while (bson_iter_next(&it)) {
        if (!first)
            m_out.comma();
        first = false;
        if (keys) {
            if (Step s = key(it); s != Step::Ok)
                return s;
        }
        if (Step s = value(it, depth); s != Step::Ok)
            return s;
    }
    return it.err_off ? Step::Fallback : Step::Ok;
}

Step Encoder::key(const bson_iter_t &it)
{
    const char *k = bson_iter_key_unsafe(&it);
    if (!string(k, size_t(it.d1 - it.key - 1)))
        return Step::Fallback;
    m_out.colon();
    return Step::Ok;
}

// Reserved and escaped in one go, or for long strings a chunk at a time, so that a long
// string never reserves six times its size.
bool Encoder::string(const char *s, size_t n)
{
    constexpr size_t Chunk = 64 * 1024;
    const auto *u = reinterpret_cast<const unsigned char *>(s);
    m_out.scalar();
    size_t at = 0;
    if (n <= Chunk) [[likely]] {
        m_out.reserve(qsizetype(n) * 6 + 8);
        char *p = m_out.cursor();
        *p++ = '"';
        p = escape(u, n, &at, n, p);
        if (!p)
            return false;
        *p++ = '"';
        m_out.advanceTo(p);
        return true;
    }
    m_out.reserve(1);
    m_out.put('"');
    while (at < n) {
        const size_t stop = std::min(n, at + Chunk);
        m_out.reserve(qsizetype(stop - at) * 6 + 4);
        char *p = escape(u, n, &at, stop, m_out.cursor());
        if (!p)
            return false;
        m_out.advanceTo(p);
    }
    m_out.reserve(1);
    m_out.put('"');
    return true;
}

void Encoder::name(const char *quoted, size_t n)
{
    m_out.openWithKey(quoted, n);
}

void Encoder::quotedAscii(const char *s, size_t n)
{
    m_out.scalar();
    m_out.reserve(qsizetype(n) + 2);
    m_out.put('"');
    m_out.put(s, n);
    m_out.put('"');
}

void Encoder::integer(int64_t v, bool quoted)
{
    m_out.scalar();
    m_out.reserve(24);
    char *p = m_out.cursor();
    if (quoted)
        *p++ = '"';
    p = std::to_chars(p, p + 20, v).ptr;
    if (quoted)
        *p++ = '"';
    m_out.advanceTo(p);
}

void Encoder::dbl(double v, bool quoted)
{
    m_out.scalar();
    m_out.reserve(JsonDoubleFormat::MaxDoubleText + 2);
    char *p = m_out.cursor();
    if (quoted)
        *p++ = '"';
    p = JsonDoubleFormat::write(v, p);
    if (quoted)
        *p++ = '"';
    m_out.advanceTo(p);
}

void Encoder::oid(const bson_oid_t *oid)
{
    wrapperKey("\"$oid\"");
    m_out.scalar();
    m_out.reserve(26);
    char *p = m_out.cursor();
    *p++ = '"';
    for (int i = 0; i < 12; ++i) {
        *p++ = HexDigits[oid->bytes[i] >> 4];
        *p++ = HexDigits[oid->bytes[i] & 15];
    }
    *p++ = '"';
    m_out.advanceTo(p);
    m_out.close('}');
}

void Encoder::dateTime(int64_t ms)
{
    wrapperKey("\"$date\"");
    if (m_canonical || ms < 0) {
        wrapperKey("\"$numberLong\"");
        integer(ms, true);
        m_out.close('}');
    } else {
        char buffer[32];
        quotedAscii(buffer, size_t(isoDate(ms, buffer) - buffer));
    }
    m_out.close('}');
}

void Encoder::binary(const bson_iter_t &it)
{
    bson_subtype_t subtype = BSON_SUBTYPE_BINARY;
    uint32_t len = 0;
    const uint8_t *data = nullptr;
    bson_iter_binary(&it, &subtype, &len, &data);
    wrapperKey("\"$binary\"");
    wrapperKey("\"base64\"");
    m_out.scalar();
    m_out.reserve(qsizetype(len / 3 + 1) * 4 + 2);
    char *p = m_out.cursor();
    *p++ = '"';
    p = base64(data, len, p);
    *p++ = '"';
    m_out.advanceTo(p);
    m_out.comma();
    m_out.scalar();
    m_out.reserve(9);
    m_out.literal("\"subType\"");
    m_out.colon();
    const char type[2] = {HexDigits[(unsigned(subtype) >> 4) & 15], HexDigits[unsigned(subtype) & 15]};
    quotedAscii(type, 2);
    m_out.close('}');
    m_out.close('}');
}

void Encoder::regex(const char *options)
{
    m_out.comma();
    m_out.scalar();
    m_out.reserve(9);
    m_out.literal("\"options\"");
    m_out.colon();
    char sorted[sizeof RegexOptionsSorted];
    size_t n = 0;
    for (const char *c = RegexOptionsSorted; *c; ++c) {
        if (std::strchr(options, *c))
            sorted[n++] = *c;
    }
    quotedAscii(sorted, n);
    m_out.close('}');
    m_out.close('}');
}

// Values without text of their own.
Step Encoder::small(bson_iter_t &it, bson_type_t type)
{
    switch (type) {
    case BSON_TYPE_OID:
        oid(bson_iter_oid_unsafe(&it));
        break;
    case BSON_TYPE_DATE_TIME: {
        const int64_t ms = bson_iter_int64_unsafe(&it); // the same 8 bytes
        if (!m_canonical && ms > MaxIsoDateMs)
            return Step::Fallback;
        dateTime(ms);
        break;
    }
    case BSON_TYPE_BINARY:
        binary(it);
        break;
    case BSON_TYPE_TIMESTAMP: {
        uint32_t t = 0, i = 0;
        bson_iter_timestamp(&it, &t, &i);
        wrapperKey("\"$timestamp\"");
        wrapperKey("\"t\"");
        integer(t, false);
        m_out.comma();
        m_out.scalar();
        m_out.reserve(3);
        m_out.literal("\"i\"");
        m_out.colon();
        integer(i, false);
        m_out.close('}');
        m_out.close('}');
        break;
    }
    case BSON_TYPE_DECIMAL128: {
        bson_decimal128_t dec;
        bson_iter_decimal128(&it, &dec);
        char decimal[BSON_DECIMAL128_STRING];
        bson_decimal128_to_string(&dec, decimal);
        if (decimalNeedsRaw(dec, decimal))
            return Step::Raw;
        wrapperKey("\"$numberDecimal\"");
        quotedAscii(decimal, std::strlen(decimal));
        m_out.close('}');
        break;
    }
    case BSON_TYPE_UNDEFINED:
        wrapperKey("\"$undefined\"");
        m_out.scalar();
        m_out.reserve(4);
        m_out.literal("true");
        m_out.close('}');
        break;
    case BSON_TYPE_MAXKEY:
    case BSON_TYPE_MINKEY:
        if (type == BSON_TYPE_MAXKEY)
            wrapperKey("\"$maxKey\"");
        else
            wrapperKey("\"$minKey\"");
        m_out.scalar();
        m_out.reserve(1);
        m_out.put('1');
        m_out.close('}');
        break;
    default:
        return Step::Fallback;
    }
    return Step::Ok;
}

// Values holding text besides UTF-8 strings: regular expressions, code, symbols, DBPointers.
Step Encoder::text(bson_iter_t &it, bson_type_t type)
{
    uint32_t len = 0;
    switch (type) {
    case BSON_TYPE_REGEX: {
        const char *options = nullptr;
        const char *pattern = bson_iter_regex(&it, &options);
        wrapperKey("\"$regularExpression\"");
        wrapperKey("\"pattern\"");
        if (!string(pattern, std::strlen(pattern)))
            return Step::Fallback;
        regex(options);
        return Step::Ok;
    }
    case BSON_TYPE_CODE: {
        const char *code = bson_iter_code(&it, &len);
        if (std::memchr(code, 0, len))
            return Step::Raw;
        wrapperKey("\"$code\"");
        if (!string(code, len))
            return Step::Fallback;
        m_out.close('}');
        return Step::Ok;
    }
    case BSON_TYPE_SYMBOL: {
        const char *symbol = bson_iter_symbol(&it, &len);
        wrapperKey("\"$symbol\"");
        if (!string(symbol, len))
            return Step::Fallback;
        m_out.close('}');
        return Step::Ok;
    }
    case BSON_TYPE_DBPOINTER: {
        const char *collection = nullptr;
        const bson_oid_t *id = nullptr;
        bson_iter_dbpointer(&it, &len, &collection, &id);
        if (std::memchr(collection, 0, len) || !id)
            return Step::Fallback;
        wrapperKey("\"$dbPointer\"");
        wrapperKey("\"$ref\"");
        if (!string(collection, len))
            return Step::Fallback;
        m_out.comma();
        m_out.scalar();
        m_out.reserve(5);
        m_out.literal("\"$id\"");
        m_out.colon();
        oid(id);
        m_out.close('}');
        m_out.close('}');
        return Step::Ok;
    }
    case BSON_TYPE_CODEWSCOPE:
        return codeWithScope(it);
    default:
        return small(it, type);
    }
}

// {"$code": "...", "$scope": {...}}: libbson writes the scope as a document of its own
// (its nesting counted from 0 again).
Step Encoder::codeWithScope(bson_iter_t &it)
{
    uint32_t len = 0, scopeLen = 0;
    const uint8_t *scope = nullptr;
    const char *code = bson_iter_codewscope(&it, &len, &scopeLen, &scope);
    if (std::memchr(code, 0, len))
        return Step::Raw;
    wrapperKey("\"$code\"");
    if (!string(code, len))
        return Step::Fallback;
    m_out.comma();
    m_out.scalar();
    m_out.reserve(8);
    m_out.literal("\"$scope\"");
    m_out.colon();
    bson_t scopeDoc;
    bson_iter_t child;
    if (!bson_init_static(&scopeDoc, scope, scopeLen) || !bson_iter_init(&child, &scopeDoc))
        return Step::Fallback;
    m_out.open('{');
    if (Step s = members(child, 0, true); s != Step::Ok)
        return s;
    m_out.close('}');
    m_out.close('}');
    return Step::Ok;
}

Step Encoder::nested(bson_iter_t &it, int depth, bool isArray)
{
    if (depth >= MaxDepth)
        return Step::Fallback;
    // bson_iter_init_from_data makes the checks of libbson's writer (bson_init_static, then
    // bson_iter_init): at least 5 bytes, the length as declared, a final NUL. (libbson's
    // writer writes nothing at all for a value that fails them.)
    uint32_t len = 0;
    std::memcpy(&len, it.raw + it.d1, sizeof len);
    bson_iter_t child;
    if (!bson_iter_init_from_data(&child, it.raw + it.d1, BSON_UINT32_FROM_LE(len)))
        return Step::Fallback;
    m_out.open(isArray ? '[' : '{');
    if (Step s = members(child, depth + 1, !isArray); s != Step::Ok)
        return s;
    m_out.close(isArray ? ']' : '}');
    return Step::Ok;
}

Step Encoder::value(bson_iter_t &it, int depth)
{
    // bson_iter_next has checked the element: the inline accessors read it.
    const bson_type_t type = bson_iter_type_unsafe(&it);
    switch (type) {
    case BSON_TYPE_UTF8: {
        size_t len = 0;
        const char *s = bson_iter_utf8_unsafe(&it, &len);
        return string(s, len) ? Step::Ok : Step::Fallback;
    }
    case BSON_TYPE_INT32:
        if (m_canonical)
            wrapperKey("\"$numberInt\"");
        integer(bson_iter_int32_unsafe(&it), m_canonical);
        break;
    case BSON_TYPE_INT64:
        if (m_canonical)
            wrapperKey("\"$numberLong\"");
        integer(bson_iter_int64_unsafe(&it), m_canonical);
        break;
    case BSON_TYPE_DOUBLE: {
        const double d = bson_iter_double_unsafe(&it);
        const bool finite = d == d && d * 0 == 0;
        if (finite && !m_canonical) {
            dbl(d, false);
            return Step::Ok;
        }
        if (d != d) {
            uint64_t bits = 0;
            std::memcpy(&bits, &d, sizeof bits);
            if (bits != 0x7FF8000000000000ULL)
                return Step::Raw;
        }
        wrapperKey("\"$numberDouble\"");
        if (finite)
            dbl(d, true);
        else if (d != d)
            quotedAscii("NaN", 3);
        else if (d > 0)
            quotedAscii("Infinity", 8);
        else
            quotedAscii("-Infinity", 9);
        m_out.close('}');
        return Step::Ok;
    }
    case BSON_TYPE_DOCUMENT:
    case BSON_TYPE_ARRAY:
        return nested(it, depth, type == BSON_TYPE_ARRAY);
    case BSON_TYPE_BOOL:
        m_out.scalar();
        m_out.reserve(5);
        if (bson_iter_bool_unsafe(&it))
            m_out.literal("true");
        else
            m_out.literal("false");
        return Step::Ok;
    case BSON_TYPE_NULL:
        m_out.scalar();
        m_out.reserve(4);
        m_out.literal("null");
        return Step::Ok;
    default:
        return text(it, type);
    }
    if (m_canonical)
        m_out.close('}');
    return Step::Ok;
}

} // namespace

ExtJsonWriter::Outcome ExtJsonWriter::write(const bson_t *doc, QByteArray &out) const
{
    JsonTextOutput text(out, m_indent);
    bson_iter_t it;
    Step step = Step::Fallback;
    if (bson_iter_init(&it, doc)) {
        text.open('{');
        step = Encoder(text, m_canonical).members(it, 0, true);
        if (step == Step::Ok)
            text.close('}');
    }
    if (step != Step::Ok)
        text.discard();
    text.finish();
    return step == Step::Ok ? Outcome::Written : step == Step::Raw ? Outcome::NeedsRawBson : Outcome::Fallback;
}

} // namespace lifeboat
