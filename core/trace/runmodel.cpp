#include "trace/runmodel.h"

#include <QJsonArray>

#include <algorithm>
#include <initializer_list>

namespace awaitscope {

namespace {

using Kind = TraceEvent::Kind;

const QString kId = QStringLiteral("id");

// Combinators and timers carry their own id in data.id; without one, `other` holds it.
int objectId(const TraceEvent &e)
{
    const QJsonValue id = e.data.value(kId);
    return id.isDouble() ? id.toInt() : e.other;
}

std::vector<int> intArray(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    std::vector<int> out;
    for (const char *key : keys) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isArray())
            continue;
        const QJsonArray a = v.toArray();
        for (const QJsonValue &item : a) {
            // Either a plain task id or an object with a "task" member.
            if (item.isDouble())
                out.push_back(item.toInt());
            else if (item.isObject())
                out.push_back(item.toObject().value(QStringLiteral("task")).toInt(-1));
        }
        break;
    }
    return out;
}

} // namespace

QString taskStatusName(TaskStatus state)
{
    switch (state) {
    case TaskStatus::NotCreated:
        return QCoreApplication::translate("TaskStatus", "not created");
    case TaskStatus::Ready:
        return QCoreApplication::translate("TaskStatus", "ready");
    case TaskStatus::Running:
        return QCoreApplication::translate("TaskStatus", "running");
    case TaskStatus::Blocking:
        return QCoreApplication::translate("TaskStatus", "blocking the loop");
    case TaskStatus::InThread:
        return QCoreApplication::translate("TaskStatus", "in a worker thread");
    case TaskStatus::Suspended:
        return QCoreApplication::translate("TaskStatus", "suspended");
    case TaskStatus::Done:
        return QCoreApplication::translate("TaskStatus", "done");
    case TaskStatus::Failed:
        return QCoreApplication::translate("TaskStatus", "failed");
    case TaskStatus::Cancelled:
        return QCoreApplication::translate("TaskStatus", "cancelled");
    }
    return {};
}

QString httpPhaseName(HttpRequestRecord::Phase phase)
{
    switch (phase) {
    case HttpRequestRecord::Phase::Queued:
        return QCoreApplication::translate("HttpPhase", "queued");
    case HttpRequestRecord::Phase::Connecting:
        return QCoreApplication::translate("HttpPhase", "connecting");
    case HttpRequestRecord::Phase::Waiting:
        return QCoreApplication::translate("HttpPhase", "waiting");
    case HttpRequestRecord::Phase::Receiving:
        return QCoreApplication::translate("HttpPhase", "receiving");
    }
    return {};
}

bool isFinalStatus(TaskStatus state)
{
    return state == TaskStatus::Done || state == TaskStatus::Failed || state == TaskStatus::Cancelled;
}

QString RunModel::taskName(int task) const
{
    const int lane = laneOfTask(task);
    if (lane >= 0)
        return m_lanes[size_t(lane)].name;
    return task >= 0 ? QStringLiteral("Task-%1").arg(task) : tr("the loop");
}

int RunModel::ensureLane(int task, const TraceEvent *created)
{
    const auto it = m_laneOfTask.constFind(task);
    if (it != m_laneOfTask.cend())
        return *it;
    TaskLane lane;
    lane.task = task;
    if (const TraceTask *t = m_trace.task(task)) {
        lane.name = t->name;
        lane.coroutine = t->coroutine;
        lane.origin = t->origin;
        lane.inThread = isWorkerThreadOrigin(t->origin);
        lane.parent = t->parent;
        lane.createdLine = t->createdLine;
    }
    if (lane.name.isEmpty())
        lane.name = QStringLiteral("Task-%1").arg(task);
    if (created) {
        lane.created = created->time;
        if (created->kind == Kind::TaskCreated) {
            if (created->other >= 0)
                lane.parent = created->other;
            if (created->line > 0 && lane.createdLine == 0)
                lane.createdLine = created->line;
        }
    }
    lane.parentLane = laneOfTask(lane.parent);
    const int index = int(m_lanes.size());
    m_lanes.push_back(std::move(lane));
    m_laneOfTask.insert(task, index);
    return index;
}

void RunModel::closeSpan(int lane, double time, EventIndex index)
{
    auto &spans = m_lanes[size_t(lane)].spans;
    if (!spans.empty() && spans.back().endEvent < 0) {
        spans.back().end = time;
        spans.back().endEvent = index;
    }
}

void RunModel::openSpan(int lane, const TraceEvent &e, EventIndex index, TaskStatus state)
{
    closeSpan(lane, e.time, index);
    auto &spans = m_lanes[size_t(lane)].spans;
    const TaskStatus from = spans.empty() ? TaskStatus::NotCreated : spans.back().state;
    if (from != state)
        m_changes.push_back({e.time, index, lane, from, state});
    TaskSpan span;
    span.start = e.time;
    span.end = e.time;
    span.startEvent = index;
    span.endEvent = -1; // open
    span.state = state;
    if (state == TaskStatus::Suspended) {
        span.waitKind = e.waitKind;
        span.other = e.other;
    }
    spans.push_back(span);
}

