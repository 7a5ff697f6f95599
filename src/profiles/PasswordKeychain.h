#pragma once

#include "core/common/Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace lifeboat::profiles {

// Passwords in the OS keychain (Secret Service, macOS Keychain, Windows Credential Manager)
// through QtKeychain, one entry per key under one service name. Each call starts an
// asynchronous job and calls `done` later from the event loop (never from inside the call),
// or not at all if this object is destroyed first. Nothing is ever written anywhere else:
// QtKeychain's insecure plain-text fallback stays off.
class PasswordKeychain final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordKeychain)

public:
    explicit PasswordKeychain(QString service, QObject *parent = nullptr);

    QString service() const { return m_service; }

    // Creates or replaces the entry.
    void write(const QString &key, const QString &password, std::function<void(Status)> done);
    // NotFound if there is no entry.
    void read(const QString &key, std::function<void(Result<QString>)> done);
    // Succeeds if there was no entry.
    void remove(const QString &key, std::function<void(Status)> done);

private:
    QString m_service;
};

} // namespace lifeboat::profiles
