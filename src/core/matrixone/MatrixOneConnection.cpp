#include "core/matrixone/MatrixOneConnection.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace lifeboat {

namespace {

// MySQL client errors that mean the server is not there (any more): can't connect, unknown
// host, gone away, lost connection, server lost.
bool isConnectionLoss(const QString &nativeCode)
{
    static const QStringList codes{QStringLiteral("2002"), QStringLiteral("2003"), QStringLiteral("2005"), QStringLiteral("2006"),
                                   QStringLiteral("2013"), QStringLiteral("2055")};
    return codes.contains(nativeCode);
}

// What MatrixOne answers when a running statement's session is killed (KILL CONNECTION, KILL
// QUERY) or the server stops under it.
bool isCancelled(const QSqlError &error)
{
    return error.databaseText().contains(QLatin1String("context canceled"), Qt::CaseInsensitive);
}

QString serverWords(const QSqlError &error)
{
    QString words = error.databaseText().trimmed();
    if (words.isEmpty())
        words = error.driverText().trimmed();
    return words;
}

} // namespace

QVariant MatrixOneConnection::Rows::value(int row, const QString &column) const
{
    const qsizetype i = columns.indexOf(column.toLower());
    if (i < 0 || row < 0 || row >= values.size())
        return {};
    return values.at(row).value(i);
}

MatrixOneConnection::MatrixOneConnection(const MatrixOneUri &uri)
    : m_uri(uri), m_connection(QStringLiteral("lifeboat-matrixone-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

MatrixOneConnection::~MatrixOneConnection()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<MatrixOneConnection>> MatrixOneConnection::open(const MatrixOneUri &uri, int connectTimeoutSeconds)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QMYSQL")))
        return Error(ErrorCode::Internal, QStringLiteral("the Qt MySQL driver (QMYSQL) is not installed"), QStringLiteral("install libqt6sql6-mysql"));
    std::unique_ptr<MatrixOneConnection> c(new MatrixOneConnection(uri));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), c->m_connection);
    db.setHostName(uri.host());
    db.setPort(uri.port());
    db.setUserName(uri.loginName());
    db.setPassword(uri.password());
    db.setDatabaseName(uri.database());
    db.setConnectOptions(QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=%1;MYSQL_OPT_READ_TIMEOUT=600;MYSQL_OPT_WRITE_TIMEOUT=600").arg(connectTimeoutSeconds));
    if (!db.open())
        return classify(db.lastError(), QStringLiteral("cannot connect to MatrixOne at %1 as %2").arg(uri.hostPort(), uri.loginName()), uri);
    return c;
}

Error MatrixOneConnection::classify(const QSqlError &error, const QString &context, const MatrixOneUri &uri)
{
    const QString words = uri.scrub(serverWords(error));
    const QString message = context + QStringLiteral(": ") + words;
    const QString lower = words.toLower();
    if (isConnectionLoss(error.nativeErrorCode()) || error.type() == QSqlError::ConnectionError) {
        if (lower.contains(QLatin1String("access denied")) || error.nativeErrorCode() == QLatin1String("1045"))
            return Error(ErrorCode::Connection, message, QStringLiteral("check the user, account and password of the URI"));
        return Error(ErrorCode::Connection, message, QStringLiteral("is the MatrixOne server at %1 running?").arg(uri.hostPort()));
    }
    if (lower.contains(QLatin1String("privilege")) || lower.contains(QLatin1String("access denied")) || lower.contains(QLatin1String("permission")))
        return Error(ErrorCode::Refused, message, QStringLiteral("connect as a user with the privilege (an account's admin, or root in the sys account)"));
    if (lower.contains(QLatin1String("not exist")) || lower.contains(QLatin1String("unknown database")) || lower.contains(QLatin1String("no such"))
        || lower.contains(QLatin1String("not found")) || lower.contains(QLatin1String("find 0 snapshot records")))
        return Error(ErrorCode::NotFound, message);
    return Error(ErrorCode::Server, message);
}