void RunModel::reset()
{
    m_lanes.clear();
    m_laneOfTask.clear();
    m_changes.clear();
    m_kinds = LaneKinds();
    m_renamed = false;
    m_arrows.clear();
    m_markers.clear();
    m_combinators.clear();
    m_combinatorIndex.clear();
    m_timers.clear();
    m_timerIndex.clear();
    m_openCombinatorOfTask.clear();
    m_awaitingResume.clear();
    m_http.clear();
    m_httpIndex.clear();
    m_passes.clear();
    m_output.clear();
    m_outputEnds.clear();
    m_eventTimes.clear();
    m_seenCreated.clear();
    m_hasBlocking = false;
    m_hasThreads = false;
    m_hasTimerTies = false;
}

void RunModel::setTrace(const Trace &trace)
{
    setTrace(Trace(trace));
}

void RunModel::setTrace(Trace &&trace)
{
    m_trace = std::move(trace);
    reset();
    const auto &events = m_trace.events();
    m_start = events.empty() ? 0.0 : events.front().time;
    m_end = std::max(m_trace.endTime, events.empty() ? m_start : events.back().time);
    process(0);
    finish();
}

void RunModel::appendPiece(Trace::Piece piece)
{
    const size_t from = m_trace.events().size();
    reopen(EventIndex(from));
    m_trace.appendPiece(std::move(piece));
    const auto &events = m_trace.events();
    if (from == 0)
        m_start = events.empty() ? 0.0 : events.front().time;
    m_end = std::max(m_trace.endTime, events.empty() ? m_start : events.back().time);
    process(from);
    finish();
}

void RunModel::setEndTime(double endTime)
{
    const EventIndex count = eventCount();
    reopen(count);
    m_trace.endTime = endTime;
    m_end = std::max(endTime, m_eventTimes.empty() ? m_start : m_eventTimes.back());
    finish();
}

void RunModel::reopen(EventIndex count)
{
    // finish() closed the spans still open at the end with endEvent == count: they go on.
    for (TaskLane &l : m_lanes)
        if (!l.spans.empty() && l.spans.back().endEvent == count)
            l.spans.back().endEvent = -1;
}

