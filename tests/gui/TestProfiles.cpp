// The profiles sidebar, the profile dialog and the database tree against the real parts: the
// FerretDB test server and gnome-keyring in the private D-Bus session of scripts/with-keyring.
// The app's settings and its XDG config/data/cache folders point into a temporary folder, so
// that the test can look at every file the app wrote for the password.
#include "app/window/AppTranslator.h"
#include "app/connections/ConnectionTester.h"
#include "app/connections/DatabaseTree.h"
#include "app/window/MainWindow.h"
#include "profiles/PasswordKeychain.h"
#include "app/connections/ProfileDialog.h"
#include "app/connections/ProfileSidebar.h"
#include "profiles/ProfileStore.h"
#include "app/widgets/ProgressText.h"
#include "core/mongo/ServerInfo.h"
#include "TestServer.h"
#include "app/window/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUrl>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <memory>
#include <optional>

using namespace lifeboat;
using namespace lifeboat::app;
using lifeboat::profiles::ConnectionProfile;
using lifeboat::profiles::PasswordKeychain;
using lifeboat::profiles::ProfileStore;
using lifeboat::test::TestServer;

namespace {

constexpr int kKeychainTimeoutMs = 20000;
constexpr int kServerTimeoutMs = 30000;

// Distinctive, with characters that need escaping in a URI, an INI file and a shell. Its ASCII
// core survives any escaping a settings writer might apply, so it is searched for on its own too.
const QString kPasswordCore = QStringLiteral("Zq7Lifeboat0Secret");
const QString kPassword = kPasswordCore + QStringLiteral("!p@ss:w/rd ü€ %41&=;#'\"");

// The temporary "home" of this run (set in main() before QApplication exists).
QString g_home;

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

QString whyNoSecretService()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return QStringLiteral("no D-Bus session bus");
    const QString name = QStringLiteral("org.freedesktop.secrets");
    if (bus.interface()->isServiceRegistered(name).value() || bus.interface()->activatableServiceNames().value().contains(name))
        return {};
    return QStringLiteral("no Secret Service (%1) on the D-Bus session bus").arg(name);
}

// A loopback port nothing listens on (bound once, then released).
int closedPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        qFatal("cannot find a free port");
    const int port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

// A loopback port that accepts connections and never answers: a server that hangs.
class SilentPort final {
public:
    SilentPort()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
            || ::listen(m_fd, 16) != 0 || ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length) != 0)
            qFatal("cannot listen on a loopback port");
        m_port = ntohs(address.sin_port);
    }
    ~SilentPort() { ::close(m_fd); }
    SilentPort(const SilentPort &) = delete;
    SilentPort &operator=(const SilentPort &) = delete;
    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
};

// Every file under `root`, raw.
QMap<QString, QByteArray> filesUnder(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.insert(path, file.readAll());
    }
    return files;
}

// The password in every form a careless writer might have used.
QList<QByteArray> passwordForms(const QString &password, const QString &core)
{
    QByteArray utf16(reinterpret_cast<const char *>(password.utf16()), password.size() * 2);
    QByteArray coreUtf16(reinterpret_cast<const char *>(core.utf16()), core.size() * 2);
    return {password.toUtf8(), QUrl::toPercentEncoding(password), QUrl::toPercentEncoding(password, "/"),
            password.toUtf8().toBase64(), utf16, core.toUtf8(), coreUtf16};
}

} // namespace

class TestProfiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void createdProfileKeepsPasswordInKeychainOnly();
    void pastedCredentialsAreSplit();
    void validationInPlainWords();
    void testConnectionShowsServerVersion();
    void testConnectionToClosedPortSaysUnreachable();
    void refusedLoginSaysAuthentication();
    void tlsToPlainServerSaysTls();
    void sidebarTestsSelectedProfile();
    void productionIsRed();
    void databaseTreeShowsCollectionsAndCounts();
    void databaseTreeDropsStaleResults();
    void editKeepsOrReplacesPassword();
    void duplicateCopiesPassword();
    void deleteAsksAndRemovesKeychainEntry();
    void deleteWithRealMessageBox();
    void mainWindowHasSidebar();

private:
    QString settingsPath() const { return QDir(g_home).filePath(QStringLiteral("config/lifeboat-test/lifeboat.ini")); }
    ConnectionProfile addProfile(const QString &name, const QString &uri,
                                 ConnectionProfile::Environment environment = ConnectionProfile::Environment::Development);
    void selectProfile(const QString &id);
    QListWidgetItem *listItem(const QString &id) const;
    std::optional<Result<QString>> keychainRead(const QString &id);
    ProfileDialog *openAddDialog();
    static void fillAndSave(ProfileDialog *dialog, const QMap<QString, QString> &fields);
    static QString labelText(QWidget *parent, const char *name);
    ConnectionTester::Outcome runDialogTest(ProfileDialog *dialog);

    std::unique_ptr<TestServer> m_server;
    QString m_database;
    QString m_serverVersion;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ProfileSidebar> m_sidebar;
    QStringList m_keychainIds; // every id that may have a keychain entry, removed in cleanup()
    AppTranslator m_translator; // English's plural forms, as the app installs them
};

