#pragma once

#include "lessons/lesson.h"

#include <QList>
#include <QString>
#include <QVariantMap>

namespace awaitscope {

// A line of a program marked `# param: NAME` (Python) or `// param: NAME` (C++).
struct ParameterMarker
{
    QString name;
    int line = 0;           // 1-based
    QString value;          // the text the substitution replaces, trimmed
    bool wellFormed = true; // false when the line has no `=` (or, in C++, no `;`) before the marker
};

// Puts a learner's parameter values into a program's text (docs/lesson-format.md). Only the marked
// lines change, so line numbers stay the same and the timeline still points at the right code.
class ParameterSubstitution
{
public:
    static QList<ParameterMarker> findMarkers(const QString &source, ProgramLanguage language);

    // `values` maps parameter names to values; parameters not in it keep their default. Returns the
    // new text, or an empty string with `error` set when a value is not accepted.
    static QString apply(const QString &source, ProgramLanguage language,
                         const QList<LessonParameter> &parameters, const QVariantMap &values, QString *error);

    static ProgramLanguage languageOf(const QString &fileName);

    // True when `source` is program `programId` of `lesson` as its file says, with `values` put in (white
    // space at the ends aside): a run of it is the lesson's own run, which its questions are about.
    static bool isLessonProgram(const Lesson &lesson, const QString &programId, const QString &source,
                                const QVariantMap &values);
};

} // namespace awaitscope
