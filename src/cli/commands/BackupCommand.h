#pragma once

#include "cli/commands/Command.h"

namespace lifeboat::cli {

class BackupCommand final : public Command {
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override { return QStringLiteral("Back up a MongoDB database (or collections, or every database) into one verified archive."); }
    int run(const QStringList &args) override;
};

} // namespace lifeboat::cli
