#include "cli/commands/RestoreFlow.h"

#include "cli/output/ReportPrinter.h"

#include <QJsonArray>

#include <cstdio>
#include <unistd.h>

namespace lifeboat::cli {

Status RestoreFlow::confirm(QTextStream &err, bool yes, const QString &expected, const QString &kind, const QString &consequence,
                            const QString &noTerminal, const QString &hint)
{
    if (yes)
        return {};
    if (!::isatty(STDIN_FILENO))
        return Error(ErrorCode::Refused, noTerminal, hint);
    err << "\n" << consequence << "\n"
        << "Type the " << kind << " to continue: ";
    err.flush();
    char line[512] = {};
    const QString typed = std::fgets(line, sizeof line, stdin) ? QString::fromUtf8(line).trimmed() : QString();
    if (typed != expected)
        return Error(ErrorCode::Refused, QStringLiteral("confirmation did not match; nothing was changed"));
    return {};
}

QJsonObject RestoreFlow::resultJson(const RestorePlan &plan, const RestoreResult &result)
{
    QJsonObject states;
    for (auto it = result.states.cbegin(); it != result.states.cend(); ++it)
        states.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("ok"), result.succeeded()},
                       {QStringLiteral("plan"), plan.toJson()},
                       {QStringLiteral("report"), result.report.toJson()},
                       {QStringLiteral("states"), states},
                       {QStringLiteral("safetySnapshot"), result.safetySnapshotPath},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings)},
                       {QStringLiteral("elapsedMs"), result.elapsedMs}};
}

QJsonObject RestoreFlow::errorJson(const Error &error, const std::optional<QString> &rollback)
{
    QJsonObject o{{QStringLiteral("code"), errorCodeName(error.code)},
                  {QStringLiteral("exitCode"), error.exitCode()},
                  {QStringLiteral("message"), error.message},
                  {QStringLiteral("hint"), error.hint}};
    if (rollback)
        o.insert(QStringLiteral("rollback"), *rollback);
    return o;
}

void RestoreFlow::printResult(QTextStream &out, const RestoreResult &result)
{
    out << "\n";
    if (!result.safetySnapshotPath.isEmpty())
        out << "Safety snapshot: " << result.safetySnapshotPath << "\n\n";
    if (!result.report.rows.isEmpty())
        ReportPrinter::printReport(out, result.report);
    for (const auto &w : std::as_const(result.warnings))
        out << "warning: " << w << "\n";
    out.flush();
}

Error RestoreFlow::stoppedError(const RestoreResult &result, const QString &rollback)
{
    if (result.targetUnchanged) // a staged restore that stopped before its swap: the message says so
        return result.failure.value_or(Error(ErrorCode::Internal, QStringLiteral("the restore stopped")));
    QStringList partial, untouched;
    for (auto it = result.states.cbegin(); it != result.states.cend(); ++it) {
        if (it.value() == QLatin1String("partial"))
            partial << it.key();
        else if (it.value() == QLatin1String("untouched"))
            untouched << it.key();
    }
    Error e = result.failure.value_or(Error(ErrorCode::Internal, QStringLiteral("the restore stopped")));
    e.message += QStringLiteral("; partial: %1; untouched: %2").arg(partial.isEmpty() ? QStringLiteral("none") : partial.join(QStringLiteral(", ")),
                                                                   untouched.isEmpty() ? QStringLiteral("none") : untouched.join(QStringLiteral(", ")));
    if (!rollback.isEmpty())
        e.hint = QStringLiteral("roll back with: ") + rollback;
    return e;
}

void RestoreFlow::printDryRunEnd(QTextStream &out)
{
    out << "\nDry run: nothing was changed.\n";
    out.flush();
}

void RestoreFlow::printSafetySnapshot(QTextStream &out, const QString &name, const QString &path)
{
    if (!name.isEmpty())
        out << "\nSafety snapshot: " << name << " (" << path << ")\n";
}

int RestoreFlow::reportExitCode(const VerificationReport &report)
{
    return report.allOk() ? 0 : int(ErrorCode::IntegrityMismatch);
}

} // namespace lifeboat::cli
