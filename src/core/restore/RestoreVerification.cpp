#include "core/restore/RestorePhases.h"

#include "core/restore/RestoreRun.h"

#include <map>

namespace lifeboat {

namespace {

using Action = PlannedCollection::Action;
using StatsByCollection = std::map<QString, ArchiveSideStats>;

VerificationRow rowOf(const QString &db, const PlannedCollection &p)
{
    VerificationRow row;
    row.database = db;
    row.collection = p.name;
    row.type = p.type;
    return row;
}

// With a full verification, the archive's documents against its manifest's digest.
void checkManifestDigest(VerificationRow &row, const PlannedCollection &p, const ArchiveSideStats &stats, bool full)
{
    if (full && !p.expectedDigest.isEmpty() && p.expectedDigest != stats.digest().toString()) {
        row.notes << QStringLiteral("the archive's documents do not match its manifest digest");
        row.status = VerificationStatus::Mismatch;
    }
}

// A view after the restore: created (nothing to count), kept, or not created.
VerificationRow restoredViewRow(const RestoreRun &run, const PlannedCollection &p)
{
    VerificationRow row = rowOf(run.db, p);
    if (run.viewErrors.contains(p.name)) {
        row.status = VerificationStatus::Mismatch;
        row.notes << QStringLiteral("the view was not created: %1").arg(run.viewErrors.value(p.name));
    } else {
        row.status = VerificationStatus::Skipped;
        row.notes << (p.action == Action::InsertInto ? QStringLiteral("a view of that name exists and was kept")
                                                     : QStringLiteral("a view holds no documents"));
    }
    return row;
}

VerificationRow restoredCollectionRow(const RestoreRun &run, const RestoreTarget &t)
{
    const PlannedCollection &p = *t.planned;
    // Loaded collections were verified as they completed; an empty file has no batches.
    VerificationRow row = t.row ? *t.row : CollectionVerifier::compare(*run.client, run.db, t.loadName, p.type, t.stats, run.request.verifyFull);
    row.collection = p.name; // a staged collection was verified under its staging name
    checkManifestDigest(row, p, t.stats, run.request.verifyFull);
    if (t.duplicates > 0)
        row.notes << QStringLiteral("%1 duplicate keys: those documents were already in the collection and were not replaced").arg(t.duplicates.load());
    return row;
}

Result<StatsByCollection> readArchiveStats(const RestoreRequest &request, const ArchiveContents &contents,
                                           const RestorePlan &plan, const CancelToken &cancel)
{
    StatsByCollection stats;
    auto st = contents.forEachCollection(
        [&](const ArchiveContents::CollectionFile &f, JsonDocumentReader &reader) -> Status {
            auto &s = stats.try_emplace(f.collection, request.verifySampleSize, request.verifyFull).first->second;
            for (;;) {
                auto doc = reader.next();
                if (!doc)
                    return doc.error();
                if (!doc->has_value())
                    return {};
                s.add((*doc)->bson.get());
            }
        },
        [&](const ArchiveContents::CollectionFile &f) {
            return !f.isBucketFile && (plan.sourceDatabase.isEmpty() || f.database.isEmpty() || f.database == plan.sourceDatabase);
        },
        cancel);
    if (!st)
        return st.error();
    return stats;
}

// A row of the plan's collection, comparing without having restored: what would be dropped,
// what is missing, and for the others the comparison.
VerificationRow unrestoredRow(const RestoreRequest &request, const RestorePlan &plan, const PlannedCollection &p,
                              const PooledClient &client, const StatsByCollection &stats)
{
    VerificationRow row = rowOf(plan.targetDatabase, p);
    const ArchiveSideStats empty(request.verifySampleSize, request.verifyFull);
    const ArchiveSideStats &s = stats.count(p.name) ? stats.at(p.name) : empty;
    if (p.action == Action::Drop) {
        row.fileCount = 0;
        row.dbCount = p.dbCount;
        row.status = VerificationStatus::Mismatch;
        row.notes << QStringLiteral("in the database but not in the archive");
    } else if (p.type == QLatin1String("view")) {
        row.status = p.existsInDb ? VerificationStatus::Skipped : VerificationStatus::Mismatch;
        row.notes << (p.existsInDb ? QStringLiteral("a view holds no documents") : QStringLiteral("the view does not exist in the database"));
    } else if (!p.existsInDb) {
        row.fileCount = s.count();
        row.dbCount = 0;
        row.status = VerificationStatus::Mismatch;
        row.notes << QStringLiteral("the collection does not exist in the database");
    } else {
        row = CollectionVerifier::compare(client, plan.targetDatabase, p.name, p.type, s, request.verifyFull);
        checkManifestDigest(row, p, s, request.verifyFull);
    }
    return row;
}

} // namespace

void verifyRestored(RestoreRun &run)
{
    for (const auto &t : run.targets) {
        const PlannedCollection &p = *t->planned;
        if (p.action == Action::Drop)
            continue;
        run.result.report.rows << (p.type == QLatin1String("view") ? restoredViewRow(run, p) : restoredCollectionRow(run, *t));
    }
}

namespace {

// What a restore that stopped midway left in one collection, from what the run knows (no
// server call: the server may be what stopped it). Documents now: those it had, less a drop,
// plus the inserts the server acknowledged.
VerificationRow stoppedRow(const RestoreRun &run, const RestoreTarget &t)
{
    const PlannedCollection &p = *t.planned;
    const QString state = t.finalState(true);
    VerificationRow row = t.row && state == QLatin1String("complete") ? *t.row : rowOf(run.db, p);
    row.collection = p.name;
    if (t.row && state == QLatin1String("complete"))
        return row;
    const qint64 before = p.existsInDb ? p.dbCount : 0;
    if (p.action == Action::Drop) {
        row.fileCount = 0;
        row.dbCount = state == QLatin1String("complete") ? 0 : before;
        row.status = state == QLatin1String("complete") ? VerificationStatus::Ok : VerificationStatus::Skipped;
        row.notes << (state == QLatin1String("complete") ? QStringLiteral("dropped: not in the archive")
                                                         : QStringLiteral("untouched: not dropped before the restore stopped"));
        return row;
    }
    row.fileCount = p.fileCount >= 0 ? p.fileCount : t.stats.count();
    if (state == QLatin1String("untouched")) {
        row.dbCount = p.existsInDb ? p.dbCount : -1;
        row.status = VerificationStatus::Skipped;
        row.notes << (run.result.targetUnchanged ? QStringLiteral("untouched: the staged copy was dropped, the collection is as it was")
                                                 : QStringLiteral("untouched: the restore stopped before it reached this collection"));
        return row;
    }
    const bool kept = p.action == Action::InsertInto;
    row.dbCount = (kept ? before : 0) + t.inserted.load();
    row.status = state == QLatin1String("complete") ? VerificationStatus::Ok : VerificationStatus::Mismatch;
    row.notes << (state == QLatin1String("complete")
                      ? QStringLiteral("complete: every document of the archive was loaded before the restore stopped (not verified)")
                      : QStringLiteral("partial: %1 of %2 documents loaded before the restore stopped").arg(t.inserted.load()).arg(row.fileCount));
    return row;
}

} // namespace

void reportWhatStopLeft(RestoreRun &run)
{
    run.result.report.rows.clear();
    for (const auto &t : run.targets)
        run.result.report.rows << stoppedRow(run, *t);
}

Result<VerificationReport> compareWithArchive(const RestoreRequest &request, const ArchiveContents &contents,
                                              const RestorePlan &plan, const PooledClient &client, const CancelToken &cancel)
{
    auto stats = readArchiveStats(request, contents, plan, cancel);
    if (!stats)
        return stats.error();
    VerificationReport report;
    for (const auto &p : plan.collections)
        report.rows << unrestoredRow(request, plan, p, client, *stats);
    return report;
}

} // namespace lifeboat
