#include "core/snapshot/SnapshotCatalog.h"

#include "core/archive/ArchiveCompression.h"
#include "core/archive/ArchiveContents.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <functional>

namespace lifeboat {

namespace {

QString joinJson(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList splitJson(const QString &text)
{
    QStringList out;
    for (const auto &v : QJsonDocument::fromJson(text.toUtf8()).array())
        out << v.toString();
    return out;
}

QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime fromMs(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QString serverText(const QJsonObject &server)
{
    const QString flavour = server.value(QStringLiteral("flavour")).toString();
    const QString version = server.value(QStringLiteral("version")).toString();
    const QString topology = server.value(QStringLiteral("topology")).toString();
    if (flavour.isEmpty() && version.isEmpty())
        return {};
    return QStringLiteral("%1 %2 (%3)").arg(flavour, version, topology);
}

QString levelFromScope(const QString &scope)
{
    if (scope == QLatin1String("collections"))
        return QStringLiteral("collection");
    if (scope == QLatin1String("deployment"))
        return QStringLiteral("deployment");
    return QStringLiteral("database");
}

// The archive files of a folder: our extensions, no hidden files, no .partial ones.
QFileInfoList archivesIn(const QString &folder)
{
    QFileInfoList out;
    const QDir dir(folder);
    if (!dir.exists())
        return out;
    for (const QFileInfo &fi : dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString n = fi.fileName();
        if (n.startsWith(QLatin1Char('.')) || !compressionFromFileName(n))
            continue;
        out << fi;
    }
    return out;
}

const char *const Columns =
    "file_name, file_size, file_mtime, name, is_snapshot, created_at, level, description, purpose, created_by, "
    "version_before, version_target, tags, delete_after, scope, databases, collections, documents, bytes, server, "
    "source_hosts, compression, problem, verification, verified_at, verification_note";

} // namespace

SnapshotCatalog::SnapshotCatalog(const QString &folder)
    : m_folder(QDir(folder).absolutePath()),
      m_connection(QStringLiteral("lifeboat-catalog-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

SnapshotCatalog::~SnapshotCatalog()
{
    close();
}

QString SnapshotCatalog::databasePath() const
{
    return QDir(m_folder).filePath(QLatin1String(FileName));
}

void SnapshotCatalog::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_open = false;
}

Status SnapshotCatalog::open()
{
    if (m_open)
        return {};
    if (!QDir(m_folder).exists())
        return Error(ErrorCode::NotFound, QStringLiteral("the snapshot folder %1 does not exist").arg(m_folder));
    const bool existed = QFileInfo::exists(databasePath());
    auto tryOpen = [this]() -> QString {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
            return QStringLiteral("the Qt SQLite driver (QSQLITE) is not installed");
        QSqlDatabase db = QSqlDatabase::contains(m_connection) ? QSqlDatabase::database(m_connection, false)
                                                               : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(databasePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            return db.lastError().text();
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next())
            return q.lastError().text();
        if (q.value(0).toString() != QLatin1String("ok"))
            return q.value(0).toString();
        return {};
    };
    QString problem = tryOpen();
    if (!problem.isEmpty()) {
        if (problem.contains(QLatin1String("QSQLITE")))
            return Error(ErrorCode::Internal, problem, QStringLiteral("install libqt6sql6-sqlite"));
        // Not an SQLite file, or a damaged one: it is only a cache, so start it again.
        close();
        QFile::remove(databasePath());
        QFile::remove(databasePath() + QStringLiteral("-journal"));
        m_open = false;
        if (auto again = tryOpen(); !again.isEmpty())
            return Error(ErrorCode::Io, QStringLiteral("cannot create the snapshot catalog %1: %2").arg(databasePath(), again));
        m_open = true;
        return rebuild(QStringLiteral("corrupt: ") + problem);
    }
    m_open = true;
    if (!existed)
        return rebuild(QStringLiteral("missing"));
    int version = 0;
    {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
            version = q.value(0).toInt();
    } // The statement ends here. Still open, it would hold a read lock into rebuild()'s BEGIN
      // IMMEDIATE, and SQLite answers an upgrade from reading to writing while another process
      // is committing with "database is locked" at once, without waiting (its deadlock rule).
    if (version != SchemaVersion)
        return rebuild(QStringLiteral("schema version %1").arg(version));
    return {};
}

// Runs `body` inside BEGIN IMMEDIATE ... COMMIT: one writer at a time across processes (others
// wait up to the busy timeout), and no two readers deadlocking on an upgrade to writing.
Status SnapshotCatalog::writeTransaction(const std::function<Status()> &body)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Error(ErrorCode::Io, QStringLiteral("cannot write the snapshot catalog %1: %2").arg(databasePath(), q.lastError().text()));
    Status st = body();
    if (!st) {
        (void)q.exec(QStringLiteral("ROLLBACK"));
        return st;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QString why = q.lastError().text();
        (void)q.exec(QStringLiteral("ROLLBACK"));
        return Error(ErrorCode::Io, QStringLiteral("cannot write the snapshot catalog %1: %2").arg(databasePath(), why));
    }
    return {};
}

Status SnapshotCatalog::rebuild(const QString &reason)
{
    auto st = writeTransaction([&]() -> Status {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        // Another process may have just built it.
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next() && q.value(0).toInt() == SchemaVersion
            && q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'archives'")) && q.next()
            && q.value(0).toInt() == 1)
            return {};
        const QStringList statements{
            QStringLiteral("DROP TABLE IF EXISTS archives"),
            QStringLiteral("CREATE TABLE archives ("
                           " file_name TEXT PRIMARY KEY, file_size INTEGER NOT NULL, file_mtime INTEGER NOT NULL,"
                           " name TEXT NOT NULL, is_snapshot INTEGER NOT NULL, created_at INTEGER, level TEXT,"
                           " description TEXT, purpose TEXT, created_by TEXT, version_before TEXT, version_target TEXT,"
                           " tags TEXT, delete_after INTEGER, scope TEXT, databases TEXT, collections TEXT,"
                           " documents INTEGER, bytes INTEGER, server TEXT, source_hosts TEXT, compression TEXT,"
                           " problem TEXT, manifest TEXT,"
                           " verification TEXT NOT NULL DEFAULT 'never', verified_at INTEGER, verification_note TEXT)"),
            QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion),
        };
        for (const QString &sql : statements) {
            if (!q.exec(sql))
                return Error(ErrorCode::Io, QStringLiteral("cannot create the snapshot catalog %1: %2").arg(databasePath(), q.lastError().text()));
        }
        return {};
    });
    if (!st)
        return st;
    m_stats = RefreshStats();
    m_stats.rebuilt = true;
    m_stats.rebuildReason = reason;
    return {};
}

Status SnapshotCatalog::refresh(const CancelToken &cancel)
{
    m_stats = RefreshStats();
    if (!QDir(m_folder).exists())
        return {}; // nothing to list; the catalog is made with the folder's first snapshot
    if (m_open && !QFileInfo::exists(databasePath()))
        close(); // deleted under us: start again from the manifests
    if (auto st = open(); !st)
        return st;
    return sync(cancel);
}

Status SnapshotCatalog::sync(const CancelToken &cancel)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QHash<QString, std::pair<qint64, qint64>> known; // file -> (size, mtime)
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT file_name, file_size, file_mtime FROM archives")))
            return Error(ErrorCode::Io, QStringLiteral("cannot read the snapshot catalog %1: %2").arg(databasePath(), q.lastError().text()));
        while (q.next())
            known.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
    }
    // What changed, and the new manifests, read without holding the catalog (reading a large
    // archive takes a while; other processes keep using the catalog meanwhile).
    struct Read {
        QString fileName;
        Manifest manifest;
        QString problem;
    };
    QList<Read> reads;
    QSet<QString> present;
    for (const QFileInfo &fi : archivesIn(m_folder)) {
        if (cancel.isCancelled())
            return Error(ErrorCode::Cancelled, QStringLiteral("listing %1 cancelled").arg(m_folder));
        present.insert(fi.fileName());
        const auto it = known.constFind(fi.fileName());
        if (it != known.cend() && it->first == fi.size() && it->second == fi.lastModified().toMSecsSinceEpoch()) {
            ++m_stats.unchanged;
            continue;
        }
        ++m_stats.reread;
        auto contents = ArchiveContents::open(fi.absoluteFilePath(), cancel);
        if (!contents && contents.error().code == ErrorCode::Cancelled)
            return contents.error();
        Read r{fi.fileName(), Manifest(), QString()};
        if (!contents)
            r.problem = contents.error().message;
        else if (!contents->manifest())
            r.problem = QStringLiteral("no Lifeboat manifest (an archive of the runbook's scripts or another tool)");
        else
            r.manifest = *contents->manifest();
        if (!r.problem.isEmpty()) {
            // A row that says why, so the archive is listed and not read again until it changes.
            r.manifest.name = stripArchiveExtension(fi.fileName());
            r.manifest.createdAt = fi.lastModified().toUTC();
        }
        reads << r;
    }
    QStringList gone;
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        if (!present.contains(it.key()))
            gone << it.key();
    }
    if (reads.isEmpty() && gone.isEmpty())
        return {};
    m_stats.removed = int(gone.size());
    return writeTransaction([&]() -> Status {
        for (const auto &r : std::as_const(reads)) {
            if (auto st = write(r.fileName, r.manifest, r.problem); !st)
                return st;
        }
        for (const QString &f : std::as_const(gone)) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM archives WHERE file_name = ?"));
            q.addBindValue(f);
            if (!q.exec())
                return Error(ErrorCode::Io, QStringLiteral("cannot write the snapshot catalog %1: %2").arg(databasePath(), q.lastError().text()));
        }
        return {};
    });
}

