// ProfileStore against the real Secret Service (gnome-keyring, started unlocked by
// scripts/with-keyring in a private D-Bus session): passwords go to the keychain under service
// "Lifeboat" and the profile id, and never into the settings file.
#include "profiles/PasswordKeychain.h"
#include "profiles/ProfileStore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>
#include <optional>

using namespace lifeboat;
using namespace lifeboat::profiles;

namespace {

constexpr int kKeychainTimeoutMs = 20000;

// Distinctive, with characters that need escaping in a URI, an INI file and a shell.
const QString kPassword = QStringLiteral("Kx9!p@ss:w/rd ü€ 'q\" %25&=;#");

// Collects a callback's answer; tests wait for it with QTRY_VERIFY. Shared, so that a late
// answer after a timed-out wait writes to live memory.
template <typename T>
class Pending final {
public:
    std::function<void(T)> callback()
    {
        return [result = m_result](T value) { result->emplace(std::move(value)); };
    }
    bool done() const { return m_result->has_value(); }
    const T &operator*() const { return **m_result; }
    const T *operator->() const { return &**m_result; }

private:
    std::shared_ptr<std::optional<T>> m_result = std::make_shared<std::optional<T>>();
};

#define AWAIT(pending) QTRY_VERIFY_WITH_TIMEOUT((pending).done(), kKeychainTimeoutMs)

template <typename T>
QByteArray describe(const Result<T> &result)
{
    return result.ok() ? QByteArrayLiteral("ok") : result.error().toString().toUtf8();
}

ConnectionProfile sampleProfile(const QString &name)
{
    ConnectionProfile p;
    p.name = name;
    p.connectionString = QStringLiteral("mongodb+srv://cluster0.abcde.mongodb.net/?retryWrites=true");
    p.user = QStringLiteral("backup@corp");
    p.authDatabase = QStringLiteral("admin");
    p.tlsCaFile = QStringLiteral("/etc/ssl/lifeboat ca.pem");
    p.tlsCertificateKeyFile = QStringLiteral("/home/ops/client.pem");
    p.tlsAllowInvalidHostnames = true;
    p.defaultDatabase = QStringLiteral("shop");
    p.environment = ConnectionProfile::Environment::Staging;
    return p;
}

// Empty if the session bus has a Secret Service running or activatable.
QString whyNoSecretService()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return QStringLiteral("no D-Bus session bus");
    const QString name = QStringLiteral("org.freedesktop.secrets");
    if (bus.interface()->isServiceRegistered(name).value())
        return {};
    if (bus.interface()->activatableServiceNames().value().contains(name))
        return {};
    return QStringLiteral("no Secret Service (%1) on the D-Bus session bus").arg(name);
}

struct SecretTool {
    bool available = false;
    int exitCode = -1;
    QByteArray output;
};

// What libsecret's own tool finds under QtKeychain's attributes (server = service, user = key).
SecretTool secretToolLookup(const QString &id)
{
    SecretTool result;
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (tool.isEmpty())
        return result;
    QProcess process;
    process.start(tool, {QStringLiteral("lookup"), QStringLiteral("server"), ProfileStore::keychainService(),
                         QStringLiteral("user"), id});
    if (!process.waitForFinished(kKeychainTimeoutMs) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.available = true;
    result.exitCode = process.exitCode();
    result.output = process.readAllStandardOutput();
    return result;
}

} // namespace

class TestProfileStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addKeepsSettingsAndPasswordApart();
    void settingsFileHoldsNoPassword();
    void connectionStringWithPasswordIsRefused();
    void updateKeepsPassword();
    void duplicateCopiesPassword();
    void duplicateWithoutPassword();
    void removeDeletesKeychainEntry();
    void deletePasswordKeepsProfile();
    void unknownIdsAreNotFound();
    void addRejectsBadIds();

private:
    QString iniPath() const { return m_dir->filePath(QStringLiteral("profiles.ini")); }
    // Adds to `store` and remembers the id, so cleanup() removes its keychain entry.
    std::optional<ConnectionProfile> add(ProfileStore &store, const ConnectionProfile &profile);
    Status savePassword(ProfileStore &store, const QString &id, const QString &password);
    QByteArray settingsFileBytes() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_ids;
};

