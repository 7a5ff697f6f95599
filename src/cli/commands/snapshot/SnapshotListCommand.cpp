#include "cli/commands/snapshot/SnapshotListCommand.h"

#include "cli/output/MatrixOnePrinter.h"
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
    addUriOption(parser);
    parser.addOptions({m_database, m_purpose});
}

int SnapshotListCommand::execute(const QCommandLineParser &parser)
{
    if (auto st = noArguments(parser); !st)
        return fail(st.error());
    if (auto st = folderOnlyUri(parser); !st)
        return fail(st.error());
    if (matrixOne(parser))
        return executeMatrixOne(parser);
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


// --uri matrixone://...: the server's SHOW SNAPSHOTS joined with the folder's catalog.
int SnapshotListCommand::executeMatrixOne(const QCommandLineParser &parser)
{
    auto session = openMatrixOne(parser);
    if (!session)
        return fail(session.error());
    auto all = session->snapshots->list();
    if (!all)
        return fail(all.error());
    QList<MatrixOneSnapshot> shown;
    for (const auto &s : std::as_const(*all)) {
        if (parser.isSet(m_database) && s.database != parser.value(m_database))
            continue;
        if (parser.isSet(m_purpose) && s.info.purpose != parser.value(m_purpose))
            continue;
        shown << s;
    }
    if (json()) {
        QJsonArray a;
        for (const auto &s : std::as_const(shown))
            a.append(s.toJson());
        printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("server"), session->snapshots->server()}, {QStringLiteral("snapshots"), a}});
    } else {
        MatrixOnePrinter::printList(m_out, session->snapshots->server(), shown);
    }
    return 0;
}

} // namespace lifeboat::cli
