#include "cli/commands/snapshot/SnapshotPromoteCommand.h"

#include "cli/commands/RestoreFlow.h"
#include "cli/common/CancellableRun.h"
#include "cli/output/SnapshotPrinter.h"
#include "core/snapshot/SnapshotRestorer.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lifeboat::cli {

SnapshotPromoteCommand::SnapshotPromoteCommand(QTextStream &out, QTextStream &err)
    : SnapshotVerb(out, err),
      m_from(QStringLiteral("from"), QStringLiteral("The database to promote (e.g. shop_green)."), QStringLiteral("db")),
      m_to(QStringLiteral("to"), QStringLiteral("The database it replaces (e.g. shop)."), QStringLiteral("db")),
      m_keepExtra(QStringLiteral("keep-extra"), QStringLiteral("Keep the target's collections the source lacks (dropped otherwise).")),
      m_keepSource(QStringLiteral("keep-source"), QStringLiteral("Do not drop what is left of the source database (its views) afterwards.")),
      m_noSnapshot(QStringLiteral("no-snapshot"), QStringLiteral("Skip the safety snapshot of the target.")),
      m_dryRun(QStringLiteral("dry-run"), QStringLiteral("Print the plan and change nothing.")),
      m_yes(QStringLiteral("yes"), QStringLiteral("Do not ask for confirmation."))
{
}

void SnapshotPromoteCommand::addOptions(QCommandLineParser &parser) const
{
    addFolderOptions(parser);
    addServerOptions(parser);
    parser.addOptions({m_from, m_to, m_keepExtra, m_keepSource, m_noSnapshot, m_dryRun, m_yes, m_common.quiet});
}

int SnapshotPromoteCommand::execute(const QCommandLineParser &parser)
{
    PromoteRequest request;
    if (auto st = readRequest(parser, request); !st)
        return fail(st.error());

    CancellableRun run(m_err, m_common.progressMode(parser));
    SnapshotRestorer restorer(run.printer);
    auto plan = restorer.planPromote(request);
    if (!plan)
        return fail(plan.error());
    if (!json())
        SnapshotPrinter::printSwap(m_out, *plan, false);
    if (parser.isSet(m_dryRun)) {
        if (json())
            printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("dryRun"), true}, {QStringLiteral("plan"), plan->toJson()}});
        else
            RestoreFlow::printDryRunEnd(m_out);
        return 0;
    }
    if (auto st = confirm(parser, request); !st)
        return fail(st.error());
    auto outcome = restorer.promote(request, *plan, run.cancel);
    run.printer.finish();
    if (!outcome)
        return fail(outcome.error());
    return reportOutcome(request, *outcome);
}

Status SnapshotPromoteCommand::readRequest(const QCommandLineParser &parser, PromoteRequest &request) const
{
    if (auto st = noArguments(parser); !st)
        return st;
    if (!parser.isSet(m_from) || !parser.isSet(m_to))
        return Error(ErrorCode::Usage, QStringLiteral("promote needs --from <db> and --to <db>"));
    auto config = m_common.checkedConnection(parser);
    if (!config)
        return config.error();
    request.snapshotDir = folder(parser);
    request.mongoUri = config->mongoUri;
    request.fromDatabase = parser.value(m_from);
    request.toDatabase = parser.value(m_to);
    request.keepExtra = parser.isSet(m_keepExtra);
    request.dropSource = !parser.isSet(m_keepSource);
    request.safetySnapshot = !parser.isSet(m_noSnapshot);
    return {};
}

Status SnapshotPromoteCommand::confirm(const QCommandLineParser &parser, const PromoteRequest &request)
{
    const QString consequence = QStringLiteral("This replaces the collections of '%1' with those of '%2'%3.")
                                    .arg(request.toDatabase, request.fromDatabase,
                                         request.safetySnapshot ? QStringLiteral(" (a safety snapshot of %1 is taken first)").arg(request.toDatabase)
                                                                : QStringLiteral(" (NO safety snapshot)"));
    return RestoreFlow::confirm(m_err, parser.isSet(m_yes), request.toDatabase, QStringLiteral("database name"), consequence,
                                QStringLiteral("promoting %1 into %2 needs a confirmation and there is no terminal to give it").arg(request.fromDatabase, request.toDatabase),
                                QStringLiteral("review it with --dry-run, then pass --yes"));
}

int SnapshotPromoteCommand::reportOutcome(const PromoteRequest &request, const PromoteOutcome &outcome)
{
    if (json()) {
        QJsonObject j{{QStringLiteral("ok"), outcome.succeeded()},
                      {QStringLiteral("safetySnapshot"), outcome.safetySnapshot},
                      {QStringLiteral("safetySnapshotPath"), outcome.safetySnapshotPath},
                      {QStringLiteral("messages"), QJsonArray::fromStringList(outcome.messages)},
                      {QStringLiteral("elapsedMs"), outcome.elapsedMs}};
        if (outcome.swap)
            j.insert(QStringLiteral("swap"), outcome.swap->toJson());
        if (outcome.failure)
            j.insert(QStringLiteral("error"), RestoreFlow::errorJson(*outcome.failure));
        printJson(j);
    } else {
        RestoreFlow::printSafetySnapshot(m_out, outcome.safetySnapshot, outcome.safetySnapshotPath);
        if (outcome.swap) {
            m_out << "\n";
            SnapshotPrinter::printSwap(m_out, outcome.swap->plan, true);
        }
        if (outcome.succeeded())
            m_out << "\n" << request.fromDatabase << " promoted: " << request.toDatabase << " now holds its collections.\n";
        m_out.flush();
    }
    if (!outcome.failure)
        return 0;
    printError(*outcome.failure);
    return outcome.failure->exitCode();
}

} // namespace lifeboat::cli