void TestProfileStore::initTestCase()
{
    if (const QString why = whyNoSecretService(); !why.isEmpty()) {
        const QString message = why + QStringLiteral(": run the tests under `dbus-run-session -- scripts/with-keyring`");
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL(qPrintable(message + QStringLiteral(" (CI is set, so this fails instead of skipping)")));
        QSKIP(qPrintable(message));
    }

    // Reachable is not enough: a locked keyring or one without a default collection would ask
    // for a password that nobody can type here. One write/read/delete shows it works.
    PasswordKeychain keychain(ProfileStore::keychainService());
    const QString probe = QStringLiteral("lifeboat-test-probe-") + ConnectionProfile::newId();
    Pending<Status> written;
    keychain.write(probe, QStringLiteral("probe"), written.callback());
    AWAIT(written);
    QVERIFY2(written->ok(), QByteArray("the Secret Service does not store passwords (is the keyring unlocked?): " + describe(*written)).constData());
    Pending<Result<QString>> read;
    keychain.read(probe, read.callback());
    AWAIT(read);
    QVERIFY2(read->ok(), describe(*read).constData());
    QCOMPARE(read->value(), QStringLiteral("probe"));
    Pending<Status> removed;
    keychain.remove(probe, removed.callback());
    AWAIT(removed);
    QVERIFY2(removed->ok(), describe(*removed).constData());
}

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ids.clear();
}

void TestProfileStore::cleanup()
{
    // Leave nothing in the keychain, also when a test failed half-way.
    PasswordKeychain keychain(ProfileStore::keychainService());
    for (const QString &id : std::as_const(m_ids)) {
        Pending<Status> removed;
        keychain.remove(id, removed.callback());
        if (!QTest::qWaitFor([&removed] { return removed.done(); }, kKeychainTimeoutMs))
            qWarning("timed out removing the keychain entry %s", qPrintable(id));
    }
    m_ids.clear();
    m_dir.reset();
}

std::optional<ConnectionProfile> TestProfileStore::add(ProfileStore &store, const ConnectionProfile &profile)
{
    Result<ConnectionProfile> added = store.add(profile);
    if (!added) {
        qWarning("add failed: %s", describe(added).constData());
        return std::nullopt;
    }
    m_ids << added->id;
    return *added;
}

Status TestProfileStore::savePassword(ProfileStore &store, const QString &id, const QString &password)
{
    Pending<Status> saved;
    store.savePassword(id, password, saved.callback());
    if (!QTest::qWaitFor([&saved] { return saved.done(); }, kKeychainTimeoutMs))
        return Error(ErrorCode::Internal, QStringLiteral("timed out saving the password"));
    return *saved;
}

