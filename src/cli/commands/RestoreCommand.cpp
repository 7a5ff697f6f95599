#include "cli/commands/RestoreCommand.h"

#include "cli/commands/RestoreFlow.h"
#include "cli/output/ReportPrinter.h"
#include "core/archive/ArchiveExtractor.h"
#include "core/restore/RestoreEngine.h"
#include "core/restore/UnsupportedOptions.h"

#include <QJsonObject>

namespace lifeboat::cli {

RestoreCommand::RestoreCommand(QTextStream &out, QTextStream &err)
    : Verb(out, err),
      m_target(QStringLiteral("Where the safety snapshot goes (default: the archive's folder).")),
      m_dryRun(QStringLiteral("dry-run"), QStringLiteral("Print the plan and change nothing.")),
      m_yes(QStringLiteral("yes"), QStringLiteral("Do not ask for confirmation.")),
      m_force(QStringLiteral("force"), QStringLiteral("Turn validators off during the load (collMod) and put them back afterwards.")),
      m_replace(QStringLiteral("replace-existing"), QStringLiteral("Drop and recreate collections that exist.")),
      m_keepExtra(QStringLiteral("keep-extra"), QStringLiteral("Keep collections the archive lacks (they are dropped otherwise).")),
      m_noSnapshot(QStringLiteral("no-snapshot"), QStringLiteral("Skip the safety snapshot of the target database.")),
      m_dropUnsupported(QStringLiteral("drop-unsupported-options"),
                        QStringLiteral("Go on without the collection options the server cannot honour (time-series, validators), "
                                       "which the plan names; without it such a restore is refused.")),
      m_inPlace(QStringLiteral("in-place"),
                QStringLiteral("Drop and replace collections first, then load into them (no staging copy: for when the server "
                               "has no room for one). A bad archive or a failure midway then leaves them partly restored.")),
      m_outDir(QStringLiteral("out-dir"),
               QStringLiteral("Also extract the archive's files into this folder (the runbook's behaviour); "
                              "the safety snapshot goes there too unless --snapshot-dir says otherwise. "
                              "Without it, documents stream from the archive and nothing is extracted."),
               QStringLiteral("dir")),
      m_filter(QStringLiteral("filter"), QStringLiteral("With --merge: restore the documents of --collection this MongoDB query document selects."),
               QStringLiteral("json")),
      m_ids(QStringLiteral("ids"), QStringLiteral("With --merge: restore the documents of --collection whose _id is listed in this file "
                                                  "(one Extended JSON _id per line, as diff prints them)."),
            QStringLiteral("file")),
      m_merge(QStringLiteral("merge"), QStringLiteral("Surgical restore into the existing collection: 'insert-missing' (put back documents "
                                                      "whose _id is absent), 'replace' (overwrite those that exist) or 'upsert' (both)."),
              QStringLiteral("mode"))
{
}

int RestoreCommand::execute(const QCommandLineParser &parser)
{
    if (parser.isSet(m_merge) || parser.isSet(m_filter) || parser.isSet(m_ids))
        return executeMerge(parser);
    RestoreRequest request;
    if (auto st = readRequest(parser, request); !st)
        return fail(st.error());

    CancellableRun run(m_err, m_target.common.progressMode(parser));
    RestoreEngine engine(run.printer);
    auto plan = engine.plan(request, run.cancel);
    if (!plan)
        return fail(plan.error());
    if (parser.isSet(m_dryRun))
        return printDryRun(*plan);
    if (!json())
        ReportPrinter::printPlan(m_out, *plan);
    // Before any question or extraction: options the server cannot honour need their option.
    if (auto st = UnsupportedOptions::check(request, *plan); !st)
        return fail(st.error());
    if (auto st = confirm(parser, *plan, request); !st)
        return fail(st.error());
    if (parser.isSet(m_outDir)) {
        if (auto st = extractArchive(request.archivePath, parser.value(m_outDir), run); !st)
            return fail(st.error());
    }
    auto result = engine.execute(request, *plan, run.cancel);
    run.printer.finish();
    if (!result)
        return fail(result.error());
    return reportOutcome(*plan, *result, m_target.reportFile(parser));
}

void RestoreCommand::addOptions(QCommandLineParser &parser) const
{
    const CommonOptions &c = m_target.common;
    m_target.addTo(parser);
    parser.addOptions({m_dryRun, m_yes, m_force, c.batchSize, m_replace, m_keepExtra, m_noSnapshot, m_dropUnsupported, m_inPlace, c.snapshotDir, c.jobs, m_outDir, c.quiet, m_merge, m_filter, m_ids});
}

Status RestoreCommand::readRequest(const QCommandLineParser &parser, RestoreRequest &request) const
{
    if (auto st = m_target.fill(parser, request); !st)
        return st;
    request.force = parser.isSet(m_force);
    request.replaceExisting = parser.isSet(m_replace);
    request.keepExtra = parser.isSet(m_keepExtra);
    request.safetySnapshot = !parser.isSet(m_noSnapshot);
    request.dropUnsupportedOptions = parser.isSet(m_dropUnsupported);
    request.inPlace = parser.isSet(m_inPlace);
    request.snapshotDir = m_target.common.snapshotFolder(parser, parser.value(m_outDir));
    return m_target.common.readBatchAndJobs(parser, request.batchSize, request.jobs, CommonOptions::Wording::BothOptions);
}

int RestoreCommand::printDryRun(const RestorePlan &plan)
{
    if (json()) {
        printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("dryRun"), true}, {QStringLiteral("plan"), plan.toJson()}});
        return 0;
    }
    ReportPrinter::printPlan(m_out, plan);
    RestoreFlow::printDryRunEnd(m_out);
    return 0;
}

