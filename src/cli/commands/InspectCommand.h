#pragma once

#include "cli/commands/Command.h"

namespace lifeboat::cli {

class InspectCommand final : public Command {
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("inspect"); }
    QString summary() const override { return QStringLiteral("Show an archive's manifest and check its integrity: every file's SHA-256, every collection's document count and digest."); }
    int run(const QStringList &args) override;
};

} // namespace lifeboat::cli
