#pragma once

#include "core/codec/BsonDocument.h"
#include "core/common/Result.h"

#include <QByteArrayView>
#include <QStringList>

#include <memory>

namespace lifeboat {

class FilterNode;

// A MongoDB query document ({"status": "cancelled", "total": {"$gt": 100}}) applied to
// documents on the client: to an archive's documents, which no server holds. It follows
// MongoDB's query semantics for the operators it supports (supportedOperators()): dotted paths,
// array element matching, null matching missing fields, comparisons only within one type
// bracket (BsonCompare). Any other operator is refused when the filter is parsed, with its name,
// never silently misread.
//
// The one class the engine matches documents through: its implementation (our own matcher over
// libbson, not libmongoc's deprecated mongoc_matcher_t, which lacks $type, $regex and $not) can
// be replaced behind it. Copies share the parsed filter; matches() is safe from many threads.
class DocumentFilter final {
public:
    // The empty filter: matches every document.
    DocumentFilter();
    // From Extended JSON text (canonical, relaxed or legacy); Usage error for bad JSON or an
    // unsupported operator.
    static Result<DocumentFilter> parse(QByteArrayView json);
    static Result<DocumentFilter> fromBson(const bson_t *query);

    bool matches(const bson_t *doc) const;
    // Whether the filter is {} (every document matches).
    bool matchesEverything() const;
    // The query document as given (to send the same filter to a server).
    const bson_t *query() const { return m_query->get(); }

    static QStringList supportedOperators();

private:
    std::shared_ptr<const FilterNode> m_root;
    std::shared_ptr<const BsonDocument> m_query;
};

} // namespace lifeboat
