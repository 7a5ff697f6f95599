#pragma once

#include <QString>
#include <QStringList>

namespace lifeboat::cli {

// One entry of a command table (CommandTable): a verb with its summary, run on the command
// line's arguments. Exit codes are ErrorCode values (docs/cli.md).
class Command {
public:
    Command() = default;
    virtual ~Command() = default;
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;

    // The word that chooses it: "backup", or "create" after `snapshot`.
    virtual QString verb() const = 0;
    // How messages and --help name it: the verb, or "snapshot create".
    virtual QString name() const { return verb(); }
    virtual QString summary() const = 0;
    // `args` starts with the program name, then the verb.
    virtual int run(const QStringList &args) = 0;
};

} // namespace lifeboat::cli
