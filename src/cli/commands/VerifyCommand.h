#pragma once

#include "cli/commands/ArchiveTargetOptions.h"
#include "cli/commands/Verb.h"

namespace lifeboat::cli {

// `verify`: compare a database with an archive (RestoreEngine::verify) and print the report;
// exit 0 when every collection matches.
class VerifyCommand final : public Verb {
public:
    using Verb::Verb;
    QString verb() const override { return QStringLiteral("verify"); }
    QString summary() const override { return QStringLiteral("Compare a database with an archive without changing anything."); }

private:
    void addOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser) override;

    ArchiveTargetOptions m_target;
};

} // namespace lifeboat::cli