void TestProfiles::initTestCase()
{
    if (const QString why = whyNoSecretService(); !why.isEmpty()) {
        const QString message = why + QStringLiteral(": run the tests under `dbus-run-session -- scripts/with-keyring`");
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL(qPrintable(message));
        QSKIP(qPrintable(message));
    }
    QVERIFY2(!TestServer::uri().isEmpty(), qPrintable(TestServer::whyUnavailable()));
    QVERIFY(!g_home.isEmpty());
    // The app's standard locations are inside the temporary home: what it writes, the test sees.
    QVERIFY(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation).startsWith(g_home));
    QVERIFY(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation).startsWith(g_home));

    m_translator.install(QLocale(QLocale::English, QLocale::UnitedStates));
    m_server = std::make_unique<TestServer>();
    m_database = TestServer::uniqueDatabase(QStringLiteral("gui_profiles"));
    m_server->insertJson(m_database, QStringLiteral("orders"),
                         {R"({"_id": 1, "item": "anchor", "qty": 2})", R"({"_id": 2, "item": "rope", "qty": 10})",
                          R"({"_id": 3, "item": "oar", "qty": 4})"});
    m_server->insertJson(m_database, QStringLiteral("customers"),
                         {R"({"_id": "c1", "name": "Ahab"})", R"({"_id": "c2", "name": "Ishmael"})"});
    auto info = ServerInfo::query(m_server->pool().acquire());
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().toString()));
    m_serverVersion = info->version;
    QVERIFY(!m_serverVersion.isEmpty());
}

void TestProfiles::cleanupTestCase()
{
    if (m_server && !m_database.isEmpty())
        m_server->drop(m_database);
}

void TestProfiles::init()
{
    QFile::remove(settingsPath());
    m_settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
    m_workspace = std::make_unique<Workspace>(m_settings.get());
    m_sidebar = std::make_unique<ProfileSidebar>(m_workspace.get());
    m_sidebar->resize(400, 700);
    m_sidebar->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_sidebar.get()));
}

void TestProfiles::cleanup()
{
    for (const ConnectionProfile &profile : m_workspace->profiles()->list())
        m_keychainIds << profile.id;
    m_sidebar.reset();
    m_workspace.reset();
    m_settings.reset();
    // Leave nothing in the keychain, also when a test failed half-way.
    PasswordKeychain keychain(ProfileStore::keychainService());
    for (const QString &id : std::as_const(m_keychainIds)) {
        Pending<Status> removed;
        keychain.remove(id, removed.callback());
        if (!QTest::qWaitFor([&removed] { return removed.done(); }, kKeychainTimeoutMs))
            qWarning("timed out removing the keychain entry %s", qPrintable(id));
    }
    m_keychainIds.clear();
}

ConnectionProfile TestProfiles::addProfile(const QString &name, const QString &uri, ConnectionProfile::Environment environment)
{
    ConnectionProfile profile;
    profile.name = name;
    profile.connectionString = uri;
    profile.environment = environment;
    Result<ConnectionProfile> added = m_workspace->profiles()->add(profile);
    if (!added)
        qFatal("cannot add a profile: %s", qPrintable(added.error().toString()));
    m_keychainIds << added->id;
    return *added;
}

QListWidgetItem *TestProfiles::listItem(const QString &id) const
{
    auto *list = m_sidebar->findChild<QListWidget *>(QStringLiteral("profileList"));
    for (int row = 0; list && row < list->count(); ++row) {
        if (list->item(row)->data(ProfileSidebar::IdRole).toString() == id)
            return list->item(row);
    }
    return nullptr;
}

void TestProfiles::selectProfile(const QString &id)
{
    auto *list = m_sidebar->findChild<QListWidget *>(QStringLiteral("profileList"));
    QVERIFY(list);
    QListWidgetItem *item = listItem(id);
    QVERIFY(item);
    list->setCurrentItem(item); // as a click does
    QCOMPARE(m_workspace->currentProfileId(), id);
}

std::optional<Result<QString>> TestProfiles::keychainRead(const QString &id)
{
    PasswordKeychain keychain(ProfileStore::keychainService());
    Pending<Result<QString>> read;
    keychain.read(id, read.callback());
    if (!QTest::qWaitFor([&read] { return read.done(); }, kKeychainTimeoutMs))
        return std::nullopt;
    return *read;
}

ProfileDialog *TestProfiles::openAddDialog()
{
    auto *add = m_sidebar->findChild<QToolButton *>(QStringLiteral("addProfileButton"));
    if (!add)
        return nullptr;
    add->click();
    ProfileDialog *dialog = m_sidebar->profileDialog();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestProfiles::fillAndSave(ProfileDialog *dialog, const QMap<QString, QString> &fields)
{
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        auto *edit = dialog->findChild<QLineEdit *>(it.key());
        QVERIFY2(edit, qPrintable(it.key()));
        edit->setText(it.value());
    }
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(buttons);
    buttons->button(QDialogButtonBox::Save)->click();
}

QString TestProfiles::labelText(QWidget *parent, const char *name)
{
    auto *label = parent->findChild<QLabel *>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QString::fromLatin1(name));
}

