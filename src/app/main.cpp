#include "app/window/AppTheme.h"
#include "app/window/AppTranslator.h"
#include "app/demo/DemoServer.h"
#include "app/demo/DemoSession.h"
#include "app/window/MainWindow.h"
#include "app/window/Workspace.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace {

int g_quitPipe[2] = {-1, -1};

void requestQuit(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_quitPipe[1], &byte, 1);
}

// Ctrl-C, SIGTERM and SIGHUP end the event loop instead of the process, so that everything is
// cleaned up in order (the demo's server stopped, its temporary folder removed).
void quitOnTerminationSignals(QApplication &app)
{
    if (::pipe2(g_quitPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_quitPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    struct sigaction action = {};
    action.sa_handler = requestQuit;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int sig : {SIGINT, SIGTERM, SIGHUP})
        ::sigaction(sig, &action, nullptr);
}

int runApp()
{
    QSettings settings;
    lifeboat::app::AppTheme::apply(lifeboat::app::AppTheme::saved(settings));
    lifeboat::app::Workspace workspace(&settings);
    lifeboat::app::MainWindow window(&workspace);
    window.show();
    return QApplication::exec();
}

// `lifeboat --demo`: a local FerretDB with the tutorial's sample catalog and a ready profile
// for it. Settings and backups live in the demo's temporary folder, removed on quit: the
// user's own profiles and settings are never read or written.
int runDemo(QApplication &app)
{
    using namespace lifeboat::app;
    quitOnTerminationSignals(app);
    DemoServer server; // declared first: stopped (and its folder removed) after everything else
    if (server.settingsFolder().isEmpty()) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Demo"),
                              QCoreApplication::translate("main", "The demo could not start: cannot create a "
                                                                  "temporary folder in %1.")
                                  .arg(QDir::tempPath()));
        return 1;
    }
    // The theme the user chose for the app (read before the settings move to the demo's folder).
    const AppTheme::Mode theme = AppTheme::saved(QSettings());
    // Every QSettings of the app, not only the profiles', goes to the demo's folder.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, server.settingsFolder());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, server.settingsFolder());
    QSettings settings;
    Workspace workspace(&settings);
    AppTheme::apply(theme);
    MainWindow window(&workspace);
    window.setDemoMode(true);
    DemoSession session(&server, &workspace, &window);
    window.show();
    session.start();
    const int result = QApplication::exec();
    settings.sync();
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Lifeboat"));
    QApplication::setOrganizationName(QStringLiteral("Lifeboat"));
    QApplication::setApplicationVersion(QStringLiteral(LIFEBOAT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.lifeboat.Lifeboat"));

    lifeboat::app::AppTranslator translator;
    translator.install(QLocale::system());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Back up, verify, snapshot and restore MongoDB databases."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Start a local demo server with a sample catalog and a ready profile "
                                            "for it. Your own profiles and settings are not touched."));
    parser.addOption(demo);
    parser.process(app);

    return parser.isSet(demo) ? runDemo(app) : runApp();
}
