#include "core/matrixone/MatrixOneSnapshots.h"

#include "core/snapshot/SnapshotNames.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace lifeboat {

namespace {

using C = MatrixOneConnection;

// SHOW SNAPSHOTS' TIMESTAMP: the server's wall clock in UTC, as a DATETIME.
QDateTime utcFrom(const QVariant &v)
{
    QDateTime t = v.toDateTime();
    if (!t.isValid())
        t = QDateTime::fromString(v.toString().left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!t.isValid())
        return {};
    return QDateTime(t.date(), t.time(), Qt::UTC);
}

QString upperOrLower(const MatrixOneConnection::Rows &rows, int row, const QString &column)
{
    return rows.value(row, column).toString();
}

} // namespace

MatrixOneSnapshots::MatrixOneSnapshots(MatrixOneConnection &connection, const QString &folder) : m_connection(connection), m_catalog(folder)
{
}

Status MatrixOneSnapshots::validateName(const QString &name)
{
    static const QRegularExpression ok(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,63}$"));
    if (!ok.match(name).hasMatch())
        return Error(ErrorCode::Usage, QStringLiteral("'%1' cannot name a MatrixOne snapshot: use 1 to 64 letters, digits and _, not starting with a digit").arg(name));
    return {};
}

QString MatrixOneSnapshots::proposeName(const QString &purpose, const QString &version, const QDateTime &when)
{
    QString name = SnapshotNames::propose(purpose, version, when);
    name.replace(QLatin1Char('.'), QLatin1Char('_'));
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (name.isEmpty() || name.at(0).isDigit())
        name.prepend(QStringLiteral("s_"));
    return name.left(64);
}

Result<QStringList> MatrixOneSnapshots::tablesNow(const QString &database)
{
    auto rows = m_connection.query(QStringLiteral("SHOW TABLES FROM %1").arg(C::ident(database)));
    if (!rows)
        return rows.error();
    QStringList out;
    for (const auto &r : std::as_const(rows->values))
        out << r.value(0).toString();
    out.sort();
    return out;
}

Result<QStringList> MatrixOneSnapshots::tablesAt(const QString &snapshot, const QString &database)
{
    auto rows = m_connection.query(QStringLiteral("SHOW FULL TABLES FROM %1 {snapshot = %2}").arg(C::ident(database), C::literal(snapshot)));
    if (!rows)
        return rows.error();
    QStringList out;
    for (const auto &r : std::as_const(rows->values)) {
        if (r.value(1).toString().compare(QLatin1String("VIEW"), Qt::CaseInsensitive) != 0)
            out << r.value(0).toString();
    }
    out.sort();
    return out;
}

Result<MatrixOneCreateResult> MatrixOneSnapshots::create(const MatrixOneCreateRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    MatrixOneCreateResult result;
    MatrixOneSnapshot &s = result.snapshot;
    s.info = request.info;
    s.name = request.info.name.isEmpty() ? proposeName(request.info.purpose,
                                                       request.info.versionBefore.isEmpty() ? request.info.versionTarget : request.info.versionBefore)
                                         : request.info.name;
    s.info.name = s.name;
    if (s.info.createdBy.isEmpty())
        s.info.createdBy = SnapshotInfo::defaultCreatedBy();
    if (auto st = validateName(s.name); !st)
        return st.error();
    s.server = server();
    s.account = m_connection.uri().account();
    s.level = request.level;
    s.database = request.level == MatrixOneLevel::Account ? QString() : request.database;
    s.table = request.level == MatrixOneLevel::Table ? request.table : QString();
    s.serverLevel = QStringLiteral("account");
    if (request.level != MatrixOneLevel::Account) {
        if (s.database.isEmpty())
            return Error(ErrorCode::Usage, QStringLiteral("a %1 snapshot needs a database (the URI's path)").arg(matrixOneLevelName(request.level)));
        auto tables = tablesNow(s.database);
        if (!tables)
            return tables.error().code == ErrorCode::NotFound
                       ? Error(ErrorCode::NotFound, QStringLiteral("database %1 does not exist on MatrixOne at %2").arg(s.database, s.server))
                       : tables.error();
        if (request.level == MatrixOneLevel::Table && !tables->contains(s.table))
            return Error(ErrorCode::NotFound, QStringLiteral("table %1.%2 does not exist on MatrixOne at %3").arg(s.database, s.table, s.server));
        result.tables = request.level == MatrixOneLevel::Table ? QStringList{s.table} : *tables;
        for (const QString &t : std::as_const(result.tables)) {
            auto n = m_connection.scalar(QStringLiteral("SELECT COUNT(*) FROM %1.%2").arg(C::ident(s.database), C::ident(t)));
            if (!n)
                return n.error();
            result.rows += n->toLongLong();
        }
        result.scopeNote = QStringLiteral("MatrixOne 1.2 takes account snapshots only (no CREATE SNAPSHOT ... FOR DATABASE/TABLE): "
                                          "Lifeboat took an account snapshot of %1 and recorded the %2, so restore touches only that %3")
                               .arg(s.account, s.scopeText(), matrixOneLevelName(request.level));
    }
    auto existing = serverSnapshots();
    if (!existing)
        return existing.error();
    for (const auto &e : std::as_const(*existing)) {
        if (e.name == s.name)
            return Error(ErrorCode::Refused, QStringLiteral("a snapshot named %1 already exists on MatrixOne at %2").arg(s.name, s.server),
                         QStringLiteral("choose another --name"));
    }
    if (auto st = m_connection.exec(QStringLiteral("CREATE SNAPSHOT %1 FOR ACCOUNT %2").arg(C::ident(s.name), C::ident(s.account))); !st)
        return st.error();
    // Read back: a CREATE SNAPSHOT whose session was killed under it can come back "OK" with no
    // snapshot taken (and the session gone); only a snapshot the server lists is recorded.
    auto taken = find(s.name);
    if (!taken)
        return taken.error().wrapped(QStringLiteral("snapshot %1 could not be confirmed on MatrixOne at %2").arg(s.name, s.server));
    s.onServer = true;
    s.inCatalog = true;
    s.createdAt = taken->createdAt;
    if (auto st = m_catalog.put(s); !st)
        return Error(st.error().code, st.error().message + QStringLiteral(" (the snapshot %1 was taken on the server; its description is not recorded)").arg(s.name));
    result.elapsedMs = timer.elapsed();
    return result;
}

