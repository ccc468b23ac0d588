#pragma once

#include "lessons/lesson.h"
#include "lessons/runoutcome.h"

#include <QString>

namespace awaitscope {

// A question's answer, computed from a run.
struct ComputedAnswer
{
    bool ok = false;
    QString error; // why it could not be computed
    QString text;  // the answer as text (numbers in their shortest form: 3, 2.5)
    bool isNumber = false;
    double number = 0.0;
};

// Computes answers from runs and grades a learner's response (docs/lesson-format.md, "questions").
class AnswerEvaluator
{
public:
    static ComputedAnswer compute(const LessonAnswerSource &source, const RunOutcome &outcome);

    // The index of the option that the run makes correct, or -1 with `error` set (no option, or more
    // than one, matches the computed answer).
    static int correctOption(const LessonQuestion &question, const RunOutcome &outcome, QString *error);

    // Whether `response` (a number typed by the learner, or an option's value) is right for this run.
    static bool isCorrect(const LessonQuestion &question, const RunOutcome &outcome, const QString &response);

    static QString numberText(double value);
};

} // namespace awaitscope
