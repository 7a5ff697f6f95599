#include "core/restore/RestoreEngine.h"

#include "core/archive/ArchiveContents.h"
#include "core/backup/BackupEngine.h"
#include "core/verify/CollectionVerifier.h"
#include "core/mongo/DatabaseCatalog.h"
#include "core/codec/ExtJsonCodec.h"
#include "core/restore/InsertConcurrencyTuner.h"
#include "core/config/MongoUri.h"
#include "core/restore/RestorePlanner.h"
#include "core/archive/SafeFileNames.h"
#include "core/mongo/ServerInfo.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <atomic>
#include <cstring>
#include <condition_variable>
#include <deque>
#include <limits>
#include <map>
#include <mutex>
#include <thread>

namespace lifeboat {

QString RestoreResult::rollbackCommand() const
{
    if (safetySnapshotPath.isEmpty())
        return {};
    auto quote = [](QString s) -> QString { return QLatin1Char('\'') + s.replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\''); };
    // The URI names the server the restore ran against, without credentials: add them (or use
    // MONGO_URI) rather than risk another server.
    return QStringLiteral("lifeboat-cli restore %1 --mongo-uri %2 --target-db %3 --replace-existing --no-snapshot --yes")
        .arg(quote(safetySnapshotPath), quote(MongoUri::redacted(mongoUri)), quote(plan.targetDatabase));
}

namespace {

struct Batch {
    int target = -1;
    std::vector<BsonDocument> docs;
};

// A bounded queue between the archive reader and the insert workers: memory stays at
// capacity x batch size documents whatever the archive's size.
class BatchQueue final {
public:
    explicit BatchQueue(size_t capacity) : m_capacity(capacity) {}
    bool push(Batch &&b)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_items.size() < m_capacity || m_aborted; });
        if (m_aborted)
            return false;
        m_items.push_back(std::move(b));
        m_notEmpty.notify_one();
        return true;
    }
    std::optional<Batch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return !m_items.empty() || m_closed || m_aborted; });
        if (m_aborted || m_items.empty())
            return std::nullopt;
        Batch b = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.notify_one();
        return b;
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notEmpty.notify_all();
    }
    void abort()
    {
        std::lock_guard lock(m_mutex);
        m_aborted = true;
        m_notEmpty.notify_all();
        m_notFull.notify_all();
    }

private:
    size_t m_capacity;
    std::deque<Batch> m_items;
    std::mutex m_mutex;
    std::condition_variable m_notFull, m_notEmpty;
    bool m_closed = false;
    bool m_aborted = false;
};

struct TargetState {
    const PlannedCollection *planned = nullptr;
    std::atomic<qint64> inserted{0};
    std::atomic<qint64> duplicates{0};
    std::atomic<int> pendingBatches{0};
    std::atomic<bool> retried{false}; // some batch was sent again: `inserted` is partly inferred
    bool fileDone = false;
    bool touched = false; // dropped, created or written
    bool verifyQueued = false; // handed to the verifier (under the completion mutex)
    std::optional<VerificationRow> row; // set by the verifier once the collection is loaded
    ArchiveSideStats stats;
    TargetState(int sample, bool digest) : stats(sample, digest) {}
};

// For a collection this restore created empty and filled alone without a retry: the inserts
// the server acknowledged (see CollectionVerifier::compare).
std::optional<qint64> acknowledgedCount(const TargetState &t)
{
    using A = PlannedCollection::Action;
    const A a = t.planned->action;
    if ((a != A::Create && a != A::Replace) || t.retried || t.duplicates > 0)
        return std::nullopt;
    return t.inserted.load();
}

// Lets the first N insert workers work; the others wait (N set by the tuner).
class InsertGate final {
public:
    void set(int allowed)
    {
        std::lock_guard lock(m_mutex);
        m_allowed = allowed;
        m_changed.notify_all();
    }
    void openAll() { set(std::numeric_limits<int>::max()); }
    void waitTurn(int worker)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return worker < m_allowed; });
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    int m_allowed = 1;
};

// How long each step of the insert-worker tuning is measured.
constexpr qint64 kTuneWindowMs = 3000;

// Collections verified at the same time while the others load.
constexpr int kVerifiers = 2;

