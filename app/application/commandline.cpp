#include "commandline.h"
#include "application/firstframeprobe.h"

#include "export/exportcommand.h"
#include "http/servecommand.h"
#include "i18n/languagemanager.h"
#include "lessons/lessonchecker.h"
#include "lessons/lessonlibrary.h"
#include "lessonview/lessonrunner.h"
#include "mainwindow/mainwindow.h"
#include "python/pythonrunner.h"
#include "run/runservice.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>
#include <QTextStream>

#include <cstdio>
#include <cstring>

namespace awaitscope {

namespace {

QString description()
{
    return QCoreApplication::translate(
        "CommandLine",
        "Awaitscope shows what asyncio really does, one task at a time.\n\n"
        "Without a command it opens the window. Commands:\n"
        "  run FILE.py [--clock virtual|real] [--net sim|real] [--allow-host HOST]\n"
        "              [--trace OUT.json] [--chrome-trace OUT.json]\n"
        "              [--max-steps N] [--max-objects N] ...  (awaitscope run --help lists the limits)\n"
        "                      run a Python asyncio program on the runtime\n"
        "  lessons [--check DIR]   list the lessons, or check a lesson folder\n"
        "  export (--lesson ID | FILE.py) --out FILE.(png|svg|pdf) [--size WxH]\n"
        "         [--theme light|dark|projector] [--at SECONDS|end] [--view player|timeline|compare]\n"
        "                      draw a picture for slides, no display needed\n"
        "  serve [--port P]        run the demo HTTP server alone (loopback only)\n"
        "  --lang en|de|es|fr      the language of the window, the messages and the lessons");
}

// `--lang CODE` (or --lang=CODE) of this run, taken out of argv by runCommandLine.
QString &requestedLanguage()
{
    static QString language;
    return language;
}

// Removes --lang and its value from argv (keeping argv[argc] == nullptr); false when the value is missing.
bool takeLanguageOption(int *argc, char *argv[])
{
    for (int i = 1; i < *argc; ++i) {
        int used = 0;
        if (std::strcmp(argv[i], "--lang") == 0) {
            if (i + 1 >= *argc)
                return false;
            requestedLanguage() = QString::fromLocal8Bit(argv[i + 1]);
            used = 2;
        } else if (std::strncmp(argv[i], "--lang=", 7) == 0) {
            requestedLanguage() = QString::fromLocal8Bit(argv[i] + 7);
            used = 1;
        }
        if (used > 0) {
            for (int j = i; j + used <= *argc; ++j)
                argv[j] = argv[j + used];
            *argc -= used;
            --i;
        }
    }
    return true;
}

// The language once the application object exists: --lang for this run only. Without it the window
// takes the one chosen in its Language menu, else the system's; the command-line tools stay English,
// so that scripts and expected outputs read the same on every machine. False (with a message) for an
// unknown code.
bool applyLanguage(bool window = false)
{
    LanguageManager *manager = LanguageManager::instance();
    if (requestedLanguage().isEmpty()) {
        if (window)
            manager->restore();
        return true;
    }
    if (manager->setLanguage(requestedLanguage(), false))
        return true;
    std::fprintf(stderr, "%s\n",
                 qUtf8Printable(QCoreApplication::translate(
                                    "CommandLine", "awaitscope: --lang %1 is not a language here; use %2.")
                                    .arg(requestedLanguage(), LanguageManager::languages().join(u", "))));
    return false;
}

// What a limit counts, for `awaitscope run --help`.
QString limitHelp(py::Limit limit)
{
    switch (limit) {
    case py::Limit::Recursion:
        return QCoreApplication::translate("CommandLine", "Stop after N nested Python calls (default %1).");
    case py::Limit::Steps:
        return QCoreApplication::translate("CommandLine",
                                           "Stop after N statements and loop rounds (default %1).");
    case py::Limit::Memory:
        return QCoreApplication::translate("CommandLine",
                                           "Stop when N objects and container items are alive (default %1).");
    case py::Limit::Tasks:
        return QCoreApplication::translate("CommandLine", "Stop after N tasks were created (default %1).");
    case py::Limit::Output:
        return QCoreApplication::translate("CommandLine", "Stop after N characters printed (default %1).");
    case py::Limit::Trace:
        return QCoreApplication::translate("CommandLine",
                                           "Stop after N trace events recorded, with --trace (default %1).");
    }
    return {};
}

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
        std::fputs(qUtf8Printable(QCoreApplication::translate(
                       "CommandLine",
                       "awaitscope: no display found (DISPLAY and WAYLAND_DISPLAY are unset).\n"
                       "Run it under a virtual display instead:  xvfb-run -a build/bin/awaitscope\n")),
                   stderr);
        return 2;
    }
    QApplication app(argc, argv);
    setApplicationIdentity();
    if (!applyLanguage(true))
        return 2;
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    MainWindow window;
    if (FirstFrameProbe::requested())
        new FirstFrameProbe(&window);
    window.show();
    return app.exec();
}

