#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QStringList>

namespace lifeboat {

// Helpers over MongoDB connection strings. Nothing here ever returns a password.
class MongoUri final {
public:
    // Validates the connection string (mongodb:// or mongodb+srv://) with the driver.
    static Status validate(const QString &uri);
    // The URI with user name and password removed and the value of every secret option
    // (tlsCertificateKeyFilePassword, sslPEMKeyPassword, proxyPassword, the AWS_SESSION_TOKEN
    // of authMechanismProperties) replaced by "*****": what logs and manifests may show.
    static QString redacted(const QString &uri);
    // "host:port,host2:port" (or the SRV host name) for display and the manifest.
    static QString hosts(const QString &uri);
    // The default database named in the URI path, if any.
    static QString database(const QString &uri);
    // Replaces every occurrence of the URI's password and secret option values in `text` by "*****".
    static QString scrub(const QString &text, const QString &uri);
};

} // namespace lifeboat
