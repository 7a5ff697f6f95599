// RestoreCommand's --merge mode: a surgical restore (MergeRestoreEngine). Plan, print it (and
// stop there with --dry-run), confirm, safety snapshot of the documents to replace, write,
// verify, report.
#include "cli/commands/RestoreCommand.h"

#include "cli/commands/RestoreFlow.h"
#include "core/restore/RestoreRequest.h"
#include "core/restore/merge/MergeRestoreEngine.h"

#include <QJsonObject>
#include <QLocale>

namespace lifeboat::cli {

namespace {

void printMergePlan(QTextStream &out, const MergePlan &plan, const MergeRestoreRequest &request)
{
    const QLocale en(QLocale::English);
    out << "Surgical restore plan (" << mergeModeName(plan.mode) << ")\n"
        << "  archive:    " << plan.archivePath << "\n"
        << "  into:       " << plan.targetDatabase << "." << plan.collection << " (" << en.toString(plan.targetDocuments) << " documents now)\n"
        << "  selected:   " << en.toString(plan.selected) << " documents of the archive's " << plan.collection
        << (request.ids ? QStringLiteral(" (by _id)") : QStringLiteral(" (by filter)")) << "\n";
    if (plan.identical > 0)
        out << "  identical:  " << en.toString(plan.identical) << " are in the collection as in the archive already\n";
    if (plan.differingKept > 0)
        out << "  kept:       " << en.toString(plan.differingKept) << " exist with other contents and stay as they are (insert-missing)\n";
    if (plan.missingSkipped > 0)
        out << "  absent:     " << en.toString(plan.missingSkipped) << " are not in the collection and stay absent (replace)\n";
    for (const QString &w : plan.warnings)
        out << "  warning:    " << w << "\n";
    out << "\nPlan: " << plan.summary() << "\n";
    out.flush();
}

void printMergeResult(QTextStream &out, const MergeResult &result)
{
    const QLocale en(QLocale::English);
    out << "\n";
    if (!result.safetySnapshotPath.isEmpty())
        out << "Safety snapshot (the replaced documents as they were): " << result.safetySnapshotPath << "\n";
    out << "Inserted " << en.toString(result.inserted) << ", replaced " << en.toString(result.replaced) << ".\n";
    qint64 ok = 0;
    for (const auto &d : result.documents) {
        if (d.status == QLatin1String("ok"))
            ++ok;
        else
            out << "  " << d.action << " " << QString::fromUtf8(d.id) << ": " << d.status << "\n";
    }
    out << "Verification: " << en.toString(ok) << " of " << en.toString(qint64(result.documents.size())) << " documents match the archive.\n";
    for (const QString &w : result.warnings)
        out << "warning: " << w << "\n";
    out.flush();
}

} // namespace

int RestoreCommand::executeMerge(const QCommandLineParser &parser)
{
    RestoreRequest base;
    if (auto st = readRequest(parser, base); !st)
        return fail(st.error());
    const auto mode = mergeModeFromName(parser.value(m_merge));
    if (!mode)
        return fail(Error(ErrorCode::Usage, QStringLiteral("--merge takes insert-missing, replace or upsert")));
    if (base.collections.size() != 1)
        return fail(Error(ErrorCode::Usage, QStringLiteral("--merge restores into one collection: give exactly one --collection")));
    if (parser.isSet(m_filter) == parser.isSet(m_ids))
        return fail(Error(ErrorCode::Usage, QStringLiteral("--merge needs either --filter or --ids")));
    if (parser.isSet(m_replace) || parser.isSet(m_keepExtra) || parser.isSet(m_inPlace) || parser.isSet(m_outDir) || parser.isSet(m_force))
        return fail(Error(ErrorCode::Usage, QStringLiteral("--merge cannot be combined with --replace-existing, --keep-extra, --in-place, --force or --out-dir")));

    MergeRestoreRequest request;
    request.archivePath = base.archivePath;
    request.mongoUri = base.mongoUri;
    request.targetDatabase = base.targetDatabase;
    request.sourceDatabase = base.sourceDatabase;
    request.collection = base.collections.constFirst();
    request.mode = *mode;
    request.safetySnapshot = base.safetySnapshot;
    request.snapshotDir = base.snapshotDir;
    request.batchSize = base.batchSize;
    if (parser.isSet(m_ids)) {
        auto ids = MergeRestoreRequest::readIds(parser.value(m_ids));
        if (!ids)
            return fail(ids.error());
        request.ids = *ids;
    } else {
        auto filter = DocumentFilter::parse(parser.value(m_filter).toUtf8());
        if (!filter)
            return fail(filter.error());
        request.filter = *filter;
    }

    CancellableRun run(m_err, m_target.common.progressMode(parser));
    MergeRestoreEngine engine(run.printer);
    auto plan = engine.plan(request, run.cancel);
    if (!plan)
        return fail(plan.error());
    const bool writes = !plan->toInsert.isEmpty() || !plan->toReplace.isEmpty();
    if (parser.isSet(m_dryRun) || !writes) {
        if (json()) {
            printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("dryRun"), parser.isSet(m_dryRun)}, {QStringLiteral("plan"), plan->toJson()}});
            return 0;
        }
        printMergePlan(m_out, *plan, request);
        if (parser.isSet(m_dryRun))
            RestoreFlow::printDryRunEnd(m_out);
        else
            m_out << "\nNothing to do: nothing was changed.\n";
        m_out.flush();
        return 0;
    }
    if (!json())
        printMergePlan(m_out, *plan, request);
    const QString consequence = QStringLiteral("This writes into '%1.%2': %3.").arg(plan->targetDatabase, plan->collection, plan->summary());
    if (auto st = RestoreFlow::confirm(m_err, parser.isSet(m_yes), plan->targetDatabase, QStringLiteral("database name"), consequence,
                                       QStringLiteral("this restore writes into %1 and there is no terminal to confirm it").arg(plan->targetDatabase),
                                       QStringLiteral("review it with --dry-run, then pass --yes"));
        !st)
        return fail(st.error());
    auto result = engine.execute(request, *plan, run.cancel);
    run.printer.finish();
    if (!result)
        return fail(result.error());
    Status csv;
    if (const QString file = m_target.reportFile(parser); !file.isEmpty())
        csv = result->writeCsv(file);
    if (json())
        printJson(result->toJson());
    else
        printMergeResult(m_out, *result);
    if (!csv)
        return fail(csv.error());
    return result->verified() ? 0 : int(ErrorCode::IntegrityMismatch);
}

} // namespace lifeboat::cli
