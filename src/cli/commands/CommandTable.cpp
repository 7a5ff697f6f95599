#include "cli/commands/CommandTable.h"

#include "core/common/Error.h"

namespace lifeboat::cli {

CommandTable::CommandTable(QString program, QString noun, QString optionsHint)
    : m_program(std::move(program)), m_noun(std::move(noun)), m_optionsHint(std::move(optionsHint))
{
}

void CommandTable::add(std::unique_ptr<Command> command)
{
    m_commands.push_back(std::move(command));
}

int CommandTable::dispatch(const QStringList &args, QTextStream &out, QTextStream &err) const
{
    if (args.size() < 2) {
        printUsage(err);
        return int(ErrorCode::Usage);
    }
    const QString verb = args.at(1);
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h") || verb == QLatin1String("help")) {
        printUsage(out);
        return 0;
    }
    for (const auto &c : m_commands) {
        if (c->verb() == verb)
            return c->run(args);
    }
    err << m_program << ": unknown " << m_noun << " '" << verb << "'\n";
    printUsage(err);
    return int(ErrorCode::Usage);
}

void CommandTable::printUsage(QTextStream &s) const
{
    const QString title = m_noun.at(0).toUpper() + m_noun.mid(1) + QLatin1Char('s');
    s << "Usage: " << m_program << " <" << m_noun << "> [options]\n\n" << title << ":\n";
    for (const auto &c : m_commands)
        s << "  " << c->verb().leftJustified(10) << c->summary() << "\n";
    s << "\nRun '" << m_program << " <" << m_noun << "> --help' " << m_optionsHint << ". Exit codes: docs/cli.md.\n";
    s.flush();
}

} // namespace lifeboat::cli
