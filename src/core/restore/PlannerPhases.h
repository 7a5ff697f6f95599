#pragma once

#include "core/archive/ArchiveContents.h"
#include "core/archive/CollectionMetadata.h"
#include "core/common/CancelToken.h"
#include "core/mongo/DatabaseCatalog.h"
#include "core/restore/RestorePlan.h"
#include "core/restore/RestoreRequest.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <map>
#include <vector>

namespace lifeboat {

struct ServerInfo;

// The phases of RestorePlanner::plan, in the order it calls them, and what they share. Each
// phase reads what the ones before it found and adds its part; nothing is written anywhere.

// Documents counted in one collection file, with the first few kept for time-series inference.
struct FileScan {
    qint64 count = 0;
    std::vector<BsonDocument> sample;
};

struct PlanningState {
    PlanningState(const RestoreRequest &r, const ArchiveContents &a, const PooledClient &c, const CancelToken &t)
        : request(r), contents(a), client(c), cancel(t) {}

    const RestoreRequest &request;
    const ArchiveContents &contents;
    const PooledClient &client;
    const CancelToken &cancel;
    RestorePlan plan;

    // The archive side.
    bool nested = false;                                // the archive holds a folder per database
    QHash<QString, CollectionMetadataEntry> metadata;   // collections_metadata.json of the source
    QList<ArchiveContents::CollectionFile> files;       // the source's collection files, bucket files aside
    QSet<QString> bucketFor;                            // collections that have a system.buckets.* file
    std::map<QString, FileScan> scans;                  // when the manifest cannot tell counts or samples

    // The target side.
    QList<CollectionInfo> existing;
    QHash<QString, CollectionInfo> inDb;

    // The request's subset, and what the plan found of it.
    QSet<QString> wanted;
    QSet<QString> missing;
    QSet<QString> inArchive;

    // The plan's collections, in the order the restore handles them.
    QList<PlannedCollection> drops, fills, views;

    const QString &source() const { return plan.sourceDatabase; }
    // Of the source database (or of a single-database archive).
    bool isSource(const QString &database) const { return source().isEmpty() || database == source(); }
    bool isWanted(const QString &collection) const { return wanted.isEmpty() || wanted.contains(collection); }
    const FileScan &scanOf(const QString &collection) const;
};

// The archive and the server the plan is for.
void describeArchiveAndServer(PlanningState &s, const ServerInfo &server);
// Which database of the archive goes into which database.
Status chooseDatabases(PlanningState &s);
// The source's collection files and metadata; bucket files set apart.
Status readArchiveCollections(PlanningState &s);
// Before anything else is read: every file the manifest names is there and a regular file, no
// member the archive should not hold, every collection name one the server can take.
Status checkArchiveStructure(const PlanningState &s);
// Counts and samples: one pass over the files when the manifest lacks them.
Status scanArchiveFiles(PlanningState &s);
// What the target database holds now.
Status listTargetDatabase(PlanningState &s);
// Per collection file: counts, indexes, time-series, action and validator handling.
void planArchiveCollections(PlanningState &s);
// Views, from the manifest or the metadata, created after their sources.
void planViews(PlanningState &s);
// Every collection the request names is in the archive.
Status checkNothingMissing(const PlanningState &s);
// What the database has and the archive lacks, unless kept.
void planDrops(PlanningState &s);
// Drops first, then the archive's collections, views last; every warning on the plan.
void assemblePlan(PlanningState &s);

// Create when the target lacks it, else replace or insert into, with the target's count.
void decideAction(const PlanningState &s, PlannedCollection &p);
// How many documents a collection of the target database holds now.
qint64 countDocuments(const PooledClient &client, const QString &db, const QString &coll);

} // namespace lifeboat