QByteArray TestProfileStore::settingsFileBytes() const
{
    QFile file(iniPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void TestProfileStore::addKeepsSettingsAndPasswordApart()
{
    ProfileStore store(iniPath());
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    const auto profile = add(store, sampleProfile(QStringLiteral("Shop staging")));
    QVERIFY(profile);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!profile->id.isEmpty());
    const Status saved = savePassword(store, profile->id, kPassword);
    QVERIFY2(saved.ok(), describe(saved).constData());

    // A second store on the same file: every field came back from the settings.
    ProfileStore other(iniPath());
    const auto found = other.find(profile->id);
    QVERIFY(found);
    QCOMPARE(*found, *profile);
    QCOMPARE(other.list().size(), 1);

    // ... and the password from the keychain.
    Pending<Result<QString>> read;
    other.readPassword(profile->id, read.callback());
    AWAIT(read);
    QVERIFY2(read->ok(), describe(*read).constData());
    QCOMPARE(read->value(), kPassword);

    // libsecret's own tool sees the same entry under service "Lifeboat" and the profile id.
    const SecretTool lookup = secretToolLookup(profile->id);
    if (!lookup.available)
        qWarning("secret-tool (libsecret-tools) not found: checked through a second store only");
    else {
        QCOMPARE(lookup.exitCode, 0);
        QCOMPARE(QString::fromUtf8(lookup.output), kPassword);
    }

    // The URI to connect with is built from both.
    QVERIFY(found->uriWithPassword(read->value())
                .startsWith(QStringLiteral("mongodb+srv://backup%40corp:") + QString::fromLatin1(QUrl::toPercentEncoding(kPassword))
                            + QStringLiteral("@cluster0.abcde.mongodb.net/")));
}

void TestProfileStore::settingsFileHoldsNoPassword()
{
    ProfileStore store(iniPath());
    const auto first = add(store, sampleProfile(QStringLiteral("Typed in")));
    QVERIFY(first);
    QVERIFY(savePassword(store, first->id, kPassword).ok());

    // A URI pasted with its credentials is split first; the password goes to the keychain.
    ConnectionProfile pasted = sampleProfile(QStringLiteral("Pasted"));
    pasted.connectionString = QStringLiteral("mongodb://ops:") + QString::fromLatin1(QUrl::toPercentEncoding(kPassword))
                              + QStringLiteral("@db1.example.com:27017,db2.example.com:27017/?replicaSet=rs0");
    const QString pastedPassword = pasted.takeCredentials();
    QCOMPARE(pastedPassword, kPassword);
    const auto second = add(store, pasted);
    QVERIFY(second);
    QVERIFY(savePassword(store, second->id, pastedPassword).ok());
    QVERIFY(store.update(*second).ok());

    const QByteArray bytes = settingsFileBytes();
    QVERIFY2(bytes.contains("Typed in") && bytes.contains("Pasted") && bytes.contains("db1.example.com"), bytes.constData());
    QVERIFY2(!bytes.contains(kPassword.toUtf8()), bytes.constData());
    QVERIFY2(!bytes.contains(QUrl::toPercentEncoding(kPassword)), bytes.constData());
    QVERIFY2(!bytes.contains("Kx9"), bytes.constData()); // any escaping QSettings might apply
    QVERIFY2(!bytes.contains("ops:"), bytes.constData());
    QVERIFY(!bytes.toLower().contains("password"));
}

void TestProfileStore::connectionStringWithPasswordIsRefused()
{
    ProfileStore store(iniPath());
    ConnectionProfile profile = sampleProfile(QStringLiteral("Careless"));
    profile.connectionString = QStringLiteral("mongodb://ops:Kx9secret@db.example.com/");
    const Result<ConnectionProfile> added = store.add(profile);
    QVERIFY(!added.ok());
    QCOMPARE(added.error().code, ErrorCode::Config);
    QVERIFY2(added.error().message.contains(QLatin1String("contains a user name or password")), describe(added).constData());
    QVERIFY(!added.error().toString().contains(QLatin1String("Kx9secret")));
    QVERIFY(store.list().isEmpty());

    // Nor through update().
    const auto good = add(store, sampleProfile(QStringLiteral("Good")));
    QVERIFY(good);
    ConnectionProfile changed = *good;
    changed.connectionString = profile.connectionString;
    const Status updated = store.update(changed);
    QVERIFY(!updated.ok());
    QCOMPARE(store.find(good->id)->connectionString, good->connectionString);
    QVERIFY(!settingsFileBytes().contains("Kx9secret"));
}

void TestProfileStore::updateKeepsPassword()
{
    ProfileStore store(iniPath());
    const auto profile = add(store, sampleProfile(QStringLiteral("Before")));
    QVERIFY(profile);
    QVERIFY(savePassword(store, profile->id, kPassword).ok());

    ConnectionProfile changed = *profile;
    changed.name = QStringLiteral("After");
    changed.user = QStringLiteral("someone-else");
    changed.connectionString = QStringLiteral("mongodb://db.example.com:27017/");
    changed.tlsCaFile.clear();
    changed.tlsAllowInvalidHostnames = false;
    changed.environment = ConnectionProfile::Environment::Production;
    QSignalSpy spy(&store, &ProfileStore::profilesChanged);
    const Status updated = store.update(changed);
    QVERIFY2(updated.ok(), describe(updated).constData());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(*ProfileStore(iniPath()).find(profile->id), changed);

    Pending<Result<QString>> read;
    store.readPassword(profile->id, read.callback());
    AWAIT(read);
    QVERIFY2(read->ok(), describe(*read).constData());
    QCOMPARE(read->value(), kPassword);
}

void TestProfileStore::duplicateCopiesPassword()
{
    ProfileStore store(iniPath());
    const auto original = add(store, sampleProfile(QStringLiteral("Production shop")));
    QVERIFY(original);
    QVERIFY(savePassword(store, original->id, kPassword).ok());

    Pending<Result<ConnectionProfile>> duplicated;
    store.duplicate(original->id, QStringLiteral("Production shop (copy)"), duplicated.callback());
    AWAIT(duplicated);
    QVERIFY2(duplicated->ok(), describe(*duplicated).constData());
    const ConnectionProfile copy = duplicated->value();
    m_ids << copy.id;
    QVERIFY(copy.id != original->id);
    QCOMPARE(copy.name, QStringLiteral("Production shop (copy)"));
    ConnectionProfile expected = *original;
    expected.id = copy.id;
    expected.name = copy.name;
    QCOMPARE(copy, expected);
    QCOMPARE(store.list().size(), 2);

    Pending<Result<QString>> copied;
    store.readPassword(copy.id, copied.callback());
    AWAIT(copied);
    QVERIFY2(copied->ok(), describe(*copied).constData());
    QCOMPARE(copied->value(), kPassword);
    if (const SecretTool lookup = secretToolLookup(copy.id); lookup.available)
        QCOMPARE(QString::fromUtf8(lookup.output), kPassword);

    // Two entries, not one shared: changing the copy's password leaves the original's alone.
    QVERIFY(savePassword(store, copy.id, QStringLiteral("other")).ok());
    Pending<Result<QString>> originalPassword;
    store.readPassword(original->id, originalPassword.callback());
    AWAIT(originalPassword);
    QVERIFY2(originalPassword->ok(), describe(*originalPassword).constData());
    QCOMPARE(originalPassword->value(), kPassword);
}

void TestProfileStore::duplicateWithoutPassword()
{
    ProfileStore store(iniPath());
    const auto original = add(store, sampleProfile(QStringLiteral("No password")));
    QVERIFY(original);

    Pending<Result<ConnectionProfile>> duplicated;
    store.duplicate(original->id, QStringLiteral("No password either"), duplicated.callback());
    AWAIT(duplicated);
    QVERIFY2(duplicated->ok(), describe(*duplicated).constData());
    m_ids << duplicated->value().id;

    Pending<Result<QString>> read;
    store.readPassword(duplicated->value().id, read.callback());
    AWAIT(read);
    QVERIFY(!read->ok());
    QCOMPARE(read->error().code, ErrorCode::NotFound);

    // A copy needs a name, like any profile.
    Pending<Result<ConnectionProfile>> nameless;
    store.duplicate(original->id, QString(), nameless.callback());
    AWAIT(nameless);
    QVERIFY(!nameless->ok());
    QCOMPARE(nameless->error().code, ErrorCode::Config);
    QCOMPARE(store.list().size(), 2);
}

void TestProfileStore::removeDeletesKeychainEntry()
{
    ProfileStore store(iniPath());
    const auto profile = add(store, sampleProfile(QStringLiteral("Short-lived")));
    QVERIFY(profile);
    const auto other = add(store, sampleProfile(QStringLiteral("Stays")));
    QVERIFY(other);
    QVERIFY(savePassword(store, profile->id, kPassword).ok());
    QVERIFY(savePassword(store, other->id, QStringLiteral("stays")).ok());

    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    Pending<Status> removed;
    store.remove(profile->id, removed.callback());
    AWAIT(removed);
    QVERIFY2(removed->ok(), describe(*removed).constData());
    QCOMPARE(changed.count(), 1);
    QVERIFY(!store.find(profile->id));
    QCOMPARE(store.list().size(), 1);
    QVERIFY(!settingsFileBytes().contains(profile->id.toUtf8()));

    // The keychain entry is gone: read it directly, not through the (now unknown) profile.
    PasswordKeychain keychain(ProfileStore::keychainService());
    Pending<Result<QString>> read;
    keychain.read(profile->id, read.callback());
    AWAIT(read);
    QVERIFY(!read->ok());
    QCOMPARE(read->error().code, ErrorCode::NotFound);
    if (const SecretTool lookup = secretToolLookup(profile->id); lookup.available) {
        QVERIFY(lookup.exitCode != 0);
        QVERIFY(lookup.output.isEmpty());
    }

    // The other profile's password is untouched.
    Pending<Result<QString>> otherPassword;
    store.readPassword(other->id, otherPassword.callback());
    AWAIT(otherPassword);
    QVERIFY2(otherPassword->ok(), describe(*otherPassword).constData());
    QCOMPARE(otherPassword->value(), QStringLiteral("stays"));
}

void TestProfileStore::deletePasswordKeepsProfile()
{
    ProfileStore store(iniPath());
    const auto profile = add(store, sampleProfile(QStringLiteral("Forget me")));
    QVERIFY(profile);
    QVERIFY(savePassword(store, profile->id, kPassword).ok());

    Pending<Status> deleted;
    store.deletePassword(profile->id, deleted.callback());
    AWAIT(deleted);
    QVERIFY2(deleted->ok(), describe(*deleted).constData());
    QVERIFY(store.find(profile->id));

    Pending<Result<QString>> read;
    store.readPassword(profile->id, read.callback());
    AWAIT(read);
    QVERIFY(!read->ok());
    QCOMPARE(read->error().code, ErrorCode::NotFound);
    QVERIFY2(read->error().message.contains(QLatin1String("Forget me")), describe(*read).constData());

    // Deleting again is fine.
    Pending<Status> again;
    store.deletePassword(profile->id, again.callback());
    AWAIT(again);
    QVERIFY2(again->ok(), describe(*again).constData());
}

void TestProfileStore::unknownIdsAreNotFound()
{
    ProfileStore store(iniPath());
    const QString unknown = ConnectionProfile::newId();

    Pending<Result<QString>> read;
    store.readPassword(unknown, read.callback());
    QVERIFY(!read.done()); // answered from the event loop, never from inside the call
    AWAIT(read);
    QCOMPARE(read->error().code, ErrorCode::NotFound);

    Pending<Status> saved;
    store.savePassword(unknown, kPassword, saved.callback());
    AWAIT(saved);
    QCOMPARE(saved->error().code, ErrorCode::NotFound);

    Pending<Status> removed;
    store.remove(unknown, removed.callback());
    AWAIT(removed);
    QCOMPARE(removed->error().code, ErrorCode::NotFound);

    Pending<Result<ConnectionProfile>> duplicated;
    store.duplicate(unknown, QStringLiteral("Copy"), duplicated.callback());
    AWAIT(duplicated);
    QCOMPARE(duplicated->error().code, ErrorCode::NotFound);

    ConnectionProfile ghost = sampleProfile(QStringLiteral("Ghost"));
    ghost.id = unknown;
    const Status updated = store.update(ghost);
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error().code, ErrorCode::NotFound);
    QVERIFY(store.list().isEmpty());
    QVERIFY(!settingsFileBytes().contains(kPassword.toUtf8()));
}

void TestProfileStore::addRejectsBadIds()
{
    ProfileStore store(iniPath());
    const auto profile = add(store, sampleProfile(QStringLiteral("First")));
    QVERIFY(profile);

    ConnectionProfile sameId = sampleProfile(QStringLiteral("Second"));
    sameId.id = profile->id;
    const Result<ConnectionProfile> clash = store.add(sameId);
    QVERIFY(!clash.ok());
    QCOMPARE(clash.error().code, ErrorCode::Config);
    QCOMPARE(store.find(profile->id)->name, QStringLiteral("First"));

    ConnectionProfile badId = sampleProfile(QStringLiteral("Third"));
    badId.id = QStringLiteral("../not-a-uuid");
    QVERIFY(!store.add(badId).ok());

    // A given UUID is kept.
    ConnectionProfile ownId = sampleProfile(QStringLiteral("Fourth"));
    ownId.id = ConnectionProfile::newId();
    const auto kept = add(store, ownId);
    QVERIFY(kept);
    QCOMPARE(kept->id, ownId.id);

    // Sorted by name.
    const QList<ConnectionProfile> all = store.list();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).name, QStringLiteral("First"));
    QCOMPARE(all.at(1).name, QStringLiteral("Fourth"));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "TestProfileStore.moc"
