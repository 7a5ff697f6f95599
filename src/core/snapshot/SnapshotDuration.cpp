#include "core/snapshot/SnapshotDuration.h"

#include <QRegularExpression>

#include <limits>

namespace lifeboat {

Result<qint64> SnapshotDuration::parseSeconds(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,12})\\s*([smhdwSMHDW])\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return Error(ErrorCode::Usage, QStringLiteral("'%1' is not a duration: write a whole number and a unit, e.g. 30d, 12h, 2w "
                                                      "(s seconds, m minutes, h hours, d days, w weeks)")
                                           .arg(text));
    const qint64 n = m.captured(1).toLongLong();
    qint64 unit = 1;
    switch (m.captured(2).toLower().at(0).unicode()) {
    case 's': unit = 1; break;
    case 'm': unit = 60; break;
    case 'h': unit = 3600; break;
    case 'd': unit = 86400; break;
    case 'w': unit = 7 * 86400; break;
    }
    // 100 years is more than any retention needs; it also keeps date arithmetic in range.
    if (n > (qint64(100) * 366 * 86400) / unit)
        return Error(ErrorCode::Usage, QStringLiteral("the duration '%1' is too long (at most 100 years)").arg(text));
    return n * unit;
}

QString SnapshotDuration::format(qint64 seconds)
{
    if (seconds <= 0)
        return QStringLiteral("0s");
    const std::pair<qint64, char> units[] = {{7 * 86400, 'w'}, {86400, 'd'}, {3600, 'h'}, {60, 'm'}};
    for (const auto &[size, suffix] : units) {
        if (seconds % size == 0)
            return QString::number(seconds / size) + QLatin1Char(suffix);
    }
    return QString::number(seconds) + QLatin1Char('s');
}

} // namespace lifeboat
