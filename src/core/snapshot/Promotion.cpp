#include "core/snapshot/Promotion.h"

#include "core/mongo/DatabaseCatalog.h"
#include "core/snapshot/HelperDatabases.h"
#include "core/snapshot/SafetySnapshot.h"
#include "core/snapshot/SnapshotStore.h"
#include "core/snapshot/SnapshotSwap.h"

#include <QFileInfo>

namespace lifeboat {

Promotion::Promotion(const PromoteRequest &request, const SwapPlan &plan, const CancelToken &cancel, ProgressSink &sink)
    : m_request(request), m_plan(plan), m_cancel(cancel), m_sink(sink)
{
    m_timer.start();
    m_out.plan = plan;
}

Promotion::~Promotion() = default;

void Promotion::say(const QString &text)
{
    m_out.messages << text;
    m_sink.message(text);
}

Status Promotion::open()
{
    auto pool = MongoClientPool::create(m_request.mongoUri, 1);
    if (!pool)
        return pool.error();
    m_pool = std::move(*pool);
    m_client.emplace(m_pool->acquire());
    if (!m_plan.warnings.isEmpty())
        return Error(ErrorCode::Refused, m_plan.warnings.join(QStringLiteral("; ")) + QStringLiteral("; nothing was changed"));
    return {};
}

Status Promotion::checkRenameSupport()
{
    auto support = SnapshotSwap::probe(*m_client, HelperDatabases::name(m_request.toDatabase, QStringLiteral("_lifeboat_probe")));
    if (!support)
        return support.error();
    if (!support->supported)
        return Error(ErrorCode::Refused, QStringLiteral("this server cannot do the renames promote needs, into another database and then over an existing collection (%1); nothing was changed")
                                             .arg(support->reason),
                     QStringLiteral("snapshot %1 and restore it into %2 instead (snapshot create, then snapshot restore)").arg(m_request.fromDatabase, m_request.toDatabase));
    return {};
}

Status Promotion::countBefore()
{
    for (const auto &s : m_plan.steps) {
        if (s.kind == SwapStep::Kind::Rename)
            m_before.insert(s.collection, DatabaseCatalog::estimate(*m_client, m_request.fromDatabase, s.collection).documents);
    }
    auto targetCount = HelperDatabases::collectionCount(*m_client, m_request.toDatabase);
    if (!targetCount)
        return targetCount.error();
    m_targetCollections = *targetCount;
    return {};
}

Status Promotion::takeSafetySnapshot()
{
    if (!m_request.safetySnapshot || m_targetCollections == 0)
        return {};
    SnapshotStore store(m_request.snapshotDir);
    say(QStringLiteral("taking a safety snapshot of %1 before promoting %2").arg(m_request.toDatabase, m_request.fromDatabase));
    const SafetySnapshot safety{
        .mongoUri = m_request.mongoUri,
        .database = m_request.toDatabase,
        .jobs = m_request.jobs,
        .purpose = QStringLiteral("pre_promote"),
        .description = QStringLiteral("Safety snapshot of %1, taken before promoting %2 into it").arg(m_request.toDatabase, m_request.fromDatabase),
    };
    auto created = safety.take(store, m_cancel);
    if (!created)
        return created.error().wrapped(QStringLiteral("the safety snapshot failed, so nothing was changed"));
    m_out.safetySnapshot = created->name;
    m_out.safetySnapshotPath = created->path;
    say(QStringLiteral("safety snapshot: %1 (%2)").arg(created->name, created->path));
    return {};
}

std::optional<Error> Promotion::swap()
{
    say(QStringLiteral("promoting %1 into %2").arg(m_request.fromDatabase, m_request.toDatabase));
    m_out.swap = SnapshotSwap::execute(*m_client, m_plan, m_cancel, m_sink);
    if (m_out.swap->succeeded())
        return std::nullopt;
    Error e = *m_out.swap->failure;
    if (!m_out.safetySnapshot.isEmpty())
        e.hint = QStringLiteral("roll back with: lifeboat-cli snapshot restore '%1' --snapshot-dir '%2' --target-db '%3' --no-snapshot --yes")
                     .arg(m_out.safetySnapshot, QFileInfo(m_out.safetySnapshotPath).absolutePath(), m_request.toDatabase);
    return e;
}

std::optional<Error> Promotion::checkCounts()
{
    QStringList off;
    for (auto it = m_before.cbegin(); it != m_before.cend(); ++it) {
        const qint64 now = DatabaseCatalog::estimate(*m_client, m_request.toDatabase, it.key()).documents;
        if (now != it.value())
            off << QStringLiteral("%1 (%2 before, %3 after)").arg(it.key()).arg(it.value()).arg(now);
    }
    if (off.isEmpty())
        return std::nullopt;
    return Error(ErrorCode::IntegrityMismatch, QStringLiteral("after promoting, these counts differ: %1").arg(off.join(QStringLiteral(", "))));
}

void Promotion::dropSource()
{
    if (!m_request.dropSource)
        return;
    if (auto st = HelperDatabases::drop(*m_client, m_request.fromDatabase); !st)
        say(QStringLiteral("warning: %1 could not be dropped: %2").arg(m_request.fromDatabase, st.error().message));
    else
        say(QStringLiteral("dropped %1 (its collections now live in %2)").arg(m_request.fromDatabase, m_request.toDatabase));
}

PromoteOutcome Promotion::outcome(std::optional<Error> failure)
{
    m_out.failure = std::move(failure);
    m_out.elapsedMs = m_timer.elapsed();
    return m_out;
}

} // namespace lifeboat