bool isTransient(const bson_error_t &e)
{
    return e.domain == MONGOC_ERROR_STREAM || e.domain == MONGOC_ERROR_SERVER_SELECTION;
}

// One unordered bulk insert, retried on transient errors. Duplicate keys are counted.
Status insertBatch(const PooledClient &client, const QString &db, TargetState &target, const Batch &batch, const QString &uri)
{
    const QString name = target.planned->name;
    for (int attempt = 1;; ++attempt) {
        mongoc_collection_t *coll = mongoc_client_get_collection(client.get(), db.toUtf8().constData(), name.toUtf8().constData());
        bson_t opts = BSON_INITIALIZER;
        BSON_APPEND_BOOL(&opts, "ordered", false);
        mongoc_bulk_operation_t *bulk = mongoc_collection_create_bulk_operation_with_opts(coll, &opts);
        // No client-side key and UTF-8 check (a tenth of the client's CPU): the documents
        // were parsed and checked from the archive, and the server judges field names by its
        // own version's rules (dotted and $-prefixed names are legal since MongoDB 5.0), as
        // it does for mongorestore. A document it refuses comes back as a write error.
        bson_t insertOpts = BSON_INITIALIZER;
        BSON_APPEND_BOOL(&insertOpts, "validate", false);
        for (const auto &d : batch.docs)
            mongoc_bulk_operation_insert_with_opts(bulk, d.get(), &insertOpts, nullptr);
        bson_destroy(&insertOpts);
        bson_t reply;
        bson_error_t error;
        const bool ok = mongoc_bulk_operation_execute(bulk, &reply, &error) != 0;
        qint64 inserted = 0, dups = 0;
        QString otherError;
        bson_iter_t it, errs;
        if (bson_iter_init_find(&it, &reply, "nInserted") && BSON_ITER_HOLDS_NUMBER(&it))
            inserted = bson_iter_as_int64(&it);
        if (bson_iter_init_find(&it, &reply, "writeErrors") && bson_iter_recurse(&it, &errs)) {
            while (bson_iter_next(&errs)) {
                bson_iter_t e;
                int code = 0;
                QString msg;
                if (bson_iter_recurse(&errs, &e)) {
                    while (bson_iter_next(&e)) {
                        if (!std::strcmp(bson_iter_key(&e), "code"))
                            code = int(bson_iter_as_int64(&e));
                        else if (!std::strcmp(bson_iter_key(&e), "errmsg") && BSON_ITER_HOLDS_UTF8(&e))
                            msg = QString::fromUtf8(bson_iter_utf8(&e, nullptr));
                    }
                }
                if (code == 11000)
                    ++dups;
                else if (otherError.isEmpty())
                    otherError = QStringLiteral("code %1: %2").arg(code).arg(msg);
            }
        }
        bson_destroy(&reply);
        bson_destroy(&opts);
        mongoc_bulk_operation_destroy(bulk);
        mongoc_collection_destroy(coll);
        if (attempt > 1) {
            target.retried = true;
            // Documents of a failed attempt may have landed before the connection broke.
            inserted += dups;
            dups = 0;
        }
        if (ok || dups > 0 || !otherError.isEmpty() || !isTransient(error)) {
            target.inserted += inserted;
            target.duplicates += dups;
            if (!otherError.isEmpty())
                return Error(ErrorCode::Server, QStringLiteral("inserting into %1.%2 failed: %3").arg(db, name, otherError));
            if (!ok && dups == 0)
                return mongoError(error, QStringLiteral("inserting into %1.%2 failed").arg(db, name), uri);
            return {};
        }
        if (attempt >= 3)
            return mongoError(error, QStringLiteral("inserting into %1.%2 failed after %3 attempts").arg(db, name).arg(attempt), uri);
        std::this_thread::sleep_for(std::chrono::milliseconds(500 * attempt));
    }
}

Status runCommand(const PooledClient &client, const QString &db, const BsonDocument &cmd)
{
    auto reply = client.command(db, cmd.get());
    if (!reply)
        return reply.error();
    return {};
}

