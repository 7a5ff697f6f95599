#include "core/query/DocumentFilter.h"

#include "core/codec/ExtJsonCodec.h"
#include "core/query/FilterParser.h"

#include <cstring>

namespace lifeboat {

namespace {

constexpr const char *TypeStandIn = "$lifeboatQueryType";

// A copy of `from` with every key `TypeStandIn` named "$type" again.
void renameTypeKeys(const bson_t *from, bson_t *to)
{
    bson_iter_t it;
    if (!bson_iter_init(&it, from))
        return;
    while (bson_iter_next(&it)) {
        const char *key = std::strcmp(bson_iter_key(&it), TypeStandIn) == 0 ? "$type" : bson_iter_key(&it);
        if (BSON_ITER_HOLDS_DOCUMENT(&it) || BSON_ITER_HOLDS_ARRAY(&it)) {
            uint32_t len = 0;
            const uint8_t *data = nullptr;
            const bool array = BSON_ITER_HOLDS_ARRAY(&it);
            if (array)
                bson_iter_array(&it, &len, &data);
            else
                bson_iter_document(&it, &len, &data);
            bson_t inner, child;
            if (!bson_init_static(&inner, data, len))
                continue;
            if (array)
                bson_append_array_begin(to, key, -1, &child);
            else
                bson_append_document_begin(to, key, -1, &child);
            renameTypeKeys(&inner, &child);
            if (array)
                bson_append_array_end(to, &child);
            else
                bson_append_document_end(to, &child);
        } else {
            bson_append_value(to, key, -1, bson_iter_value(&it));
        }
    }
}

// libbson reads {"$type": 4} as half of a legacy {"$binary": ..., "$type": ...}: a query's
// $type operator with a number is read under another name, then renamed back.
Result<BsonDocument> decodeQuery(QByteArrayView json)
{
    auto doc = ExtJsonCodec::decode(json);
    if (doc || !json.contains(QByteArrayView("\"$type\"")))
        return doc;
    QByteArray text = json.toByteArray();
    text.replace(QByteArrayView("\"$type\""), QByteArray(QByteArray("\"") + TypeStandIn + "\""));
    auto standIn = ExtJsonCodec::decode(text);
    if (!standIn)
        return doc;
    BsonDocument out;
    renameTypeKeys(standIn->get(), out.get());
    return out;
}

} // namespace

DocumentFilter::DocumentFilter()
    : m_root(std::make_shared<LogicalNode>(LogicalNode::Kind::And, std::vector<std::unique_ptr<FilterNode>>())),
      m_query(std::make_shared<BsonDocument>())
{
}

Result<DocumentFilter> DocumentFilter::parse(QByteArrayView json)
{
    if (json.trimmed().isEmpty())
        return DocumentFilter();
    auto doc = decodeQuery(json);
    if (!doc)
        return Error(ErrorCode::Usage, QStringLiteral("filter: not a JSON document: %1").arg(doc.error().message));
    return fromBson(doc->get());
}

Result<DocumentFilter> DocumentFilter::fromBson(const bson_t *query)
{
    auto root = FilterParser::parseQuery(query);
    if (!root)
        return root.error();
    DocumentFilter filter;
    filter.m_root = std::shared_ptr<const FilterNode>(std::move(*root));
    filter.m_query = std::make_shared<BsonDocument>(BsonDocument::copyOf(query));
    return filter;
}

bool DocumentFilter::matches(const bson_t *doc) const
{
    return m_root->matches(doc);
}

bool DocumentFilter::matchesEverything() const
{
    return bson_empty(m_query->get());
}

QStringList DocumentFilter::supportedOperators()
{
    return FilterParser::supportedOperators();
}

} // namespace lifeboat