Status SnapshotCatalog::put(const QString &fileName, const Manifest &manifest)
{
    if (auto st = open(); !st)
        return st;
    return write(fileName, manifest, QString());
}

Status SnapshotCatalog::write(const QString &fileName, const Manifest &manifest, const QString &problem)
{
    const QFileInfo fi(QDir(m_folder).filePath(fileName));
    if (!fi.exists())
        return Error(ErrorCode::NotFound, QStringLiteral("%1 is not in %2").arg(fileName, m_folder));
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // Keep the verification state when the same archive is put again unchanged.
    QString verification = QStringLiteral("never");
    QVariant verifiedAt(QMetaType::fromType<qint64>());
    QString verificationNote;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT file_size, file_mtime, verification, verified_at, verification_note FROM archives WHERE file_name = ?"));
        q.addBindValue(fileName);
        if (q.exec() && q.next() && q.value(0).toLongLong() == fi.size() && q.value(1).toLongLong() == fi.lastModified().toMSecsSinceEpoch()) {
            verification = q.value(2).toString();
            verifiedAt = q.value(3);
            verificationNote = q.value(4).toString();
        }
    }
    QStringList collections;
    for (const auto &c : manifest.collections)
        collections << (manifest.nestsDatabases() ? c.ns() : c.name);
    const bool isSnapshot = manifest.snapshot.has_value();
    const SnapshotInfo info = manifest.snapshot.value_or(SnapshotInfo());
    QSqlQuery q(db);
    QStringList placeholders;
    for (int i = 0; i < 27; ++i) // the 26 columns and the manifest
        placeholders << QStringLiteral("?");
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO archives (%1, manifest) VALUES (%2)")
                  .arg(QLatin1String(Columns), placeholders.join(QLatin1Char(','))));
    q.addBindValue(fileName);
    q.addBindValue(fi.size());
    q.addBindValue(fi.lastModified().toMSecsSinceEpoch());
    q.addBindValue(stripArchiveExtension(fileName));
    q.addBindValue(isSnapshot ? 1 : 0);
    q.addBindValue(msOrNull(manifest.createdAt));
    q.addBindValue(isSnapshot ? snapshotLevelName(info.level) : levelFromScope(manifest.scope));
    q.addBindValue(info.description);
    q.addBindValue(info.purpose);
    q.addBindValue(info.createdBy);
    q.addBindValue(info.versionBefore);
    q.addBindValue(info.versionTarget);
    q.addBindValue(joinJson(info.tags));
    q.addBindValue(msOrNull(info.deleteAfter));
    q.addBindValue(manifest.scope);
    q.addBindValue(joinJson(manifest.databases));
    q.addBindValue(joinJson(collections));
    q.addBindValue(manifest.totalDocuments());
    q.addBindValue(manifest.totalBytes());
    q.addBindValue(serverText(manifest.server));
    q.addBindValue(manifest.sourceHosts);
    q.addBindValue(manifest.compression);
    q.addBindValue(problem.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(problem));
    q.addBindValue(verification);
    q.addBindValue(verifiedAt);
    q.addBindValue(verificationNote);
    q.addBindValue(problem.isEmpty() ? QVariant(QString::fromUtf8(QJsonDocument(manifest.toJson()).toJson(QJsonDocument::Compact)))
                                     : QVariant(QMetaType::fromType<QString>()));
    if (!q.exec())
        return Error(ErrorCode::Io, QStringLiteral("cannot write the snapshot catalog %1: %2").arg(databasePath(), q.lastError().text()));
    return {};
}

