#include "core/restore/CollectionCommands.h"

#include "core/codec/ExtJsonCodec.h"

#include <QJsonDocument>
#include <QSet>

#include <algorithm>

#include <cstring>

namespace lifeboat {

QJsonObject TimeseriesOptions::toJson() const
{
    QJsonObject o{{QStringLiteral("timeField"), timeField}};
    if (!metaField.isEmpty())
        o.insert(QStringLiteral("metaField"), metaField);
    if (!granularity.isEmpty())
        o.insert(QStringLiteral("granularity"), granularity);
    if (bucketMaxSpanSeconds > 0)
        o.insert(QStringLiteral("bucketMaxSpanSeconds"), bucketMaxSpanSeconds);
    if (bucketRoundingSeconds > 0)
        o.insert(QStringLiteral("bucketRoundingSeconds"), bucketRoundingSeconds);
    if (expireAfterSeconds >= 0)
        o.insert(QStringLiteral("expireAfterSeconds"), expireAfterSeconds);
    return o;
}

namespace {

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

bool isValidatorKey(const char *key)
{
    return !std::strcmp(key, "validator") || !std::strcmp(key, "validationLevel") || !std::strcmp(key, "validationAction");
}

} // namespace

BsonDocument CollectionCommands::create(const QString &name, const bson_t *options, bool withoutValidator, bool withoutTimeseries)
{
    BsonDocument cmd;
    BSON_APPEND_UTF8(cmd.get(), "create", utf8(name).constData());
    bson_iter_t it;
    if (options && bson_iter_init(&it, options)) {
        while (bson_iter_next(&it)) {
            const char *key = bson_iter_key(&it);
            if (withoutValidator && isValidatorKey(key))
                continue;
            if (withoutTimeseries && (!std::strcmp(key, "timeseries") || !std::strcmp(key, "expireAfterSeconds")))
                continue;
            // Views are created by createView(); never through options.
            if (!std::strcmp(key, "viewOn") || !std::strcmp(key, "pipeline"))
                continue;
            bson_append_iter(cmd.get(), key, -1, &it);
        }
    }
    return cmd;
}

BsonDocument CollectionCommands::createTimeseries(const QString &name, const TimeseriesOptions &ts)
{
    BsonDocument cmd;
    BSON_APPEND_UTF8(cmd.get(), "create", utf8(name).constData());
    bson_t sub;
    BSON_APPEND_DOCUMENT_BEGIN(cmd.get(), "timeseries", &sub);
    BSON_APPEND_UTF8(&sub, "timeField", utf8(ts.timeField).constData());
    if (!ts.metaField.isEmpty())
        BSON_APPEND_UTF8(&sub, "metaField", utf8(ts.metaField).constData());
    if (ts.bucketMaxSpanSeconds > 0) {
        BSON_APPEND_INT32(&sub, "bucketMaxSpanSeconds", int32_t(ts.bucketMaxSpanSeconds));
        BSON_APPEND_INT32(&sub, "bucketRoundingSeconds", int32_t(ts.bucketRoundingSeconds));
    } else if (!ts.granularity.isEmpty()) {
        BSON_APPEND_UTF8(&sub, "granularity", utf8(ts.granularity).constData());
    }
    bson_append_document_end(cmd.get(), &sub);
    if (ts.expireAfterSeconds >= 0)
        BSON_APPEND_INT64(cmd.get(), "expireAfterSeconds", ts.expireAfterSeconds);
    return cmd;
}

BsonDocument CollectionCommands::createView(const QString &name, const QString &viewOn, const bson_t *pipelineArray)
{
    BsonDocument cmd;
    BSON_APPEND_UTF8(cmd.get(), "create", utf8(name).constData());
    BSON_APPEND_UTF8(cmd.get(), "viewOn", utf8(viewOn).constData());
    if (pipelineArray)
        BSON_APPEND_ARRAY(cmd.get(), "pipeline", pipelineArray);
    else {
        bson_t empty = BSON_INITIALIZER;
        BSON_APPEND_ARRAY(cmd.get(), "pipeline", &empty);
        bson_destroy(&empty);
    }
    return cmd;
}

BsonDocument CollectionCommands::disableValidation(const QString &name)
{
    BsonDocument cmd;
    BSON_APPEND_UTF8(cmd.get(), "collMod", utf8(name).constData());
    bson_t empty = BSON_INITIALIZER;
    BSON_APPEND_DOCUMENT(cmd.get(), "validator", &empty);
    bson_destroy(&empty);
    BSON_APPEND_UTF8(cmd.get(), "validationLevel", "off");
    return cmd;
}

BsonDocument CollectionCommands::restoreValidation(const QString &name, const ValidatorOptions &v)
{
    BsonDocument cmd;
    BSON_APPEND_UTF8(cmd.get(), "collMod", utf8(name).constData());
    BSON_APPEND_DOCUMENT(cmd.get(), "validator", v.validator.get());
    BSON_APPEND_UTF8(cmd.get(), "validationLevel", v.validationLevel.isEmpty() ? "strict" : utf8(v.validationLevel).constData());
    BSON_APPEND_UTF8(cmd.get(), "validationAction", v.validationAction.isEmpty() ? "error" : utf8(v.validationAction).constData());
    return cmd;
}

namespace {

// "1", "-1", "text", "2dsphere": an index key value as the server writes it in default names.
QString keyValueText(const QJsonValue &v)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (const char *wrapper : {"$numberInt", "$numberLong", "$numberDouble"}) {
            if (o.contains(QLatin1String(wrapper))) {
                QString n = o.value(QLatin1String(wrapper)).toString();
                if (n.endsWith(QLatin1String(".0")))
                    n.chop(2);
                return n;
            }
        }
    }
    if (v.isString())
        return v.toString();
    return QString::number(v.toDouble());
}

