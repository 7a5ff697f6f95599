#include "profiles/ConnectionProfile.h"

#include "core/config/MongoUri.h"
#include "core/matrixone/MatrixOneUri.h"

#include <QStringList>
#include <QUrl>
#include <QUuid>

namespace lifeboat::profiles {

namespace {

const QString kMongoScheme = QStringLiteral("mongodb://");
const QString kSrvScheme = QStringLiteral("mongodb+srv://");

// A connection string cut at the places uriWithPassword() and takeCredentials() work on:
// scheme://[userInfo@]hosts[/path][?query]. The authority ends at the first '/', as libmongoc
// reads it, so a '?' or '@' in an unescaped password still counts as user info.
struct UriParts {
    QString scheme = QStringLiteral("mongodb");
    qsizetype userInfoStart = -1; // index in the whole string; -1: no user info
    QString userInfo;
    QString hosts;
    bool hasSlash = false;
    QString path;
    QString query;
};

UriParts split(const QString &uri)
{
    UriParts parts;
    qsizetype start = 0;
    if (const qsizetype schemeEnd = uri.indexOf(QLatin1String("://")); schemeEnd >= 0) {
        parts.scheme = uri.left(schemeEnd);
        start = schemeEnd + 3;
    }
    qsizetype authorityEnd = uri.indexOf(QLatin1Char('/'), start);
    if (authorityEnd < 0)
        authorityEnd = uri.indexOf(QLatin1Char('?'), start);
    if (authorityEnd < 0)
        authorityEnd = uri.size();
    const QString authority = uri.mid(start, authorityEnd - start);
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        parts.userInfoStart = start;
        parts.userInfo = authority.left(at);
    }
    parts.hosts = authority.mid(at + 1);

    QString rest = uri.mid(authorityEnd);
    parts.hasSlash = rest.startsWith(QLatin1Char('/'));
    if (parts.hasSlash)
        rest.remove(0, 1);
    const qsizetype question = rest.indexOf(QLatin1Char('?'));
    parts.path = question < 0 ? rest : rest.left(question);
    parts.query = question < 0 ? QString() : rest.mid(question + 1);
    return parts;
}

// Everything but RFC 3986's unreserved characters, so ':', '@', '/', '%', '?', '#', '[', ']'
// and non-ASCII (as UTF-8) in user names and passwords cannot end the user info early.
QString encodeCredential(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// libmongoc percent-decodes option values; '/' stays readable in file paths.
QString encodeOptionValue(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, QByteArrayLiteral("/")));
}

