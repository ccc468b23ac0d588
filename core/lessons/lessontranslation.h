#pragma once

#include "lessons/lesson.h"
#include "lessons/lessonproblem.h"

#include <QString>
#include <QStringList>

namespace awaitscope {

// A lesson's text in another language: `lesson.LANG.json` beside `lesson.json`, holding only the
// translatable strings, found by ids (docs/lesson-format.md, "Translations").
class LessonTranslation
{
public:
    // Reports every problem of one translation file against the lesson it translates.
    static void check(const QString &file, const Lesson &lesson, LessonProblems *problems);

    // The lesson with the strings of `lesson.LANG.json` put in; what the file lacks stays English.
    // A file with problems is not used at all (the lesson stays English).
    static Lesson translated(const Lesson &lesson, const QString &language);

    // The languages that have a translation file in the lesson's folder.
    static QStringList languages(const Lesson &lesson);
};

} // namespace awaitscope
