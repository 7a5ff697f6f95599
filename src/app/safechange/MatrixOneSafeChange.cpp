#include "app/safechange/MatrixOneSafeChange.h"

#include "core/matrixone/MatrixOneConnection.h"
#include "core/matrixone/MatrixOneDrift.h"

#include <functional>
#include <memory>

namespace lifeboat::app {

namespace {

Result<std::unique_ptr<MatrixOneConnection>> openConnection(const QString &uri)
{
    auto parsed = MatrixOneUri::parse(uri);
    if (!parsed)
        return parsed.error();
    return MatrixOneConnection::open(*parsed);
}

template <typename T>
Result<T> withSnapshots(const QString &uri, const QString &folder, const std::function<Result<T>(MatrixOneSnapshots &)> &work)
{
    auto connection = openConnection(uri);
    if (!connection)
        return connection.error();
    MatrixOneSnapshots snapshots(**connection, folder);
    return work(snapshots);
}

} // namespace

Result<MatrixOneCreateResult> MatrixOneSafeChange::snapshot(const QString &uri, const QString &folder, const QString &database,
                                                            const SnapshotInfo &info)
{
    return withSnapshots<MatrixOneCreateResult>(uri, folder, [&](MatrixOneSnapshots &snapshots) {
        MatrixOneCreateRequest request;
        request.level = MatrixOneLevel::Database;
        request.database = database;
        request.info = info;
        return snapshots.create(request);
    });
}

Result<SnapshotComparison::Outcome> MatrixOneSafeChange::check(const QString &uri, const QString &folder, const QString &name,
                                                               const QString &database)
{
    return withSnapshots<SnapshotComparison::Outcome>(uri, folder, [&](MatrixOneSnapshots &snapshots) -> Result<SnapshotComparison::Outcome> {
        auto snapshot = snapshots.find(name);
        if (!snapshot)
            return snapshot.error();
        auto drift = MatrixOneDrift::compare(snapshots, *snapshot, database);
        if (!drift)
            return drift.error();
        SnapshotComparison::Outcome outcome;
        outcome.drift = drift->tables;
        outcome.fields = drift->columns;
        return outcome;
    });
}

Result<MatrixOneRestorePlan> MatrixOneSafeChange::plan(const QString &uri, const QString &folder, const MatrixOneRestoreRequest &request)
{
    return withSnapshots<MatrixOneRestorePlan>(uri, folder, [&](MatrixOneSnapshots &snapshots) { return MatrixOneRestorer(snapshots).plan(request); });
}

Result<MatrixOneRestoreOutcome> MatrixOneSafeChange::rollBack(const QString &uri, const QString &folder, const MatrixOneRestorePlan &plan)
{
    return withSnapshots<MatrixOneRestoreOutcome>(uri, folder, [&](MatrixOneSnapshots &snapshots) { return MatrixOneRestorer(snapshots).execute(plan); });
}

} // namespace lifeboat::app
