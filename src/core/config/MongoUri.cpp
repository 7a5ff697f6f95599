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
    QString out = uri;
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
