#pragma once

#include "profiles/ConnectionProfile.h"
#include "core/common/Result.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QSettings;

namespace lifeboat::profiles {

class PasswordKeychain;

// The saved connection profiles: everything but the password in QSettings (group "profiles",
// one subgroup per id), the password in the OS keychain under service "Lifeboat" and the
// profile's id as key.
//
// A password never reaches the settings: add() and update() refuse a connection string that
// carries user info (validate()), rather than guess which of two passwords is meant; a GUI
// splits a pasted URI with ConnectionProfile::takeCredentials() first.
//
// add(), update(), list() and find() touch the settings only and are synchronous. Anything
// involving the keychain is asynchronous: `done` runs later from the event loop, or not at all
// if the store is destroyed first.
class ProfileStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    static QString keychainService();

    // Profiles in `settings` (not owned; must outlive the store).
    explicit ProfileStore(QSettings *settings, QObject *parent = nullptr);
    // Profiles in the INI file at `iniPath`.
    explicit ProfileStore(const QString &iniPath, QObject *parent = nullptr);
    ~ProfileStore() override;

    // Sorted by name (case-insensitive).
    QList<ConnectionProfile> list() const;
    // An environment tag this version does not know reads as Production, the most careful.
    std::optional<ConnectionProfile> find(const QString &id) const;

    // Saves a new profile, giving it a new id if it has none; returns it as saved.
    Result<ConnectionProfile> add(ConnectionProfile profile);
    // Replaces an existing profile's settings; its password stays as it is.
    Status update(const ConnectionProfile &profile);
    // Copies the profile under a new id and `newName`, with a copy of its password (if it has
    // one). Nothing is saved if the password cannot be read or copied.
    void duplicate(const QString &id, const QString &newName, std::function<void(Result<ConnectionProfile>)> done);
    // Deletes the keychain entry, then the profile. If the keychain fails, the profile stays
    // (so that no orphaned password is left behind) and `done` gets the error.
    void remove(const QString &id, std::function<void(Status)> done);

    void savePassword(const QString &id, const QString &password, std::function<void(Status)> done);
    // NotFound if the profile has no saved password.
    void readPassword(const QString &id, std::function<void(Result<QString>)> done);
    void deletePassword(const QString &id, std::function<void(Status)> done);

Q_SIGNALS:
    // A profile was added, updated or removed.
    void profilesChanged();

private:
    Status write(const ConnectionProfile &profile);
    Status sync();
    Error notFound(const QString &id) const;

    std::unique_ptr<QSettings> m_ownedSettings;
    QSettings *m_settings;
    PasswordKeychain *m_keychain; // child
};

} // namespace lifeboat::profiles