Result<QList<MatrixOneSnapshot>> MatrixOneSnapshots::serverSnapshots()
{
    auto rows = m_connection.query(QStringLiteral("SHOW SNAPSHOTS"));
    if (!rows)
        return rows.error();
    QList<MatrixOneSnapshot> out;
    for (int i = 0; i < rows->values.size(); ++i) {
        MatrixOneSnapshot s;
        s.name = upperOrLower(*rows, i, QStringLiteral("snapshot_name"));
        s.createdAt = utcFrom(rows->value(i, QStringLiteral("timestamp")));
        s.serverLevel = upperOrLower(*rows, i, QStringLiteral("snapshot_level")).toLower();
        s.account = upperOrLower(*rows, i, QStringLiteral("account_name"));
        s.database = upperOrLower(*rows, i, QStringLiteral("database_name"));
        s.table = upperOrLower(*rows, i, QStringLiteral("table_name"));
        s.level = parseMatrixOneLevel(s.serverLevel).value_or(MatrixOneLevel::Account);
        s.server = server();
        s.onServer = true;
        out << s;
    }
    return out;
}

Result<QList<MatrixOneSnapshot>> MatrixOneSnapshots::list()
{
    auto onServer = serverSnapshots();
    if (!onServer)
        return onServer.error();
    auto recorded = m_catalog.entries(server());
    if (!recorded)
        return recorded.error();
    QHash<QString, MatrixOneSnapshot> byName;
    for (const auto &r : std::as_const(*recorded))
        byName.insert(r.name, r);
    QList<MatrixOneSnapshot> out;
    for (auto s : std::as_const(*onServer)) {
        if (auto it = byName.find(s.name); it != byName.end()) {
            MatrixOneSnapshot joined = *it;
            joined.onServer = true;
            joined.serverLevel = s.serverLevel;
            joined.createdAt = s.createdAt.isValid() ? s.createdAt : joined.createdAt;
            joined.account = s.account.isEmpty() ? joined.account : s.account;
            out << joined;
            byName.erase(it);
        } else {
            out << s;
        }
    }
    for (const auto &gone : std::as_const(byName))
        out << gone;
    std::sort(out.begin(), out.end(), [](const MatrixOneSnapshot &a, const MatrixOneSnapshot &b) {
        if (a.createdAt != b.createdAt)
            return a.createdAt > b.createdAt;
        return a.name < b.name;
    });
    return out;
}

Result<MatrixOneSnapshot> MatrixOneSnapshots::find(const QString &name)
{
    auto all = list();
    if (!all)
        return all.error();
    for (const auto &s : std::as_const(*all)) {
        if (s.name == name)
            return s;
    }
    return Error(ErrorCode::NotFound, QStringLiteral("no snapshot named %1 on MatrixOne at %2").arg(name, server()),
                 QStringLiteral("list them with: lifeboat-cli snapshot list --uri matrixone://..."));
}

Status MatrixOneSnapshots::remove(const QString &name)
{
    auto s = find(name);
    if (!s)
        return s.error();
    if (s->onServer) {
        if (auto st = m_connection.exec(QStringLiteral("DROP SNAPSHOT %1").arg(C::ident(name))); !st)
            return st;
    }
    return m_catalog.forget(server(), name);
}

} // namespace lifeboat
