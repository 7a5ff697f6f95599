#include "core/restore/merge/MergeRestoreEngine.h"

#include "core/common/ProgressTicker.h"
#include "core/common/Sha256.h"
#include "core/diff/DatabaseDiffSide.h"
#include "core/diff/DocumentId.h"
#include "core/restore/merge/MergePlanner.h"
#include "core/restore/merge/MergeSafetySnapshot.h"
#include "core/restore/merge/MergeWriter.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <cstring>

namespace lifeboat {

namespace {

// The affected documents read back by _id and compared with the archive's.
Status verifyMerged(const PooledClient &client, const MergePlan &plan, const QSet<QByteArray> &conflicts, MergeResult &result,
                    const CancelToken &cancel)
{
    QHash<QByteArray, MergePlan::Digest> now;
    QList<QByteArray> keys = plan.toInsert.keys() + plan.toReplace.keys();
    auto st = DatabaseDiffSide::findByIds(client, plan.targetDatabase, plan.collection, keys,
                                          [&](const bson_t *doc) -> Status {
                                              MergePlan::Digest d{};
                                              const QByteArray sha = Sha256::hash(
                                                  QByteArrayView(reinterpret_cast<const char *>(bson_get_data(doc)), doc->len));
                                              std::memcpy(d.data(), sha.constData(), d.size());
                                              now.insert(DocumentId::keyOf(doc), d);
                                              return {};
                                          },
                                          cancel);
    if (!st)
        return st;
    std::sort(keys.begin(), keys.end());
    for (const QByteArray &key : std::as_const(keys)) {
        const bool insert = plan.toInsert.contains(key);
        const MergePlan::Digest want = insert ? plan.toInsert.value(key) : plan.toReplace.value(key);
        const auto found = now.constFind(key);
        QString status = found == now.cend() ? QStringLiteral("missing") : *found == want ? QStringLiteral("ok") : QStringLiteral("mismatch");
        if (status != QLatin1String("ok") && conflicts.contains(key))
            status = QStringLiteral("conflict");
        result.documents << MergedDocument{DocumentId::toJson(key), insert ? QStringLiteral("insert") : QStringLiteral("replace"), status};
    }
    return {};
}

// What a run that stopped after `writer` began did: the counts and every document sent.
void describeStopped(const MergeWriter &writer, const MergePlan &plan, const QString &safetySnapshotPath, MergeResult &out)
{
    out.plan = plan;
    out.safetySnapshotPath = safetySnapshotPath;
    out.inserted = writer.inserted();
    out.replaced = writer.replaced();
    for (const QByteArray &key : writer.sentKeys())
        out.documents << MergedDocument{DocumentId::toJson(key), plan.toInsert.contains(key) ? QStringLiteral("insert") : QStringLiteral("replace"),
                                        writer.conflicts().contains(key) ? QStringLiteral("conflict") : QStringLiteral("unverified")};
}

} // namespace

Result<MergePlan> MergeRestoreEngine::plan(const MergeRestoreRequest &request, const CancelToken &cancel)
{
    if (!request.ids && request.filter.matchesEverything() && request.collection.isEmpty())
        return Error(ErrorCode::Usage, QStringLiteral("a surgical restore needs a collection"));
    return MergePlanner(request, cancel).plan();
}

Result<MergeResult> MergeRestoreEngine::execute(const MergeRestoreRequest &request, const MergePlan &plan, const CancelToken &cancel,
                                                MergeResult *stopped)
{
    QElapsedTimer clock;
    clock.start();
    // The writes' progress: the documents (and bytes) sent so far, of those planned.
    const qint64 planned = qint64(plan.toInsert.size() + plan.toReplace.size());
    qint64 sent = 0, sentBytes = 0;
    CollectionProgress::State writing = CollectionProgress::State::Waiting;
    const QString ns = plan.targetDatabase + QLatin1Char('.') + plan.collection;
    ProgressTicker ticker(m_sink, [&sent, &sentBytes, &writing, planned, ns] {
        CollectionProgress c;
        c.ns = ns;
        c.documentsDone = sent;
        c.documentsTotal = planned;
        c.bytesDone = sentBytes;
        c.state = writing;
        Progress p;
        p.documentsDone = sent;
        p.documentsTotal = planned;
        p.bytesDone = sentBytes;
        p.collectionsTotal = 1;
        p.collectionsDone = c.state == CollectionProgress::State::Done ? 1 : 0;
        p.collections = {c};
        return p;
    });
    MergeResult result;
    result.plan = plan;
    result.warnings = plan.warnings;
    if (!plan.archive || plan.archive->archivePath() != request.archivePath || plan.archive->changedOnDisk())
        return Error(ErrorCode::Refused, QStringLiteral("%1 has changed since the restore was planned; plan it again").arg(request.archivePath));
    if (auto st = limits::checkBatchSizeAndJobs(request.batchSize, 1); !st)
        return st.error();
    auto pool = MongoClientPool::create(request.mongoUri, 1);
    if (!pool)
        return pool.error();
    const PooledClient client = (*pool)->acquire();

    if (request.safetySnapshot && !plan.toReplace.isEmpty()) {
        ticker.message(QStringLiteral("saving the %1 documents about to be replaced").arg(plan.toReplace.size()));
        const QString dir = request.snapshotDir.isEmpty() ? QFileInfo(request.archivePath).absolutePath() : request.snapshotDir;
        auto snapshot = MergeSafetySnapshot::write(client, plan.targetDatabase, plan.collection, plan.toReplace.keys(), dir, cancel);
        if (!snapshot)
            return snapshot.error().wrapped(QStringLiteral("the safety snapshot failed, so nothing was changed"));
        result.safetySnapshotPath = *snapshot;
        ticker.message(QStringLiteral("safety snapshot: %1").arg(*snapshot));
    }

    ticker.message(QStringLiteral("writing: %1").arg(plan.summary()));
    writing = CollectionProgress::State::Running;
    ticker.setPhase(Phase::Restoring);
    MergeWriter writer(client, plan, request.batchSize);
    auto reader = CollectionDocumentReader::open(plan.archive, plan.collection, request.sourceDatabase);
    if (!reader)
        return reader.error();
    auto st = (*reader)->read(0, [&](const bson_t *doc, qint64) -> Result<bool> {
        if (auto s = writer.add(doc); !s)
            return s.error();
        sent = writer.sent();
        sentBytes = writer.bytesSent();
        ticker.tick();
        return !writer.allSent();
    }, cancel);
    if (st)
        st = writer.flush();
    sent = writer.sent();
    sentBytes = writer.bytesSent();
    result.inserted = writer.inserted();
    result.replaced = writer.replaced();
    if (!st && stopped)
        describeStopped(writer, plan, result.safetySnapshotPath, *stopped);
    if (!st)
        return st.error().wrapped(QStringLiteral("the surgical restore stopped after inserting %1 and replacing %2 documents")
                                      .arg(result.inserted).arg(result.replaced));

    ticker.message(QStringLiteral("verifying the %1 documents written").arg(plan.toInsert.size() + plan.toReplace.size()));
    writing = CollectionProgress::State::Done;
    ticker.setPhase(Phase::Verifying);
    if (auto v = verifyMerged(client, plan, writer.conflicts(), result, cancel); !v) {
        if (stopped)
            describeStopped(writer, plan, result.safetySnapshotPath, *stopped);
        return v.error();
    }
    if (!writer.conflicts().isEmpty())
        result.warnings << QStringLiteral("%1 documents appeared in the collection since the plan and were left alone").arg(writer.conflicts().size());
    result.elapsedMs = clock.elapsed();
    return result;
}

} // namespace lifeboat