ConnectionTester::Outcome TestProfiles::runDialogTest(ProfileDialog *dialog)
{
    QSignalSpy finished(dialog, &ProfileDialog::testFinished);
    dialog->findChild<QPushButton *>(QStringLiteral("testButton"))->click();
    if (!finished.wait(kServerTimeoutMs) && finished.isEmpty())
        return {ConnectionTester::Problem::Server, {}, QStringLiteral("the test did not finish"), {}};
    return finished.first().first().value<ConnectionTester::Outcome>();
}

void TestProfiles::createdProfileKeepsPasswordInKeychainOnly()
{
    QPointer<ProfileDialog> dialog = openAddDialog();
    QVERIFY(dialog);
    auto *environment = dialog->findChild<QComboBox *>(QStringLiteral("environmentCombo"));
    QVERIFY(environment);
    environment->setCurrentIndex(environment->findData(QStringLiteral("Staging")));
    dialog->findChild<QCheckBox *>(QStringLiteral("tlsAllowInvalidHostnamesCheck"))->setChecked(true);
    // The Browse buttons fill the TLS fields (the file chooser stands in for the file dialog).
    dialog->setFileChooser([](const QString &title, const QString &) {
        return title.contains(QLatin1String("CA")) ? QStringLiteral("/etc/ssl/lifeboat-ca.pem")
                                                   : QStringLiteral("/home/ops/client.pem");
    });
    dialog->findChild<QPushButton *>(QStringLiteral("tlsCaFileBrowse"))->click();
    dialog->findChild<QPushButton *>(QStringLiteral("tlsCertificateKeyFileBrowse"))->click();
    fillAndSave(dialog, {{QStringLiteral("nameEdit"), QStringLiteral("Shop staging")},
                         {QStringLiteral("connectionStringEdit"), QStringLiteral("mongodb://db1.example.com:27017,db2.example.com:27017/?replicaSet=rs0")},
                         {QStringLiteral("userEdit"), QStringLiteral("backup")},
                         {QStringLiteral("passwordEdit"), kPassword},
                         {QStringLiteral("authDatabaseEdit"), QStringLiteral("admin")},
                         {QStringLiteral("defaultDatabaseEdit"), QStringLiteral("shop")}});
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, kKeychainTimeoutMs); // closed (and deleted) once the password is saved

    const QList<ConnectionProfile> profiles = m_workspace->profiles()->list();
    QCOMPARE(profiles.size(), 1);
    const ConnectionProfile &saved = profiles.first();
    m_keychainIds << saved.id;
    QCOMPARE(saved.name, QStringLiteral("Shop staging"));
    QCOMPARE(saved.connectionString, QStringLiteral("mongodb://db1.example.com:27017,db2.example.com:27017/?replicaSet=rs0"));
    QCOMPARE(saved.user, QStringLiteral("backup"));
    QCOMPARE(saved.authDatabase, QStringLiteral("admin"));
    QCOMPARE(saved.defaultDatabase, QStringLiteral("shop"));
    QCOMPARE(saved.tlsCaFile, QStringLiteral("/etc/ssl/lifeboat-ca.pem"));
    QCOMPARE(saved.tlsCertificateKeyFile, QStringLiteral("/home/ops/client.pem"));
    QVERIFY(saved.tlsAllowInvalidHostnames);
    QCOMPARE(saved.environment, ConnectionProfile::Environment::Staging);
    // The new profile is listed, tagged and selected.
    QListWidgetItem *item = listItem(saved.id);
    QVERIFY(item);
    QVERIFY2(item->text().contains(QLatin1String("Staging")), qPrintable(item->text()));
    QCOMPARE(m_workspace->currentProfileId(), saved.id);

    // The password is in the keychain...
    const auto password = keychainRead(saved.id);
    QVERIFY(password);
    QVERIFY2(password->ok(), qPrintable(password->ok() ? QString() : password->error().toString()));
    QCOMPARE(password->value(), kPassword);
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (!tool.isEmpty()) {
        QProcess lookup;
        lookup.start(tool, {QStringLiteral("lookup"), QStringLiteral("server"), ProfileStore::keychainService(),
                            QStringLiteral("user"), saved.id});
        QVERIFY(lookup.waitForFinished(kKeychainTimeoutMs));
        QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()), kPassword);
    }

    // ... and in no file the app wrote: the settings file (which holds the profile) nor anything
    // else under the temporary home.
    m_settings->sync();
    const QMap<QString, QByteArray> files = filesUnder(g_home);
    QVERIFY2(files.contains(settingsPath()), qPrintable(QStringList(files.keys()).join(QLatin1Char(' '))));
    QVERIFY(files.value(settingsPath()).contains("Shop staging"));
    QVERIFY(files.value(settingsPath()).contains("db1.example.com"));
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        for (const QByteArray &form : passwordForms(kPassword, kPasswordCore))
            QVERIFY2(!it.value().contains(form), qPrintable(QStringLiteral("the password is in %1").arg(it.key())));
    }
    // Nor on screen: the dialog is gone, the sidebar shows no password.
    for (QLabel *label : m_sidebar->findChildren<QLabel *>())
        QVERIFY(!label->text().contains(kPasswordCore));
}

