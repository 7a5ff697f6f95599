#pragma once

#include "cli/commands/snapshot/SnapshotVerb.h"

namespace lifeboat {
struct PromoteOutcome;
struct PromoteRequest;
}

namespace lifeboat::cli {

// `snapshot promote --from DB --to DB`: read the options, plan the swap and print it (and stop
// there with --dry-run), confirm, swap every collection, print the outcome.
class SnapshotPromoteCommand final : public SnapshotVerb {
public:
    SnapshotPromoteCommand(QTextStream &out, QTextStream &err);
    QString verb() const override { return QStringLiteral("promote"); }
    QString summary() const override { return QStringLiteral("Blue-green: swap every collection of one database into another with renameCollection."); }

private:
    void addOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser) override;
    Status readRequest(const QCommandLineParser &parser, PromoteRequest &request) const;
    Status confirm(const QCommandLineParser &parser, const PromoteRequest &request);
    int reportOutcome(const PromoteRequest &request, const PromoteOutcome &outcome);

    const QCommandLineOption m_from, m_to, m_keepExtra, m_keepSource, m_noSnapshot, m_dryRun, m_yes;
};

} // namespace lifeboat::cli
