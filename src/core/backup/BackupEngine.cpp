#include "core/backup/BackupEngine.h"

#include "core/archive/ArchiveExtractor.h"
#include "core/verify/ArchiveInspector.h"
#include "core/backup/BackupQueries.h"
#include "core/mongo/DatabaseCatalog.h"
#include "core/verify/DocumentDigest.h"
#include "core/config/MongoUri.h"
#include "core/archive/SafeFileNames.h"
#include "core/mongo/ServerInfo.h"
#include "core/common/SpoolBuffer.h"
#include "core/archive/TarArchiveWriter.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace lifeboat {

namespace {

struct Task {
    QString database;
    QString name;
    QString type;
    QString file; // relative to the top folder
    std::shared_ptr<BsonDocument> entry;
    qint64 estimatedDocuments = 0;
    qint64 estimatedBytes = 0;
    CollectionRecord record;
    std::atomic<qint64> documentsDone{0};
    std::atomic<qint64> bytesDone{0};
    std::atomic<int> state{int(CollectionProgress::State::Waiting)};
};

// Shared state of one run, read by the progress thread while workers write it.
struct RunState {
    std::vector<std::unique_ptr<Task>> tasks;
    std::atomic<int> collectionsDone{0};
    std::atomic<bool> stop{false};
    std::mutex errorMutex;
    std::optional<Error> firstError;
    QElapsedTimer timer;
    Phase phase = Phase::Starting;
    std::mutex phaseMutex;

    void fail(Error e)
    {
        std::lock_guard lock(errorMutex);
        if (!firstError)
            firstError = std::move(e);
        stop = true;
    }
    void setPhase(Phase p)
    {
        std::lock_guard lock(phaseMutex);
        phase = p;
    }

    Progress snapshot()
    {
        Progress p;
        {
            std::lock_guard lock(phaseMutex);
            p.phase = phase;
        }
        p.elapsedMs = timer.elapsed();
        p.collectionsTotal = int(tasks.size());
        p.collectionsDone = collectionsDone.load();
        for (const auto &t : tasks) {
            CollectionProgress c;
            c.ns = t->database + QLatin1Char('.') + t->name;
            c.documentsDone = t->documentsDone.load(std::memory_order_relaxed);
            c.documentsTotal = std::max(t->estimatedDocuments, c.documentsDone);
            c.bytesDone = t->bytesDone.load(std::memory_order_relaxed);
            c.state = CollectionProgress::State(t->state.load());
            p.documentsDone += c.documentsDone;
            p.documentsTotal += c.documentsTotal;
            p.bytesDone += c.bytesDone;
            p.bytesTotalEstimate += t->estimatedBytes;
            p.collections << c;
        }
        return p;
    }
};

// Calls the sink every 200 ms from its own thread until stopped.
class ProgressTicker final {
public:
    ProgressTicker(ProgressSink *sink, RunState &state) : m_sink(sink), m_state(state)
    {
        if (m_sink)
            m_thread = std::thread([this] { loop(); });
    }
    ~ProgressTicker() { stop(); }
    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_done = true;
        }
        m_cv.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    void loop()
    {
        std::unique_lock lock(m_mutex);
        while (!m_done) {
            lock.unlock();
            m_sink->progress(m_state.snapshot());
            lock.lock();
            m_cv.wait_for(lock, std::chrono::milliseconds(200), [this] { return m_done; });
        }
    }
    ProgressSink *m_sink;
    RunState &m_state;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_done = false;
};

QString topName(const BackupRequest &r)
{
    return r.name.isEmpty() ? BackupRequest::defaultName() : r.name;
}

