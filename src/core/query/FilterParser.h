#pragma once

#include "core/common/Result.h"
#include "core/query/FilterNode.h"

#include <memory>

namespace lifeboat {

// Turns a query document into a FilterNode tree, refusing (Usage, naming it) every operator
// DocumentFilter does not support and every malformed one ($in without an array, $and without
// a list of documents, a bad regular expression).
class FilterParser final {
public:
    static Result<std::unique_ptr<FilterNode>> parseQuery(const bson_t *query);
    static QStringList supportedOperators();

private:
    static Result<std::unique_ptr<FilterNode>> parseLogical(bson_iter_t &it);
    static Result<std::unique_ptr<FilterNode>> parseField(const QByteArray &path, bson_iter_t &it);
    static Result<std::unique_ptr<ValuePredicate>> parseOperators(const bson_t *ops, const QByteArray &path);
    static Result<std::unique_ptr<ValuePredicate>> parseOperator(const QByteArray &op, bson_iter_t &it, const bson_t *ops,
                                                                 const QByteArray &path);
    static Result<std::unique_ptr<ValuePredicate>> parseIn(bson_iter_t &it, const QByteArray &path);
    static Result<std::unique_ptr<ValuePredicate>> parseType(bson_iter_t &it, const QByteArray &path);
    static Result<std::unique_ptr<ValuePredicate>> parseRegex(bson_iter_t &it, const bson_t *ops, const QByteArray &path);
    static Result<std::unique_ptr<ValuePredicate>> parseNot(bson_iter_t &it, const QByteArray &path);
    static Result<std::unique_ptr<RegexPredicate>> makeRegex(const QString &pattern, const QString &options, const QByteArray &path);
};

} // namespace lifeboat
