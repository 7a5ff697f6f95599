#pragma once

#include "cli/commands/Command.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace lifeboat::cli {

// The verbs of one level of the command line and how one is chosen: `lifeboat-cli <command>`
// (main) and `lifeboat-cli snapshot <subcommand>` (SnapshotCommand).
class CommandTable final {
public:
    // `program` names the level in messages ("lifeboat-cli", "lifeboat-cli snapshot"), `noun`
    // what a verb is called there ("command", "subcommand"), `optionsHint` how the usage's last
    // line ends ("for a command's options").
    CommandTable(QString program, QString noun, QString optionsHint);

    void add(std::unique_ptr<Command> command);

    // `args`: [program, verb, options...]. Runs the verb and returns its exit code. Without a
    // verb: the usage on stderr, Usage; --help, -h or help: the usage on stdout, 0; an unknown
    // verb: says so and prints the usage on stderr, Usage.
    int dispatch(const QStringList &args, QTextStream &out, QTextStream &err) const;
    // "Usage: <program> <noun> [options]", each verb with its summary, where to read more.
    void printUsage(QTextStream &s) const;

private:
    QString m_program;
    QString m_noun;
    QString m_optionsHint;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace lifeboat::cli
