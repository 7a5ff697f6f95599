#pragma once

#include "core/common/CancelToken.h"
#include "core/common/Progress.h"
#include "core/common/Result.h"
#include "core/mongo/MongoClientPool.h"
#include "core/snapshot/SnapshotRestorer.h"

#include <QElapsedTimer>
#include <QHash>

#include <memory>
#include <optional>

namespace lifeboat {

// Blue-green promotion of one database into another, step by step in the order
// SnapshotRestorer::promote calls them. The steps up to the safety snapshot change nothing
// in the target and fail with an Error; from the swap on, a failure goes into the outcome.
class Promotion final {
public:
    Promotion(const PromoteRequest &request, const SwapPlan &plan, const CancelToken &cancel, ProgressSink &sink);
    ~Promotion();

    Status open();                 // a client; refused when the plan warns
    Status checkRenameSupport();   // refused when the server cannot rename across databases
    Status countBefore();          // each moved collection's documents, to compare after
    Status takeSafetySnapshot();   // of the target when it holds collections, into the folder
    std::optional<Error> swap();   // the plan carried out
    std::optional<Error> checkCounts(); // every collection arrived whole
    void dropSource();             // what is left of the source (its views), when asked
    PromoteOutcome outcome(std::optional<Error> failure);

private:
    void say(const QString &text);

    const PromoteRequest &m_request;
    const SwapPlan &m_plan;
    const CancelToken &m_cancel;
    ProgressSink &m_sink;
    QElapsedTimer m_timer;           // since the promotion began
    PromoteOutcome m_out;            // what promote() gives back
    QHash<QString, qint64> m_before; // documents per moved collection, before
    int m_targetCollections = 0;
    std::unique_ptr<MongoClientPool> m_pool;
    std::optional<PooledClient> m_client;
};

} // namespace lifeboat
