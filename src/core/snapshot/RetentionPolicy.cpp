#include "core/snapshot/RetentionPolicy.h"

#include "core/snapshot/SnapshotDuration.h"

#include <algorithm>

namespace lifeboat {

QList<RetentionPolicy::Decision> RetentionPolicy::apply(const QList<SnapshotEntry> &entries, const QDateTime &now) const
{
    QList<Decision> out;
    for (const auto &e : entries) {
        if (!database.isEmpty() && !e.databases.contains(database))
            continue;
        if (!purpose.isEmpty() && e.info.purpose != purpose)
            continue;
        out.append(Decision{e, false, {}});
    }
    // Newest first; ties broken by name so the result never depends on the input order.
    std::stable_sort(out.begin(), out.end(), [](const Decision &a, const Decision &b) {
        if (a.entry.createdAt != b.entry.createdAt)
            return a.entry.createdAt > b.entry.createdAt;
        return a.entry.name > b.entry.name;
    });
    const QDateTime nowUtc = now.toUTC();
    int usableSeen = 0;
    for (auto &d : out) {
        const SnapshotEntry &e = d.entry;
        if (!e.usable()) {
            d.reason = QStringLiteral("kept: unreadable (%1)").arg(e.problem);
            continue;
        }
        ++usableSeen;
        if (usableSeen <= keepLast) {
            d.reason = QStringLiteral("kept: one of the newest %1").arg(keepLast);
            continue;
        }
        if (honourDeleteAfter && e.info.isExpired(nowUtc)) {
            d.remove = true;
            d.reason = QStringLiteral("past its delete-after date %1").arg(e.info.deleteAfter.toUTC().toString(Qt::ISODate));
            continue;
        }
        if (olderThanSeconds && e.createdAt.isValid() && e.createdAt.toUTC().msecsTo(nowUtc) > *olderThanSeconds * 1000) {
            d.remove = true;
            d.reason = QStringLiteral("older than %1").arg(SnapshotDuration::format(*olderThanSeconds));
            continue;
        }
        if (e.info.deleteAfter.isValid())
            d.reason = QStringLiteral("kept: may be deleted after %1").arg(e.info.deleteAfter.toUTC().toString(Qt::ISODate));
        else
            d.reason = olderThanSeconds ? QStringLiteral("kept: newer than %1").arg(SnapshotDuration::format(*olderThanSeconds))
                                        : QStringLiteral("kept: no rule applies");
    }
    return out;
}

} // namespace lifeboat
