#include "cli/commands/CatCommand.h"

#include "cli/common/SignalCancel.h"
#include "core/codec/ExtJsonCodec.h"
#include "core/query/CollectionQuery.h"

#include <cstdio>

namespace lifeboat::cli {

namespace {

// A whole number from 0 up (--skip, --limit); `fallback` when the option is not given.
Result<qint64> count(const QCommandLineParser &parser, const QString &option, qint64 fallback)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const qint64 n = parser.value(option).toLongLong(&ok);
    if (!ok || n < 0)
        return Error(ErrorCode::Usage, QStringLiteral("--%1 takes a whole number from 0 up").arg(option));
    return n;
}

} // namespace

void CatCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("archive"), QStringLiteral("The .tar, .tar.gz or .tar.zst archive."));
    parser.addPositionalArgument(QStringLiteral("collection"), QStringLiteral("The collection to print."));
    parser.addOptions({
        QCommandLineOption(QStringLiteral("filter"), QStringLiteral("Only the documents this MongoDB query document selects."), QStringLiteral("json")),
        QCommandLineOption(QStringLiteral("skip"), QStringLiteral("Leave out the first N selected documents."), QStringLiteral("n")),
        QCommandLineOption(QStringLiteral("limit"), QStringLiteral("Print at most N documents."), QStringLiteral("n")),
        QCommandLineOption(QStringLiteral("relaxed"), QStringLiteral("Relaxed Extended JSON (readable numbers and dates) instead of canonical.")),
        QCommandLineOption(QStringLiteral("pretty"), QStringLiteral("Indent each document over several lines.")),
        QCommandLineOption(QStringLiteral("source-db"), QStringLiteral("Which database of a whole-deployment archive."), QStringLiteral("name")),
        QCommandLineOption(QStringLiteral("json"), QStringLiteral("Errors as JSON on stdout (the documents are JSON already).")),
    });
}

int CatCommand::execute(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return fail(Error(ErrorCode::Usage, QStringLiteral("give an archive and a collection")));
    CollectionQuery query;
    auto filter = DocumentFilter::parse(parser.value(QStringLiteral("filter")).toUtf8());
    if (!filter)
        return fail(filter.error());
    query.filter = *filter;
    auto skip = count(parser, QStringLiteral("skip"), 0);
    if (!skip)
        return fail(skip.error());
    auto limit = count(parser, QStringLiteral("limit"), -1);
    if (!limit)
        return fail(limit.error());
    query.skip = *skip;
    query.limit = *limit;

    CancelToken cancel;
    SignalCancel signalGuard(cancel);
    auto contents = ArchiveContents::open(args.at(0), cancel);
    if (!contents)
        return fail(contents.error());
    auto reader = CollectionDocumentReader::open(std::make_shared<const ArchiveContents>(std::move(*contents)), args.at(1),
                                                 parser.value(QStringLiteral("source-db")));
    if (!reader)
        return fail(reader.error());

    const JsonStyle style = parser.isSet(QStringLiteral("relaxed")) ? JsonStyle::Relaxed : JsonStyle::Canonical;
    const int indent = parser.isSet(QStringLiteral("pretty")) ? 2 : 0;
    m_out.flush();
    QByteArray line;
    auto st = query.run(
        **reader,
        [&](const bson_t *doc, qint64) -> Result<bool> {
            line.clear();
            if (auto enc = ExtJsonCodec::encode(doc, style, indent, line); !enc)
                return enc.error();
            line.append('\n');
            if (std::fwrite(line.constData(), 1, size_t(line.size()), stdout) != size_t(line.size()))
                return Error(ErrorCode::Io, QStringLiteral("cannot write to standard output"));
            return true;
        },
        cancel);
    std::fflush(stdout);
    if (!st)
        return fail(st.error());
    return 0;
}

} // namespace lifeboat::cli
