#pragma once

#include "core/codec/BsonDocument.h"
#include "core/query/FieldPath.h"

#include <QRegularExpression>

#include <memory>
#include <vector>

namespace lifeboat {

// The parsed form of a query document (FilterParser builds it, DocumentFilter holds it): a
// tree of logical nodes over field nodes, each field node a path and a predicate on the values
// the path reaches.
class FilterNode {
public:
    virtual ~FilterNode() = default;
    virtual bool matches(const bson_t *doc) const = 0;
};

// $and (also the implicit "and" of a query's fields), $or, $nor.
class LogicalNode final : public FilterNode {
public:
    enum class Kind { And, Or, Nor };
    LogicalNode(Kind kind, std::vector<std::unique_ptr<FilterNode>> children) : m_kind(kind), m_children(std::move(children)) {}
    bool matches(const bson_t *doc) const override;
    bool isEmptyAnd() const { return m_kind == Kind::And && m_children.empty(); }

private:
    Kind m_kind;
    std::vector<std::unique_ptr<FilterNode>> m_children;
};

// What one field's values must satisfy: {$gt: 5}, {$in: [...]}, ...
class ValuePredicate {
public:
    virtual ~ValuePredicate() = default;
    virtual bool matches(const FieldPath::Values &found) const = 0;

protected:
    // Whether `test` holds for a value reached, or for an element of an array reached.
    template <typename Test>
    static bool anyLeaf(const FieldPath::Values &found, const Test &test);
};

class FieldNode final : public FilterNode {
public:
    FieldNode(const QByteArray &path, std::unique_ptr<ValuePredicate> predicate) : m_path(path), m_predicate(std::move(predicate)) {}
    bool matches(const bson_t *doc) const override { return m_predicate->matches(m_path.valuesIn(doc)); }

private:
    FieldPath m_path;
    std::unique_ptr<ValuePredicate> m_predicate;
};

// A BSON value kept with its own storage ({"v": value} in a document).
class OwnedValue final {
public:
    explicit OwnedValue(const bson_value_t &v);
    const bson_value_t &get() const { return m_value; }

private:
    BsonDocument m_holder;
    bson_value_t m_value{};
};

class RegexPredicate final : public ValuePredicate {
public:
    RegexPredicate(const QString &pattern, const QString &options);
    bool isValid() const { return m_regex.isValid(); }
    QString errorString() const { return m_regex.errorString(); }
    bool matchesValue(const bson_value_t &v) const;
    bool matches(const FieldPath::Values &found) const override;

private:
    QRegularExpression m_regex;
    QByteArray m_pattern, m_options;
};

// $eq, $gt, $gte, $lt, $lte.
class ComparePredicate final : public ValuePredicate {
public:
    enum class Op { Eq, Gt, Gte, Lt, Lte };
    ComparePredicate(Op op, const bson_value_t &operand) : m_op(op), m_operand(operand) {}
    bool matches(const FieldPath::Values &found) const override;

private:
    bool matchesValue(const bson_value_t &v) const;
    Op m_op;
    OwnedValue m_operand;
};

class InPredicate final : public ValuePredicate {
public:
    InPredicate(std::vector<std::unique_ptr<OwnedValue>> values, std::vector<std::unique_ptr<RegexPredicate>> regexes);
    bool matches(const FieldPath::Values &found) const override;

private:
    std::vector<std::unique_ptr<OwnedValue>> m_values;
    std::vector<std::unique_ptr<RegexPredicate>> m_regexes;
    bool m_hasNull = false;
};

class ExistsPredicate final : public ValuePredicate {
public:
    explicit ExistsPredicate(bool wanted) : m_wanted(wanted) {}
    bool matches(const FieldPath::Values &found) const override { return found.values.empty() != m_wanted; }

private:
    bool m_wanted;
};

class TypePredicate final : public ValuePredicate {
public:
    explicit TypePredicate(std::vector<bson_type_t> types) : m_types(std::move(types)) {}
    bool matches(const FieldPath::Values &found) const override;

private:
    std::vector<bson_type_t> m_types;
};

// $not, and $ne / $nin as the negation of $eq / $in.
class NotPredicate final : public ValuePredicate {
public:
    explicit NotPredicate(std::unique_ptr<ValuePredicate> inner) : m_inner(std::move(inner)) {}
    bool matches(const FieldPath::Values &found) const override { return !m_inner->matches(found); }

private:
    std::unique_ptr<ValuePredicate> m_inner;
};

// Several operators on one field: {$gt: 1, $lt: 5}.
class AllPredicate final : public ValuePredicate {
public:
    explicit AllPredicate(std::vector<std::unique_ptr<ValuePredicate>> parts) : m_parts(std::move(parts)) {}
    bool matches(const FieldPath::Values &found) const override;

private:
    std::vector<std::unique_ptr<ValuePredicate>> m_parts;
};

} // namespace lifeboat
