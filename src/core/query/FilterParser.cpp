#include "core/query/FilterParser.h"

#include <QHash>

#include <cmath>

namespace lifeboat {

namespace {

Error usage(const QString &what)
{
    return Error(ErrorCode::Usage, QStringLiteral("filter: %1").arg(what));
}

Error unsupported(const QByteArray &op)
{
    return Error(ErrorCode::Usage, QStringLiteral("filter: the operator %1 is not supported").arg(QString::fromUtf8(op)),
                 QStringLiteral("supported: %1").arg(FilterParser::supportedOperators().join(QLatin1Char(' '))));
}

BsonDocument subDocument(const bson_iter_t &it)
{
    uint32_t len = 0;
    const uint8_t *data = nullptr;
    bson_iter_t copy = it;
    if (BSON_ITER_HOLDS_DOCUMENT(&copy))
        bson_iter_document(&copy, &len, &data);
    else
        bson_iter_array(&copy, &len, &data);
    return BsonDocument::fromData(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(len)));
}

// {"$gt": 1, ...}: a document whose first key is an operator. A document of plain fields is a
// value to compare with.
bool isOperatorDocument(const bson_t *doc)
{
    bson_iter_t it;
    return bson_iter_init(&it, doc) && bson_iter_next(&it) && bson_iter_key(&it)[0] == '$';
}

bool truthy(const bson_iter_t &it)
{
    switch (bson_iter_type(&it)) {
    case BSON_TYPE_BOOL:
        return bson_iter_bool(&it);
    case BSON_TYPE_INT32:
    case BSON_TYPE_INT64:
    case BSON_TYPE_DOUBLE:
        return bson_iter_as_double(&it) != 0;
    case BSON_TYPE_NULL:
    case BSON_TYPE_UNDEFINED:
        return false;
    default:
        return true;
    }
}

const QHash<QString, int> &typeAliases()
{
    static const QHash<QString, int> aliases{
        {QStringLiteral("double"), 1},     {QStringLiteral("string"), 2},     {QStringLiteral("object"), 3},
        {QStringLiteral("array"), 4},      {QStringLiteral("binData"), 5},    {QStringLiteral("undefined"), 6},
        {QStringLiteral("objectId"), 7},   {QStringLiteral("bool"), 8},       {QStringLiteral("date"), 9},
        {QStringLiteral("null"), 10},      {QStringLiteral("regex"), 11},     {QStringLiteral("dbPointer"), 12},
        {QStringLiteral("javascript"), 13}, {QStringLiteral("symbol"), 14},   {QStringLiteral("javascriptWithScope"), 15},
        {QStringLiteral("int"), 16},       {QStringLiteral("timestamp"), 17}, {QStringLiteral("long"), 18},
        {QStringLiteral("decimal"), 19},   {QStringLiteral("minKey"), -1},    {QStringLiteral("maxKey"), 127},
    };
    return aliases;
}

bool isKnownTypeCode(int code)
{
    return (code >= 1 && code <= 19) || code == -1 || code == 127;
}

// One $type operand (a code or an alias) as the BSON types it means.
Status addTypes(const bson_iter_t &it, std::vector<bson_type_t> &types, const QByteArray &path)
{
    if (BSON_ITER_HOLDS_UTF8(&it)) {
        const QString name = QString::fromUtf8(bson_iter_utf8(&it, nullptr));
        if (name == QLatin1String("number")) {
            types.insert(types.end(), {BSON_TYPE_DOUBLE, BSON_TYPE_INT32, BSON_TYPE_INT64, BSON_TYPE_DECIMAL128});
            return {};
        }
        if (!typeAliases().contains(name))
            return usage(QStringLiteral("unknown type name '%1' in $type of %2").arg(name, QString::fromUtf8(path)));
        types.push_back(static_cast<bson_type_t>(uint8_t(typeAliases().value(name))));
        return {};
    }
    if (BSON_ITER_HOLDS_NUMBER(&it)) {
        const double code = bson_iter_as_double(&it);
        if (code != std::floor(code) || !isKnownTypeCode(int(code)))
            return usage(QStringLiteral("unknown type code %1 in $type of %2").arg(code).arg(QString::fromUtf8(path)));
        types.push_back(static_cast<bson_type_t>(uint8_t(int(code))));
        return {};
    }
    return usage(QStringLiteral("$type of %1 takes a type name or number").arg(QString::fromUtf8(path)));
}

} // namespace

