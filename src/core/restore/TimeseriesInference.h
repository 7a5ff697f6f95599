#pragma once

#include "core/codec/BsonDocument.h"
#include "core/restore/CollectionCommands.h"

#include <vector>

namespace lifeboat {

// The runbook's heuristic for archives without metadata: a sample of documents that all hold
// a date in `ts`, `timestamp` or `time` and an object in `meta` looks like a time-series
// collection. Defaults as the runbook's script: metaField "meta", granularity "hours".
class TimeseriesInference final {
public:
    static constexpr int SampleSize = 20;
    static TimeseriesOptions infer(const std::vector<BsonDocument> &sample);
    // What a bucket file alone tells: time-series, with the default fields unless the
    // sample of logical documents shows which date field is used.
    static TimeseriesOptions fromBucketFile(const std::vector<BsonDocument> &logicalSample);
};

} // namespace lifeboat
