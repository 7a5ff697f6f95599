#include "core/query/FilterNode.h"

#include "core/query/BsonCompare.h"

#include <algorithm>

namespace lifeboat {

bool LogicalNode::matches(const bson_t *doc) const
{
    switch (m_kind) {
    case Kind::And:
        return std::all_of(m_children.begin(), m_children.end(), [doc](const auto &c) { return c->matches(doc); });
    case Kind::Or:
        return std::any_of(m_children.begin(), m_children.end(), [doc](const auto &c) { return c->matches(doc); });
    case Kind::Nor:
        return std::none_of(m_children.begin(), m_children.end(), [doc](const auto &c) { return c->matches(doc); });
    }
    return false;
}

template <typename Test>
bool ValuePredicate::anyLeaf(const FieldPath::Values &found, const Test &test)
{
    for (const FieldPath::Value &value : found.values) {
        const bson_value_t &v = value.v;
        if (test(v))
            return true;
        if (v.value_type != BSON_TYPE_ARRAY)
            continue;
        bson_iter_t it;
        if (!bson_iter_init_from_data(&it, v.value.v_doc.data, v.value.v_doc.data_len))
            continue;
        while (bson_iter_next(&it)) {
            if (test(*bson_iter_value(&it)))
                return true;
        }
    }
    return false;
}

OwnedValue::OwnedValue(const bson_value_t &v)
{
    bson_append_value(m_holder.get(), "v", 1, &v);
    bson_iter_t it;
    if (bson_iter_init_find(&it, m_holder.get(), "v"))
        m_value = *bson_iter_value(&it);
}

RegexPredicate::RegexPredicate(const QString &pattern, const QString &options)
    : m_pattern(pattern.toUtf8()), m_options(options.toUtf8())
{
    QRegularExpression::PatternOptions o;
    for (QChar c : options) {
        if (c == QLatin1Char('i'))
            o |= QRegularExpression::CaseInsensitiveOption;
        else if (c == QLatin1Char('m'))
            o |= QRegularExpression::MultilineOption;
        else if (c == QLatin1Char('s'))
            o |= QRegularExpression::DotMatchesEverythingOption;
        else if (c == QLatin1Char('x'))
            o |= QRegularExpression::ExtendedPatternSyntaxOption;
    }
    m_regex = QRegularExpression(pattern, o);
}

bool RegexPredicate::matchesValue(const bson_value_t &v) const
{
    if (v.value_type == BSON_TYPE_UTF8)
        return m_regex.match(QString::fromUtf8(v.value.v_utf8.str, qsizetype(v.value.v_utf8.len))).hasMatch();
    if (v.value_type == BSON_TYPE_SYMBOL)
        return m_regex.match(QString::fromUtf8(v.value.v_symbol.symbol, qsizetype(v.value.v_symbol.len))).hasMatch();
    // A stored regular expression matches the same one.
    return v.value_type == BSON_TYPE_REGEX && m_pattern == v.value.v_regex.regex && m_options == v.value.v_regex.options;
}

bool RegexPredicate::matches(const FieldPath::Values &found) const
{
    return anyLeaf(found, [this](const bson_value_t &v) { return matchesValue(v); });
}

bool ComparePredicate::matchesValue(const bson_value_t &v) const
{
    const bson_value_t &operand = m_operand.get();
    if (BsonCompare::bracket(v.value_type) != BsonCompare::bracket(operand.value_type))
        return false;
    const int c = BsonCompare::compare(v, operand);
    switch (m_op) {
    case Op::Eq:
        return c == 0;
    case Op::Gt:
        return c > 0;
    case Op::Gte:
        return c >= 0;
    case Op::Lt:
        return c < 0;
    case Op::Lte:
        return c <= 0;
    }
    return false;
}

bool ComparePredicate::matches(const FieldPath::Values &found) const
{
    // {$eq: null}, {$gte: null} and {$lte: null} also match a missing field.
    const bool nullOperand = m_operand.get().value_type == BSON_TYPE_NULL;
    if (nullOperand && found.missing && (m_op == Op::Eq || m_op == Op::Gte || m_op == Op::Lte))
        return true;
    return anyLeaf(found, [this](const bson_value_t &v) { return matchesValue(v); });
}

InPredicate::InPredicate(std::vector<std::unique_ptr<OwnedValue>> values, std::vector<std::unique_ptr<RegexPredicate>> regexes)
    : m_values(std::move(values)), m_regexes(std::move(regexes))
{
    m_hasNull = std::any_of(m_values.begin(), m_values.end(), [](const auto &v) { return v->get().value_type == BSON_TYPE_NULL; });
}

bool InPredicate::matches(const FieldPath::Values &found) const
{
    if (m_hasNull && found.missing)
        return true;
    return anyLeaf(found, [this](const bson_value_t &v) {
        for (const auto &o : m_values) {
            if (BsonCompare::bracket(v.value_type) == BsonCompare::bracket(o->get().value_type) && BsonCompare::equal(v, o->get()))
                return true;
        }
        return std::any_of(m_regexes.begin(), m_regexes.end(), [&v](const auto &r) { return r->matchesValue(v); });
    });
}

bool TypePredicate::matches(const FieldPath::Values &found) const
{
    return anyLeaf(found, [this](const bson_value_t &v) { return std::find(m_types.begin(), m_types.end(), v.value_type) != m_types.end(); });
}

bool AllPredicate::matches(const FieldPath::Values &found) const
{
    return std::all_of(m_parts.begin(), m_parts.end(), [&found](const auto &p) { return p->matches(found); });
}

} // namespace lifeboat
