#include "cli/commands/RestoreCommand.h"

#include "core/archive/ArchiveExtractor.h"
#include "core/config/ConnectionConfig.h"
#include "core/config/MongoUri.h"
#include "cli/output/ProgressPrinter.h"
#include "cli/output/ReportPrinter.h"
#include "cli/commands/RestoreFlow.h"
#include "core/restore/RestoreEngine.h"
#include "cli/common/SignalCancel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lifeboat::cli {

namespace {

struct SharedOptions {
    QCommandLineOption uri{QStringLiteral("mongo-uri"), QStringLiteral("Connection string (default: $MONGO_URI, then .env)."), QStringLiteral("uri")};
    QCommandLineOption db{QStringLiteral("mongo-db"), QStringLiteral("Target database (default: $MONGO_DB, then .env, then the archive's)."), QStringLiteral("name")};
    QCommandLineOption targetDb{QStringLiteral("target-db"), QStringLiteral("Restore into this database (a clone when it differs from the archive's)."), QStringLiteral("name")};
    QCommandLineOption sourceDb{QStringLiteral("source-db"), QStringLiteral("Which database of a whole-deployment archive."), QStringLiteral("name")};
    QCommandLineOption collection{QStringLiteral("collection"), QStringLiteral("Only this collection (repeatable)."), QStringLiteral("name")};
    QCommandLineOption sample{QStringLiteral("verify-sample-size"), QStringLiteral("Documents per collection compared by _id (default 100)."), QStringLiteral("n"), QStringLiteral("100")};
    QCommandLineOption verify{QStringLiteral("verify"), QStringLiteral("'sample' (default) or 'full': also compare a digest of every document."), QStringLiteral("level"), QStringLiteral("sample")};
    QCommandLineOption noInfer{QStringLiteral("no-infer-timeseries"), QStringLiteral("Do not guess time-series collections when metadata is missing.")};
    QCommandLineOption report{QStringLiteral("report"), QStringLiteral("Write the verification report as CSV (RFC 4180)."), QStringLiteral("file.csv")};
    QCommandLineOption envFile{QStringLiteral("env-file"), QStringLiteral("Read MONGO_URI/MONGO_DB from this file (default: .env)."), QStringLiteral("file"), QStringLiteral(".env")};
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("Machine-readable output on stdout.")};

    void addTo(QCommandLineParser &p) const
    {
        p.addOptions({uri, db, targetDb, sourceDb, collection, sample, verify, noInfer, report, envFile, json});
        p.addPositionalArgument(QStringLiteral("archive"), QStringLiteral("The .tar, .tar.gz or .tar.zst archive."));
    }

    // Fills the request's shared fields; returns an error for bad values.
    Status fill(const QCommandLineParser &p, RestoreRequest &r) const
    {
        if (p.positionalArguments().size() != 1)
            return Error(ErrorCode::Usage, QStringLiteral("give exactly one archive"));
        r.archivePath = p.positionalArguments().first();
        auto config = ConnectionConfig::resolve(p.value(uri), p.value(db), p.value(envFile));
        if (!config)
            return config.error();
        r.mongoUri = config->mongoUri;
        if (auto st = MongoUri::validate(r.mongoUri); !st)
            return st;
        r.targetDatabase = p.isSet(targetDb) ? p.value(targetDb) : config->database;
        r.sourceDatabase = p.value(sourceDb);
        r.collections = p.values(collection);
        r.inferTimeseries = !p.isSet(noInfer);
        bool ok = false;
        r.verifySampleSize = p.value(sample).toInt(&ok);
        if (!ok || r.verifySampleSize < 0)
            return Error(ErrorCode::Usage, QStringLiteral("--verify-sample-size takes a whole number"));
        if (p.value(verify) != QLatin1String("sample") && p.value(verify) != QLatin1String("full"))
            return Error(ErrorCode::Usage, QStringLiteral("--verify takes 'sample' or 'full'"));
        r.verifyFull = p.value(verify) == QLatin1String("full");
        return {};
    }
};

int reportExit(const VerificationReport &report)
{
    return report.allOk() ? 0 : int(ErrorCode::IntegrityMismatch);
}

} // namespace

int RestoreCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    SharedOptions shared;
    shared.addTo(parser);
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("Print the plan and change nothing."));
    const QCommandLineOption yes(QStringLiteral("yes"), QStringLiteral("Do not ask for confirmation."));
    const QCommandLineOption force(QStringLiteral("force"), QStringLiteral("Turn validators off during the load (collMod) and put them back afterwards."));
    const QCommandLineOption batch(QStringLiteral("batch-size"), QStringLiteral("Documents per insert (default 1000)."), QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption replace(QStringLiteral("replace-existing"), QStringLiteral("Drop and recreate collections that exist."));
    const QCommandLineOption keepExtra(QStringLiteral("keep-extra"), QStringLiteral("Keep collections the archive lacks (they are dropped otherwise)."));
    const QCommandLineOption noSnapshot(QStringLiteral("no-snapshot"), QStringLiteral("Skip the safety snapshot of the target database."));
    const QCommandLineOption snapshotDir(QStringLiteral("snapshot-dir"), QStringLiteral("Where the safety snapshot goes (default: the archive's folder)."), QStringLiteral("dir"));
    const QCommandLineOption jobs(QStringLiteral("jobs"), QStringLiteral("Insert workers (default 4)."), QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption outDir(QStringLiteral("out-dir"), QStringLiteral("Also extract the archive's files into this folder (the runbook's behaviour); "
                                                                              "the safety snapshot goes there too unless --snapshot-dir says otherwise. "
                                                                              "Without it, documents stream from the archive and nothing is extracted."),
                                    QStringLiteral("dir"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("No progress output."));
    parser.addOptions({dryRun, yes, force, batch, replace, keepExtra, noSnapshot, snapshotDir, jobs, outDir, quiet});
    int code = 0;
    if (!parse(parser, args, code))
        return code;
    const bool asJson = parser.isSet(shared.json);
    RestoreRequest request;
    if (auto st = shared.fill(parser, request); !st)
        return fail(st.error(), asJson);
    request.force = parser.isSet(force);
    request.replaceExisting = parser.isSet(replace);
    request.keepExtra = parser.isSet(keepExtra);
    request.safetySnapshot = !parser.isSet(noSnapshot);
    request.snapshotDir = parser.isSet(snapshotDir) ? parser.value(snapshotDir) : parser.value(outDir);
    bool okBatch = false, okJobs = false;
    request.batchSize = parser.value(batch).toInt(&okBatch);
    request.jobs = parser.value(jobs).toInt(&okJobs);
    if (!okBatch || !okJobs || request.batchSize < 1 || request.batchSize > 100000 || request.jobs < 1 || request.jobs > 64)
        return fail(Error(ErrorCode::Usage, QStringLiteral("--batch-size takes 1 to 100000 and --jobs 1 to 64")), asJson);

    ProgressPrinter printer(m_err, ProgressPrinter::detect(asJson, parser.isSet(quiet)));
    CancelToken cancel;
    SignalCancel signalGuard(cancel);
    RestoreEngine engine(&printer);
    auto plan = engine.plan(request, cancel);
    if (!plan)
        return fail(plan.error(), asJson);

    if (parser.isSet(dryRun)) {
        if (asJson)
            m_out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("dryRun"), true}, {QStringLiteral("plan"), plan->toJson()}})
                         .toJson(QJsonDocument::Compact)
                  << "\n";
        else {
            ReportPrinter::printPlan(m_out, *plan);
            m_out << "\nDry run: nothing was changed.\n";
        }
        m_out.flush();
        return 0;
    }
    if (!asJson)
        ReportPrinter::printPlan(m_out, *plan);
    if (plan->isDestructive()) {
        const QString consequence = QStringLiteral("This drops or changes collections in '%1'%2.")
                                        .arg(plan->targetDatabase, request.safetySnapshot ? QStringLiteral(" (a safety snapshot is taken first)")
                                                                                          : QStringLiteral(" (NO safety snapshot: --no-snapshot)"));
        if (auto st = RestoreFlow::confirm(m_err, parser.isSet(yes), plan->targetDatabase, QStringLiteral("database name"), consequence,
                                           QStringLiteral("this restore drops or changes collections in %1 and there is no terminal to confirm it")
                                               .arg(plan->targetDatabase),
                                           QStringLiteral("review it with --dry-run, then pass --yes"));
            !st)
            return fail(st.error(), asJson);
    }

    if (parser.isSet(outDir)) {
        auto extracted = ArchiveExtractor::extract(request.archivePath, parser.value(outDir), cancel);
        if (!extracted)
            return fail(extracted.error().wrapped(QStringLiteral("cannot extract into %1; nothing was changed").arg(parser.value(outDir))), asJson);
        printer.message(QStringLiteral("extracted %1 files into %2").arg(extracted->size()).arg(parser.value(outDir)));
    }
    auto result = engine.execute(request, *plan, cancel);
    printer.finish();
    if (!result)
        return fail(result.error(), asJson);
    // The CSV comes after the outcome is printed, so a bad --report path never hides it.
    Status csv;
    if (!parser.value(shared.report).isEmpty())
        csv = result->report.writeCsv(parser.value(shared.report));
    if (asJson) {
        QJsonObject o = RestoreFlow::resultJson(*plan, *result);
        if (result->failure)
            o.insert(QStringLiteral("error"), RestoreFlow::errorJson(*result->failure, result->rollbackCommand()));
        if (!csv)
            o.insert(QStringLiteral("reportError"), csv.error().message);
        m_out << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
        m_out.flush();
    } else {
        RestoreFlow::printResult(m_out, *result);
    }
    if (!csv) {
        m_err << "lifeboat-cli restore: error: " << csv.error().message << "\n";
        m_err.flush();
    }
    if (result->failure) {
        const Error e = RestoreFlow::stoppedError(*result, result->safetySnapshotPath.isEmpty() ? QString() : result->rollbackCommand());
        m_err << "lifeboat-cli restore: error: " << e.message << "\n";
        if (!e.hint.isEmpty())
            m_err << "  hint: " << e.hint << "\n";
        m_err.flush();
        return e.exitCode();
    }
    if (!csv)
        return csv.error().exitCode();
    return reportExit(result->report);
}

int VerifyCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    SharedOptions shared;
    shared.addTo(parser);
    int code = 0;
    if (!parse(parser, args, code))
        return code;
    const bool asJson = parser.isSet(shared.json);
    RestoreRequest request;
    if (auto st = shared.fill(parser, request); !st)
        return fail(st.error(), asJson);
    CancelToken cancel;
    SignalCancel signalGuard(cancel);
    auto report = RestoreEngine().verify(request, cancel);
    if (!report)
        return fail(report.error(), asJson);
    if (!parser.value(shared.report).isEmpty()) {
        if (auto st = report->writeCsv(parser.value(shared.report)); !st)
            return fail(st.error(), asJson);
    }
    if (asJson)
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), report->allOk()}, {QStringLiteral("report"), report->toJson()}})
                     .toJson(QJsonDocument::Compact)
              << "\n";
    else
        ReportPrinter::printReport(m_out, *report);
    m_out.flush();
    return reportExit(*report);
}

} // namespace lifeboat::cli
