#include "export/exportcommand.h"
#include "io/userfile.h"
#include "run/runservice.h"

#include "i18n/languagemanager.h"
#include "lessons/lessonlibrary.h"
#include "trace/trace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHashFunctions>

#include <cstdio>
#include <memory>

namespace awaitscope {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};

void printError(const QString &text)
{
    std::fprintf(stderr, "awaitscope export: %s\n", qUtf8Printable(text));
}

bool parseNumber(const QString &text, double min, double max, double *value)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !(v >= min && v <= max))
        return false;
    *value = v;
    return true;
}

bool isAnimationPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"gif" || suffix == u"webp" || suffix == u"apng";
}

// Runs a program on the virtual clock; its output stays out of the terminal (only the picture matters).
bool runFile(const QString &path, RunResult *run, QString *error)
{
    const std::optional<QByteArray> bytes = readRegularFile(path, FileReadLimits::Program, error);
    if (!bytes)
        return false;
    RunRequest request;
    request.source = QString::fromUtf8(*bytes);
    request.displayName = QFileInfo(path).fileName();
    *run = runProgram(request);
    return true;
}

} // namespace

QString ExportRequest::usage()
{
    return Tr::tr(
        "usage: awaitscope export (--lesson ID | FILE.py) --out FILE.(png|svg|pdf) [--size WxH|1080p|4k]\n"
        "         [--theme light|dark|projector] [--at SECONDS|end] [--view player|timeline|compare]\n"
        "         [--lang CODE] [--caption TEXT | --no-caption] [--frames DIR] [--fps N] [--speed X]\n"
        "An --out ending in .gif or .webp writes an animation when an image plugin here can.");
}

