#include "export/exportcommand.h"
#include "io/userfile.h"
#include "run/programmodules.h"
#include "run/runservice.h"

#include "i18n/languagemanager.h"
#include "lessons/lessonlibrary.h"
#include "lessons/momentlocator.h"
#include "trace/trace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>

#include <cstdio>

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

// Runs a program on the virtual clock; its output stays out of the terminal (only the picture matters).
bool runFile(const QString &path, RunResult *run, QString *error)
{
    const std::optional<QString> source = readProgramText(path, error);
    if (!source)
        return false;
    RunRequest request;
    request.source = *source;
    request.displayName = QFileInfo(path).fileName();
    request.moduleFolders = programModuleFolders(path);
    *run = runProgram(request);
    return true;
}

} // namespace

bool ExportRequest::isAnimationPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"gif" || suffix == u"mp4" || suffix == u"webp" || suffix == u"apng";
}

int exportPictures(const ExportRequest &request, const QString &lessonsRoot)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        printError(Tr::tr("Export needs a graphical application object (internal error)."));
        return 1;
    }
    QString error;
    Exporter exporter;
    exporter.setView(request.view);
    exporter.setTheme(request.theme);
    exporter.setSize(request.size);
    exporter.setLanguage(request.language);
    if (request.atEvent >= 0)
        exporter.setCursorEvent(request.atEvent);
    else if (!request.atEnd)
        exporter.setCursor(request.at);
    std::optional<LessonSection> section; // a copy: the lesson library goes before the run is drawn

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
        if (!request.section.isEmpty()) {
            if (const LessonSection *s = lesson->section(request.section)) {
                section = *s;
            } else {
                QStringList ids;
                for (const LessonSection &s : lesson->sections)
                    ids << s.id;
                printError(Tr::tr("Lesson %1 has no section %2. Its sections: %3.")
                               .arg(request.lesson, request.section, ids.join(QStringLiteral(", "))));
                return 2;
            }
            title = Tr::tr("%1: %2").arg(lesson->title, section->title);
        }
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
            QString id = section ? section->program : QStringLiteral("main");
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
    if (section) {
        // The section's moment in this run (for Compare, in the first run: the pitfall).
        const std::optional<std::uint64_t> at = MomentLocator::find(runs[0].trace, section->at);
        if (!at) {
            printError(Tr::tr("The moment of section %1 never happens in this run; drawing the end.")
                           .arg(section->id));
        } else {
            exporter.setCursorEvent(EventIndex(*at));
        }
    }
    if (!request.noCaption)
        exporter.setCaption(request.captionSet ? request.caption : title);

    if (ExportRequest::isAnimationPath(request.out)) {
        Exporter::AnimationOptions options;
        options.fps = request.fps;
        options.speed = request.speed;
        options.from = request.from;
        options.to = request.to;
        Exporter::AnimationResult result;
        if (!exporter.exportAnimation(request.out, options, &result, &error)) {
            printError(error);
            return 1;
        }
        if (!result.note.isEmpty())
            printError(result.note);
        std::fprintf(stdout, "%s\n",
                     // Two frames at least: "frames" is always plural.
                     qUtf8Printable(Tr::tr("Wrote %1: %2 frames at %3 frames per second, %4 s, %5×%6 (%7).")
                                        .arg(request.out)
                                        .arg(result.frames)
                                        .arg(request.fps)
                                        .arg(result.seconds, 0, 'f', 1)
                                        .arg(result.size.width())
                                        .arg(result.size.height())
                                        .arg(result.encoder)));
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
                     qUtf8Printable(Tr::tr("Wrote %n frame(s) to %1 (%2 frames per second).", nullptr, count)
                                        .arg(request.frames)
                                        .arg(request.fps)));
    }
    return 0;
}

} // namespace awaitscope
