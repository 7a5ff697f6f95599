#pragma once

#include "core/common/Result.h"

#include <QString>

namespace lifeboat {

// Durations as the snapshot commands take them: a whole number and a unit, e.g. "30d".
// Units: s (seconds), m (minutes), h (hours), d (days), w (weeks). Whitespace between number
// and unit is allowed; nothing else is (no "1d12h", no fractions, no negatives).
class SnapshotDuration final {
public:
    // Seconds, or a Usage error naming the text.
    static Result<qint64> parseSeconds(const QString &text);
    // The shortest exact form: 604800 -> "1w", 90000 -> "25h", 0 -> "0s".
    static QString format(qint64 seconds);
};

} // namespace lifeboat
