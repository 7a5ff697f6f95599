#include "core/snapshot/SafetySnapshot.h"

namespace lifeboat {

Result<SnapshotEntry> SafetySnapshot::take(SnapshotStore &store, const CancelToken &cancel) const
{
    SnapshotCreateRequest safety;
    safety.mongoUri = mongoUri;
    safety.database = database;
    safety.jobs = jobs;
    safety.info.level = SnapshotLevel::Database;
    safety.info.purpose = purpose;
    safety.info.description = description;
    safety.info.tags = QStringList{QStringLiteral("safety")};
    safety.info.name = store.proposeName(purpose + QLatin1Char('_') + database);
    auto created = store.create(safety, ProgressSink::none(), cancel);
    if (!created)
        return created.error();
    return created->entry;
}

} // namespace lifeboat
