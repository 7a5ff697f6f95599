#include "cli/commands/snapshot/SnapshotLoadReport.h"

#include "cli/commands/RestoreFlow.h"
#include "cli/output/ReportPrinter.h"
#include "cli/output/SnapshotPrinter.h"
#include "core/snapshot/SnapshotRestorer.h"

#include <QJsonArray>

namespace lifeboat::cli {

namespace {

using Mode = SnapshotRestoreRequest::Mode;

QString modeName(const SnapshotRestoreRequest &request, const SnapshotRestoreOutcome &o)
{
    if (request.mode == Mode::Clone)
        return QStringLiteral("clone");
    if (o.fellBackToRestore)
        return QStringLiteral("restore (fallback from swap)");
    return request.mode == Mode::Swap ? QStringLiteral("swap") : QStringLiteral("restore");
}

// The load's report, states and warnings, as `restore --json` has them.
void insertLoad(QJsonObject &j, const RestoreResult &load)
{
    j.insert(QStringLiteral("report"), load.report.toJson());
    QJsonObject states;
    for (auto it = load.states.cbegin(); it != load.states.cend(); ++it)
        states.insert(it.key(), it.value());
    j.insert(QStringLiteral("states"), states);
    j.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(load.warnings));
}

void printVerdict(QTextStream &out, const SnapshotRestoreRequest &request, const SnapshotRestorePlan &plan, const SnapshotRestoreOutcome &o)
{
    const QString &target = plan.targetDatabase;
    out << "\n";
    if (request.mode == Mode::Clone)
        out << "Snapshot " << plan.snapshot.name << " cloned into " << target << " and verified: it matches its manifest.\n";
    else if (request.mode == Mode::Swap && !o.fellBackToRestore)
        out << target << " now holds snapshot " << plan.snapshot.name << " (swapped in from " << plan.stagingDatabase << ", verified).\n";
    else
        out << target << " rolled back to snapshot " << plan.snapshot.name << " and verified.\n";
}

} // namespace

QStringList SnapshotLoadReport::steps(const SnapshotRestoreRequest &request, const SnapshotRestorePlan &plan)
{
    const QString &target = plan.targetDatabase;
    const bool swap = request.mode == Mode::Swap;
    QStringList steps;
    if (!plan.scratchDatabase.isEmpty() && !swap)
        steps << QStringLiteral("load the snapshot into the scratch database %1, verify it fully, drop it").arg(plan.scratchDatabase);
    if (swap)
        steps << QStringLiteral("load the snapshot into the staging database %1 and verify it fully").arg(plan.stagingDatabase);
    if (plan.willTakeSafetySnapshot)
        steps << QStringLiteral("take a safety snapshot of %1 into %2").arg(target, request.snapshotDir);
    if (swap)
        steps << QStringLiteral("move each collection from %1 into %2 under a temporary name (%2's own collections are not touched yet)").arg(plan.stagingDatabase, target)
              << QStringLiteral("cut over: rename each temporary collection over its name (dropTarget: true), recreate views%1; drop %2")
                     .arg(request.keepExtra || !request.collections.isEmpty() ? QString() : QStringLiteral(", drop the extra collections"), plan.stagingDatabase);
    else if (request.mode == Mode::Clone)
        steps << QStringLiteral("restore the snapshot into %1 and verify it fully (digests against the manifest)").arg(target);
    else
        steps << QStringLiteral("restore the snapshot into %1 in place and verify it fully (digests against the manifest)").arg(target);
    if (swap && request.fallbackRestore)
        steps << QStringLiteral("where the server cannot rename across databases: load into %1 and verify, then restore %2 in place").arg(plan.scratchDatabase, target);
    return steps;
}

void SnapshotLoadReport::printPlan(QTextStream &out, const SnapshotRestorePlan &plan, const QStringList &steps)
{
    const SnapshotEntry &e = plan.snapshot;
    out << "Snapshot " << e.name << ": " << e.levelName() << " snapshot of " << (e.database().isEmpty() ? e.databases.join(QStringLiteral(", ")) : e.database())
        << ", taken " << SnapshotPrinter::shortTime(e.createdAt) << (e.info.purpose.isEmpty() ? QString() : QStringLiteral(" (") + e.info.purpose + QLatin1Char(')'))
        << ", " << e.documents << " documents\n";
    ReportPrinter::printPlan(out, plan.plan);
    out << "\nSteps:\n";
    for (int i = 0; i < steps.size(); ++i)
        out << "  " << (i + 1) << ". " << steps.at(i) << "\n";
    out.flush();
}

