#include "application/commandlinespec.h"

#include "export/exporttheme.h"
#include "i18n/languagemanager.h"
#include "python/runlimits.h"

#include <QCoreApplication>

namespace awaitscope {

namespace {

// What a limit counts; %1 is its default.
const char *limitHelp(py::Limit limit)
{
    switch (limit) {
    case py::Limit::Recursion:
        return QT_TRANSLATE_NOOP("CommandLine", "Stop after N nested Python calls (default %1).");
    case py::Limit::Steps:
        return QT_TRANSLATE_NOOP("CommandLine", "Stop after N statements and loop rounds (default %1).");
    case py::Limit::Memory:
        return QT_TRANSLATE_NOOP("CommandLine",
                                 "Stop when the program has used N megabytes of memory (default %1).");
    case py::Limit::Tasks:
        return QT_TRANSLATE_NOOP("CommandLine",
                                 "Stop when more than N tasks are unfinished at once (default %1).");
    case py::Limit::Output:
        return QT_TRANSLATE_NOOP("CommandLine", "Stop after N characters printed (default %1).");
    case py::Limit::Trace:
        return QT_TRANSLATE_NOOP("CommandLine",
                                 "Stop after N trace events recorded, with --trace (default %1).");
    }
    return nullptr;
}

OptionSpec option(const QString &name, const char *help)
{
    OptionSpec o;
    o.name = name;
    o.help = help;
    return o;
}

OptionSpec valueOption(const QString &name, const QString &valueName, ValueKind kind, const char *help)
{
    OptionSpec o = option(name, help);
    o.valueName = valueName;
    o.kind = kind;
    return o;
}

OptionSpec choiceOption(const QString &name, const QStringList &choices, const char *help)
{
    OptionSpec o = valueOption(name, choices.join(u'|'), ValueKind::Choice, help);
    o.choices = choices;
    return o;
}

OptionSpec fileOption(const QString &name, const QString &valueName, const QString &pattern, const char *help)
{
    OptionSpec o = valueOption(name, valueName, ValueKind::File, help);
    o.pattern = pattern;
    return o;
}

CommandSpec windowSpec()
{
    CommandSpec c;
    c.summary =
        QT_TRANSLATE_NOOP("CommandLine", "Open the window: the lessons, their code and the timeline.");
    c.description = QT_TRANSLATE_NOOP(
        "CommandLine",
        "Without a command Awaitscope opens its window. A Python program given as FILE opens there as a "
        "lesson of its own; a trace written by \"awaitscope run --trace\" opens in a player of its own, "
        "played back as it was recorded.");
    c.needs = CommandSpec::Needs::Display;
    c.options = {
        valueOption(QStringLiteral("lesson"), QStringLiteral("ID|DIR"), ValueKind::Directory,
                    QT_TRANSLATE_NOOP("CommandLine", "Open this lesson: a lesson's id, or a lesson "
                                                     "folder (or a folder of lessons) from anywhere.")),
        option(QStringLiteral("version"), QT_TRANSLATE_NOOP("CommandLine", "Print the version and stop."))};
    c.options.last().shortName = u'v';
    c.arguments = {{QStringLiteral("FILE"), ValueKind::File, QStringLiteral("*.py *.json"),
                    QT_TRANSLATE_NOOP("CommandLine", "A Python program (FILE.py) or a trace (TRACE.json)."),
                    false}};
    return c;
}

CommandSpec runSpec()
{
    CommandSpec c;
    c.name = QStringLiteral("run");
    c.summary = QT_TRANSLATE_NOOP("CommandLine", "Run a Python asyncio program and print its output.");
    c.description = QT_TRANSLATE_NOOP(
        "CommandLine",
        "Runs FILE.py on Awaitscope's own interpreter and runtime, as python3 would run it, and prints what "
        "it prints. The exit status is the program's. A program that runs away stops at a limit with one "
        "line that names the limit, its value and the flag that raises it.");
    c.options = {
        choiceOption(QStringLiteral("clock"), {QStringLiteral("virtual"), QStringLiteral("real")},
                     QT_TRANSLATE_NOOP("CommandLine", "virtual (default) or real.")),
        choiceOption(QStringLiteral("net"), {QStringLiteral("sim"), QStringLiteral("real")},
                     QT_TRANSLATE_NOOP("CommandLine", "aiohttp's network: sim (default on the virtual clock) "
                                                      "or real (loopback demo server; needs --clock real).")),
        valueOption(QStringLiteral("allow-host"), QStringLiteral("HOST"), ValueKind::Text,
                    QT_TRANSLATE_NOOP("CommandLine", "Let the program reach HOST besides the demo server.")),
        fileOption(QStringLiteral("trace"), QStringLiteral("OUT.json"), QStringLiteral("*.json"),
                   QT_TRANSLATE_NOOP("CommandLine",
                                     "Write the run's trace (every task and event) as JSON; the window opens "
                                     "it again.")),
        fileOption(QStringLiteral("chrome-trace"), QStringLiteral("OUT.json"), QStringLiteral("*.json"),
                   QT_TRANSLATE_NOOP("CommandLine", "Write a Chrome/Perfetto trace."))};
    c.options[2].repeatable = true;
    // One flag per limit; a stopped program's message names the flag to raise.
    const py::RunLimits defaults;
    for (const py::Limit limit : py::allLimits()) {
        OptionSpec o = valueOption(py::limitFlag(limit).mid(2), QStringLiteral("N"), ValueKind::Number,
                                   limitHelp(limit));
        o.helpArgument = QString::number(defaults.value(limit));
        c.options.append(o);
    }
    c.arguments = {{QStringLiteral("FILE.py"), ValueKind::File, QStringLiteral("*.py"),
                    QT_TRANSLATE_NOOP("CommandLine", "The program."), true}};
    return c;
}

CommandSpec recordSpec()
{
    CommandSpec c;
    c.name = QStringLiteral("record");
    c.summary = QT_TRANSLATE_NOOP("CommandLine", "Record a run of a program under CPython as a trace.");
    c.description = QT_TRANSLATE_NOOP(
        "CommandLine",
        "Runs FILE.py under your own CPython (3.11 or newer: python3 on PATH, or --python) with the recorder "
        "Awaitscope ships, on a virtual clock that jumps to the next timer when nothing is ready (or, with "
        "--clock real, on asyncio's own loop and the real clock), and writes "
        "what CPython did as an Awaitscope trace: the tasks, their steps, what each one waited on, their "
        "ends and the output with its time. The window opens the trace like any other. The program's "
        "output passes through; the exit status is the program's, or 1 when nothing could be recorded.");
    OptionSpec out = fileOption(QStringLiteral("out"), QStringLiteral("TRACE.json"), QStringLiteral("*.json"),
                                QT_TRANSLATE_NOOP("CommandLine", "Where to write the trace (required)."));
    out.shortName = u'o';
    c.options = {
        out,
        choiceOption(
            QStringLiteral("clock"), {QStringLiteral("virtual"), QStringLiteral("real")},
            QT_TRANSLATE_NOOP("CommandLine",
                              "virtual (default: deterministic, comparable with \"awaitscope run\") or "
                              "real (asyncio's own loop and clock: real sockets, any library).")),
        fileOption(QStringLiteral("python"), QStringLiteral("PATH"), QStringLiteral("*"),
                   QT_TRANSLATE_NOOP("CommandLine", "The Python to run it with (default: python3 on PATH).")),
        valueOption(QStringLiteral("timeout"), QStringLiteral("SECONDS"), ValueKind::Number,
                    QT_TRANSLATE_NOOP("CommandLine", "Stop the program after this many real seconds (default "
                                                     "120)."))};
    c.arguments = {{QStringLiteral("FILE.py"), ValueKind::File, QStringLiteral("*.py"),
                    QT_TRANSLATE_NOOP("CommandLine", "The program."), true},
                   {QStringLiteral("ARGS"), ValueKind::Text, QString(),
                    QT_TRANSLATE_NOOP("CommandLine", "Given to the program as sys.argv[1:]."), false, true}};
    return c;
}

CommandSpec traceDiffSpec()
{
    CommandSpec c;
    c.name = QStringLiteral("trace-diff");
    c.summary = QT_TRANSLATE_NOOP("CommandLine", "Compare the scheduling stories of two traces.");
    c.description = QT_TRANSLATE_NOOP(
        "CommandLine",
        "Reads two traces (written by \"awaitscope run --trace\" or \"awaitscope record\") and says \"same "
        "scheduling story\" when the same tasks, in the same creation order and with the same names, each "
        "ran, waited on the same kind of thing, woke and ended at the same times, every combinator got and "
        "gave back the same, and the same output came at the same times; otherwise it prints the first "
        "difference: where, when, what the first trace has and what the second has. Tasks and futures are "
        "matched by their order, not their ids; wait's done and pending sets are compared as sets. The exit "
        "status is 0 for the same story, 1 for a difference, 2 when a trace cannot be read.");
    c.arguments = {{QStringLiteral("A.json"), ValueKind::File, QStringLiteral("*.json"),
                    QT_TRANSLATE_NOOP("CommandLine", "The expected run."), true},
                   {QStringLiteral("B.json"), ValueKind::File, QStringLiteral("*.json"),
                    QT_TRANSLATE_NOOP("CommandLine", "The run to compare with it."), true}};
    return c;
}

CommandSpec lessonsSpec()
{
    CommandSpec c;
    c.name = QStringLiteral("lessons");
    c.summary = QT_TRANSLATE_NOOP("CommandLine", "List the lessons, or check a lesson folder.");
    c.description = QT_TRANSLATE_NOOP(
        "CommandLine",
        "Lists every lesson, the built-in ones and those in your lessons folder, then the problems of any "
        "that did not load. With --check it reads a lesson folder instead, runs its programs and reports "
        "every problem as FILE:LINE: message; the exit status is 1 when there is one.");
    c.options = {
        valueOption(QStringLiteral("check"), QStringLiteral("DIR"), ValueKind::Directory,
                    QT_TRANSLATE_NOOP("CommandLine", "Check the lesson folder DIR (or every lesson in it).")),
        option(QStringLiteral("folders"),
               QT_TRANSLATE_NOOP("CommandLine",
                                 "Print the folders the lessons and the translations are read from."))};
    return c;
}

CommandSpec serveSpec()
{
    CommandSpec c;
    c.name = QStringLiteral("serve");
    c.summary = QT_TRANSLATE_NOOP("CommandLine", "Run the demo HTTP server alone, on 127.0.0.1.");
    c.description = QT_TRANSLATE_NOOP(
        "CommandLine",
        "Runs the demo HTTP server on 127.0.0.1 until you press Ctrl+C, so that the lessons' aiohttp "
        "programs can also run under python3 against http://127.0.0.1:P/.");
    c.options = {
        valueOption(QStringLiteral("port"), QStringLiteral("P"), ValueKind::Number,
                    QT_TRANSLATE_NOOP("CommandLine", "Port to listen on (default: one the system picks)."))};
    return c;
}

CommandSpec exportSpec()
{
    CommandSpec c;
    c.name = QStringLiteral("export");
    c.needs = CommandSpec::Needs::Pictures;
    c.summary = QT_TRANSLATE_NOOP("CommandLine", "Draw a run as a picture for slides; no display needed.");
    c.description = QT_TRANSLATE_NOOP(
        "CommandLine",
        "Runs a lesson's program (or FILE.py) on the virtual clock and draws it: PNG, SVG or PDF as the "
        "--out file is named, the picture in words (.txt: each task's state, what gather and wait hold, "
        "the output so far; alt text for a slide), or the run played from start to end at --fps and "
        "--speed: an animated GIF that loops (.gif) or an H.264 video (.mp4). Two runs write the same "
        "bytes.");
    OptionSpec out = fileOption(
        QStringLiteral("out"), QStringLiteral("FILE"), QStringLiteral("*.png *.svg *.pdf *.txt *.gif *.mp4"),
        QT_TRANSLATE_NOOP("CommandLine", "Where to write: FILE.png, FILE.svg, FILE.pdf or FILE.txt, or an "
                                         "animation: FILE.gif or FILE.mp4."));
    out.shortName = u'o';
    OptionSpec size = choiceOption(
        QStringLiteral("size"), {QStringLiteral("1920x1080"), QStringLiteral("1080p"), QStringLiteral("4k")},
        QT_TRANSLATE_NOOP("CommandLine", "The picture's size in pixels, WIDTHxHEIGHT (default 1920x1080)."));
    size.valueName = QStringLiteral("WxH|1080p|4k");
    OptionSpec at = choiceOption(QStringLiteral("at"), {QStringLiteral("end")},
                                 QT_TRANSLATE_NOOP("CommandLine",
                                                   "The moment to draw: seconds of the run, event:N (the "
                                                   "N-th event; two events at one instant are two moments) "
                                                   "or end (the default)."));
    at.valueName = QStringLiteral("SECONDS|event:N|end");
    c.options = {
        valueOption(QStringLiteral("lesson"), QStringLiteral("ID"), ValueKind::Text,
                    QT_TRANSLATE_NOOP("CommandLine", "The lesson to draw, by its id (awaitscope lessons)."))};
    c.options.append(out);
    c.options.append(size);
    c.options.append(choiceOption(QStringLiteral("theme"), ExportTheme::names(),
                                  QT_TRANSLATE_NOOP("CommandLine", "The colours (default light).")));
    c.options.append(at);
    c.options.append(
        valueOption(QStringLiteral("section"), QStringLiteral("ID"), ValueKind::Text,
                    QT_TRANSLATE_NOOP("CommandLine",
                                      "With --lesson: draw the moment a section of the lesson explains, with "
                                      "its title as the caption.")));
    c.options.append(choiceOption(
        QStringLiteral("view"),
        {QStringLiteral("player"), QStringLiteral("timeline"), QStringLiteral("compare")},
        QT_TRANSLATE_NOOP("CommandLine", "What to draw: the player (default), the timeline alone, or the "
                                         "lesson's pitfall beside its fix.")));
    c.options.append(valueOption(
        QStringLiteral("caption"), QStringLiteral("TEXT"), ValueKind::Text,
        QT_TRANSLATE_NOOP("CommandLine", "The caption (default: the lesson's or program's title).")));
    c.options.append(option(QStringLiteral("no-caption"), QT_TRANSLATE_NOOP("CommandLine", "No caption.")));
    c.options.append(valueOption(QStringLiteral("frames"), QStringLiteral("DIR"), ValueKind::Directory,
                                 QT_TRANSLATE_NOOP("CommandLine", "Write one PNG per frame into DIR.")));
    c.options.append(
        valueOption(QStringLiteral("fps"), QStringLiteral("N"), ValueKind::Number,
                    QT_TRANSLATE_NOOP("CommandLine", "Frames per second of --frames and animations (default "
                                                     "10; a GIF takes at most 50).")));
    c.options.append(
        valueOption(QStringLiteral("speed"), QStringLiteral("X"), ValueKind::Number,
                    QT_TRANSLATE_NOOP("CommandLine", "How fast the run plays in --frames and "
                                                     "animations (default 1; 2 is twice as fast).")));
    c.options.append(valueOption(
        QStringLiteral("from"), QStringLiteral("SECONDS"), ValueKind::Number,
        QT_TRANSLATE_NOOP("CommandLine", "Where an animation starts, in seconds of the run (default 0).")));
    c.options.append(valueOption(
        QStringLiteral("to"), QStringLiteral("SECONDS"), ValueKind::Number,
        QT_TRANSLATE_NOOP("CommandLine",
                          "Where an animation stops, in seconds of the run (default: its end).")));
    c.arguments = {{QStringLiteral("FILE.py"), ValueKind::File, QStringLiteral("*.py"),
                    QT_TRANSLATE_NOOP("CommandLine", "The program to draw, instead of --lesson."), false}};
    return c;
}

CommandLineSpec makeSpec()
{
    CommandLineSpec spec;
    spec.description =
        QT_TRANSLATE_NOOP("CommandLine", "Awaitscope shows what asyncio really does, one task at a time: it "
                                         "runs Python asyncio programs on its own runtime and draws every "
                                         "task, await and cancellation on a timeline.");
    OptionSpec lang =
        choiceOption(QStringLiteral("lang"), LanguageManager::languages(),
                     QT_TRANSLATE_NOOP("CommandLine", "The language of the window, the messages and the "
                                                      "lessons for this run (default: English on the command "
                                                      "line, the saved choice in the window)."));
    lang.valueName = QStringLiteral("CODE");
    OptionSpec help =
        option(QStringLiteral("help"), QT_TRANSLATE_NOOP("CommandLine", "Show this help and stop."));
    help.shortName = u'h';
    spec.common = {lang, help};
    spec.commands = {windowSpec(),  runSpec(),   recordSpec(), traceDiffSpec(),
                     lessonsSpec(), serveSpec(), exportSpec()};
    return spec;
}

} // namespace

QString ArgumentSpec::usage() const
{
    if (trailing)
        return QStringLiteral("[-- %1...]").arg(name);
    return required ? name : QStringLiteral("[%1]").arg(name);
}

const OptionSpec *CommandSpec::option(const QString &name) const
{
    for (const OptionSpec &o : options) {
        if (o.name == name)
            return &o;
    }
    return nullptr;
}

const OptionSpec *CommandSpec::shortOption(QChar name) const
{
    for (const OptionSpec &o : options) {
        if (!o.shortName.isNull() && o.shortName == name)
            return &o;
    }
    return nullptr;
}

const CommandSpec *CommandLineSpec::command(const QString &name) const
{
    for (const CommandSpec &c : commands) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QList<OptionSpec> CommandLineSpec::optionsOf(const CommandSpec &command) const
{
    return common + command.options;
}

const CommandLineSpec &commandLineSpec()
{
    static const CommandLineSpec spec = makeSpec();
    return spec;
}

QString translatedHelp(const char *text, const QString &argument)
{
    if (!text)
        return {};
    QString out = QCoreApplication::translate("CommandLine", text);
    if (!argument.isEmpty())
        out = out.arg(argument);
    return out;
}

} // namespace awaitscope
