#include "core/restore/RestorePhases.h"

#include "core/codec/ExtJsonCodec.h"
#include "core/restore/RestoreRun.h"

namespace lifeboat {

namespace {

// The view's pipeline: from the archive's metadata, else the manifest.
BsonDocument pipelineArray(const PlannedCollection &p)
{
    bson_iter_t it;
    if (p.options && bson_iter_init_find(&it, p.options->get(), "pipeline") && BSON_ITER_HOLDS_ARRAY(&it)) {
        uint32_t len = 0;
        const uint8_t *data = nullptr;
        bson_iter_array(&it, &len, &data);
        return BsonDocument::fromData(QByteArrayView(reinterpret_cast<const char *>(data), len));
    }
    // From the manifest's canonical Extended JSON.
    auto fromManifest = ExtJsonCodec::decodeArray(p.pipeline);
    return fromManifest ? std::move(*fromManifest) : BsonDocument();
}

void createView(RestoreRun &run, RestoreTarget &t)
{
    const PlannedCollection &p = *t.planned;
    t.fileDone = true;
    if (p.action == PlannedCollection::Action::InsertInto)
        return; // an existing view is kept as it is unless --replace-existing
    const BsonDocument pipeline = pipelineArray(p);
    if (auto st = run.command(CollectionCommands::createView(p.name, p.viewOn, pipeline.isNull() ? nullptr : pipeline.get())); !st)
        run.viewErrors.insert(p.name, st.error().message);
    else
        t.touched = true;
}

void buildIndexes(RestoreRun &run, RestoreTarget &t)
{
    const PlannedCollection &p = *t.planned;
    t.indexesBuilt = true;
    const BsonDocument idx = CollectionCommands::createIndexes(t.loadName, p.indexes);
    if (idx.isNull() || bson_empty(idx.get()))
        return;
    if (auto st = run.command(idx); !st)
        run.result.warnings << st.error().wrapped(QStringLiteral("indexes of %1 were not all built").arg(p.name)).message;
}

} // namespace

void buildIndexesAndViews(RestoreRun &run)
{
    for (auto &t : run.targets) {
        const PlannedCollection &p = *t->planned;
        if (p.action == PlannedCollection::Action::Drop)
            continue;
        if (p.type == QLatin1String("view"))
            createView(run, *t);
        else if (!t->indexesBuilt)
            buildIndexes(run, *t);
    }
}

void buildStagedIndexes(RestoreRun &run)
{
    for (auto &t : run.targets) {
        if (t->loadName != t->planned->name && !t->direct)
            buildIndexes(run, *t);
    }
}

} // namespace lifeboat
