#pragma once

#include "lessons/lesson.h"

#include <QStringList>

#include <optional>

namespace awaitscope {

// A choice question whose options are Python lists of task names that differ as sets (wait's `done`, the
// tasks still running) is asked as "tick the tasks" rather than "pick a line": the learner builds the set.
// A question whose options are the same names in different orders (gather's results) stays a choice.
class TaskSetAnswer
{
public:
    // "['api_b', 'api_c']" -> {api_b, api_c}; nothing when the text is not such a list.
    static std::optional<QStringList> parse(const QString &text);
    static bool isSetQuestion(const LessonQuestion &question);
    // Every name that appears in an option, in order of first appearance.
    static QStringList names(const LessonQuestion &question);
    // The value of the option holding exactly `ticked` (in any order); a list written like the options
    // when none does, so it is graded (and recorded) as a wrong answer.
    static QString response(const LessonQuestion &question, const QStringList &ticked);
};

} // namespace awaitscope
