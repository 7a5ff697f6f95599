#include "cli/commands/snapshot/SnapshotPruneCommand.h"

#include "cli/commands/RestoreFlow.h"
#include "cli/output/ProgressPrinter.h"
#include "cli/output/SnapshotPrinter.h"
#include "core/snapshot/SnapshotDuration.h"
#include "core/snapshot/SnapshotStore.h"

#include <QJsonObject>

namespace lifeboat::cli {

SnapshotPruneCommand::SnapshotPruneCommand(QTextStream &out, QTextStream &err)
    : SnapshotVerb(out, err),
      m_olderThan(QStringLiteral("older-than"), QStringLiteral("Delete snapshots older than this (e.g. 7d, 12h, 2w)."), QStringLiteral("duration")),
      m_keepLast(QStringLiteral("keep-last"), QStringLiteral("Always keep the newest N (default 0)."), QStringLiteral("n"), QStringLiteral("0")),
      m_database(QStringLiteral("database"), QStringLiteral("Only snapshots of this database."), QStringLiteral("name")),
      m_purpose(QStringLiteral("purpose"), QStringLiteral("Only snapshots with this purpose."), QStringLiteral("word")),
      m_ignoreDeleteAfter(QStringLiteral("ignore-delete-after"), QStringLiteral("Do not delete snapshots just because their delete-after date passed.")),
      m_yes(QStringLiteral("yes"), QStringLiteral("Delete them (without it, prune only shows what it would delete)."))
{
}

void SnapshotPruneCommand::addOptions(QCommandLineParser &parser) const
{
    addFolderOptions(parser);
    addUriOption(parser);
    parser.addOptions({m_olderThan, m_keepLast, m_database, m_purpose, m_ignoreDeleteAfter, m_yes});
}

int SnapshotPruneCommand::execute(const QCommandLineParser &parser)
{
    RetentionPolicy policy;
    if (auto st = readPolicy(parser, policy); !st)
        return fail(st.error());
    if (auto st = folderOnlyUri(parser); !st)
        return fail(st.error());
    if (matrixOne(parser))
        return executeMatrixOne(parser, policy);

    SnapshotStore store(folder(parser));
    auto all = store.list();
    if (!all)
        return fail(all.error());
    const auto decisions = policy.apply(*all, QDateTime::currentDateTimeUtc());
    const bool dryRun = !parser.isSet(m_yes);
    const Tally tally = carryOut(store, decisions, !dryRun);
    if (json())
        printJsonReport(decisions, tally, dryRun);
    else
        printTextReport(store.folder(), decisions, tally, dryRun);
    if (!tally.firstError)
        return 0;
    printError(Error(tally.firstError->code, tally.firstError->message));
    return tally.firstError->exitCode();
}

Status SnapshotPruneCommand::readPolicy(const QCommandLineParser &parser, RetentionPolicy &policy) const
{
    if (auto st = noArguments(parser); !st)
        return st;
    if (parser.isSet(m_olderThan)) {
        auto seconds = SnapshotDuration::parseSeconds(parser.value(m_olderThan));
        if (!seconds)
            return Error(ErrorCode::Usage, QStringLiteral("--older-than: ") + seconds.error().message);
        policy.olderThanSeconds = *seconds;
    }
    auto keepLast = CommonOptions::wholeNumber(parser, m_keepLast, limits::KeepLast);
    if (!keepLast)
        return keepLast.error();
    policy.keepLast = *keepLast;
    policy.database = parser.value(m_database);
    policy.purpose = parser.value(m_purpose);
    policy.honourDeleteAfter = !parser.isSet(m_ignoreDeleteAfter);
    return {};
}

// Counts what the decisions delete, and with `remove` deletes it; a snapshot a running job
// holds is skipped (Refused), any other failure is kept as the first error.
SnapshotPruneCommand::Tally SnapshotPruneCommand::carryOut(SnapshotStore &store, const QList<RetentionPolicy::Decision> &decisions, bool remove)
{
    Tally t;
    for (const auto &d : decisions) {
        if (!d.remove)
            continue;
        ++t.toDelete;
        t.wouldFree += d.entry.fileSize;
        if (!remove)
            continue;
        if (auto st = store.remove(d.entry.name); st) {
            t.deleted << d.entry.name;
            t.freed += d.entry.fileSize;
        } else {
            t.skipped.append(QJsonObject{{QStringLiteral("name"), d.entry.name}, {QStringLiteral("reason"), st.error().message}});
            if (st.error().code != ErrorCode::Refused && !t.firstError)
                t.firstError = st.error();
        }
    }
    return t;
}

void SnapshotPruneCommand::printJsonReport(const QList<RetentionPolicy::Decision> &decisions, const Tally &tally, bool dryRun)
{
    QJsonArray ds;
    for (const auto &d : decisions)
        ds.append(QJsonObject{{QStringLiteral("name"), d.entry.name},
                              {QStringLiteral("file"), d.entry.fileName},
                              {QStringLiteral("createdAt"), d.entry.createdAt.toUTC().toString(Qt::ISODate)},
                              {QStringLiteral("action"), d.remove ? QStringLiteral("delete") : QStringLiteral("keep")},
                              {QStringLiteral("reason"), d.reason}});
    QJsonObject j{{QStringLiteral("ok"), !tally.firstError.has_value()},
                  {QStringLiteral("dryRun"), dryRun},
                  {QStringLiteral("decisions"), ds},
                  {QStringLiteral("deleted"), QJsonArray::fromStringList(tally.deleted)},
                  {QStringLiteral("skipped"), tally.skipped},
                  {QStringLiteral("freedBytes"), tally.freed}};
    if (tally.firstError)
        j.insert(QStringLiteral("error"), RestoreFlow::errorJson(*tally.firstError));
    printJson(j);
}

void SnapshotPruneCommand::printTextReport(const QString &folder, const QList<RetentionPolicy::Decision> &decisions, const Tally &tally, bool dryRun)
{
    if (decisions.isEmpty()) {
        m_out << "No snapshots in " << folder << " match.\n";
        m_out.flush();
        return;
    }
    SnapshotPrinter::printPrune(m_out, decisions);
    m_out << "\n";
    if (tally.toDelete == 0) {
        m_out << "Nothing to delete.\n";
    } else if (dryRun) {
        m_out << "Would delete " << tally.toDelete << (tally.toDelete == 1 ? " snapshot" : " snapshots") << " (" << humanBytes(tally.wouldFree)
              << "). Nothing was deleted: pass --yes to delete.\n";
    } else {
        m_out << "Deleted " << tally.deleted.size() << (tally.deleted.size() == 1 ? " snapshot" : " snapshots") << " (" << humanBytes(tally.freed) << " freed).\n";
        for (const auto &s : std::as_const(tally.skipped))
            m_out << "Skipped " << s.toObject().value(QStringLiteral("name")).toString() << ": " << s.toObject().value(QStringLiteral("reason")).toString() << "\n";
    }
    m_out.flush();
}


// The same rules over the MatrixOne snapshots Lifeboat took (its catalog's records of the
// server); snapshots taken by other tools are never pruned.
int SnapshotPruneCommand::executeMatrixOne(const QCommandLineParser &parser, const RetentionPolicy &policy)
{
    auto session = openMatrixOne(parser);
    if (!session)
        return fail(session.error());
    auto all = session->snapshots->list();
    if (!all)
        return fail(all.error());
    QList<SnapshotEntry> entries;
    int foreign = 0;
    for (const auto &s : std::as_const(*all)) {
        if (s.inCatalog)
            entries << s.toEntry();
        else
            ++foreign;
    }
    const auto decisions = policy.apply(entries, QDateTime::currentDateTimeUtc());
    const bool dryRun = !parser.isSet(m_yes);
    Tally tally;
    for (const auto &d : decisions) {
        if (!d.remove)
            continue;
        ++tally.toDelete;
        if (dryRun)
            continue;
        if (auto st = session->snapshots->remove(d.entry.name); st) {
            tally.deleted << d.entry.name;
        } else {
            tally.skipped.append(QJsonObject{{QStringLiteral("name"), d.entry.name}, {QStringLiteral("reason"), st.error().message}});
            if (!tally.firstError)
                tally.firstError = st.error();
        }
    }
    if (json()) {
        printJsonReport(decisions, tally, dryRun);
    } else if (decisions.isEmpty()) {
        m_out << "No snapshots taken by Lifeboat on MatrixOne at " << session->snapshots->server() << " match.\n";
    } else {
        SnapshotPrinter::printPrune(m_out, decisions);
        m_out << "\n";
        if (tally.toDelete == 0)
            m_out << "Nothing to delete.\n";
        else if (dryRun)
            m_out << "Would delete " << tally.toDelete << (tally.toDelete == 1 ? " snapshot" : " snapshots") << ". Nothing was deleted: pass --yes to delete.\n";
        else
            m_out << "Deleted " << tally.deleted.size() << (tally.deleted.size() == 1 ? " snapshot" : " snapshots") << ".\n";
        for (const auto &s : std::as_const(tally.skipped))
            m_out << "Skipped " << s.toObject().value(QStringLiteral("name")).toString() << ": " << s.toObject().value(QStringLiteral("reason")).toString() << "\n";
    }
    if (!json() && foreign > 0)
        m_out << foreign << (foreign == 1 ? " snapshot" : " snapshots") << " not taken by Lifeboat: never pruned.\n";
    m_out.flush();
    if (!tally.firstError)
        return 0;
    printError(*tally.firstError);
    return tally.firstError->exitCode();
}

} // namespace lifeboat::cli
