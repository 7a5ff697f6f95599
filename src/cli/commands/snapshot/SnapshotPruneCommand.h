#pragma once

#include "cli/commands/snapshot/SnapshotVerb.h"
#include "core/snapshot/RetentionPolicy.h"

#include <QJsonArray>
#include <QStringList>

#include <optional>

namespace lifeboat {
class SnapshotStore;
}

namespace lifeboat::cli {

// `snapshot prune`: read the retention policy, decide for each snapshot of the folder, delete
// (only with --yes) what it says, print the decisions and what was deleted.
class SnapshotPruneCommand final : public SnapshotVerb {
public:
    SnapshotPruneCommand(QTextStream &out, QTextStream &err);
    QString verb() const override { return QStringLiteral("prune"); }
    QString summary() const override { return QStringLiteral("Delete snapshots by retention policy (past their delete-after date, --older-than, --keep-last)."); }

    // What the deletions came to.
    struct Tally {
        int toDelete = 0;        // what the policy says to delete
        qint64 wouldFree = 0;
        QStringList deleted;     // with --yes
        qint64 freed = 0;
        QJsonArray skipped;      // {name, reason} of those that could not go
        std::optional<Error> firstError; // the first failure that was not a refusal
    };

private:
    void addOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser) override;
    int executeMatrixOne(const QCommandLineParser &parser, const RetentionPolicy &policy);
    Status readPolicy(const QCommandLineParser &parser, RetentionPolicy &policy) const;
    static Tally carryOut(SnapshotStore &store, const QList<RetentionPolicy::Decision> &decisions, bool remove);
    void printJsonReport(const QList<RetentionPolicy::Decision> &decisions, const Tally &tally, bool dryRun);
    void printTextReport(const QString &folder, const QList<RetentionPolicy::Decision> &decisions, const Tally &tally, bool dryRun);

    const QCommandLineOption m_olderThan, m_keepLast, m_database, m_purpose, m_ignoreDeleteAfter, m_yes;
};

} // namespace lifeboat::cli
