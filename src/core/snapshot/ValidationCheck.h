#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace lifeboat {

// The user's own check of a database after a change: a command given as Extended JSON, run on
// the database (SnapshotDrift::runValidationCommand), its reply compared with the expected
// result: every field of the expected document must be in the reply with the same value
// (numbers compared by value, so {"n": 5} matches an int32, int64 or double 5). Without an
// expected result the reply only has to be ok.
class ValidationCheck final {
    Q_DECLARE_TR_FUNCTIONS(lifeboat::ValidationCheck)

public:
    QString command;         // as given
    QJsonObject reply;       // relaxed Extended JSON
    QString error;           // the command could not run (or the server said no)
    QStringList differences; // "n is 7, expected 5"
    bool passed() const { return error.isEmpty() && differences.isEmpty(); }

    // Runs `command` on `database` and compares its reply with `expected` (may be empty).
    // Blocking. Errors are kept in `error`, scrubbed of the URI's password.
    static ValidationCheck run(const QString &mongoUri, const QString &database, const QByteArray &command,
                               const QByteArray &expected);

    // Empty when `json` is an Extended JSON document, else why not.
    static QString jsonProblem(const QByteArray &json);
    // The fields of `expected` whose value in `reply` differs ("n is 7, expected 5").
    static QStringList compare(const QJsonObject &reply, const QJsonObject &expected);
    // Extended JSON (canonical or relaxed) as relaxed Qt JSON, e.g. {"n": 7, "ok": 1}.
    static Result<QJsonObject> relaxed(const QByteArray &json);
};

} // namespace lifeboat
