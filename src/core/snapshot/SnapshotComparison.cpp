#include "core/snapshot/SnapshotComparison.h"

#include "core/config/MongoUri.h"

namespace lifeboat {

namespace {

// The collections (not views) that are both in the snapshot and in the database.
QStringList collectionsInBoth(const SnapshotDrift &drift)
{
    QStringList both;
    for (const DriftRow &r : drift.rows) {
        if (r.snapshotDocuments >= 0 && r.databaseDocuments >= 0 && r.type != QLatin1String("view"))
            both << r.collection;
    }
    return both;
}

} // namespace

bool SnapshotComparison::Outcome::changed() const
{
    if (!drift.unchanged())
        return true;
    for (const auto &f : fields) {
        if (f.changed())
            return true;
    }
    return false;
}

const FieldChange *SnapshotComparison::Outcome::fieldsOf(const QString &collection) const
{
    for (const auto &f : fields) {
        if (f.collection == collection)
            return &f;
    }
    return nullptr;
}

Result<SnapshotComparison::Outcome> SnapshotComparison::run(const Request &request, const CancelToken &cancel)
{
    Outcome out;
    // The user's own check first, so that the comparison shows the database as it is after it
    // (the check only reads: ReadOnlyCommand refuses anything else before it is sent).
    if (!request.validationCommand.trimmed().isEmpty())
        out.validation = ValidationCheck::run(request.mongoUri, request.database, request.validationCommand, request.expectedResult);

    auto drift = SnapshotDrift::compare(request.mongoUri, request.manifest, request.database, request.snapshotDatabase, cancel);
    if (!drift) {
        Error e = drift.error();
        e.message = MongoUri::scrub(e.message, request.mongoUri);
        return e;
    }
    out.drift = *drift;

    auto fields = FieldDrift::compare(request, collectionsInBoth(out.drift), cancel);
    if (!fields)
        return fields.error();
    out.fields = *fields;
    return out;
}

} // namespace lifeboat
