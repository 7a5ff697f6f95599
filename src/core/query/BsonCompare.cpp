#include "core/query/BsonCompare.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace lifeboat {

namespace {

long double numberOf(const bson_value_t &v)
{
    switch (v.value_type) {
    case BSON_TYPE_INT32:
        return v.value.v_int32;
    case BSON_TYPE_INT64:
        return static_cast<long double>(v.value.v_int64);
    case BSON_TYPE_DOUBLE:
        return v.value.v_double;
    case BSON_TYPE_DECIMAL128: {
        char text[BSON_DECIMAL128_STRING];
        bson_decimal128_to_string(&v.value.v_decimal128, text);
        if (std::strcmp(text, "Infinity") == 0)
            return HUGE_VALL;
        if (std::strcmp(text, "-Infinity") == 0)
            return -HUGE_VALL;
        if (std::strcmp(text, "NaN") == 0)
            return NAN;
        return std::strtold(text, nullptr);
    }
    default:
        return 0;
    }
}

int compareNumbers(const bson_value_t &a, const bson_value_t &b)
{
    if (a.value_type == BSON_TYPE_INT64 && b.value_type == BSON_TYPE_INT64)
        return a.value.v_int64 < b.value.v_int64 ? -1 : a.value.v_int64 > b.value.v_int64 ? 1 : 0;
    const long double x = numberOf(a);
    const long double y = numberOf(b);
    // NaN equals NaN and sorts before every other number.
    if (std::isnan(x) || std::isnan(y))
        return std::isnan(x) && std::isnan(y) ? 0 : std::isnan(x) ? -1 : 1;
    return x < y ? -1 : x > y ? 1 : 0;
}

int compareBytes(const void *a, size_t alen, const void *b, size_t blen)
{
    const int c = std::memcmp(a, b, std::min(alen, blen));
    if (c != 0)
        return c < 0 ? -1 : 1;
    return alen < blen ? -1 : alen > blen ? 1 : 0;
}

int compareStrings(const bson_value_t &a, const bson_value_t &b)
{
    auto text = [](const bson_value_t &v, size_t &len) -> const char * {
        if (v.value_type == BSON_TYPE_SYMBOL) {
            len = v.value.v_symbol.len;
            return v.value.v_symbol.symbol;
        }
        len = v.value.v_utf8.len;
        return v.value.v_utf8.str;
    };
    size_t alen = 0, blen = 0;
    const char *x = text(a, alen);
    const char *y = text(b, blen);
    return compareBytes(x, alen, y, blen);
}

// Documents and arrays: element by element, each by type bracket, then name, then value;
// the shorter one first when one is a prefix of the other.
int compareDocuments(const uint8_t *adata, uint32_t alen, const uint8_t *bdata, uint32_t blen, bool compareNames)
{
    bson_iter_t ai, bi;
    if (!bson_iter_init_from_data(&ai, adata, alen) || !bson_iter_init_from_data(&bi, bdata, blen))
        return compareBytes(adata, alen, bdata, blen);
    for (;;) {
        const bool an = bson_iter_next(&ai);
        const bool bn = bson_iter_next(&bi);
        if (!an || !bn)
            return an == bn ? 0 : an ? 1 : -1;
        const int ta = BsonCompare::bracket(bson_iter_type(&ai));
        const int tb = BsonCompare::bracket(bson_iter_type(&bi));
        if (ta != tb)
            return ta < tb ? -1 : 1;
        if (compareNames) {
            const int n = std::strcmp(bson_iter_key(&ai), bson_iter_key(&bi));
            if (n != 0)
                return n < 0 ? -1 : 1;
        }
        const int v = BsonCompare::compare(*bson_iter_value(&ai), *bson_iter_value(&bi));
        if (v != 0)
            return v;
    }
}

int compareBinary(const bson_value_t &a, const bson_value_t &b)
{
    const auto &x = a.value.v_binary;
    const auto &y = b.value.v_binary;
    if (x.data_len != y.data_len)
        return x.data_len < y.data_len ? -1 : 1;
    if (x.subtype != y.subtype)
        return x.subtype < y.subtype ? -1 : 1;
    return compareBytes(x.data, x.data_len, y.data, y.data_len);
}

template <typename T>
int three(T x, T y)
{
    return x < y ? -1 : x > y ? 1 : 0;
}

int compareSameBracket(const bson_value_t &a, const bson_value_t &b)
{
    switch (a.value_type) {
    case BSON_TYPE_INT32:
    case BSON_TYPE_INT64:
    case BSON_TYPE_DOUBLE:
    case BSON_TYPE_DECIMAL128:
        return compareNumbers(a, b);
    case BSON_TYPE_UTF8:
    case BSON_TYPE_SYMBOL:
        return compareStrings(a, b);
    case BSON_TYPE_DOCUMENT:
        return compareDocuments(a.value.v_doc.data, a.value.v_doc.data_len, b.value.v_doc.data, b.value.v_doc.data_len, true);
    case BSON_TYPE_ARRAY:
        return compareDocuments(a.value.v_doc.data, a.value.v_doc.data_len, b.value.v_doc.data, b.value.v_doc.data_len, false);
    case BSON_TYPE_BINARY:
        return compareBinary(a, b);
    case BSON_TYPE_OID:
        return compareBytes(a.value.v_oid.bytes, 12, b.value.v_oid.bytes, 12);
    case BSON_TYPE_BOOL:
        return three(a.value.v_bool, b.value.v_bool);
    case BSON_TYPE_DATE_TIME:
        return three(a.value.v_datetime, b.value.v_datetime);
    case BSON_TYPE_TIMESTAMP: {
        const int t = three(a.value.v_timestamp.timestamp, b.value.v_timestamp.timestamp);
        return t != 0 ? t : three(a.value.v_timestamp.increment, b.value.v_timestamp.increment);
    }
    case BSON_TYPE_REGEX: {
        const int p = std::strcmp(a.value.v_regex.regex, b.value.v_regex.regex);
        return p != 0 ? (p < 0 ? -1 : 1) : three(std::strcmp(a.value.v_regex.options, b.value.v_regex.options), 0);
    }
    case BSON_TYPE_CODE:
        return compareBytes(a.value.v_code.code, a.value.v_code.code_len, b.value.v_code.code, b.value.v_code.code_len);
    case BSON_TYPE_CODEWSCOPE: {
        const int c = compareBytes(a.value.v_codewscope.code, a.value.v_codewscope.code_len, b.value.v_codewscope.code,
                                   b.value.v_codewscope.code_len);
        return c != 0 ? c
                      : compareDocuments(a.value.v_codewscope.scope_data, a.value.v_codewscope.scope_len,
                                         b.value.v_codewscope.scope_data, b.value.v_codewscope.scope_len, true);
    }
    case BSON_TYPE_DBPOINTER: {
        const int c = compareBytes(a.value.v_dbpointer.collection, a.value.v_dbpointer.collection_len,
                                   b.value.v_dbpointer.collection, b.value.v_dbpointer.collection_len);
        return c != 0 ? c : compareBytes(a.value.v_dbpointer.oid.bytes, 12, b.value.v_dbpointer.oid.bytes, 12);
    }
    default: // MinKey, MaxKey, null, undefined: one value each
        return 0;
    }
}

} // namespace