// A plan that drops or changes collections needs --yes or the database's name typed.
Status RestoreCommand::confirm(const QCommandLineParser &parser, const RestorePlan &plan, const RestoreRequest &request)
{
    if (!plan.isDestructive())
        return {};
    const QString consequence = QStringLiteral("This drops or changes collections in '%1'%2.")
                                    .arg(plan.targetDatabase, request.safetySnapshot ? QStringLiteral(" (a safety snapshot is taken first)")
                                                                                     : QStringLiteral(" (NO safety snapshot: --no-snapshot)"));
    return RestoreFlow::confirm(m_err, parser.isSet(m_yes), plan.targetDatabase, QStringLiteral("database name"), consequence,
                                QStringLiteral("this restore drops or changes collections in %1 and there is no terminal to confirm it").arg(plan.targetDatabase),
                                QStringLiteral("review it with --dry-run, then pass --yes"));
}

Status RestoreCommand::extractArchive(const QString &archive, const QString &folder, CancellableRun &run)
{
    auto extracted = ArchiveExtractor::extract(archive, folder, run.cancel);
    if (!extracted)
        return extracted.error().wrapped(QStringLiteral("cannot extract into %1; nothing was changed (the files extracted so far were removed)").arg(folder));
    run.printer.message(QStringLiteral("extracted %1 files into %2").arg(extracted->size()).arg(folder));
    return {};
}

// The outcome, then the CSV report (after the outcome, so a bad --report path never hides
// it); the exit code says how the restore stopped, else whether the CSV was written, else
// whether the verification matched.
int RestoreCommand::reportOutcome(const RestorePlan &plan, const RestoreResult &result, const QString &csvFile)
{
    Status csv;
    if (!csvFile.isEmpty())
        csv = result.report.writeCsv(csvFile);
    if (json()) {
        QJsonObject o = RestoreFlow::resultJson(plan, result);
        if (result.failure)
            o.insert(QStringLiteral("error"), RestoreFlow::errorJson(*result.failure, result.rollbackCommand()));
        if (!csv)
            o.insert(QStringLiteral("reportError"), csv.error().message);
        printJson(o);
    } else {
        RestoreFlow::printResult(m_out, result);
    }
    if (!csv)
        printError(Error(csv.error().code, csv.error().message));
    if (result.failure) {
        const Error e = RestoreFlow::stoppedError(result, result.safetySnapshotPath.isEmpty() ? QString() : result.rollbackCommand());
        printError(e);
        return e.exitCode();
    }
    if (!csv)
        return csv.error().exitCode();
    return RestoreFlow::reportExitCode(result.report);
}

} // namespace lifeboat::cli
