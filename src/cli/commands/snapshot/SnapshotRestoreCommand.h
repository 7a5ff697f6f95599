#pragma once

#include "cli/commands/snapshot/SnapshotLoadCommand.h"

namespace lifeboat::cli {

// `snapshot restore NAME`: roll a database back to the snapshot in place, or after verifying
// a scratch clone first (--verify-first), or by loading a staging database and renaming its
// collections in (--swap).
class SnapshotRestoreCommand final : public SnapshotLoadCommand {
public:
    SnapshotRestoreCommand(QTextStream &out, QTextStream &err);
    QString verb() const override { return QStringLiteral("restore"); }
    QString summary() const override
    {
        return QStringLiteral("Roll a database back to a snapshot: plan, confirmation, safety snapshot, verified (--verify-first, --swap).");
    }

private:
    void addOwnOptions(QCommandLineParser &parser) const override;
    Status readOwnOptions(const QCommandLineParser &parser, SnapshotRestoreRequest &request) const override;

    const QCommandLineOption m_keepExtra, m_verifyFirst, m_swap, m_fallback, m_scratchDb, m_stagingDb;
};

} // namespace lifeboat::cli
