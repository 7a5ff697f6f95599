#include "cli/output/MatrixOnePrinter.h"

#include "cli/output/ProgressPrinter.h"
#include "cli/output/SnapshotPrinter.h"

namespace lifeboat::cli {

namespace {

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

QString scopeColumn(const MatrixOneSnapshot &s)
{
    switch (s.level) {
    case MatrixOneLevel::Account:
        return QStringLiteral("(all)");
    case MatrixOneLevel::Database:
        return s.database;
    case MatrixOneLevel::Table:
        return s.database + QLatin1Char('.') + s.table;
    }
    return {};
}

} // namespace

void MatrixOnePrinter::printList(QTextStream &out, const QString &server, const QList<MatrixOneSnapshot> &snapshots)
{
    if (snapshots.isEmpty()) {
        out << "No snapshots on MatrixOne at " << server << ".\n";
        out.flush();
        return;
    }
    out << "Snapshots on MatrixOne at " << server << "\n\n";
    int nameWidth = 4;
    for (const auto &s : snapshots)
        nameWidth = std::max(nameWidth, int(s.name.size()));
    out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
               .arg(QStringLiteral("name"), -nameWidth)
               .arg(QStringLiteral("created"), -16)
               .arg(QStringLiteral("level"), -8)
               .arg(QStringLiteral("scope"), -24)
               .arg(QStringLiteral("account"), -10)
               .arg(QStringLiteral("purpose"), -14)
               .arg(QStringLiteral("verified"));
    QStringList problems;
    for (const auto &s : snapshots) {
        out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                   .arg(s.name, -nameWidth)
                   .arg(SnapshotPrinter::shortTime(s.createdAt), -16)
                   .arg(matrixOneLevelName(s.level), -8)
                   .arg(scopeColumn(s), -24)
                   .arg(orDash(s.account), -10)
                   .arg(orDash(s.info.purpose), -14)
                   .arg(s.onServer ? snapshotVerificationName(s.verification) : QStringLiteral("GONE"));
        if (!s.problem().isEmpty())
            problems << s.name + QStringLiteral(": ") + s.problem();
    }
    out << "\n" << snapshots.size() << (snapshots.size() == 1 ? " snapshot\n" : " snapshots\n");
    for (const auto &p : std::as_const(problems))
        out << "warning: " << p << "\n";
    out.flush();
}

void MatrixOnePrinter::printInfo(QTextStream &out, const MatrixOneSnapshot &s)
{
    auto line = [&](const char *label, const QString &value) {
        out << QStringLiteral("  %1 ").arg(QLatin1String(label) + QLatin1Char(':'), -16) << value << "\n";
    };
    out << "Snapshot: " << s.name << (s.inCatalog ? "" : "  (not taken by Lifeboat: the server's record only)") << "\n";
    line("server", QStringLiteral("MatrixOne at %1").arg(s.server));
    line("account", orDash(s.account));
    line("level", matrixOneLevelName(s.level) + (s.serverLevel.isEmpty() || s.serverLevel == matrixOneLevelName(s.level)
                                                     ? QString()
                                                     : QStringLiteral(" (the server took an %1 snapshot; Lifeboat restores only the %2)")
                                                           .arg(s.serverLevel, s.scopeText())));
    line("scope", s.scopeText());
    line("created", s.createdAt.isValid() ? s.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" (") +
                                                s.createdAt.toUTC().toString(Qt::ISODate) + QLatin1Char(')')
                                          : QStringLiteral("-"));
    line("created by", orDash(s.info.createdBy));
    line("purpose", orDash(s.info.purpose));
    line("description", orDash(s.info.description));
    line("version before", orDash(s.info.versionBefore));
    line("version target", orDash(s.info.versionTarget));
    line("tags", s.info.tags.isEmpty() ? QStringLiteral("-") : s.info.tags.join(QStringLiteral(", ")));
    line("delete after", s.info.deleteAfter.isValid() ? SnapshotPrinter::shortTime(s.info.deleteAfter) : QStringLiteral("- (kept until deleted)"));
    line("verified", s.verification == SnapshotVerification::Never
                         ? QStringLiteral("never")
                         : QStringLiteral("%1 at %2 (%3)").arg(snapshotVerificationName(s.verification), SnapshotPrinter::shortTime(s.verifiedAt), s.verificationNote));
    if (!s.problem().isEmpty())
        line("problem", s.problem());
    out.flush();
}

