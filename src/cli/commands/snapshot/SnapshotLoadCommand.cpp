#include "cli/commands/snapshot/SnapshotLoadCommand.h"

#include "cli/commands/RestoreFlow.h"
#include "cli/commands/snapshot/SnapshotLoadReport.h"
#include "cli/common/CancellableRun.h"
#include "cli/output/MatrixOnePrinter.h"
#include "core/matrixone/MatrixOneCloner.h"
#include "core/matrixone/MatrixOneRestorer.h"
#include "core/snapshot/SnapshotRestorer.h"

#include <QJsonObject>

namespace lifeboat::cli {

SnapshotLoadCommand::SnapshotLoadCommand(QTextStream &out, QTextStream &err, const QString &targetHelp)
    : SnapshotVerb(out, err, {.mongoDb = QStringLiteral("Same as --target-db (only from the command line; MONGO_DB is not used here).")}),
      m_targetDb(QStringLiteral("target-db"), targetHelp, QStringLiteral("name")),
      m_sourceDb(QStringLiteral("source-db"), QStringLiteral("Which database of a deployment snapshot."), QStringLiteral("name")),
      m_collection(QStringLiteral("collection"), QStringLiteral("Only this collection (repeatable); nothing is dropped then."), QStringLiteral("name")),
      m_table(QStringLiteral("table"), QStringLiteral("MatrixOne: only this table of the snapshot's database (restore)."), QStringLiteral("name")),
      m_noSnapshot(QStringLiteral("no-snapshot"), QStringLiteral("Skip the safety snapshot of the target.")),
      m_force(QStringLiteral("force"), QStringLiteral("Turn validators off during the load and put them back afterwards.")),
      m_dryRun(QStringLiteral("dry-run"), QStringLiteral("Print the plan and change nothing.")),
      m_yes(QStringLiteral("yes"), QStringLiteral("Do not ask for confirmation.")),
      m_report(QStringLiteral("report"), QStringLiteral("Write the verification report as CSV (RFC 4180)."), QStringLiteral("file.csv"))
{
}

int SnapshotLoadCommand::execute(const QCommandLineParser &parser)
{
    if (matrixOne(parser))
        return executeMatrixOne(parser);
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
    addUriOption(parser);
    parser.addOptions({m_targetDb, m_sourceDb, m_collection, m_table});
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


int SnapshotLoadCommand::executeMatrixOne(const QCommandLineParser &parser)
{
    for (const QCommandLineOption *o : {&m_collection, &m_force, &m_common.mongoUri, &m_common.mongoDb}) {
        if (parser.isSet(*o))
            return fail(Error(ErrorCode::Usage, QStringLiteral("--%1 is for MongoDB; with a matrixone:// URI use --source-db and --table").arg(o->names().constFirst())));
    }
    auto name = snapshotName(parser);
    if (!name)
        return fail(name.error());
    auto session = openMatrixOne(parser);
    if (!session)
        return fail(session.error());
    if (verb() == QLatin1String("clone"))
        return cloneMatrixOne(parser, *name, *session->snapshots);
    return restoreMatrixOne(parser, *name, *session->snapshots);
}

int SnapshotLoadCommand::cloneMatrixOne(const QCommandLineParser &parser, const QString &name, MatrixOneSnapshots &snapshots)
{
    if (parser.isSet(m_table))
        return fail(Error(ErrorCode::Usage, QStringLiteral("snapshot clone copies every table of the snapshot's scope: --table is for restore")));
    MatrixOneCloneRequest request{.name = name, .sourceDatabase = parser.value(m_sourceDb), .targetDatabase = parser.value(m_targetDb),
                                  .allowExisting = parser.isSet(QStringLiteral("allow-existing")), .dropAfter = false};
    if (parser.isSet(m_dryRun)) {
        auto s = snapshots.find(name);
        if (!s)
            return fail(s.error());
        const QString source = MatrixOneCloner::sourceDatabase(*s, request.sourceDatabase);
        m_out << "Would clone snapshot " << s->name << " (" << s->scopeText() << ") of database " << (source.isEmpty() ? QStringLiteral("?") : source)
              << " into " << (request.targetDatabase.isEmpty() ? source + QStringLiteral("_verify") : request.targetDatabase) << ".\n";
        RestoreFlow::printDryRunEnd(m_out);
        return 0;
    }
    MatrixOneCloner cloner(snapshots);
    auto outcome = cloner.clone(request);
    if (!outcome)
        return fail(outcome.error());
    if (json())
        printJson(QJsonObject{{QStringLiteral("ok"), outcome->report.allOk()},
                              {QStringLiteral("snapshot"), outcome->snapshot.toJson()},
                              {QStringLiteral("sourceDatabase"), outcome->sourceDatabase},
                              {QStringLiteral("targetDatabase"), outcome->targetDatabase},
                              {QStringLiteral("rows"), outcome->rows},
                              {QStringLiteral("elapsedMs"), outcome->elapsedMs},
                              {QStringLiteral("report"), outcome->report.toJson()}});
    else
        MatrixOnePrinter::printClone(m_out, *outcome);
    return finishMatrixOne(outcome->report, parser.value(m_report));
}

int SnapshotLoadCommand::restoreMatrixOne(const QCommandLineParser &parser, const QString &name, MatrixOneSnapshots &snapshots)
{
    if (parser.isSet(m_targetDb) || parser.isSet(QStringLiteral("swap")))
        return fail(Error(ErrorCode::Usage, QStringLiteral("MatrixOne restores in place: a database or table goes back into itself (no --target-db, no --swap)")));
    MatrixOneRestoreRequest request{.name = name, .database = parser.value(m_sourceDb), .table = parser.value(m_table),
                                    .safetySnapshot = !parser.isSet(m_noSnapshot), .verifyFirst = parser.isSet(QStringLiteral("verify-first")),
                                    .scratchDatabase = parser.value(QStringLiteral("scratch-db"))};
    MatrixOneRestorer restorer(snapshots);
    auto plan = restorer.plan(request);
    if (!plan)
        return fail(plan.error());
    if (!json())
        MatrixOnePrinter::printPlan(m_out, *plan);
    if (parser.isSet(m_dryRun)) {
        if (json())
            printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("dryRun"), true}, {QStringLiteral("plan"), plan->toJson()}});
        else
            RestoreFlow::printDryRunEnd(m_out);
        return 0;
    }
    const QString consequence = QStringLiteral("This rolls %1 back to snapshot %2%3.")
                                    .arg(plan->confirmWord, plan->snapshot.name,
                                         plan->willTakeSafetySnapshot ? QStringLiteral(" (a safety snapshot is taken first)") : QStringLiteral(" (NO safety snapshot)"));
    if (auto st = RestoreFlow::confirm(m_err, parser.isSet(m_yes), plan->confirmWord, plan->level == MatrixOneLevel::Account ? QStringLiteral("account name")
                                                                                        : plan->level == MatrixOneLevel::Table ? QStringLiteral("database.table")
                                                                                                                               : QStringLiteral("database name"),
                                       consequence, QStringLiteral("this rolls %1 back and there is no terminal to confirm it").arg(plan->confirmWord),
                                       QStringLiteral("review it with --dry-run, then pass --yes"));
        !st)
        return fail(st.error());
    auto outcome = restorer.execute(*plan);
    if (!outcome)
        return fail(outcome.error());
    if (json()) {
        QJsonObject j{{QStringLiteral("ok"), outcome->report.allOk()},
                      {QStringLiteral("plan"), plan->toJson()},
                      {QStringLiteral("safetySnapshot"), outcome->safetySnapshot},
                      {QStringLiteral("elapsedMs"), outcome->elapsedMs},
                      {QStringLiteral("report"), outcome->report.toJson()}};
        if (outcome->verifyFirst)
            j.insert(QStringLiteral("verifyFirst"), outcome->verifyFirst->report.toJson());
        printJson(j);
    } else {
        if (outcome->verifyFirst)
            m_out << "Verified first: " << outcome->verifyFirst->note() << " (dropped)\n";
        if (!outcome->safetySnapshot.isEmpty())
            m_out << "Safety snapshot: " << outcome->safetySnapshot << " (restore it the same way to undo this)\n";
        m_out << "Restored " << plan->confirmWord << " from snapshot " << plan->snapshot.name << " in " << humanDuration(outcome->elapsedMs) << "\n\n";
        if (!outcome->report.rows.isEmpty())
            MatrixOnePrinter::printReport(m_out, outcome->report);
        m_out.flush();
    }
    return finishMatrixOne(outcome->report, parser.value(m_report));
}

int SnapshotLoadCommand::finishMatrixOne(const VerificationReport &report, const QString &csvFile)
{
    if (!csvFile.isEmpty()) {
        if (auto st = report.writeCsv(csvFile); !st)
            return fail(st.error());
    }
    if (!report.allOk()) {
        printError(Error(ErrorCode::IntegrityMismatch, QStringLiteral("%1 of %2 tables do not match the snapshot").arg(report.count(VerificationStatus::Mismatch)).arg(report.rows.size())));
        return static_cast<int>(ErrorCode::IntegrityMismatch);
    }
    return 0;
}

} // namespace lifeboat::cli
