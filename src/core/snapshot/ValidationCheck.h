#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace lifeboat {

// The user's own check of a database after a change: a read command given as Extended JSON
// (ReadOnlyCommand refuses every write before anything is sent), run on the database
// (SnapshotDrift::runValidationCommand), its reply judged (judge()): the server's answer must be
// ok, hold no writeErrors and no writeConcernError, and a command that answers documents (find,
// aggregate, distinct...) must answer at least one. Then it is compared with the expected
// result: every field of the expected document must be in the reply, or else in the first
// document answered, with the same value (numbers compared by value, so {"n": 5} matches an
// int32, int64 or double 5). Without an expected result the reply only has to pass the judgement.
class ValidationCheck final {
    Q_DECLARE_TR_FUNCTIONS(lifeboat::ValidationCheck)

public:
    QString command;         // as given
    QJsonObject reply;       // relaxed Extended JSON
    QString error;           // the command could not run (or the server said no)
    bool refused = false;    // the command was not sent: it is not a read (error says why)
    QStringList differences; // "n is 7, expected 5", "the server answered ok: 0"
    bool passed() const { return error.isEmpty() && differences.isEmpty(); }

    // Runs `command` on `database` and compares its reply with `expected` (may be empty).
    // Blocking. Errors are kept in `error`, scrubbed of the URI's password.
    static ValidationCheck run(const QString &mongoUri, const QString &database, const QByteArray &command,
                               const QByteArray &expected);

    // Empty when `json` is an Extended JSON document, else why not.
    static QString jsonProblem(const QByteArray &json);
    // The fields of `expected` whose value in `reply` differs ("n is 7, expected 5").
    static QStringList compare(const QJsonObject &reply, const QJsonObject &expected);
    // The same, a field missing from the reply looked for in `firstRow` (the first document a
    // find or aggregate answered).
    static QStringList compare(const QJsonObject &reply, const QJsonObject &expected, const QJsonObject &firstRow);
    // What in the reply of `command` (its name) says it did not pass: ok is not 1, writeErrors,
    // a writeConcernError, no documents from a command that answers documents. Empty: passed.
    static QStringList judge(const QString &command, const QJsonObject &reply);
    // The documents answered by find, aggregate, listCollections... (cursor.firstBatch) or
    // distinct (values); empty for other replies.
    static QJsonArray rows(const QJsonObject &reply);
    // Extended JSON (canonical or relaxed) as relaxed Qt JSON, e.g. {"n": 7, "ok": 1}.
    static Result<QJsonObject> relaxed(const QByteArray &json);
};

} // namespace lifeboat
