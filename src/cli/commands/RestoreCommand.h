#pragma once

#include "cli/commands/ArchiveTargetOptions.h"
#include "cli/commands/Verb.h"
#include "cli/common/CancellableRun.h"

namespace lifeboat {
struct RestorePlan;
struct RestoreRequest;
struct RestoreResult;
}

namespace lifeboat::cli {

// `restore`: read the options, plan, print the plan (and stop there with --dry-run), confirm
// a destructive plan, extract with --out-dir, load, then print the outcome and its report.
class RestoreCommand final : public Verb {
public:
    RestoreCommand(QTextStream &out, QTextStream &err);
    QString verb() const override { return QStringLiteral("restore"); }
    QString summary() const override { return QStringLiteral("Restore an archive into a database: plan first, safety snapshot, verified load."); }

private:
    void addOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser) override;
    Status readRequest(const QCommandLineParser &parser, RestoreRequest &request) const;
    int printDryRun(const RestorePlan &plan);
    Status confirm(const QCommandLineParser &parser, const RestorePlan &plan, const RestoreRequest &request);
    Status extractArchive(const QString &archive, const QString &folder, CancellableRun &run);
    int reportOutcome(const RestorePlan &plan, const RestoreResult &result, const QString &csvFile);
    // --merge: a surgical restore of some documents of one collection (RestoreCommandMerge.cpp).
    int executeMerge(const QCommandLineParser &parser);

    ArchiveTargetOptions m_target;
    const QCommandLineOption m_dryRun, m_yes, m_force, m_replace, m_keepExtra, m_noSnapshot, m_dropUnsupported, m_inPlace, m_outDir;
    const QCommandLineOption m_filter, m_ids, m_merge;
};

} // namespace lifeboat::cli
