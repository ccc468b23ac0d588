#include "lessons/answerevaluator.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace awaitscope {

namespace {

ComputedAnswer failure(const QString &error)
{
    ComputedAnswer a;
    a.error = error;
    return a;
}

ComputedAnswer textAnswer(const QString &text)
{
    ComputedAnswer a;
    a.ok = true;
    a.text = text;
    bool isNumber = false;
    const double number = text.trimmed().toDouble(&isNumber);
    a.isNumber = isNumber && std::isfinite(number);
    a.number = a.isNumber ? number : 0.0;
    return a;
}

ComputedAnswer numberAnswer(double value)
{
    if (!std::isfinite(value))
        return failure(QCoreApplication::translate("AnswerEvaluator", "the run does not record this time"));
    ComputedAnswer a;
    a.ok = true;
    a.isNumber = true;
    a.number = std::round(value * 1e6) / 1e6; // the same rounding as the text: float noise is not an answer
    a.text = AnswerEvaluator::numberText(value);
    return a;
}

ComputedAnswer fromOutput(const LessonAnswerSource &source, const RunOutcome &outcome)
{
    const QRegularExpression re(source.match);
    if (!re.isValid())
        return failure(QCoreApplication::translate("AnswerEvaluator", "bad regular expression: %1")
                           .arg(re.errorString()));
    const int group = source.group >= 0 ? source.group : (re.captureCount() > 0 ? 1 : 0);
    if (group > re.captureCount())
        return failure(
            QCoreApplication::translate("AnswerEvaluator", "the expression has no group %1").arg(group));
    QList<QRegularExpressionMatch> matches;
    for (const QString &line : outcome.stdoutLines) {
        QRegularExpressionMatch m = re.match(line);
        if (m.hasMatch())
            matches.append(m);
    }
    const qsizetype index =
        source.occurrence > 0 ? source.occurrence - 1 : matches.size() + source.occurrence;
    if (index < 0 || index >= matches.size()) {
        return failure(
            matches.isEmpty()
                ? QCoreApplication::translate("AnswerEvaluator", "no printed line matches /%1/")
                      .arg(source.match)
                : QCoreApplication::translate("AnswerEvaluator", "only %1 printed line(s) match /%2/")
                      .arg(matches.size())
                      .arg(source.match));
    }
    return textAnswer(matches.at(index).captured(group));
}

} // namespace

QString AnswerEvaluator::numberText(double value)
{
    // Shortest text that reads back as the same number; times are rounded to the microsecond first
    // so that float noise (2.9999999999) does not show.
    const double rounded = std::round(value * 1e6) / 1e6;
    for (int precision = 1; precision <= 17; ++precision) {
        const QString candidate = QString::number(rounded, 'g', precision);
        if (candidate.toDouble() == rounded)
            return candidate;
    }
    return QString::number(rounded, 'g', 17);
}

