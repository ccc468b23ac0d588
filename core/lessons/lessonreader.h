#pragma once

#include "lessons/lesson.h"
#include "lessons/lessonproblem.h"

#include <QString>

namespace awaitscope {

// Reads and checks one lesson folder (docs/lesson-format.md). Everything that can be checked without
// running the programs is checked here: keys, types, ranges, references between parts, the files, and
// the parameter markers inside the programs.
class LessonReader
{
public:
    // `folder` is used as given in problem messages. Returns true when `lesson` was filled and no
    // problem was found; problems are appended to `problems` either way.
    static bool read(const QString &folder, Lesson *lesson, LessonProblems *problems);

    static bool isValidId(const QString &id);
};

} // namespace awaitscope
