#include "core/query/FieldPath.h"

namespace lifeboat {

namespace {

bool isIndex(const QByteArray &part)
{
    if (part.isEmpty() || part.size() > 9)
        return false;
    for (char c : part) {
        if (c < '0' || c > '9')
            return false;
    }
    return part.size() == 1 || part.at(0) != '0';
}

} // namespace

FieldPath::FieldPath(const QByteArray &dotted) : m_dotted(dotted), m_parts(dotted.split('.')) {}

FieldPath::Values FieldPath::valuesIn(const bson_t *doc) const
{
    Values out;
    walkDocument(bson_get_data(doc), doc->len, 0, out);
    return out;
}

// `v` was reached by part next-1: the end of the path, or the walk goes on into it.
void FieldPath::walkValue(const bson_value_t &v, int next, Values &out) const
{
    if (next == m_parts.size()) {
        out.values.push_back(Value{v});
        return;
    }
    if (v.value_type == BSON_TYPE_DOCUMENT)
        walkDocument(v.value.v_doc.data, v.value.v_doc.data_len, next, out);
    else if (v.value_type == BSON_TYPE_ARRAY)
        walkArray(v.value.v_doc.data, v.value.v_doc.data_len, next, out);
    else
        out.missing = true;
}

void FieldPath::walkDocument(const uint8_t *data, uint32_t len, int part, Values &out) const
{
    bson_iter_t it;
    if (!bson_iter_init_from_data(&it, data, len) || !bson_iter_find_w_len(&it, m_parts.at(part).constData(), int(m_parts.at(part).size()))) {
        out.missing = true;
        return;
    }
    walkValue(*bson_iter_value(&it), part + 1, out);
}

// An array met before the path's end: a numeric part picks that element; every element that
// is a document is walked with the same part (arrays nested in arrays are not walked into).
void FieldPath::walkArray(const uint8_t *data, uint32_t len, int part, Values &out) const
{
    const QByteArray &name = m_parts.at(part);
    bson_iter_t it;
    if (!bson_iter_init_from_data(&it, data, len))
        return;
    if (isIndex(name)) {
        bson_iter_t at = it;
        if (bson_iter_find_w_len(&at, name.constData(), int(name.size())))
            walkValue(*bson_iter_value(&at), part + 1, out);
        else
            out.missing = true;
    }
    bool any = false;
    while (bson_iter_next(&it)) {
        if (bson_iter_type(&it) != BSON_TYPE_DOCUMENT)
            continue;
        any = true;
        const bson_value_t *v = bson_iter_value(&it);
        Values inner;
        walkDocument(v->value.v_doc.data, v->value.v_doc.data_len, part, inner);
        out.values.insert(out.values.end(), inner.values.begin(), inner.values.end());
        // An element document without the field counts as missing, unless the part was an index.
        if (inner.missing && !isIndex(name))
            out.missing = true;
    }
    if (!any && !isIndex(name))
        out.missing = true;
}

} // namespace lifeboat