BsonDocument pipelineArray(const PlannedCollection &p)
{
    bson_iter_t it;
    if (p.options && bson_iter_init_find(&it, p.options->get(), "pipeline") && BSON_ITER_HOLDS_ARRAY(&it)) {
        uint32_t len = 0;
        const uint8_t *data = nullptr;
        bson_iter_array(&it, &len, &data);
        return BsonDocument::fromData(QByteArrayView(reinterpret_cast<const char *>(data), len));
    }
    // From the manifest's canonical Extended JSON.
    auto fromManifest = ExtJsonCodec::decodeArray(p.pipeline);
    return fromManifest ? std::move(*fromManifest) : BsonDocument();
}

ValidatorOptions currentValidator(const PooledClient &client, const QString &db, const QString &name)
{
    auto cols = DatabaseCatalog::collections(client, db);
    if (!cols)
        return {};
    for (const auto &c : *cols) {
        if (c.name == name)
            return CollectionCommands::validatorFrom(c.options().get());
    }
    return {};
}

// The archive opened, the server asked, the plan made: what plan() and verify() share.
struct OpenedPlan {
    ArchiveContents contents;
    std::unique_ptr<MongoClientPool> pool;
    RestorePlan plan;
};

Result<OpenedPlan> openAndPlan(const RestoreRequest &request, const CancelToken &cancel)
{
    auto contents = ArchiveContents::open(request.archivePath, cancel);
    if (!contents)
        return contents.error();
    auto pool = MongoClientPool::create(request.mongoUri, 2);
    if (!pool)
        return pool.error();
    auto client = (*pool)->acquire();
    auto server = ServerInfo::query(client);
    if (!server)
        return server.error();
    auto plan = RestorePlanner::plan(request, *contents, client, *server, cancel);
    if (!plan)
        return plan.error();
    return OpenedPlan{std::move(*contents), std::move(*pool), std::move(*plan)};
}

} // namespace

RestoreEngine::RestoreEngine(ProgressSink *sink) : m_sink(sink) {}

Result<RestorePlan> RestoreEngine::plan(const RestoreRequest &request, const CancelToken &cancel)
{
    auto planned = openAndPlan(request, cancel);
    if (!planned)
        return planned.error();
    RestorePlan plan = std::move(planned->plan);
    plan.archive = std::make_shared<const ArchiveContents>(std::move(planned->contents));
    return plan;
}

