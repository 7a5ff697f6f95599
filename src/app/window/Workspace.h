#pragma once

#include "profiles/ConnectionProfile.h"
#include "app/jobs/JobManager.h"
#include "profiles/ProfileStore.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QSettings;

namespace lifeboat::app {

// What every window and dialog of the app shares: the saved profiles, the jobs, the app's own
// settings (the backups folder), and the profile selected in the sidebar.
class Workspace final : public QObject {
    Q_OBJECT
public:
    // `settings` (not owned) holds the profiles and the app's settings; it must outlive this.
    explicit Workspace(QSettings *settings, QObject *parent = nullptr);

    profiles::ProfileStore *profiles() const { return m_profiles; }
    JobManager *jobs() const { return m_jobs; }
    QSettings *settings() const { return m_settings; }

    // The folder the backups view lists and new backups go to.
    QString backupFolder() const;
    void setBackupFolder(const QString &folder);

    // The folder the snapshots view lists and new snapshots go to (issue 5). Until one is
    // chosen it is "snapshots" in the backup folder, and follows that folder.
    QString snapshotFolder() const;
    void setSnapshotFolder(const QString &folder);

    std::optional<profiles::ConnectionProfile> currentProfile() const;
    QString currentProfileId() const { return m_currentProfileId; }
    void setCurrentProfileId(const QString &id);

    // The profile's URI with its password from the keychain (none saved: without one).
    // `done` runs later on this thread. The URI holds the password: never log or show it.
    void resolveUri(const profiles::ConnectionProfile &profile, std::function<void(Result<QString>)> done);

    // Archives this session wrote and read back whole against their manifest (a backup, a
    // snapshot): when (UTC). The Backups and Snapshots views show them as verified.
    void noteArchiveVerified(const QString &path, const QDateTime &when = QDateTime::currentDateTimeUtc());
    // Invalid when this session did not write and verify `path`.
    QDateTime archiveVerifiedAt(const QString &path) const;

Q_SIGNALS:
    void archiveVerified(const QString &path, const QDateTime &when);
    void backupFolderChanged(const QString &folder);
    void snapshotFolderChanged(const QString &folder);
    void currentProfileChanged(const QString &id);

private:
    QSettings *m_settings;
    profiles::ProfileStore *m_profiles; // child
    JobManager *m_jobs;                 // child
    QString m_currentProfileId;
    QHash<QString, QDateTime> m_verifiedArchives; // absolute path -> when
};

} // namespace lifeboat::app
