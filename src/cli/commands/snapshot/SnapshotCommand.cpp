#include "cli/commands/snapshot/SnapshotCommand.h"

#include "cli/commands/snapshot/SnapshotCloneCommand.h"
#include "cli/commands/snapshot/SnapshotCreateCommand.h"
#include "cli/commands/snapshot/SnapshotDeleteCommand.h"
#include "cli/commands/snapshot/SnapshotInfoCommand.h"
#include "cli/commands/snapshot/SnapshotListCommand.h"
#include "cli/commands/snapshot/SnapshotPromoteCommand.h"
#include "cli/commands/snapshot/SnapshotPruneCommand.h"
#include "cli/commands/snapshot/SnapshotRestoreCommand.h"

#include <memory>

namespace lifeboat::cli {

SnapshotCommand::SnapshotCommand(QTextStream &out, QTextStream &err)
    : m_out(out), m_err(err), m_subcommands(QStringLiteral("lifeboat-cli snapshot"), QStringLiteral("subcommand"), QStringLiteral("for its options"))
{
    m_subcommands.add(std::make_unique<SnapshotCreateCommand>(out, err));
    m_subcommands.add(std::make_unique<SnapshotListCommand>(out, err));
    m_subcommands.add(std::make_unique<SnapshotInfoCommand>(out, err));
    m_subcommands.add(std::make_unique<SnapshotDeleteCommand>(out, err));
    m_subcommands.add(std::make_unique<SnapshotCloneCommand>(out, err));
    m_subcommands.add(std::make_unique<SnapshotRestoreCommand>(out, err));
    m_subcommands.add(std::make_unique<SnapshotPromoteCommand>(out, err));
    m_subcommands.add(std::make_unique<SnapshotPruneCommand>(out, err));
}

QString SnapshotCommand::summary() const
{
    return QStringLiteral("Named snapshots: create, list, info, delete, clone to verify, restore (verify-first, swap), promote, prune.");
}

int SnapshotCommand::run(const QStringList &args)
{
    // From here on the subcommand is the verb: [program, subcommand, options...].
    QStringList subArgs = args;
    subArgs.removeAt(1);
    return m_subcommands.dispatch(subArgs, m_out, m_err);
}

} // namespace lifeboat::cli
