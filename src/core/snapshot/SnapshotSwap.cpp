#include "core/snapshot/SnapshotSwap.h"

#include "core/snapshot/HelperDatabases.h"

#include "core/codec/ExtJsonCodec.h"
#include "core/restore/CollectionCommands.h"

#include <QElapsedTimer>
#include <QSet>

#include <mongoc/mongoc.h>

namespace lifeboat {

namespace {

constexpr const char *ProbeCollection = "lifeboat_rename_probe";

// The server's "namespace not found" (26): a drop of something already gone.
bool isNamespaceNotFound(const Error &e)
{
    return e.message.contains(QLatin1String("NamespaceNotFound")) || e.message.contains(QLatin1String("ns not found"))
           || e.message.contains(QLatin1String("code 26"));
}

Status run(const PooledClient &client, const QString &db, const BsonDocument &cmd)
{
    auto reply = client.command(db, cmd.get());
    if (!reply)
        return reply.error();
    return {};
}

Status dropIfThere(const PooledClient &client, const QString &db, const QString &name)
{
    auto st = run(client, db, CollectionCommands::drop(name));
    if (!st && isNamespaceNotFound(st.error()))
        return {};
    return st;
}

BsonDocument pipelineBson(const QJsonArray &pipeline)
{
    auto doc = ExtJsonCodec::decodeArray(pipeline);
    return doc ? std::move(*doc) : BsonDocument();
}

} // namespace

QString SwapStep::kindName() const
{
    switch (kind) {
    case Kind::Move:
        return QStringLiteral("move");
    case Kind::Rename:
        return QStringLiteral("rename");
    case Kind::DropExtra:
        return QStringLiteral("drop-extra");
    case Kind::RecreateView:
        return QStringLiteral("recreate-view");
    }
    return {};
}

QString SwapStep::statusName() const
{
    switch (status) {
    case Status::Planned: return QStringLiteral("planned");
    case Status::Done: return QStringLiteral("done");
    case Status::Failed: return QStringLiteral("failed");
    case Status::NotRun: return QStringLiteral("not run");
    }
    return {};
}

QJsonObject SwapStep::toJson() const
{
    QJsonObject o{{QStringLiteral("step"), kindName()},
                  {QStringLiteral("collection"), collection},
                  {QStringLiteral("status"), statusName()},
                  {QStringLiteral("elapsedMs"), elapsedMs}};
    if (kind == Kind::RecreateView)
        o.insert(QStringLiteral("viewOn"), viewOn);
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

QJsonObject SwapPlan::toJson() const
{
    QJsonArray list;
    for (const auto &s : steps)
        list.append(s.toJson());
    return QJsonObject{{QStringLiteral("from"), fromDatabase},
                       {QStringLiteral("to"), toDatabase},
                       {QStringLiteral("steps"), list},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
}

QJsonObject SwapResult::toJson() const
{
    QJsonObject o = plan.toJson();
    o.insert(QStringLiteral("ok"), succeeded());
    o.insert(QStringLiteral("elapsedMs"), elapsedMs);
    o.insert(QStringLiteral("cutoverMs"), cutoverMs);
    o.insert(QStringLiteral("targetChanged"), targetChanged);
    if (failure)
        o.insert(QStringLiteral("error"), failure->message);
    return o;
}

BsonDocument SnapshotSwap::renameCommand(const QString &fromDb, const QString &from, const QString &toDb, const QString &to, bool dropTarget)
{
    BsonDocument cmd;
    BSON_APPEND_UTF8(cmd.get(), "renameCollection", (fromDb + QLatin1Char('.') + from).toUtf8().constData());
    BSON_APPEND_UTF8(cmd.get(), "to", (toDb + QLatin1Char('.') + to).toUtf8().constData());
    BSON_APPEND_BOOL(cmd.get(), "dropTarget", dropTarget);
    return cmd;
}

SwapPlan SnapshotSwap::planFrom(const QString &fromDb, const QString &toDb, const QList<CollectionInfo> &source,
                                const QList<CollectionInfo> &target, bool keepExtra)
{
    SwapPlan plan;
    plan.fromDatabase = fromDb;
    plan.toDatabase = toDb;
    QSet<QString> sourceNames;
    QList<SwapStep> renames, views;
    for (const auto &c : source) {
        if (c.isSystem())
            continue;
        sourceNames.insert(c.name);
        SwapStep s;
        s.collection = c.name;
        if (c.type == QLatin1String("view")) {
            s.kind = SwapStep::Kind::RecreateView;
            s.viewOn = c.viewOn;
            s.pipeline = c.pipeline;
            views << s;
            continue;
        }
        if (c.type == QLatin1String("timeseries"))
            plan.warnings << QStringLiteral("%1 is a time-series collection, which renameCollection cannot move").arg(c.name);
        s.kind = SwapStep::Kind::Move;
        plan.steps << s;
        s.kind = SwapStep::Kind::Rename;
        renames << s;
    }
    plan.steps << renames;
    if (!keepExtra) {
        for (const auto &c : target) {
            if (c.isSystem() || sourceNames.contains(c.name) || c.name.startsWith(QLatin1String(TemporaryPrefix)))
                continue;
            SwapStep s;
            s.kind = SwapStep::Kind::DropExtra;
            s.collection = c.name;
            plan.steps << s;
        }
    }
    plan.steps << views;
    return plan;
}

Result<SwapPlan> SnapshotSwap::plan(const PooledClient &client, const QString &fromDb, const QString &toDb, bool keepExtra)
{
    auto source = DatabaseCatalog::collections(client, fromDb);
    if (!source)
        return source.error();
    auto target = DatabaseCatalog::collections(client, toDb);
    if (!target)
        return target.error();
    return planFrom(fromDb, toDb, *source, *target, keepExtra);
}

Result<RenameSupport> SnapshotSwap::probe(const PooledClient &client, const QString &scratchDb)
{
    const QString probeDb = scratchDb + QStringLiteral("_probe");
    const QString coll = QString::fromLatin1(ProbeCollection);
    const QString moved = QLatin1String(TemporaryPrefix) + coll;
    auto create = [&](const QString &db, const QString &name) -> Status {
        BsonDocument cmd;
        BSON_APPEND_UTF8(cmd.get(), "create", name.toUtf8().constData());
        return run(client, db, cmd);
    };
    if (auto st = dropIfThere(client, scratchDb, coll); !st)
        return st.error();
    if (auto st = create(scratchDb, coll); !st) {
        if (st.error().code == ErrorCode::Connection)
            return st.error();
        return st.error().wrapped(QStringLiteral("cannot create a probe collection in %1").arg(scratchDb));
    }
    RenameSupport support;
    // A move across databases, then a cutover over an existing collection.
    auto tried = client.command(QStringLiteral("admin"), renameCommand(scratchDb, coll, probeDb, moved, false).get());
    if (tried) {
        if (auto st = create(probeDb, coll); !st)
            tried = st.error();
        else
            tried = client.command(QStringLiteral("admin"), renameCommand(probeDb, moved, probeDb, coll, true).get());
    }
    if (tried) {
        support.supported = true;
    } else {
        if (tried.error().code == ErrorCode::Connection)
            return tried.error();
        support.reason = tried.error().message;
    }
    // Clean up both sides, whatever happened.
    (void)dropIfThere(client, scratchDb, coll);
    (void)HelperDatabases::drop(client, probeDb);
    return support;
}

SwapResult SnapshotSwap::execute(const PooledClient &client, const SwapPlan &plan, const CancelToken &cancel, ProgressSink &sink)
{
    auto say = [&sink](const QString &m) {
        sink.message(m);
    };
    int moves = 0, renames = 0;
    for (const auto &s : plan.steps) {
        moves += s.kind == SwapStep::Kind::Move ? 1 : 0;
        renames += s.kind == SwapStep::Kind::Rename ? 1 : 0;
    }
    QElapsedTimer total, cutover;
    total.start();
    SwapResult result;
    result.plan = plan;
    const QString &from = plan.fromDatabase;
    const QString &to = plan.toDatabase;
    const QString prefix = QLatin1String(TemporaryPrefix);
    QStringList moved; // temporary collections in the target, until their cutover
    if (moves > 0)
        say(QStringLiteral("moving %1 collection(s) from %2 into temporary names in %3; its own collections are not touched yet").arg(moves).arg(from, to));
    for (auto &step : result.plan.steps) {
        if (result.failure) {
            step.status = SwapStep::Status::NotRun;
            continue;
        }
        // Cancelling is honoured until the cutover starts; after that, the swap finishes.
        if (cancel.isCancelled() && !result.targetChanged) {
            result.failure = Error(ErrorCode::Cancelled, QStringLiteral("swap cancelled before %1").arg(step.collection));
            step.status = SwapStep::Status::NotRun;
            continue;
        }
        if (step.changesTarget() && !result.targetChanged) {
            say(QStringLiteral("cutting over: renaming %1 collection(s) over their names in %2").arg(renames).arg(to));
            result.targetChanged = true;
            cutover.start();
        }
        QElapsedTimer t;
        t.start();
        Status st;
        switch (step.kind) {
        case SwapStep::Kind::Move:
            if (auto r = client.command(QStringLiteral("admin"), renameCommand(from, step.collection, to, prefix + step.collection, true).get()); !r)
                st = r.error().wrapped(QStringLiteral("moving %1.%2 into %3 failed").arg(from, step.collection, to));
            else
                moved << prefix + step.collection;
            break;
        case SwapStep::Kind::Rename:
            if (auto r = client.command(QStringLiteral("admin"), renameCommand(to, prefix + step.collection, to, step.collection, true).get()); !r)
                st = r.error().wrapped(QStringLiteral("renaming %1.%2%3 to %1.%3 failed").arg(to, prefix, step.collection));
            else
                moved.removeAll(prefix + step.collection);
            break;
        case SwapStep::Kind::DropExtra:
            st = dropIfThere(client, to, step.collection);
            if (!st)
                st = st.error().wrapped(QStringLiteral("dropping %1.%2 failed").arg(to, step.collection));
            break;
        case SwapStep::Kind::RecreateView: {
            st = dropIfThere(client, to, step.collection);
            if (st) {
                const BsonDocument pipeline = pipelineBson(step.pipeline);
                st = run(client, to, CollectionCommands::createView(step.collection, step.viewOn, pipeline.get()));
            }
            if (!st)
                st = st.error().wrapped(QStringLiteral("recreating the view %1.%2 failed").arg(to, step.collection));
            break;
        }
        }
        step.elapsedMs = t.elapsed();
        if (st) {
            step.status = SwapStep::Status::Done;
        } else {
            step.status = SwapStep::Status::Failed;
            step.error = st.error().message;
            result.failure = st.error();
        }
    }
    if (result.failure && !result.targetChanged) {
        // Only moves ran: take their temporary collections out again (their data stays in the
        // safety snapshot and the snapshot itself).
        for (const QString &name : std::as_const(moved))
            (void)dropIfThere(client, to, name);
        result.failure->message += QStringLiteral("; the target's collections were not changed");
    }
    if (result.targetChanged) {
        result.cutoverMs = cutover.elapsed();
        if (!result.failure)
            say(QStringLiteral("cutover done in %1 ms").arg(result.cutoverMs));
    }
    result.elapsedMs = total.elapsed();
    return result;
}

} // namespace lifeboat