void RunModel::process(size_t from)
{
    const auto &events = m_trace.events();
    m_eventTimes.reserve(events.size());
    // Known tasks get lanes in the order the trace lists them, so lanes keep their places across runs.
    for (const TraceTask &t : m_trace.tasks()) {
        const int lane = ensureLane(t.id, nullptr);
        // A task's name may be set after it was created (a live run tells it later).
        if (!t.name.isEmpty() && m_lanes[size_t(lane)].name != t.name) {
            m_lanes[size_t(lane)].name = t.name;
            m_renamed = true;
        }
    }
    if (m_seenCreated.size() < m_lanes.size())
        m_seenCreated.resize(m_lanes.size(), false);
    std::vector<bool> &seenCreated = m_seenCreated;

    for (size_t i = from; i < events.size(); ++i) {
        const TraceEvent &e = events[i];
        const EventIndex index = EventIndex(i);
        m_eventTimes.push_back(e.time);
        int lane = -1;
        if (e.task >= 0 && e.kind != Kind::CombinatorEntered && e.kind != Kind::CombinatorReturned &&
            e.kind != Kind::CombinatorYielded && e.kind != Kind::TimerScheduled &&
            e.kind != Kind::TimerFired && e.kind != Kind::LoopPass) {
            lane = ensureLane(e.task, &e);
            if (size_t(lane) >= seenCreated.size())
                seenCreated.resize(size_t(lane) + 1, false);
            TaskLane &l = m_lanes[size_t(lane)];
            if (!seenCreated[size_t(lane)]) {
                // The first event of a task tells when it came to exist, even without a TaskCreated.
                seenCreated[size_t(lane)] = true;
                l.created = e.time;
                l.createdEvent = index;
            }
            if (e.line > 0 && (l.lines.empty() || l.lines.back().second != e.line))
                l.lines.emplace_back(index, e.line);
        }

        const bool aboutTask = e.kind == Kind::TaskCreated || e.kind == Kind::StepStarted ||
                               e.kind == Kind::Suspended || e.kind == Kind::Woken ||
                               e.kind == Kind::TaskFinished || e.kind == Kind::TaskFailed ||
                               e.kind == Kind::TaskCancelled || e.kind == Kind::CancelRequested;
        if (aboutTask && lane < 0)
            continue; // a task event without a task: nothing to draw it on

        switch (e.kind) {
        case Kind::TaskCreated: {
            TaskLane &l = m_lanes[size_t(lane)];
            if (e.other >= 0)
                l.parent = e.other;
            l.parentLane = laneOfTask(l.parent);
            if (l.createdLine == 0 && e.line > 0)
                l.createdLine = e.line;
            if (l.inThread) {
                // A job handed to the executor waits for a free worker thread (it gets one at once when one
                // is free: then its work starts at this same moment).
                openSpan(lane, e, index, TaskStatus::Suspended);
                m_hasThreads = true;
            } else {
                openSpan(lane, e, index, TaskStatus::Ready);
            }
            m_markers.push_back({RunMarker::Kind::Created, e.time, index, lane, 0});
            break;
        }
        case Kind::StepStarted: {
            openSpan(lane, e, index,
                     m_lanes[size_t(lane)].inThread ? TaskStatus::InThread : TaskStatus::Running);
            // Control is back in a task that a combinator returned to (or raised into).
            const auto waiting = m_awaitingResume.find(e.task);
            if (waiting != m_awaitingResume.end()) {
                for (int c : *waiting) {
                    m_combinators[size_t(c)].resumedEvent = index;
                    m_combinators[size_t(c)].resumed = e.time;
                }
                m_awaitingResume.erase(waiting);
            }
            break;
        }
        case Kind::Suspended: {
            if (m_lanes[size_t(lane)].inThread) {
                // A blocking call in a worker thread blocks that thread only: the loop runs on.
                openSpan(lane, e, index, TaskStatus::InThread);
                const double seconds = e.data.value(QStringLiteral("seconds")).toDouble(-1.0);
                m_lanes[size_t(lane)].spans.back().until = seconds >= 0 ? e.time + seconds : -1.0;
                break;
            }
            if (e.waitKind == TraceEvent::WaitKind::Blocking) {
                // A blocking call: the task keeps the loop to itself until the step after it.
                openSpan(lane, e, index, TaskStatus::Blocking);
                m_hasBlocking = true;
                break;
            }
            openSpan(lane, e, index, TaskStatus::Suspended);
            if (e.waitKind == TraceEvent::WaitKind::Timer)
                m_lanes[size_t(lane)].spans.back().until =
                    e.data.value(QStringLiteral("until")).toDouble(-1.0);
            // wait() and as_completed() park their caller on an inner future; the picture says what that
            // future stands for: the combinator the task entered and is still inside.
            TaskSpan &span = m_lanes[size_t(lane)].spans.back();
            span.waitFor = e.text;
            const auto open = m_openCombinatorOfTask.constFind(e.task);
            if (m_combinatorIndex.contains(e.other)) {
                span.waitKind = TraceEvent::WaitKind::Combinator; // the combinator's own future
            } else if (open != m_openCombinatorOfTask.cend() && laneOfTask(e.other) < 0 &&
                       e.waitKind != TraceEvent::WaitKind::Timer &&
                       e.waitKind != TraceEvent::WaitKind::Yield) {
                span.waitKind = TraceEvent::WaitKind::Combinator;
                span.other = *open;
            }
            break;
        }
        case Kind::Woken: {
            const auto &spans = m_lanes[size_t(lane)].spans;
            const bool suspended = !spans.empty() && spans.back().state == TaskStatus::Suspended;
            const TraceEvent::WaitKind on = suspended ? spans.back().waitKind : e.waitKind;
            const int waitedOn = suspended ? spans.back().other : e.other;
            int fromLane = -1;
            if (on == TraceEvent::WaitKind::Combinator) {
                // A combinator wakes its caller when its last awaited child ended: point from that child.
                const auto c = m_combinatorIndex.constFind(waitedOn);
                if (c != m_combinatorIndex.cend()) {
                    EventIndex latest = -1;
                    for (int child : m_combinators[size_t(*c)].children) {
                        const int cl = laneOfTask(child);
                        if (cl >= 0 && m_lanes[size_t(cl)].finalEvent > latest) {
                            latest = m_lanes[size_t(cl)].finalEvent;
                            fromLane = cl;
                        }
                    }
                }
            } else if (on != TraceEvent::WaitKind::Timer && on != TraceEvent::WaitKind::Yield) {
                fromLane = laneOfTask(e.other);
            }
            if (fromLane >= 0 && fromLane != lane)
                m_arrows.push_back({RunArrow::Kind::Wake, e.time, index, fromLane, lane});
            openSpan(lane, e, index, TaskStatus::Ready);
            break;
        }
        case Kind::TaskFinished:
        case Kind::TaskFailed:
        case Kind::TaskCancelled: {
            const TaskStatus state = e.kind == Kind::TaskFinished ? TaskStatus::Done
                                     : e.kind == Kind::TaskFailed ? TaskStatus::Failed
                                                                  : TaskStatus::Cancelled;
            openSpan(lane, e, index, state);
            TaskLane &l = m_lanes[size_t(lane)];
            l.finalState = state;
            l.finalEvent = index;
            l.finished = e.time;
            l.resultText = e.text;
            break;
        }
        case Kind::CancelRequested: {
            const int from = laneOfTask(e.other);
            if (from >= 0 && from != lane)
                m_arrows.push_back({RunArrow::Kind::Cancel, e.time, index, from, lane});
            m_markers.push_back({RunMarker::Kind::CancelRequested, e.time, index, lane, 0});
            break;
        }
        case Kind::Output:
        case Kind::Input: // a terminal shows the line typed after the prompt
            m_output += e.text;
            m_outputEnds.emplace_back(index, m_output.size());
            if (lane >= 0)
                m_markers.push_back({RunMarker::Kind::Output, e.time, index, lane, 0});
            break;
        case Kind::CombinatorEntered:
        case Kind::CombinatorReturned:
        case Kind::CombinatorYielded:
            buildCombinators(e, index);
            break;
        case Kind::TimerScheduled: {
            TimerRecord t;
            t.id = objectId(e);
            t.task = e.task;
            t.when = e.data.value(QStringLiteral("when")).toDouble(e.time);
            t.scheduled = index;
            m_timerIndex.insert(t.id, int(m_timers.size()));
            m_timers.push_back(t);
            break;
        }
        case Kind::TimerFired: {
            const auto t = m_timerIndex.constFind(objectId(e));
            if (t != m_timerIndex.cend() && m_timers[size_t(*t)].fired < 0)
                m_timers[size_t(*t)].fired = index;
            break;
        }
        case Kind::LoopPass: {
            LoopPass pass{index,
                          e.data.value(QStringLiteral("ready")).toInt(),
                          e.data.value(QStringLiteral("timers")).toInt(-1),
                          {}};
            const QJsonArray deferred = e.data.value(QStringLiteral("deferred")).toArray();
            for (const QJsonValue id : deferred)
                pass.deferred.push_back(id.toInt());
            for (const int task : tasksOfTimers(deferred)) {
                const int timerLane = laneOfTask(task);
                if (timerLane >= 0) {
                    m_markers.push_back({RunMarker::Kind::TimerTie, e.time, index, timerLane, 0});
                    m_hasTimerTies = true;
                }
            }
            m_passes.push_back(std::move(pass));
            break;
        }
        case Kind::Http:
            buildHttp(e, index, lane);
            break;
        case Kind::Note:
            break;
        }
    }
}

