#include "core/common/Progress.h"

#include <algorithm>

namespace lifeboat {

double Progress::fraction() const
{
    if (documentsTotal <= 0)
        return phase == Phase::Done ? 1.0 : 0.0;
    return std::min(1.0, double(documentsDone) / double(documentsTotal));
}

qint64 Progress::etaMs() const
{
    if (documentsDone <= 0 || elapsedMs < 500 || documentsTotal <= documentsDone)
        return documentsTotal > 0 && documentsDone >= documentsTotal ? 0 : -1;
    return qint64(double(elapsedMs) * double(documentsTotal - documentsDone) / double(documentsDone));
}

ProgressSink &ProgressSink::none()
{
    static ProgressSink nothing;
    return nothing;
}

} // namespace lifeboat