int runRun(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    if (!applyLanguage())
        return 2;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Run a Python asyncio program."));
    parser.addHelpOption();
    QCommandLineOption clock(QStringLiteral("clock"),
                             QCoreApplication::translate("CommandLine", "virtual (default) or real."),
                             QStringLiteral("virtual|real"), QStringLiteral("virtual"));
    QCommandLineOption trace(
        QStringLiteral("trace"),
        QCoreApplication::translate("CommandLine", "Write the trace (docs/trace-format.md)."),
        QStringLiteral("OUT.json"));
    QCommandLineOption chrome(QStringLiteral("chrome-trace"),
                              QCoreApplication::translate("CommandLine", "Write a Chrome/Perfetto trace."),
                              QStringLiteral("OUT.json"));
    QCommandLineOption net(
        QStringLiteral("net"),
        QCoreApplication::translate("CommandLine", "aiohttp's network: sim (default on the virtual clock) "
                                                   "or real (loopback demo server; needs --clock real)."),
        QStringLiteral("sim|real"));
    QCommandLineOption allowHost(
        QStringLiteral("allow-host"),
        QCoreApplication::translate("CommandLine", "Let the program reach HOST besides the demo server."),
        QStringLiteral("HOST"));
    parser.addOptions({clock, trace, chrome, net, allowHost});

    // One flag per limit; a stopped program's message names the flag to raise.
    const py::RunLimits defaults;
    QList<QCommandLineOption> limitOptions;
    for (const py::Limit limit : py::allLimits()) {
        limitOptions.append(QCommandLineOption(
            py::limitFlag(limit).mid(2), limitHelp(limit).arg(defaults.value(limit)), QStringLiteral("N")));
        parser.addOption(limitOptions.last());
    }
    parser.addPositionalArgument(QStringLiteral("run"), QString());
    parser.addPositionalArgument(QStringLiteral("FILE.py"),
                                 QCoreApplication::translate("CommandLine", "The program."));
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2) {
        std::fputs(qUtf8Printable(QCoreApplication::translate(
                       "CommandLine", "usage: awaitscope run FILE.py [--clock virtual|real] [--net sim|real] "
                                      "[--allow-host HOST] [--trace OUT.json] [--chrome-trace OUT.json]\n")),
                   stderr);
        return 2;
    }
    const QString clockValue = parser.value(clock);
    if (clockValue != QLatin1String("virtual") && clockValue != QLatin1String("real")) {
        std::fprintf(
            stderr, "%s\n",
            qUtf8Printable(QCoreApplication::translate(
                               "CommandLine", "awaitscope run: --clock must be 'virtual' or 'real', not '%1'")
                               .arg(clockValue)));
        return 2;
    }
    const QString netValue = parser.value(net);
    if (!netValue.isEmpty() && netValue != QLatin1String("sim") && netValue != QLatin1String("real")) {
        std::fprintf(
            stderr, "%s\n",
            qUtf8Printable(QCoreApplication::translate(
                               "CommandLine", "awaitscope run: --net must be 'sim' or 'real', not '%1'")
                               .arg(netValue)));
        return 2;
    }
    if (netValue == QLatin1String("real") && clockValue != QLatin1String("real")) {
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(QCoreApplication::translate(
                         "CommandLine", "awaitscope run: --net real needs --clock real (the virtual clock "
                                        "cannot wait for sockets)")));
        return 2;
    }
    RunRequest request;
    request.realClock = clockValue == QLatin1String("real");
    request.network = netValue;
    request.allowedHosts = parser.values(allowHost);
    const QList<py::Limit> limits = py::allLimits();
    for (qsizetype i = 0; i < limits.size(); ++i) {
        if (!parser.isSet(limitOptions.at(i)))
            continue;
        bool ok = false;
        const qint64 value = parser.value(limitOptions.at(i)).toLongLong(&ok);
        if (!ok || value <= 0) {
            std::fprintf(stderr, "awaitscope run: %s needs a positive whole number, not '%s'\n",
                         qPrintable(py::limitFlag(limits.at(i))),
                         qPrintable(parser.value(limitOptions.at(i))));
            return 2;
        }
        request.limits.set(limits.at(i), value);
    }
    return runProgramFile(args.at(1), request, {parser.value(trace), parser.value(chrome)});
}

int runLessons(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    if (!applyLanguage())
        return 2;
    QStringList arguments = app.arguments().mid(2);
    QTextStream out(stdout);
    const QString userRoot =
        QSettings()
            .value(QStringLiteral("lessons/userFolder"), LessonLibrary::defaultUserFolder())
            .toString();
    return lessonsCommand(arguments, builtInLessonsRoot(), userRoot, out, pythonLessonRunner(),
                          LanguageManager::instance()->language());
}

} // namespace

int runCommandLine(int argc, char *argv[])
{
    // export reads --lang itself (it also translates the picture); everyone else gets it taken out here.
    if (!(argc > 1 && std::strcmp(argv[1], "export") == 0) && !takeLanguageOption(&argc, argv)) {
        std::fputs(qUtf8Printable(QCoreApplication::translate("CommandLine",
                                                              "awaitscope: --lang needs a language code.\n")),
                   stderr);
        return 2;
    }
    if (argc > 1) {
        const char *command = argv[1];
        if (std::strcmp(command, "run") == 0)
            return runRun(argc, argv);
        if (std::strcmp(command, "serve") == 0)
            return runServeCommand(argc, argv);
        if (std::strcmp(command, "lessons") == 0)
            return runLessons(argc, argv);
        // export makes its own QGuiApplication (offscreen when there is no display).
        if (std::strcmp(command, "export") == 0)
            return runExportCommand(argc, argv, builtInLessonsRoot());
    }
    // --help and --version must work without a display, so answer them before any GUI exists.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0 ||
            std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            QCoreApplication app(argc, argv);
            setApplicationIdentity();
            if (!applyLanguage())
                return 2;
            QCommandLineParser parser;
            parser.setApplicationDescription(description());
            parser.addHelpOption();
            parser.addVersionOption();
            parser.process(app); // prints and exits
            return 0;
        }
    }
    if (argc > 1 && argv[1][0] != '-') {
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(QCoreApplication::translate(
                                        "CommandLine", "awaitscope: unknown command '%1' (try --help)")
                                        .arg(QString::fromLocal8Bit(argv[1]))));
        return 2;
    }
    return runGui(argc, argv);
}

} // namespace awaitscope
