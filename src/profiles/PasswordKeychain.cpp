#include "profiles/PasswordKeychain.h"

#include <qt6keychain/keychain.h>

namespace lifeboat::profiles {

namespace {

Error keychainError(const QKeychain::Job &job, const QString &what)
{
    const QString message = QStringLiteral("cannot %1 in the system keychain: %2").arg(what, job.errorString());
    switch (job.error()) {
    case QKeychain::NoError: // not reached: callers check first
    case QKeychain::OtherError:
    case QKeychain::CouldNotDeleteEntry:
        return Error(ErrorCode::Io, message);
    case QKeychain::EntryNotFound:
        return Error(ErrorCode::NotFound, message);
    case QKeychain::AccessDeniedByUser:
        return Error(ErrorCode::Cancelled, message);
    case QKeychain::AccessDenied:
        return Error(ErrorCode::Refused, message, QStringLiteral("unlock the keychain and try again"));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error(ErrorCode::Config, message,
                     QStringLiteral("a Secret Service such as GNOME Keyring or KWallet must be running"));
    }
    return Error(ErrorCode::Io, message);
}

// The job deletes itself after `finished` (autoDelete). It is not parented to the keychain
// object: QtKeychain's callbacks still point at a job deleted mid-flight. Using `context` for
// the connection drops the callback instead when the keychain object is gone.
template <typename Job>
Job *newJob(const QString &service, const QString &key)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

PasswordKeychain::PasswordKeychain(QString service, QObject *parent)
    : QObject(parent), m_service(std::move(service))
{
}

void PasswordKeychain::write(const QString &key, const QString &password, std::function<void(Status)> done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError)
            done(keychainError(*finished, QStringLiteral("save the password")));
        else
            done({});
    });
    job->start();
}

void PasswordKeychain::read(const QString &key, std::function<void(Result<QString>)> done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError)
            done(keychainError(*finished, QStringLiteral("read the password")));
        else
            done(job->textData());
    });
    job->start();
}

void PasswordKeychain::remove(const QString &key, std::function<void(Status)> done)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound)
            done(keychainError(*finished, QStringLiteral("delete the password")));
        else
            done({});
    });
    job->start();
}

} // namespace lifeboat::profiles
