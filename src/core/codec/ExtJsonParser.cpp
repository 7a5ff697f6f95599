#include "core/codec/ExtJsonParser.h"

#include "core/codec/BsonBuilder.h"

#include <array>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>

namespace lifeboat {

namespace {

// libbson's reader refuses documents nested deeper than 100 levels; declining a little
// earlier leaves those to it.
constexpr int MaxDepth = 90;

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return c - 'A' + 10;
}

// RFC 3629 UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF. At least as
// strict as libbson's check, so nothing passes here that libbson would refuse.
bool validUtf8(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        if (n - i >= 8) { // eight ASCII bytes at a time
            uint64_t w;
            std::memcpy(&w, s + i, 8);
            if ((w & 0x8080808080808080ull) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        size_t len;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            return false;
        }
        if (i + len > n || s[i + 1] < lo || s[i + 1] > hi)
            return false;
        for (size_t k = 2; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return false;
        }
        i += len;
    }
    return true;
}

void appendUtf8(std::string &out, uint32_t cp)
{
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

// Base64 digit values; -1 for anything else.
constexpr std::array<int8_t, 256> Base64Values = [] {
    std::array<int8_t, 256> t{};
    for (auto &v : t)
        v = -1;
    for (int i = 0; i < 26; ++i) {
        t[size_t('A' + i)] = int8_t(i);
        t[size_t('a' + i)] = int8_t(26 + i);
    }
    for (int i = 0; i < 10; ++i)
        t[size_t('0' + i)] = int8_t(52 + i);
    t[size_t('+')] = 62;
    t[size_t('/')] = 63;
    return t;
}();

// Strict standard base64 with padding; refuses what b64_pton might read differently
// (white space, missing padding, stray bits after the last byte).
bool decodeBase64(std::string_view in, std::string &out)
{
    out.clear();
    if (in.size() % 4 != 0)
        return false;
    const size_t pad = in.empty() ? 0 : in.back() != '=' ? 0 : in[in.size() - 2] == '=' ? 2 : 1;
    out.resize(in.size() / 4 * 3 - pad);
    const auto *src = reinterpret_cast<const unsigned char *>(in.data());
    auto *dst = reinterpret_cast<unsigned char *>(out.data());
    const size_t whole = pad ? in.size() - 4 : in.size(); // the groups without padding
    for (size_t i = 0; i < whole; i += 4, dst += 3) {
        const int a = Base64Values[src[i]], b = Base64Values[src[i + 1]], c = Base64Values[src[i + 2]], d = Base64Values[src[i + 3]];
        if ((a | b | c | d) < 0)
            return false;
        const uint32_t bits = uint32_t(a) << 18 | uint32_t(b) << 12 | uint32_t(c) << 6 | uint32_t(d);
        dst[0] = static_cast<unsigned char>(bits >> 16);
        dst[1] = static_cast<unsigned char>(bits >> 8);
        dst[2] = static_cast<unsigned char>(bits);
    }
    if (!pad)
        return true;
    const unsigned char *g = src + whole;
    const int a = Base64Values[g[0]], b = Base64Values[g[1]], c = pad == 1 ? Base64Values[g[2]] : 0;
    if ((a | b | c) < 0)
        return false;
    const uint32_t bits = uint32_t(a) << 18 | uint32_t(b) << 12 | uint32_t(c) << 6;
    dst[0] = static_cast<unsigned char>(bits >> 16);
    if (pad == 2)
        return (bits & 0xFFFF) == 0;
    dst[1] = static_cast<unsigned char>(bits >> 8);
    return (bits & 0xFF) == 0;
}

// -?[0-9]+ as a 64-bit integer, as bson_ascii_strtoll reads it.
bool parseInt64Text(std::string_view s, int64_t &value)
{
    if (s.empty() || s.size() > 20)
        return false;
    size_t i = s[0] == '-' ? 1 : 0;
    if (i == s.size())
        return false;
    for (size_t k = i; k < s.size(); ++k) {
        if (s[k] < '0' || s[k] > '9')
            return false;
    }
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    return ec == std::errc() && ptr == s.data() + s.size();
}

// A JSON number's text, checked against the JSON grammar.
bool isJsonNumber(std::string_view s, bool &isFloat)
{
    size_t i = 0;
    const size_t n = s.size();
    isFloat = false;
    if (i < n && s[i] == '-')
        ++i;
    if (i >= n)
        return false;
    if (s[i] == '0') {
        ++i;
    } else if (s[i] >= '1' && s[i] <= '9') {
        while (i < n && s[i] >= '0' && s[i] <= '9')
            ++i;
    } else {
        return false;
    }
    if (i < n && s[i] == '.') {
        isFloat = true;
        ++i;
        const size_t digits = i;
        while (i < n && s[i] >= '0' && s[i] <= '9')
            ++i;
        if (i == digits)
            return false;
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        isFloat = true;
        ++i;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            ++i;
        const size_t digits = i;
        while (i < n && s[i] >= '0' && s[i] <= '9')
            ++i;
        if (i == digits)
            return false;
    }
    return i == n;
}

// A finite double from decimal text, in the C locale whatever the process' locale is.
bool parseDouble(std::string_view s, double &value)
{
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    return ec == std::errc() && ptr == s.data() + s.size() && std::isfinite(value);
}

#if defined(__SSE2__)
// Sixteen bytes at a time: a bit per byte that is below 0x20, a quote or a backslash, and a
// bit per byte with its high bit set (non-ASCII).
struct Stops16 {
    unsigned stops;
    unsigned high;
};
Stops16 stringStops16(const char *p)
{
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
    // Below 0x20 as unsigned bytes: min(v, 0x1f) == v.
    const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1f)), v);
    const __m128i quote = _mm_cmpeq_epi8(v, _mm_set1_epi8('"'));
    const __m128i backslash = _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'));
    const unsigned stops = unsigned(_mm_movemask_epi8(_mm_or_si128(control, _mm_or_si128(quote, backslash))));
    return {stops, unsigned(_mm_movemask_epi8(v))};
}
#endif

