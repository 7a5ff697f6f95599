#include "SnapshotSwap.h"

#include "ExtJsonCodec.h"
#include "RestoreCommands.h"

#include <QElapsedTimer>
#include <QJsonDocument>
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
    auto st = run(client, db, RestoreCommands::drop(name));
    if (!st && isNamespaceNotFound(st.error()))
        return {};
    return st;
}

BsonDocument pipelineBson(const QJsonArray &pipeline)
{
    const QByteArray text = "{\"p\":" + QJsonDocument(pipeline).toJson(QJsonDocument::Compact) + "}";
    auto doc = ExtJsonCodec::decode(text);
    bson_iter_t it;
    if (doc && bson_iter_init_find(&it, doc->get(), "p") && BSON_ITER_HOLDS_ARRAY(&it)) {
        uint32_t len = 0;
        const uint8_t *data = nullptr;
        bson_iter_array(&it, &len, &data);
        return BsonDocument::fromData(QByteArrayView(reinterpret_cast<const char *>(data), len));
    }
    return BsonDocument();
}

} // namespace

QString SwapStep::kindName() const
{
    switch (kind) {
    case Kind::Rename:
        return QStringLiteral("rename");
    case Kind::DropExtra:
        return QStringLiteral("drop-extra");
    case Kind::RecreateView:
        return QStringLiteral("recreate-view");
    }
    return {};
}

QJsonObject SwapStep::toJson() const
{
    QJsonObject o{{QStringLiteral("step"), kindName()},
                  {QStringLiteral("collection"), collection},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("elapsedMs"), elapsedMs}};
    if (kind == Kind::RecreateView)
        o.insert(QStringLiteral("viewOn"), viewOn);
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

QJsonObject SwapPlan::toJson() const
{
    QJsonArray steps;
    for (const auto &s : this->steps)
        steps.append(s.toJson());
    return QJsonObject{{QStringLiteral("from"), fromDatabase},
                       {QStringLiteral("to"), toDatabase},
                       {QStringLiteral("steps"), steps},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
}

QJsonObject SwapResult::toJson() const
{
    QJsonObject o = plan.toJson();
    o.insert(QStringLiteral("ok"), succeeded());
    o.insert(QStringLiteral("elapsedMs"), elapsedMs);
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
    QList<SwapStep> views;
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
        s.kind = SwapStep::Kind::Rename;
        plan.steps << s;
    }
    if (!keepExtra) {
        for (const auto &c : target) {
            if (c.isSystem() || sourceNames.contains(c.name))
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
    BsonDocument create;
    BSON_APPEND_UTF8(create.get(), "create", ProbeCollection);
    if (auto st = dropIfThere(client, scratchDb, coll); !st)
        return st.error();
    if (auto st = run(client, scratchDb, create); !st) {
        if (st.error().code == ErrorCode::Connection)
            return st.error();
        return st.error().wrapped(QStringLiteral("cannot create a probe collection in %1").arg(scratchDb));
    }
    RenameSupport support;
    auto renamed = client.command(QStringLiteral("admin"), renameCommand(scratchDb, coll, probeDb, coll, true).get());
    if (renamed) {
        support.supported = true;
    } else {
        if (renamed.error().code == ErrorCode::Connection)
            return renamed.error();
        support.reason = renamed.error().message;
    }
    // Clean up both sides, whatever happened.
    (void)dropIfThere(client, scratchDb, coll);
    BsonDocument dropDb;
    BSON_APPEND_INT32(dropDb.get(), "dropDatabase", 1);
    (void)run(client, probeDb, dropDb);
    return support;
}

SwapResult SnapshotSwap::execute(const PooledClient &client, const SwapPlan &plan, const CancelToken &cancel)
{
    QElapsedTimer total;
    total.start();
    SwapResult result;
    result.plan = plan;
    const QString &from = plan.fromDatabase;
    const QString &to = plan.toDatabase;
    for (auto &step : result.plan.steps) {
        if (result.failure) {
            step.status = QStringLiteral("not run");
            continue;
        }
        if (cancel.isCancelled()) {
            result.failure = Error(ErrorCode::Cancelled, QStringLiteral("swap cancelled before %1").arg(step.collection));
            step.status = QStringLiteral("not run");
            continue;
        }
        QElapsedTimer t;
        t.start();
        Status st;
        switch (step.kind) {
        case SwapStep::Kind::Rename:
            if (auto r = client.command(QStringLiteral("admin"), renameCommand(from, step.collection, to, step.collection, true).get()); !r)
                st = r.error().wrapped(QStringLiteral("renaming %1.%2 to %3.%2 failed").arg(from, step.collection, to));
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
                st = run(client, to, RestoreCommands::createView(step.collection, step.viewOn, pipeline.get()));
            }
            if (!st)
                st = st.error().wrapped(QStringLiteral("recreating the view %1.%2 failed").arg(to, step.collection));
            break;
        }
        }
        step.elapsedMs = t.elapsed();
        if (st) {
            step.status = QStringLiteral("done");
        } else {
            step.status = QStringLiteral("failed");
            step.error = st.error().message;
            result.failure = st.error();
        }
    }
    result.elapsedMs = total.elapsed();
    return result;
}

} // namespace lifeboat
