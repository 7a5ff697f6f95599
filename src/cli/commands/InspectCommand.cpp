#include "cli/commands/InspectCommand.h"

#include "cli/common/SignalCancel.h"
#include "cli/output/ProgressPrinter.h"
#include "core/verify/ArchiveInspector.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace lifeboat::cli {

namespace {

using Row = InspectCommand::Row;

// With a manifest: each collection it lists, "MISMATCH" where a problem names its file.
QList<Row> manifestRows(const InspectionReport &report)
{
    QList<Row> rows;
    for (const auto &c : report.manifest->collections) {
        Row r{c.database, c.name, c.file, c.type, c.documents, c.bytes, QStringLiteral("ok")};
        if (c.type == QLatin1String("view")) {
            r.status = QStringLiteral("view on ") + c.viewOn;
        } else {
            for (const auto &p : std::as_const(report.problems)) {
                if (p.startsWith(c.file + QLatin1Char(':')) || p.startsWith(c.file.section(QLatin1Char('/'), -1) + QLatin1String(" line"))) {
                    r.status = QStringLiteral("MISMATCH");
                    break;
                }
            }
        }
        rows << r;
    }
    return rows;
}

// Without one: each collection file found, parsed or not.
QList<Row> fileRows(const InspectionReport &report)
{
    QList<Row> rows;
    for (const auto &f : std::as_const(report.files)) {
        const auto role = report.layout.classify(f.path);
        if (role.kind != ArchiveLayout::FileRole::Collection)
            continue;
        rows << Row{role.database, role.collection, f.path, role.isBucketFile ? QStringLiteral("buckets") : QStringLiteral("collection"),
                    f.documents, f.size, f.error.isEmpty() ? QStringLiteral("parsed") : QStringLiteral("UNREADABLE")};
    }
    return rows;
}

// 0, or ArchiveCorrupt when something could not be read at all, else IntegrityMismatch.
int exitCode(const InspectionReport &report)
{
    if (report.ok())
        return 0;
    const bool unreadable = !report.manifestError.isEmpty()
                            || std::any_of(report.files.cbegin(), report.files.cend(), [](const auto &f) { return !f.error.isEmpty(); });
    return int(unreadable ? ErrorCode::ArchiveCorrupt : ErrorCode::IntegrityMismatch);
}

} // namespace

void InspectCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("archive"), QStringLiteral("The .tar, .tar.gz or .tar.zst archive."));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print the report as JSON on stdout.")));
}

int InspectCommand::execute(const QCommandLineParser &parser)
{
    const auto path = oneArgument(parser, QStringLiteral("archive"));
    if (!path)
        return fail(path.error());

    CancelToken cancel;
    SignalCancel signalGuard(cancel);
    auto report = ArchiveInspector::inspect(*path, ArchiveInspector::Depth::Documents, cancel);
    if (!report)
        return fail(report.error());
    const QList<Row> rows = report->manifest ? manifestRows(*report) : fileRows(*report);
    if (json())
        printJsonReport(*path, *report, rows);
    else
        printTextReport(*path, *report, rows);
    return exitCode(*report);
}

void InspectCommand::printJsonReport(const QString &path, const InspectionReport &report, const QList<Row> &rows)
{
    QJsonArray cols;
    for (const auto &r : rows)
        cols.append(QJsonObject{{QStringLiteral("database"), r.database}, {QStringLiteral("collection"), r.collection},
                                {QStringLiteral("file"), r.file}, {QStringLiteral("type"), r.type},
                                {QStringLiteral("documents"), r.documents}, {QStringLiteral("bytes"), r.bytes},
                                {QStringLiteral("status"), r.status}});
    QJsonObject o{{QStringLiteral("ok"), report.ok()},
                  {QStringLiteral("archive"), path},
                  {QStringLiteral("hasManifest"), bool(report.manifest)},
                  {QStringLiteral("hasMetadata"), report.hasMetadata},
                  {QStringLiteral("hasIndex"), report.hasIndex},
                  {QStringLiteral("topFolder"), report.layout.topFolder()},
                  {QStringLiteral("collections"), cols},
                  {QStringLiteral("problems"), QJsonArray::fromStringList(report.problems)}};
    if (report.manifest)
        o.insert(QStringLiteral("manifest"), report.manifest->toJson());
    if (!report.warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings));
    printJson(o);
}

void InspectCommand::printTextReport(const QString &path, const InspectionReport &report, const QList<Row> &rows)
{
    m_out << "Archive: " << path << "\n";
    printSummary(report);
    m_out << "\n";
    printRows(rows);
    m_out << "\n";
    printVerdict(report);
    m_out.flush();
}

// What the manifest says, or why there is none.
void InspectCommand::printSummary(const InspectionReport &report)
{
    if (report.manifest) {
        const Manifest &m = *report.manifest;
        m_out << "  name:        " << m.name << "\n";
        m_out << "  created:     " << m.createdAt.toString(Qt::ISODate) << " by " << m.toolName << " " << m.toolVersion << "\n";
        m_out << "  source:      " << m.sourceHosts << " (" << m.server.value(QStringLiteral("flavour")).toString() << " "
              << m.server.value(QStringLiteral("version")).toString() << ", " << m.server.value(QStringLiteral("topology")).toString() << ")\n";
        m_out << "  databases:   " << m.databases.join(QStringLiteral(", ")) << " (" << m.scope << ")\n";
        m_out << "  format:      v" << m.formatVersion << ", " << m.jsonStyle << (m.pretty ? " pretty" : "") << " Extended JSON, " << m.compression << "\n";
        m_out << "  point in time: " << (m.pointInTime ? QStringLiteral("yes") : QStringLiteral("no")) << "\n";
        m_out << "  totals:      " << m.collections.size() << " collections, " << m.totalDocuments() << " documents, "
              << humanBytes(m.totalBytes()) << "\n";
        m_out << "  index:       " << (report.hasIndex ? "yes (checked against the contents)" : "no") << "\n";
    } else if (!report.manifestError.isEmpty()) {
        m_out << "  manifest.json cannot be read: " << report.manifestError << "\n";
    } else {
        m_out << "  no manifest.json: an archive from the runbook's scripts (or another tool); documents were parsed, "
                 "but there are no checksums to compare with\n";
        m_out << "  collections_metadata.json: " << (report.hasMetadata ? "present" : "missing") << "\n";
    }
}

void InspectCommand::printRows(const QList<Row> &rows)
{
    m_out << QStringLiteral("%1  %2  %3  %4\n").arg(QStringLiteral("collection"), -40).arg(QStringLiteral("type"), -10)
                 .arg(QStringLiteral("documents"), 10).arg(QStringLiteral("status"));
    for (const auto &r : rows) {
        const QString ns = r.database.isEmpty() ? r.collection : r.database + QLatin1Char('.') + r.collection;
        m_out << QStringLiteral("%1  %2  %3  %4\n").arg(ns, -40).arg(r.type, -10).arg(r.documents, 10).arg(r.status);
    }
}

void InspectCommand::printVerdict(const InspectionReport &report)
{
    if (!report.warnings.isEmpty()) {
        m_out << "Warnings (members no reader should trust):\n";
        for (const auto &w : std::as_const(report.warnings))
            m_out << "  - " << w << "\n";
    }
    if (report.ok()) {
        m_out << (report.manifest ? "Integrity check passed: every file and document matches the manifest.\n" : "Every document parsed.\n");
        return;
    }
    m_out << "Integrity check FAILED:\n";
    for (const auto &p : std::as_const(report.problems))
        m_out << "  - " << p << "\n";
}

} // namespace lifeboat::cli
