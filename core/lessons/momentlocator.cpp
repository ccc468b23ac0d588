#include "lessons/momentlocator.h"

#include "trace/trace.h"

namespace awaitscope {

namespace {

bool matchesTaskEvent(const QString &event, const TraceEvent &e)
{
    using K = TraceEvent::Kind;
    const K kind = e.kind;
    if (event == QStringLiteral("task-blocking"))
        return kind == K::Suspended && e.waitKind == TraceEvent::WaitKind::Blocking;
    if (event == QStringLiteral("task-created"))
        return kind == K::TaskCreated;
    if (event == QStringLiteral("task-started"))
        return kind == K::StepStarted;
    if (event == QStringLiteral("task-finished"))
        return kind == K::TaskFinished;
    if (event == QStringLiteral("task-failed"))
        return kind == K::TaskFailed;
    if (event == QStringLiteral("task-cancelled"))
        return kind == K::TaskCancelled;
    if (event == QStringLiteral("task-ended"))
        return kind == K::TaskFinished || kind == K::TaskFailed || kind == K::TaskCancelled;
    if (event == QStringLiteral("cancel-requested"))
        return kind == K::CancelRequested;
    return false;
}

} // namespace

std::optional<std::uint64_t> MomentLocator::find(const Trace &trace, const LessonMoment &moment)
{
    const std::vector<TraceEvent> &events = trace.events();
    if (events.empty())
        return std::nullopt;
    switch (moment.kind) {
    case LessonMoment::Kind::Start:
        return events.front().seq;
    case LessonMoment::Kind::End:
        return events.back().seq;
    case LessonMoment::Kind::Time:
        for (const TraceEvent &e : events) {
            if (e.time >= moment.time - 1e-9)
                return e.seq;
        }
        return std::nullopt;
    case LessonMoment::Kind::Output:
        for (const TraceEvent &e : events) {
            if (e.kind == TraceEvent::Kind::Output && e.text.contains(moment.text))
                return e.seq;
        }
        return std::nullopt;
    case LessonMoment::Kind::Task: {
        QList<int> ids; // names are not unique in principle: any task of that name will do
        for (const TraceTask &t : trace.tasks()) {
            if (t.name == moment.task)
                ids.append(t.id);
        }
        for (const TraceEvent &e : events) {
            if (ids.contains(e.task) && matchesTaskEvent(moment.event, e))
                return e.seq;
        }
        return std::nullopt;
    }
    }
    return std::nullopt;
}

int MomentLocator::sectionAt(const Trace &trace, const QList<LessonSection> &sections, const QString &program,
                             std::uint64_t seq)
{
    if (trace.events().empty())
        return -1;
    const std::uint64_t end = trace.events().back().seq;
    int best = -1;
    std::uint64_t bestSeq = 0;
    int first = -1;
    for (int i = 0; i < sections.size(); ++i) {
        if (sections.at(i).program != program)
            continue;
        if (first < 0)
            first = i;
        const std::uint64_t at = find(trace, sections.at(i).at).value_or(end);
        if (at <= seq && (best < 0 || at >= bestSeq)) {
            best = i;
            bestSeq = at;
        }
    }
    return best >= 0 ? best : first;
}

} // namespace awaitscope
