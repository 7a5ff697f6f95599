#include "core/codec/ExtJsonParser.h"

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

int base64Value(unsigned char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

// Strict standard base64 with padding; refuses what b64_pton might read differently
// (white space, missing padding, stray bits after the last byte).
bool decodeBase64(std::string_view in, std::string &out)
{
    out.clear();
    if (in.size() % 4 != 0)
        return false;
    out.reserve(in.size() / 4 * 3);
    for (size_t i = 0; i < in.size(); i += 4) {
        const bool last = i + 4 == in.size();
        int v[4];
        int pad = 0;
        for (int k = 0; k < 4; ++k) {
            const unsigned char c = static_cast<unsigned char>(in[i + k]);
            if (c == '=' && last && k >= 2) {
                v[k] = 0;
                ++pad;
                continue;
            }
            if (pad > 0)
                return false; // data after padding
            v[k] = base64Value(c);
            if (v[k] < 0)
                return false;
        }
        const uint32_t bits = (uint32_t(v[0]) << 18) | (uint32_t(v[1]) << 12) | (uint32_t(v[2]) << 6) | uint32_t(v[3]);
        out.push_back(static_cast<char>(bits >> 16));
        if (pad == 2) {
            if (bits & 0xFFFF)
                return false;
        } else {
            out.push_back(static_cast<char>((bits >> 8) & 0xFF));
            if (pad == 1) {
                if (bits & 0xFF)
                    return false;
            } else {
                out.push_back(static_cast<char>(bits & 0xFF));
            }
        }
    }
    return true;
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

class Parser {
public:
    Parser(const char *begin, const char *end) : m_p(begin), m_end(end) {}

    bool topLevel(bson_t *doc)
    {
        skipSpace();
        if (!consume('{'))
            return false;
        if (!members(doc, 1))
            return false;
        skipSpace();
        return m_p == m_end;
    }

private:
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
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
        const char *const start = ++m_p;
        bool ascii = true;
        while (m_p < m_end) {
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                out = std::string_view(start, static_cast<size_t>(m_p - start));
                ++m_p;
                return ascii || validUtf8(reinterpret_cast<const unsigned char *>(out.data()), out.size());
            }
            if (c == '\\')
                return escapedString(start, out, buffer);
            if (c < 0x20)
                return false;
            if (c >= 0x80)
                ascii = false;
            ++m_p;
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
    bool members(bson_t *doc, int depth)
    {
        return consume('}') || moreMembers(doc, depth);
    }

    // `key` has been read; reads ':' and the value.
    bool member(bson_t *doc, std::string_view key, int depth)
    {
        if (!key.empty() && key[0] == '$')
            return false; // DBRef fields, query operators, misplaced wrappers: libbson's call
        if (!consume(':'))
            return false;
        return value(doc, key, depth);
    }

    bool value(bson_t *parent, std::string_view key, int depth)
    {
        skipSpace();
        if (m_p >= m_end)
            return false;
        const char *k = key.data();
        const int kn = static_cast<int>(key.size());
        switch (*m_p) {
        case '{':
            ++m_p;
            return object(parent, key, depth + 1);
        case '[': {
            ++m_p;
            if (depth + 1 > MaxDepth)
                return false;
            bson_t child;
            if (!bson_append_array_begin(parent, k, kn, &child))
                return false;
            if (!elements(&child, depth + 1))
                return false;
            return bson_append_array_end(parent, &child);
        }
        case '"': {
            std::string_view text;
            if (!string(text, m_valueBuffer))
                return false;
            return bson_append_utf8(parent, k, kn, text.data(), static_cast<int>(text.size()));
        }
        case 't':
            return literal("true") && bson_append_bool(parent, k, kn, true);
        case 'f':
            return literal("false") && bson_append_bool(parent, k, kn, false);
        case 'n':
            return literal("null") && bson_append_null(parent, k, kn);
        default:
            return number(parent, k, kn);
        }
    }

    bool literal(std::string_view word)
    {
        if (static_cast<size_t>(m_end - m_p) < word.size() || std::memcmp(m_p, word.data(), word.size()) != 0)
            return false;
        m_p += word.size();
        return true;
    }

    bool number(bson_t *parent, const char *k, int kn)
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
            return parseDouble(text, d) && bson_append_double(parent, k, kn, d);
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
                return bson_append_int32(parent, k, kn, static_cast<int32_t>(v));
            if (v <= uint64_t(std::numeric_limits<int64_t>::max()))
                return bson_append_int64(parent, k, kn, static_cast<int64_t>(v));
            return false;
        }
        if (v <= uint64_t(std::numeric_limits<int32_t>::max()) + 1)
            return bson_append_int32(parent, k, kn, static_cast<int32_t>(-static_cast<int64_t>(v)));
        if (v <= uint64_t(std::numeric_limits<int64_t>::max()))
            return bson_append_int64(parent, k, kn, -static_cast<int64_t>(v));
        if (v == uint64_t(std::numeric_limits<int64_t>::max()) + 1)
            return bson_append_int64(parent, k, kn, std::numeric_limits<int64_t>::min());
        return false;
    }

    bool elements(bson_t *array, int depth)
    {
        if (consume(']'))
            return true;
        char indexBuffer[16];
        for (uint32_t i = 0;; ++i) {
            const char *indexKey = nullptr;
            const size_t n = bson_uint32_to_string(i, &indexKey, indexBuffer, sizeof indexBuffer);
            if (!value(array, std::string_view(indexKey, n), depth))
                return false;
            if (consume(','))
                continue;
            return consume(']');
        }
    }

    // A nested object whose '{' has been read: a sub-document, or a canonical type wrapper
    // when its first key is one.
    bool object(bson_t *parent, std::string_view key, int depth)
    {
        if (depth > MaxDepth)
            return false;
        const char *k = key.data();
        const int kn = static_cast<int>(key.size());
        bson_t child;
        if (consume('}')) {
            return bson_append_document_begin(parent, k, kn, &child) && bson_append_document_end(parent, &child);
        }
        std::string firstBuffer;
        std::string_view first;
        if (!string(first, firstBuffer))
            return false;
        if (!first.empty() && first[0] == '$')
            return wrapper(parent, k, kn, first) && consume('}');
        if (!bson_append_document_begin(parent, k, kn, &child))
            return false;
        if (!member(&child, first, depth))
            return false;
        if (!consume(',')) {
            if (!consume('}'))
                return false;
        } else if (!moreMembers(&child, depth)) {
            return false;
        }
        return bson_append_document_end(parent, &child);
    }

    // Members (at least one) up to and including the '}'.
    bool moreMembers(bson_t *doc, int depth)
    {
        std::string keyBuffer;
        std::string_view key;
        for (;;) {
            if (!string(key, keyBuffer))
                return false;
            if (!member(doc, key, depth))
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

    bool wrapper(bson_t *parent, const char *k, int kn, std::string_view type)
    {
        std::string_view text;
        if (type == "$oid") {
            if (!stringValue(text) || text.size() != 24)
                return false;
            for (const char c : text) {
                if (!isHex(c))
                    return false;
            }
            char hex[25];
            std::memcpy(hex, text.data(), 24);
            hex[24] = '\0';
            bson_oid_t oid;
            bson_oid_init_from_string(&oid, hex);
            return bson_append_oid(parent, k, kn, &oid);
        }
        if (type == "$numberInt") {
            int64_t v = 0;
            if (!stringValue(text) || !parseInt64Text(text, v) || v < std::numeric_limits<int32_t>::min()
                || v > std::numeric_limits<int32_t>::max())
                return false;
            return bson_append_int32(parent, k, kn, static_cast<int32_t>(v));
        }
        if (type == "$numberLong") {
            int64_t v = 0;
            return stringValue(text) && parseInt64Text(text, v) && bson_append_int64(parent, k, kn, v);
        }
        if (type == "$numberDouble") {
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
            return bson_append_double(parent, k, kn, d);
        }
        if (type == "$numberDecimal") {
            if (!stringValue(text))
                return false;
            const std::string terminated(text);
            bson_decimal128_t dec;
            return bson_decimal128_from_string(terminated.c_str(), &dec) && bson_append_decimal128(parent, k, kn, &dec);
        }
        if (type == "$date") {
            // Canonical only: {"$date": {"$numberLong": "<ms>"}}.
            std::string inner;
            std::string_view innerKey;
            int64_t ms = 0;
            if (!consume(':') || !consume('{') || !string(innerKey, inner) || innerKey != "$numberLong"
                || !stringValue(text) || !parseInt64Text(text, ms) || !consume('}'))
                return false;
            return bson_append_date_time(parent, k, kn, ms);
        }
        if (type == "$binary")
            return binary(parent, k, kn);
        if (type == "$timestamp")
            return timestamp(parent, k, kn);
        return false;
    }

    bool binary(bson_t *parent, const char *k, int kn)
    {
        if (!consume(':') || !consume('{'))
            return false;
        std::string data;
        bool haveData = false;
        int subtype = -1;
        std::string keyBuffer;
        std::string_view key;
        for (int i = 0; i < 2; ++i) {
            if (i == 1 && !consume(','))
                return false;
            std::string_view text;
            if (!string(key, keyBuffer))
                return false;
            if (key == "base64" && !haveData) {
                if (!stringValue(text) || !decodeBase64(text, data))
                    return false;
                haveData = true;
            } else if (key == "subType" && subtype < 0) {
                if (!stringValue(text) || text.size() != 2 || !isHex(text[0]) || !isHex(text[1]))
                    return false;
                subtype = hexValue(text[0]) * 16 + hexValue(text[1]);
            } else {
                return false;
            }
        }
        if (!consume('}'))
            return false;
        return bson_append_binary(parent, k, kn, static_cast<bson_subtype_t>(subtype),
                                  reinterpret_cast<const uint8_t *>(data.data()), static_cast<uint32_t>(data.size()));
    }

    bool timestamp(bson_t *parent, const char *k, int kn)
    {
        if (!consume(':') || !consume('{'))
            return false;
        int64_t t = -1, inc = -1;
        std::string keyBuffer;
        std::string_view key;
        for (int i = 0; i < 2; ++i) {
            if (i == 1 && !consume(','))
                return false;
            if (!string(key, keyBuffer) || !consume(':'))
                return false;
            int64_t *slot = key == "t" ? &t : key == "i" ? &inc : nullptr;
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
        return bson_append_timestamp(parent, k, kn, static_cast<uint32_t>(t), static_cast<uint32_t>(inc));
    }

    const char *m_p;
    const char *m_end;
    std::string m_valueBuffer;
};

} // namespace

BsonDocument ExtJsonParser::parse(QByteArrayView json)
{
    if (json.isEmpty())
        return BsonDocument(nullptr);
    BsonDocument doc;
    Parser parser(json.data(), json.data() + json.size());
    if (!parser.topLevel(doc.get()))
        return BsonDocument(nullptr);
    return doc;
}

} // namespace lifeboat