Status validate(const BackupRequest &r)
{
    if (auto st = MongoUri::validate(r.mongoUri); !st)
        return st;
    if (!r.allDatabases && r.database.isEmpty())
        return Error(ErrorCode::Config, QStringLiteral("no database given"), QStringLiteral("pass --mongo-db, set MONGO_DB, or use --all-databases"));
    if (r.allDatabases && !r.collections.isEmpty())
        return Error(ErrorCode::Usage, QStringLiteral("--collection cannot be combined with --all-databases"));
    if (!limits::BatchSize.contains(r.batchSize))
        return Error(ErrorCode::Usage, QStringLiteral("batch size must be between %1 and %2").arg(limits::BatchSize.min).arg(limits::BatchSize.max));
    if (!limits::Jobs.contains(r.jobs))
        return Error(ErrorCode::Usage, QStringLiteral("jobs must be between %1 and %2").arg(limits::Jobs.min).arg(limits::Jobs.max));
    if (r.compressionLevel != -1 && !isValidCompressionLevel(r.compression, r.compressionLevel))
        return Error(ErrorCode::Usage, QStringLiteral("compression level %1 is not valid for %2 (gzip 1-9, zstd 1-19)")
                                           .arg(r.compressionLevel).arg(compressionName(r.compression)));
    const QString name = topName(r);
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) || name.startsWith(QLatin1Char('.'))
        || SafeFileNames::escape(name) != name)
        return Error(ErrorCode::Usage, QStringLiteral("backup name '%1' is not a safe file name").arg(name));
    return {};
}

// Streams one collection into its spool and then into the archive.
Status copyCollection(Task &task, MongoClientPool &pool, const BackupRequest &request, const QJsonObject &clusterTime,
                      ArchiveWriter &writer, std::mutex &writerMutex, const QString &topFolder, const QString &outDir,
                      RunState &state, const CancelToken &cancel)
{
    task.state = int(CollectionProgress::State::Running);
    auto client = pool.acquire();
    mongoc_collection_t *coll = mongoc_client_get_collection(client.get(), task.database.toUtf8().constData(),
                                                             task.name.toUtf8().constData());
    const BsonDocument opts = BackupQueries::findOptions(request.batchSize, clusterTime);
    bson_t filter = BSON_INITIALIZER;
    mongoc_cursor_t *cursor = mongoc_collection_find_with_opts(coll, &filter, opts.get(), nullptr);
    bson_destroy(&filter);

    SpoolBuffer spool(outDir, request.spoolMemoryLimit);
    DocumentDigest digest;
    QByteArray line;
    const int indent = request.pretty ? 2 : 0;
    const QString ns = task.database + QLatin1Char('.') + task.name;
    Status status;
    qint64 docs = 0;
    const bson_t *doc = nullptr;
    while (mongoc_cursor_next(cursor, &doc)) {
        if (cancel.isCancelled() || state.stop.load(std::memory_order_relaxed)) {
            status = Error(ErrorCode::Cancelled, QStringLiteral("backup cancelled"));
            break;
        }
        line.clear();
        if (auto st = ExtJsonCodec::encode(doc, request.jsonStyle, indent, line); !st) {
            status = st.error().wrapped(QStringLiteral("%1, document %2").arg(ns).arg(docs + 1));
            break;
        }
        if (request.jsonStyle == JsonStyle::Canonical) {
            digest.add(QByteArrayView(reinterpret_cast<const char *>(bson_get_data(doc)), doc->len));
        } else {
            // Relaxed JSON may change types: the digest is of what the file will give back.
            auto back = ExtJsonCodec::decode(line);
            if (!back) {
                status = back.error().wrapped(QStringLiteral("%1, document %2").arg(ns).arg(docs + 1));
                break;
            }
            digest.add(back->bytes());
        }
        line.append('\n');
        if (auto st = spool.append(line); !st) {
            status = st;
            break;
        }
        ++docs;
        if ((docs & 63) == 0) {
            task.documentsDone.store(docs, std::memory_order_relaxed);
            task.bytesDone.store(spool.size(), std::memory_order_relaxed);
        }
    }
    bson_error_t error;
    if (status.ok() && mongoc_cursor_error(cursor, &error))
        status = mongoError(error, QStringLiteral("reading %1 failed after %2 documents").arg(ns).arg(docs), request.mongoUri);
    mongoc_cursor_destroy(cursor);
    mongoc_collection_destroy(coll);
    task.documentsDone = docs;
    task.bytesDone = spool.size();
    if (!status)
        return status;

    task.record.documents = docs;
    task.record.bytes = spool.size();
    task.record.sha256 = spool.sha256Hex();
    task.record.digest = digest.toString();
    {
        std::lock_guard lock(writerMutex);
        if (state.stop.load())
            return Error(ErrorCode::Cancelled, QStringLiteral("backup stopped"));
        if (auto st = spool.rewind(); !st)
            return st;
        if (auto st = writer.addFile(topFolder + task.file, spool.size(), spool.reader()); !st)
            return st;
    }
    spool.release();
    task.state = int(CollectionProgress::State::Done);
    state.collectionsDone.fetch_add(1);
    return {};
}

