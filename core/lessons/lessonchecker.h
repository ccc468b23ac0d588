#pragma once

#include "lessons/lesson.h"
#include "lessons/lessonproblem.h"
#include "lessons/runoutcome.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace awaitscope {

// Runs one program (with its parameters at their defaults) and reports what happened. Returns false
// with `error` set when the program could not be run at all.
using LessonProgramRunner =
    std::function<bool(const QString &programPath, RunOutcome *outcome, QString *error)>;

// Checks what only a run can show: the program exits cleanly, every question's answer can be
// computed and (for a choice) matches exactly one option, every section's moment happens.
LessonProblems checkLessonRuns(const Lesson &lesson, const QString &folder,
                               const LessonProgramRunner &runner);

// `awaitscope lessons --check DIR`: DIR is one lesson or a folder of lessons. Prints every problem as
// `FILE:LINE: message` and a summary; returns 0 when there is none, 1 otherwise. Without a runner,
// programs are judged by their recorded results (NAME.out, NAME.outcome.json) when they exist.
int checkLessons(const QString &dir, QTextStream &out, const LessonProgramRunner &runner = {});

// `awaitscope lessons`: one line per lesson (order, id, title, where it comes from), then the
// problems of the lessons that did not load; titles in `language` where translated. Returns 0.
int listLessons(const QString &builtInRoot, const QString &userRoot, QTextStream &out,
                const QString &language = QString());

} // namespace awaitscope
