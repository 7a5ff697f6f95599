#include "cli/commands/BackupCommand.h"
#include "core/common/Error.h"
#include "cli/commands/InspectCommand.h"
#include "cli/commands/RestoreCommand.h"
#include "cli/commands/snapshot/SnapshotCommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <vector>

using namespace lifeboat;
using namespace lifeboat::cli;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lifeboat-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIFEBOAT_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<BackupCommand>(out, err));
    commands.push_back(std::make_unique<InspectCommand>(out, err));
    commands.push_back(std::make_unique<RestoreCommand>(out, err));
    commands.push_back(std::make_unique<VerifyCommand>(out, err));
    commands.push_back(std::make_unique<SnapshotCommand>(out, err));

    const QStringList args = QCoreApplication::arguments();
    auto usage = [&](QTextStream &s) {
        s << "Usage: lifeboat-cli <command> [options]\n\nCommands:\n";
        for (const auto &c : commands)
            s << "  " << c->name().leftJustified(10) << c->summary() << "\n";
        s << "\nRun 'lifeboat-cli <command> --help' for a command's options. Exit codes: docs/cli.md.\n";
        s.flush();
    };
    if (args.size() < 2) {
        usage(err);
        return int(ErrorCode::Usage);
    }
    const QString verb = args.at(1);
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h") || verb == QLatin1String("help")) {
        usage(out);
        return 0;
    }
    if (verb == QLatin1String("--version")) {
        out << "lifeboat-cli " << LIFEBOAT_VERSION << "\n";
        return 0;
    }
    for (const auto &c : commands) {
        if (c->name() == verb)
            return c->run(args);
    }
    err << "lifeboat-cli: unknown command '" << verb << "'\n";
    usage(err);
    return int(ErrorCode::Usage);
}
