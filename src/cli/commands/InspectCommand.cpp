#include "cli/commands/InspectCommand.h"

#include "core/verify/ArchiveInspector.h"
#include "cli/output/ProgressPrinter.h"
#include "cli/common/SignalCancel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lifeboat::cli {

int InspectCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("archive"), QStringLiteral("The .tar, .tar.gz or .tar.zst archive."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the report as JSON on stdout."));
    parser.addOption(json);
    int code = 0;
    if (!parse(parser, args, code))
        return code;
    const bool asJson = parser.isSet(json);
    if (parser.positionalArguments().size() != 1)
        return fail(Error(ErrorCode::Usage, QStringLiteral("give exactly one archive")), asJson);
    const QString path = parser.positionalArguments().first();

    CancelToken cancel;
    SignalCancel signalGuard(cancel);
    auto report = ArchiveInspector::inspect(path, ArchiveInspector::Depth::Documents, cancel);
    if (!report)
        return fail(report.error(), asJson);

    // Each collection file with its check.
    struct Row {
        QString database, collection, file, type;
        qint64 documents = 0, bytes = 0;
        QString status;
    };
    QList<Row> rows;
    if (report->manifest) {
        for (const auto &c : report->manifest->collections) {
            Row r{c.database, c.name, c.file, c.type, c.documents, c.bytes, QStringLiteral("ok")};
            if (c.type == QLatin1String("view")) {
                r.status = QStringLiteral("view on ") + c.viewOn;
            } else {
                for (const auto &p : std::as_const(report->problems)) {
                    if (p.startsWith(c.file + QLatin1Char(':')) || p.startsWith(c.file.section(QLatin1Char('/'), -1) + QLatin1String(" line"))) {
                        r.status = QStringLiteral("MISMATCH");
                        break;
                    }
                }
            }
            rows << r;
        }
    } else {
        for (const auto &f : std::as_const(report->files)) {
            const auto role = report->layout.classify(f.path);
            if (role.kind != ArchiveLayout::FileRole::Collection)
                continue;
            rows << Row{role.database, role.collection, f.path, role.isBucketFile ? QStringLiteral("buckets") : QStringLiteral("collection"),
                        f.documents, f.size, f.error.isEmpty() ? QStringLiteral("parsed") : QStringLiteral("UNREADABLE")};
        }
    }

    if (asJson) {
        QJsonArray cols;
        for (const auto &r : rows)
            cols.append(QJsonObject{{QStringLiteral("database"), r.database}, {QStringLiteral("collection"), r.collection},
                                    {QStringLiteral("file"), r.file}, {QStringLiteral("type"), r.type},
                                    {QStringLiteral("documents"), r.documents}, {QStringLiteral("bytes"), r.bytes},
                                    {QStringLiteral("status"), r.status}});
        QJsonObject o{{QStringLiteral("ok"), report->ok()},
                      {QStringLiteral("archive"), path},
                      {QStringLiteral("hasManifest"), bool(report->manifest)},
                      {QStringLiteral("hasMetadata"), report->hasMetadata},
                      {QStringLiteral("hasIndex"), report->hasIndex},
                      {QStringLiteral("topFolder"), report->layout.topFolder()},
                      {QStringLiteral("collections"), cols},
                      {QStringLiteral("problems"), QJsonArray::fromStringList(report->problems)}};
        if (report->manifest)
            o.insert(QStringLiteral("manifest"), report->manifest->toJson());
        m_out << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
    } else {
        m_out << "Archive: " << path << "\n";
        if (report->manifest) {
            const Manifest &m = *report->manifest;
            m_out << "  name:        " << m.name << "\n";
            m_out << "  created:     " << m.createdAt.toString(Qt::ISODate) << " by " << m.toolName << " " << m.toolVersion << "\n";
            m_out << "  source:      " << m.sourceHosts << " (" << m.server.value(QStringLiteral("flavour")).toString() << " "
                  << m.server.value(QStringLiteral("version")).toString() << ", " << m.server.value(QStringLiteral("topology")).toString() << ")\n";
            m_out << "  databases:   " << m.databases.join(QStringLiteral(", ")) << " (" << m.scope << ")\n";
            m_out << "  format:      v" << m.formatVersion << ", " << m.jsonStyle << (m.pretty ? " pretty" : "") << " Extended JSON, " << m.compression << "\n";
            m_out << "  point in time: " << (m.pointInTime ? QStringLiteral("yes") : QStringLiteral("no")) << "\n";
            m_out << "  totals:      " << m.collections.size() << " collections, " << m.totalDocuments() << " documents, "
                  << humanBytes(m.totalBytes()) << "\n";
            m_out << "  index:       " << (report->hasIndex ? "yes (checked against the contents)" : "no") << "\n";
        } else if (!report->manifestError.isEmpty()) {
            m_out << "  manifest.json cannot be read: " << report->manifestError << "\n";
        } else {
            m_out << "  no manifest.json: an archive from the runbook's scripts (or another tool); documents were parsed, "
                     "but there are no checksums to compare with\n";
            m_out << "  collections_metadata.json: " << (report->hasMetadata ? "present" : "missing") << "\n";
        }
        m_out << "\n";
        m_out << QStringLiteral("%1  %2  %3  %4\n").arg(QStringLiteral("collection"), -40).arg(QStringLiteral("type"), -10)
                     .arg(QStringLiteral("documents"), 10).arg(QStringLiteral("status"));
        for (const auto &r : rows) {
            const QString ns = r.database.isEmpty() ? r.collection : r.database + QLatin1Char('.') + r.collection;
            m_out << QStringLiteral("%1  %2  %3  %4\n").arg(ns, -40).arg(r.type, -10).arg(r.documents, 10).arg(r.status);
        }
        m_out << "\n";
        if (report->ok()) {
            m_out << (report->manifest ? "Integrity check passed: every file and document matches the manifest.\n"
                                       : "Every document parsed.\n");
        } else {
            m_out << "Integrity check FAILED:\n";
            for (const auto &p : std::as_const(report->problems))
                m_out << "  - " << p << "\n";
        }
    }
    m_out.flush();
    if (!report->ok()) {
        const bool unreadable = !report->manifestError.isEmpty()
                                || std::any_of(report->files.cbegin(), report->files.cend(), [](const auto &f) { return !f.error.isEmpty(); });
        return int(unreadable ? ErrorCode::ArchiveCorrupt : ErrorCode::IntegrityMismatch);
    }
    return 0;
}

} // namespace lifeboat::cli