void MatrixOnePrinter::printPlan(QTextStream &out, const MatrixOneRestorePlan &plan)
{
    out << "Restore plan: snapshot " << plan.snapshot.name << " (" << plan.snapshot.scopeText() << ", taken "
        << SnapshotPrinter::shortTime(plan.snapshot.createdAt) << ") on MatrixOne at " << plan.snapshot.server << "\n";
    if (plan.snapshot.serverLevel == QLatin1String("account") && plan.snapshot.level != MatrixOneLevel::Account)
        out << "  (the server holds an account snapshot; only the " << plan.snapshot.scopeText() << " it was taken for is restored)\n";
    if (!plan.tablesRestored.isEmpty())
        out << "  restored:  " << plan.tablesRestored.join(QStringLiteral(", ")) << "\n";
    if (!plan.tablesDropped.isEmpty())
        out << "  dropped (not in the snapshot): " << plan.tablesDropped.join(QStringLiteral(", ")) << "\n";
    if (!plan.tablesUntouched.isEmpty())
        out << "  untouched: " << plan.tablesUntouched.join(QStringLiteral(", ")) << "\n";
    out << "\nSteps:\n";
    int n = 1;
    for (const auto &step : plan.steps)
        out << "  " << n++ << ". " << step << "\n";
    out << "\n";
    out.flush();
}

void MatrixOnePrinter::printReport(QTextStream &out, const VerificationReport &report)
{
    out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
               .arg(QStringLiteral("database"), -16)
               .arg(QStringLiteral("table"), -20)
               .arg(QStringLiteral("snapshot"), 9)
               .arg(QStringLiteral("rows"), 9)
               .arg(QStringLiteral("checksum snap"), -16)
               .arg(QStringLiteral("checksum"), -16)
               .arg(QStringLiteral("status"));
    for (const auto &r : report.rows) {
        out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                   .arg(r.database, -16)
                   .arg(r.collection, -20)
                   .arg(r.fileCount < 0 ? QStringLiteral("-") : QString::number(r.fileCount), 9)
                   .arg(r.dbCount < 0 ? QStringLiteral("-") : QString::number(r.dbCount), 9)
                   .arg(orDash(r.digestArchive), -16)
                   .arg(orDash(r.digestDb), -16)
                   .arg(toString(r.status));
        if (r.status != VerificationStatus::Ok)
            out << "    " << r.notes.join(QStringLiteral("; ")) << "\n";
    }
    out.flush();
}

void MatrixOnePrinter::printClone(QTextStream &out, const MatrixOneCloneOutcome &o)
{
    out << "Cloned snapshot " << o.snapshot.name << " (" << o.sourceDatabase << ") into " << o.targetDatabase << ": " << o.tables.size()
        << (o.tables.size() == 1 ? " table, " : " tables, ") << o.rows << " rows, in " << humanDuration(o.elapsedMs) << "\n";
    out << "  (MatrixOne 1.2.4 has no CLONE: tables created as at the snapshot, filled through snapshot reads)\n\n";
    printReport(out, o.report);
    out << "\n"
        << (o.report.allOk() ? "Verified: the clone matches the snapshot." : "MISMATCH: the clone differs from the snapshot.")
        << (o.dropped ? QStringLiteral(" The scratch database %1 was dropped.").arg(o.targetDatabase)
                      : QStringLiteral(" Drop %1 when done (DROP DATABASE %1).").arg(o.targetDatabase))
        << "\n";
    out.flush();
}

} // namespace lifeboat::cli