QByteArray metadataJson(const std::vector<const CollectionInfo *> &entries)
{
    QByteArray out("[\n");
    bool first = true;
    for (const CollectionInfo *info : entries) {
        if (!first)
            out.append(",\n");
        first = false;
        out.append("  ");
        (void)ExtJsonCodec::encode(info->entry->get(), JsonStyle::Canonical, 0, out);
    }
    out.append("\n]\n");
    return out;
}

} // namespace

BackupEngine::BackupEngine(ProgressSink *sink) : m_sink(sink) {}

Result<BackupResult> BackupEngine::run(const BackupRequest &request, const CancelToken &cancel)
{
    RunState state;
    state.timer.start();
    if (auto st = validate(request); !st)
        return st.error();
    const QString name = topName(request);
    const QString topFolder = name + QLatin1Char('/');
    const QDateTime createdAt = QDateTime::currentDateTimeUtc();
    auto message = [this](const QString &m) {
        if (m_sink)
            m_sink->message(m);
    };

    // Connect.
    state.setPhase(Phase::Connecting);
    if (m_sink)
        m_sink->progress(state.snapshot());
    if (!QDir().mkpath(request.outDir))
        return Error(ErrorCode::Io, QStringLiteral("cannot create the output folder %1").arg(request.outDir));
    const QString outDir = QFileInfo(request.outDir).absoluteFilePath();
    auto poolResult = MongoClientPool::create(request.mongoUri, request.jobs + 1);
    if (!poolResult)
        return poolResult.error();
    MongoClientPool &pool = **poolResult;
    ServerInfo server;
    QStringList databases;
    std::vector<std::pair<QString, QList<CollectionInfo>>> listed;
    {
        auto client = pool.acquire();
        auto info = ServerInfo::query(client);
        if (!info)
            return info.error();
        server = *info;

        // List.
        state.setPhase(Phase::Listing);
        if (m_sink)
            m_sink->progress(state.snapshot());
        auto names = DatabaseCatalog::databaseNames(client, !request.allDatabases);
        if (!names)
            return names.error();
        if (request.allDatabases) {
            databases = *names;
        } else {
            if (!names->contains(request.database))
                return Error(ErrorCode::NotFound, QStringLiteral("database '%1' does not exist on %2 (or holds nothing)")
                                                      .arg(request.database, MongoUri::hosts(request.mongoUri)));
            databases = QStringList{request.database};
        }
        for (const QString &db : std::as_const(databases)) {
            auto cols = DatabaseCatalog::collections(client, db);
            if (!cols)
                return cols.error();
            listed.emplace_back(db, *cols);
        }
    }

    const bool nested = request.allDatabases;
    SafeFileNames dbFolders;
    std::vector<std::pair<QString, std::vector<const CollectionInfo *>>> metadataByFolder;
    for (const auto &[db, cols] : listed) {
        const QString folder = nested ? dbFolders.assign(db, QString()) + QLatin1Char('/') : QString();
        SafeFileNames files;
        std::vector<const CollectionInfo *> meta;
        const QSet<QString> wanted(request.collections.cbegin(), request.collections.cend());
        QSet<QString> missing = wanted;
        for (const CollectionInfo &c : cols) {
            if (c.isSystem()) {
                message(QStringLiteral("skipping system collection %1.%2").arg(db, c.name));
                continue;
            }
            if (!wanted.isEmpty() && !wanted.contains(c.name))
                continue;
            missing.remove(c.name);
            meta.push_back(&c);
            auto task = std::make_unique<Task>();
            task->database = db;
            task->name = c.name;
            task->type = c.type;
            task->entry = c.entry;
            task->record.database = db;
            task->record.name = c.name;
            task->record.type = c.type;
            if (c.type == QLatin1String("view")) {
                task->record.viewOn = c.viewOn;
                task->record.pipeline = c.pipeline;
                message(QStringLiteral("view %1.%2 is kept as metadata (on %3)").arg(db, c.name, c.viewOn));
            } else {
                task->file = folder + files.assign(c.name, QStringLiteral(".jsonl"));
                task->record.file = task->file;
            }
            state.tasks.push_back(std::move(task));
        }
        if (!missing.isEmpty()) {
            QStringList names(missing.cbegin(), missing.cend());
            names.sort();
            return Error(ErrorCode::NotFound, QStringLiteral("no collection %1 in database %2").arg(names.join(QStringLiteral(", ")), db));
        }
        metadataByFolder.emplace_back(folder, std::move(meta));
    }

    // Indexes and size estimates; views hold no data.
    QJsonObject clusterTime;
    QString pitNote;
    {
        auto client = pool.acquire();
        for (auto &t : state.tasks) {
            if (cancel.isCancelled())
                return Error(ErrorCode::Cancelled, QStringLiteral("backup cancelled"));
            if (t->type == QLatin1String("view"))
                continue;
            auto idx = DatabaseCatalog::indexes(client, t->database, t->name);
            if (!idx)
                return idx.error();
            t->record.indexes = *idx;
            const CollectionEstimate estimate = DatabaseCatalog::estimate(client, t->database, t->name);
            t->estimatedDocuments = estimate.documents;
            t->estimatedBytes = estimate.bytes;
        }
        if (server.supportsSnapshotReads()) {
            const auto first = std::find_if(state.tasks.begin(), state.tasks.end(),
                                            [](const auto &t) { return t->type != QLatin1String("view"); });
            if (first != state.tasks.end()) {
                const BsonDocument probe = BackupQueries::snapshotProbe((*first)->name);
                auto reply = client.command((*first)->database, probe.get());
                if (reply)
                    clusterTime = BackupQueries::clusterTimeFromReply(reply->get());
                if (clusterTime.isEmpty())
                    pitNote = QStringLiteral("the server did not give a snapshot time: %1")
                                  .arg(reply ? QStringLiteral("no atClusterTime in the reply") : reply.error().message);
            }
        } else {
            pitNote = QStringLiteral("%1 %2 (%3) does not support snapshot reads; each collection was read at its own moment, not at one point in time")
                          .arg(server.flavour, server.version, server.topology);
        }
    }
    if (!pitNote.isEmpty())
        message(QStringLiteral("not point-in-time: ") + pitNote);

    // Copy.
    const QString finalPath = QDir(outDir).filePath(name + archiveExtension(request.compression));
    auto writerResult = TarArchiveWriter::create(finalPath, request.compression, request.compressionLevel);
    if (!writerResult)
        return writerResult.error();
    ArchiveWriter &writer = **writerResult;
    if (auto st = writer.addDirectory(name); !st)
        return st.error();
    if (nested) {
        for (const auto &[folder, meta] : metadataByFolder) {
            if (auto st = writer.addDirectory(topFolder + folder); !st)
                return st.error();
        }
    }

    state.setPhase(Phase::Copying);
    std::vector<Task *> queue;
    for (auto &t : state.tasks) {
        if (t->type != QLatin1String("view"))
            queue.push_back(t.get());
        else
            state.collectionsDone.fetch_add(1), t->state = int(CollectionProgress::State::Done);
    }
    // Largest first, so the last collection to finish is a small one.
    std::stable_sort(queue.begin(), queue.end(), [](const Task *a, const Task *b) {
        return std::max(a->estimatedBytes, a->estimatedDocuments) > std::max(b->estimatedBytes, b->estimatedDocuments);
    });
    {
        ProgressTicker ticker(m_sink, state);
        std::mutex writerMutex;
        std::atomic<size_t> nextTask{0};
        auto worker = [&] {
            for (;;) {
                const size_t i = nextTask.fetch_add(1);
                if (i >= queue.size() || state.stop.load())
                    return;
                Task &task = *queue[i];
                auto st = copyCollection(task, pool, request, clusterTime, writer, writerMutex, topFolder, outDir, state, cancel);
                if (!st) {
                    task.state = int(CollectionProgress::State::Failed);
                    state.fail(st.error());
                    return;
                }
            }
        };
        std::vector<std::thread> threads;
        const size_t n = std::min<size_t>(size_t(request.jobs), std::max<size_t>(queue.size(), 1));
        for (size_t i = 0; i < n; ++i)
            threads.emplace_back(worker);
        for (auto &t : threads)
            t.join();
        ticker.stop();
    }
    if (!state.firstError && cancel.isCancelled())
        state.firstError = Error(ErrorCode::Cancelled, QStringLiteral("backup cancelled"));
    if (state.firstError) {
        writer.abort();
        Error e = *state.firstError;
        if (e.code != ErrorCode::Cancelled)
            e.message += QStringLiteral("; no archive was written");
        else
            e.message += QStringLiteral("; the partial archive was removed");
        return e;
    }

    // Finish.
    state.setPhase(Phase::Finishing);
    if (m_sink)
        m_sink->progress(state.snapshot());
    Manifest manifest;
    manifest.toolVersion = QStringLiteral(LIFEBOAT_VERSION);
    manifest.name = name;
    manifest.createdAt = createdAt;
    manifest.sourceHosts = MongoUri::hosts(request.mongoUri);
    manifest.sourceUri = MongoUri::redacted(request.mongoUri);
    manifest.server = server.toJson();
    manifest.scope = request.allDatabases ? QStringLiteral("deployment")
                     : request.collections.isEmpty() ? QStringLiteral("database")
                                                     : QStringLiteral("collections");
    manifest.databases = databases;
    manifest.jsonStyle = jsonStyleName(request.jsonStyle);
    manifest.pretty = request.pretty;
    manifest.compression = compressionName(request.compression);
    manifest.pointInTime = !clusterTime.isEmpty();
    manifest.clusterTime = clusterTime;
    manifest.pointInTimeNote = pitNote;
    manifest.snapshot = request.snapshot;
    for (const auto &t : state.tasks)
        manifest.collections << t->record;
    for (const auto &[folder, meta] : metadataByFolder) {
        if (auto st = writer.addFile(topFolder + folder + QLatin1String(ArchiveLayout::MetadataFile), metadataJson(meta)); !st) {
            writer.abort();
            return st.error();
        }
    }
    manifest.completedAt = QDateTime::currentDateTimeUtc();
    if (auto st = writer.addFile(topFolder + QLatin1String(ArchiveLayout::ManifestFile), manifest.toBytes()); !st) {
        writer.abort();
        return st.error();
    }
    if (auto st = writer.close(); !st) {
        writer.abort();
        return st.error();
    }

    // Verify what is on disk before calling it a backup.
    state.setPhase(Phase::Verifying);
    if (m_sink)
        m_sink->progress(state.snapshot());
    auto check = ArchiveInspector::inspect(writer.pendingPath(), ArchiveInspector::Depth::Files, cancel);
    if (!check || !check->ok() || !check->manifest) {
        writer.abort();
        if (!check)
            return check.error().wrapped(QStringLiteral("the written archive does not read back"));
        return Error(ErrorCode::IntegrityMismatch, QStringLiteral("the written archive does not match what was read: %1")
                                                       .arg(check->problems.join(QStringLiteral("; "))));
    }
    auto published = writer.publish();
    if (!published) {
        // A verified archive stays as .partial when its final name was taken meanwhile.
        if (published.error().code != ErrorCode::Refused)
            writer.abort();
        return published.error();
    }

    BackupResult result;
    result.archivePath = *published;
    result.manifest = manifest;
    if (request.keepDir) {
        const QString dir = QDir(outDir).filePath(name);
        auto extracted = ArchiveExtractor::extract(result.archivePath, outDir, cancel);
        if (!extracted)
            return extracted.error().wrapped(QStringLiteral("the archive %1 is complete, but keeping the folder failed").arg(result.archivePath));
        result.keptDirectory = dir;
    }
    state.setPhase(Phase::Done);
    result.elapsedMs = state.timer.elapsed();
    if (m_sink)
        m_sink->progress(state.snapshot());
    return result;
}

} // namespace lifeboat
