#include "core/backup/CollectionSelection.h"

#include <QSet>

namespace lifeboat {

CollectionSelection::CollectionSelection(const BackupRequest &request, MessageFunction message)
    : m_request(request), m_message(std::move(message))
{
}

Status CollectionSelection::addDatabase(const QString &database, const QList<CollectionInfo> &collections)
{
    BackupFolder folder;
    if (m_request.allDatabases)
        folder.path = m_databaseFolders.assign(database, QString()) + QLatin1Char('/');
    SafeFileNames files;
    const QSet<QString> wanted(m_request.collections.cbegin(), m_request.collections.cend());
    QSet<QString> missing = wanted;
    for (const CollectionInfo &c : collections) {
        if (c.isSystem()) {
            m_message(QStringLiteral("skipping system collection %1.%2").arg(database, c.name));
            continue;
        }
        if (!wanted.isEmpty() && !wanted.contains(c.name))
            continue;
        missing.remove(c.name);
        folder.entries.push_back(c.entry);
        m_tasks.push_back(makeTask(database, c, folder.path, files));
    }
    if (!missing.isEmpty()) {
        QStringList names(missing.cbegin(), missing.cend());
        names.sort();
        return Error(ErrorCode::NotFound, QStringLiteral("no collection %1 in database %2").arg(names.join(QStringLiteral(", ")), database));
    }
    m_folders.push_back(std::move(folder));
    return {};
}

std::unique_ptr<BackupTask> CollectionSelection::makeTask(const QString &database, const CollectionInfo &info,
                                                          const QString &folder, SafeFileNames &files) const
{
    auto task = std::make_unique<BackupTask>();
    task->database = database;
    task->name = info.name;
    task->type = info.type;
    task->record.database = database;
    task->record.name = info.name;
    task->record.type = info.type;
    if (task->isView()) {
        task->record.viewOn = info.viewOn;
        task->record.pipeline = info.pipeline;
        m_message(QStringLiteral("view %1.%2 is kept as metadata (on %3)").arg(database, info.name, info.viewOn));
    } else {
        task->file = folder + files.assign(info.name, QStringLiteral(".jsonl"));
        task->record.file = task->file;
    }
    return task;
}

} // namespace lifeboat
