#pragma once

#include "cli/commands/Verb.h"
#include "cli/common/CommonOptions.h"

namespace lifeboat {
struct BackupRequest;
struct BackupResult;
}

namespace lifeboat::cli {

class BackupCommand final : public Verb {
public:
    BackupCommand(QTextStream &out, QTextStream &err);
    QString verb() const override { return QStringLiteral("backup"); }
    QString summary() const override { return QStringLiteral("Back up a MongoDB database (or collections, or every database) into one verified archive."); }

private:
    void addOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser) override;
    Status readRequest(const QCommandLineParser &parser, BackupRequest &request) const;
    Status readArchiveFormat(const QCommandLineParser &parser, BackupRequest &request) const;
    void printResult(const BackupResult &result);

    CommonOptions m_common;
    const QCommandLineOption m_outDir, m_collection, m_allDbs, m_pretty, m_relaxed, m_level, m_name, m_keepDir;
};

} // namespace lifeboat::cli