void RunModel::finish()
{
    // Spans still open at the end (a task suspended forever, or done) reach the end of the run.
    const EventIndex count = eventCount();
    for (TaskLane &l : m_lanes) {
        for (TaskSpan &s : l.spans) {
            if (s.endEvent < 0) {
                s.end = m_end;
                s.endEvent = count;
            }
        }
        l.parentLane = laneOfTask(l.parent);
    }
    for (HttpRequestRecord &r : m_http) {
        if (r.outcome.isEmpty() && !r.segments.empty()) {
            r.segments.back().end = m_end; // still running when the trace ends
            r.end = m_end;
        }
    }
    for (CombinatorCall &c : m_combinators) {
        c.callerLane = laneOfTask(c.caller);
        // as_completed has no return of its own: it is over once every input was handed out.
        if (c.returnedEvent < 0 && !c.yields.empty() && c.yields.size() >= c.children.size()) {
            c.returnedEvent = c.yields.back().event;
            c.returned = c.yields.back().time;
            c.outcome = CombinatorOutcome::Returned;
        }
    }
    // Arrows and markers were appended in event order, which is time order.
    m_kinds.update(m_lanes, m_changes, m_renamed);
    m_renamed = false;
}

void RunModel::buildCombinators(const TraceEvent &e, EventIndex index)
{
    const int id = objectId(e);
    if (e.kind == Kind::CombinatorEntered) {
        CombinatorCall c;
        c.id = id;
        c.kind = e.text.isEmpty() ? e.data.value(QStringLiteral("kind")).toString() : e.text;
        c.kindId = c.kind == QLatin1String("gather")         ? CombinatorKind::Gather
                   : c.kind == QLatin1String("wait")         ? CombinatorKind::Wait
                   : c.kind == QLatin1String("as_completed") ? CombinatorKind::AsCompleted
                                                             : CombinatorKind::Other;
        c.caller = e.task;
        c.line = e.line;
        c.enteredEvent = index;
        c.entered = e.time;
        c.inputs = e.data;
        c.children = intArray(e.data, {"tasks", "children", "inputs"});
        // The deadline comes as a duration ("timeout") or as a clock time ("deadline").
        const QJsonValue timeout = e.data.value(QStringLiteral("timeout"));
        const QJsonValue deadline = e.data.value(QStringLiteral("deadline"));
        if (timeout.isDouble())
            c.timeout = timeout.toDouble();
        else if (deadline.isDouble())
            c.timeout = std::max(0.0, deadline.toDouble() - e.time);
        c.returnWhen = e.data.value(QStringLiteral("return_when")).toString();
        c.returnExceptions = e.data.value(QStringLiteral("return_exceptions")).toBool();
        m_combinatorIndex.insert(id, int(m_combinators.size()));
        if (c.caller >= 0)
            m_openCombinatorOfTask.insert(c.caller, id);
        m_combinators.push_back(std::move(c));
        return;
    }
    const auto it = m_combinatorIndex.constFind(id);
    if (it == m_combinatorIndex.cend())
        return; // an exit without an entry: nothing to attach it to
    CombinatorCall &c = m_combinators[size_t(*it)];
    if (e.kind == Kind::CombinatorReturned) {
        c.returnedEvent = index;
        c.returned = e.time;
        c.outputs = e.data;
        c.exception = e.data.value(QStringLiteral("exception")).toString();
        c.outcome = c.exception.isEmpty()                                     ? CombinatorOutcome::Returned
                    : c.exception.startsWith(QLatin1String("CancelledError")) ? CombinatorOutcome::Cancelled
                                                                              : CombinatorOutcome::Raised;
        // wait returns at its deadline with tasks still pending when the timeout decided it.
        c.timedOut =
            c.hasDeadline() && !intArray(e.data, {"pending"}).empty() && e.time >= c.deadline() - 1e-9;
        if (c.caller >= 0)
            m_awaitingResume[c.caller].push_back(int(*it));
        if (m_openCombinatorOfTask.value(c.caller, -1) == c.id)
            m_openCombinatorOfTask.remove(c.caller);
    } else {
        CombinatorCall::Yield y;
        y.event = index;
        y.time = e.time;
        const QJsonValue source = e.data.contains(QStringLiteral("task"))
                                      ? e.data.value(QStringLiteral("task"))
                                      : e.data.value(QStringLiteral("source"));
        y.task = source.toInt(-1);
        if (e.data.value(QStringLiteral("timeout")).toBool())
            c.timedOut = true; // as_completed hands out TimeoutError once its timeout passed
        c.yields.push_back(y);
        const int lane = laneOfTask(y.task);
        if (lane >= 0)
            m_markers.push_back({RunMarker::Kind::Yielded, e.time, index, lane, int(c.yields.size())});
    }
}