// The key's field order: recorded by Lifeboat ("keyOrder"), else recovered from a default
// index name ("status_1_score_-1"), else as given.
QStringList keyFieldOrder(const QJsonObject &spec)
{
    const QJsonObject key = spec.value(QStringLiteral("key")).toObject();
    QStringList fields = key.keys();
    const QJsonArray recorded = spec.value(QStringLiteral("keyOrder")).toArray();
    if (!recorded.isEmpty()) {
        QStringList order;
        for (const auto &f : recorded)
            order << f.toString();
        if (QSet<QString>(order.cbegin(), order.cend()) == QSet<QString>(fields.cbegin(), fields.cend()))
            return order;
    }
    if (fields.size() > 1 && fields.size() <= 6) {
        const QString name = spec.value(QStringLiteral("name")).toString();
        std::sort(fields.begin(), fields.end());
        do {
            QStringList parts;
            for (const auto &f : std::as_const(fields))
                parts << f + QLatin1Char('_') + keyValueText(key.value(f));
            if (parts.join(QLatin1Char('_')) == name)
                return fields;
        } while (std::next_permutation(fields.begin(), fields.end()));
    }
    return key.keys();
}

} // namespace

BsonDocument CollectionCommands::createIndexes(const QString &name, const QJsonArray &indexes)
{
    BsonDocument cmd;
    bson_t arr;
    int n = 0;
    BSON_APPEND_UTF8(cmd.get(), "createIndexes", utf8(name).constData());
    BSON_APPEND_ARRAY_BEGIN(cmd.get(), "indexes", &arr);
    for (const QJsonValue &v : indexes) {
        QJsonObject spec = v.toObject();
        if (spec.value(QStringLiteral("name")).toString() == QLatin1String("_id_"))
            continue; // the server builds it
        const QStringList order = keyFieldOrder(spec);
        const QJsonObject keyObject = spec.value(QStringLiteral("key")).toObject();
        spec.remove(QStringLiteral("ns"));
        spec.remove(QStringLiteral("v"));
        spec.remove(QStringLiteral("keyOrder"));
        spec.remove(QStringLiteral("key"));
        auto rest = ExtJsonCodec::decode(QJsonDocument(spec).toJson(QJsonDocument::Compact));
        if (!rest)
            continue;
        // {key: {...in order...}, <the rest>}
        BsonDocument index;
        bson_t keyDoc;
        BSON_APPEND_DOCUMENT_BEGIN(index.get(), "key", &keyDoc);
        for (const QString &field : order) {
            auto one = ExtJsonCodec::decode(QJsonDocument(QJsonObject{{QStringLiteral("v"), keyObject.value(field)}}).toJson(QJsonDocument::Compact));
            bson_iter_t it;
            if (one && bson_iter_init_find(&it, one->get(), "v")) {
                const QByteArray f = field.toUtf8();
                bson_append_iter(&keyDoc, f.constData(), int(f.size()), &it);
            }
        }
        bson_append_document_end(index.get(), &keyDoc);
        bson_concat(index.get(), rest->get());
        const QByteArray key = QByteArray::number(n++);
        BSON_APPEND_DOCUMENT(&arr, key.constData(), index.get());
    }
    bson_append_array_end(cmd.get(), &arr);
    if (n == 0)
        return BsonDocument();
    return cmd;
}