QStringList FilterParser::supportedOperators()
{
    return {QStringLiteral("$eq"),  QStringLiteral("$ne"),     QStringLiteral("$gt"),   QStringLiteral("$gte"),
            QStringLiteral("$lt"),  QStringLiteral("$lte"),    QStringLiteral("$in"),   QStringLiteral("$nin"),
            QStringLiteral("$exists"), QStringLiteral("$type"), QStringLiteral("$and"), QStringLiteral("$or"),
            QStringLiteral("$nor"), QStringLiteral("$not"),    QStringLiteral("$regex"), QStringLiteral("$options")};
}

Result<std::unique_ptr<FilterNode>> FilterParser::parseQuery(const bson_t *query)
{
    std::vector<std::unique_ptr<FilterNode>> parts;
    bson_iter_t it;
    if (!bson_iter_init(&it, query))
        return usage(QStringLiteral("not a valid document"));
    while (bson_iter_next(&it)) {
        const QByteArray key(bson_iter_key(&it));
        auto node = key.startsWith('$') ? parseLogical(it) : parseField(key, it);
        if (!node)
            return node.error();
        parts.push_back(std::move(*node));
    }
    return std::unique_ptr<FilterNode>(std::make_unique<LogicalNode>(LogicalNode::Kind::And, std::move(parts)));
}

Result<std::unique_ptr<FilterNode>> FilterParser::parseLogical(bson_iter_t &it)
{
    const QByteArray key(bson_iter_key(&it));
    LogicalNode::Kind kind = LogicalNode::Kind::And;
    if (key == "$or")
        kind = LogicalNode::Kind::Or;
    else if (key == "$nor")
        kind = LogicalNode::Kind::Nor;
    else if (key != "$and")
        return unsupported(key);
    bson_iter_t list;
    if (!BSON_ITER_HOLDS_ARRAY(&it) || !bson_iter_recurse(&it, &list))
        return usage(QStringLiteral("%1 takes an array of query documents").arg(QString::fromUtf8(key)));
    std::vector<std::unique_ptr<FilterNode>> children;
    while (bson_iter_next(&list)) {
        if (!BSON_ITER_HOLDS_DOCUMENT(&list))
            return usage(QStringLiteral("%1 takes an array of query documents").arg(QString::fromUtf8(key)));
        const BsonDocument sub = subDocument(list);
        auto child = parseQuery(sub.get());
        if (!child)
            return child.error();
        children.push_back(std::move(*child));
    }
    if (children.empty())
        return usage(QStringLiteral("%1 takes a non-empty array").arg(QString::fromUtf8(key)));
    return std::unique_ptr<FilterNode>(std::make_unique<LogicalNode>(kind, std::move(children)));
}

Result<std::unique_ptr<FilterNode>> FilterParser::parseField(const QByteArray &path, bson_iter_t &it)
{
    std::unique_ptr<ValuePredicate> predicate;
    if (BSON_ITER_HOLDS_REGEX(&it)) {
        const char *options = nullptr;
        const char *pattern = bson_iter_regex(&it, &options);
        auto regex = makeRegex(QString::fromUtf8(pattern), QString::fromUtf8(options), path);
        if (!regex)
            return regex.error();
        predicate = std::move(*regex);
    } else if (BSON_ITER_HOLDS_DOCUMENT(&it) && isOperatorDocument(subDocument(it).get())) {
        const BsonDocument ops = subDocument(it);
        auto parsed = parseOperators(ops.get(), path);
        if (!parsed)
            return parsed.error();
        predicate = std::move(*parsed);
    } else {
        predicate = std::make_unique<ComparePredicate>(ComparePredicate::Op::Eq, *bson_iter_value(&it));
    }
    return std::unique_ptr<FilterNode>(std::make_unique<FieldNode>(path, std::move(predicate)));
}

