#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <bson/bson.h>

namespace lifeboat {

// The user's own check after a change (ValidationCheck) runs a database command of their
// choice, again on every "Check again": it must only read. An allow-list decides, before the
// command is sent:
//   - the command (its first field) is one of the read commands: find, count, distinct,
//     aggregate, listCollections, listIndexes, listDatabases, dbStats, collStats, dataSize,
//     explain (of an allowed command), ping, buildInfo, hello, serverStatus...;
//   - an aggregate's pipeline holds read-only stages only ($match, $group, $lookup, $facet...,
//     checked inside $lookup, $unionWith and $facet too); $out and $merge are refused anywhere.
// Every write (insert, update, delete, findAndModify, drop, create, createIndexes...) and any
// command not on the list is refused. Command names compare without regard to case.
class ReadOnlyCommand final {
    Q_DECLARE_TR_FUNCTIONS(lifeboat::ReadOnlyCommand)

public:
    // The command's name: its first field ("" for an empty document).
    static QString name(const bson_t *command);
    // Empty when the command only reads; else why it is refused, as a sentence.
    static QString refusal(const bson_t *command);
    // The same for Extended JSON; a text that is not a JSON document is refused too.
    static QString refusal(QByteArrayView json);
    // The read commands, as they are named in a refusal.
    static QStringList readCommands();
    // Whether `command` (any case) answers with documents (find, aggregate, distinct,
    // listCollections, listIndexes, listDatabases): an empty answer then did not find what the
    // user looked for.
    static bool answersRows(const QString &command);
};

} // namespace lifeboat
