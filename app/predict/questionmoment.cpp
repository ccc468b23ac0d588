#include "predict/questionmoment.h"

#include "trace/trace.h"

#include <QRegularExpression>

#include <algorithm>

namespace awaitscope {

namespace {

using Kind = TraceEvent::Kind;

bool isEnd(Kind kind)
{
    return kind == Kind::TaskFinished || kind == Kind::TaskFailed || kind == Kind::TaskCancelled;
}

QList<int> taskIds(const Trace &trace, const QStringList &names)
{
    QList<int> ids;
    for (const TraceTask &t : trace.tasks()) {
        // asyncio.run's own task is not one of the program's tasks (RunOutcome leaves it out too).
        const bool wanted = names.isEmpty() ? t.origin != QStringLiteral("run") : names.contains(t.name);
        if (wanted)
            ids.append(t.id);
    }
    return ids;
}

std::int64_t firstEvent(const Trace &trace, const QList<int> &ids, bool (*kindMatches)(Kind))
{
    const std::vector<TraceEvent> &events = trace.events();
    for (size_t i = 0; i < events.size(); ++i) {
        if (ids.contains(events[i].task) && kindMatches(events[i].kind))
            return std::int64_t(i);
    }
    return -1;
}

bool isCreated(Kind kind)
{
    return kind == Kind::TaskCreated;
}

// The output event holding the `occurrence`-th line that matches (1 = first, -1 = last).
std::int64_t outputLine(const Trace &trace, const QRegularExpression &re, int occurrence)
{
    const std::vector<TraceEvent> &events = trace.events();
    std::int64_t found = -1;
    int seen = 0;
    for (size_t i = 0; i < events.size(); ++i) {
        if (events[i].kind != Kind::Output)
            continue;
        const QStringList lines = events[i].text.split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (!line.isEmpty() && re.match(line).hasMatch()) {
                ++seen;
                found = std::int64_t(i);
                if (occurrence > 0 && seen == occurrence)
                    return found;
            }
        }
    }
    return occurrence < 0 ? found : -1;
}

std::int64_t revealEvent(const Trace &trace, const LessonAnswerSource &a)
{
    const QString &from = a.from;
    if (from == QStringLiteral("output"))
        return outputLine(trace, QRegularExpression(a.match), a.occurrence);
    if (from == QStringLiteral("output_contains"))
        return outputLine(trace, QRegularExpression(QRegularExpression::escape(a.text)), 1);
    if (from == QStringLiteral("task_state") || from == QStringLiteral("task_end_time"))
        return firstEvent(trace, taskIds(trace, {a.task}), isEnd);
    if (from == QStringLiteral("first_ended"))
        return firstEvent(trace, taskIds(trace, a.tasks), isEnd);
    if (from == QStringLiteral("overlap") && a.tasks.size() == 2) {
        // Known once the later task exists (then both are alive: yes) or the earlier one ended first (no).
        const QList<int> first = taskIds(trace, {a.tasks[0]});
        const QList<int> second = taskIds(trace, {a.tasks[1]});
        const std::int64_t c0 = firstEvent(trace, first, isCreated);
        const std::int64_t c1 = firstEvent(trace, second, isCreated);
        if (c0 < 0 || c1 < 0)
            return -1;
        const bool firstIsEarlier = c0 <= c1;
        const std::int64_t laterCreated = std::max(c0, c1);
        const std::int64_t earlierEnded = firstEvent(trace, firstIsEarlier ? first : second, isEnd);
        return earlierEnded >= 0 ? std::min(laterCreated, earlierEnded) : laterCreated;
    }
    return -1; // total_time, exit_status, output_count: the whole run
}

} // namespace

QuestionMoment QuestionMoment::locate(const Trace &trace, const LessonQuestion &question)
{
    QuestionMoment m;
    const std::vector<TraceEvent> &events = trace.events();
    if (events.empty())
        return m;
    const std::int64_t last = std::int64_t(events.size()) - 1;
    const std::int64_t reveal = revealEvent(trace, question.answer);
    if (reveal < 0) {
        m.wholeRun = true;
        m.reveal = last;
        m.stop = -1;
        return m;
    }
    m.reveal = reveal;
    const double at = events[size_t(reveal)].time;
    m.stop = reveal - 1;
    // Step back to an earlier clock reading, so that the drawn run ends before the answer's instant.
    while (m.stop >= 0 && events[size_t(m.stop)].time >= at - 1e-9)
        --m.stop;
    if (m.stop < 0)
        m.stop = reveal - 1;
    return m;
}

} // namespace awaitscope