void TestProfiles::pastedCredentialsAreSplit()
{
    QPointer<ProfileDialog> dialog = openAddDialog();
    QVERIFY(dialog);
    auto *connection = dialog->findChild<QLineEdit *>(QStringLiteral("connectionStringEdit"));
    auto *user = dialog->findChild<QLineEdit *>(QStringLiteral("userEdit"));
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    QVERIFY(connection && user && password);
    QCOMPARE(password->echoMode(), QLineEdit::Password);

    // Pasted, as with Ctrl+V: split at once.
    const QString pasted = QStringLiteral("mongodb://ops:") + QString::fromLatin1(QUrl::toPercentEncoding(kPassword))
                           + QStringLiteral("@db1.example.com:27017/?replicaSet=rs0");
    QGuiApplication::clipboard()->setText(pasted);
    connection->setFocus();
    connection->paste();
    QCOMPARE(connection->text(), QStringLiteral("mongodb://db1.example.com:27017/?replicaSet=rs0"));
    QCOMPARE(user->text(), QStringLiteral("ops"));
    QCOMPARE(password->text(), kPassword);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("credentialsNote"))->isVisible());
    QGuiApplication::clipboard()->clear();

    // Typed or set otherwise: split when saving.
    connection->setText(QStringLiteral("mongodb://admin2:typed%20secret@db3.example.com/"));
    fillAndSave(dialog, {{QStringLiteral("nameEdit"), QStringLiteral("Pasted")}});
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, kKeychainTimeoutMs);
    const auto profiles = m_workspace->profiles()->list();
    QCOMPARE(profiles.size(), 1);
    m_keychainIds << profiles.first().id;
    QCOMPARE(profiles.first().connectionString, QStringLiteral("mongodb://db3.example.com/"));
    QCOMPARE(profiles.first().user, QStringLiteral("admin2"));
    const auto saved = keychainRead(profiles.first().id);
    QVERIFY(saved && saved->ok());
    QCOMPARE(saved->value(), QStringLiteral("typed secret"));
    QFile ini(settingsPath());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray bytes = ini.readAll();
    QVERIFY(!bytes.contains("typed"));
    QVERIFY(!bytes.contains(kPasswordCore.toUtf8()));
}

void TestProfiles::validationInPlainWords()
{
    QPointer<ProfileDialog> dialog = openAddDialog();
    QVERIFY(dialog);
    auto *validation = dialog->findChild<QLabel *>(QStringLiteral("validationLabel"));
    QVERIFY(validation);
    QVERIFY(!validation->isVisible());

    fillAndSave(dialog, {{QStringLiteral("nameEdit"), QString()},
                         {QStringLiteral("connectionStringEdit"), QStringLiteral("mongodb://db.example.com/")}});
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(validation->isVisible());
    QVERIFY2(validation->text().contains(QLatin1String("needs a name")), qPrintable(validation->text()));

    fillAndSave(dialog, {{QStringLiteral("nameEdit"), QStringLiteral("Web")},
                         {QStringLiteral("connectionStringEdit"), QStringLiteral("http://db.example.com/")}});
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY2(validation->text().contains(QLatin1String("must start with mongodb:// or mongodb+srv://")),
             qPrintable(validation->text()));
    QVERIFY2(validation->text().at(0).isUpper(), qPrintable(validation->text()));
    QVERIFY(m_workspace->profiles()->list().isEmpty());

    // Correcting it clears the message and saves.
    fillAndSave(dialog, {{QStringLiteral("connectionStringEdit"), QStringLiteral("mongodb://db.example.com/")}});
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, kKeychainTimeoutMs);
    QCOMPARE(m_workspace->profiles()->list().size(), 1);
}

void TestProfiles::testConnectionShowsServerVersion()
{
    QPointer<ProfileDialog> dialog = openAddDialog();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("connectionStringEdit"))->setText(TestServer::uri());
    const ConnectionTester::Outcome outcome = runDialogTest(dialog);
    QVERIFY2(outcome.ok(), qPrintable(outcome.summary + QLatin1Char(' ') + outcome.details));
    QCOMPARE(outcome.server.version, m_serverVersion);
    const QString shown = labelText(dialog, "testResultLabel");
    QVERIFY2(shown.contains(m_serverVersion), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("standalone")) || shown.contains(QLatin1String("replica set")), qPrintable(shown));
    // A test saves nothing.
    QVERIFY(m_workspace->profiles()->list().isEmpty());
    dialog->reject();
}

