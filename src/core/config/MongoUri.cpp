#include "core/config/MongoUri.h"

#include "core/mongo/MongoClientPool.h"

#include <QRegularExpression>
#include <QUrl>

#include <mongoc/mongoc.h>

#include <memory>

namespace lifeboat {

namespace {

struct UriDeleter {
    void operator()(mongoc_uri_t *u) const { mongoc_uri_destroy(u); }
};
using UriPtr = std::unique_ptr<mongoc_uri_t, UriDeleter>;

UriPtr parse(const QString &uri, bson_error_t *error = nullptr)
{
    ensureMongoDriverInitialized(); // its log handler keeps the driver's own messages quiet
    bson_error_t local;
    return UriPtr(mongoc_uri_new_with_error(uri.toUtf8().constData(), error ? error : &local));
}

constexpr QLatin1StringView Hidden("*****");

// Connection-string options whose value is a secret (MongoDB's connection string options and
// libmongoc's spellings of them), lower case: options are case-insensitive.
bool isSecretOption(const QString &name)
{
    static const QStringList secret{QStringLiteral("tlscertificatekeyfilepassword"), QStringLiteral("sslpemkeypassword"),
                                    QStringLiteral("sslclientcertificatekeypassword"), QStringLiteral("proxypassword")};
    return secret.contains(name.toLower());
}

// authMechanismProperties entries whose value is a secret (MONGODB-AWS's session token).
bool isSecretProperty(const QString &name)
{
    return name.trimmed().compare(QLatin1String("AWS_SESSION_TOKEN"), Qt::CaseInsensitive) == 0;
}

// "NAME:value,NAME2:value2" with the secret values hidden; `secrets` collects them.
QString redactProperties(const QString &written, QStringList *secrets)
{
    const QString decoded = QUrl::fromPercentEncoding(written.toUtf8());
    QStringList pairs = decoded.split(QLatin1Char(','));
    bool changed = false;
    for (QString &pair : pairs) {
        const qsizetype colon = pair.indexOf(QLatin1Char(':'));
        if (colon < 0 || !isSecretProperty(pair.left(colon)) || pair.mid(colon + 1) == Hidden)
            continue;
        if (secrets)
            *secrets << pair.mid(colon + 1);
        pair = pair.left(colon + 1) + Hidden;
        changed = true;
    }
    return changed ? pairs.join(QLatin1Char(',')) : written;
}

// One "name=value" option of the query with its secret hidden.
QString redactOption(const QString &option, QStringList *secrets)
{
    const qsizetype eq = option.indexOf(QLatin1Char('='));
    if (eq < 0)
        return option;
    const QString name = QUrl::fromPercentEncoding(option.left(eq).toUtf8());
    const QString value = option.mid(eq + 1);
    if (name.compare(QLatin1String("authMechanismProperties"), Qt::CaseInsensitive) == 0)
        return option.left(eq + 1) + redactProperties(value, secrets);
    if (!isSecretOption(name) || value.isEmpty() || value == Hidden)
        return option;
    if (secrets)
        *secrets << value << QUrl::fromPercentEncoding(value.toUtf8());
    return option.left(eq + 1) + Hidden;
}

// The URI with every secret option's value hidden; `secrets` collects the values as written
// and decoded.
QString redactOptions(const QString &uri, QStringList *secrets = nullptr)
{
    const qsizetype query = uri.indexOf(QLatin1Char('?'));
    if (query < 0)
        return uri;
    static const QRegularExpression separator(QStringLiteral("([&;])"));
    QString out = uri.left(query + 1);
    qsizetype start = query + 1;
    for (;;) {
        const qsizetype end = uri.indexOf(separator, start);
        out += redactOption(uri.mid(start, end < 0 ? -1 : end - start), secrets);
        if (end < 0)
            return out;
        out += uri.at(end);
        start = end + 1;
    }
}

} // namespace

Status MongoUri::validate(const QString &uri)
{
    if (uri.isEmpty())
        return Error(ErrorCode::Config, QStringLiteral("no MongoDB connection string given"),
                     QStringLiteral("pass --mongo-uri or set MONGO_URI"));
    bson_error_t error;
    if (!parse(uri, &error))
        return Error(ErrorCode::Config, QStringLiteral("invalid connection string: %1")
                                            .arg(scrub(QString::fromUtf8(error.message), uri)));
    return {};
}

QString MongoUri::redacted(const QString &uri)
{
    // scheme://[user[:password]@]rest -> scheme://rest
    static const QRegularExpression creds(QStringLiteral("^([A-Za-z0-9+.-]+://)[^@/]*@"));
    QString out = redactOptions(uri);
    out.replace(creds, QStringLiteral("\\1"));
    return out;
}

QString MongoUri::hosts(const QString &uri)
{
    auto parsed = parse(uri);
    if (!parsed)
        return {};
    if (const char *srv = mongoc_uri_get_srv_hostname(parsed.get()))
        return QString::fromUtf8(srv);
    QStringList list;
    for (const mongoc_host_list_t *h = mongoc_uri_get_hosts(parsed.get()); h; h = h->next)
        list << QString::fromUtf8(h->host_and_port);
    return list.join(QLatin1Char(','));
}

QString MongoUri::database(const QString &uri)
{
    auto parsed = parse(uri);
    if (!parsed)
        return {};
    const char *db = mongoc_uri_get_database(parsed.get());
    return db ? QString::fromUtf8(db) : QString();
}

QString MongoUri::scrub(const QString &text, const QString &uri)
{
    auto parsed = parse(uri);
    QString out = text;
    if (!uri.isEmpty())
        out.replace(uri, redacted(uri));
    // The password exactly as written in the URI (its escapes may differ from ours, e.g. %2f).
    static const QRegularExpression written(QStringLiteral("^[A-Za-z0-9+.-]+://[^:@/]*:([^@/]+)@"));
    if (const auto m = written.match(uri); m.hasMatch())
        out.replace(m.captured(1), QStringLiteral("*****"));
    QStringList secrets;
    redactOptions(uri, &secrets);
    for (const QString &secret : std::as_const(secrets)) {
        if (!secret.isEmpty())
            out.replace(secret, Hidden);
    }
    if (parsed) {
        if (const char *pw = mongoc_uri_get_password(parsed.get()); pw && *pw) {
            out.replace(QString::fromUtf8(pw), QStringLiteral("*****"));
            // Also its percent-encoded form, as written in the URI.
            out.replace(QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(pw))), QStringLiteral("*****"));
        }
    }
    return out;
}

} // namespace lifeboat
