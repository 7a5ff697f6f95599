#include "core/restore/RestoreTarget.h"

namespace lifeboat {

std::optional<qint64> RestoreTarget::acknowledgedCount() const
{
    using A = PlannedCollection::Action;
    const A a = planned->action;
    if ((a != A::Create && a != A::Replace) || retried || duplicates > 0)
        return std::nullopt;
    return inserted.load();
}

QString RestoreTarget::finalState(bool failed) const
{
    if (!touched)
        return QStringLiteral("untouched");
    if (planned->action == PlannedCollection::Action::Drop)
        return QStringLiteral("complete");
    if (loaded() && (!failed || inserted + duplicates == stats.count()))
        return QStringLiteral("complete");
    return QStringLiteral("partial");
}

} // namespace lifeboat