bool BsonCompare::isNumber(bson_type_t type)
{
    return type == BSON_TYPE_INT32 || type == BSON_TYPE_INT64 || type == BSON_TYPE_DOUBLE || type == BSON_TYPE_DECIMAL128;
}

int BsonCompare::bracket(bson_type_t type)
{
    switch (type) {
    case BSON_TYPE_MINKEY:
        return -1;
    case BSON_TYPE_UNDEFINED:
        return 0;
    case BSON_TYPE_NULL:
        return 5;
    case BSON_TYPE_INT32:
    case BSON_TYPE_INT64:
    case BSON_TYPE_DOUBLE:
    case BSON_TYPE_DECIMAL128:
        return 10;
    case BSON_TYPE_UTF8:
    case BSON_TYPE_SYMBOL:
        return 15;
    case BSON_TYPE_DOCUMENT:
        return 20;
    case BSON_TYPE_ARRAY:
        return 25;
    case BSON_TYPE_BINARY:
        return 30;
    case BSON_TYPE_OID:
        return 35;
    case BSON_TYPE_BOOL:
        return 40;
    case BSON_TYPE_DATE_TIME:
        return 45;
    case BSON_TYPE_TIMESTAMP:
        return 47;
    case BSON_TYPE_REGEX:
        return 50;
    case BSON_TYPE_DBPOINTER:
        return 55;
    case BSON_TYPE_CODE:
        return 60;
    case BSON_TYPE_CODEWSCOPE:
        return 65;
    case BSON_TYPE_MAXKEY:
        return 127;
    default:
        return 200;
    }
}

int BsonCompare::compare(const bson_value_t &a, const bson_value_t &b)
{
    const int ba = bracket(a.value_type);
    const int bb = bracket(b.value_type);
    if (ba != bb)
        return ba < bb ? -1 : 1;
    return compareSameBracket(a, b);
}

} // namespace lifeboat