void TestProfiles::testConnectionToClosedPortSaysUnreachable()
{
    QPointer<ProfileDialog> dialog = openAddDialog();
    QVERIFY(dialog);
    const QString uri = QStringLiteral("mongodb://127.0.0.1:%1/").arg(closedPort());
    dialog->findChild<QLineEdit *>(QStringLiteral("connectionStringEdit"))->setText(uri);
    dialog->findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText(QStringLiteral("ops"));
    dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(kPassword);
    QElapsedTimer clock;
    clock.start();
    const ConnectionTester::Outcome outcome = runDialogTest(dialog);
    QCOMPARE(outcome.problem, ConnectionTester::Problem::Unreachable);
    // The short timeout of a test, not the driver's 30 s.
    QVERIFY2(clock.elapsed() < 15000, qPrintable(QString::number(clock.elapsed())));
    const QString shown = labelText(dialog, "testResultLabel");
    QVERIFY2(shown.contains(QLatin1String("unreachable")), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("127.0.0.1")), qPrintable(shown));
    QVERIFY(!shown.contains(kPasswordCore));
    QVERIFY(!outcome.details.contains(kPasswordCore));
    dialog->reject();
}

void TestProfiles::refusedLoginSaysAuthentication()
{
    // The server refuses this login (FerretDB here: it has no such user and no SCRAM-SHA-1; a
    // MongoDB refuses the unknown user), and says so through the driver's authentication error.
    QPointer<ProfileDialog> dialog = openAddDialog();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("connectionStringEdit"))->setText(TestServer::uri());
    dialog->findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText(QStringLiteral("nobody-here"));
    dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(kPassword);
    dialog->findChild<QLineEdit *>(QStringLiteral("authDatabaseEdit"))->setText(QStringLiteral("admin"));
    const ConnectionTester::Outcome outcome = runDialogTest(dialog);
    QVERIFY2(outcome.problem == ConnectionTester::Problem::Authentication,
             qPrintable(QStringLiteral("%1 (%2)").arg(outcome.summary, outcome.details)));
    const QString shown = labelText(dialog, "testResultLabel");
    QVERIFY2(shown.contains(QLatin1String("Authentication failed")), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("password")), qPrintable(shown));
    QVERIFY(!shown.contains(kPasswordCore));
    QVERIFY(!outcome.details.contains(kPasswordCore));
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("testResultLabel"))->toolTip().contains(kPasswordCore));
    dialog->reject();
}

void TestProfiles::tlsToPlainServerSaysTls()
{
    // FerretDB here speaks no TLS: a TLS client fails its handshake.
    QPointer<ProfileDialog> dialog = openAddDialog();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("connectionStringEdit"))->setText(TestServer::uri());
    dialog->findChild<QCheckBox *>(QStringLiteral("tlsAllowInvalidHostnamesCheck"))->setChecked(true); // sets tls=true
    const ConnectionTester::Outcome outcome = runDialogTest(dialog);
    QVERIFY2(outcome.problem == ConnectionTester::Problem::Tls,
             qPrintable(QStringLiteral("%1 (%2)").arg(outcome.summary, outcome.details)));
    QVERIFY2(labelText(dialog, "testResultLabel").contains(QLatin1String("TLS")), qPrintable(labelText(dialog, "testResultLabel")));

    // The CA field's placeholder fits in it; the explanation is in its tooltip.
    auto *caFile = dialog->findChild<QLineEdit *>(QStringLiteral("tlsCaFileEdit"));
    QVERIFY2(caFile->fontMetrics().horizontalAdvance(caFile->placeholderText()) < caFile->width() - 8,
             qPrintable(QStringLiteral("\"%1\" in %2 px").arg(caFile->placeholderText()).arg(caFile->width())));
    QVERIFY(caFile->toolTip().contains(QLatin1String("system")));

    // A CA file that is not there is named.
    caFile->setText(QStringLiteral("/nonexistent/lifeboat-ca.pem"));
    const ConnectionTester::Outcome missing = runDialogTest(dialog);
    QCOMPARE(missing.problem, ConnectionTester::Problem::Tls);
    QVERIFY2(labelText(dialog, "testResultLabel").contains(QLatin1String("/nonexistent/lifeboat-ca.pem")),
             qPrintable(labelText(dialog, "testResultLabel")));
    dialog->reject();
}

void TestProfiles::sidebarTestsSelectedProfile()
{
    const ConnectionProfile good = addProfile(QStringLiteral("Test server"), TestServer::uri());
    selectProfile(good.id);
    QSignalSpy finished(m_sidebar.get(), &ProfileSidebar::testFinished);
    auto *test = m_sidebar->findChild<QToolButton *>(QStringLiteral("testProfileButton"));
    QVERIFY(test && test->isEnabled());
    test->click();
    QVERIFY(finished.wait(kServerTimeoutMs));
    const auto outcome = finished.first().first().value<ConnectionTester::Outcome>();
    QVERIFY2(outcome.ok(), qPrintable(outcome.summary));
    QVERIFY2(labelText(m_sidebar.get(), "profileStatusLabel").contains(m_serverVersion),
             qPrintable(labelText(m_sidebar.get(), "profileStatusLabel")));

    // An answer about a profile that is no longer selected is not shown under another.
    const ConnectionProfile other = addProfile(QStringLiteral("Other"), QStringLiteral("mongodb://db.example.com/"));
    finished.clear();
    test->click();
    selectProfile(other.id);
    QVERIFY(!finished.wait(3000));
    QVERIFY(!m_sidebar->findChild<QLabel *>(QStringLiteral("profileStatusLabel"))->isVisible());

    // Without a selection there is nothing to test, edit, duplicate or delete.
    m_sidebar->findChild<QListWidget *>(QStringLiteral("profileList"))->setCurrentItem(nullptr);
    QVERIFY(m_workspace->currentProfileId().isEmpty());
    for (const char *name : {"testProfileButton", "editProfileButton", "duplicateProfileButton", "deleteProfileButton"})
        QVERIFY2(!m_sidebar->findChild<QToolButton *>(QString::fromLatin1(name))->isEnabled(), name);
}

