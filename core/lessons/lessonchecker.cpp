#include "lessons/lessonchecker.h"
#include "io/userfile.h"

#include "lessons/answerevaluator.h"
#include "lessons/jsonlineindex.h"
#include "lessons/lessonlibrary.h"
#include "lessons/lessonreader.h"
#include "lessons/momentlocator.h"
#include "trace/runmodel.h"
#include "trace/runstatetext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace awaitscope {

namespace {

bool momentHappens(const LessonMoment &moment, const RunOutcome &outcome)
{
    switch (moment.kind) {
    case LessonMoment::Kind::Start:
    case LessonMoment::Kind::End:
        return true;
    case LessonMoment::Kind::Time:
        return std::isnan(outcome.totalTime) || moment.time <= outcome.totalTime + 1e-9;
    case LessonMoment::Kind::Output:
        for (const QString &line : outcome.stdoutLines) {
            if (line.contains(moment.text))
                return true;
        }
        return false;
    case LessonMoment::Kind::Task: {
        const RunOutcome::Task *task = outcome.task(moment.task);
        if (!task)
            return false;
        if (moment.event == QStringLiteral("task-finished"))
            return task->state == QStringLiteral("finished");
        if (moment.event == QStringLiteral("task-failed"))
            return task->state == QStringLiteral("failed");
        if (moment.event == QStringLiteral("task-cancelled"))
            return task->state == QStringLiteral("cancelled");
        if (moment.event == QStringLiteral("task-ended"))
            return task->state != QStringLiteral("pending");
        return true; // created, started, cancel-requested: the task exists
    }
    }
    return false;
}

bool recordedRunner(const QString &programPath, RunOutcome *outcome, QString *error)
{
    return RunOutcome::loadRecorded(programPath, outcome, error);
}

} // namespace

LessonProblems checkLessonRuns(const Lesson &lesson, const QString &folder, const LessonProgramRunner &runner)
{
    LessonProblems problems;
    const QString file = QDir(folder).filePath(QStringLiteral("lesson.json"));
    const JsonLineIndex index(
        readRegularFile(file, FileReadLimits::Document, nullptr).value_or(QByteArray()));

    QHash<QString, RunOutcome> outcomes;
    for (const LessonProgram &program : lesson.programs) {
        const QString path = QDir(folder).filePath(program.file);
        RunOutcome outcome;
        QString error;
        if (!runner(path, &outcome, &error)) {
            problems.append({path, 1,
                             QCoreApplication::translate("LessonChecker", "the program could not be run: %1")
                                 .arg(error)});
            continue;
        }
        if (outcome.exitStatus != 0)
            problems.append(
                {path, 1,
                 outcome.errorText.isEmpty()
                     ? QCoreApplication::translate("LessonChecker", "the program exits with status %1")
                           .arg(outcome.exitStatus)
                     : QCoreApplication::translate("LessonChecker", "the program exits with status %1: %2")
                           .arg(outcome.exitStatus)
                           .arg(outcome.errorText)});
        outcomes.insert(program.id, outcome);
    }

    QHash<QString, std::shared_ptr<RunModel>> models; // built once per program, when a section needs one
    for (qsizetype i = 0; i < lesson.sections.size(); ++i) {
        const LessonSection &s = lesson.sections.at(i);
        const auto it = outcomes.constFind(s.program);
        if (it == outcomes.constEnd())
            continue;
        const QString programFile = lesson.program(s.program)->file;
        const std::optional<std::uint64_t> event =
            it->trace ? MomentLocator::find(*it->trace, s.at) : std::optional<std::uint64_t>();
        if (it->trace ? !event : !momentHappens(s.at, *it)) {
            problems.append({file, index.line(QStringLiteral("sections[%1].at").arg(i)),
                             QCoreApplication::translate(
                                 "LessonChecker", "section \"%1\": its moment never happens in the run of %2")
                                 .arg(s.id, programFile)});
            continue;
        }
        if (!it->trace || s.shows.isEmpty())
            continue; // a recorded outcome has no picture to hold the facts against
        std::shared_ptr<RunModel> &model = models[s.program];
        if (!model) {
            model = std::make_shared<RunModel>();
            model->setTrace(*it->trace);
        }
        const QStringList picture =
            RunStateText(*model).describe(EventIndex(*event), lesson.title).split(u'\n');
        for (const QString &fact : s.shows) {
            const bool shown = std::any_of(picture.cbegin(), picture.cend(),
                                           [&](const QString &line) { return line.contains(fact); });
            if (!shown)
                problems.append({file, index.line(QStringLiteral("sections[%1].shows").arg(i)),
                                 QCoreApplication::translate(
                                     "LessonChecker", "section \"%1\": at its moment the picture of %2 "
                                                      "does not show \"%3\" (see it in words with "
                                                      "`awaitscope export --lesson %4 --section %1 --out "
                                                      "%1.txt`)")
                                     .arg(s.id, programFile, fact, lesson.id)});
        }
    }

    for (qsizetype i = 0; i < lesson.questions.size(); ++i) {
        const LessonQuestion &q = lesson.questions.at(i);
        const auto it = outcomes.constFind(q.program);
        if (it == outcomes.constEnd())
            continue;
        const int line = index.line(QStringLiteral("questions[%1].answer").arg(i));
        const QString programFile = lesson.program(q.program)->file;
        if (q.kind == LessonQuestion::Kind::Number) {
            const ComputedAnswer answer = AnswerEvaluator::compute(q.answer, *it);
            if (!answer.ok)
                problems.append({file, line,
                                 QCoreApplication::translate(
                                     "LessonChecker",
                                     "question \"%1\": the answer cannot be computed from the run of %2: %3")
                                     .arg(q.id, programFile, answer.error)});
            else if (!answer.isNumber)
                problems.append(
                    {file, line,
                     QCoreApplication::translate("LessonChecker",
                                                 "question \"%1\": the run of %2 gives \"%3\", not a number")
                         .arg(q.id, programFile, answer.text)});
        } else {
            QString error;
            if (AnswerEvaluator::correctOption(q, *it, &error) < 0)
                problems.append(
                    {file, line,
                     QCoreApplication::translate("LessonChecker", "question \"%1\": in the run of %2, %3")
                         .arg(q.id, programFile, error)});
        }
    }
    return problems;
}

