#include "cli/commands/snapshot/SnapshotDeleteCommand.h"

#include "cli/commands/RestoreFlow.h"
#include "cli/output/ProgressPrinter.h"
#include "core/snapshot/SnapshotStore.h"

#include <QJsonObject>

namespace lifeboat::cli {

SnapshotDeleteCommand::SnapshotDeleteCommand(QTextStream &out, QTextStream &err)
    : SnapshotVerb(out, err), m_yes(QStringLiteral("yes"), QStringLiteral("Do not ask for confirmation."))
{
}

void SnapshotDeleteCommand::addOptions(QCommandLineParser &parser) const
{
    addFolderOptions(parser);
    addUriOption(parser);
    parser.addOption(m_yes);
    parser.addPositionalArgument(QStringLiteral("name"), QStringLiteral("The snapshot to delete."));
}

int SnapshotDeleteCommand::execute(const QCommandLineParser &parser)
{
    if (auto st = folderOnlyUri(parser); !st)
        return fail(st.error());
    if (matrixOne(parser))
        return executeMatrixOne(parser);
    SnapshotStore store(folder(parser));
    auto entry = findNamed(parser, store);
    if (!entry)
        return fail(entry.error());
    if (auto ok = RestoreFlow::confirm(m_err, parser.isSet(m_yes), entry->name, QStringLiteral("snapshot name"),
                                       QStringLiteral("This deletes snapshot '%1' (%2, %3).").arg(entry->name, entry->path, humanBytes(entry->fileSize)),
                                       QStringLiteral("deleting snapshot %1 needs a confirmation and there is no terminal to give it").arg(entry->name),
                                       QStringLiteral("pass --yes"));
        !ok)
        return fail(ok.error());
    if (auto removed = store.remove(entry->name); !removed)
        return fail(removed.error());
    if (json()) {
        printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("deleted"), entry->name}, {QStringLiteral("file"), entry->path}});
    } else {
        m_out << "Deleted snapshot " << entry->name << " (" << entry->path << ", " << humanBytes(entry->fileSize) << ")\n";
        m_out.flush();
    }
    return 0;
}


// DROP SNAPSHOT on the server, and its record forgotten in the catalog.
int SnapshotDeleteCommand::executeMatrixOne(const QCommandLineParser &parser)
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
    if (auto ok = RestoreFlow::confirm(m_err, parser.isSet(m_yes), s->name, QStringLiteral("snapshot name"),
                                       QStringLiteral("This deletes snapshot '%1' (%2) from MatrixOne at %3.").arg(s->name, s->scopeText(), s->server),
                                       QStringLiteral("deleting snapshot %1 needs a confirmation and there is no terminal to give it").arg(s->name),
                                       QStringLiteral("pass --yes"));
        !ok)
        return fail(ok.error());
    if (auto removed = session->snapshots->remove(s->name); !removed)
        return fail(removed.error());
    if (json()) {
        printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("deleted"), s->name}, {QStringLiteral("server"), s->server}});
    } else {
        m_out << "Deleted snapshot " << s->name << " (" << s->scopeText() << ") from MatrixOne at " << s->server << "\n";
        m_out.flush();
    }
    return 0;
}

} // namespace lifeboat::cli