void TestProfiles::productionIsRed()
{
    const ConnectionProfile production = addProfile(QStringLiteral("Live shop"), QStringLiteral("mongodb://live.example.com/"),
                                                    ConnectionProfile::Environment::Production);
    const ConnectionProfile development = addProfile(QStringLiteral("Laptop"), QStringLiteral("mongodb://localhost/"));
    QListWidgetItem *red = listItem(production.id);
    QListWidgetItem *plain = listItem(development.id);
    QVERIFY(red && plain);
    QCOMPARE(red->data(ProfileSidebar::EnvironmentRole).toString(), QStringLiteral("Production"));
    QVERIFY2(red->text().contains(QLatin1String("PRODUCTION")), qPrintable(red->text()));
    QVERIFY(red->foreground().color().red() > 150 && red->foreground().color().green() < 80);
    QVERIFY2(plain->text().contains(QLatin1String("Development")), qPrintable(plain->text()));
    QVERIFY(plain->foreground().style() == Qt::NoBrush || plain->foreground().color().red() < 150);
}

void TestProfiles::databaseTreeShowsCollectionsAndCounts()
{
    auto *tree = m_sidebar->findChild<DatabaseTree *>(QStringLiteral("databaseTree"));
    QVERIFY(tree);
    QCOMPARE(tree->topLevelItemCount(), 0); // nothing selected
    const ConnectionProfile profile = addProfile(QStringLiteral("Test server"), TestServer::uri());
    selectProfile(profile.id);
    // Meanwhile: "Loading…".
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->data(0, DatabaseTree::KindRole).toInt(), int(DatabaseTree::LoadingItem));
    QVERIFY(tree->topLevelItem(0)->text(0).startsWith(QLatin1String("Loading")));

    QTRY_VERIFY_WITH_TIMEOUT(tree->databaseItem(m_database), kServerTimeoutMs);
    QVERIFY(!tree->isLoading());
    QTreeWidgetItem *database = tree->databaseItem(m_database);
    QSignalSpy collections(tree, &DatabaseTree::collectionsLoaded);
    tree->expandItem(database);
    QTRY_VERIFY_WITH_TIMEOUT(!collections.isEmpty() && collections.last().first().toString() == m_database, kServerTimeoutMs);
    QCOMPARE(database->childCount(), 2);
    QTreeWidgetItem *customers = database->child(0);
    QTreeWidgetItem *orders = database->child(1);
    QCOMPARE(customers->text(DatabaseTree::NameColumn), QStringLiteral("customers"));
    QCOMPARE(orders->text(DatabaseTree::NameColumn), QStringLiteral("orders"));
    QCOMPARE(customers->text(DatabaseTree::CountColumn), QStringLiteral("2"));
    QCOMPARE(orders->text(DatabaseTree::CountColumn), QStringLiteral("3"));
    QVERIFY(orders->data(DatabaseTree::SizeColumn, Qt::UserRole).toLongLong() > 0);
    // Sizes as every view shows them (IEC), counts with their plural.
    QCOMPARE(orders->text(DatabaseTree::SizeColumn), ProgressText::bytes(orders->data(DatabaseTree::SizeColumn, Qt::UserRole).toLongLong()));
    QVERIFY2(orders->toolTip(DatabaseTree::NameColumn).endsWith(QLatin1String("about 3 documents")),
             qPrintable(orders->toolTip(DatabaseTree::NameColumn)));
    QCOMPARE(database->text(DatabaseTree::CountColumn), QStringLiteral("5"));

    // Refresh fetches again, and the open database opens again with the new count.
    m_server->insertJson(m_database, QStringLiteral("orders"), {R"({"_id": 4, "item": "sail"})"});
    collections.clear();
    auto *refresh = m_sidebar->findChild<QToolButton *>(QStringLiteral("refreshDatabasesButton"));
    QVERIFY(refresh && refresh->isEnabled());
    refresh->click();
    QVERIFY(tree->isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!collections.isEmpty() && collections.last().first().toString() == m_database, kServerTimeoutMs);
    database = tree->databaseItem(m_database);
    QVERIFY(database && database->isExpanded());
    QCOMPARE(database->child(1)->text(DatabaseTree::CountColumn), QStringLiteral("4"));
}

