#include "cli/commands/snapshot/SnapshotLoadCommand.h"

#include "cli/commands/RestoreFlow.h"
#include "cli/commands/snapshot/SnapshotLoadReport.h"
#include "cli/common/CancellableRun.h"
#include "core/snapshot/SnapshotRestorer.h"

#include <QJsonObject>

namespace lifeboat::cli {

SnapshotLoadCommand::SnapshotLoadCommand(QTextStream &out, QTextStream &err, const QString &targetHelp)
    : SnapshotVerb(out, err, {.mongoDb = QStringLiteral("Same as --target-db (only from the command line; MONGO_DB is not used here).")}),
      m_targetDb(QStringLiteral("target-db"), targetHelp, QStringLiteral("name")),
      m_sourceDb(QStringLiteral("source-db"), QStringLiteral("Which database of a deployment snapshot."), QStringLiteral("name")),
      m_collection(QStringLiteral("collection"), QStringLiteral("Only this collection (repeatable); nothing is dropped then."), QStringLiteral("name")),
      m_noSnapshot(QStringLiteral("no-snapshot"), QStringLiteral("Skip the safety snapshot of the target.")),
      m_force(QStringLiteral("force"), QStringLiteral("Turn validators off during the load and put them back afterwards.")),
      m_dryRun(QStringLiteral("dry-run"), QStringLiteral("Print the plan and change nothing.")),
      m_yes(QStringLiteral("yes"), QStringLiteral("Do not ask for confirmation.")),
      m_report(QStringLiteral("report"), QStringLiteral("Write the verification report as CSV (RFC 4180)."), QStringLiteral("file.csv"))
{
}

int SnapshotLoadCommand::execute(const QCommandLineParser &parser)
{
    SnapshotRestoreRequest request;
    if (auto st = readRequest(parser, request); !st)
        return fail(st.error());

    CancellableRun run(m_err, m_common.progressMode(parser));
    SnapshotRestorer restorer(run.printer);
    auto plan = restorer.plan(request, run.cancel);
    if (!plan)
        return fail(plan.error());
    const QStringList steps = SnapshotLoadReport::steps(request, *plan);
    if (!json())
        SnapshotLoadReport::printPlan(m_out, *plan, steps);
    if (parser.isSet(m_dryRun)) {
        if (json())
            printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("dryRun"), true}, {QStringLiteral("plan"), SnapshotLoadReport::planJson(*plan, steps)}});
        else
            RestoreFlow::printDryRunEnd(m_out);
        return 0;
    }
    if (auto st = confirm(parser, *plan); !st)
        return fail(st.error());
    auto outcome = restorer.execute(request, *plan, run.cancel);
    run.printer.finish();
    if (!outcome)
        return fail(outcome.error());
    return reportOutcome(request, *plan, steps, *outcome, parser.value(m_report));
}

void SnapshotLoadCommand::addOptions(QCommandLineParser &parser) const
{
    const CommonOptions &c = m_common;
    addFolderOptions(parser);
    addServerOptions(parser);
    parser.addOptions({m_targetDb, m_sourceDb, m_collection});
    addOwnOptions(parser);
    parser.addOptions({m_noSnapshot, m_force, m_dryRun, m_yes, c.batchSize, c.jobs, m_report, c.quiet});
    parser.addPositionalArgument(QStringLiteral("name"), QStringLiteral("The snapshot."));
}

Status SnapshotLoadCommand::readRequest(const QCommandLineParser &parser, SnapshotRestoreRequest &request) const
{
    auto name = snapshotName(parser);
    if (!name)
        return name.error();
    request.name = *name;
    request.snapshotDir = folder(parser);
    request.targetDatabase = parser.isSet(m_targetDb) ? parser.value(m_targetDb) : parser.value(m_common.mongoDb);
    request.sourceDatabase = parser.value(m_sourceDb);
    request.collections = parser.values(m_collection);
    if (auto st = readOwnOptions(parser, request); !st)
        return st;
    request.safetySnapshot = !parser.isSet(m_noSnapshot);
    request.force = parser.isSet(m_force);
    if (auto st = m_common.readBatchAndJobs(parser, request.batchSize, request.jobs, CommonOptions::Wording::EachOption); !st)
        return st;
    auto config = m_common.checkedConnection(parser);
    if (!config)
        return config.error();
    request.mongoUri = config->mongoUri;
    return {};
}

// Only when the target has collections the run changes or drops: --yes or its name typed.
Status SnapshotLoadCommand::confirm(const QCommandLineParser &parser, const SnapshotRestorePlan &plan)
{
    if (!plan.needsConfirmation)
        return {};
    const QString target = plan.targetDatabase;
    const QString consequence = QStringLiteral("This drops or changes collections in '%1'%2.")
                                    .arg(target, plan.willTakeSafetySnapshot ? QStringLiteral(" (a safety snapshot is taken first)") : QStringLiteral(" (NO safety snapshot)"));
    return RestoreFlow::confirm(m_err, parser.isSet(m_yes), target, QStringLiteral("database name"), consequence,
                                QStringLiteral("this drops or changes collections in %1 and there is no terminal to confirm it").arg(target),
                                QStringLiteral("review it with --dry-run, then pass --yes"));
}

// The outcome, then the CSV report (after it, so a bad --report path never hides it); the
// exit code is the run's failure's, else the CSV's, else 0.
int SnapshotLoadCommand::reportOutcome(const SnapshotRestoreRequest &request, const SnapshotRestorePlan &plan, const QStringList &steps,
                                       const SnapshotRestoreOutcome &outcome, const QString &csvFile)
{
    Status csv;
    if (!csvFile.isEmpty() && outcome.report())
        csv = outcome.report()->writeCsv(csvFile);
    const std::optional<Error> failure = SnapshotLoadReport::failure(request, plan, outcome);
    if (json()) {
        QJsonObject j = SnapshotLoadReport::outcomeJson(request, plan, steps, outcome, failure);
        if (!csv)
            j.insert(QStringLiteral("reportError"), csv.error().message);
        printJson(j);
    } else {
        SnapshotLoadReport::printOutcome(m_out, request, plan, outcome, !failure);
    }
    if (!csv)
        printError(Error(csv.error().code, csv.error().message));
    if (failure) {
        printError(*failure);
        return failure->exitCode();
    }
    if (!csv)
        return csv.error().exitCode();
    return 0;
}

} // namespace lifeboat::cli
