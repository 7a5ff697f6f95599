#include "cli/commands/snapshot/SnapshotInfoCommand.h"

#include "cli/output/MatrixOnePrinter.h"
#include "cli/output/SnapshotPrinter.h"
#include "core/snapshot/SnapshotStore.h"

#include <QJsonObject>

#include <optional>

namespace lifeboat::cli {

void SnapshotInfoCommand::addOptions(QCommandLineParser &parser) const
{
    addFolderOptions(parser);
    addUriOption(parser);
    parser.addPositionalArgument(QStringLiteral("name"), QStringLiteral("The snapshot."));
}

int SnapshotInfoCommand::execute(const QCommandLineParser &parser)
{
    if (auto st = folderOnlyUri(parser); !st)
        return fail(st.error());
    if (matrixOne(parser))
        return executeMatrixOne(parser);
    SnapshotStore store(folder(parser));
    auto entry = findNamed(parser, store);
    if (!entry)
        return fail(entry.error());
    std::optional<Manifest> manifest;
    if (entry->usable()) {
        if (auto m = store.catalog().manifest(entry->fileName))
            manifest = *m;
    }
    if (json()) {
        QJsonObject o{{QStringLiteral("ok"), true}, {QStringLiteral("snapshot"), entry->toJson()}};
        if (manifest)
            o.insert(QStringLiteral("manifest"), manifest->toJson());
        printJson(o);
        return 0;
    }
    SnapshotPrinter::printInfo(m_out, *entry, manifest ? &*manifest : nullptr);
    return 0;
}


int SnapshotInfoCommand::executeMatrixOne(const QCommandLineParser &parser)
{
    auto name = snapshotName(parser);
    if (!name)
        return fail(name.error());
    auto session = openMatrixOne(parser);
    if (!session)
        return fail(session.error());
    auto s = session->snapshots->find(*name);
    if (!s)
        return fail(s.error());
    if (json())
        printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("snapshot"), s->toJson()}});
    else
        MatrixOnePrinter::printInfo(m_out, *s);
    return 0;
}

} // namespace lifeboat::cli
