#pragma once

#include "cli/commands/snapshot/SnapshotVerb.h"

namespace lifeboat {
class SnapshotStore;
struct SnapshotCreateRequest;
struct SnapshotCreateResult;
struct MatrixOneCreateRequest;
struct MatrixOneCreateResult;
}

namespace lifeboat::cli {

// `snapshot create`: read the level, the description and retention, the archive's format,
// name it, then take and verify the snapshot and print what was written.
class SnapshotCreateCommand final : public SnapshotVerb {
public:
    SnapshotCreateCommand(QTextStream &out, QTextStream &err);
    QString verb() const override { return QStringLiteral("create"); }
    QString summary() const override { return QStringLiteral("Take a named, described snapshot of a collection, a database or the deployment."); }

private:
    void addOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser) override;
    Status readRequest(const QCommandLineParser &parser, SnapshotStore &store, SnapshotCreateRequest &request) const;
    Status readLevel(const QCommandLineParser &parser, SnapshotCreateRequest &request) const;
    Status readDescription(const QCommandLineParser &parser, SnapshotCreateRequest &request) const;
    Status readName(const QCommandLineParser &parser, SnapshotStore &store, SnapshotCreateRequest &request) const;
    void printResult(const SnapshotCreateResult &result);
    // --uri matrixone://...: a MatrixOne snapshot (level account, database or table).
    int executeMatrixOne(const QCommandLineParser &parser);
    Status readMatrixOneRequest(const QCommandLineParser &parser, const QString &uriDatabase, MatrixOneCreateRequest &request) const;
    void printMatrixOneResult(const MatrixOneCreateResult &result);

    const QCommandLineOption m_name, m_description, m_purpose, m_level, m_collection, m_allDbs, m_createdBy, m_versionBefore, m_versionTarget, m_tag,
        m_deleteAfter, m_keepFor, m_table;
};

} // namespace lifeboat::cli
