#include "core/restore/RestorePhases.h"

#include "core/mongo/DatabaseCatalog.h"
#include "core/restore/RestoreRun.h"

namespace lifeboat {

namespace {

using Action = PlannedCollection::Action;

ValidatorOptions currentValidator(const PooledClient &client, const QString &db, const QString &name)
{
    auto cols = DatabaseCatalog::collections(client, db);
    if (!cols)
        return {};
    for (const auto &c : *cols) {
        if (c.name == name)
            return CollectionCommands::validatorFrom(c.options().get());
    }
    return {};
}

// --force into an existing collection: its validator off for the load.
Status turnValidatorOff(RestoreRun &run, RestoreTarget &t)
{
    const QString &name = t.planned->name;
    ValidatorOptions v = currentValidator(*run.client, run.db, name);
    if (!v.isSet())
        return {};
    if (auto st = run.command(CollectionCommands::disableValidation(name)); !st)
        return st.error().wrapped(QStringLiteral("cannot turn off the validator of %1.%2").arg(run.db, name));
    t.touched = true;
    run.validatorsToRestore.emplace_back(name, std::move(v));
    return {};
}

Status prepareCollection(RestoreRun &run, RestoreTarget &t)
{
    const PlannedCollection &p = *t.planned;
    if (p.action == Action::Drop || p.action == Action::Replace) {
        if (auto st = run.command(CollectionCommands::drop(p.name)); !st)
            return st;
        t.touched = true;
    }
    if (p.type == QLatin1String("view") || p.action == Action::Drop)
        return {};
    if (p.action == Action::Create || p.action == Action::Replace)
        return createCollection(run, t, p.name, /*timeseries=*/true);
    if (p.action == Action::InsertInto && run.request.force)
        return turnValidatorOff(run, t);
    return {};
}

} // namespace

Status createCollection(RestoreRun &run, RestoreTarget &t, const QString &name, bool timeseries)
{
    const PlannedCollection &p = *t.planned;
    const bool asTimeseries = timeseries && p.timeseries.isValid() && run.plan.serverSupportsTimeseries;
    const BsonDocument cmd = asTimeseries ? CollectionCommands::createTimeseries(name, p.timeseries)
                                          : CollectionCommands::create(name, p.options->get(), run.request.force,
                                                                       /*withoutTimeseries=*/true);
    if (auto st = run.command(cmd); !st)
        return st.error().wrapped(QStringLiteral("cannot create %1.%2").arg(run.db, name));
    t.touched = true;
    if (run.request.force) {
        ValidatorOptions v = CollectionCommands::validatorFrom(p.options->get());
        if (v.isSet())
            run.validatorsToRestore.emplace_back(p.name, std::move(v));
    }
    return {};
}

Status prepareCollections(RestoreRun &run)
{
    for (auto &t : run.targets) {
        if (run.staged && !t->direct)
            continue;
        if (run.cancel.isCancelled())
            return Error(ErrorCode::Cancelled, QStringLiteral("restore cancelled"));
        if (auto st = prepareCollection(run, *t); !st)
            return st;
    }
    return {};
}

void putValidatorsBack(RestoreRun &run)
{
    for (const auto &[name, v] : run.validatorsToRestore) {
        if (auto st = run.command(CollectionCommands::restoreValidation(name, v)); !st)
            run.result.warnings << QStringLiteral("the validator of %1 is still OFF: putting it back failed (%2); run collMod by hand").arg(name, st.error().message);
    }
    run.validatorsToRestore.clear();
}

} // namespace lifeboat
