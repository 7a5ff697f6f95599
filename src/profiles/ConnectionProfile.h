#pragma once

#include "core/common/Result.h"

#include <QString>

#include <optional>

namespace lifeboat {
class MatrixOneUri;
}

namespace lifeboat::profiles {

// One saved connection, as plain data. It never holds a password: the password lives in the
// OS keychain under the profile's id (see ProfileStore) and only meets the connection string
// in uriWithPassword(), right before connecting.
struct ConnectionProfile {
    enum class Environment { Production, Staging, Development };
    // What the profile connects to. A MatrixOne profile has no connection string: host, port
    // and account say where, `user` who, `defaultDatabase` the database its snapshots are of.
    enum class Kind { MongoDb, MatrixOne };

    QString id;               // QUuid without braces; ProfileStore::add() assigns one if empty
    QString name;             // shown in the app
    QString connectionString; // mongodb:// or mongodb+srv://, without user name or password
    QString user;
    QString authDatabase;     // authSource; empty keeps the connection string's (or the driver's) default
    QString tlsCaFile;
    QString tlsCertificateKeyFile;
    bool tlsAllowInvalidHostnames = false;
    QString defaultDatabase;  // the database the app preselects; not put into the URI (see below)
    Environment environment = Environment::Development;
    Kind kind = Kind::MongoDb;
    QString host;             // MatrixOne: the server
    int port = 6001;          // MatrixOne: its MySQL-protocol port
    QString account;          // MatrixOne: empty for the sys account

    bool isMatrixOne() const { return kind == Kind::MatrixOne; }

    bool operator==(const ConnectionProfile &) const = default;

    // The URI to connect with: the connection string with the user and password
    // percent-encoded into it, and authSource, tlsCAFile, tlsCertificateKeyFile and
    // tlsAllowInvalidHostnames set as URI options (they replace the same options in the
    // connection string; any TLS option also sets tls=true unless tls/ssl is given). Without a
    // user no credentials are added (the password is ignored); an empty password adds the user
    // alone (e.g. for MONGODB-X509). defaultDatabase is left out of the URI path on purpose: a
    // path database also becomes the authentication database when authSource is not set.
    // The result holds a password: never log it (MongoUri::redacted() exists for that).
    // A MatrixOne profile: matrixone://user:password@host:port/defaultDatabase[?account=…]
    // (MatrixOneUri), the database in the path on purpose (it is what snapshots are of).
    QString uriWithPassword(const QString &password) const;

    // Why this profile cannot be saved: no name, no or an invalid connection string, or a
    // connection string that carries a user name or password (they belong in `user` and the
    // keychain; takeCredentials() moves them out of a pasted URI).
    Status validate() const;

    // Removes "user[:password]@" from connectionString, puts the user name into `user` and
    // returns the password (empty if there is none), both percent-decoded. For a GUI that
    // accepts a pasted URI: it then saves the returned password with ProfileStore::savePassword.
    QString takeCredentials();

    // A MatrixOne profile named `name` for the host, port, account and user of `uri`, its
    // default database `database` (the password stays out: it goes to the keychain).
    static ConnectionProfile forMatrixOne(const QString &name, const MatrixOneUri &uri, const QString &database);

    static QString newId();
    // "Production", "Staging", "Development": shown in the app and stored in the settings.
    static QString environmentName(Environment environment);
    static std::optional<Environment> environmentFromName(const QString &name);
    // "mongodb", "matrixone": stored in the settings.
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);

private:
    QString matrixOneUri(const QString &password) const;
    Status validateMatrixOne() const;
};

} // namespace lifeboat::profiles
