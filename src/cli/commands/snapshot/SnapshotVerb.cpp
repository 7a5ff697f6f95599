#include "cli/commands/snapshot/SnapshotVerb.h"

#include "core/snapshot/SnapshotStore.h"

namespace lifeboat::cli {

SnapshotVerb::SnapshotVerb(QTextStream &out, QTextStream &err, const CommonOptionHelp &help) : Verb(out, err), m_common(help)
{
}

void SnapshotVerb::addFolderOptions(QCommandLineParser &parser) const
{
    parser.addOptions({m_common.snapshotDir, m_common.json});
}

void SnapshotVerb::addServerOptions(QCommandLineParser &parser) const
{
    if (m_common.hasMongoDb())
        parser.addOptions({m_common.mongoUri, m_common.mongoDb, m_common.envFile});
    else
        parser.addOptions({m_common.mongoUri, m_common.envFile});
}

void SnapshotVerb::addUriOption(QCommandLineParser &parser) const
{
    parser.addOption(m_common.uri);
}

Status SnapshotVerb::folderOnlyUri(const QCommandLineParser &parser) const
{
    if (parser.isSet(m_common.uri) && !matrixOne(parser))
        return Error(ErrorCode::Usage, QStringLiteral("snapshot %1 reads the snapshot folder: --uri only takes a matrixone:// URI here").arg(verb()));
    return {};
}

Result<SnapshotVerb::MatrixOneSession> SnapshotVerb::openMatrixOne(const QCommandLineParser &parser) const
{
    auto uri = MatrixOneUri::parse(parser.value(m_common.uri));
    if (!uri)
        return uri.error();
    auto connection = MatrixOneConnection::open(*uri);
    if (!connection)
        return connection.error();
    MatrixOneSession session;
    session.connection = std::move(*connection);
    session.snapshots = std::make_unique<MatrixOneSnapshots>(*session.connection, folder(parser));
    return session;
}

QString SnapshotVerb::folder(const QCommandLineParser &parser) const
{
    return m_common.snapshotFolder(parser, SnapshotStore::defaultFolder());
}

Result<SnapshotEntry> SnapshotVerb::findNamed(const QCommandLineParser &parser, SnapshotStore &store)
{
    auto name = snapshotName(parser);
    if (!name)
        return name.error();
    return store.find(*name);
}

Result<QString> SnapshotVerb::snapshotName(const QCommandLineParser &parser)
{
    return oneArgument(parser, QStringLiteral("snapshot name"));
}

} // namespace lifeboat::cli