QString decode(const QString &text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

QString optionKey(const QString &option)
{
    return option.section(QLatin1Char('='), 0, 0);
}

bool hasOption(const QStringList &options, const QString &key)
{
    for (const QString &option : options) {
        if (optionKey(option).compare(key, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// URI option names are case-insensitive: the profile's value replaces any spelling of it.
void setOption(QStringList &options, const QString &key, const QString &value)
{
    options.removeIf([&key](const QString &option) {
        return optionKey(option).compare(key, Qt::CaseInsensitive) == 0;
    });
    options << key + QLatin1Char('=') + encodeOptionValue(value);
}

} // namespace

ConnectionProfile ConnectionProfile::forMatrixOne(const QString &name, const MatrixOneUri &uri, const QString &database)
{
    ConnectionProfile profile;
    profile.name = name;
    profile.kind = Kind::MatrixOne;
    profile.host = uri.host();
    profile.port = uri.port();
    profile.account = uri.account() == QLatin1String("sys") ? QString() : uri.account();
    profile.user = uri.user();
    profile.defaultDatabase = database;
    return profile;
}

QString ConnectionProfile::matrixOneUri(const QString &password) const
{
    QString uri = QStringLiteral("matrixone://");
    if (!user.isEmpty()) {
        uri += encodeCredential(user);
        if (!password.isEmpty())
            uri += QLatin1Char(':') + encodeCredential(password);
        uri += QLatin1Char('@');
    }
    const QString h = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    uri += QStringLiteral("%1:%2/%3").arg(h).arg(port).arg(encodeCredential(defaultDatabase));
    if (!account.isEmpty())
        uri += QStringLiteral("?account=") + encodeCredential(account);
    return uri;
}

Status ConnectionProfile::validateMatrixOne() const
{
    const QString context = QStringLiteral("MatrixOne profile \"%1\"").arg(name);
    if (host.trimmed().isEmpty())
        return Error(ErrorCode::Config, context + QStringLiteral(" needs a host"));
    if (port < 1 || port > 65535)
        return Error(ErrorCode::Config, context + QStringLiteral(": port %1 is not 1 to 65535").arg(port));
    if (user.isEmpty())
        return Error(ErrorCode::Config, context + QStringLiteral(" needs a user"));
    if (!connectionString.isEmpty())
        return Error(ErrorCode::Config, context + QStringLiteral(" takes host, port and account, not a connection string"));
    if (auto parsed = MatrixOneUri::parse(matrixOneUri(QString())); !parsed)
        return parsed.error().wrapped(context);
    return {};
}

QString ConnectionProfile::uriWithPassword(const QString &password) const
{
    if (isMatrixOne())
        return matrixOneUri(password);
    const UriParts parts = split(connectionString);
    QString uri = parts.scheme + QLatin1String("://");
    if (!user.isEmpty()) {
        uri += encodeCredential(user);
        if (!password.isEmpty())
            uri += QLatin1Char(':') + encodeCredential(password);
        uri += QLatin1Char('@');
    }
    uri += parts.hosts;

    QStringList options = parts.query.split(QLatin1Char('&'), Qt::SkipEmptyParts);
    if (!authDatabase.isEmpty())
        setOption(options, QStringLiteral("authSource"), authDatabase);
    const bool anyTlsOption = !tlsCaFile.isEmpty() || !tlsCertificateKeyFile.isEmpty() || tlsAllowInvalidHostnames;
    if (anyTlsOption && !hasOption(options, QStringLiteral("tls")) && !hasOption(options, QStringLiteral("ssl")))
        options << QStringLiteral("tls=true");
    if (!tlsCaFile.isEmpty())
        setOption(options, QStringLiteral("tlsCAFile"), tlsCaFile);
    if (!tlsCertificateKeyFile.isEmpty())
        setOption(options, QStringLiteral("tlsCertificateKeyFile"), tlsCertificateKeyFile);
    if (tlsAllowInvalidHostnames)
        setOption(options, QStringLiteral("tlsAllowInvalidHostnames"), QStringLiteral("true"));

    // libmongoc requires the '/' between the hosts and any options.
    if (parts.hasSlash || !options.isEmpty())
        uri += QLatin1Char('/') + parts.path;
    if (!options.isEmpty())
        uri += QLatin1Char('?') + options.join(QLatin1Char('&'));
    return uri;
}

Status ConnectionProfile::validate() const
{
    if (name.trimmed().isEmpty())
        return Error(ErrorCode::Config, QStringLiteral("a connection profile needs a name"));
    if (isMatrixOne())
        return validateMatrixOne();
    const QString context = QStringLiteral("the connection string of profile \"%1\"").arg(name);
    if (connectionString.isEmpty())
        return Error(ErrorCode::Config, context + QStringLiteral(" is empty"));
    if (!connectionString.startsWith(kMongoScheme) && !connectionString.startsWith(kSrvScheme))
        return Error(ErrorCode::Config, context + QStringLiteral(" must start with mongodb:// or mongodb+srv://"));
    // Checked before the driver sees it, so that no message can quote a password.
    if (split(connectionString).userInfoStart >= 0)
        return Error(ErrorCode::Config, context + QStringLiteral(" contains a user name or password"),
                     QStringLiteral("enter the user name and password in their own fields; "
                                    "the password is kept in the system keychain"));
    if (const Status valid = MongoUri::validate(connectionString); !valid)
        return valid.error().wrapped(QStringLiteral("profile \"%1\"").arg(name));
    return {};
}

QString ConnectionProfile::takeCredentials()
{
    const UriParts parts = split(connectionString);
    if (parts.userInfoStart < 0)
        return {};
    const qsizetype colon = parts.userInfo.indexOf(QLatin1Char(':'));
    const QString uriUser = decode(colon < 0 ? parts.userInfo : parts.userInfo.left(colon));
    const QString password = colon < 0 ? QString() : decode(parts.userInfo.mid(colon + 1));
    if (!uriUser.isEmpty())
        user = uriUser;
    connectionString.remove(parts.userInfoStart, parts.userInfo.size() + 1); // and the '@'
    return password;
}

QString ConnectionProfile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString ConnectionProfile::environmentName(Environment environment)
{
    switch (environment) {
    case Environment::Production: return QStringLiteral("Production");
    case Environment::Staging: return QStringLiteral("Staging");
    case Environment::Development: return QStringLiteral("Development");
    }
    return QStringLiteral("Development");
}

std::optional<ConnectionProfile::Environment> ConnectionProfile::environmentFromName(const QString &name)
{
    for (const Environment environment : {Environment::Production, Environment::Staging, Environment::Development}) {
        if (name.compare(environmentName(environment), Qt::CaseInsensitive) == 0)
            return environment;
    }
    return std::nullopt;
}

QString ConnectionProfile::kindName(Kind kind)
{
    return kind == Kind::MatrixOne ? QStringLiteral("matrixone") : QStringLiteral("mongodb");
}

std::optional<ConnectionProfile::Kind> ConnectionProfile::kindFromName(const QString &name)
{
    if (name.isEmpty() || name.compare(QLatin1String("mongodb"), Qt::CaseInsensitive) == 0)
        return Kind::MongoDb; // profiles saved before MatrixOne have no kind
    if (name.compare(QLatin1String("matrixone"), Qt::CaseInsensitive) == 0)
        return Kind::MatrixOne;
    return std::nullopt;
}

} // namespace lifeboat::profiles
