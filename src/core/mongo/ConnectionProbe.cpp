#include "core/mongo/ConnectionProbe.h"

#include "core/config/MongoUri.h"
#include "core/mongo/MongoClientPool.h"

#include <QFileInfo>

#include <memory>
#include <optional>

namespace lifeboat {

namespace {

struct UriDeleter {
    void operator()(mongoc_uri_t *uri) const { mongoc_uri_destroy(uri); }
};
using UriPtr = std::unique_ptr<mongoc_uri_t, UriDeleter>;

// A TLS file named in the URI that cannot be read, said as such.
std::optional<ConnectionDiagnosis> unreadableTlsFile(const mongoc_uri_t *uri)
{
    if (!mongoc_uri_get_tls(uri))
        return std::nullopt;
    const std::pair<const char *, QString> files[] = {{MONGOC_URI_TLSCAFILE, ConnectionProbe::tr("CA file")},
                                                      {MONGOC_URI_TLSCERTIFICATEKEYFILE, ConnectionProbe::tr("client certificate file")}};
    for (const auto &[option, what] : files) {
        const char *path = mongoc_uri_get_option_as_utf8(uri, option, nullptr);
        if (path && !QFileInfo(QString::fromUtf8(path)).isReadable()) {
            ConnectionDiagnosis unreadable;
            unreadable.problem = ConnectionProblem::Tls;
            unreadable.summary = ConnectionProbe::tr("The %1 \"%2\" cannot be read: check its path in the TLS settings.")
                                     .arg(what, QString::fromUtf8(path));
            return unreadable;
        }
    }
    return std::nullopt;
}

// One ping through a client of its own; false and `error` when it fails.
bool pingOnce(const mongoc_uri_t *uri, const QString &appName, bson_error_t &error)
{
    mongoc_client_t *client = mongoc_client_new_from_uri_with_error(uri, &error);
    if (!client)
        return false;
    mongoc_client_set_error_api(client, MONGOC_ERROR_API_VERSION_2);
    mongoc_client_set_appname(client, appName.toUtf8().constData());
    bson_t *cmd = BCON_NEW("ping", BCON_INT32(1));
    bson_t reply;
    const bool ok = mongoc_client_command_simple(client, "admin", cmd, nullptr, &reply, &error);
    bson_destroy(&reply);
    bson_destroy(cmd);
    mongoc_client_destroy(client);
    return ok;
}

} // namespace

ConnectionDiagnosis ConnectionProbe::ping(const QString &uri, const QString &appName)
{
    ensureMongoDriverInitialized();
    bson_error_t error;
    const UriPtr parsed(mongoc_uri_new_with_error(uri.toUtf8().constData(), &error));
    if (!parsed)
        return ConnectionDiagnosis::invalidUri(MongoUri::scrub(QString::fromUtf8(error.message), uri));
    if (auto unreadable = unreadableTlsFile(parsed.get()))
        return *unreadable;
    if (!pingOnce(parsed.get(), appName, error))
        return ConnectionDiagnosis::fromDriverError(error, uri);
    ConnectionDiagnosis connected;
    connected.summary = tr("Connected.");
    return connected;
}

} // namespace lifeboat