void TestProfiles::databaseTreeDropsStaleResults()
{
    auto *tree = m_sidebar->findChild<DatabaseTree *>(QStringLiteral("databaseTree"));
    QVERIFY(tree);
    const ConnectionProfile fast = addProfile(QStringLiteral("Test server"), TestServer::uri());
    // A server that never answers; the profile's own short timeout keeps the test quick.
    const SilentPort silent;
    const ConnectionProfile slow = addProfile(
        QStringLiteral("Hanging"),
        QStringLiteral("mongodb://127.0.0.1:%1/?connectTimeoutMS=3000&serverSelectionTimeoutMS=3000").arg(silent.port()));

    // The slow profile's answer comes after the fast one's: it must not replace it.
    QSignalSpy loaded(tree, &DatabaseTree::databasesLoaded);
    selectProfile(slow.id);
    QTest::qWait(500); // its password looked up, its connection attempt running in a worker
    selectProfile(fast.id);
    QTRY_VERIFY_WITH_TIMEOUT(tree->databaseItem(m_database), kServerTimeoutMs);
    QCOMPARE(loaded.count(), 1);
    QTest::qWait(4000); // the slow one has given up by now
    QCOMPARE(loaded.count(), 1);
    QVERIFY(tree->databaseItem(m_database));
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        QVERIFY(tree->topLevelItem(i)->data(0, DatabaseTree::KindRole).toInt() != int(DatabaseTree::ErrorItem));

    // The other way round: the fast answer must not show under the slow profile.
    loaded.clear();
    m_sidebar->findChild<QListWidget *>(QStringLiteral("profileList"))->setCurrentItem(nullptr);
    QCOMPARE(tree->topLevelItemCount(), 0);
    selectProfile(fast.id);
    selectProfile(slow.id); // before the first answer
    // The test server answers well within these 2 s; its databases must not appear.
    QTest::qWait(2000);
    QVERIFY(!tree->databaseItem(m_database));
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->data(0, DatabaseTree::KindRole).toInt(), int(DatabaseTree::LoadingItem));

    // The error of the selected profile, in plain words, in the tree.
    QVERIFY(loaded.wait(kServerTimeoutMs));
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem *error = tree->topLevelItem(0);
    QCOMPARE(error->data(0, DatabaseTree::KindRole).toInt(), int(DatabaseTree::ErrorItem));
    QVERIFY2(error->text(0).contains(QLatin1String("unreachable")), qPrintable(error->text(0)));

    // And back: the test server's databases.
    selectProfile(fast.id);
    QTRY_VERIFY_WITH_TIMEOUT(tree->databaseItem(m_database), kServerTimeoutMs);
}

void TestProfiles::editKeepsOrReplacesPassword()
{
    ConnectionProfile profile = addProfile(QStringLiteral("Editable"), QStringLiteral("mongodb://db.example.com/"));
    profile.user = QStringLiteral("ops");
    QVERIFY(m_workspace->profiles()->update(profile).ok());
    Pending<Status> saved;
    m_workspace->profiles()->savePassword(profile.id, kPassword, saved.callback());
    AWAIT(saved);
    QVERIFY(saved->ok());
    selectProfile(profile.id);

    // Edit without touching the password: it stays.
    m_sidebar->findChild<QToolButton *>(QStringLiteral("editProfileButton"))->click();
    QPointer<ProfileDialog> dialog = m_sidebar->profileDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(), QStringLiteral("Editable"));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("userEdit"))->text(), QStringLiteral("ops"));
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text().isEmpty());
    fillAndSave(dialog, {{QStringLiteral("nameEdit"), QStringLiteral("Edited")}});
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, kKeychainTimeoutMs);
    QCOMPARE(m_workspace->profiles()->find(profile.id)->name, QStringLiteral("Edited"));
    QCOMPARE(m_workspace->profiles()->list().size(), 1);
    auto password = keychainRead(profile.id);
    QVERIFY(password && password->ok());
    QCOMPARE(password->value(), kPassword);

    // A new one replaces it.
    m_sidebar->findChild<QToolButton *>(QStringLiteral("editProfileButton"))->click();
    dialog = m_sidebar->profileDialog();
    QVERIFY(dialog);
    fillAndSave(dialog, {{QStringLiteral("passwordEdit"), QStringLiteral("second password")}});
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, kKeychainTimeoutMs);
    password = keychainRead(profile.id);
    QVERIFY(password && password->ok());
    QCOMPARE(password->value(), QStringLiteral("second password"));
}

void TestProfiles::duplicateCopiesPassword()
{
    ConnectionProfile profile = addProfile(QStringLiteral("Original"), QStringLiteral("mongodb://db.example.com/"));
    profile.user = QStringLiteral("ops");
    QVERIFY(m_workspace->profiles()->update(profile).ok());
    Pending<Status> saved;
    m_workspace->profiles()->savePassword(profile.id, kPassword, saved.callback());
    AWAIT(saved);
    QVERIFY(saved->ok());
    selectProfile(profile.id);

    QSignalSpy duplicated(m_sidebar.get(), &ProfileSidebar::profileDuplicated);
    m_sidebar->findChild<QToolButton *>(QStringLiteral("duplicateProfileButton"))->click();
    QVERIFY(duplicated.wait(kKeychainTimeoutMs));
    const QString copyId = duplicated.first().first().toString();
    m_keychainIds << copyId;
    QVERIFY(copyId != profile.id);
    const auto copy = m_workspace->profiles()->find(copyId);
    QVERIFY(copy);
    QCOMPARE(copy->name, QStringLiteral("Original (copy)"));
    QCOMPARE(copy->user, QStringLiteral("ops"));
    QCOMPARE(copy->connectionString, profile.connectionString);
    QCOMPARE(m_workspace->currentProfileId(), copyId); // the copy is selected
    QVERIFY(listItem(copyId) && listItem(profile.id));
    const auto password = keychainRead(copyId);
    QVERIFY(password && password->ok());
    QCOMPARE(password->value(), kPassword);
}

