#include "core/matrixone/MatrixOneSnapshotCatalog.h"

#include "core/snapshot/SnapshotCatalog.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace lifeboat {

namespace {

QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

const char *const Columns = "server, name, account, level, database_name, table_name, created_at, description, purpose, created_by, "
                            "version_before, version_target, tags, delete_after, verification, verified_at, verification_note";

} // namespace

MatrixOneSnapshotCatalog::MatrixOneSnapshotCatalog(const QString &folder)
    : m_folder(QDir(folder).absolutePath()),
      m_connection(QStringLiteral("lifeboat-mo-catalog-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

MatrixOneSnapshotCatalog::~MatrixOneSnapshotCatalog()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString MatrixOneSnapshotCatalog::databasePath() const
{
    return QDir(m_folder).filePath(QLatin1String(SnapshotCatalog::FileName));
}

Status MatrixOneSnapshotCatalog::open(bool create)
{
    if (m_open)
        return {};
    if (!create && !QFileInfo::exists(databasePath()))
        return {};
    if (create && !QDir().mkpath(m_folder))
        return Error(ErrorCode::Io, QStringLiteral("cannot create the snapshot folder %1").arg(m_folder));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error(ErrorCode::Internal, QStringLiteral("the Qt SQLite driver (QSQLITE) is not installed"), QStringLiteral("install libqt6sql6-sqlite"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(databasePath());
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return Error(ErrorCode::Io, QStringLiteral("cannot open the snapshot catalog %1: %2").arg(databasePath(), db.lastError().text()));
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS matrixone_snapshots ("
                               " server TEXT NOT NULL, name TEXT NOT NULL, account TEXT NOT NULL, level TEXT NOT NULL,"
                               " database_name TEXT, table_name TEXT, created_at INTEGER, description TEXT, purpose TEXT,"
                               " created_by TEXT, version_before TEXT, version_target TEXT, tags TEXT, delete_after INTEGER,"
                               " verification TEXT NOT NULL DEFAULT 'never', verified_at INTEGER, verification_note TEXT,"
                               " PRIMARY KEY (server, name))")))
        return Error(ErrorCode::Io, QStringLiteral("cannot write the snapshot catalog %1: %2").arg(databasePath(), q.lastError().text()));
    m_open = true;
    return {};
}

Result<QList<MatrixOneSnapshot>> MatrixOneSnapshotCatalog::entries(const QString &server)
{
    QList<MatrixOneSnapshot> out;
    if (auto st = open(false); !st)
        return st.error();
    if (!m_open)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT %1 FROM matrixone_snapshots WHERE server = ? ORDER BY created_at, name").arg(QLatin1String(Columns)));
    q.addBindValue(server);
    if (!q.exec())
        return Error(ErrorCode::Io, QStringLiteral("cannot read the snapshot catalog %1: %2").arg(databasePath(), q.lastError().text()));
    while (q.next()) {
        MatrixOneSnapshot s;
        int i = 0;
        s.server = q.value(i++).toString();
        s.name = q.value(i++).toString();
        s.account = q.value(i++).toString();
        s.level = parseMatrixOneLevel(q.value(i++).toString()).value_or(MatrixOneLevel::Account);
        s.database = q.value(i++).toString();
        s.table = q.value(i++).toString();
        s.createdAt = fromMs(q.value(i++));
        s.info.name = s.name;
        s.info.description = q.value(i++).toString();
        s.info.purpose = q.value(i++).toString();
        s.info.createdBy = q.value(i++).toString();
        s.info.versionBefore = q.value(i++).toString();
        s.info.versionTarget = q.value(i++).toString();
        for (const auto &t : QJsonDocument::fromJson(q.value(i++).toString().toUtf8()).array())
            s.info.tags << t.toString();
        s.info.deleteAfter = fromMs(q.value(i++));
        s.verification = parseSnapshotVerification(q.value(i++).toString()).value_or(SnapshotVerification::Never);
        s.verifiedAt = fromMs(q.value(i++));
        s.verificationNote = q.value(i++).toString();
        s.inCatalog = true;
        out << s;
    }
    return out;
}

Status MatrixOneSnapshotCatalog::put(const MatrixOneSnapshot &s)
{
    if (auto st = open(true); !st)
        return st;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO matrixone_snapshots (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)").arg(QLatin1String(Columns)));
    q.addBindValue(s.server);
    q.addBindValue(s.name);
    q.addBindValue(s.account);
    q.addBindValue(matrixOneLevelName(s.level));
    q.addBindValue(s.database);
    q.addBindValue(s.table);
    q.addBindValue(msOrNull(s.createdAt));
    q.addBindValue(s.info.description);
    q.addBindValue(s.info.purpose);
    q.addBindValue(s.info.createdBy);
    q.addBindValue(s.info.versionBefore);
    q.addBindValue(s.info.versionTarget);
    q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(s.info.tags)).toJson(QJsonDocument::Compact)));
    q.addBindValue(msOrNull(s.info.deleteAfter));
    q.addBindValue(snapshotVerificationName(s.verification));
    q.addBindValue(msOrNull(s.verifiedAt));
    q.addBindValue(s.verificationNote);
    if (!q.exec())
        return Error(ErrorCode::Io, QStringLiteral("cannot write the snapshot catalog %1: %2").arg(databasePath(), q.lastError().text()));
    return {};
}

Status MatrixOneSnapshotCatalog::recordVerification(const QString &server, const QString &name, SnapshotVerification state, const QString &note,
                                                    const QDateTime &when)
{
    if (auto st = open(true); !st)
        return st;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE matrixone_snapshots SET verification = ?, verified_at = ?, verification_note = ? WHERE server = ? AND name = ?"));
    q.addBindValue(snapshotVerificationName(state));
    q.addBindValue(msOrNull(when));
    q.addBindValue(note);
    q.addBindValue(server);
    q.addBindValue(name);
    if (!q.exec())
        return Error(ErrorCode::Io, QStringLiteral("cannot write the snapshot catalog %1: %2").arg(databasePath(), q.lastError().text()));
    return {};
}

Status MatrixOneSnapshotCatalog::forget(const QString &server, const QString &name)
{
    if (auto st = open(false); !st)
        return st;
    if (!m_open)
        return {};
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM matrixone_snapshots WHERE server = ? AND name = ?"));
    q.addBindValue(server);
    q.addBindValue(name);
    if (!q.exec())
        return Error(ErrorCode::Io, QStringLiteral("cannot write the snapshot catalog %1: %2").arg(databasePath(), q.lastError().text()));
    return {};
}

} // namespace lifeboat
