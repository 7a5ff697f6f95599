#pragma once

#include "core/archive/SafeFileNames.h"
#include "core/backup/BackupFolder.h"
#include "core/backup/BackupRequest.h"
#include "core/backup/BackupTask.h"
#include "core/common/Result.h"
#include "core/mongo/DatabaseCatalog.h"

#include <functional>
#include <memory>
#include <vector>

namespace lifeboat {

// Which of the listed collections a backup copies, and where each goes in the archive: the
// request's collections (all when it names none), system collections skipped, views kept as
// metadata only; for a whole deployment each database in a folder of its own.
class CollectionSelection final {
public:
    using MessageFunction = std::function<void(const QString &)>;

    CollectionSelection(const BackupRequest &request, MessageFunction message);

    // Adds a task per chosen collection of one database. NotFound when a collection the
    // request names is not there.
    Status addDatabase(const QString &database, const QList<CollectionInfo> &collections);

    std::vector<std::unique_ptr<BackupTask>> takeTasks() { return std::move(m_tasks); }
    const std::vector<BackupFolder> &folders() const { return m_folders; }

private:
    std::unique_ptr<BackupTask> makeTask(const QString &database, const CollectionInfo &info, const QString &folder,
                                         SafeFileNames &files) const;

    const BackupRequest &m_request;
    MessageFunction m_message;
    SafeFileNames m_databaseFolders;
    std::vector<std::unique_ptr<BackupTask>> m_tasks;
    std::vector<BackupFolder> m_folders;
};

} // namespace lifeboat
