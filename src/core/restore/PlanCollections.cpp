#include "core/restore/PlannerPhases.h"

#include "core/restore/TimeseriesInference.h"
#include "core/restore/UnsupportedOptions.h"

namespace lifeboat {

namespace {

using Action = PlannedCollection::Action;

// The manifest's count, indexes and digest for the collection, when there is a manifest.
void applyManifest(const PlanningState &s, PlannedCollection &p)
{
    const auto &manifest = s.contents.manifest();
    if (!manifest)
        return;
    for (const auto &r : manifest->collections) {
        if (r.name != p.name || !s.isSource(r.database))
            continue;
        p.fileCount = r.documents;
        // The server builds _id_ itself: the plan lists only what the restore builds.
        for (const auto &spec : r.indexes) {
            if (spec.toObject().value(QStringLiteral("name")).toString() != QLatin1String("_id_"))
                p.indexes.append(spec);
        }
        p.expectedDigest = r.digest;
    }
}

// Time-series: metadata, else a bucket file, else the heuristic.
void decideTimeseries(const PlanningState &s, const CollectionMetadataEntry &meta, PlannedCollection &p)
{
    if (meta.type == QLatin1String("timeseries")) {
        p.timeseries = CollectionCommands::timeseriesFrom(p.options->get());
        p.timeseriesSource = QStringLiteral("metadata");
    } else if (meta.name.isEmpty() && s.request.inferTimeseries) {
        const auto &sample = s.scanOf(p.name).sample;
        if (s.bucketFor.contains(p.name)) {
            p.timeseries = TimeseriesInference::fromBucketFile(sample);
            p.timeseriesSource = QStringLiteral("bucket file");
        } else if (auto ts = TimeseriesInference::infer(sample); ts.isValid()) {
            p.timeseries = ts;
            p.timeseriesSource = QStringLiteral("heuristic");
        }
    }
    if (p.timeseries.isValid())
        p.type = QStringLiteral("timeseries");
}

// What the server or the target's existing collection will make of a time-series collection.
void warnAboutTimeseries(const PlanningState &s, PlannedCollection &p)
{
    if (!p.timeseries.isValid())
        return;
    const bool creates = p.action == Action::Create || p.action == Action::Replace;
    if (!s.plan.serverSupportsTimeseries) {
        p.warnings << QStringLiteral("the server does not support time-series collections: %1 is created as a regular collection").arg(p.name);
        p.type = QStringLiteral("collection");
        // What the archive states is an option left out; a guess (the heuristic) is not.
        if (creates && p.timeseriesSource != QLatin1String("heuristic"))
            p.droppedOptions << QLatin1String(UnsupportedOptions::Timeseries);
    }
    if (p.action == Action::InsertInto && s.inDb.value(p.name).type != QLatin1String("timeseries"))
        p.warnings << QStringLiteral("the archive says %1 is time-series but a regular collection of that name exists; only --replace-existing can recreate it as time-series").arg(p.name);
}

// The validator that applies during the load: the existing one when inserting into it, else
// the archive's; left out (and named) when the server has no validators.
void decideValidator(const PlanningState &s, PlannedCollection &p)
{
    if (!s.plan.serverSupportsValidators && p.action != Action::InsertInto && CollectionCommands::validatorFrom(p.options->get()).isSet()) {
        p.options = UnsupportedOptions::withoutValidator(p.options->get());
        p.droppedOptions << QLatin1String(UnsupportedOptions::Validator);
        p.validatorHandling = QStringLiteral("dropped: the server has no validators");
        p.warnings << QStringLiteral("the server has no validators: %1 is created without its validator").arg(p.name);
        return;
    }
    const ValidatorOptions archived = CollectionCommands::validatorFrom(p.options->get());
    const ValidatorOptions current = p.existsInDb ? CollectionCommands::validatorFrom(s.inDb.value(p.name).options().get())
                                                  : ValidatorOptions{};
    const bool hasValidator = (p.action == Action::InsertInto) ? current.isSet() : archived.isSet();
    if (hasValidator)
        p.validatorHandling = s.request.force ? QStringLiteral("off during load (--force), put back afterwards") : QStringLiteral("kept");
}

// system.users, system.js, system.views, system.profile...: the server keeps them itself (the
// bucket files of time-series collections are set apart before this).
bool isServersOwn(const QString &collection)
{
    return collection.startsWith(QLatin1String("system."));
}

PlannedCollection planCollection(const PlanningState &s, const ArchiveContents::CollectionFile &f)
{
    PlannedCollection p;
    p.name = f.collection;
    p.archivePath = f.path;
    const auto meta = s.metadata.value(f.collection);
    p.options = meta.options ? meta.options : std::make_shared<BsonDocument>();
    applyManifest(s, p);
    if (s.scans.count(f.collection))
        p.fileCount = s.scanOf(f.collection).count;
    decideTimeseries(s, meta, p);
    decideAction(s, p);
    warnAboutTimeseries(s, p);
    decideValidator(s, p);
    return p;
}

} // namespace

void decideAction(const PlanningState &s, PlannedCollection &p)
{
    p.existsInDb = s.inDb.contains(p.name);
    if (!p.existsInDb) {
        p.action = Action::Create;
        return;
    }
    p.dbCount = s.inDb.value(p.name).type == QLatin1String("view") ? 0 : countDocuments(s.client, s.plan.targetDatabase, p.name);
    p.action = s.request.replaceExisting ? Action::Replace : Action::InsertInto;
}

void planArchiveCollections(PlanningState &s)
{
    for (const auto &f : std::as_const(s.files)) {
        if (!s.isWanted(f.collection))
            continue;
        s.missing.remove(f.collection);
        if (isServersOwn(f.collection)) {
            s.plan.warnings << QStringLiteral("%1 (%2) is the server's own collection, not data: it is skipped, never restored as an "
                                              "ordinary collection")
                                   .arg(f.collection, f.path);
            continue;
        }
        s.inArchive.insert(f.collection);
        s.fills << planCollection(s, f);
    }
}

Status checkNothingMissing(const PlanningState &s)
{
    if (s.missing.isEmpty())
        return {};
    QStringList names(s.missing.cbegin(), s.missing.cend());
    names.sort();
    return Error(ErrorCode::NotFound, QStringLiteral("the archive holds no collection %1").arg(names.join(QStringLiteral(", "))));
}

} // namespace lifeboat
