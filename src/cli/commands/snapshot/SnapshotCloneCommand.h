#pragma once

#include "cli/commands/snapshot/SnapshotLoadCommand.h"

namespace lifeboat::cli {

// `snapshot clone NAME`: the snapshot restored into a new database and verified fully
// against its manifest; the snapshot's own database is never touched.
class SnapshotCloneCommand final : public SnapshotLoadCommand {
public:
    SnapshotCloneCommand(QTextStream &out, QTextStream &err);
    QString verb() const override { return QStringLiteral("clone"); }
    QString summary() const override { return QStringLiteral("Restore a snapshot into a new database and verify it fully against its manifest."); }

private:
    void addOwnOptions(QCommandLineParser &parser) const override;
    Status readOwnOptions(const QCommandLineParser &parser, SnapshotRestoreRequest &request) const override;

    const QCommandLineOption m_allowExisting;
};

} // namespace lifeboat::cli
