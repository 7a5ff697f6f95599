#include "cli/commands/snapshot/SnapshotListCommand.h"

#include "cli/output/SnapshotPrinter.h"
#include "core/snapshot/SnapshotStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace lifeboat::cli {

SnapshotListCommand::SnapshotListCommand(QTextStream &out, QTextStream &err)
    : SnapshotVerb(out, err),
      m_database(QStringLiteral("database"), QStringLiteral("Only snapshots of this database."), QStringLiteral("name")),
      m_purpose(QStringLiteral("purpose"), QStringLiteral("Only snapshots with this purpose."), QStringLiteral("word"))
{
}

void SnapshotListCommand::addOptions(QCommandLineParser &parser) const
{
    addFolderOptions(parser);
    parser.addOptions({m_database, m_purpose});
}

int SnapshotListCommand::execute(const QCommandLineParser &parser)
{
    if (auto st = noArguments(parser); !st)
        return fail(st.error());
    SnapshotStore store(folder(parser));
    auto all = store.list();
    if (!all)
        return fail(all.error());
    QList<SnapshotEntry> shown;
    for (const auto &e : *all) {
        if (parser.isSet(m_database) && !e.databases.contains(parser.value(m_database)))
            continue;
        if (parser.isSet(m_purpose) && e.info.purpose != parser.value(m_purpose))
            continue;
        shown << e;
    }
    if (json()) {
        QJsonArray a;
        for (const auto &e : std::as_const(shown))
            a.append(e.toJson());
        printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("folder"), store.folder()}, {QStringLiteral("snapshots"), a}});
    } else if (shown.isEmpty() && all->isEmpty()) {
        m_out << "No snapshots in " << store.folder() << (QDir(store.folder()).exists() ? "" : " (the folder does not exist)") << ".\n";
        m_out.flush();
    } else {
        m_out << "Snapshots in " << store.folder() << "\n\n";
        SnapshotPrinter::printList(m_out, shown);
    }
    return 0;
}

} // namespace lifeboat::cli
