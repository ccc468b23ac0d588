#include "application/commandline.h"

#include "application/argumentparser.h"
#include "application/commandlinedocs.h"
#include "application/cpythonrecorder.h"
#include "application/datalocation.h"
#include "application/exportarguments.h"
#include "application/firstframeprobe.h"

#include "http/allowedhost.h"
#include "http/demoserve.h"
#include "i18n/languagemanager.h"
#include "io/userfile.h"
#include "lessons/lessonchecker.h"
#include "lessons/lessonlibrary.h"
#include "lessonview/lessonrunner.h"
#include "mainwindow/mainwindow.h"
#include "player/playerwidget.h"
#include "python/pythonrunner.h"
#include "recorded/recordedruns.h"
#include "run/runservice.h"
#include "trace/trace.h"
#include "trace/tracestory.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QHashFunctions>
#include <QIcon>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTextStream>

#include <cstdio>
#include <cstring>

namespace awaitscope {

namespace {

struct Tr
{
    // lupdate files tr() calls outside a class under the namespace's name.
    Q_DECLARE_TR_FUNCTIONS(awaitscope)
};

QString tr(const char *text)
{
    return Tr::tr(text);
}

void printLine(FILE *stream, const QString &text)
{
    std::fprintf(stream, "%s\n", qUtf8Printable(text));
    std::fflush(stream);
}

// "awaitscope run: …": a message names the command it comes from.
QString prefixed(const CommandSpec &command, const QString &message)
{
    return (command.name.isEmpty() ? QStringLiteral("awaitscope: ")
                                   : QStringLiteral("awaitscope %1: ").arg(command.name)) +
           message;
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Awaitscope"));
    QCoreApplication::setApplicationName(QStringLiteral("awaitscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AWAITSCOPE_VERSION));
}

// True when Qt's default platform plugin has no display to talk to.
bool noDisplayAvailable()
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return false;
    return !qEnvironmentVariableIsSet("DISPLAY") && !qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

bool asksForText(const QStringList &arguments)
{
    for (const QString &arg : arguments) {
        if (arg == u"--")
            break;
        if (arg == u"-h" || arg == u"--help" || arg == u"-v" || arg == u"--version")
            return true;
    }
    return false;
}

// --lang CODE as written anywhere on the line, so that even a message about a misuse is in that language.
QString requestedLanguage(const QStringList &arguments)
{
    QString language;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--")
            break;
        if (arg == u"--lang" && i + 1 < arguments.size())
            language = arguments.at(++i);
        else if (arg.startsWith(u"--lang="))
            language = arg.mid(7);
    }
    return language;
}

// The language once the application object exists: --lang for this run only. Without it the window takes
// the one chosen in its Language menu, else the system's (runCommand); the command-line tools stay English,
// so that scripts and expected outputs read the same on every machine. False (with a message) for an
// unknown code.
bool applyLanguage(const QString &requested)
{
    if (requested.isEmpty() || LanguageManager::instance()->setLanguage(requested, false))
        return true;
    printLine(stderr, tr("awaitscope: --lang %1 is not a language here; use %2.")
                          .arg(requested, LanguageManager::languages().join(u", ")));
    return false;
}

// A trace opens in a player of its own: the run as it was recorded, nothing is run again.
void openTraceWindow(const Trace &trace, const QString &path)
{
    PlayerWidget *player = makeTracePlayer(trace, QFileInfo(path).fileName());
    if (FirstFrameProbe::requested())
        new FirstFrameProbe(player);
    player->show();
}

// A lesson's own file (lesson.json, or a translation of it) stands for its folder.
bool isLessonFile(const QFileInfo &info)
{
    static const QRegularExpression name(QStringLiteral("^lesson(\\.[a-z]{2})?\\.json$"));
    return info.isFile() && name.match(info.fileName()).hasMatch();
}

int windowCommand(const ParsedArguments &args)
{
    // What to open is checked first, so that a mistake is told even where no window can appear.
    const QString file = args.positional.value(0);
    QString folder; // a lesson folder given as FILE
    Trace trace;
    bool isTrace = false;
    if (!file.isEmpty()) {
        const QFileInfo info(file);
        if (!info.exists()) {
            printLine(stderr, file.contains(u'/') || file.contains(u'.')
                                  ? tr("awaitscope: %1 does not exist.").arg(file)
                                  : tr("awaitscope: unknown command '%1' (try --help)").arg(file));
            return 2;
        }
        if (info.isDir() || isLessonFile(info)) {
            folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
        } else if (!info.isFile() || info.suffix().compare(u"py", Qt::CaseInsensitive) != 0) {
            // A trace; a device or a pipe is refused here rather than read for ever.
            QString error;
            const std::optional<QByteArray> bytes = readRegularFile(file, FileReadLimits::Trace, &error);
            if (!bytes) {
                printLine(stderr, QStringLiteral("awaitscope: ") + error);
                return 2;
            }
            if (!trace.fromJson(*bytes, &error)) {
                printLine(stderr,
                          tr("awaitscope: %1 is neither a Python program (.py) nor an Awaitscope trace "
                             "(%2).")
                              .arg(file, error));
                return 2;
            }
            isTrace = true;
        }
    }
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        std::fputs(qUtf8Printable(tr("awaitscope: no display found (DISPLAY and WAYLAND_DISPLAY are unset).\n"
                                     "Run it under a virtual display instead:  xvfb-run -a awaitscope\n")),
                   stderr);
        return 2;
    }
    // The icon theme's (installed with the desktop entry) when there is one, else the one in the binary.
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("org.awaitscope.Awaitscope"),
                         QIcon(QStringLiteral(":/icons/org.awaitscope.Awaitscope.svg"))));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.awaitscope.Awaitscope"));
    if (isTrace) {
        openTraceWindow(trace, file);
        return QApplication::exec();
    }