void TestProfiles::deleteAsksAndRemovesKeychainEntry()
{
    ConnectionProfile profile = addProfile(QStringLiteral("Doomed"), QStringLiteral("mongodb://db.example.com/"),
                                           ConnectionProfile::Environment::Production);
    profile.user = QStringLiteral("ops");
    QVERIFY(m_workspace->profiles()->update(profile).ok());
    Pending<Status> saved;
    m_workspace->profiles()->savePassword(profile.id, kPassword, saved.callback());
    AWAIT(saved);
    QVERIFY(saved->ok());
    selectProfile(profile.id);

    QStringList questions;
    bool answer = false;
    m_sidebar->setConfirm([&](const QString &, const QString &question) {
        questions << question;
        return answer;
    });
    auto *remove = m_sidebar->findChild<QToolButton *>(QStringLiteral("deleteProfileButton"));
    QVERIFY(remove);

    // "No" keeps everything.
    remove->click();
    QCOMPARE(questions.size(), 1);
    QVERIFY2(questions.first().contains(QLatin1String("\"Doomed\"")) && questions.first().contains(QLatin1String("PRODUCTION")),
             qPrintable(questions.first()));
    QTest::qWait(200);
    QVERIFY(m_workspace->profiles()->find(profile.id));
    auto password = keychainRead(profile.id);
    QVERIFY(password && password->ok());

    // "Yes" removes the profile and its keychain entry.
    answer = true;
    QSignalSpy removed(m_sidebar.get(), &ProfileSidebar::profileRemoved);
    remove->click();
    QVERIFY(removed.wait(kKeychainTimeoutMs));
    QCOMPARE(removed.first().first().toString(), profile.id);
    QVERIFY(!m_workspace->profiles()->find(profile.id));
    QVERIFY(!listItem(profile.id));
    QVERIFY(m_workspace->currentProfileId().isEmpty());
    password = keychainRead(profile.id);
    QVERIFY(password);
    QVERIFY(!password->ok());
    QCOMPARE(password->error().code, ErrorCode::NotFound);
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (!tool.isEmpty()) {
        QProcess lookup;
        lookup.start(tool, {QStringLiteral("lookup"), QStringLiteral("server"), ProfileStore::keychainService(),
                            QStringLiteral("user"), profile.id});
        QVERIFY(lookup.waitForFinished(kKeychainTimeoutMs));
        QVERIFY(lookup.exitCode() != 0);
        QVERIFY(lookup.readAllStandardOutput().isEmpty());
    }
}

void TestProfiles::deleteWithRealMessageBox()
{
    // The default confirmation is a real QMessageBox; answered here from a timer, as a user would.
    const ConnectionProfile profile = addProfile(QStringLiteral("Kept"), QStringLiteral("mongodb://db.example.com/"));
    selectProfile(profile.id);
    QString seen;
    QTimer::singleShot(0, this, [&seen] {
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()), 5000);
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        seen = box->text();
        box->button(QMessageBox::No)->click();
    });
    m_sidebar->findChild<QToolButton *>(QStringLiteral("deleteProfileButton"))->click();
    QVERIFY2(seen.contains(QLatin1String("\"Kept\"")), qPrintable(seen));
    QVERIFY(m_workspace->profiles()->find(profile.id));
    QVERIFY(listItem(profile.id));
}

void TestProfiles::mainWindowHasSidebar()
{
    MainWindow window(m_workspace.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *sidebar = window.findChild<ProfileSidebar *>();
    QVERIFY(sidebar);
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("profilesDockContents"))->isAncestorOf(sidebar));
    QVERIFY(sidebar->findChild<QListWidget *>(QStringLiteral("profileList")));
    QVERIFY(sidebar->findChild<DatabaseTree *>(QStringLiteral("databaseTree")));
}

int main(int argc, char *argv[])
{
    // A temporary home for the app's settings, data and cache. HOME and the D-Bus address stay
    // as they are: the keychain lives in the session of scripts/with-keyring (whose daemon
    // already runs with its own folders, so these do not move it).
    QTemporaryDir home;
    if (!home.isValid())
        qFatal("no temporary folder");
    g_home = home.path();
    for (const char *name : {"config", "data", "cache"})
        QDir(g_home).mkpath(QString::fromLatin1(name));
    qputenv("XDG_CONFIG_HOME", QDir(g_home).filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", QDir(g_home).filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", QDir(g_home).filePath(QStringLiteral("cache")).toLocal8Bit());

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("lifeboat-test"));
    QApplication::setApplicationName(QStringLiteral("test_profiles"));
    qRegisterMetaType<ConnectionTester::Outcome>();
    TestProfiles test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestProfiles.moc"
