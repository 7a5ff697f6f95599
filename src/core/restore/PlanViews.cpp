#include "core/restore/PlannerPhases.h"

namespace lifeboat {

namespace {

void addView(PlanningState &s, const QString &name, const QString &viewOn, const QJsonArray &pipeline,
             std::shared_ptr<BsonDocument> options)
{
    if (!s.isWanted(name) || s.inArchive.contains(name))
        return;
    s.missing.remove(name);
    s.inArchive.insert(name);
    PlannedCollection p;
    p.name = name;
    p.type = QStringLiteral("view");
    p.viewOn = viewOn;
    p.pipeline = pipeline;
    p.options = options ? options : std::make_shared<BsonDocument>();
    p.fileCount = 0;
    decideAction(s, p);
    s.views << p;
}

QString viewOnOf(const CollectionMetadataEntry &m)
{
    bson_iter_t it;
    if (bson_iter_init_find(&it, m.options->get(), "viewOn") && BSON_ITER_HOLDS_UTF8(&it))
        return QString::fromUtf8(bson_iter_utf8(&it, nullptr));
    return {};
}

} // namespace

void planViews(PlanningState &s)
{
    if (const auto &manifest = s.contents.manifest()) {
        for (const auto &r : manifest->collections) {
            if (r.type == QLatin1String("view") && s.isSource(r.database))
                addView(s, r.name, r.viewOn, r.pipeline, s.metadata.value(r.name).options);
        }
    }
    for (const auto &m : std::as_const(s.metadata)) {
        if (m.type == QLatin1String("view"))
            addView(s, m.name, viewOnOf(m), {}, m.options);
    }
}

} // namespace lifeboat