    MainWindow window;
    if (FirstFrameProbe::requested())
        new FirstFrameProbe(&window);
    QString problem;
    if (args.isSet(QStringLiteral("lesson"))) {
        // A folder of that name is meant first; a lesson's id otherwise (or when the folder holds none).
        const QString lesson = args.value(QStringLiteral("lesson"));
        if ((QFileInfo(lesson).isDir() && window.openPath(lesson, &problem)) || window.openLesson(lesson))
            problem.clear();
        else if (problem.isEmpty())
            problem = tr("There is no lesson %1 (awaitscope lessons lists them).").arg(lesson);
    }
    if (!file.isEmpty())
        window.openPath(folder.isEmpty() ? file : folder, &problem);
    if (!problem.isEmpty()) {
        printLine(stderr, QStringLiteral("awaitscope: ") + problem);
        window.statusBar()->showMessage(problem);
    }
    window.show();
    return QApplication::exec();
}

int runProgramCommand(const ParsedArguments &args)
{
    const CommandSpec &command = *args.command;
    const QString clock = args.value(QStringLiteral("clock"), QStringLiteral("virtual"));
    if (clock != u"virtual" && clock != u"real") {
        printLine(stderr, tr("awaitscope run: --clock must be 'virtual' or 'real', not '%1'").arg(clock));
        return 2;
    }
    const QString net = args.value(QStringLiteral("net"));
    if (!net.isEmpty() && net != u"sim" && net != u"real") {
        printLine(stderr, tr("awaitscope run: --net must be 'sim' or 'real', not '%1'").arg(net));
        return 2;
    }
    if (net == u"real" && clock != u"real") {
        printLine(stderr,
                  tr("awaitscope run: --net real needs --clock real (the virtual clock cannot wait for "
                     "sockets)"));
        return 2;
    }
    RunRequest request;
    request.realClock = clock == u"real";
    request.network = net;
    request.allowedHosts = args.allValues(QStringLiteral("allow-host"));
    for (const QString &host : std::as_const(request.allowedHosts)) {
        if (const QString problem = allowedHostProblem(host); !problem.isEmpty()) {
            printLine(stderr, prefixed(command, QStringLiteral("--allow-host: %1").arg(problem)));
            return 2;
        }
    }
    for (const py::Limit limit : py::allLimits()) {
        const QString name = py::limitFlag(limit).mid(2);
        if (!args.isSet(name))
            continue;
        bool ok = false;
        const qint64 value = args.value(name).toLongLong(&ok);
        if (!ok || value <= 0) {
            printLine(stderr, prefixed(command, QStringLiteral("%1 needs a positive whole number, not '%2'")
                                                    .arg(py::limitFlag(limit), args.value(name))));
            return 2;
        }
        request.limits.set(limit, value);
    }
    return runProgramFile(args.positional.at(0), request,
                          {args.value(QStringLiteral("trace")), args.value(QStringLiteral("chrome-trace"))});
}

