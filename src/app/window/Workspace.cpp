#include "app/window/Workspace.h"

#include <QFileInfo>

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace lifeboat::app {

namespace {
const QString kBackupFolderKey = QStringLiteral("app/backupFolder");
const QString kSnapshotFolderKey = QStringLiteral("app/snapshotFolder");
}

Workspace::Workspace(QSettings *settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_profiles(new profiles::ProfileStore(settings, this)),
      m_jobs(new JobManager(this))
{
    connect(m_profiles, &profiles::ProfileStore::profilesChanged, this, [this] {
        if (!m_currentProfileId.isEmpty() && !m_profiles->find(m_currentProfileId))
            setCurrentProfileId({});
    });
    // The snapshot folder follows the backup folder until one is chosen.
    connect(this, &Workspace::backupFolderChanged, this, [this] {
        if (!m_settings->contains(kSnapshotFolderKey))
            Q_EMIT snapshotFolderChanged(snapshotFolder());
    });
}

QString Workspace::backupFolder() const
{
    const QString fallback = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                 .filePath(QStringLiteral("Lifeboat backups"));
    return m_settings->value(kBackupFolderKey, fallback).toString();
}

void Workspace::setBackupFolder(const QString &folder)
{
    if (folder == backupFolder())
        return;
    m_settings->setValue(kBackupFolderKey, folder);
    m_settings->sync();
    Q_EMIT backupFolderChanged(folder);
}

QString Workspace::snapshotFolder() const
{
    const QString fallback = QDir(backupFolder()).filePath(QStringLiteral("snapshots"));
    return m_settings->value(kSnapshotFolderKey, fallback).toString();
}

void Workspace::setSnapshotFolder(const QString &folder)
{
    if (folder == snapshotFolder() && m_settings->contains(kSnapshotFolderKey))
        return;
    const bool changed = folder != snapshotFolder();
    m_settings->setValue(kSnapshotFolderKey, folder);
    m_settings->sync();
    if (changed)
        Q_EMIT snapshotFolderChanged(folder);
}

std::optional<profiles::ConnectionProfile> Workspace::currentProfile() const
{
    if (m_currentProfileId.isEmpty())
        return std::nullopt;
    return m_profiles->find(m_currentProfileId);
}

void Workspace::setCurrentProfileId(const QString &id)
{
    if (id == m_currentProfileId)
        return;
    m_currentProfileId = id;
    Q_EMIT currentProfileChanged(id);
}

void Workspace::resolveUri(const profiles::ConnectionProfile &profile, std::function<void(Result<QString>)> done)
{
    m_profiles->readPassword(profile.id, [profile, done = std::move(done)](Result<QString> password) {
        if (password)
            done(profile.uriWithPassword(*password));
        else if (password.error().code == ErrorCode::NotFound)
            done(profile.uriWithPassword(QString()));
        else
            done(password.error().wrapped(QObject::tr("cannot read the password of \"%1\" from the keychain").arg(profile.name)));
    });
}

void Workspace::noteArchiveVerified(const QString &path, const QDateTime &when)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_verifiedArchives.insert(absolute, when);
    Q_EMIT archiveVerified(absolute, when);
}

QDateTime Workspace::archiveVerifiedAt(const QString &path) const
{
    return m_verifiedArchives.value(QFileInfo(path).absoluteFilePath());
}

} // namespace lifeboat::app
