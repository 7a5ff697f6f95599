#include "app/snapshots/MatrixOneSnapshotJobs.h"

#include "app/jobs/WorkerThreads.h"
#include "core/matrixone/MatrixOneCloner.h"
#include "core/matrixone/MatrixOneConnection.h"
#include "core/matrixone/MatrixOneRestorer.h"
#include "core/matrixone/MatrixOneSnapshots.h"

#include <QtConcurrent>

#include <functional>

namespace lifeboat::app {

namespace {

// Connects, then runs `work` on the snapshots of that server; any error becomes the outcome's.
MatrixOneSnapshotJobs::Outcome withSnapshots(const QString &uri, const QString &folder,
                                             const std::function<MatrixOneSnapshotJobs::Outcome(MatrixOneSnapshots &)> &work)
{
    MatrixOneSnapshotJobs::Outcome out;
    auto parsed = MatrixOneUri::parse(uri);
    if (!parsed) {
        out.error = parsed.error().message;
        return out;
    }
    auto connection = MatrixOneConnection::open(*parsed);
    if (!connection) {
        out.error = connection.error().toString();
        return out;
    }
    MatrixOneSnapshots snapshots(**connection, folder);
    return work(snapshots);
}

} // namespace

QString MatrixOneSnapshotJobs::confirmWord(const SnapshotEntry &entry)
{
    if (entry.scope == QLatin1String("table") && !entry.databases.isEmpty() && !entry.collections.isEmpty())
        return entry.databases.first() + QLatin1Char('.') + entry.collections.first();
    if (entry.scope == QLatin1String("database") && !entry.databases.isEmpty())
        return entry.databases.first();
    return entry.name; // an account: the snapshot's own name
}

QFuture<MatrixOneSnapshotJobs::Listing> MatrixOneSnapshotJobs::list(const QString &uri, const QString &folder)
{
    return QtConcurrent::run(longWorkThreads(), [uri, folder]() {
        Listing listing;
        Outcome o = withSnapshots(uri, folder, [&listing](MatrixOneSnapshots &snapshots) {
            Outcome r;
            listing.server = snapshots.server();
            auto all = snapshots.list();
            if (!all) {
                r.error = all.error().toString();
                return r;
            }
            for (const auto &s : std::as_const(*all))
                listing.entries << s.toEntry();
            return r;
        });
        listing.error = o.error;
        return listing;
    });
}

QFuture<MatrixOneSnapshotJobs::Outcome> MatrixOneSnapshotJobs::create(const QString &uri, const QString &folder, const QString &purpose,
                                                                      const QString &description)
{
    return QtConcurrent::run(longWorkThreads(), [=]() {
        return withSnapshots(uri, folder, [&](MatrixOneSnapshots &snapshots) {
            Outcome r;
            MatrixOneCreateRequest request;
            request.database = snapshots.connection().uri().database();
            request.level = request.database.isEmpty() ? MatrixOneLevel::Account : MatrixOneLevel::Database;
            request.info.purpose = purpose;
            request.info.description = description;
            auto made = snapshots.create(request);
            if (!made) {
                r.error = made.error().toString();
                return r;
            }
            r.name = made->snapshot.name;
            r.note = made->scopeNote;
            return r;
        });
    });
}

QFuture<MatrixOneSnapshotJobs::Outcome> MatrixOneSnapshotJobs::remove(const QString &uri, const QString &folder, const QString &name)
{
    return QtConcurrent::run(longWorkThreads(), [=]() {
        return withSnapshots(uri, folder, [&](MatrixOneSnapshots &snapshots) {
            Outcome r;
            r.name = name;
            if (auto st = snapshots.remove(name); !st)
                r.error = st.error().toString();
            return r;
        });
    });
}

QFuture<MatrixOneSnapshotJobs::Outcome> MatrixOneSnapshotJobs::restore(const QString &uri, const QString &folder, const QString &name)
{
    return QtConcurrent::run(longWorkThreads(), [=]() {
        return withSnapshots(uri, folder, [&](MatrixOneSnapshots &snapshots) {
            Outcome r;
            r.name = name;
            MatrixOneRestorer restorer(snapshots);
            MatrixOneRestoreRequest request;
            request.name = name;
            auto plan = restorer.plan(request);
            if (!plan) {
                r.error = plan.error().toString();
                return r;
            }
            auto done = restorer.execute(*plan);
            if (!done) {
                r.error = done.error().toString();
                return r;
            }
            r.safetySnapshot = done->safetySnapshot;
            r.report = done->report;
            r.note = plan->statement;
            return r;
        });
    });
}

QFuture<MatrixOneSnapshotJobs::Outcome> MatrixOneSnapshotJobs::clone(const QString &uri, const QString &folder, const QString &name)
{
    return QtConcurrent::run(longWorkThreads(), [=]() {
        return withSnapshots(uri, folder, [&](MatrixOneSnapshots &snapshots) {
            Outcome r;
            r.name = name;
            MatrixOneCloner cloner(snapshots);
            MatrixOneCloneRequest request;
            request.name = name;
            auto s = snapshots.find(name);
            if (!s) {
                r.error = s.error().toString();
                return r;
            }
            // An account snapshot: the profile's database of it.
            if (s->level == MatrixOneLevel::Account)
                request.sourceDatabase = snapshots.connection().uri().database();
            request.allowExisting = true;
            auto done = cloner.clone(request);
            if (!done) {
                r.error = done.error().toString();
                return r;
            }
            r.targetDatabase = done->targetDatabase;
            r.report = done->report;
            r.note = done->note();
            return r;
        });
    });
}

} // namespace lifeboat::app
