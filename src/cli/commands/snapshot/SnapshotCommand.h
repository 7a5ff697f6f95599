#pragma once

#include "cli/commands/Command.h"
#include "cli/commands/CommandTable.h"

#include <QTextStream>

namespace lifeboat::cli {

// `lifeboat-cli snapshot create | list | info | delete | clone | restore | promote | prune`:
// named, described snapshots in a snapshot folder (docs/cli.md#snapshot). Each subcommand is
// a class of its own beside this one; this one chooses it.
class SnapshotCommand final : public Command {
public:
    SnapshotCommand(QTextStream &out, QTextStream &err);
    QString verb() const override { return QStringLiteral("snapshot"); }
    QString summary() const override;
    int run(const QStringList &args) override;

private:
    QTextStream &m_out;
    QTextStream &m_err;
    CommandTable m_subcommands;
};

} // namespace lifeboat::cli