int recordCommand(const ParsedArguments &args)
{
    const CommandSpec &command = *args.command;
    const QString out = args.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        printLine(stderr, prefixed(command, tr("--out TRACE.json is required: where to write the trace.")));
        return 2;
    }
    RecordRequest request;
    request.program = args.positional.at(0);
    request.arguments = args.trailing;
    request.python = args.value(QStringLiteral("python"));
    request.realClock = args.value(QStringLiteral("clock")) == u"real";
    if (args.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = args.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds < 1 || seconds > 86400) {
            printLine(stderr, prefixed(command, tr("--timeout needs a number of seconds from 1 to 86400, not "
                                                   "'%1'")
                                                    .arg(args.value(QStringLiteral("timeout")))));
            return 2;
        }
        request.timeoutMs = int(seconds * 1000);
    }
    if (sameFile(out, request.program)) {
        printLine(stderr,
                  prefixed(command, tr("--out %1 is the program itself; name another file.").arg(out)));
        return 2;
    }
    const RecordResult result = recordWithCPython(request);
    if (!result.recorded) {
        printLine(stderr, prefixed(command, result.error));
        return 1;
    }
    QString error;
    if (!writeFileAtomically(out, result.trace.toJson(), &error)) {
        printLine(stderr, prefixed(command, error));
        return 1;
    }
    return result.trace.exitStatus;
}

int traceDiffCommand(const ParsedArguments &args)
{
    const CommandSpec &command = *args.command;
    Trace traces[2];
    for (int i = 0; i < 2; ++i) {
        QString error;
        std::optional<Trace> trace = readTraceFile(args.positional.at(i), &error);
        if (!trace) {
            printLine(stderr, prefixed(command, error));
            return 2;
        }
        traces[i] = std::move(*trace);
    }
    const StoryDifference difference = compareStories(TraceStory::of(traces[0]), TraceStory::of(traces[1]));
    printLine(stdout, difference.describe());
    return difference.same ? 0 : 1;
}

int lessonsCommand(const ParsedArguments &args)
{
    QTextStream out(stdout);
    if (args.isSet(QStringLiteral("check")))
        return checkLessons(args.value(QStringLiteral("check")), out, pythonLessonRunner());
    const QString userRoot =
        QSettings()
            .value(QStringLiteral("lessons/userFolder"), LessonLibrary::defaultUserFolder())
            .toString();
    if (args.isSet(QStringLiteral("folders"))) {
        out << tr("Built-in lessons: %1").arg(builtInLessonsRoot()) << '\n'
            << tr("Your lessons: %1").arg(userRoot) << '\n'
            << tr("Translations: %1").arg(translationsDirectory()) << '\n';
        return 0;
    }
    if (!QFileInfo(builtInLessonsRoot()).isDir()) {
        printLine(stderr, tr("awaitscope lessons: the built-in lessons are missing: %1 is not a folder "
                             "(reinstall, or set AWAITSCOPE_DATA_DIR).")
                              .arg(builtInLessonsRoot()));
        return 1;
    }
    return listLessons(builtInLessonsRoot(), userRoot, out, LanguageManager::instance()->language());
}

int serveCommand(const ParsedArguments &args)
{
    const QString portText = args.value(QStringLiteral("port"), QStringLiteral("0"));
    bool ok = false;
    const uint port = portText.toUInt(&ok);
    if (!ok || port > 65535) {
        printLine(stderr,
                  QCoreApplication::translate(
                      "ServeCommand", "awaitscope serve: --port must be a number from 0 to 65535, got '%1'.")
                      .arg(portText));
        return 2;
    }
    QString error;
    int status = 0;
    const auto listening = [](const QUrl &url, const QStringList &endpoints) {
        std::printf("%s\n",
                    qUtf8Printable(QCoreApplication::translate(
                                       "ServeCommand", "Demo server listening on %1 (Ctrl+C stops it)")
                                       .arg(url.toString())));
        for (const QString &line : endpoints)
            std::printf("  %s\n", qPrintable(line));
        std::fflush(stdout);
    };
    if (!serveDemoUntilStopped(quint16(port), listening, &error, &status)) {
        printLine(stderr,
                  QCoreApplication::translate(
                      "ServeCommand",
                      "awaitscope serve: %1\nChoose another port with --port, or 0 for any free port.")
                      .arg(error));
        return 1;
    }
    return status;
}

