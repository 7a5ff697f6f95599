#include "core/diff/ChangedFields.h"

#include <QList>

#include <algorithm>
#include <cstring>
#include <vector>

namespace lifeboat {

namespace {

struct Element {
    QByteArray key;
    bson_type_t type;
    const uint8_t *raw;  // the element's value bytes
    uint32_t rawLength;
};

// The elements point into `data` (no copy of a bson_iter_t is kept: its type is 128-byte
// aligned, which a container does not promise).
QList<Element> elementsOf(const uint8_t *data, uint32_t len)
{
    QList<Element> out;
    bson_iter_t it;
    if (!bson_iter_init_from_data(&it, data, len))
        return out;
    while (bson_iter_next(&it))
        out << Element{QByteArray(bson_iter_key(&it)), bson_iter_type(&it), it.raw + it.d1, it.next_off - it.d1};
    return out;
}

bool sameBytes(const Element &a, const Element &b)
{
    return a.type == b.type && a.rawLength == b.rawLength && std::memcmp(a.raw, b.raw, a.rawLength) == 0;
}

void compareContainers(const uint8_t *a, uint32_t alen, const uint8_t *b, uint32_t blen, const QString &prefix, bool isArray,
                       QStringList &out);

// The element's embedded document or array bytes (after the length prefix the raw bytes hold it all).
void nested(const Element &e, const uint8_t *&data, uint32_t &len)
{
    data = e.raw;
    std::memcpy(&len, e.raw, sizeof len);
}

void compareElements(const Element &a, const Element &b, const QString &path, QStringList &out)
{
    if (sameBytes(a, b))
        return;
    const bool bothDocs = a.type == BSON_TYPE_DOCUMENT && b.type == BSON_TYPE_DOCUMENT;
    const bool bothArrays = a.type == BSON_TYPE_ARRAY && b.type == BSON_TYPE_ARRAY;
    if (!bothDocs && !bothArrays) {
        out << path;
        return;
    }
    const uint8_t *ad, *bd;
    uint32_t al, bl;
    nested(a, ad, al);
    nested(b, bd, bl);
    compareContainers(ad, al, bd, bl, path + QLatin1Char('.'), bothArrays, out);
}

void compareContainers(const uint8_t *a, uint32_t alen, const uint8_t *b, uint32_t blen, const QString &prefix, bool isArray,
                       QStringList &out)
{
    const QList<Element> x = elementsOf(a, alen);
    const QList<Element> y = elementsOf(b, blen);
    const QString self = prefix.left(prefix.size() - 1);
    if (isArray && x.size() != y.size()) {
        out << self;
        return;
    }
    const qsizetype before = out.size();
    for (const Element &e : x) {
        const QString path = prefix + QString::fromUtf8(e.key);
        const auto other = std::find_if(y.begin(), y.end(), [&e](const Element &f) { return f.key == e.key; });
        if (other == y.end())
            out << path;
        else
            compareElements(e, *other, path, out);
    }
    for (const Element &f : y) {
        if (std::none_of(x.begin(), x.end(), [&f](const Element &e) { return e.key == f.key; }))
            out << prefix + QString::fromUtf8(f.key);
    }
    if (out.size() == before && !isArray && !self.isEmpty())
        out << self + QStringLiteral(" (field order)");
    else if (out.size() == before && self.isEmpty())
        out << QStringLiteral("(field order)");
}

} // namespace

QStringList ChangedFields::between(const bson_t *before, const bson_t *after)
{
    QStringList out;
    if (before->len == after->len && std::memcmp(bson_get_data(before), bson_get_data(after), before->len) == 0)
        return out;
    compareContainers(bson_get_data(before), before->len, bson_get_data(after), after->len, QString(), false, out);
    return out;
}

} // namespace lifeboat
