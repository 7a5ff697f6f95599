#include "cli/commands/snapshot/SnapshotInfoCommand.h"

#include "cli/output/SnapshotPrinter.h"
#include "core/snapshot/SnapshotStore.h"

#include <QJsonObject>

#include <optional>

namespace lifeboat::cli {

void SnapshotInfoCommand::addOptions(QCommandLineParser &parser) const
{
    addFolderOptions(parser);
    parser.addPositionalArgument(QStringLiteral("name"), QStringLiteral("The snapshot."));
}

int SnapshotInfoCommand::execute(const QCommandLineParser &parser)
{
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

} // namespace lifeboat::cli
