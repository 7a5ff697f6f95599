#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QString>

#include <mongoc/mongoc.h>

namespace lifeboat {

// What kept a connection from working, as a kind the user can act on.
enum class ConnectionProblem {
    None,           // connected
    InvalidUri,     // the connection string does not parse
    Unreachable,    // host not found, connection refused, timed out
    Authentication, // wrong user name or password, or wrong authentication database
    Tls,            // certificate not trusted, handshake failed, unreadable CA or key file
    Server,         // the server answered with an error
};

// Why a deployment could not be reached or logged into, in plain words: a wrong password, a
// host that cannot be reached, a TLS problem. Told from the driver's error (its domain and
// code, and its text where the code says too little); the summary says what went wrong and
// what to check, and never holds a password. The app shows it when a test of a connection
// fails; the engine's errors carry it as their hint, so the CLI prints it too.
class ConnectionDiagnosis final {
    Q_DECLARE_TR_FUNCTIONS(lifeboat::ConnectionDiagnosis)

public:
    ConnectionProblem problem = ConnectionProblem::None;
    QString summary; // one or two sentences for the user
    QString details; // the driver's message, scrubbed of any password

    bool ok() const { return problem == ConnectionProblem::None; }
    // Unreachable, Authentication or Tls: the connection itself failed.
    bool isConnectionFailure() const;

    // The classification of a driver error; `uri` (which may hold a password) names the hosts
    // and says whether TLS is on.
    static ConnectionDiagnosis fromDriverError(const bson_error_t &error, const QString &uri);
    // The same for an Error the engine already converted (the driver error is gone by then, so
    // this goes by the code and the text).
    static ConnectionDiagnosis fromError(const Error &error, const QString &uri);
    // A connection string that does not parse (`details`: the driver's words, scrubbed).
    static ConnectionDiagnosis invalidUri(const QString &details = {});
};

} // namespace lifeboat