// Eight bytes at a time: a mask with the high bit of the first byte that is below 0x20, a
// quote or a backslash set (bits above it may be set too); zero when there is none.
uint64_t stringStops(uint64_t w)
{
    constexpr uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    const uint64_t quote = w ^ (ones * '"'), backslash = w ^ (ones * '\\');
    return ((w - ones * 0x20) & ~w & high) | ((quote - ones) & ~quote & high) | ((backslash - ones) & ~backslash & high);
}

class Parser {
public:
    Parser(const char *begin, const char *end, BsonBuilder &out) : m_p(begin), m_end(end), m_out(out) {}

    bool topLevel()
    {
        m_out.reset();
        skipSpace();
        if (!consume('{'))
            return false;
        if (!members(1))
            return false;
        m_out.finish();
        skipSpace();
        return m_p == m_end && !m_out.full();
    }

private:
    void skipSpace()
    {
        const char *p = m_p;
        while (p < m_end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
            ++p;
        m_p = p;
    }

    bool consume(char c)
    {
        skipSpace();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }

    // A string literal at m_p (after white space). `out` points into the input when the
    // literal has no escapes, else into `buffer`.
    bool string(std::string_view &out, std::string &buffer)
    {
        skipSpace();
        if (m_p >= m_end || *m_p != '"')
            return false;
        const char *const start = m_p + 1;
        const char *p = start;
        uint64_t seen = 0; // every byte's bits OR-ed: a high bit means non-ASCII text
#if defined(__SSE2__)
        while (m_end - p >= 16) {
            const Stops16 s = stringStops16(p);
            if (s.stops) {
                const int before = __builtin_ctz(s.stops);
                seen |= (s.high & ((1u << before) - 1)) ? 0x80 : 0;
                p += before;
                goto tail;
            }
            seen |= s.high ? 0x80 : 0;
            p += 16;
        }
#endif
        while (m_end - p >= 8) {
            uint64_t w;
            std::memcpy(&w, p, 8);
            if (const uint64_t stops = stringStops(w)) {
                const int before = __builtin_ctzll(stops) / 8;
                seen |= before ? w & (~0ull >> (64 - 8 * before)) : 0;
                p += before;
                break;
            }
            seen |= w;
            p += 8;
        }
#if defined(__SSE2__)
    tail:
#endif
        for (; p < m_end; ++p) {
            const unsigned char c = static_cast<unsigned char>(*p);
            if (c == '"') {
                out = std::string_view(start, static_cast<size_t>(p - start));
                m_p = p + 1;
                return (seen & 0x8080808080808080ull) == 0 || validUtf8(reinterpret_cast<const unsigned char *>(out.data()), out.size());
            }
            if (c == '\\') {
                m_p = p;
                return escapedString(start, out, buffer);
            }
            if (c < 0x20)
                return false;
            seen |= c;
        }
        return false;
    }

    bool escapedString(const char *start, std::string_view &out, std::string &buffer)
    {
        buffer.assign(start, static_cast<size_t>(m_p - start));
        while (m_p < m_end) {
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                ++m_p;
                out = buffer;
                return validUtf8(reinterpret_cast<const unsigned char *>(buffer.data()), buffer.size());
            }
            if (c < 0x20)
                return false;
            if (c != '\\') {
                buffer.push_back(static_cast<char>(c));
                ++m_p;
                continue;
            }
            if (++m_p >= m_end)
                return false;
            switch (*m_p++) {
            case '"': buffer.push_back('"'); break;
            case '\\': buffer.push_back('\\'); break;
            case '/': buffer.push_back('/'); break;
            case 'b': buffer.push_back('\b'); break;
            case 'f': buffer.push_back('\f'); break;
            case 'n': buffer.push_back('\n'); break;
            case 'r': buffer.push_back('\r'); break;
            case 't': buffer.push_back('\t'); break;
            case 'u': {
                uint32_t cp = 0;
                if (!hex4(cp) || cp == 0)
                    return false; // \u0000: left to libbson
                if (cp >= 0xDC00 && cp <= 0xDFFF)
                    return false; // a lone low surrogate
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    uint32_t low = 0;
                    if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u')
                        return false;
                    m_p += 2;
                    if (!hex4(low) || low < 0xDC00 || low > 0xDFFF)
                        return false;
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                }
                appendUtf8(buffer, cp);
                break;
            }
            default:
                return false;
            }
        }
        return false;
    }

    bool hex4(uint32_t &cp)
    {
        if (m_end - m_p < 4)
            return false;
        cp = 0;
        for (int k = 0; k < 4; ++k) {
            if (!isHex(m_p[k]))
                return false;
            cp = cp << 4 | uint32_t(hexValue(m_p[k]));
        }
        m_p += 4;
        return true;
    }

    // The members of an object whose '{' has been read, up to and including its '}'.
    bool members(int depth)
    {
        return consume('}') || moreMembers(depth);
    }

    // `key` has been read; reads ':' and the value.
    bool member(std::string_view key, int depth)
    {
        if (!key.empty() && key[0] == '$')
            return false; // DBRef fields, query operators, misplaced wrappers: libbson's call
        if (!consume(':'))
            return false;
        return value(key, depth);
    }

    bool value(std::string_view key, int depth)
    {
        skipSpace();
        if (m_p >= m_end)
            return false;
        switch (*m_p) {
        case '{':
            ++m_p;
            return object(key, depth + 1);
        case '[': {
            ++m_p;
            if (depth + 1 > MaxDepth)
                return false;
            const size_t at = m_out.open(BsonBuilder::Array, key);
            if (!elements(depth + 1))
                return false;
            m_out.end(at);
            return true;
        }
        case '"': {
            std::string_view text;
            if (!string(text, m_valueBuffer))
                return false;
            m_out.utf8(key, text);
            return true;
        }
        case 't':
            return literal("true") && (m_out.boolean(key, true), true);
        case 'f':
            return literal("false") && (m_out.boolean(key, false), true);
        case 'n':
            return literal("null") && (m_out.null(key), true);
        default:
            return number(key);
        }
    }

    bool literal(std::string_view word)
    {
        if (static_cast<size_t>(m_end - m_p) < word.size() || std::memcmp(m_p, word.data(), word.size()) != 0)
            return false;
        m_p += word.size();
        return true;
    }

    bool number(std::string_view key)
    {
        const char *const start = m_p;
        while (m_p < m_end) {
            const char c = *m_p;
            if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E')
                ++m_p;
            else
                break;
        }
        const std::string_view text(start, static_cast<size_t>(m_p - start));
        bool isFloat = false;
        if (!isJsonNumber(text, isFloat))
            return false;
        if (isFloat) {
            double d = 0;
            return parseDouble(text, d) && (m_out.dbl(key, d), true);
        }
        // libbson: int32 when it fits, else int64; "-0" (an int32 0 there) is left to it.
        const bool negative = text[0] == '-';
        const std::string_view digits = text.substr(negative ? 1 : 0);
        if (digits.size() > 19)
            return false;
        uint64_t v = 0;
        for (const char c : digits)
            v = v * 10 + uint64_t(c - '0');
        if (negative && v == 0)
            return false;
        if (!negative) {
            if (v <= uint64_t(std::numeric_limits<int32_t>::max()))
                return m_out.int32(key, static_cast<int32_t>(v)), true;
            if (v <= uint64_t(std::numeric_limits<int64_t>::max()))
                return m_out.int64(key, static_cast<int64_t>(v)), true;
            return false;
        }
        if (v <= uint64_t(std::numeric_limits<int32_t>::max()) + 1)
            return m_out.int32(key, static_cast<int32_t>(-static_cast<int64_t>(v))), true;
        if (v <= uint64_t(std::numeric_limits<int64_t>::max()))
            return m_out.int64(key, -static_cast<int64_t>(v)), true;
        if (v == uint64_t(std::numeric_limits<int64_t>::max()) + 1)
            return m_out.int64(key, std::numeric_limits<int64_t>::min()), true;
        return false;
    }

    bool elements(int depth)
    {
        if (consume(']'))
            return true;
        char indexBuffer[16];
        for (uint32_t i = 0;; ++i) {
            const char *indexKey = nullptr;
            const size_t n = bson_uint32_to_string(i, &indexKey, indexBuffer, sizeof indexBuffer);
            if (!value(std::string_view(indexKey, n), depth))
                return false;
            if (consume(','))
                continue;
            return consume(']');
        }
    }

    // A nested object whose '{' has been read: a sub-document, or a canonical type wrapper
    // when its first key is one.
    bool object(std::string_view key, int depth)
    {
        if (depth > MaxDepth)
            return false;
        if (consume('}')) {
            m_out.end(m_out.open(BsonBuilder::Document, key));
            return true;
        }
        std::string firstBuffer;
        std::string_view first;
        if (!string(first, firstBuffer))
            return false;
        if (!first.empty() && first[0] == '$')
            return wrapper(key, first) && consume('}');
        const size_t at = m_out.open(BsonBuilder::Document, key);
        if (!member(first, depth))
            return false;
        if (!consume(',')) {
            if (!consume('}'))
                return false;
        } else if (!moreMembers(depth)) {
            return false;
        }
        m_out.end(at);
        return true;
    }

    // Members (at least one) up to and including the '}'.
    bool moreMembers(int depth)
    {
        std::string keyBuffer;
        std::string_view key;
        for (;;) {
            if (!string(key, keyBuffer))
                return false;
            if (!member(key, depth))
                return false;
            if (consume(','))
                continue;
            return consume('}');
        }
    }

    bool stringValue(std::string_view &text)
    {
        return consume(':') && string(text, m_valueBuffer);
    }

    bool wrapper(std::string_view key, std::string_view type)
    {
        if (type == "$oid")
            return oid(key);
        if (type == "$numberInt" || type == "$numberLong")
            return integer(key, type == "$numberLong");
        if (type == "$numberDouble")
            return numberDouble(key);
        if (type == "$numberDecimal") {
            std::string_view text;
            if (!stringValue(text))
                return false;
            const std::string terminated(text);
            bson_decimal128_t dec;
            return bson_decimal128_from_string(terminated.c_str(), &dec) && (m_out.decimal128(key, dec), true);
        }
        if (type == "$date")
            return date(key);
        if (type == "$binary")
            return binary(key);
        if (type == "$timestamp")
            return timestamp(key);
        return false;
    }

    bool oid(std::string_view key)
    {
        std::string_view text;
        if (!stringValue(text) || text.size() != 24)
            return false;
        uint8_t bytes[12];
        for (size_t i = 0; i < 12; ++i) {
            const char hi = text[2 * i], lo = text[2 * i + 1];
            if (!isHex(hi) || !isHex(lo))
                return false;
            bytes[i] = static_cast<uint8_t>(hexValue(hi) << 4 | hexValue(lo));
        }
        m_out.oid(key, bytes);
        return true;
    }

    bool integer(std::string_view key, bool isLong)
    {
        std::string_view text;
        int64_t v = 0;
        if (!stringValue(text) || !parseInt64Text(text, v))
            return false;
        if (isLong) {
            m_out.int64(key, v);
            return true;
        }
        if (v < std::numeric_limits<int32_t>::min() || v > std::numeric_limits<int32_t>::max())
            return false;
        m_out.int32(key, static_cast<int32_t>(v));
        return true;
    }

    bool numberDouble(std::string_view key)
    {
        std::string_view text;
        if (!stringValue(text))
            return false;
        double d = 0;
        if (text == "Infinity")
            d = std::numeric_limits<double>::infinity();
        else if (text == "-Infinity")
            d = -std::numeric_limits<double>::infinity();
        else if (text == "NaN")
            d = std::numeric_limits<double>::quiet_NaN();
        else {
            bool isFloat = false;
            if (!isJsonNumber(text, isFloat) || !parseDouble(text, d))
                return false;
        }
        m_out.dbl(key, d);
        return true;
    }

    // Canonical only: {"$date": {"$numberLong": "<ms>"}}.
    bool date(std::string_view key)
    {
        std::string inner;
        std::string_view innerKey, text;
        int64_t ms = 0;
        if (!consume(':') || !consume('{') || !string(innerKey, inner) || innerKey != "$numberLong"
            || !stringValue(text) || !parseInt64Text(text, ms) || !consume('}'))
            return false;
        m_out.dateTime(key, ms);
        return true;
    }

    bool binary(std::string_view key)
    {
        if (!consume(':') || !consume('{'))
            return false;
        bool haveData = false;
        int subtype = -1;
        std::string keyBuffer;
        std::string_view field;
        for (int i = 0; i < 2; ++i) {
            if (i == 1 && !consume(','))
                return false;
            std::string_view text;
            if (!string(field, keyBuffer))
                return false;
            if (field == "base64" && !haveData) {
                if (!stringValue(text) || !decodeBase64(text, m_binaryBuffer))
                    return false;
                haveData = true;
            } else if (field == "subType" && subtype < 0) {
                if (!stringValue(text) || text.size() != 2 || !isHex(text[0]) || !isHex(text[1]))
                    return false;
                subtype = hexValue(text[0]) * 16 + hexValue(text[1]);
            } else {
                return false;
            }
        }
        if (!consume('}'))
            return false;
        m_out.binary(key, static_cast<uint8_t>(subtype), m_binaryBuffer.data(), m_binaryBuffer.size());
        return true;
    }

    bool timestamp(std::string_view key)
    {
        if (!consume(':') || !consume('{'))
            return false;
        int64_t t = -1, inc = -1;
        std::string keyBuffer;
        std::string_view field;
        for (int i = 0; i < 2; ++i) {
            if (i == 1 && !consume(','))
                return false;
            if (!string(field, keyBuffer) || !consume(':'))
                return false;
            int64_t *slot = field == "t" ? &t : field == "i" ? &inc : nullptr;
            if (!slot || *slot >= 0)
                return false;
            skipSpace();
            const char *start = m_p;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
            const std::string_view digits(start, static_cast<size_t>(m_p - start));
            bool isFloat = false;
            if (digits.empty() || !isJsonNumber(digits, isFloat) || digits.size() > 10
                || !parseInt64Text(digits, *slot) || *slot > int64_t(std::numeric_limits<uint32_t>::max()))
                return false;
            if (m_p < m_end && (*m_p == '.' || *m_p == 'e' || *m_p == 'E'))
                return false;
        }
        if (!consume('}'))
            return false;
        m_out.timestamp(key, static_cast<uint32_t>(t), static_cast<uint32_t>(inc));
        return true;
    }

    const char *m_p;
    const char *m_end;
    BsonBuilder &m_out;
    std::string m_valueBuffer;
    std::string m_binaryBuffer;
};

} // namespace