int exportCommand(const ParsedArguments &args)
{
    ExportRequest request;
    QString error;
    if (!exportRequestFrom(args, &request, &error)) {
        printLine(stderr, prefixed(*args.command, error));
        printLine(stderr, tr("Try \"awaitscope export --help\"."));
        return 2;
    }
    request.language = LanguageManager::instance()->language();
    return exportPictures(request, builtInLessonsRoot());
}

} // namespace

int runCommand(const QStringList &arguments)
{
    const CommandLineSpec &spec = commandLineSpec();
    const CommandSpec &command = findCommand(spec, arguments);
    // The language first, so that even a message about a misuse is in it.
    const QString language = requestedLanguage(arguments);
    if (!applyLanguage(language))
        return 2;
    ParsedArguments args;
    QString error;
    const bool parsed = parseArguments(spec, command, arguments, &args, &error);
    const bool window = command.needs == CommandSpec::Needs::Display && parsed &&
                        !args.isSet(QStringLiteral("help")) && !args.isSet(QStringLiteral("version"));
    if (window && language.isEmpty())
        LanguageManager::instance()->restore();
    if (!parsed) {
        printLine(stderr, prefixed(command, error));
        const QString name = command.name.isEmpty() ? spec.program : spec.program + u' ' + command.name;
        printLine(stderr, tr("Try \"%1 --help\".").arg(name));
        return 2;
    }
    if (args.isSet(QStringLiteral("help"))) {
        std::fputs(qUtf8Printable(helpText(spec, command)), stdout);
        return 0;
    }
    if (args.isSet(QStringLiteral("version"))) {
        std::printf("%s %s\n", qUtf8Printable(spec.program), AWAITSCOPE_VERSION);
        return 0;
    }
    if (command.name == u"run")
        return runProgramCommand(args);
    if (command.name == u"record")
        return recordCommand(args);
    if (command.name == u"trace-diff")
        return traceDiffCommand(args);
    if (command.name == u"lessons")
        return lessonsCommand(args);
    if (command.name == u"serve")
        return serveCommand(args);
    if (command.name == u"export") {
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
            printLine(stderr,
                      QStringLiteral("awaitscope export: pictures need a QGuiApplication (internal error)"));
            return 1;
        }
        return exportCommand(args);
    }
    return windowCommand(args);
}

int runCommandLine(int argc, char *argv[])
{
    QStringList raw;
    for (int i = 1; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);
    const CommandSpec::Needs needs =
        asksForText(raw) ? CommandSpec::Needs::Console : findCommand(commandLineSpec(), raw).needs;
    setApplicationIdentity();
    switch (needs) {
    case CommandSpec::Needs::Display: {
        // Without a display the window's arguments are still checked, then it says what to do instead.
        if (noDisplayAvailable())
            break;
        QApplication app(argc, argv);
        // Qt has taken its own options (-platform, -style, …) out of the arguments.
        return runCommand(QCoreApplication::arguments().mid(1));
    }
    case CommandSpec::Needs::Pictures: {
        // The PDF writer keeps its fonts in a hash: with the per-process random seed, their order in the
        // file (and so the bytes) would change from run to run.
        QHashSeed::setDeterministicGlobalSeed();
        // Pictures need fonts, and fonts need a QGuiApplication; with no display, the offscreen platform
        // gives one. This must happen before the application object exists.
        if (noDisplayAvailable())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return runCommand(QCoreApplication::arguments().mid(1));
    }
    case CommandSpec::Needs::Console:
        break;
    }
    QCoreApplication app(argc, argv);
    return runCommand(QCoreApplication::arguments().mid(1));
}

} // namespace awaitscope