Result<std::unique_ptr<ValuePredicate>> FilterParser::parseOperators(const bson_t *ops, const QByteArray &path)
{
    std::vector<std::unique_ptr<ValuePredicate>> parts;
    bson_iter_t it;
    bson_iter_init(&it, ops);
    while (bson_iter_next(&it)) {
        const QByteArray op(bson_iter_key(&it));
        if (op == "$options") {
            bson_iter_t regex;
            if (!bson_iter_init_find(&regex, ops, "$regex"))
                return usage(QStringLiteral("$options of %1 without $regex").arg(QString::fromUtf8(path)));
            continue;
        }
        auto part = parseOperator(op, it, ops, path);
        if (!part)
            return part.error();
        parts.push_back(std::move(*part));
    }
    if (parts.size() == 1)
        return std::move(parts.front());
    return std::unique_ptr<ValuePredicate>(std::make_unique<AllPredicate>(std::move(parts)));
}

Result<std::unique_ptr<ValuePredicate>> FilterParser::parseOperator(const QByteArray &op, bson_iter_t &it, const bson_t *ops,
                                                                    const QByteArray &path)
{
    using Op = ComparePredicate::Op;
    static const QHash<QByteArray, Op> compare{{"$eq", Op::Eq}, {"$gt", Op::Gt}, {"$gte", Op::Gte}, {"$lt", Op::Lt}, {"$lte", Op::Lte}};
    if (compare.contains(op)) {
        if (BSON_ITER_HOLDS_REGEX(&it) && op != "$eq")
            return usage(QStringLiteral("%1 of %2 cannot take a regular expression").arg(QString::fromUtf8(op), QString::fromUtf8(path)));
        return std::unique_ptr<ValuePredicate>(std::make_unique<ComparePredicate>(compare.value(op), *bson_iter_value(&it)));
    }
    if (op == "$ne")
        return std::unique_ptr<ValuePredicate>(
            std::make_unique<NotPredicate>(std::make_unique<ComparePredicate>(Op::Eq, *bson_iter_value(&it))));
    if (op == "$in" || op == "$nin") {
        auto in = parseIn(it, path);
        if (!in || op == "$in")
            return in;
        return std::unique_ptr<ValuePredicate>(std::make_unique<NotPredicate>(std::move(*in)));
    }
    if (op == "$exists")
        return std::unique_ptr<ValuePredicate>(std::make_unique<ExistsPredicate>(truthy(it)));
    if (op == "$type")
        return parseType(it, path);
    if (op == "$regex")
        return parseRegex(it, ops, path);
    if (op == "$not")
        return parseNot(it, path);
    return op.startsWith('$') ? unsupported(op)
                              : usage(QStringLiteral("unknown operator '%1' in the condition on %2 (a document of operators "
                                                     "cannot also hold fields)")
                                          .arg(QString::fromUtf8(op), QString::fromUtf8(path)));
}

Result<std::unique_ptr<ValuePredicate>> FilterParser::parseIn(bson_iter_t &it, const QByteArray &path)
{
    bson_iter_t list;
    if (!BSON_ITER_HOLDS_ARRAY(&it) || !bson_iter_recurse(&it, &list))
        return usage(QStringLiteral("%1 of %2 takes an array").arg(QString::fromUtf8(bson_iter_key(&it)), QString::fromUtf8(path)));
    std::vector<std::unique_ptr<OwnedValue>> values;
    std::vector<std::unique_ptr<RegexPredicate>> regexes;
    while (bson_iter_next(&list)) {
        if (BSON_ITER_HOLDS_REGEX(&list)) {
            const char *options = nullptr;
            const char *pattern = bson_iter_regex(&list, &options);
            auto regex = makeRegex(QString::fromUtf8(pattern), QString::fromUtf8(options), path);
            if (!regex)
                return regex.error();
            regexes.push_back(std::move(*regex));
        } else if (BSON_ITER_HOLDS_DOCUMENT(&list) && isOperatorDocument(subDocument(list).get())) {
            return usage(QStringLiteral("$in and $nin of %1 cannot hold operators").arg(QString::fromUtf8(path)));
        } else {
            values.push_back(std::make_unique<OwnedValue>(*bson_iter_value(&list)));
        }
    }
    return std::unique_ptr<ValuePredicate>(std::make_unique<InPredicate>(std::move(values), std::move(regexes)));
}

