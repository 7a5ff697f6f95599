#pragma once

#include "core/common/Result.h"

#include <QString>

namespace lifeboat::limits {

// The ranges and defaults of the numbers a caller may choose (the CLI's options, the GUI's
// fields, a request built in code), defined once: the CLI range-checks its options against
// them and the engines check their requests against them.

// A closed range of whole numbers.
struct Range {
    int min;
    int max;
    constexpr bool contains(int n) const { return n >= min && n <= max; }
};

// Collections read in parallel (backup), insert workers (restore).
inline constexpr Range Jobs{1, 64};
inline constexpr int DefaultJobs = 4;

// Documents per cursor batch (backup), per insert (restore).
inline constexpr Range BatchSize{1, 100000};
inline constexpr int DefaultBatchSize = 1000;

// Documents per collection a verification compares by _id.
inline constexpr int DefaultVerifySampleSize = 100;

// snapshot prune --keep-last: how many of the newest snapshots are always kept.
inline constexpr Range KeepLast{0, 1000000};

// An engine's check of a request's batch size and jobs (Usage, naming the range).
inline Status checkBatchSizeAndJobs(int batchSize, int jobs)
{
    if (!BatchSize.contains(batchSize))
        return Error(ErrorCode::Usage, QStringLiteral("batch size must be between %1 and %2").arg(BatchSize.min).arg(BatchSize.max));
    if (!Jobs.contains(jobs))
        return Error(ErrorCode::Usage, QStringLiteral("jobs must be between %1 and %2").arg(Jobs.min).arg(Jobs.max));
    return {};
}

} // namespace lifeboat::limits
