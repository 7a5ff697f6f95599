#include "cli/output/ReportPrinter.h"

namespace lifeboat::cli {

namespace {
QString n(qint64 v)
{
    return v < 0 ? QStringLiteral("?") : QString::number(v);
}
} // namespace

void ReportPrinter::printPlan(QTextStream &out, const RestorePlan &plan)
{
    out << "Restore plan: " << plan.archivePath << "\n";
    out << "  into database " << plan.targetDatabase << " on " << plan.serverDescription
        << (plan.clone ? QStringLiteral(" (a clone of %1)").arg(plan.sourceDatabase) : QString())
        << (plan.targetExists ? QString() : QStringLiteral(" (a new database)")) << "\n";
    out << "  mode: " << plan.modeRisk() << "\n\n";
    out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
               .arg(QStringLiteral("action"), -21).arg(QStringLiteral("collection"), -30).arg(QStringLiteral("type"), -10)
               .arg(QStringLiteral("archive"), 9).arg(QStringLiteral("database"), 9).arg(QStringLiteral("time-series"), -12)
               .arg(QStringLiteral("validator"));
    for (const auto &c : plan.collections) {
        out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                   .arg(c.actionName(), -21).arg(c.name, -30).arg(c.type, -10)
                   .arg(c.action == PlannedCollection::Action::Drop ? QStringLiteral("-") : n(c.fileCount), 9)
                   .arg(c.existsInDb ? n(c.dbCount) : QStringLiteral("-"), 9)
                   .arg(c.timeseriesSource, -12).arg(c.validatorHandling);
    }
    if (!plan.warnings.isEmpty()) {
        out << "\nWarnings:\n";
        for (const auto &w : plan.warnings)
            out << "  - " << w << "\n";
    }
    if (const QStringList dropped = plan.droppedOptions(); !dropped.isEmpty()) {
        out << "\nLeft out, the server cannot honour them (--drop-unsupported-options):\n";
        for (const auto &d : dropped)
            out << "  - " << d << "\n";
    }
    out.flush();
}

void ReportPrinter::printReport(QTextStream &out, const VerificationReport &report)
{
    out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
               .arg(QStringLiteral("collection"), -30).arg(QStringLiteral("archive"), 9).arg(QStringLiteral("database"), 9)
               .arg(QStringLiteral("sample"), 6).arg(QStringLiteral("status"), -8).arg(QStringLiteral("notes"));
    for (const auto &r : report.rows) {
        out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                   .arg(r.collection, -30).arg(n(r.fileCount), 9).arg(n(r.dbCount), 9).arg(r.sampleSize, 6)
                   .arg(toString(r.status), -8).arg(r.notes.join(QStringLiteral("; ")));
    }
    out << "\n" << report.count(VerificationStatus::Ok) << " ok, " << report.count(VerificationStatus::Mismatch) << " mismatch, "
        << report.count(VerificationStatus::Skipped) << " skipped\n";
    out.flush();
}

} // namespace lifeboat::cli