QJsonObject SnapshotLoadReport::planJson(const SnapshotRestorePlan &plan, const QStringList &steps)
{
    QJsonObject o = plan.plan.toJson();
    o.insert(QStringLiteral("snapshot"), plan.snapshot.name);
    o.insert(QStringLiteral("scratchDatabase"), plan.scratchDatabase);
    o.insert(QStringLiteral("stagingDatabase"), plan.stagingDatabase);
    o.insert(QStringLiteral("safetySnapshot"), plan.willTakeSafetySnapshot);
    o.insert(QStringLiteral("steps"), QJsonArray::fromStringList(steps));
    return o;
}

std::optional<Error> SnapshotLoadReport::failure(const SnapshotRestoreRequest &request, const SnapshotRestorePlan &plan, const SnapshotRestoreOutcome &o)
{
    const QString rollback = o.rollbackCommand(request.mongoUri);
    std::optional<Error> failure = o.failure;
    if (failure && o.load && o.load->failure)
        failure = RestoreFlow::stoppedError(*o.load, QString());
    if (failure && !rollback.isEmpty() && o.targetTouched)
        failure->hint = QStringLiteral("roll back with: ") + rollback;
    if (!failure && o.load && !o.load->report.allOk())
        failure = Error(ErrorCode::IntegrityMismatch, QStringLiteral("%1 does not match the snapshot %2 (see the report)").arg(plan.targetDatabase, plan.snapshot.name),
                        rollback.isEmpty() ? QString() : QStringLiteral("roll back with: ") + rollback);
    return failure;
}

QJsonObject SnapshotLoadReport::outcomeJson(const SnapshotRestoreRequest &request, const SnapshotRestorePlan &plan, const QStringList &steps,
                                            const SnapshotRestoreOutcome &o, const std::optional<Error> &failure)
{
    QJsonObject j{{QStringLiteral("ok"), !failure.has_value()},
                  {QStringLiteral("snapshot"), plan.snapshot.name},
                  {QStringLiteral("target"), plan.targetDatabase},
                  {QStringLiteral("mode"), modeName(request, o)},
                  {QStringLiteral("plan"), planJson(plan, steps)},
                  {QStringLiteral("safetySnapshot"), o.safetySnapshot},
                  {QStringLiteral("safetySnapshotPath"), o.safetySnapshotPath},
                  {QStringLiteral("fellBackToRestore"), o.fellBackToRestore},
                  {QStringLiteral("targetTouched"), o.targetTouched},
                  {QStringLiteral("messages"), QJsonArray::fromStringList(o.messages)},
                  {QStringLiteral("elapsedMs"), o.elapsedMs}};
    if (o.preVerification && (!o.load || request.mode == Mode::Swap || o.fellBackToRestore || request.verifyFirst))
        j.insert(QStringLiteral("preVerification"), o.preVerification->toJson());
    if (o.load)
        insertLoad(j, *o.load);
    if (o.swap)
        j.insert(QStringLiteral("swap"), o.swap->toJson());
    if (failure)
        j.insert(QStringLiteral("error"), RestoreFlow::errorJson(*failure, o.rollbackCommand(request.mongoUri)));
    return j;
}

void SnapshotLoadReport::printOutcome(QTextStream &out, const SnapshotRestoreRequest &request, const SnapshotRestorePlan &plan,
                                      const SnapshotRestoreOutcome &o, bool succeeded)
{
    const bool swapped = request.mode == Mode::Swap && !o.fellBackToRestore;
    if (o.preVerification && (request.verifyFirst || o.fellBackToRestore || request.mode == Mode::Swap)) {
        const QString scratch = o.plan.scratchDatabase.isEmpty() ? QStringLiteral("the scratch database") : o.plan.scratchDatabase;
        out << "\nVerification of the snapshot in " << (swapped ? plan.stagingDatabase : scratch) << ":\n";
        ReportPrinter::printReport(out, *o.preVerification);
    }
    RestoreFlow::printSafetySnapshot(out, o.safetySnapshot, o.safetySnapshotPath);
    if (o.load) {
        out << "\nVerification of " << plan.targetDatabase << ":";
        RestoreFlow::printResult(out, *o.load);
    }
    if (o.swap) {
        out << "\n";
        SnapshotPrinter::printSwap(out, o.swap->plan, true);
    }
    if (succeeded)
        printVerdict(out, request, plan, o);
    out.flush();
}

} // namespace lifeboat::cli
