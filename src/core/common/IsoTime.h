#pragma once

#include <QDateTime>
#include <QJsonValue>

namespace lifeboat {

// A moment as JSON: UTC ISO 8601 ("2026-12-07T03:53:36Z"), or null when it is not set.
inline QJsonValue isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace lifeboat
