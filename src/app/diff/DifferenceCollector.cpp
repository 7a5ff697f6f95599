#include "app/diff/DifferenceCollector.h"

namespace lifeboat::app {

void DifferenceCollector::difference(const DocumentDifference &d)
{
    ++m_found;
    QMutexLocker lock(&m_mutex);
    if (m_kept.size() < m_limit)
        m_kept << d;
}

QList<DocumentDifference> DifferenceCollector::take()
{
    QMutexLocker lock(&m_mutex);
    return std::exchange(m_kept, {});
}

} // namespace lifeboat::app
