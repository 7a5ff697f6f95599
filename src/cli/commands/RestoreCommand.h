#pragma once

#include "cli/commands/Command.h"

namespace lifeboat::cli {

class RestoreCommand final : public Command {
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override { return QStringLiteral("Restore an archive into a database: plan first, safety snapshot, verified load."); }
    int run(const QStringList &args) override;
};

class VerifyCommand final : public Command {
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override { return QStringLiteral("Compare a database with an archive without changing anything."); }
    int run(const QStringList &args) override;
};

} // namespace lifeboat::cli