Result<std::unique_ptr<ValuePredicate>> FilterParser::parseType(bson_iter_t &it, const QByteArray &path)
{
    std::vector<bson_type_t> types;
    if (BSON_ITER_HOLDS_ARRAY(&it)) {
        bson_iter_t list;
        bson_iter_recurse(&it, &list);
        while (bson_iter_next(&list)) {
            if (auto st = addTypes(list, types, path); !st)
                return st.error();
        }
    } else if (auto st = addTypes(it, types, path); !st) {
        return st.error();
    }
    return std::unique_ptr<ValuePredicate>(std::make_unique<TypePredicate>(std::move(types)));
}

Result<std::unique_ptr<ValuePredicate>> FilterParser::parseRegex(bson_iter_t &it, const bson_t *ops, const QByteArray &path)
{
    QString pattern, options;
    if (BSON_ITER_HOLDS_REGEX(&it)) {
        const char *o = nullptr;
        pattern = QString::fromUtf8(bson_iter_regex(&it, &o));
        options = QString::fromUtf8(o);
    } else if (BSON_ITER_HOLDS_UTF8(&it)) {
        pattern = QString::fromUtf8(bson_iter_utf8(&it, nullptr));
    } else {
        return usage(QStringLiteral("$regex of %1 takes a string or a regular expression").arg(QString::fromUtf8(path)));
    }
    bson_iter_t opt;
    if (bson_iter_init_find(&opt, ops, "$options")) {
        if (!BSON_ITER_HOLDS_UTF8(&opt))
            return usage(QStringLiteral("$options of %1 takes a string").arg(QString::fromUtf8(path)));
        options = QString::fromUtf8(bson_iter_utf8(&opt, nullptr));
    }
    auto regex = makeRegex(pattern, options, path);
    if (!regex)
        return regex.error();
    return std::unique_ptr<ValuePredicate>(std::move(*regex));
}

Result<std::unique_ptr<ValuePredicate>> FilterParser::parseNot(bson_iter_t &it, const QByteArray &path)
{
    std::unique_ptr<ValuePredicate> inner;
    if (BSON_ITER_HOLDS_REGEX(&it)) {
        const char *options = nullptr;
        const char *pattern = bson_iter_regex(&it, &options);
        auto regex = makeRegex(QString::fromUtf8(pattern), QString::fromUtf8(options), path);
        if (!regex)
            return regex.error();
        inner = std::move(*regex);
    } else if (BSON_ITER_HOLDS_DOCUMENT(&it) && isOperatorDocument(subDocument(it).get())) {
        const BsonDocument ops = subDocument(it);
        auto parsed = parseOperators(ops.get(), path);
        if (!parsed)
            return parsed.error();
        inner = std::move(*parsed);
    } else {
        return usage(QStringLiteral("$not of %1 takes a document of operators or a regular expression").arg(QString::fromUtf8(path)));
    }
    return std::unique_ptr<ValuePredicate>(std::make_unique<NotPredicate>(std::move(inner)));
}

Result<std::unique_ptr<RegexPredicate>> FilterParser::makeRegex(const QString &pattern, const QString &options, const QByteArray &path)
{
    for (QChar c : options) {
        if (!QStringLiteral("imsxu").contains(c))
            return usage(QStringLiteral("unknown regular expression option '%1' on %2").arg(c).arg(QString::fromUtf8(path)));
    }
    auto regex = std::make_unique<RegexPredicate>(pattern, options);
    if (!regex->isValid())
        return usage(QStringLiteral("bad regular expression /%1/ on %2: %3").arg(pattern, QString::fromUtf8(path), regex->errorString()));
    return regex;
}

} // namespace lifeboat