Result<QList<SnapshotEntry>> SnapshotCatalog::entries(const CancelToken &cancel)
{
    if (auto st = refresh(cancel); !st)
        return st.error();
    QList<SnapshotEntry> out;
    if (!m_open)
        return out; // no folder
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT %1 FROM archives").arg(QLatin1String(Columns))))
        return Error(ErrorCode::Io, QStringLiteral("cannot read the snapshot catalog %1: %2").arg(databasePath(), q.lastError().text()));
    while (q.next()) {
        SnapshotEntry e;
        int i = 0;
        e.fileName = q.value(i++).toString();
        e.path = QDir(m_folder).filePath(e.fileName);
        e.fileSize = q.value(i++).toLongLong();
        e.fileModified = fromMs(q.value(i++));
        e.name = q.value(i++).toString();
        e.hasSnapshotInfo = q.value(i++).toInt() != 0;
        e.createdAt = fromMs(q.value(i++));
        e.info.name = e.name;
        e.info.level = parseSnapshotLevel(q.value(i++).toString()).value_or(SnapshotLevel::Database);
        e.info.description = q.value(i++).toString();
        e.info.purpose = q.value(i++).toString();
        e.info.createdBy = q.value(i++).toString();
        e.info.versionBefore = q.value(i++).toString();
        e.info.versionTarget = q.value(i++).toString();
        e.info.tags = splitJson(q.value(i++).toString());
        e.info.deleteAfter = fromMs(q.value(i++));
        e.scope = q.value(i++).toString();
        e.databases = splitJson(q.value(i++).toString());
        e.collections = splitJson(q.value(i++).toString());
        e.documents = q.value(i++).toLongLong();
        e.bytes = q.value(i++).toLongLong();
        e.server = q.value(i++).toString();
        e.sourceHosts = q.value(i++).toString();
        e.compression = q.value(i++).toString();
        e.problem = q.value(i++).toString();
        e.verification = parseSnapshotVerification(q.value(i++).toString()).value_or(SnapshotVerification::Never);
        e.verifiedAt = fromMs(q.value(i++));
        e.verificationNote = q.value(i++).toString();
        out << e;
    }
    std::sort(out.begin(), out.end(), [](const SnapshotEntry &a, const SnapshotEntry &b) {
        if (a.createdAt != b.createdAt)
            return a.createdAt > b.createdAt;
        return a.name < b.name;
    });
    return out;
}

