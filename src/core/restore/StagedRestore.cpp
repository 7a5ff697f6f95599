#include "core/restore/RestorePhases.h"

#include "core/restore/DocumentLoader.h"
#include "core/restore/RestoreRun.h"
#include "core/snapshot/SnapshotSwap.h"

namespace lifeboat {

namespace {

using Action = PlannedCollection::Action;

bool fillsFromArchive(const PlannedCollection &p)
{
    return p.action != Action::Drop && p.type != QLatin1String("view") && !p.archivePath.isEmpty();
}

// Loaded into the collection itself once the archive checked out: inserts into an existing
// collection, time-series collections (which cannot be renamed), and on FerretDB 1.x names
// with a dot (which it cannot rename).
bool loadsDirectly(const RestoreRun &run, const PlannedCollection &p)
{
    return p.action == Action::InsertInto || (p.timeseries.isValid() && run.plan.serverSupportsTimeseries)
           || (!run.plan.serverRenamesDottedNames && p.name.contains(QLatin1Char('.')));
}

// FerretDB 1.x has renameCollection without dropTarget ("not implemented", code 238).
bool lacksDropTarget(const Error &e)
{
    return e.message.contains(QLatin1String("dropTarget")) || e.message.contains(QLatin1String("NotImplemented"));
}

Status renameOnto(RestoreRun &run, const RestoreTarget &t)
{
    const QString &name = t.planned->name;
    auto reply = run.client->command(QStringLiteral("admin"), SnapshotSwap::renameCommand(run.db, t.loadName, run.db, name, true).get());
    if (reply)
        return {};
    if (!lacksDropTarget(reply.error()))
        return reply.error();
    // The same in two metadata steps: the old collection dropped, the staging one renamed.
    if (t.planned->existsInDb) {
        if (auto st = run.command(CollectionCommands::drop(name)); !st)
            return st;
    }
    auto renamed = run.client->command(QStringLiteral("admin"), SnapshotSwap::renameCommand(run.db, t.loadName, run.db, name, false).get());
    if (!renamed)
        return renamed.error();
    return {};
}

Error swapFailed(const RestoreRun &run, const QString &collection, const Error &e)
{
    QStringList notSwapped;
    for (const auto &t : run.targets) {
        if (t->loadName != t->planned->name && !t->direct && !run.result.swapped.contains(t->planned->name))
            notSwapped << t->planned->name;
    }
    return Error(e.code, QStringLiteral("swapping %1 into %2.%1 failed: %3. Swapped in already: %4; not swapped: %5 (the safety snapshot holds the database as it was)")
                             .arg(collection, run.db, e.message,
                                  run.result.swapped.isEmpty() ? QStringLiteral("none") : run.result.swapped.join(QStringLiteral(", ")),
                                  notSwapped.join(QStringLiteral(", "))));
}

} // namespace

Status createStagingCollections(RestoreRun &run)
{
    for (auto &t : run.targets) {
        if (run.cancel.isCancelled())
            return Error(ErrorCode::Cancelled, QStringLiteral("restore cancelled"));
        if (!fillsFromArchive(*t->planned))
            continue;
        t->direct = loadsDirectly(run, *t->planned);
        t->loadName = staging::nameOf(run.runId, t->planned->name);
        if (auto st = createCollection(run, *t, t->loadName, /*timeseries=*/false); !st)
            return st;
        run.stagingCreated << t->loadName;
    }
    return {};
}

Status swapStagingCollections(RestoreRun &run)
{
    for (auto &t : run.targets) {
        if (t->loadName == t->planned->name || t->direct)
            continue;
        if (auto st = renameOnto(run, *t); !st)
            return swapFailed(run, t->planned->name, st.error());
        run.stagingCreated.removeAll(t->loadName);
        run.result.swapped << t->planned->name;
        t->loadName = t->planned->name;
    }
    for (auto &t : run.targets) {
        // The plan's drops, and the views it replaces (created again after the swap).
        const bool replacedView = t->planned->type == QLatin1String("view") && t->planned->action == Action::Replace;
        if (t->planned->action != Action::Drop && !replacedView)
            continue;
        if (auto st = run.command(CollectionCommands::drop(t->planned->name)); !st)
            return st.error().wrapped(QStringLiteral("every collection was swapped in, but dropping %1 failed").arg(t->planned->name));
        t->touched = true;
    }
    return {};
}

Status loadDirectTargets(RestoreRun &run)
{
    run.byPath.clear();
    for (size_t i = 0; i < run.targets.size(); ++i) {
        auto &t = run.targets[i];
        if (!t->direct)
            continue;
        // A fresh start for the collection itself; its staging copy only served the check.
        const bool digest = run.request.verifyFull;
        t = std::make_unique<RestoreTarget>(*t->planned, run.request.verifySampleSize, digest);
        t->direct = true;
        run.byPath[t->planned->archivePath] = int(i);
    }
    if (run.byPath.empty())
        return {};
    if (auto st = prepareCollections(run); !st)
        return st;
    return DocumentLoader(run).load();
}

void dropStagingCollections(RestoreRun &run)
{
    QStringList left;
    for (const QString &name : std::as_const(run.stagingCreated)) {
        if (auto st = run.command(CollectionCommands::drop(name)); !st)
            left << name;
    }
    run.stagingCreated = left;
    if (!left.isEmpty())
        run.result.warnings << QStringLiteral("these staging collections of %1 could not be dropped: drop them by hand: %2")
                                   .arg(run.db, left.join(QStringLiteral(", ")));
}

Error abandonStaging(RestoreRun &run, const Error &failure)
{
    dropStagingCollections(run);
    run.validatorsToRestore.clear(); // they were the staging collections'
    for (auto &t : run.targets)
        t->touched = false;
    run.result.targetUnchanged = true;
    Error e = failure;
    e.message += QStringLiteral("; nothing was changed in %1").arg(run.db);
    return e;
}

} // namespace lifeboat
