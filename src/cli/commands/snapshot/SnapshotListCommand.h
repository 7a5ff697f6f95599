#pragma once

#include "cli/commands/snapshot/SnapshotVerb.h"

namespace lifeboat::cli {

// `snapshot list`: the snapshots of the folder, from its catalog, filtered by database or purpose.
class SnapshotListCommand final : public SnapshotVerb {
public:
    SnapshotListCommand(QTextStream &out, QTextStream &err);
    QString verb() const override { return QStringLiteral("list"); }
    QString summary() const override { return QStringLiteral("List the snapshots of the folder (from its catalog)."); }

private:
    void addOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser) override;
    int executeMatrixOne(const QCommandLineParser &parser);

    const QCommandLineOption m_database, m_purpose;
};

} // namespace lifeboat::cli
