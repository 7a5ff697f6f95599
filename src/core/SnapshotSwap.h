#pragma once

#include "BsonDocument.h"
#include "CancelToken.h"
#include "DatabaseCatalog.h"
#include "MongoClientPool.h"
#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lifeboat {

// One step of a cutover from one database (staging, or <db>_green) into another (the target).
struct SwapStep {
    enum class Kind {
        Rename,       // renameCollection <from>.<c> -> <to>.<c>, dropTarget: true
        DropExtra,    // a collection or view of the target that the source lacks (not with keepExtra)
        RecreateView, // drop the target's view of that name (if any), create it as the source has it
    };
    Kind kind = Kind::Rename;
    QString collection;
    QString viewOn;            // RecreateView
    QJsonArray pipeline;       // RecreateView: canonical Extended JSON, as listCollections gives it
    QString status = QStringLiteral("planned"); // "planned", "done", "failed", "not run"
    QString error;
    qint64 elapsedMs = 0;

    QString kindName() const;  // "rename", "drop-extra", "recreate-view"
    QJsonObject toJson() const;
};

struct SwapPlan {
    QString fromDatabase;
    QString toDatabase;
    QList<SwapStep> steps;     // renames first, then drops, then views
    QStringList warnings;      // e.g. time-series collections that cannot be renamed

    QJsonObject toJson() const;
};

struct SwapResult {
    SwapPlan plan;             // with each step's status filled in
    qint64 elapsedMs = 0;
    std::optional<Error> failure; // the first failed step stops the swap: later steps "not run"

    bool succeeded() const { return !failure.has_value(); }
    QJsonObject toJson() const;
};

// Whether the server can rename collections across databases, and why not.
struct RenameSupport {
    bool supported = false;
    QString reason;            // when not: the server's answer, in words
};

// Near-zero-downtime cutover: every collection of one database is renamed into another with
// `renameCollection` (an admin command, dropTarget: true), so the target changes only at the
// end, collection by collection, each in a fraction of a second; views are recreated; the
// target's extra collections are dropped unless kept. The target is never a mix of old and new
// documents within a collection, but between the first and the last rename some collections are
// new and some old.
//
// Not every server can do this: FerretDB 1.x, and sharded clusters whose databases live on
// different shards, refuse renames across databases; time-series collections cannot be renamed.
// probe() finds out on scratch databases before anything is touched.
class SnapshotSwap final {
public:
    // {renameCollection: "<fromDb>.<from>", to: "<toDb>.<to>", dropTarget: <dropTarget>}, run on admin.
    static BsonDocument renameCommand(const QString &fromDb, const QString &from, const QString &toDb, const QString &to,
                                      bool dropTarget = true);

    // What a swap from `source` into `target` does, from both databases' listCollections
    // entries (system.* ignored). Pure: unit-tested without a server.
    static SwapPlan planFrom(const QString &fromDb, const QString &toDb, const QList<CollectionInfo> &source,
                             const QList<CollectionInfo> &target, bool keepExtra);
    // The same from the live databases.
    static Result<SwapPlan> plan(const PooledClient &client, const QString &fromDb, const QString &toDb, bool keepExtra);

    // Creates a collection in `scratchDb`, renames it into `scratchDb + "_probe"`, drops both.
    // Touches no other database. An error only when the probe itself could not run.
    static Result<RenameSupport> probe(const PooledClient &client, const QString &scratchDb);

    // Runs the plan's steps in order, stopping at the first failure.
    static SwapResult execute(const PooledClient &client, const SwapPlan &plan, const CancelToken &cancel = CancelToken());
};

} // namespace lifeboat
