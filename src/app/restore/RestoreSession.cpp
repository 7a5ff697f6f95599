#include "app/restore/RestoreSession.h"

namespace lifeboat::app {

QStringList RestoreSession::archiveDatabases() const
{
    if (!inspection)
        return {};
    if (inspection->manifest)
        return inspection->manifest->databases;
    QStringList out;
    for (const auto &f : inspection->files) {
        const auto role = inspection->layout.classify(f.path);
        if (role.kind == ArchiveLayout::FileRole::Collection && !role.database.isEmpty() && !out.contains(role.database))
            out << role.database;
    }
    return out;
}

QStringList RestoreSession::archiveCollections(const QString &database) const
{
    if (!inspection)
        return {};
    QStringList out;
    if (inspection->manifest) {
        const bool nested = inspection->manifest->nestsDatabases();
        for (const auto &c : inspection->manifest->collections) {
            if ((!nested || c.database == database) && !c.name.startsWith(QLatin1String("system.buckets.")) && !out.contains(c.name))
                out << c.name;
        }
    } else {
        for (const auto &f : inspection->files) {
            const auto role = inspection->layout.classify(f.path);
            if (role.kind == ArchiveLayout::FileRole::Collection && !role.isBucketFile && role.database == database
                && !out.contains(role.collection))
                out << role.collection;
        }
    }
    out.sort();
    return out;
}

void RestoreSession::clearFromArchive()
{
    inspection.reset();
    plan.reset();
    job.clear();
    outcome.reset();
}

} // namespace lifeboat::app
