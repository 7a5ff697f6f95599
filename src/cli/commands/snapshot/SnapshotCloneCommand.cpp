#include "cli/commands/snapshot/SnapshotCloneCommand.h"

#include "core/snapshot/SnapshotRestorer.h"

namespace lifeboat::cli {

SnapshotCloneCommand::SnapshotCloneCommand(QTextStream &out, QTextStream &err)
    : SnapshotLoadCommand(out, err, QStringLiteral("The new database (default: <snapshot's database>_verify).")),
      m_allowExisting(QStringLiteral("allow-existing"), QStringLiteral("Clone into a database that exists (it becomes an exact copy)."))
{
}

void SnapshotCloneCommand::addOwnOptions(QCommandLineParser &parser) const
{
    parser.addOption(m_allowExisting);
}

Status SnapshotCloneCommand::readOwnOptions(const QCommandLineParser &parser, SnapshotRestoreRequest &request) const
{
    request.mode = SnapshotRestoreRequest::Mode::Clone;
    request.allowExisting = parser.isSet(m_allowExisting);
    return {};
}

} // namespace lifeboat::cli