int checkLessons(const QString &dir, QTextStream &out, const LessonProgramRunner &runner)
{
    if (!QFileInfo(dir).isDir()) {
        out << QCoreApplication::translate("LessonChecker", "%1: no such folder\n").arg(dir);
        return 1;
    }
    const QStringList folders = LessonLibrary::lessonFolders(dir);
    int problemCount = 0;
    int lessonCount = 0;
    QHash<QString, QString> ids; // id -> folder, to catch duplicates across the folder
    for (const QString &folder : folders) {
        ++lessonCount;
        Lesson lesson;
        LessonProblems problems;
        const bool ok = LessonReader::read(folder, &lesson, &problems);
        if (ok) {
            if (ids.contains(lesson.id))
                problems.append(
                    {QDir(folder).filePath(QStringLiteral("lesson.json")), 0,
                     QCoreApplication::translate("LessonChecker", "the id \"%1\" is also used by %2")
                         .arg(lesson.id, ids.value(lesson.id))});
            ids.insert(lesson.id, folder);
            if (runner) {
                problems.append(checkLessonRuns(lesson, folder, runner));
            } else {
                // With no runner, the programs that have recorded results are judged by them.
                Lesson recorded = lesson;
                recorded.programs.clear();
                for (const LessonProgram &p : std::as_const(lesson.programs)) {
                    const QFileInfo info(QDir(folder).filePath(p.file));
                    if (QFileInfo::exists(
                            info.dir().filePath(info.completeBaseName() + QStringLiteral(".out"))))
                        recorded.programs.append(p);
                }
                problems.append(checkLessonRuns(recorded, folder, recordedRunner));
            }
        }
        for (const LessonProblem &p : std::as_const(problems))
            out << p.toString() << '\n';
        problemCount += int(problems.size());
    }
    out << QCoreApplication::translate("LessonChecker", "checked %1 lesson(s): %2 problem(s)\n")
               .arg(lessonCount)
               .arg(problemCount);
    return problemCount == 0 ? 0 : 1;
}

int listLessons(const QString &builtInRoot, const QString &userRoot, QTextStream &out,
                const QString &language)
{
    LessonLibrary library;
    library.setLanguage(language);
    library.load(builtInRoot, userRoot);
    for (const Lesson &lesson : library.lessons()) {
        out << QStringLiteral("%1  %2  %3%4\n")
                   .arg(lesson.order, 2)
                   .arg(lesson.id, -18)
                   .arg(lesson.title, lesson.builtIn
                                          ? QString()
                                          : QCoreApplication::translate("LessonChecker", "  (your lesson)"));
    }
    if (!library.problems().isEmpty()) {
        out << QCoreApplication::translate("LessonChecker", "\nLessons that did not load:\n");
        for (const LessonProblem &p : library.problems())
            out << p.toString() << '\n';
    }
    return 0;
}

} // namespace awaitscope
