#include "core/backup/BackupRun.h"

#include "core/archive/ArchiveExtractor.h"
#include "core/archive/ArchiveLayout.h"
#include "core/archive/TarArchiveWriter.h"
#include "core/backup/BackupQueries.h"
#include "core/backup/BackupRequestValidation.h"
#include "core/backup/CollectionSelection.h"
#include "core/backup/CopyContext.h"
#include "core/backup/ParallelCopy.h"
#include "core/config/MongoUri.h"
#include "core/verify/ArchiveInspector.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace lifeboat {

BackupRun::BackupRun(const BackupRequest &request, const CancelToken &cancel, ProgressSink &sink)
    : m_request(request), m_cancel(cancel), m_name(backupName(request)), m_topFolder(m_name + QLatin1Char('/')),
      m_createdAt(QDateTime::currentDateTimeUtc()), m_ticker(sink, [this] { return m_state.snapshot(); })
{
}

BackupRun::~BackupRun() = default;

Status BackupRun::connect()
{
    m_ticker.setPhase(Phase::Connecting);
    if (!QDir().mkpath(m_request.outDir))
        return Error(ErrorCode::Io, QStringLiteral("cannot create the output folder %1").arg(m_request.outDir));
    m_outDir = QFileInfo(m_request.outDir).absoluteFilePath();
    auto pool = MongoClientPool::create(m_request.mongoUri, m_request.jobs + 1);
    if (!pool)
        return pool.error();
    m_pool = std::move(*pool);
    auto info = ServerInfo::query(m_pool->acquire());
    if (!info)
        return info.error();
    m_server = *info;
    return {};
}

Status BackupRun::listCollections()
{
    m_ticker.setPhase(Phase::Listing);
    auto client = m_pool->acquire();
    auto names = DatabaseCatalog::databaseNames(client, !m_request.allDatabases);
    if (!names)
        return names.error();
    if (m_request.allDatabases) {
        m_databases = *names;
    } else {
        if (!names->contains(m_request.database))
            return Error(ErrorCode::NotFound, QStringLiteral("database '%1' does not exist on %2 (or holds nothing)")
                                                  .arg(m_request.database, MongoUri::hosts(m_request.mongoUri)));
        m_databases = QStringList{m_request.database};
    }
    for (const QString &db : std::as_const(m_databases)) {
        auto cols = DatabaseCatalog::collections(client, db);
        if (!cols)
            return cols.error();
        m_listed.emplace_back(db, *cols);
    }
    return {};
}

Status BackupRun::selectCollections()
{
    CollectionSelection selection(m_request, [this](const QString &text) { m_ticker.message(text); });
    for (const auto &[db, cols] : m_listed) {
        if (auto st = selection.addDatabase(db, cols); !st)
            return st;
    }
    m_state.tasks = selection.takeTasks();
    m_folders = selection.folders();
    return {};
}

Status BackupRun::readIndexesAndEstimates()
{
    auto client = m_pool->acquire();
    for (auto &t : m_state.tasks) {
        if (m_cancel.isCancelled())
            return Error(ErrorCode::Cancelled, QStringLiteral("backup cancelled"));
        if (t->isView())
            continue;
        auto indexes = DatabaseCatalog::indexes(client, t->database, t->name);
        if (!indexes)
            return indexes.error();
        t->record.indexes = *indexes;
        const CollectionEstimate estimate = DatabaseCatalog::estimate(client, t->database, t->name);
        t->estimatedDocuments = estimate.documents;
        t->estimatedBytes = estimate.bytes;
    }
    return {};
}

Status BackupRun::findPointInTime()
{
    if (m_server.supportsSnapshotReads())
        m_pointInTimeNote = probeClusterTime();
    else
        m_pointInTimeNote = QStringLiteral("%1 %2 (%3) does not support snapshot reads; each collection was read at its own moment, not at one point in time")
                                .arg(m_server.flavour, m_server.version, m_server.topology);
    if (!m_pointInTimeNote.isEmpty())
        m_ticker.message(QStringLiteral("not point-in-time: ") + m_pointInTimeNote);
    return {};
}

// Asks for the cluster time with a snapshot read of the first collection; returns why there
// is none, or "" once m_clusterTime holds it (or when there is nothing to read).
QString BackupRun::probeClusterTime()
{
    const auto first = std::find_if(m_state.tasks.begin(), m_state.tasks.end(), [](const auto &t) { return !t->isView(); });
    if (first == m_state.tasks.end())
        return {};
    const BsonDocument probe = BackupQueries::snapshotProbe((*first)->name);
    auto reply = m_pool->acquire().command((*first)->database, probe.get());
    if (reply)
        m_clusterTime = BackupQueries::clusterTimeFromReply(reply->get());
    if (!m_clusterTime.isEmpty())
        return {};
    return QStringLiteral("the server did not give a snapshot time: %1")
        .arg(reply ? QStringLiteral("no atClusterTime in the reply") : reply.error().message);
}

