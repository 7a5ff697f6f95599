#include "core/snapshot/SnapshotStore.h"

#include "core/backup/BackupEngine.h"
#include "core/snapshot/SnapshotLock.h"
#include "core/snapshot/SnapshotNames.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace lifeboat {

namespace {

const ArchiveCompression AllCompressions[] = {ArchiveCompression::Gzip, ArchiveCompression::Zstd, ArchiveCompression::None};

} // namespace

SnapshotStore::SnapshotStore(const QString &folder)
    : m_folder(QDir::cleanPath(QDir(folder).absolutePath())), m_catalog(std::make_unique<SnapshotCatalog>(m_folder))
{
}

QString SnapshotStore::defaultFolder()
{
    const QString env = qEnvironmentVariable("LIFEBOAT_SNAPSHOT_DIR");
    return QDir::cleanPath(QDir::current().absoluteFilePath(env.isEmpty() ? QStringLiteral("snapshots") : env));
}

Result<QList<SnapshotEntry>> SnapshotStore::list(const CancelToken &cancel)
{
    return m_catalog->entries(cancel);
}

Result<SnapshotEntry> SnapshotStore::find(const QString &name, const CancelToken &cancel)
{
    auto all = list(cancel);
    if (!all)
        return all.error();
    QList<SnapshotEntry> matches;
    for (const auto &e : *all) {
        if (e.name == name)
            matches << e;
    }
    if (matches.isEmpty())
        return Error(ErrorCode::NotFound, QStringLiteral("there is no snapshot named '%1' in %2").arg(name, m_folder),
                     QStringLiteral("list them with: lifeboat-cli snapshot list --snapshot-dir %1").arg(m_folder));
    if (matches.size() > 1) {
        QStringList files;
        for (const auto &e : std::as_const(matches))
            files << e.fileName;
        return Error(ErrorCode::Refused, QStringLiteral("several archives in %1 are named '%2': %3").arg(m_folder, name, files.join(QStringLiteral(", "))),
                     QStringLiteral("rename or remove all but one of them"));
    }
    return matches.first();
}

Result<Manifest> SnapshotStore::manifest(const QString &name)
{
    auto entry = find(name);
    if (!entry)
        return entry.error();
    return m_catalog->manifest(entry->fileName);
}

Status SnapshotStore::checkNewName(const QString &name)
{
    if (auto st = SnapshotNames::validate(name); !st)
        return st;
    for (const auto c : AllCompressions) {
        const QString file = QDir(m_folder).filePath(name + archiveExtension(c));
        if (QFileInfo::exists(file))
            return Error(ErrorCode::Refused, QStringLiteral("a snapshot named '%1' already exists in %2").arg(name, m_folder),
                         QStringLiteral("choose another --name, or delete the old one first"));
        if (QFileInfo::exists(file + QStringLiteral(".partial")))
            return Error(ErrorCode::Refused, QStringLiteral("a snapshot named '%1' is being written in %2 (%3.partial)").arg(name, m_folder, QFileInfo(file).fileName()),
                         QStringLiteral("choose another --name; if no snapshot is running, delete the .partial file"));
    }
    return {};
}

QString SnapshotStore::proposeName(const QString &purpose, const QString &version, const QDateTime &when)
{
    const QString base = SnapshotNames::propose(purpose, version, when);
    QString name = base;
    for (int n = 2; !checkNewName(name).ok() && n < 1000; ++n) {
        const QString suffix = QLatin1Char('_') + QString::number(n);
        name = base.left(SnapshotNames::MaxLength - int(suffix.size())) + suffix;
    }
    return name;
}

Result<SnapshotCreateResult> SnapshotStore::create(const SnapshotCreateRequest &request, ProgressSink &sink, const CancelToken &cancel)
{
    SnapshotInfo info = request.info;
    BackupRequest backup;
    backup.mongoUri = request.mongoUri;
    backup.outDir = m_folder;
    backup.compression = request.compression;
    backup.jobs = request.jobs;
    backup.batchSize = request.batchSize;
    switch (info.level) {
    case SnapshotLevel::Collection:
        if (request.collections.isEmpty())
            return Error(ErrorCode::Usage, QStringLiteral("a collection snapshot needs at least one collection"),
                         QStringLiteral("name it with --collection"));
        if (request.database.isEmpty())
            return Error(ErrorCode::Config, QStringLiteral("no database given for the collection snapshot"),
                         QStringLiteral("pass --mongo-db or set MONGO_DB"));
        backup.database = request.database;
        backup.collections = request.collections;
        break;
    case SnapshotLevel::Database:
        if (!request.collections.isEmpty())
            return Error(ErrorCode::Usage, QStringLiteral("a database snapshot takes every collection; --collection needs --level collection"));
        if (request.database.isEmpty())
            return Error(ErrorCode::Config, QStringLiteral("no database given for the database snapshot"),
                         QStringLiteral("pass --mongo-db or set MONGO_DB"));
        backup.database = request.database;
        break;
    case SnapshotLevel::Deployment:
        if (!request.collections.isEmpty())
            return Error(ErrorCode::Usage, QStringLiteral("a deployment snapshot takes every database; --collection needs --level collection"));
        backup.allDatabases = true;
        break;
    }
    if (info.name.isEmpty())
        info.name = proposeName(info.purpose, info.versionBefore);
    else if (auto st = checkNewName(info.name); !st)
        return st.error();
    if (info.createdBy.isEmpty())
        info.createdBy = SnapshotInfo::defaultCreatedBy();
    if (info.deleteAfter.isValid())
        info.deleteAfter = info.deleteAfter.toUTC();
    backup.name = info.name;
    backup.snapshot = info;
    if (!QDir().mkpath(m_folder))
        return Error(ErrorCode::Io, QStringLiteral("cannot create the snapshot folder %1").arg(m_folder));

    auto result = BackupEngine(sink).run(backup, cancel);
    if (!result)
        return result.error();
    const QString fileName = QFileInfo(result->archivePath).fileName();
    if (auto st = m_catalog->put(fileName, result->manifest); !st)
        return st.error().wrapped(QStringLiteral("the snapshot %1 was written, but the catalog could not be updated").arg(result->archivePath));
    auto entry = find(info.name, cancel);
    if (!entry)
        return entry.error();
    return SnapshotCreateResult{*entry, result->manifest, result->elapsedMs, result->warnings};
}

Status SnapshotStore::remove(const QString &name)
{
    auto entry = find(name);
    if (!entry)
        return entry.error();
    auto lock = SnapshotLock::acquire(entry->path, SnapshotLock::Mode::Exclusive);
    if (!lock)
        return Error(lock.error().code, QStringLiteral("not deleting snapshot '%1': %2").arg(name, lock.error().message), lock.error().hint);
    if (!QFile::remove(entry->path) && QFileInfo::exists(entry->path))
        return Error(ErrorCode::Io, QStringLiteral("cannot delete %1").arg(entry->path));
    lock->removeLockFile();
    lock->release();
    return m_catalog->forget(entry->fileName);
}

Status SnapshotStore::recordVerification(const QString &name, SnapshotVerification state, const QString &note)
{
    auto entry = find(name);
    if (!entry)
        return entry.error();
    return m_catalog->recordVerification(entry->fileName, state, note);
}

} // namespace lifeboat
