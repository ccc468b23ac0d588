#pragma once

#include <QList>
#include <QString>

namespace awaitscope {

// One thing wrong with a lesson, located like a compiler error so editors can jump to it.
struct LessonProblem
{
    QString file; // path of the file as given to the loader
    int line = 0; // 1-based; 0 when the file itself is the problem (missing, unreadable)
    QString message;

    QString toString() const
    {
        return line > 0 ? QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message)
                        : QStringLiteral("%1: %2").arg(file, message);
    }
};

using LessonProblems = QList<LessonProblem>;

} // namespace awaitscope
