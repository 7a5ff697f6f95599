#pragma once

#include "core/common/Error.h"
#include "core/restore/RestoreEngine.h"
#include "core/common/Result.h"

#include <QJsonObject>
#include <QString>
#include <QTextStream>

#include <optional>

namespace lifeboat::cli {

// What `restore` and the `snapshot` commands share around RestoreEngine: the typed
// confirmation, the result printed as text or JSON, and the error of a restore that stopped
// midway (which collections are partial, how to roll back).
class RestoreFlow final {
public:
    // Asks on stderr to type `expected` (what `kind` says: "database name", "snapshot name")
    // before something destructive, described by `consequence` ("This drops or changes
    // collections in 'shop' (a safety snapshot is taken first)."). With `yes` it returns at once. With no terminal on
    // stdin: Refused with `noTerminal` as the message and `hint`. A wrong answer: Refused,
    // "confirmation did not match; nothing was changed".
    static Status confirm(QTextStream &err, bool yes, const QString &expected, const QString &kind, const QString &consequence,
                          const QString &noTerminal, const QString &hint);

    // The restore's result object of `restore --json` (without "ok"'s caller-specific parts).
    static QJsonObject resultJson(const RestorePlan &plan, const RestoreResult &result);
    // JSON of an error: code, exitCode, message, hint, and "rollback" when given (even empty).
    static QJsonObject errorJson(const Error &error, const std::optional<QString> &rollback = std::nullopt);
    // The result as text: safety snapshot, report, warnings.
    static void printResult(QTextStream &out, const RestoreResult &result);
    // The error of a restore that stopped midway: the failure, which collections are partial
    // and untouched, and (with a safety snapshot) the rollback hint.
    static Error stoppedError(const RestoreResult &result, const QString &rollback);
    // "Dry run: nothing was changed." after a plan.
    static void printDryRunEnd(QTextStream &out);
    // "Safety snapshot: <name> (<path>)" when one was taken.
    static void printSafetySnapshot(QTextStream &out, const QString &name, const QString &path);
    // 0 when every collection matches, else IntegrityMismatch.
    static int reportExitCode(const VerificationReport &report);
};

} // namespace lifeboat::cli
