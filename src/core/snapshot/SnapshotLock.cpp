#include "core/snapshot/SnapshotLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace lifeboat {

SnapshotLock::SnapshotLock(SnapshotLock &&other) noexcept : m_fd(other.m_fd), m_lockPath(std::move(other.m_lockPath))
{
    other.m_fd = -1;
}

SnapshotLock &SnapshotLock::operator=(SnapshotLock &&other) noexcept
{
    if (this != &other) {
        release();
        m_fd = other.m_fd;
        m_lockPath = std::move(other.m_lockPath);
        other.m_fd = -1;
    }
    return *this;
}

SnapshotLock::~SnapshotLock()
{
    release();
}

QString SnapshotLock::lockFilePath(const QString &archivePath)
{
    const QFileInfo fi(archivePath);
    return fi.absoluteDir().filePath(QLatin1Char('.') + fi.fileName() + QStringLiteral(".lock"));
}

Result<SnapshotLock> SnapshotLock::acquire(const QString &archivePath, Mode mode)
{
    const QString path = lockFilePath(archivePath);
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return Error(ErrorCode::Io, QStringLiteral("cannot create the lock file %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    if (::flock(fd, (mode == Mode::Shared ? LOCK_SH : LOCK_EX) | LOCK_NB) != 0) {
        const int e = errno;
        ::close(fd);
        const QString name = QFileInfo(archivePath).fileName();
        if (e == EWOULDBLOCK) {
            if (mode == Mode::Shared)
                return Error(ErrorCode::Refused, QStringLiteral("%1 is being deleted").arg(name));
            return Error(ErrorCode::Refused, QStringLiteral("%1 is in use by a running job (clone, restore or verification)").arg(name),
                         QStringLiteral("wait until that job has finished"));
        }
        return Error(ErrorCode::Io, QStringLiteral("cannot lock %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(e))));
    }
    SnapshotLock lock;
    lock.m_fd = fd;
    lock.m_lockPath = path;
    return lock;
}

bool SnapshotLock::isLocked(const QString &archivePath)
{
    const QByteArray native = QFile::encodeName(lockFilePath(archivePath));
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false; // no lock file: nobody ever locked it
    const bool locked = ::flock(fd, LOCK_EX | LOCK_NB) != 0;
    ::close(fd); // closing drops the probe's own lock, if it got one
    return locked;
}

void SnapshotLock::release()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

void SnapshotLock::removeLockFile()
{
    if (m_fd >= 0 && !m_lockPath.isEmpty())
        QFile::remove(m_lockPath);
}

} // namespace lifeboat