ComputedAnswer AnswerEvaluator::compute(const LessonAnswerSource &source, const RunOutcome &outcome)
{
    const QString &from = source.from;
    if (from == QStringLiteral("total_time"))
        return numberAnswer(outcome.totalTime);
    if (from == QStringLiteral("exit_status"))
        return numberAnswer(outcome.exitStatus);
    if (from == QStringLiteral("output"))
        return fromOutput(source, outcome);
    if (from == QStringLiteral("output_count")) {
        const QRegularExpression re(source.match);
        if (!re.isValid())
            return failure(QCoreApplication::translate("AnswerEvaluator", "bad regular expression: %1")
                               .arg(re.errorString()));
        int count = 0;
        for (const QString &line : outcome.stdoutLines)
            count += re.match(line).hasMatch() ? 1 : 0;
        return numberAnswer(count);
    }
    if (from == QStringLiteral("output_contains")) {
        for (const QString &line : outcome.stdoutLines) {
            if (line.contains(source.text))
                return textAnswer(QStringLiteral("yes"));
        }
        return textAnswer(QStringLiteral("no"));
    }
    if (from == QStringLiteral("task_state") || from == QStringLiteral("task_end_time")) {
        const RunOutcome::Task *task = outcome.task(source.task);
        if (!task)
            return failure(QCoreApplication::translate("AnswerEvaluator", "the run has no task named \"%1\"")
                               .arg(source.task));
        if (from == QStringLiteral("task_state"))
            return textAnswer(task->state);
        if (std::isnan(task->endedAt))
            return failure(
                QCoreApplication::translate("AnswerEvaluator", "task \"%1\" did not end during the run")
                    .arg(source.task));
        return numberAnswer(task->endedAt);
    }
    if (from == QStringLiteral("first_ended")) {
        const RunOutcome::Task *first = nullptr;
        for (const RunOutcome::Task &t : outcome.tasks) {
            if (!source.tasks.isEmpty() && !source.tasks.contains(t.name))
                continue;
            if (std::isnan(t.endedAt))
                continue;
            if (!first || t.endedAt < first->endedAt)
                first = &t;
        }
        if (!first)
            return failure(QCoreApplication::translate("AnswerEvaluator", "no task ended during the run"));
        return textAnswer(first->name);
    }
    if (from == QStringLiteral("overlap")) {
        if (source.tasks.size() != 2)
            return failure(QCoreApplication::translate("AnswerEvaluator", "overlap needs exactly two tasks"));
        const RunOutcome::Task *a = outcome.task(source.tasks.at(0));
        const RunOutcome::Task *b = outcome.task(source.tasks.at(1));
        if (!a || !b)
            return failure(QCoreApplication::translate("AnswerEvaluator", "the run has no task named \"%1\"")
                               .arg(a ? source.tasks.at(1) : source.tasks.at(0)));
        if (std::isnan(a->createdAt) || std::isnan(b->createdAt))
            return failure(QCoreApplication::translate(
                "AnswerEvaluator", "the run does not record when the tasks were created"));
        const double inf = std::numeric_limits<double>::infinity();
        const double aEnd = std::isnan(a->endedAt) ? inf : a->endedAt;
        const double bEnd = std::isnan(b->endedAt) ? inf : b->endedAt;
        const bool overlap = a->createdAt < bEnd && b->createdAt < aEnd;
        return textAnswer(overlap ? QStringLiteral("yes") : QStringLiteral("no"));
    }
    return failure(QCoreApplication::translate("AnswerEvaluator", "unknown answer source \"%1\"").arg(from));
}

int AnswerEvaluator::correctOption(const LessonQuestion &question, const RunOutcome &outcome, QString *error)
{
    const ComputedAnswer answer = compute(question.answer, outcome);
    if (!answer.ok) {
        if (error)
            *error = answer.error;
        return -1;
    }
    int found = -1;
    for (int i = 0; i < question.options.size(); ++i) {
        const QString &value = question.options.at(i).value;
        bool same = value == answer.text;
        bool isNumber = false;
        const double number = value.toDouble(&isNumber);
        same = same || (isNumber && answer.isNumber && number == answer.number);
        if (!same)
            continue;
        if (found >= 0) {
            if (error)
                *error = QCoreApplication::translate("AnswerEvaluator",
                                                     "the answer \"%1\" matches more than one option")
                             .arg(answer.text);
            return -1;
        }
        found = i;
    }
    if (found < 0 && error)
        *error =
            QCoreApplication::translate("AnswerEvaluator", "the answer \"%1\" matches none of the options")
                .arg(answer.text);
    return found;
}

bool AnswerEvaluator::isCorrect(const LessonQuestion &question, const RunOutcome &outcome,
                                const QString &response)
{
    if (question.kind == LessonQuestion::Kind::Choice) {
        const int index = correctOption(question, outcome, nullptr);
        return index >= 0 && question.options.at(index).value == response;
    }
    const ComputedAnswer answer = compute(question.answer, outcome);
    bool ok = false;
    const double given = response.trimmed().toDouble(&ok);
    return answer.ok && answer.isNumber && ok && std::abs(given - answer.number) <= question.tolerance + 1e-9;
}

} // namespace awaitscope
