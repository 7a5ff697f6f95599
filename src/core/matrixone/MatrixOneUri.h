#pragma once

#include "core/common/Result.h"

#include <QString>

namespace lifeboat {

// A MatrixOne connection string: matrixone://user:password@host:port/database?account=name.
// The port defaults to 6001 (MatrixOne's MySQL-protocol port), the account to "sys" (the
// user may also be written "account#user", '#' percent-encoded as %23, as MatrixOne's own
// login names are), the database may be empty. Nothing here ever returns a password but
// password() itself.
class MatrixOneUri final {
public:
    static constexpr int DefaultPort = 6001;

    // Whether `uri` is meant for MatrixOne (its scheme is matrixone://), valid or not.
    static bool isMatrixOne(const QString &uri);
    // Config "not a MatrixOne URI ..." with what is wrong and the expected form.
    static Result<MatrixOneUri> parse(const QString &uri);

    const QString &user() const { return m_user; }
    const QString &password() const { return m_password; }
    const QString &host() const { return m_host; }
    int port() const { return m_port; }
    const QString &database() const { return m_database; }
    const QString &account() const { return m_account; }
    // The login name MatrixOne expects: "user" in the sys account, "account#user" elsewhere.
    QString loginName() const;
    // "host:port" for display, the catalog and messages.
    QString hostPort() const;
    // The URI without its password ("matrixone://root@127.0.0.1:6001/shop"): what logs and
    // the catalog may show.
    QString redacted() const;
    // `text` with every occurrence of the password replaced by "*****".
    QString scrub(const QString &text) const;

    // The same server and credentials, another database.
    MatrixOneUri withDatabase(const QString &database) const;

private:
    QString m_user;
    QString m_password;
    QString m_host;
    int m_port = DefaultPort;
    QString m_database;
    QString m_account = QStringLiteral("sys");
};

} // namespace lifeboat
