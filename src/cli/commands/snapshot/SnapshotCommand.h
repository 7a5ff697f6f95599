#pragma once

#include "cli/commands/Command.h"

namespace lifeboat::cli {

// `lifeboat-cli snapshot create | list | info | delete | clone | restore | promote | prune`:
// named, described snapshots in a snapshot folder (docs/cli.md#snapshot).
class SnapshotCommand final : public Command {
public:
    using Command::Command;
    // "snapshot", or "snapshot <subcommand>" while one runs (for messages and --help).
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &args) override;

private:
    int create(const QStringList &args);
    int list(const QStringList &args);
    int info(const QStringList &args);
    int remove(const QStringList &args);
    int clone(const QStringList &args);
    int restore(const QStringList &args);
    int promote(const QStringList &args);
    int prune(const QStringList &args);
    int restoreOrClone(const QStringList &args, bool clone);
    void usage(QTextStream &s) const;

    QString m_sub;
};

} // namespace lifeboat::cli
