#pragma once

#include "core/common/Progress.h"
#include "core/codec/BsonDocument.h"
#include "core/common/CancelToken.h"
#include "core/mongo/DatabaseCatalog.h"
#include "core/mongo/MongoClientPool.h"
#include "core/common/Result.h"

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
        Move,         // renameCollection <from>.<c> -> <to>.lifeboat_swap__<c>: across databases,
                      // which MongoDB does by copying; the target's own collections are not touched
        Rename,       // renameCollection <to>.lifeboat_swap__<c> -> <to>.<c>, dropTarget: true:
                      // within one database, a metadata change; this is the cutover
        DropExtra,    // a collection or view of the target that the source lacks (not with keepExtra)
        RecreateView, // drop the target's view of that name (if any), create it as the source has it
    };
    Kind kind = Kind::Move;
    QString collection;
    QString viewOn;            // RecreateView
    QJsonArray pipeline;       // RecreateView: canonical Extended JSON, as listCollections gives it
    enum class Status { Planned, Done, Failed, NotRun };
    Status status = Status::Planned;
    QString error;
    qint64 elapsedMs = 0;

    QString kindName() const;  // "move", "rename", "drop-extra", "recreate-view"
    QString statusName() const; // "planned", "done", "failed", "not run" (the JSON's names)
    bool changesTarget() const { return kind != Kind::Move; }
    QJsonObject toJson() const;
};

struct SwapPlan {
    QString fromDatabase;
    QString toDatabase;
    QList<SwapStep> steps;     // moves, then renames (the cutover), then drops, then views
    QStringList warnings;      // e.g. time-series collections that cannot be renamed

    QJsonObject toJson() const;
};

struct SwapResult {
    SwapPlan plan;             // with each step's status filled in
    qint64 elapsedMs = 0;
    qint64 cutoverMs = 0;      // from the first rename to the last step: how long the target was in between
    bool targetChanged = false; // a rename, drop or view step ran; false: only moves (undone on failure)
    std::optional<Error> failure; // the first failed step stops the swap: later steps "not run"

    bool succeeded() const { return !failure.has_value(); }
    QJsonObject toJson() const;
};

// Whether the server can do the renames a swap needs, and why not.
struct RenameSupport {
    bool supported = false;
    QString reason;            // when not: the server's answer, in words
};

// Near-zero-downtime cutover with `renameCollection` (an admin command), in two phases:
//  1. move: each collection of the source database is renamed into the target database under a
//     temporary name (`lifeboat_swap__<name>`). Across databases MongoDB copies the data, so
//     this takes time, but the target's own collections are untouched meanwhile (a failure here
//     drops the temporary collections again);
//  2. cutover: each temporary collection is renamed over its real name, dropTarget: true, within
//     the target database: a metadata change, a fraction of a second per collection.
// Then the target's extra collections are dropped (unless kept) and views recreated. No
// collection is ever a mix of old and new documents, but during the cutover some collections
// are new and some still old.
//
// Not every server can do this: FerretDB 1.x lacks dropTarget, sharded clusters refuse renames
// across databases that live on different shards, and time-series collections cannot be
// renamed. probe() finds out on scratch databases before anything is touched.
class SnapshotSwap final {
public:
    static constexpr const char *TemporaryPrefix = "lifeboat_swap__";

    // {renameCollection: "<fromDb>.<from>", to: "<toDb>.<to>", dropTarget: <dropTarget>}, run on admin.
    static BsonDocument renameCommand(const QString &fromDb, const QString &from, const QString &toDb, const QString &to,
                                      bool dropTarget = true);

    // What a swap from `source` into `target` does, from both databases' listCollections
    // entries (system.* ignored). Pure: unit-tested without a server.
    static SwapPlan planFrom(const QString &fromDb, const QString &toDb, const QList<CollectionInfo> &source,
                             const QList<CollectionInfo> &target, bool keepExtra);
    // The same from the live databases.
    static Result<SwapPlan> plan(const PooledClient &client, const QString &fromDb, const QString &toDb, bool keepExtra);

    // Creates a collection in `scratchDb`, renames it into `scratchDb + "_probe"` (a move), renames
    // it there over another with dropTarget: true (a cutover), drops both databases' probes.
    // Touches no other database. An error only when the probe itself could not run.
    static Result<RenameSupport> probe(const PooledClient &client, const QString &scratchDb);

    // Runs the plan's steps in order, stopping at the first failure; a failed move drops the
    // temporary collections made so far, so the target is as it was.
    // `sink` gets a message when the moves start ("moving ...") and when the cutover starts
    // ("cutting over: ...").
    static SwapResult execute(const PooledClient &client, const SwapPlan &plan, const CancelToken &cancel = CancelToken(),
                              ProgressSink &sink = ProgressSink::none());
};

} // namespace lifeboat
