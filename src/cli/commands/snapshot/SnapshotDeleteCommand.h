#pragma once

#include "cli/commands/snapshot/SnapshotVerb.h"

namespace lifeboat::cli {

// `snapshot delete NAME`: asks (or --yes), then deletes the snapshot's archive and catalog entry.
class SnapshotDeleteCommand final : public SnapshotVerb {
public:
    SnapshotDeleteCommand(QTextStream &out, QTextStream &err);
    QString verb() const override { return QStringLiteral("delete"); }
    QString summary() const override { return QStringLiteral("Delete a snapshot (asks first; never one a running job uses)."); }

private:
    void addOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser) override;
    int executeMatrixOne(const QCommandLineParser &parser);

    const QCommandLineOption m_yes;
};

} // namespace lifeboat::cli
