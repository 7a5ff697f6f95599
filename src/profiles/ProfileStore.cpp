#include "profiles/ProfileStore.h"

#include "profiles/PasswordKeychain.h"

#include <QMetaObject>
#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace lifeboat::profiles {

namespace {

const QString kGroup = QStringLiteral("profiles");

QString groupOf(const QString &id)
{
    return kGroup + QLatin1Char('/') + id;
}

// Keeps the "done is never called from inside the call" promise for answers known at once.
template <typename T>
void postLater(QObject *context, std::function<void(T)> done, T value)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), value = std::move(value)]() { done(value); }, Qt::QueuedConnection);
}

Error inProfile(const Error &error, const ConnectionProfile &profile)
{
    return error.wrapped(QStringLiteral("profile \"%1\"").arg(profile.name));
}

} // namespace

QString ProfileStore::keychainService()
{
    return QStringLiteral("Lifeboat");
}

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_keychain(new PasswordKeychain(keychainService(), this))
{
}

ProfileStore::ProfileStore(const QString &iniPath, QObject *parent)
    : ProfileStore(new QSettings(iniPath, QSettings::IniFormat), parent)
{
    m_ownedSettings.reset(m_settings);
}

ProfileStore::~ProfileStore() = default;

QList<ConnectionProfile> ProfileStore::list() const
{
    m_settings->beginGroup(kGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    QList<ConnectionProfile> profiles;
    for (const QString &id : ids) {
        if (auto profile = find(id))
            profiles << std::move(*profile);
    }
    std::sort(profiles.begin(), profiles.end(), [](const ConnectionProfile &a, const ConnectionProfile &b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return profiles;
}

std::optional<ConnectionProfile> ProfileStore::find(const QString &id) const
{
    if (id.isEmpty() || !m_settings->contains(groupOf(id) + QStringLiteral("/name")))
        return std::nullopt;
    m_settings->beginGroup(groupOf(id));
    ConnectionProfile profile;
    profile.id = id;
    profile.name = m_settings->value(QStringLiteral("name")).toString();
    profile.connectionString = m_settings->value(QStringLiteral("connectionString")).toString();
    profile.user = m_settings->value(QStringLiteral("user")).toString();
    profile.authDatabase = m_settings->value(QStringLiteral("authDatabase")).toString();
    profile.tlsCaFile = m_settings->value(QStringLiteral("tlsCaFile")).toString();
    profile.tlsCertificateKeyFile = m_settings->value(QStringLiteral("tlsCertificateKeyFile")).toString();
    profile.tlsAllowInvalidHostnames = m_settings->value(QStringLiteral("tlsAllowInvalidHostnames")).toBool();
    profile.defaultDatabase = m_settings->value(QStringLiteral("defaultDatabase")).toString();
    // A tag this version does not know reads as the most careful one.
    profile.environment = ConnectionProfile::environmentFromName(m_settings->value(QStringLiteral("environment")).toString())
                              .value_or(ConnectionProfile::Environment::Production);
    // No kind (saved before MatrixOne) is MongoDB.
    profile.kind = ConnectionProfile::kindFromName(m_settings->value(QStringLiteral("kind")).toString()).value_or(ConnectionProfile::Kind::MongoDb);
    if (profile.isMatrixOne()) {
        profile.host = m_settings->value(QStringLiteral("host")).toString();
        profile.port = m_settings->value(QStringLiteral("port"), 6001).toInt();
        profile.account = m_settings->value(QStringLiteral("account")).toString();
    }
    m_settings->endGroup();
    return profile;
}

Result<ConnectionProfile> ProfileStore::add(ConnectionProfile profile)
{
    if (profile.id.isEmpty())
        profile.id = ConnectionProfile::newId();
    else if (find(profile.id))
        return Error(ErrorCode::Config, QStringLiteral("a connection profile with id %1 already exists").arg(profile.id));
    if (Status written = write(profile); !written)
        return written.error();
    return profile;
}

Status ProfileStore::update(const ConnectionProfile &profile)
{
    if (!find(profile.id))
        return notFound(profile.id);
    return write(profile);
}

void ProfileStore::duplicate(const QString &id, const QString &newName,
                             std::function<void(Result<ConnectionProfile>)> done)
{
    const auto source = find(id);
    if (!source)
        return postLater<Result<ConnectionProfile>>(this, std::move(done), notFound(id));
    ConnectionProfile copy = *source;
    copy.id = ConnectionProfile::newId();
    copy.name = newName;
    if (Status valid = copy.validate(); !valid)
        return postLater<Result<ConnectionProfile>>(this, std::move(done), valid.error());

    m_keychain->read(source->id, [this, copy, source = *source, done](Result<QString> password) {
        if (!password && password.error().code == ErrorCode::NotFound) {
            done(add(copy)); // the original has no saved password: neither has the copy
            return;
        }
        if (!password) {
            done(inProfile(password.error(), source));
            return;
        }
        m_keychain->write(copy.id, *password, [this, copy, done](Status saved) {
            if (!saved) {
                done(inProfile(saved.error(), copy));
                return;
            }
            Result<ConnectionProfile> added = add(copy);
            if (!added)
                m_keychain->remove(copy.id, [](Status) {}); // best effort: leave no orphan
            done(std::move(added));
        });
    });
}

void ProfileStore::remove(const QString &id, std::function<void(Status)> done)
{
    const auto profile = find(id);
    if (!profile)
        return postLater<Status>(this, std::move(done), notFound(id));
    m_keychain->remove(id, [this, profile = *profile, done](Status deleted) {
        if (!deleted) {
            done(inProfile(deleted.error(), profile));
            return;
        }
        m_settings->remove(groupOf(profile.id));
        Status synced = sync();
        if (synced)
            Q_EMIT profilesChanged();
        done(std::move(synced));
    });
}

void ProfileStore::savePassword(const QString &id, const QString &password, std::function<void(Status)> done)
{
    const auto profile = find(id);
    if (!profile)
        return postLater<Status>(this, std::move(done), notFound(id));
    m_keychain->write(id, password, [profile = *profile, done](Status saved) {
        done(saved ? saved : inProfile(saved.error(), profile));
    });
}

void ProfileStore::readPassword(const QString &id, std::function<void(Result<QString>)> done)
{
    const auto profile = find(id);
    if (!profile)
        return postLater<Result<QString>>(this, std::move(done), notFound(id));
    m_keychain->read(id, [profile = *profile, done](Result<QString> password) {
        done(password ? std::move(password) : inProfile(password.error(), profile));
    });
}

void ProfileStore::deletePassword(const QString &id, std::function<void(Status)> done)
{
    const auto profile = find(id);
    if (!profile)
        return postLater<Status>(this, std::move(done), notFound(id));
    m_keychain->remove(id, [profile = *profile, done](Status deleted) {
        done(deleted ? deleted : inProfile(deleted.error(), profile));
    });
}

Status ProfileStore::write(const ConnectionProfile &profile)
{
    if (QUuid::fromString(profile.id).isNull())
        return Error(ErrorCode::Config, QStringLiteral("\"%1\" is not a valid connection profile id").arg(profile.id));
    if (Status valid = profile.validate(); !valid)
        return valid;
    m_settings->remove(groupOf(profile.id));
    m_settings->beginGroup(groupOf(profile.id));
    m_settings->setValue(QStringLiteral("name"), profile.name);
    m_settings->setValue(QStringLiteral("connectionString"), profile.connectionString);
    m_settings->setValue(QStringLiteral("user"), profile.user);
    m_settings->setValue(QStringLiteral("authDatabase"), profile.authDatabase);
    m_settings->setValue(QStringLiteral("tlsCaFile"), profile.tlsCaFile);
    m_settings->setValue(QStringLiteral("tlsCertificateKeyFile"), profile.tlsCertificateKeyFile);
    m_settings->setValue(QStringLiteral("tlsAllowInvalidHostnames"), profile.tlsAllowInvalidHostnames);
    m_settings->setValue(QStringLiteral("defaultDatabase"), profile.defaultDatabase);
    m_settings->setValue(QStringLiteral("environment"), ConnectionProfile::environmentName(profile.environment));
    m_settings->setValue(QStringLiteral("kind"), ConnectionProfile::kindName(profile.kind));
    if (profile.isMatrixOne()) {
        m_settings->setValue(QStringLiteral("host"), profile.host);
        m_settings->setValue(QStringLiteral("port"), profile.port);
        m_settings->setValue(QStringLiteral("account"), profile.account);
    }
    m_settings->endGroup();
    Status synced = sync();
    if (synced)
        Q_EMIT profilesChanged();
    return synced;
}

Status ProfileStore::sync()
{
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        return Error(ErrorCode::Io, QStringLiteral("cannot save the connection profiles to %1").arg(m_settings->fileName()));
    return {};
}

Error ProfileStore::notFound(const QString &id) const
{
    return Error(ErrorCode::NotFound, QStringLiteral("no connection profile with id \"%1\"").arg(id));
}

} // namespace lifeboat::profiles
