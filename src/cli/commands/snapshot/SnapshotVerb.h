#pragma once

#include "cli/commands/Verb.h"
#include "cli/common/CommonOptions.h"
#include "core/matrixone/MatrixOneConnection.h"
#include "core/matrixone/MatrixOneSnapshots.h"
#include "core/snapshot/SnapshotEntry.h"

#include <memory>

namespace lifeboat {
class SnapshotStore;
}

namespace lifeboat::cli {

// What the `snapshot` subcommands share: their name in messages ("snapshot create"), the
// snapshot folder (--snapshot-dir, else $LIFEBOAT_SNAPSHOT_DIR, else ./snapshots) and --json
// that every one of them takes first, the connection of those that reach a server, and
// finding the snapshot their one argument names.
class SnapshotVerb : public Verb {
public:
    SnapshotVerb(QTextStream &out, QTextStream &err, const CommonOptionHelp &help = CommonOptionHelp());
    QString name() const final { return QStringLiteral("snapshot ") + verb(); }

protected:

    // --snapshot-dir and --json.
    void addFolderOptions(QCommandLineParser &parser) const;
    // --mongo-uri, --mongo-db (when the verb's help names it) and --env-file.
    void addServerOptions(QCommandLineParser &parser) const;
    QString folder(const QCommandLineParser &parser) const;

    // --uri: with matrixone://..., the verb works on that server's own snapshots.
    void addUriOption(QCommandLineParser &parser) const;
    bool matrixOne(const QCommandLineParser &parser) const { return m_common.isMatrixOne(parser); }
    // A verb that only reads the folder given a --uri that is not MatrixOne's: Usage.
    Status folderOnlyUri(const QCommandLineParser &parser) const;
    // The connection to the --uri's MatrixOne server and its snapshots (metadata in the folder).
    struct MatrixOneSession {
        std::unique_ptr<MatrixOneConnection> connection;
        std::unique_ptr<MatrixOneSnapshots> snapshots;
    };
    Result<MatrixOneSession> openMatrixOne(const QCommandLineParser &parser) const;
    // The snapshot named by the one argument, from `store`'s catalog.
    static Result<SnapshotEntry> findNamed(const QCommandLineParser &parser, SnapshotStore &store);
    // The one argument: Usage "give exactly one snapshot name" otherwise.
    static Result<QString> snapshotName(const QCommandLineParser &parser);

    CommonOptions m_common;
};

} // namespace lifeboat::cli