BsonDocument CollectionCommands::drop(const QString &name)
{
    BsonDocument cmd;
    BSON_APPEND_UTF8(cmd.get(), "drop", utf8(name).constData());
    return cmd;
}

TimeseriesOptions CollectionCommands::timeseriesFrom(const bson_t *options)
{
    TimeseriesOptions ts;
    bson_iter_t it, sub;
    if (!options || !bson_iter_init_find(&it, options, "timeseries") || !BSON_ITER_HOLDS_DOCUMENT(&it) || !bson_iter_recurse(&it, &sub))
        return ts;
    while (bson_iter_next(&sub)) {
        const char *key = bson_iter_key(&sub);
        if (!std::strcmp(key, "timeField") && BSON_ITER_HOLDS_UTF8(&sub))
            ts.timeField = QString::fromUtf8(bson_iter_utf8(&sub, nullptr));
        else if (!std::strcmp(key, "metaField") && BSON_ITER_HOLDS_UTF8(&sub))
            ts.metaField = QString::fromUtf8(bson_iter_utf8(&sub, nullptr));
        else if (!std::strcmp(key, "granularity") && BSON_ITER_HOLDS_UTF8(&sub))
            ts.granularity = QString::fromUtf8(bson_iter_utf8(&sub, nullptr));
        else if (!std::strcmp(key, "bucketMaxSpanSeconds") && BSON_ITER_HOLDS_NUMBER(&sub))
            ts.bucketMaxSpanSeconds = bson_iter_as_int64(&sub);
        else if (!std::strcmp(key, "bucketRoundingSeconds") && BSON_ITER_HOLDS_NUMBER(&sub))
            ts.bucketRoundingSeconds = bson_iter_as_int64(&sub);
    }
    // Granularity and custom bucketing are exclusive; MongoDB reports both, so keep the
    // custom values only when they are not the granularity's own.
    if (!ts.granularity.isEmpty()) {
        ts.bucketMaxSpanSeconds = 0;
        ts.bucketRoundingSeconds = 0;
    }
    if (bson_iter_init_find(&it, options, "expireAfterSeconds") && BSON_ITER_HOLDS_NUMBER(&it))
        ts.expireAfterSeconds = bson_iter_as_int64(&it);
    return ts;
}

ValidatorOptions CollectionCommands::validatorFrom(const bson_t *options)
{
    ValidatorOptions v;
    bson_iter_t it;
    if (!options)
        return v;
    if (bson_iter_init_find(&it, options, "validator") && BSON_ITER_HOLDS_DOCUMENT(&it))
        v.validator = BsonDocument::subDocument(options, "validator");
    if (bson_iter_init_find(&it, options, "validationLevel") && BSON_ITER_HOLDS_UTF8(&it))
        v.validationLevel = QString::fromUtf8(bson_iter_utf8(&it, nullptr));
    if (bson_iter_init_find(&it, options, "validationAction") && BSON_ITER_HOLDS_UTF8(&it))
        v.validationAction = QString::fromUtf8(bson_iter_utf8(&it, nullptr));
    return v;
}

} // namespace lifeboat