Result<Manifest> SnapshotCatalog::manifest(const QString &fileName)
{
    if (auto st = open(); !st)
        return st.error();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT manifest, problem FROM archives WHERE file_name = ?"));
    q.addBindValue(fileName);
    if (!q.exec())
        return Error(ErrorCode::Io, QStringLiteral("cannot read the snapshot catalog %1: %2").arg(databasePath(), q.lastError().text()));
    if (!q.next())
        return Error(ErrorCode::NotFound, QStringLiteral("%1 is not in the catalog of %2").arg(fileName, m_folder));
    if (q.value(0).isNull())
        return Error(ErrorCode::ArchiveCorrupt, QStringLiteral("%1 has no readable manifest: %2").arg(fileName, q.value(1).toString()));
    return Manifest::fromBytes(q.value(0).toString().toUtf8(), fileName);
}

Status SnapshotCatalog::recordVerification(const QString &fileName, SnapshotVerification state, const QString &note, const QDateTime &when)
{
    if (auto st = open(); !st)
        return st;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE archives SET verification = ?, verified_at = ?, verification_note = ? WHERE file_name = ?"));
    q.addBindValue(snapshotVerificationName(state));
    q.addBindValue(state == SnapshotVerification::Never ? QVariant(QMetaType::fromType<qint64>()) : QVariant(when.toMSecsSinceEpoch()));
    q.addBindValue(note);
    q.addBindValue(fileName);
    if (!q.exec())
        return Error(ErrorCode::Io, QStringLiteral("cannot write the snapshot catalog %1: %2").arg(databasePath(), q.lastError().text()));
    if (q.numRowsAffected() == 0)
        return Error(ErrorCode::NotFound, QStringLiteral("%1 is not in the catalog of %2").arg(fileName, m_folder));
    return {};
}

Status SnapshotCatalog::forget(const QString &fileName)
{
    if (auto st = open(); !st)
        return st;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM archives WHERE file_name = ?"));
    q.addBindValue(fileName);
    if (!q.exec())
        return Error(ErrorCode::Io, QStringLiteral("cannot write the snapshot catalog %1: %2").arg(databasePath(), q.lastError().text()));
    return {};
}

} // namespace lifeboat
