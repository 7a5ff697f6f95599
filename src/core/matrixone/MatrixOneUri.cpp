#include "core/matrixone/MatrixOneUri.h"

#include <QUrl>
#include <QUrlQuery>

namespace lifeboat {

namespace {

Error badUri(const QString &why)
{
    return Error(ErrorCode::Config, QStringLiteral("not a usable MatrixOne URI: %1").arg(why),
                 QStringLiteral("write it as matrixone://user:password@host:port/database (port 6001 by default)"));
}

} // namespace

bool MatrixOneUri::isMatrixOne(const QString &uri)
{
    return uri.trimmed().startsWith(QLatin1String("matrixone://"), Qt::CaseInsensitive);
}

Result<MatrixOneUri> MatrixOneUri::parse(const QString &uri)
{
    if (!isMatrixOne(uri))
        return badUri(QStringLiteral("it does not start with matrixone://"));
    const QUrl url(uri.trimmed(), QUrl::StrictMode);
    if (!url.isValid())
        return badUri(url.errorString());
    MatrixOneUri out;
    out.m_host = url.host();
    if (out.m_host.isEmpty())
        return badUri(QStringLiteral("it names no host"));
    out.m_port = url.port(DefaultPort);
    out.m_user = url.userName(QUrl::FullyDecoded);
    out.m_password = url.password(QUrl::FullyDecoded);
    if (out.m_user.isEmpty())
        return badUri(QStringLiteral("it names no user"));
    const qsizetype hash = out.m_user.indexOf(QLatin1Char('#'));
    if (hash > 0) {
        out.m_account = out.m_user.left(hash);
        out.m_user = out.m_user.mid(hash + 1);
    }
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("account")))
        out.m_account = query.queryItemValue(QStringLiteral("account"), QUrl::FullyDecoded);
    if (out.m_account.isEmpty())
        return badUri(QStringLiteral("its account is empty"));
    QString path = url.path(QUrl::FullyDecoded);
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (path.contains(QLatin1Char('/')))
        return badUri(QStringLiteral("its path '%1' is more than a database name").arg(path));
    out.m_database = path;
    return out;
}

QString MatrixOneUri::loginName() const
{
    return m_account == QLatin1String("sys") ? m_user : m_account + QLatin1Char('#') + m_user;
}

QString MatrixOneUri::hostPort() const
{
    return QStringLiteral("%1:%2").arg(m_host).arg(m_port);
}

QString MatrixOneUri::redacted() const
{
    QUrl url;
    url.setScheme(QStringLiteral("matrixone"));
    url.setUserName(m_account == QLatin1String("sys") ? m_user : m_account + QLatin1Char('#') + m_user);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_database);
    return url.toString();
}

QString MatrixOneUri::scrub(const QString &text) const
{
    if (m_password.isEmpty())
        return text;
    QString out = text;
    out.replace(m_password, QStringLiteral("*****"));
    return out;
}

MatrixOneUri MatrixOneUri::withDatabase(const QString &database) const
{
    MatrixOneUri copy = *this;
    copy.m_database = database;
    return copy;
}

} // namespace lifeboat