void RunModel::buildHttp(const TraceEvent &e, EventIndex index, int lane)
{
    const QString phase = e.data.value(QStringLiteral("phase")).toString(e.text);
    const int session = e.data.value(QStringLiteral("session")).toInt();
    const int request = e.data.value(QStringLiteral("request")).toInt(-1);
    if (request < 0)
        return;
    const qint64 key = (qint64(session) << 32) | quint32(request);
    auto it = m_httpIndex.constFind(key);
    if (it == m_httpIndex.cend()) {
        HttpRequestRecord r;
        r.session = session;
        r.request = request;
        r.lane = lane;
        r.start = r.end = e.time;
        r.firstEvent = index;
        r.method = e.data.value(QStringLiteral("method")).toString();
        r.url = e.data.value(QStringLiteral("url")).toString();
        it = m_httpIndex.insert(key, int(m_http.size()));
        m_http.push_back(std::move(r));
    }
    HttpRequestRecord &r = m_http[size_t(*it)];
    if (r.lane < 0)
        r.lane = lane;
    if (const int c = e.data.value(QStringLiteral("connection")).toInt())
        r.connection = c;
    if (const int status = e.data.value(QStringLiteral("status")).toInt())
        r.status = status;
    auto begin = [&](HttpRequestRecord::Phase p) {
        if (!r.segments.empty())
            r.segments.back().end = e.time;
        r.segments.push_back({p, e.time, e.time});
        r.end = e.time;
    };
    auto finish = [&](const QString &outcome) {
        if (!r.segments.empty())
            r.segments.back().end = e.time;
        r.end = e.time;
        r.outcome = outcome;
        r.error = e.data.value(QStringLiteral("error")).toString();
    };
    using Phase = HttpRequestRecord::Phase;
    if (phase == QLatin1String("queued"))
        begin(Phase::Queued);
    else if (phase == QLatin1String("connecting"))
        begin(Phase::Connecting);
    else if (phase == QLatin1String("reusing"))
        r.reused = true; // a kept-alive connection: no connecting segment, queueing ends when it is sent
    else if (phase == QLatin1String("sent"))
        begin(Phase::Waiting);
    else if (phase == QLatin1String("first_byte"))
        begin(Phase::Receiving);
    else if (phase == QLatin1String("done"))
        finish(QStringLiteral("done"));
    else if (phase == QLatin1String("failed"))
        finish(QStringLiteral("failed"));
    else if (phase == QLatin1String("timed_out"))
        finish(QStringLiteral("timed_out"));
}

QString RunModel::describeHttp(int index) const
{
    if (index < 0 || size_t(index) >= m_http.size())
        return {};
    const HttpRequestRecord &r = m_http[size_t(index)];
    QString text = QStringLiteral("<b>%1 %2</b>").arg(r.method.toHtmlEscaped(), r.url.toHtmlEscaped());
    if (r.connection > 0)
        text += QStringLiteral("<br>") +
                (r.reused ? tr("connection %1 (reused)") : tr("connection %1")).arg(r.connection);
    for (const HttpRequestRecord::Segment &s : r.segments)
        text += QStringLiteral("<br>%1: %2 s – %3 s (%4 ms)")
                    .arg(httpPhaseName(s.phase), QString::number(s.start, 'f', 3),
                         QString::number(s.end, 'f', 3), QString::number((s.end - s.start) * 1000.0, 'f', 1));
    if (r.status > 0)
        text += QStringLiteral("<br>") + tr("status %1").arg(r.status);
    if (!r.error.isEmpty())
        text += QStringLiteral("<br>") + r.error.toHtmlEscaped();
    return text;
}

EventIndex RunModel::lastEventAtOrBefore(double t) const
{
    const auto it = std::upper_bound(m_eventTimes.begin(), m_eventTimes.end(), t);
    return EventIndex(it - m_eventTimes.begin()) - 1;
}