bool ExportRequest::parse(const QStringList &args, ExportRequest *r, QString *error)
{
    *r = ExportRequest();
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        QString name = arg;
        QString value;
        bool hasInlineValue = false;
        if (arg.startsWith(u"--") && arg.contains(u'=')) {
            name = arg.section(u'=', 0, 0);
            value = arg.section(u'=', 1);
            hasInlineValue = true;
        }
        auto takeValue = [&]() -> bool {
            if (hasInlineValue)
                return true;
            if (i + 1 >= args.size() || args[i + 1].startsWith(u"--")) {
                *error = Tr::tr("%1 needs a value.").arg(name);
                return false;
            }
            value = args[++i];
            return true;
        };
        if (name == u"--lesson") {
            if (!takeValue())
                return false;
            r->lesson = value;
        } else if (name == u"--out" || name == u"-o") {
            if (!takeValue())
                return false;
            r->out = value;
        } else if (name == u"--frames") {
            if (!takeValue())
                return false;
            r->frames = value;
        } else if (name == u"--fps") {
            if (!takeValue())
                return false;
            if (!parseNumber(value, 1, 120, &r->fps)) {
                *error = Tr::tr("--fps %1 is not a frame rate: give a number from 1 to 120.").arg(value);
                return false;
            }
        } else if (name == u"--speed") {
            if (!takeValue())
                return false;
            if (!parseNumber(value, 1e-3, 1e6, &r->speed)) {
                *error =
                    Tr::tr(
                        "--speed %1 is not a speed: give a positive number (2 plays the run twice as fast).")
                        .arg(value);
                return false;
            }
        } else if (name == u"--size") {
            if (!takeValue())
                return false;
            if (!Exporter::parseSize(value, &r->size)) {
                *error =
                    Tr::tr(
                        "--size %1 is not a picture size: use WIDTHxHEIGHT (16 to 16384 each), 1080p or 4k.")
                        .arg(value);
                return false;
            }
        } else if (name == u"--theme") {
            if (!takeValue())
                return false;
            if (!ExportTheme::parse(value, &r->theme)) {
                *error = Tr::tr("--theme %1 is not a theme: use %2.")
                             .arg(value, ExportTheme::names().join(QStringLiteral(", ")));
                return false;
            }
        } else if (name == u"--at") {
            if (!takeValue())
                return false;
            if (value == u"end") {
                r->atEnd = true;
            } else if (parseNumber(value, 0, 1e9, &r->at)) {
                r->atEnd = false;
            } else {
                *error =
                    Tr::tr("--at %1 is not a moment: give seconds (like 3 or 4.5) or \"end\".").arg(value);
                return false;
            }
        } else if (name == u"--view") {
            if (!takeValue())
                return false;
            if (value == u"player")
                r->view = Exporter::View::Player;
            else if (value == u"timeline")
                r->view = Exporter::View::Timeline;
            else if (value == u"compare")
                r->view = Exporter::View::Compare;
            else {
                *error = Tr::tr("--view %1 is not a view: use player, timeline or compare.").arg(value);
                return false;
            }
        } else if (name == u"--lang") {
            if (!takeValue())
                return false;
            if (value.isEmpty() || value.size() > 16) {
                *error = Tr::tr("--lang %1 is not a language code (like en or de).").arg(value);
                return false;
            }
            r->language = value;
        } else if (name == u"--caption") {
            if (!takeValue())
                return false;
            r->caption = value;
            r->captionSet = true;
        } else if (name == u"--no-caption") {
            r->noCaption = true;
        } else if (arg.startsWith(u'-') && arg.size() > 1) {
            *error = Tr::tr("Unknown option %1.").arg(arg);
            return false;
        } else if (r->program.isEmpty()) {
            r->program = arg;
        } else {
            *error = Tr::tr("One program at a time: %1 and %2 were both given.").arg(r->program, arg);
            return false;
        }
    }
    if (r->lesson.isEmpty() == r->program.isEmpty()) {
        *error = r->lesson.isEmpty() ? Tr::tr("Say what to draw: --lesson ID or a FILE.py.")
                                     : Tr::tr("Give either --lesson or a FILE.py, not both.");
        return false;
    }
    if (!r->program.isEmpty() && !r->program.endsWith(u".py", Qt::CaseInsensitive)) {
        *error = Tr::tr("%1 is not a Python program (FILE.py).").arg(r->program);
        return false;
    }
    if (r->out.isEmpty() && r->frames.isEmpty()) {
        *error = Tr::tr("Say where to write: --out FILE.png, FILE.svg or FILE.pdf (or --frames DIR).");
        return false;
    }
    if (!r->out.isEmpty() && !Exporter::formatForPath(r->out) && !isAnimationPath(r->out)) {
        *error =
            Tr::tr("--out %1: name the file .png, .svg or .pdf (or .gif, .webp for an animation) to choose "
                   "the format.")
                .arg(r->out);
        return false;
    }
    if (r->view == Exporter::View::Compare && r->lesson.isEmpty()) {
        *error = Tr::tr(
            "--view compare needs --lesson ID: it compares the lesson's pitfall.py with its fixed.py.");
        return false;
    }
    if (r->noCaption && r->captionSet) {
        *error = Tr::tr("--caption and --no-caption contradict each other.");
        return false;
    }
    return true;
}

