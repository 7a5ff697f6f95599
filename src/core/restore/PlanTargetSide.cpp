#include "core/restore/PlannerPhases.h"

namespace lifeboat {

qint64 countDocuments(const PooledClient &client, const QString &db, const QString &coll)
{
    mongoc_collection_t *c = mongoc_client_get_collection(client.get(), db.toUtf8().constData(), coll.toUtf8().constData());
    bson_t filter = BSON_INITIALIZER;
    bson_error_t error;
    const int64_t n = mongoc_collection_count_documents(c, &filter, nullptr, nullptr, nullptr, &error);
    mongoc_collection_destroy(c);
    return n < 0 ? 0 : n;
}

Status listTargetDatabase(PlanningState &s)
{
    auto existing = DatabaseCatalog::collections(s.client, s.plan.targetDatabase);
    if (!existing)
        return existing.error();
    s.existing = *existing;
    for (const auto &c : std::as_const(s.existing))
        s.inDb.insert(c.name, c);
    s.plan.targetExists = !s.inDb.isEmpty();
    return {};
}

void planDrops(PlanningState &s)
{
    if (!s.wanted.isEmpty())
        return;
    if (s.request.keepExtra) {
        for (const auto &c : std::as_const(s.existing)) {
            if (!c.isSystem() && !s.inArchive.contains(c.name))
                s.plan.keptExtra << c.name;
        }
        s.plan.keptExtra.sort();
        return;
    }
    for (const auto &c : std::as_const(s.existing)) {
        if (c.isSystem() || s.inArchive.contains(c.name))
            continue;
        PlannedCollection p;
        p.name = c.name;
        p.type = c.type;
        p.action = PlannedCollection::Action::Drop;
        p.existsInDb = true;
        p.dbCount = c.type == QLatin1String("view") ? 0 : countDocuments(s.client, s.plan.targetDatabase, c.name);
        s.drops << p;
    }
}

} // namespace lifeboat