int RunModel::spanAtEvent(int lane, EventIndex event) const
{
    if (lane < 0 || lane >= laneCount())
        return -1;
    const auto &spans = m_lanes[size_t(lane)].spans;
    const auto it = std::upper_bound(spans.begin(), spans.end(), event,
                                     [](EventIndex e, const TaskSpan &s) { return e < s.startEvent; });
    return int(it - spans.begin()) - 1;
}

int RunModel::spanAtTime(int lane, double t) const
{
    if (lane < 0 || lane >= laneCount())
        return -1;
    const auto &spans = m_lanes[size_t(lane)].spans;
    const auto it = std::upper_bound(spans.begin(), spans.end(), t,
                                     [](double time, const TaskSpan &s) { return time < s.start; });
    return int(it - spans.begin()) - 1;
}

TaskStatus RunModel::stateAt(int lane, EventIndex event) const
{
    const int span = spanAtEvent(lane, event);
    return span < 0 ? TaskStatus::NotCreated : m_lanes[size_t(lane)].spans[size_t(span)].state;
}

int RunModel::lineAt(int lane, EventIndex event) const
{
    if (lane < 0 || lane >= laneCount())
        return 0;
    const auto &lines = m_lanes[size_t(lane)].lines;
    const auto it =
        std::upper_bound(lines.begin(), lines.end(), event,
                         [](EventIndex e, const std::pair<EventIndex, int> &l) { return e < l.first; });
    return it == lines.begin() ? 0 : std::prev(it)->second;
}

std::vector<CombinatorSnapshot> RunModel::combinatorsAt(EventIndex event) const
{
    std::vector<CombinatorSnapshot> out;
    for (const CombinatorCall &c : m_combinators) {
        if (c.enteredEvent > event)
            continue;
        CombinatorSnapshot s;
        s.combinator = &c;
        s.event = event;
        s.returned = c.returnedEvent >= 0 && c.returnedEvent <= event;
        s.outcome = s.returned ? c.outcome : CombinatorOutcome::Running;
        for (int child : c.children) {
            CombinatorSnapshot::Slot slot;
            slot.task = child;
            slot.name = taskName(child);
            const int lane = laneOfTask(child);
            slot.state = stateAt(lane, event);
            if (lane >= 0 && isFinalStatus(slot.state))
                slot.text = m_lanes[size_t(lane)].resultText;
            s.resultSlots.push_back(slot);
        }
        // Once gather has returned, its own result list is the authority for what each slot holds.
        const QJsonArray results = c.outputs.value(QStringLiteral("results")).toArray();
        if (s.returned && results.size() == qsizetype(s.resultSlots.size())) {
            for (size_t i = 0; i < s.resultSlots.size(); ++i)
                if (results.at(qsizetype(i)).isString())
                    s.resultSlots[i].text = results.at(qsizetype(i)).toString();
        }
        const bool frozen = s.returned && (c.outputs.contains(QStringLiteral("done")) ||
                                           c.outputs.contains(QStringLiteral("pending")));
        if (frozen) {
            // After wait() returned, its sets are what it handed back, even if a pending task ends later.
            s.done = intArray(c.outputs, {"done"});
            s.pending = intArray(c.outputs, {"pending"});
        } else {
            const EventIndex at = s.returned ? c.returnedEvent : event;
            for (int child : c.children) {
                if (isFinalStatus(stateAt(laneOfTask(child), at)))
                    s.done.push_back(child);
                else
                    s.pending.push_back(child);
            }
        }
        for (const CombinatorCall::Yield &y : c.yields)
            if (y.event <= event)
                s.order.push_back(y.task);
        out.push_back(std::move(s));
    }
    return out;
}