BsonDocument ExtJsonParser::parse(QByteArrayView json)
{
    BsonDocument doc;
    if (!parseInto(json, doc))
        return BsonDocument(nullptr);
    return doc;
}

namespace {

// The document's bytes in this thread's builder, whose buffer keeps its capacity from one
// document to the next; nullptr when the fast path declines.
const BsonBuilder *build(QByteArrayView json)
{
    thread_local BsonBuilder builder;
    if (json.isEmpty())
        return nullptr;
    Parser parser(json.data(), json.data() + json.size(), builder);
    return parser.topLevel() ? &builder : nullptr;
}

} // namespace

bool ExtJsonParser::parseInto(QByteArrayView json, BsonDocument &doc)
{
    if (const BsonBuilder *built = build(json)) {
        if (doc.isNull())
            doc = BsonDocument();
        bson_reinit(doc.get());
        if (uint8_t *bytes = bson_reserve_buffer(doc.get(), uint32_t(built->size()))) {
            std::memcpy(bytes, built->data(), built->size());
            return true;
        }
    }
    doc = BsonDocument();
    return false;
}

bool ExtJsonParser::parseInto(QByteArrayView json, PackedDocuments &batch)
{
    const BsonBuilder *built = build(json);
    if (built)
        batch.append(built->data(), built->size());
    return built != nullptr;
}

} // namespace lifeboat
