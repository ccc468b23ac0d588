#include "commandline.h"

#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>

namespace awaitscope {

namespace {

// True when Qt's default platform plugin has no display to talk to.
bool noDisplayAvailable()
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return false;
    return !qEnvironmentVariableIsSet("DISPLAY") && !qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Awaitscope"));
    QCoreApplication::setApplicationName(QStringLiteral("awaitscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AWAITSCOPE_VERSION));
}

int runGui(int argc, char *argv[])
{
    if (noDisplayAvailable()) {
        std::fputs("awaitscope: no display found (DISPLAY and WAYLAND_DISPLAY are unset).\n"
                   "Run it under a virtual display instead:  xvfb-run -a build/bin/awaitscope\n",
                   stderr);
        return 2;
    }
    QApplication app(argc, argv);
    setApplicationIdentity();
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "CommandLine", "Awaitscope shows what asyncio really does, one task at a time."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    MainWindow window;
    window.show();
    return app.exec();
}

} // namespace

int runCommandLine(int argc, char *argv[])
{
    // --help and --version must work without a display, so answer them before any GUI exists.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0 ||
            std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            QCoreApplication app(argc, argv);
            setApplicationIdentity();
            QCommandLineParser parser;
            parser.setApplicationDescription(QCoreApplication::translate(
                "CommandLine", "Awaitscope shows what asyncio really does, one task at a time.\n\n"
                               "Without a command it opens the window."));
            parser.addHelpOption();
            parser.addVersionOption();
            parser.process(app); // prints and exits
            return 0;
        }
    }
    return runGui(argc, argv);
}

} // namespace awaitscope
