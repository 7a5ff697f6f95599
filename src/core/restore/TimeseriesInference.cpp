#include "core/restore/TimeseriesInference.h"

namespace lifeboat {

namespace {

const char *const TimeFields[] = {"ts", "timestamp", "time"};

bool holds(const bson_t *doc, const char *key, bson_type_t type)
{
    bson_iter_t it;
    return bson_iter_init_find(&it, doc, key) && bson_iter_type(&it) == type;
}

} // namespace

TimeseriesOptions TimeseriesInference::infer(const std::vector<BsonDocument> &sample)
{
    if (sample.empty())
        return {};
    for (const char *field : TimeFields) {
        bool all = true;
        for (const auto &doc : sample) {
            if (!holds(doc.get(), field, BSON_TYPE_DATE_TIME) || !holds(doc.get(), "meta", BSON_TYPE_DOCUMENT)) {
                all = false;
                break;
            }
        }
        if (all) {
            TimeseriesOptions ts;
            ts.timeField = QString::fromLatin1(field);
            ts.metaField = QStringLiteral("meta");
            ts.granularity = QStringLiteral("hours");
            return ts;
        }
    }
    return {};
}

TimeseriesOptions TimeseriesInference::fromBucketFile(const std::vector<BsonDocument> &logicalSample)
{
    TimeseriesOptions ts = infer(logicalSample);
    if (ts.isValid())
        return ts;
    ts.timeField = QStringLiteral("ts");
    ts.granularity = QStringLiteral("hours");
    for (const char *field : TimeFields) {
        if (!logicalSample.empty() && holds(logicalSample.front().get(), field, BSON_TYPE_DATE_TIME)) {
            ts.timeField = QString::fromLatin1(field);
            break;
        }
    }
    if (logicalSample.empty() || holds(logicalSample.front().get(), "meta", BSON_TYPE_DOCUMENT))
        ts.metaField = QStringLiteral("meta");
    return ts;
}

} // namespace lifeboat
