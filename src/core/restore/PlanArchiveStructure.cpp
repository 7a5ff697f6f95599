#include "core/restore/PlannerPhases.h"

#include "core/restore/StagingNames.h"

namespace lifeboat {

namespace {

Error refused(const QString &archive, const QString &what)
{
    return Error(ErrorCode::ArchiveCorrupt, QStringLiteral("%1: %2; refusing the archive (nothing was changed)").arg(archive, what));
}

bool leavesItsFolder(const QString &path)
{
    return path.startsWith(QLatin1Char('/')) || path.split(QLatin1Char('/')).contains(QStringLiteral(".."));
}

bool isDocumentOrJson(const QString &path)
{
    return path.endsWith(QLatin1String(".json")) || ArchiveLayout::isDocumentFile(path);
}

// A member where none belongs: outside the archive's folder, or a .json/.jsonl file that is
// neither the manifest, a metadata file nor one of the collection files it reads.
Status checkMembers(const PlanningState &s)
{
    QSet<QString> expected; // the collection files read, and those the manifest lists
    for (const auto &f : s.contents.collectionFiles())
        expected.insert(f.path);
    if (const auto &manifest = s.contents.manifest()) {
        for (const auto &c : manifest->collections)
            expected.insert(manifest->name + QLatin1Char('/') + c.file);
    }
    for (const auto &m : s.contents.members()) {
        if (leavesItsFolder(m.path))
            return refused(s.contents.archivePath(), QStringLiteral("the member %1 points outside the archive's folder").arg(m.path));
        if (isDocumentOrJson(m.path) && !expected.contains(m.path) && !ArchiveLayout::isSmallFile(m.path))
            return refused(s.contents.archivePath(), QStringLiteral("the member %1 is not one the manifest lists").arg(m.path));
    }
    return {};
}

// Every collection file the manifest names is there, once, as a regular file.
Status checkManifestFiles(const PlanningState &s)
{
    const auto &manifest = s.contents.manifest();
    if (!manifest)
        return {};
    QHash<QString, bool> regular;
    for (const auto &m : s.contents.members())
        regular.insert(m.path, m.isRegularFile && !regular.contains(m.path));
    for (const auto &c : manifest->collections) {
        if (c.file.isEmpty() || !s.isSource(c.database))
            continue;
        const QString path = s.contents.layout().topFolder() + c.file;
        if (!regular.contains(path))
            return refused(s.contents.archivePath(), QStringLiteral("%1 (collection %2) is listed in the manifest but missing from the archive").arg(path, c.name));
        if (!regular.value(path))
            return refused(s.contents.archivePath(), QStringLiteral("%1 (collection %2) is not a regular file (a link, or stored twice)").arg(path, c.name));
    }
    return {};
}

// Every collection name the restore would create is one the server takes.
Status checkNames(const PlanningState &s)
{
    QStringList names;
    for (const auto &f : s.files)
        names << f.collection;
    if (const auto &manifest = s.contents.manifest()) {
        for (const auto &c : manifest->collections) {
            if (s.isSource(c.database))
                names << c.name;
        }
    }
    for (const QString &name : std::as_const(names)) {
        if (!s.isWanted(name))
            continue;
        const QString problem = staging::nameProblem(s.plan.targetDatabase, name, !s.request.inPlace);
        if (!problem.isEmpty())
            return refused(s.contents.archivePath(), QStringLiteral("the collection \"%1\" has %2").arg(QString(name).replace(QChar(0), QStringLiteral("\\0")), problem));
    }
    return {};
}

} // namespace

Status checkArchiveStructure(const PlanningState &s)
{
    if (auto st = checkMembers(s); !st)
        return st;
    if (auto st = checkManifestFiles(s); !st)
        return st;
    return checkNames(s);
}

} // namespace lifeboat
