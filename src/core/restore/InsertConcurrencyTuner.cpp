#include "core/restore/InsertConcurrencyTuner.h"

#include <algorithm>

namespace lifeboat {

InsertConcurrencyTuner::InsertConcurrencyTuner(int maximum)
    : m_maximum(std::max(1, maximum)), m_current(std::min(2, m_maximum)), m_settled(m_current >= m_maximum)
{
}

int InsertConcurrencyTuner::observe(double rate)
{
    m_lastChange.clear();
    if (m_settled)
        return m_current;
    if (m_justIncreased && rate < m_previousRate * 1.10) {
        // The last writer added did not pay: take it back and stay there.
        --m_current;
        m_settled = true;
        m_lastChange = QStringLiteral("%1 insert workers were no faster than %2 (%3 against %4 MB/s): keeping %2")
                           .arg(m_current + 1)
                           .arg(m_current)
                           .arg(rate / 1e6, 0, 'f', 1)
                           .arg(m_previousRate / 1e6, 0, 'f', 1);
        return m_current;
    }
    if (m_current >= m_maximum) {
        m_settled = true; // the last addition paid and there is no more to add
        return m_current;
    }
    m_previousRate = rate;
    ++m_current;
    m_justIncreased = true;
    m_lastChange = QStringLiteral("trying %1 insert workers").arg(m_current);
    return m_current;
}

} // namespace lifeboat