Error MatrixOneConnection::statementFailed(const QSqlError &error, const QString &sql)
{
    const QString statement = sql.left(200);
    if (isCancelled(error))
        return Error(ErrorCode::Server,
                     QStringLiteral("MatrixOne at %1 cancelled \"%2\" before it finished: its session was killed, or the server is stopping (%3)")
                         .arg(m_uri.hostPort(), statement, m_uri.scrub(serverWords(error))),
                     QStringLiteral("is the MatrixOne server at %1 still running?").arg(m_uri.hostPort()));
    if (isConnectionLoss(error.nativeErrorCode()))
        return Error(ErrorCode::Server,
                     QStringLiteral("lost the connection to MatrixOne at %1 during \"%2\" (%3)").arg(m_uri.hostPort(), statement, m_uri.scrub(serverWords(error))),
                     QStringLiteral("is the MatrixOne server at %1 still running?").arg(m_uri.hostPort()));
    // A statement whose session is killed under it can fail with the server's confused words
    // ("find 0 snapshot records by name(s)" for a snapshot that exists): when the session is
    // gone after the failure, that is what happened, whatever the words.
    if (!sessionAnswers())
        return Error(ErrorCode::Server,
                     QStringLiteral("lost the session with MatrixOne at %1 during \"%2\": its connection was killed or dropped (the server's last words: %3)")
                         .arg(m_uri.hostPort(), statement, m_uri.scrub(serverWords(error))),
                     QStringLiteral("the statement may not have finished; is the MatrixOne server at %1 still running?").arg(m_uri.hostPort()));
    return classify(error, QStringLiteral("MatrixOne refused \"%1\"").arg(statement), m_uri);
}

bool MatrixOneConnection::sessionAnswers()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(QStringLiteral("SELECT 1")) && q.next() && q.value(0).toInt() == 1;
}

Status MatrixOneConnection::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(sql))
        return statementFailed(q.lastError(), sql);
    return {};
}

Status MatrixOneConnection::ping()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT 1")))
        return statementFailed(q.lastError(), QStringLiteral("SELECT 1"));
    if (!q.next() || q.value(0).toInt() != 1)
        return Error(ErrorCode::Server, QStringLiteral("MatrixOne at %1 dropped this session (its connection was killed)").arg(m_uri.hostPort()),
                     QStringLiteral("is the MatrixOne server at %1 still running?").arg(m_uri.hostPort()));
    return {};
}

Result<MatrixOneConnection::Rows> MatrixOneConnection::query(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return statementFailed(q.lastError(), sql);
    Rows rows;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i)
        rows.columns << record.fieldName(i).toLower();
    while (q.next()) {
        QVariantList row;
        row.reserve(record.count());
        for (int i = 0; i < record.count(); ++i)
            row << q.value(i);
        rows.values << row;
    }
    if (q.lastError().isValid())
        return statementFailed(q.lastError(), sql);
    return rows;
}

Result<QVariant> MatrixOneConnection::scalar(const QString &sql)
{
    auto rows = query(sql);
    if (!rows)
        return rows.error();
    if (rows->values.isEmpty() || rows->values.constFirst().isEmpty())
        return Error(ErrorCode::NotFound, QStringLiteral("MatrixOne returned no row for \"%1\"").arg(sql.left(200)));
    return rows->values.constFirst().constFirst();
}

Result<QString> MatrixOneConnection::serverVersion()
{
    auto v = scalar(QStringLiteral("SELECT version()"));
    if (!v)
        return v.error();
    return v->toString();
}

QString MatrixOneConnection::ident(const QString &name)
{
    QString n = name;
    n.replace(QLatin1Char('`'), QStringLiteral("``"));
    return QLatin1Char('`') + n + QLatin1Char('`');
}

QString MatrixOneConnection::literal(const QString &text)
{
    QString t = text;
    t.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    t.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + t + QLatin1Char('\'');
}

} // namespace lifeboat
