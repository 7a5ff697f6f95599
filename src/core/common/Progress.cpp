#include "core/common/Progress.h"

namespace lifeboat {

double BackupProgress::fraction() const
{
    if (documentsTotal <= 0)
        return phase == QLatin1String("done") ? 1.0 : 0.0;
    return std::min(1.0, double(documentsDone) / double(documentsTotal));
}

qint64 BackupProgress::etaMs() const
{
    if (documentsDone <= 0 || elapsedMs < 500 || documentsTotal <= documentsDone)
        return documentsTotal > 0 && documentsDone >= documentsTotal ? 0 : -1;
    return qint64(double(elapsedMs) * double(documentsTotal - documentsDone) / double(documentsDone));
}

} // namespace lifeboat
