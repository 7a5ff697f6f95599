// lifeboat-screenshots: the screenshots of docs/user-guide.md, taken from the real app on the
// demo server. Run it through scripts/take-screenshots (Xvfb, a private keychain, fixed
// locale, style and fonts), which writes docs/images/*.png.
#include "app/window/AppTranslator.h"
#include "tools/screenshots/ScreenshotTour.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDir>
#include <QFont>
#include <QLocale>
#include <QStyle>
#include <QStyleFactory>

#include <cstdio>

int main(int argc, char *argv[])
{
    // The same look on every machine: Fusion with its own palette, one font, no scaling.
    qputenv("QT_ENABLE_HIGHDPI_SCALING", "0");
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Lifeboat"));
    QApplication::setOrganizationName(QStringLiteral("Lifeboat"));
    QApplication::setApplicationVersion(QStringLiteral(LIFEBOAT_VERSION));
    QApplication::setPalette(QApplication::style()->standardPalette());
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    lifeboat::app::AppTranslator translator; // English's plural forms, as the app has them
    translator.install(QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Takes the user guide's screenshots from the real app on the demo server."));
    parser.addHelpOption();
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Where the PNG files go (default: docs/images)."),
                                 QStringLiteral("folder"), QStringLiteral("docs/images"));
    const QCommandLineOption work(QStringLiteral("work"), QStringLiteral("Folder for the backups the screens show (emptied first)."),
                                  QStringLiteral("folder"), QDir::temp().filePath(QStringLiteral("lifeboat-screenshots")));
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Save only this screenshot (repeatable; every step still runs)."),
                                  QStringLiteral("name"));
    const QCommandLineOption orders(QStringLiteral("orders"), QStringLiteral("Orders in the sample shop (default 150000)."),
                                    QStringLiteral("n"), QStringLiteral("150000"));
    const QCommandLineOption matrixOne(QStringLiteral("matrixone-uri"),
                                       QStringLiteral("A MatrixOne server for the matrixone-* screenshots (matrixone://root:111@127.0.0.1:6001/); "
                                                      "without it they are skipped."),
                                       QStringLiteral("uri"));
    const QCommandLineOption list(QStringLiteral("list"), QStringLiteral("List the steps and exit."));
    parser.addOptions({out, work, only, orders, matrixOne, list});
    parser.process(app);

    lifeboat::app::ScreenshotTour::Options options;
    options.outDir = parser.value(out);
    options.workDir = parser.value(work);
    options.only = parser.values(only);
    options.orders = parser.value(orders).toInt();
    options.matrixOneUri = parser.value(matrixOne);
    if (options.orders < 1000) {
        std::fprintf(stderr, "lifeboat-screenshots: --orders must be at least 1000\n");
        return 2;
    }
    lifeboat::app::ScreenshotTour tour(options);
    if (parser.isSet(list)) {
        for (const auto &step : tour.steps())
            std::printf("%s%s\n", step.screenshot ? "" : "(prepare) ", qPrintable(step.name));
        return 0;
    }
    return tour.run();
}