Status BackupRun::openArchive()
{
    const QString finalPath = QDir(m_outDir).filePath(m_name + archiveExtension(m_request.compression));
    auto writer = TarArchiveWriter::create(finalPath, m_request.compression, m_request.compressionLevel);
    if (!writer)
        return writer.error();
    m_writer = std::move(*writer);
    if (auto st = m_writer->addDirectory(m_name); !st)
        return st;
    if (!m_request.allDatabases)
        return {};
    for (const BackupFolder &folder : m_folders) {
        if (auto st = m_writer->addDirectory(m_topFolder + folder.path); !st)
            return st;
    }
    return {};
}

Status BackupRun::copyCollections()
{
    CopyContext context{.request = m_request,
                        .cancel = m_cancel,
                        .pool = *m_pool,
                        .clusterTime = m_clusterTime,
                        .writer = *m_writer,
                        .topFolder = m_topFolder,
                        .spoolFolder = m_outDir,
                        .state = m_state};
    ParallelCopy copy(context);
    m_ticker.setPhase(Phase::Copying);
    m_ticker.start(); // the workers' counters, every 200 ms
    copy.run(m_request.jobs);
    m_ticker.stop();
    return copyOutcome();
}

// The first failure of any worker, or the cancel; either way the partial archive goes.
Status BackupRun::copyOutcome()
{
    if (m_cancel.isCancelled())
        m_state.fail(Error(ErrorCode::Cancelled, QStringLiteral("backup cancelled")));
    std::optional<Error> failure = m_state.firstError();
    if (!failure)
        return {};
    m_writer->abort();
    Error e = *failure;
    if (e.code != ErrorCode::Cancelled)
        e.message += QStringLiteral("; no archive was written");
    else
        e.message += QStringLiteral("; the partial archive was removed");
    return e;
}

Status BackupRun::finish()
{
    m_ticker.setPhase(Phase::Finishing);
    m_manifest = describe();
    if (auto st = writeMetadata(); !st)
        return abandon(st.error());
    m_manifest.completedAt = QDateTime::currentDateTimeUtc();
    if (auto st = m_writer->addFile(m_topFolder + QLatin1String(ArchiveLayout::ManifestFile), m_manifest.toBytes()); !st)
        return abandon(st.error());
    if (auto st = m_writer->close(); !st)
        return abandon(st.error());
    return {};
}

Manifest BackupRun::describe() const
{
    Manifest manifest;
    manifest.toolVersion = QStringLiteral(LIFEBOAT_VERSION);
    manifest.name = m_name;
    manifest.createdAt = m_createdAt;
    manifest.sourceHosts = MongoUri::hosts(m_request.mongoUri);
    manifest.sourceUri = MongoUri::redacted(m_request.mongoUri);
    manifest.server = m_server.toJson();
    manifest.scope = m_request.allDatabases            ? QStringLiteral("deployment")
                     : m_request.collections.isEmpty() ? QStringLiteral("database")
                                                       : QStringLiteral("collections");
    manifest.databases = m_databases;
    manifest.jsonStyle = jsonStyleName(m_request.jsonStyle);
    manifest.pretty = m_request.pretty;
    manifest.compression = compressionName(m_request.compression);
    manifest.pointInTime = !m_clusterTime.isEmpty();
    manifest.clusterTime = m_clusterTime;
    manifest.pointInTimeNote = m_pointInTimeNote;
    manifest.snapshot = m_request.snapshot;
    for (const auto &t : m_state.tasks)
        manifest.collections << t->record;
    return manifest;
}

Status BackupRun::writeMetadata()
{
    for (const BackupFolder &folder : m_folders) {
        if (auto st = m_writer->addFile(m_topFolder + folder.path + QLatin1String(ArchiveLayout::MetadataFile), folder.metadataJson()); !st)
            return st;
    }
    return {};
}

// What is on disk is read back before it is called a backup.
Status BackupRun::verify()
{
    m_ticker.setPhase(Phase::Verifying);
    auto check = ArchiveInspector::inspect(m_writer->pendingPath(), ArchiveInspector::Depth::Files, m_cancel);
    if (check && check->ok() && check->manifest)
        return {};
    if (!check)
        return abandon(check.error().wrapped(QStringLiteral("the written archive does not read back")));
    return abandon(Error(ErrorCode::IntegrityMismatch, QStringLiteral("the written archive does not match what was read: %1")
                                                           .arg(check->problems.join(QStringLiteral("; ")))));
}

Result<QString> BackupRun::publish()
{
    auto published = m_writer->publish();
    // The final name taken meanwhile (another backup of the same name finished first): the
    // writer refuses to replace it and removes its own temporary file.
    if (!published && published.error().code != ErrorCode::Refused)
        m_writer->abort();
    return published;
}

Result<BackupResult> BackupRun::complete(const QString &archivePath)
{
    BackupResult result;
    result.archivePath = archivePath;
    result.manifest = m_manifest;
    if (m_request.keepDir) {
        auto extracted = ArchiveExtractor::extract(archivePath, m_outDir, m_cancel);
        if (!extracted)
            return extracted.error().wrapped(QStringLiteral("the archive %1 is complete, but keeping the folder failed").arg(archivePath));
        result.keptDirectory = QDir(m_outDir).filePath(m_name);
    }
    m_ticker.setPhase(Phase::Done);
    result.elapsedMs = m_ticker.elapsedMs();
    return result;
}

Error BackupRun::abandon(const Error &error)
{
    m_writer->abort();
    return error;
}

} // namespace lifeboat
