#include "cli/commands/DiffCommand.h"

#include "cli/common/SignalCancel.h"
#include "core/diff/DocumentDiffEngine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace lifeboat::cli {

namespace {


QString targetWord(const DiffRequest &r)
{
    return r.againstArchive.isEmpty() ? QStringLiteral("database") : QStringLiteral("other archive");
}

// Prints each difference as it comes, and writes it to the CSV report.
class PrintingSink final : public DiffSink {
public:
    PrintingSink(QTextStream &out, bool json, QString target) : m_out(out), m_json(json), m_target(std::move(target)) {}
    QFile *csv = nullptr;
    bool writeFailed = false;

    void difference(const DocumentDifference &d) override
    {
        if (m_json) {
            m_out << QJsonDocument(d.toJson()).toJson(QJsonDocument::Compact) << "\n";
        } else {
            m_out << d.collection << ": " << label(d.kind) << ": " << QString::fromUtf8(d.id);
            if (!d.changedFields.isEmpty())
                m_out << "  (" << d.changedFields.join(QStringLiteral(", ")) << ")";
            m_out << "\n";
        }
        if (csv) {
            const QByteArray row = d.csvRow();
            writeFailed = writeFailed || csv->write(row) != row.size();
        }
    }

private:
    QString label(DocumentDifference::Kind kind) const
    {
        switch (kind) {
        case DocumentDifference::Kind::OnlyInArchive:
            return QStringLiteral("only in the archive");
        case DocumentDifference::Kind::OnlyInTarget:
            return QStringLiteral("only in the ") + m_target;
        case DocumentDifference::Kind::Different:
            return QStringLiteral("different");
        }
        return {};
    }

    QTextStream &m_out;
    bool m_json;
    QString m_target;
};

QString summaryLine(const CollectionDiff &c, const QString &target)
{
    const QLocale en(QLocale::English);
    if (!c.inArchive && !c.inTarget)
        return QStringLiteral("%1: in neither").arg(c.collection);
    QString line = QStringLiteral("%1: %2 only in the archive, %3 only in the %4, %5 different, %6 same")
                       .arg(c.collection, en.toString(c.onlyInArchive), en.toString(c.onlyInTarget), target, en.toString(c.different),
                            en.toString(c.same));
    if (!c.inArchive)
        line += QStringLiteral(" (not in the archive)");
    else if (!c.inTarget)
        line += QStringLiteral(" (not in the %1)").arg(target);
    return line;
}

} // namespace

DiffCommand::DiffCommand(QTextStream &out, QTextStream &err)
    : Verb(out, err), m_common({.json = QStringLiteral("Each difference, each collection's summary and the result as JSON lines on stdout."),
                                .mongoDb = QStringLiteral("Compare with this database (default: $MONGO_DB, then .env).")})
{
}

void DiffCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("archive"), QStringLiteral("The .tar, .tar.gz or .tar.zst archive."));
    parser.addOptions({
        m_common.mongoUri,
        m_common.mongoDb,
        QCommandLineOption(QStringLiteral("against"), QStringLiteral("Compare with this other archive instead of a database."), QStringLiteral("archive2")),
        QCommandLineOption(QStringLiteral("source-db"), QStringLiteral("Which database of a whole-deployment archive."), QStringLiteral("name")),
        QCommandLineOption(QStringLiteral("collection"), QStringLiteral("Only this collection (repeatable)."), QStringLiteral("name")),
        QCommandLineOption(QStringLiteral("filter"), QStringLiteral("Only the documents this MongoDB query document selects, on both sides."), QStringLiteral("json")),
        QCommandLineOption(QStringLiteral("report"), QStringLiteral("Write every difference as CSV (RFC 4180)."), QStringLiteral("file.csv")),
        QCommandLineOption(QStringLiteral("memory-limit"), QStringLiteral("MiB of sorted _ids kept in memory per collection side before spilling to temporary files (default 256)."),
                           QStringLiteral("mib"), QStringLiteral("256")),
        m_common.envFile,
        m_common.json,
    });
}

int DiffCommand::execute(const QCommandLineParser &parser)
{
    auto archive = oneArgument(parser, QStringLiteral("archive"));
    if (!archive)
        return fail(archive.error());
    DiffRequest request;
    request.archivePath = *archive;
    request.sourceDatabase = parser.value(QStringLiteral("source-db"));
    request.collections = parser.values(QStringLiteral("collection"));
    request.againstArchive = parser.value(QStringLiteral("against"));
    auto filter = DocumentFilter::parse(parser.value(QStringLiteral("filter")).toUtf8());
    if (!filter)
        return fail(filter.error());
    request.filter = *filter;
    bool ok = false;
    const int mib = parser.value(QStringLiteral("memory-limit")).toInt(&ok);
    if (!ok || mib < 1)
        return fail(Error(ErrorCode::Usage, QStringLiteral("--memory-limit takes a whole number of MiB from 1 up")));
    request.memoryLimit = qint64(mib) * 1024 * 1024;
    if (request.againstArchive.isEmpty()) {
        auto config = m_common.checkedConnection(parser);
        if (!config)
            return fail(config.error());
        request.mongoUri = config->mongoUri;
        request.targetDatabase = config->database;
        if (request.targetDatabase.isEmpty())
            return fail(Error(ErrorCode::Usage, QStringLiteral("give the database to compare with (--mongo-db) or another archive (--against)")));
    } else if (parser.isSet(m_common.mongoDb)) {
        return fail(Error(ErrorCode::Usage, QStringLiteral("give either --mongo-db or --against, not both")));
    }

    QFile csv(parser.value(QStringLiteral("report")));
    PrintingSink sink(m_out, json(), targetWord(request));
    if (!csv.fileName().isEmpty()) {
        if (!csv.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(Error(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(csv.fileName(), csv.errorString())));
        csv.write(DocumentDifference::csvHeader());
        sink.csv = &csv;
    }
    CancelToken cancel;
    SignalCancel signalGuard(cancel);
    auto result = DocumentDiffEngine().run(request, sink, cancel);
    m_out.flush();
    if (!result)
        return fail(result.error());
    if (csv.isOpen() && (sink.writeFailed || !csv.flush()))
        return fail(Error(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(csv.fileName(), csv.errorString())));
    int differing = 0;
    for (const CollectionDiff &c : std::as_const(result->collections)) {
        differing += c.identical() ? 0 : 1;
        if (json())
            printJson(c.toJson());
        else
            m_out << summaryLine(c, targetWord(request)) << "\n";
    }
    if (json()) {
        printJson(QJsonObject{{QStringLiteral("event"), QStringLiteral("result")},
                              {QStringLiteral("ok"), true},
                              {QStringLiteral("identical"), result->identical()},
                              {QStringLiteral("collections"), int(result->collections.size())},
                              {QStringLiteral("differing"), differing},
                              {QStringLiteral("elapsedMs"), result->elapsedMs},
                              {QStringLiteral("spilledRuns"), result->spilledRuns}});
    } else {
        m_out << (differing == 0 ? QStringLiteral("Same: %1 collections hold the same documents.").arg(result->collections.size())
                                 : QStringLiteral("Different: %1 of %2 collections differ.").arg(differing).arg(result->collections.size()))
              << "\n";
    }
    m_out.flush();
    return differing == 0 ? 0 : int(ErrorCode::IntegrityMismatch);
}

} // namespace lifeboat::cli
