#pragma once

#include "cli/commands/snapshot/SnapshotVerb.h"

namespace lifeboat::cli {

// `snapshot info NAME`: every field of one snapshot, and its manifest when readable.
class SnapshotInfoCommand final : public SnapshotVerb {
public:
    using SnapshotVerb::SnapshotVerb;
    QString verb() const override { return QStringLiteral("info"); }
    QString summary() const override { return QStringLiteral("Show everything about one snapshot."); }

private:
    void addOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser) override;
    int executeMatrixOne(const QCommandLineParser &parser);
};

} // namespace lifeboat::cli