int runExportCommand(int argc, char *argv[], const QString &lessonsRoot)
{
    // The PDF writer keeps its fonts in a hash: with the per-process random seed, their order in the file
    // (and so the bytes) would change from run to run.
    QHashSeed::setDeterministicGlobalSeed();
    QStringList args;
    for (int i = 2; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        std::fprintf(stdout, "%s\n", qUtf8Printable(ExportRequest::usage()));
        return 0;
    }
    ExportRequest request;
    QString error;
    if (!ExportRequest::parse(args, &request, &error)) {
        printError(error);
        std::fprintf(stderr, "%s\n", qUtf8Printable(ExportRequest::usage()));
        return 2;
    }

    // Pictures need fonts, and fonts need a QGuiApplication; with no display, the offscreen platform
    // gives one. This must happen before the application object exists.
    std::unique_ptr<QGuiApplication> app;
    if (!QCoreApplication::instance()) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        static int appArgc = 1;
        static char appName[] = "awaitscope";
        static char *appArgv[] = {appName, nullptr};
        app = std::make_unique<QGuiApplication>(appArgc, appArgv);
    } else if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        printError(Tr::tr("Export needs a graphical application object (internal error)."));
        return 1;
    }
    // --lang translates the picture's words and the lesson's title; without it the picture is English.
    if (!request.language.isEmpty() && !LanguageManager::instance()->setLanguage(request.language, false)) {
        printError(Tr::tr("--lang %1 is not a language here; use %2.")
                       .arg(request.language, LanguageManager::languages().join(QStringLiteral(", "))));
        return 2;
    }

    Exporter exporter;
    exporter.setView(request.view);
    exporter.setTheme(request.theme);
    exporter.setSize(request.size);
    exporter.setLanguage(request.language);
    if (!request.atEnd)
        exporter.setCursor(request.at);

    QString title;
    std::vector<std::pair<QString, QString>> programs; // (path, title)
    if (!request.lesson.isEmpty()) {
        LessonLibrary library;
        library.setLanguage(LanguageManager::normalize(request.language));
        library.load(lessonsRoot);
        const Lesson *lesson = library.lesson(request.lesson);
        if (!lesson) {
            QStringList ids;
            for (const Lesson &l : library.lessons())
                ids << l.id;
            printError(Tr::tr("There is no lesson %1. Lessons: %2.")
                           .arg(request.lesson,
                                ids.isEmpty() ? Tr::tr("none found") : ids.join(QStringLiteral(", "))));
            return 2;
        }
        title = lesson->title;
        auto programTitle = [&](const QString &id) {
            const LessonProgram *p = lesson->program(id);
            const QString file = QFileInfo(lesson->programPath(id)).fileName();
            return p && !p->label.isEmpty() ? Tr::tr("%1: %2").arg(file, p->label) : file;
        };
        if (request.view == Exporter::View::Compare) {
            if (!lesson->isContrast()) {
                printError(
                    Tr::tr("Lesson %1 has no pitfall and fixed programs to compare; use --view player.")
                        .arg(request.lesson));
                return 2;
            }
            for (const QString &id : {QStringLiteral("pitfall"), QStringLiteral("fixed")})
                programs.emplace_back(lesson->programPath(id), programTitle(id));
        } else {
            QString id = QStringLiteral("main");
            if (!lesson->program(id) && !lesson->programs.isEmpty())
                id = lesson->programs.constFirst().id;
            if (!lesson->program(id)) {
                printError(Tr::tr("Lesson %1 has no program to run.").arg(request.lesson));
                return 1;
            }
            programs.emplace_back(lesson->programPath(id), programTitle(id));
        }
    } else {
        if (!QFileInfo(request.program).isFile()) {
            printError(Tr::tr("Cannot find the program %1.").arg(request.program));
            return 2;
        }
        title = QFileInfo(request.program).fileName();
        programs.emplace_back(request.program, title);
    }

    std::vector<RunResult> runs(programs.size());
    for (size_t i = 0; i < programs.size(); ++i) {
        if (!runFile(programs[i].first, &runs[i], &error)) {
            printError(error);
            return 1;
        }
        // A program that fails is still worth a picture (the failure shows on the timeline); say so.
        if (runs[i].exitStatus != 0)
            printError(Tr::tr("%1 exited with status %2; drawing it anyway.\n%3")
                           .arg(programs[i].first)
                           .arg(runs[i].exitStatus)
                           .arg(runs[i].errorOutput.trimmed()));
    }
    if (request.view == Exporter::View::Compare)
        exporter.setComparison(runs[0].trace, programs[0].second, runs[1].trace, programs[1].second);
    else
        exporter.setTrace(runs[0].trace, programs[0].second);
    if (!request.noCaption)
        exporter.setCaption(request.captionSet ? request.caption : title);

    if (isAnimationPath(request.out)) {
        if (!exporter.exportAnimation(request.out, request.fps, request.speed, &error)) {
            printError(error);
            return 1;
        }
    } else if (!request.out.isEmpty() && !exporter.exportToFile(request.out, &error)) {
        printError(error);
        return 1;
    }
    if (!request.frames.isEmpty()) {
        const int count = exporter.exportFrames(request.frames, request.fps, request.speed, &error);
        if (count < 0) {
            printError(error);
            return 1;
        }
        std::fprintf(stdout, "%s\n",
                     qUtf8Printable(Tr::tr("Wrote %1 frames to %2 (%3 frames per second).")
                                        .arg(count)
                                        .arg(request.frames)
                                        .arg(request.fps)));
    }
    return 0;
}

} // namespace awaitscope
