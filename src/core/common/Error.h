#pragma once

#include <QString>

namespace lifeboat {

// One catalogue of expected failures. The numeric values are the CLI's exit codes and are
// documented in docs/cli.md: never renumber an existing code.
enum class ErrorCode : int {
    Ok = 0,
    Internal = 1,          // a bug: something that should not happen did
    Usage = 2,             // bad command line or option value
    Config = 3,            // missing or invalid configuration (.env, URI)
    Connection = 4,        // server unreachable, authentication failed, TLS error
    Server = 5,            // the server answered with an error or went away mid-run
    ArchiveCorrupt = 6,    // an archive cannot be read or does not parse
    IntegrityMismatch = 7, // an archive reads, but does not match its manifest
    Io = 8,                // a local file could not be read or written (disk full, permissions)
    Cancelled = 9,         // the user cancelled
    NotFound = 10,         // a named database, collection, archive or snapshot does not exist
    Refused = 11,          // a safety check refused to go on (e.g. no confirmation)
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message; // what failed and on which object
    QString hint;    // optional: what the user can do about it

    Error() = default;
    Error(ErrorCode c, QString msg, QString h = {})
        : code(c), message(std::move(msg)), hint(std::move(h)) {}

    int exitCode() const { return static_cast<int>(code); }
    // "message (hint)" for logs and one-line reports.
    QString toString() const;
    // Prefixes context: Error{..., "bad line"}.wrapped("cannot read orders.jsonl") ->
    // "cannot read orders.jsonl: bad line".
    Error wrapped(const QString &context) const;
};

QString errorCodeName(ErrorCode code);

} // namespace lifeboat