LoopSnapshot RunModel::loopAt(EventIndex event) const
{
    LoopSnapshot s;
    s.time = event >= 0 && event < eventCount() ? m_eventTimes[size_t(event)] : (event < 0 ? m_start : m_end);
    const auto pass = std::upper_bound(m_passes.begin(), m_passes.end(), event,
                                       [](EventIndex e, const LoopPass &p) { return e < p.event; });
    int reportedTimers = -1;
    // The loop's pass that `event` belongs to: it moved the due timers to the ready queue, and their
    // callbacks (timer-fired) run later in the same pass.
    EventIndex passStart = -1;
    const EventIndex passEnd = pass == m_passes.end() ? eventCount() : pass->event;
    if (pass != m_passes.begin()) {
        s.readyCount = std::prev(pass)->ready;
        reportedTimers = std::prev(pass)->timers;
        passStart = std::prev(pass)->event;
    }
    // A timer still in the heap: scheduled, not fired, not yet due, and (the trace does not record
    // cancelled timers) its task still alive, since a task's end cancels its sleep.
    for (const TimerRecord &t : m_timers) {
        if (t.scheduled > event || (t.fired >= 0 && t.fired <= event))
            continue;
        if (passStart >= 0 && t.fired > passStart && t.fired < passEnd &&
            t.when <= m_eventTimes[size_t(passStart)] + 1e-9) { // due: out of the heap, not yet run
            s.readyTimers.push_back({t.id, t.task, t.when, false});
            continue;
        }
        const int lane = laneOfTask(t.task);
        if (lane >= 0 && isFinalStatus(stateAt(lane, event)))
            continue;
        if (t.when < s.time) {
            // Past due and not fired: still in the heap only while its task sleeps on it (the loop was
            // blocked); otherwise it was cancelled, which the trace does not record.
            const int span = spanAtEvent(lane, event);
            const TaskSpan *sp = span >= 0 ? &m_lanes[size_t(lane)].spans[size_t(span)] : nullptr;
            if (!sp || sp->state != TaskStatus::Suspended || std::abs(sp->until - t.when) > 1e-9)
                continue;
        }
        s.timers.push_back({t.id, t.task, t.when, false});
    }
    // Timers left for the loop's next sleep by the last wake-up at this same moment.
    for (auto p = pass; p != m_passes.begin();) {
        --p;
        if (m_eventTimes[size_t(p->event)] != s.time)
            break;
        if (p->deferred.empty())
            continue;
        for (PendingTimer &t : s.timers)
            t.deferred = std::find(p->deferred.begin(), p->deferred.end(), t.id) != p->deferred.end();
        break;
    }
    std::stable_sort(s.timers.begin(), s.timers.end(),
                     [](const PendingTimer &a, const PendingTimer &b) { return a.when < b.when; });
    s.timerCount = reportedTimers >= 0 ? reportedTimers : int(s.timers.size());

    std::vector<std::pair<EventIndex, int>> ready;
    for (int lane = 0; lane < laneCount(); ++lane) {
        const int span = spanAtEvent(lane, event);
        if (span >= 0 && m_lanes[size_t(lane)].spans[size_t(span)].state == TaskStatus::Ready)
            ready.emplace_back(m_lanes[size_t(lane)].spans[size_t(span)].startEvent,
                               m_lanes[size_t(lane)].task);
    }
    std::sort(ready.begin(), ready.end());
    for (const auto &r : ready)
        s.readyTasks.push_back(r.second);
    return s;
}

QString RunModel::outputUntil(EventIndex event) const
{
    const auto it =
        std::upper_bound(m_outputEnds.begin(), m_outputEnds.end(), event,
                         [](EventIndex e, const std::pair<EventIndex, qsizetype> &o) { return e < o.first; });
    return it == m_outputEnds.begin() ? QString() : m_output.left(std::prev(it)->second);
}

QString RunModel::endingAt(EventIndex event) const
{
    return eventCount() > 0 && event >= eventCount() - 1 ? m_trace.errorOutput : QString();
}

QString RunModel::consoleAt(EventIndex event) const
{
    QString text = outputUntil(event);
    const QString ending = endingAt(event);
    if (!ending.isEmpty() && !text.isEmpty() && !text.endsWith(u'\n'))
        text += u'\n';
    return text + ending;
}

std::vector<int> RunModel::tasksOfTimers(const QJsonArray &timerIds) const
{
    std::vector<int> tasks;
    for (const QJsonValue id : timerIds) {
        const auto t = m_timerIndex.constFind(id.toInt());
        const int task = t == m_timerIndex.cend() ? -1 : m_timers[size_t(*t)].task;
        if (task >= 0 && std::find(tasks.begin(), tasks.end(), task) == tasks.end())
            tasks.push_back(task);
    }
    return tasks;
}

