#include "cli/commands/snapshot/SnapshotRestoreCommand.h"

#include "core/snapshot/SnapshotRestorer.h"

namespace lifeboat::cli {

SnapshotRestoreCommand::SnapshotRestoreCommand(QTextStream &out, QTextStream &err)
    : SnapshotLoadCommand(out, err, QStringLiteral("The database to roll back (default: the snapshot's database).")),
      m_keepExtra(QStringLiteral("keep-extra"), QStringLiteral("Keep the target's collections the snapshot lacks (dropped otherwise).")),
      m_verifyFirst(QStringLiteral("verify-first"), QStringLiteral("Clone into a scratch database, verify fully, drop it; only then touch the target.")),
      m_swap(QStringLiteral("swap"), QStringLiteral("Load and verify in a staging database, then renameCollection each collection into the target.")),
      m_fallback(QStringLiteral("fallback-restore"), QStringLiteral("With --swap: restore in place (verified first) where the server cannot rename across databases.")),
      m_scratchDb(QStringLiteral("scratch-db"), QStringLiteral("The --verify-first database (default: <target>_lifeboat_verify)."), QStringLiteral("name")),
      m_stagingDb(QStringLiteral("staging-db"), QStringLiteral("The --swap database (default: <target>_lifeboat_staging)."), QStringLiteral("name"))
{
}

void SnapshotRestoreCommand::addOwnOptions(QCommandLineParser &parser) const
{
    parser.addOptions({m_keepExtra, m_verifyFirst, m_swap, m_fallback, m_scratchDb, m_stagingDb});
}

Status SnapshotRestoreCommand::readOwnOptions(const QCommandLineParser &parser, SnapshotRestoreRequest &request) const
{
    const bool swap = parser.isSet(m_swap);
    if (parser.isSet(m_fallback) && !swap)
        return Error(ErrorCode::Usage, QStringLiteral("--fallback-restore only goes with --swap"));
    if (parser.isSet(m_stagingDb) && !swap)
        return Error(ErrorCode::Usage, QStringLiteral("--staging-db only goes with --swap"));
    request.mode = swap ? SnapshotRestoreRequest::Mode::Swap : SnapshotRestoreRequest::Mode::Restore;
    request.keepExtra = parser.isSet(m_keepExtra);
    request.verifyFirst = parser.isSet(m_verifyFirst);
    request.fallbackRestore = parser.isSet(m_fallback);
    request.scratchDatabase = parser.value(m_scratchDb);
    request.stagingDatabase = parser.value(m_stagingDb);
    return {};
}

} // namespace lifeboat::cli
