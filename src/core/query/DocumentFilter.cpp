#include "core/query/DocumentFilter.h"

#include "core/codec/ExtJsonCodec.h"
#include "core/query/FilterParser.h"

namespace lifeboat {

DocumentFilter::DocumentFilter()
    : m_root(std::make_shared<LogicalNode>(LogicalNode::Kind::And, std::vector<std::unique_ptr<FilterNode>>())),
      m_query(std::make_shared<BsonDocument>())
{
}

Result<DocumentFilter> DocumentFilter::parse(QByteArrayView json)
{
    if (json.trimmed().isEmpty())
        return DocumentFilter();
    auto doc = ExtJsonCodec::decode(json);
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