QString RunModel::describeEvent(EventIndex event) const
{
    if (event < 0 || event >= eventCount())
        return event < 0 ? tr("Before the first event") : tr("After the last event");
    const TraceEvent &e = m_trace.events()[size_t(event)];
    const QString who = taskName(e.task);
    const QString other = taskName(e.other);
    QString what;
    switch (e.kind) {
    case Kind::TaskCreated:
        what = e.other >= 0 ? tr("%1 created by %2").arg(who, other) : tr("%1 created").arg(who);
        break;
    case Kind::StepStarted:
        what = tr("%1 runs").arg(who);
        break;
    case Kind::Suspended:
        switch (e.waitKind) {
        case TraceEvent::WaitKind::Timer:
            what = tr("%1 sleeps").arg(who);
            break;
        case TraceEvent::WaitKind::Task:
            what = tr("%1 awaits %2").arg(who, other);
            break;
        case TraceEvent::WaitKind::Yield:
            what = tr("%1 yields to the loop").arg(who);
            break;
        case TraceEvent::WaitKind::Blocking: {
            const QString seconds =
                QString::number(e.data.value(QStringLiteral("seconds")).toDouble(), 'g', 4);
            // A worker thread's blocking call blocks that thread only.
            const int lane = laneOfTask(e.task);
            if (lane >= 0 && m_lanes[size_t(lane)].inThread)
                what = tr("%1 sleeps %2 s in its worker thread; the loop runs on").arg(who, seconds);
            else
                what = tr("%1 blocks the loop for %2 s").arg(who, seconds);
            break;
        }
        case TraceEvent::WaitKind::Combinator:
            what = tr("%1 awaits a combinator").arg(who);
            break;
        default:
            what = e.text.isEmpty() ? tr("%1 is suspended (%2)").arg(who, waitKindName(e.waitKind))
                                    : tr("%1 awaits %2()").arg(who, e.text);
            break;
        }
        break;
    case Kind::TaskFinished:
        what = e.text.isEmpty() ? tr("%1 finished").arg(who) : tr("%1 returned %2").arg(who, e.text);
        break;
    case Kind::TaskFailed:
        what = tr("%1 raised %2").arg(who, e.text);
        break;
    case Kind::TaskCancelled:
        what = tr("%1 was cancelled").arg(who);
        break;
    case Kind::CancelRequested:
        what = e.other >= 0 ? tr("%1 asks to cancel %2").arg(other, who)
                            : tr("cancel requested for %1").arg(who);
        break;
    case Kind::Woken:
        what = tr("%1 is ready again").arg(who);
        break;
    case Kind::CombinatorEntered:
        what = tr("%1 enters %2").arg(who, e.text);
        break;
    case Kind::CombinatorReturned:
        what = tr("%1 returns to %2").arg(e.text.isEmpty() ? tr("combinator") : e.text, who);
        break;
    case Kind::CombinatorYielded:
        what = tr("as_completed hands out a result");
        break;
    case Kind::TimerScheduled:
        what = tr("timer set for %1 s").arg(e.data.value(QStringLiteral("when")).toDouble(e.time));
        break;
    case Kind::TimerFired:
        what = tr("timer fired");
        break;
    case Kind::LoopPass: {
        what = e.data.value(QStringLiteral("shutdown")).toBool()
                   ? tr("loop pass: %1 ready (asyncio.run's shutdown)")
                         .arg(e.data.value(QStringLiteral("ready")).toInt())
                   : tr("loop pass: %1 ready").arg(e.data.value(QStringLiteral("ready")).toInt());
        QStringList waiting;
        for (const int task : tasksOfTimers(e.data.value(QStringLiteral("deferred")).toArray()))
            waiting << taskName(task);
        if (!waiting.isEmpty())
            what += QStringLiteral(" · ") +
                    tr("the timers of %1 are due at this same moment but were armed after more of the loop's "
                       "wake-ups, each a little late on a real clock; CPython fires them at its next wake-up")
                        .arg(waiting.join(QStringLiteral(", ")));
        break;
    }
    case Kind::Output:
        what = tr("%1 prints %2").arg(who, e.text.trimmed());
        break;
    case Kind::Input:
        what = tr("%1 reads %2, typed for input()").arg(who, e.text.trimmed());
        break;
    case Kind::Http:
        what = tr("HTTP %1").arg(e.data.value(QStringLiteral("phase")).toString());
        break;
    case Kind::Note:
        what = e.text;
        break;
    }
    QString text =
        QStringLiteral("%1 · %2").arg(QString::number(e.time, 'f', 3) + QStringLiteral(" s"), what);
    if (e.line > 0)
        text += tr(" (line %1)").arg(e.line);
    return text;
}

QString RunModel::describeSpan(int lane, int span) const
{
    if (lane < 0 || lane >= laneCount() || span < 0 || size_t(span) >= m_lanes[size_t(lane)].spans.size())
        return {};
    const TaskLane &l = m_lanes[size_t(lane)];
    const TaskSpan &s = l.spans[size_t(span)];
    QString state = taskStatusName(s.state);
    if (l.inThread && s.state == TaskStatus::Suspended) {
        state = tr("waiting for a free worker thread");
    } else if (l.inThread && s.state == TaskStatus::InThread && s.until >= 0) {
        state = tr("in a worker thread: in time.sleep until %1 s").arg(QString::number(s.until, 'f', 6));
    } else if (s.state == TaskStatus::Suspended) {
        switch (s.waitKind) {
        case TraceEvent::WaitKind::Timer:
            state = tr("suspended: sleeping");
            break;
        case TraceEvent::WaitKind::Task:
            state = tr("suspended: awaiting %1").arg(taskName(s.other));
            break;
        case TraceEvent::WaitKind::Combinator: {
            const auto c = m_combinatorIndex.constFind(s.other);
            state =
                tr("suspended: awaiting %1")
                    .arg(c == m_combinatorIndex.cend() ? tr("a combinator") : m_combinators[size_t(*c)].kind);
            break;
        }
        default:
            state = s.waitFor.isEmpty() ? tr("suspended: %1").arg(waitKindName(s.waitKind))
                                        : tr("suspended: awaiting %1()").arg(s.waitFor);
            break;
        }
    }
    QString text = QStringLiteral("<b>%1</b> — %2<br>").arg(l.name.toHtmlEscaped(), state.toHtmlEscaped());
    text += tr("from %1 s to %2 s (%3)")
                .arg(QString::number(s.start, 'f', 6), QString::number(s.end, 'f', 6),
                     QString::number(s.end - s.start, 'f', 6) + QStringLiteral(" s"));
    if (isFinalStatus(s.state) && !l.resultText.isEmpty())
        text += QStringLiteral("<br>") + l.resultText.toHtmlEscaped();
    const int line = lineAt(lane, s.startEvent);
    if (line > 0)
        text += QStringLiteral("<br>") + tr("line %1").arg(line);
    return text;
}

} // namespace awaitscope
