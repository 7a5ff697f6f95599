#pragma once

#include "core/common/Error.h"
#include "core/snapshot/SnapshotRestorer.h"

#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace lifeboat::cli {

// How `snapshot clone` and `snapshot restore` describe what they will do and what they did,
// as text and as JSON. Clone, restore in place and swap differ only in words, chosen from the
// request's mode.
class SnapshotLoadReport final {
public:
    // The steps of the plan, in order, in words.
    static QStringList steps(const SnapshotRestoreRequest &request, const SnapshotRestorePlan &plan);
    // The snapshot, the restore plan's table, then the numbered steps.
    static void printPlan(QTextStream &out, const SnapshotRestorePlan &plan, const QStringList &steps);
    // The restore plan's JSON with the snapshot, scratch and staging databases and the steps.
    static QJsonObject planJson(const SnapshotRestorePlan &plan, const QStringList &steps);

    // Why the run counts as failed: the outcome's failure (a stopped load says which
    // collections are partial), with the rollback hint when the target was touched; or a
    // target that does not match the snapshot. None when it succeeded.
    static std::optional<Error> failure(const SnapshotRestoreRequest &request, const SnapshotRestorePlan &plan, const SnapshotRestoreOutcome &outcome);
    // Everything about the outcome, "ok" false with `failure`.
    static QJsonObject outcomeJson(const SnapshotRestoreRequest &request, const SnapshotRestorePlan &plan, const QStringList &steps,
                                   const SnapshotRestoreOutcome &outcome, const std::optional<Error> &failure);
    // The verification reports, the safety snapshot, the swap, and (when `succeeded`) the verdict.
    static void printOutcome(QTextStream &out, const SnapshotRestoreRequest &request, const SnapshotRestorePlan &plan,
                             const SnapshotRestoreOutcome &outcome, bool succeeded);
};

} // namespace lifeboat::cli
