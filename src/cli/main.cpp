#include "cli/commands/BackupCommand.h"
#include "cli/commands/CatCommand.h"
#include "cli/commands/DiffCommand.h"
#include "cli/commands/CommandTable.h"
#include "cli/commands/InspectCommand.h"
#include "cli/commands/RestoreCommand.h"
#include "cli/commands/VerifyCommand.h"
#include "cli/commands/snapshot/SnapshotCommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <memory>

using namespace lifeboat;
using namespace lifeboat::cli;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lifeboat-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIFEBOAT_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    CommandTable commands(QStringLiteral("lifeboat-cli"), QStringLiteral("command"), QStringLiteral("for a command's options"));
    commands.add(std::make_unique<BackupCommand>(out, err));
    commands.add(std::make_unique<InspectCommand>(out, err));
    commands.add(std::make_unique<RestoreCommand>(out, err));
    commands.add(std::make_unique<VerifyCommand>(out, err));
    commands.add(std::make_unique<CatCommand>(out, err));
    commands.add(std::make_unique<DiffCommand>(out, err));
    commands.add(std::make_unique<SnapshotCommand>(out, err));

    const QStringList args = QCoreApplication::arguments();
    if (args.size() >= 2 && args.at(1) == QLatin1String("--version")) {
        out << "lifeboat-cli " << LIFEBOAT_VERSION << "\n";
        return 0;
    }
    return commands.dispatch(args, out, err);
}
