#include "cli/output/SnapshotPrinter.h"

#include "cli/output/ProgressPrinter.h"

namespace lifeboat::cli {

namespace {

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

QString databaseColumn(const SnapshotEntry &e)
{
    if (!e.usable())
        return QStringLiteral("-");
    if (e.scope == QLatin1String("deployment"))
        return QStringLiteral("(all: %1)").arg(e.databases.size());
    return orDash(e.database());
}

QString longTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" (") + t.toUTC().toString(Qt::ISODate) + QLatin1Char(')')
                       : QStringLiteral("-");
}

} // namespace

QString SnapshotPrinter::shortTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

void SnapshotPrinter::printList(QTextStream &out, const QList<SnapshotEntry> &entries)
{
    int nameWidth = 4;
    for (const auto &e : entries)
        nameWidth = std::max(nameWidth, int(e.name.size()));
    const QString header = QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9\n")
                               .arg(QStringLiteral("name"), -nameWidth)
                               .arg(QStringLiteral("created"), -16)
                               .arg(QStringLiteral("level"), -10)
                               .arg(QStringLiteral("database"), -16)
                               .arg(QStringLiteral("collections"), 11)
                               .arg(QStringLiteral("documents"), 10)
                               .arg(QStringLiteral("size"), 10)
                               .arg(QStringLiteral("purpose"), -14)
                               .arg(QStringLiteral("verified"));
    out << header;
    qint64 total = 0;
    QStringList problems;
    for (const auto &e : entries) {
        total += e.fileSize;
        const bool ok = e.usable();
        out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9\n")
                   .arg(e.name, -nameWidth)
                   .arg(shortTime(e.createdAt), -16)
                   .arg(ok ? e.levelName() : QStringLiteral("-"), -10)
                   .arg(databaseColumn(e), -16)
                   .arg(ok ? QString::number(e.collections.size()) : QStringLiteral("-"), 11)
                   .arg(ok ? QString::number(e.documents) : QStringLiteral("-"), 10)
                   .arg(humanBytes(e.fileSize), 10)
                   .arg(orDash(e.info.purpose), -14)
                   .arg(ok ? snapshotVerificationName(e.verification) : QStringLiteral("UNUSABLE"));
        if (!ok)
            problems << e.fileName + QStringLiteral(": ") + e.problem;
    }
    out << "\n" << entries.size() << (entries.size() == 1 ? " snapshot, " : " snapshots, ") << humanBytes(total) << "\n";
    for (const auto &p : std::as_const(problems))
        out << "warning: " << p << "\n";
    out.flush();
}

void SnapshotPrinter::printInfo(QTextStream &out, const SnapshotEntry &e, const Manifest *m)
{
    auto line = [&](const char *label, const QString &value) {
        out << QStringLiteral("  %1 ").arg(QLatin1String(label) + QLatin1Char(':'), -16) << value << "\n";
    };
    out << "Snapshot: " << e.name << (e.hasSnapshotInfo ? "" : "  (a plain backup: its manifest has no snapshot object)") << "\n";
    line("file", e.path);
    line("size", QStringLiteral("%1 (%2 bytes), %3").arg(humanBytes(e.fileSize)).arg(e.fileSize).arg(orDash(e.compression)));
    if (!e.usable()) {
        line("problem", e.problem);
        out.flush();
        return;
    }
    line("created", longTime(e.createdAt));
    line("created by", orDash(e.info.createdBy));
    line("level", e.levelName());
    line("purpose", orDash(e.info.purpose));
    line("description", orDash(e.info.description));
    line("version before", orDash(e.info.versionBefore));
    line("version target", orDash(e.info.versionTarget));
    line("tags", e.info.tags.isEmpty() ? QStringLiteral("-") : e.info.tags.join(QStringLiteral(", ")));
    line("delete after", e.info.deleteAfter.isValid() ? longTime(e.info.deleteAfter) : QStringLiteral("- (kept until deleted)"));
    line("databases", QStringLiteral("%1 (%2)").arg(e.databases.join(QStringLiteral(", ")), e.scope));
    line("source", e.sourceHosts + (e.server.isEmpty() ? QString() : QStringLiteral(" (") + e.server + QLatin1Char(')')));
    line("totals", QStringLiteral("%1 collections, %2 documents, %3").arg(e.collections.size()).arg(e.documents).arg(humanBytes(e.bytes)));
    line("verified", e.verification == SnapshotVerification::Never
                         ? QStringLiteral("never")
                         : QStringLiteral("%1 at %2 (%3)").arg(snapshotVerificationName(e.verification), longTime(e.verifiedAt), e.verificationNote));
    if (m) {
        line("point in time", m->pointInTime ? QStringLiteral("yes") : QStringLiteral("no (") + m->pointInTimeNote + QLatin1Char(')'));
        out << "\n"
            << QStringLiteral("%1  %2  %3  %4\n").arg(QStringLiteral("collection"), -40).arg(QStringLiteral("type"), -11).arg(QStringLiteral("documents"), 10).arg(QStringLiteral("size"), 10);
        for (const auto &c : m->collections) {
            const QString name = m->nestsDatabases() ? c.ns() : c.name;
            if (c.type == QLatin1String("view"))
                out << QStringLiteral("%1  %2  %3  %4\n").arg(name, -40).arg(c.type, -11).arg(QStringLiteral("-"), 10).arg(QStringLiteral("on ") + c.viewOn, 10);
            else
                out << QStringLiteral("%1  %2  %3  %4\n").arg(name, -40).arg(c.type, -11).arg(c.documents, 10).arg(humanBytes(c.bytes), 10);
        }
    }
    out.flush();
}

void SnapshotPrinter::printPrune(QTextStream &out, const QList<RetentionPolicy::Decision> &decisions)
{
    int nameWidth = 4;
    for (const auto &d : decisions)
        nameWidth = std::max(nameWidth, int(d.entry.name.size()));
    out << QStringLiteral("%1  %2  %3  %4\n").arg(QStringLiteral("name"), -nameWidth).arg(QStringLiteral("created"), -16).arg(QStringLiteral("action"), -6).arg(QStringLiteral("reason"));
    for (const auto &d : decisions)
        out << QStringLiteral("%1  %2  %3  %4\n")
                   .arg(d.entry.name, -nameWidth)
                   .arg(shortTime(d.entry.createdAt), -16)
                   .arg(d.remove ? QStringLiteral("delete") : QStringLiteral("keep"), -6)
                   .arg(d.reason);
    out.flush();
}

void SnapshotPrinter::printSwap(QTextStream &out, const SwapPlan &plan, bool withStatus)
{
    out << "Swap: " << plan.fromDatabase << " -> " << plan.toDatabase << "\n\n";
    out << QStringLiteral("%1  %2  %3\n").arg(QStringLiteral("step"), -14).arg(QStringLiteral("collection"), -30).arg(withStatus ? QStringLiteral("status") : QString());
    for (const auto &s : plan.steps) {
        QString status;
        if (withStatus) {
            status = s.statusName();
            if (s.status == SwapStep::Status::Done)
                status += QStringLiteral(" (%1 ms)").arg(s.elapsedMs);
            if (!s.error.isEmpty())
                status += QStringLiteral(": ") + s.error;
        }
        out << QStringLiteral("%1  %2  %3\n").arg(s.kindName(), -14).arg(s.collection, -30).arg(status);
    }
    for (const auto &w : plan.warnings)
        out << "warning: " << w << "\n";
    out.flush();
}

} // namespace lifeboat::cli