Result<RestoreResult> RestoreEngine::execute(const RestoreRequest &request, const RestorePlan &plan, const CancelToken &cancel)
{
    QElapsedTimer timer;
    timer.start();
    auto message = [this](const QString &m) {
        if (m_sink)
            m_sink->message(m);
    };
    if (!limits::BatchSize.contains(request.batchSize))
        return Error(ErrorCode::Usage, QStringLiteral("batch size must be between %1 and %2").arg(limits::BatchSize.min).arg(limits::BatchSize.max));
    if (!limits::Jobs.contains(request.jobs))
        return Error(ErrorCode::Usage, QStringLiteral("jobs must be between %1 and %2").arg(limits::Jobs.min).arg(limits::Jobs.max));
    // The archive as the plan read it. A plan is only good for the archive it was made
    // from: if the file changed since, plan again rather than carry out a stale plan.
    std::shared_ptr<const ArchiveContents> contents = plan.archive;
    if (contents) {
        if (contents->archivePath() != request.archivePath || contents->changedOnDisk())
            return Error(ErrorCode::Refused, QStringLiteral("%1 has changed since the restore was planned; plan it again")
                                               .arg(request.archivePath));
    } else {
        auto opened = ArchiveContents::open(request.archivePath, cancel);
        if (!opened)
            return opened.error();
        contents = std::make_shared<const ArchiveContents>(std::move(*opened));
    }
    auto poolResult = MongoClientPool::create(request.mongoUri, request.jobs + 1 + kVerifiers);
    if (!poolResult)
        return poolResult.error();
    MongoClientPool &pool = **poolResult;
    const QString db = plan.targetDatabase;

    RestoreResult result;
    result.plan = plan;
    result.mongoUri = request.mongoUri;
    result.warnings = plan.warnings;

    // Safety snapshot: the whole target database, before anything is changed.
    if (request.safetySnapshot && plan.isDestructive()) {
        BackupRequest snap;
        snap.mongoUri = request.mongoUri;
        snap.database = db;
        snap.outDir = request.snapshotDir.isEmpty() ? QFileInfo(request.archivePath).absolutePath() : request.snapshotDir;
        const QString base = QStringLiteral("pre_restore_%1_%2").arg(SafeFileNames::escape(db), QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd_HHmmss")));
        snap.name = base;
        // Two restores in the same second must not collide.
        for (int n = 2; QFileInfo::exists(QDir(snap.outDir).filePath(snap.name + archiveExtension(snap.compression)))
                        || QFileInfo::exists(QDir(snap.outDir).filePath(snap.name + archiveExtension(snap.compression) + QStringLiteral(".partial")));
             ++n)
            snap.name = base + QLatin1Char('_') + QString::number(n);
        snap.jobs = request.jobs;
        message(QStringLiteral("taking a safety snapshot of %1 before changing it").arg(db));
        auto backup = BackupEngine(nullptr).run(snap, cancel);
        if (!backup)
            return backup.error().wrapped(QStringLiteral("the safety snapshot failed, so nothing was changed"));
        result.safetySnapshotPath = backup->archivePath;
        message(QStringLiteral("safety snapshot: %1").arg(backup->archivePath));
    }

    std::vector<std::unique_ptr<TargetState>> targets;
    std::map<QString, int> byPath;
    for (const auto &p : plan.collections) {
        auto t = std::make_unique<TargetState>(request.verifySampleSize, request.verifyFull);
        t->planned = &p;
        if (!p.archivePath.isEmpty())
            byPath[p.archivePath] = int(targets.size());
        targets.push_back(std::move(t));
    }
    std::vector<std::pair<QString, ValidatorOptions>> validatorsToRestore;

    auto putValidatorsBack = [&] {
        auto c = pool.acquire();
        for (const auto &[name, v] : validatorsToRestore) {
            if (auto st = runCommand(c, db, CollectionCommands::restoreValidation(name, v)); !st)
                result.warnings << QStringLiteral("the validator of %1 is still OFF: putting it back failed (%2); run collMod by hand").arg(name, st.error().message);
        }
        validatorsToRestore.clear();
    };
    auto finish = [&](std::optional<Error> failure) -> Result<RestoreResult> {
        if (failure && !validatorsToRestore.empty())
            putValidatorsBack();
        result.failure = failure;
        for (const auto &t : targets) {
            const PlannedCollection &p = *t->planned;
            QString state;
            if (!t->touched)
                state = QStringLiteral("untouched");
            else if (p.action == PlannedCollection::Action::Drop)
                state = QStringLiteral("complete");
            else if (t->fileDone && t->pendingBatches == 0 && !failure)
                state = QStringLiteral("complete");
            else if (t->fileDone && t->pendingBatches == 0 && t->inserted + t->duplicates == t->stats.count())
                state = QStringLiteral("complete");
            else
                state = QStringLiteral("partial");
            result.states.insert(p.name, state);
            if (t->duplicates > 0)
                result.duplicates.insert(p.name, t->duplicates);
        }
        result.elapsedMs = timer.elapsed();
        return result;
    };

    auto client = pool.acquire();
    // Drops, replaces and creates.
    for (auto &t : targets) {
        if (cancel.isCancelled())
            return finish(Error(ErrorCode::Cancelled, QStringLiteral("restore cancelled")));
        const PlannedCollection &p = *t->planned;
        using A = PlannedCollection::Action;
        if (p.action == A::Drop || (p.action == A::Replace)) {
            if (auto st = runCommand(client, db, CollectionCommands::drop(p.name)); !st)
                return finish(st.error());
            t->touched = true;
        }
        if (p.type == QLatin1String("view") || p.action == A::Drop)
            continue;
        if (p.action == A::Create || p.action == A::Replace) {
            const bool asTimeseries = p.timeseries.isValid() && plan.serverSupportsTimeseries;
            const BsonDocument cmd = asTimeseries ? CollectionCommands::createTimeseries(p.name, p.timeseries)
                                                  : CollectionCommands::create(p.name, p.options->get(), request.force,
                                                                            /*withoutTimeseries=*/true);
            if (auto st = runCommand(client, db, cmd); !st)
                return finish(st.error().wrapped(QStringLiteral("cannot create %1.%2").arg(db, p.name)));
            t->touched = true;
            if (request.force) {
                ValidatorOptions v = CollectionCommands::validatorFrom(p.options->get());
                if (v.isSet())
                    validatorsToRestore.emplace_back(p.name, std::move(v));
            }
        } else if (p.action == A::InsertInto && request.force) {
            ValidatorOptions v = currentValidator(client, db, p.name);
            if (v.isSet()) {
                if (auto st = runCommand(client, db, CollectionCommands::disableValidation(p.name)); !st)
                    return finish(st.error().wrapped(QStringLiteral("cannot turn off the validator of %1.%2").arg(db, p.name)));
                t->touched = true;
                validatorsToRestore.emplace_back(p.name, std::move(v));
            }
        }
    }

    // Verification of a collection starts as soon as its last batch is in, while the other
    // collections still load (counting a large collection reads all of it on some servers).
    std::mutex completionMutex;
    std::condition_variable verifyWake;
    std::deque<TargetState *> toVerify;
    bool loadOver = false;
    auto markIfComplete = [&](TargetState &t) {
        std::lock_guard lock(completionMutex);
        if (t.fileDone && t.pendingBatches == 0 && !t.verifyQueued) {
            t.verifyQueued = true;
            toVerify.push_back(&t);
            verifyWake.notify_one();
        }
    };
    std::vector<std::thread> verifiers;
    for (int v = 0; v < kVerifiers; ++v) verifiers.emplace_back([&] {
        auto c = pool.acquire();
        for (;;) {
            TargetState *t = nullptr;
            {
                std::unique_lock lock(completionMutex);
                verifyWake.wait(lock, [&] { return !toVerify.empty() || loadOver; });
                if (toVerify.empty() || cancel.isCancelled())
                    return;
                t = toVerify.front();
                toVerify.pop_front();
            }
            t->row = CollectionVerifier::compare(c, db, t->planned->name, t->planned->type, t->stats, request.verifyFull,
                                                 acknowledgedCount(*t));
        }
    });
    auto stopVerifier = [&](bool finishQueued) {
        {
            std::lock_guard lock(completionMutex);
            loadOver = true;
            if (!finishQueued)
                toVerify.clear();
            verifyWake.notify_all();
        }
        for (auto &v : verifiers)
            v.join();
        verifiers.clear();
    };

    // Load: this thread reads the archive, workers insert; how many insert at once is tuned
    // while loading (InsertConcurrencyTuner), up to --jobs.
    BatchQueue queue(size_t(request.jobs) * 2);
    InsertGate gate;
    InsertConcurrencyTuner tuner(request.jobs);
    gate.set(tuner.current());
    std::atomic<qint64> insertedBytes{0};
    QElapsedTimer tuneWindow;
    tuneWindow.start();
    qint64 tuneBytes = 0;
    std::mutex errorMutex;
    std::optional<Error> workerError;
    std::vector<std::thread> workers;
    for (int i = 0; i < request.jobs; ++i) {
        workers.emplace_back([&, i] {
            auto c = pool.acquire();
            for (;;) {
                gate.waitTurn(i);
                auto batch = queue.pop();
                if (!batch)
                    break;
                TargetState &t = *targets[size_t(batch->target)];
                auto st = insertBatch(c, db, t, *batch, request.mongoUri);
                if (st) {
                    qint64 bytes = 0;
                    for (const auto &d : batch->docs)
                        bytes += d.get()->len;
                    insertedBytes += bytes;
                }
                --t.pendingBatches;
                if (st)
                    markIfComplete(t);
                if (!st) {
                    std::lock_guard lock(errorMutex);
                    if (!workerError)
                        workerError = st.error();
                    queue.abort();
                    return;
                }
            }
        });
    }
    qint64 total = 0;
    for (const auto &t : targets)
        total += std::max<qint64>(0, t->planned->fileCount);
    qint64 totalBytes = 0;
    for (const auto &f : contents->collectionFiles()) {
        if (byPath.count(f.path))
            totalBytes += f.size;
    }
    qint64 bytesOfDoneFiles = 0;
    const JsonDocumentReader *currentReader = nullptr;
    QElapsedTimer tick;
    tick.start();
    auto report = [&](Phase phase) {
        if (!m_sink)
            return;
        Progress p;
        p.phase = phase;
        p.elapsedMs = timer.elapsed();
        p.documentsTotal = total;
        p.bytesTotalEstimate = totalBytes;
        p.bytesDone = bytesOfDoneFiles + (currentReader ? currentReader->bytesRead() : 0);
        for (const auto &t : targets) {
            if (t->planned->archivePath.isEmpty())
                continue;
            CollectionProgress c;
            c.ns = db + QLatin1Char('.') + t->planned->name;
            c.documentsDone = t->inserted + t->duplicates;
            c.documentsTotal = std::max<qint64>(0, t->planned->fileCount);
            c.state = t->fileDone && t->pendingBatches == 0 ? CollectionProgress::State::Done
                      : t->touched                          ? CollectionProgress::State::Running
                                                            : CollectionProgress::State::Waiting;
            p.documentsDone += c.documentsDone;
            ++p.collectionsTotal;
            if (c.state == CollectionProgress::State::Done)
                ++p.collectionsDone;
            p.collections << c;
        }
        m_sink->progress(p);
    };
    report(Phase::Restoring);
    auto readStatus = contents->forEachCollection(
        [&](const ArchiveContents::CollectionFile &f, JsonDocumentReader &reader) -> Status {
            const auto found = byPath.find(f.path);
            TargetState &t = *targets[size_t(found->second)];
            t.touched = true;
            currentReader = &reader;
            Batch batch{found->second, {}};
            for (;;) {
                if (cancel.isCancelled())
                    return Error(ErrorCode::Cancelled, QStringLiteral("restore cancelled"));
                auto doc = reader.next();
                if (!doc)
                    return doc.error();
                const bool end = !doc->has_value();
                if (!end) {
                    t.stats.add((*doc)->bson.get());
                    batch.docs.push_back(std::move((*doc)->bson));
                }
                if ((end && !batch.docs.empty()) || int(batch.docs.size()) >= request.batchSize) {
                    ++t.pendingBatches;
                    if (!queue.push(std::move(batch))) {
                        --t.pendingBatches;
                        return Error(ErrorCode::Server, QStringLiteral("insert workers stopped"));
                    }
                    batch = Batch{found->second, {}};
                }
                if (tick.elapsed() >= 200) {
                    report(Phase::Restoring);
                    tick.restart();
                    if (!tuner.settled() && tuneWindow.elapsed() >= kTuneWindowMs) {
                        const qint64 now = insertedBytes.load();
                        gate.set(tuner.observe(double(now - tuneBytes) * 1000.0 / double(tuneWindow.restart())));
                        tuneBytes = now;
                        if (!tuner.lastChange().isEmpty())
                            message(tuner.lastChange());
                    }
                }
                if (end) {
                    bytesOfDoneFiles += reader.bytesRead();
                    currentReader = nullptr;
                    {
                        std::lock_guard lock(completionMutex);
                        t.fileDone = true;
                    }
                    markIfComplete(t);
                    return {};
                }
            }
        },
        [&](const ArchiveContents::CollectionFile &f) { return byPath.count(f.path) > 0; }, cancel);
    if (!readStatus)
        queue.abort();
    queue.close();
    gate.openAll(); // workers held back drain the queue's end and see it closed
    for (auto &w : workers)
        w.join();
    // A failed load verifies nothing more: what was not checked is reported as not complete.
    stopVerifier(!workerError && readStatus);
    if (workerError)
        return finish(workerError);
    if (!readStatus)
        return finish(readStatus.error());
    report(Phase::Indexing);

    // Indexes after the data, views after their sources, validators back.
    QHash<QString, QString> viewErrors;
    for (auto &t : targets) {
        const PlannedCollection &p = *t->planned;
        if (p.action == PlannedCollection::Action::Drop)
            continue;
        if (p.type == QLatin1String("view")) {
            t->fileDone = true;
            if (p.action == PlannedCollection::Action::InsertInto)
                continue; // an existing view is kept as it is unless --replace-existing
            const BsonDocument pipeline = pipelineArray(p);
            if (auto st = runCommand(client, db, CollectionCommands::createView(p.name, p.viewOn, pipeline.isNull() ? nullptr : pipeline.get())); !st)
                viewErrors.insert(p.name, st.error().message);
            else
                t->touched = true;
            continue;
        }
        const BsonDocument idx = CollectionCommands::createIndexes(p.name, p.indexes);
        if (!idx.isNull() && !bson_empty(idx.get())) {
            if (auto st = runCommand(client, db, idx); !st)
                result.warnings << st.error().wrapped(QStringLiteral("indexes of %1 were not all built").arg(p.name)).message;
        }
    }
    putValidatorsBack();

    // Verify.
    report(Phase::Verifying);
    for (const auto &t : targets) {
        const PlannedCollection &p = *t->planned;
        if (p.action == PlannedCollection::Action::Drop)
            continue;
        if (p.type == QLatin1String("view")) {
            VerificationRow row;
            row.database = db;
            row.collection = p.name;
            row.type = p.type;
            if (viewErrors.contains(p.name)) {
                row.status = QStringLiteral("mismatch");
                row.notes << QStringLiteral("the view was not created: %1").arg(viewErrors.value(p.name));
            } else {
                row.status = QStringLiteral("skipped");
                row.notes << (p.action == PlannedCollection::Action::InsertInto ? QStringLiteral("a view of that name exists and was kept")
                                                                                : QStringLiteral("a view holds no documents"));
            }
            result.report.rows << row;
            continue;
        }
        // Loaded collections were verified as they completed; an empty file has no batches.
        VerificationRow row = t->row ? *t->row : CollectionVerifier::compare(client, db, p.name, p.type, t->stats, request.verifyFull);
        if (request.verifyFull && !p.expectedDigest.isEmpty() && p.expectedDigest != t->stats.digest().toString()) {
            row.notes << QStringLiteral("the archive's documents do not match its manifest digest");
            row.status = QStringLiteral("mismatch");
        }
        if (t->duplicates > 0)
            row.notes << QStringLiteral("%1 duplicate keys: those documents were already in the collection and were not replaced").arg(t->duplicates.load());
        result.report.rows << row;
    }
    report(Phase::Done);
    return finish(std::nullopt);
}

Result<VerificationReport> RestoreEngine::verify(const RestoreRequest &request, const CancelToken &cancel)
{
    auto planned = openAndPlan(request, cancel);
    if (!planned)
        return planned.error();
    const ArchiveContents *contents = &planned->contents;
    const RestorePlan *plan = &planned->plan;
    auto client = planned->pool->acquire();
    std::map<QString, ArchiveSideStats> stats;
    auto st = contents->forEachCollection(
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
            return !f.isBucketFile && (plan->sourceDatabase.isEmpty() || f.database.isEmpty() || f.database == plan->sourceDatabase);
        },
        cancel);
    if (!st)
        return st.error();
    VerificationReport report;
    for (const auto &p : plan->collections) {
        VerificationRow row;
        if (p.action == PlannedCollection::Action::Drop) {
            row.database = plan->targetDatabase;
            row.collection = p.name;
            row.type = p.type;
            row.fileCount = 0;
            row.dbCount = p.dbCount;
            row.status = QStringLiteral("mismatch");
            row.notes << QStringLiteral("in the database but not in the archive");
        } else if (p.type == QLatin1String("view")) {
            row.database = plan->targetDatabase;
            row.collection = p.name;
            row.type = p.type;
            row.status = p.existsInDb ? QStringLiteral("skipped") : QStringLiteral("mismatch");
            row.notes << (p.existsInDb ? QStringLiteral("a view holds no documents") : QStringLiteral("the view does not exist in the database"));
        } else if (!p.existsInDb) {
            row.database = plan->targetDatabase;
            row.collection = p.name;
            row.type = p.type;
            row.fileCount = stats.count(p.name) ? stats.at(p.name).count() : 0;
            row.dbCount = 0;
            row.status = QStringLiteral("mismatch");
            row.notes << QStringLiteral("the collection does not exist in the database");
        } else {
            const ArchiveSideStats empty(request.verifySampleSize, request.verifyFull);
            const ArchiveSideStats &s = stats.count(p.name) ? stats.at(p.name) : empty;
            row = CollectionVerifier::compare(client, plan->targetDatabase, p.name, p.type, s, request.verifyFull);
            if (request.verifyFull && !p.expectedDigest.isEmpty() && p.expectedDigest != s.digest().toString()) {
                row.notes << QStringLiteral("the archive's documents do not match its manifest digest");
                row.status = QStringLiteral("mismatch");
            }
        }
        report.rows << row;
    }
    return report;
}

} // namespace lifeboat
