#include "trace/runstatetext.h"

#include <QJsonArray>

#include <algorithm>

namespace awaitscope {

namespace {

QString seconds(double t)
{
    return QString::number(t, 'f', 3) + QStringLiteral(" s");
}

} // namespace

RunStateText::RunStateText(const RunModel &model)
    : m(model)
{
}

QString RunStateText::names(const std::vector<int> &tasks) const
{
    QStringList out;
    for (int t : tasks)
        out << (t >= 0 ? m.taskName(t) : QStringLiteral("TimeoutError"));
    if (out.size() > MaxNamesPerBox) {
        const qsizetype more = out.size() - MaxNamesPerBox;
        out = out.mid(0, MaxNamesPerBox);
        out << tr("+%n more", nullptr, int(more));
    }
    return out.join(QStringLiteral(", "));
}

QString RunStateText::task(int lane, EventIndex event) const
{
    const int spanIndex = m.spanAtEvent(lane, event);
    if (spanIndex < 0)
        return {};
    const TaskLane &l = m.lane(lane);
    const TaskSpan &span = l.spans[size_t(spanIndex)];
    QString state;
    switch (span.state) {
    case TaskStatus::NotCreated:
        return {};
    case TaskStatus::Ready:
        state = tr("ready to run");
        break;
    case TaskStatus::Running:
        state = tr("running");
        break;
    case TaskStatus::Blocking:
        state = tr("blocking the loop: nothing else can run");
        break;
    case TaskStatus::InThread:
        state =
            span.until >= 0
                ? tr("in time.sleep in its worker thread until %1; the loop runs on").arg(seconds(span.until))
                : tr("running in its worker thread, beside the loop");
        break;
    case TaskStatus::Suspended:
        if (l.inThread) {
            state = tr("waiting for a free worker thread");
            break;
        }
        switch (span.waitKind) {
        case TraceEvent::WaitKind::Timer: {
            const double now =
                event >= 0 && event < m.eventCount() ? m.eventTimes()[size_t(event)] : m.endTime();
            if (span.until >= 0 && span.until < now - 1e-9)
                state = tr("ready: its sleep ended at %1, but the loop is busy").arg(seconds(span.until));
            else
                state = span.until >= 0 ? tr("suspended, sleeping until %1").arg(seconds(span.until))
                                        : tr("suspended, sleeping");
            break;
        }
        case TraceEvent::WaitKind::Task:
            state = tr("suspended, awaiting %1").arg(m.taskName(span.other));
            break;
        case TraceEvent::WaitKind::Combinator: {
            QString what = tr("a combinator");
            for (const CombinatorCall &c : m.combinators())
                if (c.id == span.other)
                    what = c.kind;
            state = tr("suspended, awaiting %1").arg(what);
            break;
        }
        case TraceEvent::WaitKind::Yield:
            state = tr("suspended, yielded to the loop");
            break;
        case TraceEvent::WaitKind::Io:
            state = tr("suspended, waiting for the network");
            break;
        default:
            state = span.waitFor.isEmpty() ? tr("suspended, awaiting a future")
                                           : tr("suspended, awaiting %1()").arg(span.waitFor);
            break;
        }
        break;
    case TaskStatus::Done:
        state = l.resultText.isEmpty() ? tr("done") : tr("done, returned %1").arg(l.resultText);
        break;
    case TaskStatus::Failed:
        state = tr("failed: %1").arg(l.resultText);
        break;
    case TaskStatus::Cancelled:
        state = tr("cancelled");
        break;
    }
    const int line = isFinalStatus(span.state) ? 0 : m.lineAt(lane, event);
    return line > 0 ? tr("%1: %2 (line %3)").arg(l.name, state).arg(line) : tr("%1: %2").arg(l.name, state);
}

std::vector<CombinatorSnapshot> RunStateText::shownCombinators(EventIndex event, int maxCards) const
{
    std::vector<CombinatorSnapshot> all = m.combinatorsAt(event);
    std::vector<size_t> shown;
    for (size_t i = 0; i < all.size(); ++i)
        if (!all[i].returned)
            shown.push_back(i);
    for (size_t i = all.size(); i-- > 0 && shown.size() < size_t(maxCards);)
        if (all[i].returned)
            shown.push_back(i);
    if (shown.size() > size_t(maxCards))
        shown.erase(shown.begin(), shown.end() - maxCards);
    std::sort(shown.begin(), shown.end()); // entered order
    std::vector<CombinatorSnapshot> out;
    for (size_t i : shown)
        out.push_back(std::move(all[i]));
    return out;
}

QString RunStateText::outcome(const CombinatorCall &c) const
{
    switch (c.outcome) {
    case CombinatorOutcome::Running:
        return {};
    case CombinatorOutcome::Raised:
        return tr("%1 raised %2").arg(c.kind, c.exception);
    case CombinatorOutcome::Cancelled:
        return tr("%1 was cancelled").arg(c.kind);
    case CombinatorOutcome::Returned:
        break;
    }
    auto sortedNames = [this](std::vector<int> ids) {
        QStringList out;
        for (int id : ids)
            out << m.taskName(id);
        out.sort();
        return out.join(QStringLiteral(", "));
    };
    auto idsOf = [](const QJsonValue &v) {
        std::vector<int> out;
        for (const QJsonValue &x : v.toArray())
            out.push_back(x.isObject() ? x.toObject().value(QStringLiteral("task")).toInt(-1) : x.toInt(-1));
        return out;
    };
    switch (c.kindId) {
    case CombinatorKind::Wait:
        return tr("wait returned: done={%1}, pending={%2}")
            .arg(sortedNames(idsOf(c.outputs.value(QStringLiteral("done")))),
                 sortedNames(idsOf(c.outputs.value(QStringLiteral("pending")))));
    case CombinatorKind::Gather: {
        // A sentence, not a dump: long lists keep their first items and say how many follow.
        constexpr qsizetype MaxChars = 72;
        const QJsonArray values = c.outputs.value(QStringLiteral("results")).toArray();
        QStringList results;
        qsizetype chars = 0;
        for (const QJsonValue &v : values) {
            const QString text = v.toString();
            if (!results.isEmpty() && chars + text.size() > MaxChars) {
                results << tr("… %n more", nullptr, int(values.size() - results.size()));
                break;
            }
            results << text;
            chars += text.size() + 2;
        }
        return tr("gather returned [%1]").arg(results.join(QStringLiteral(", ")));
    }
    case CombinatorKind::AsCompleted: {
        std::vector<int> order;
        for (const CombinatorCall::Yield &y : c.yields)
            order.push_back(y.task);
        return tr("as_completed handed out %1").arg(names(order));
    }
    case CombinatorKind::Other:
        break;
    }
    return tr("%1 returned").arg(c.kind);
}

RunStateText::Card RunStateText::card(const CombinatorSnapshot &s) const
{
    const CombinatorCall &c = *s.combinator;
    Card card;
    card.combinator = c.id;
    card.title = c.line > 0 ? tr("%1 — %2, line %3").arg(c.kind, m.taskName(c.caller)).arg(c.line)
                            : tr("%1 — %2").arg(c.kind, m.taskName(c.caller));
    switch (s.outcome) {
    case CombinatorOutcome::Running:
        card.status =
            c.hasDeadline() ? tr("waiting, timeout at %1").arg(seconds(c.deadline())) : tr("waiting");
        break;
    case CombinatorOutcome::Returned:
        if (c.kindId == CombinatorKind::AsCompleted)
            // An iterator does not return: its awaits hand out results until none is left, or raise.
            card.status =
                c.timedOut
                    ? tr("timed out at %1: the next await raised TimeoutError").arg(seconds(c.returned))
                    : tr("handed out its last result at %1").arg(seconds(c.returned));
        else
            card.status = c.timedOut && c.kindId == CombinatorKind::Wait
                              ? tr("returned at %1, when the timeout passed").arg(seconds(c.returned))
                              : tr("returned at %1").arg(seconds(c.returned));
        break;
    case CombinatorOutcome::Raised:
        card.status = tr("raised %1 at %2").arg(c.exception, seconds(c.returned));
        break;
    case CombinatorOutcome::Cancelled:
        card.status = tr("cancelled at %1").arg(seconds(c.returned));
        break;
    }

    auto listBox = [&](Box::Role role, const QString &heading, const std::vector<int> &tasks) {
        Box box;
        box.role = role;
        box.heading = QStringLiteral("%1 (%2)").arg(heading).arg(tasks.size());
        std::vector<int> shown(tasks.begin(),
                               tasks.begin() + qsizetype(std::min<size_t>(tasks.size(), MaxNamesPerBox)));
        for (size_t i = 0; i < shown.size(); ++i) {
            const int t = shown[i];
            QString name = t >= 0 ? m.taskName(t) : QStringLiteral("TimeoutError");
            const int lane = m.laneOfTask(t);
            if (role == Box::Role::HandedOut)
                name = QStringLiteral("%1. %2").arg(i + 1).arg(name);
            if (lane >= 0 && m.stateAt(lane, s.event) == TaskStatus::Failed) {
                box.failed = true;
                name = tr("%1 (failed: %2)").arg(name, m.lane(lane).resultText);
            }
            box.lines << name;
        }
        if (tasks.size() > size_t(MaxNamesPerBox))
            box.lines << tr("+%n more", nullptr, int(tasks.size()) - MaxNamesPerBox);
        card.boxes.push_back(std::move(box));
    };

    switch (c.kindId) {
    case CombinatorKind::Wait: {
        listBox(Box::Role::Done, tr("done"), s.done);
        listBox(Box::Role::Pending, tr("pending"), s.pending);
        card.summary =
            s.returned ? tr("%1 at %2").arg(outcome(c), seconds(c.returned))
                       : tr("wait is waiting: done={%1}, pending={%2}").arg(names(s.done), names(s.pending));
        break;
    }
    case CombinatorKind::AsCompleted: {
        std::vector<int> waiting;
        for (int child : c.children)
            if (std::find(s.order.begin(), s.order.end(), child) == s.order.end())
                waiting.push_back(child);
        listBox(Box::Role::HandedOut, tr("handed out"), s.order);
        listBox(Box::Role::StillRunning, tr("still running"), waiting);
        card.summary = s.order.empty() ? tr("as_completed has handed out nothing yet")
                                       : tr("as_completed handed out, in order: %1").arg(names(s.order));
        if (c.timedOut && s.returned)
            card.summary += tr("; the timeout passed, so every remaining await raises TimeoutError");
        break;
    }
    case CombinatorKind::Gather:
    case CombinatorKind::Other: {
        QStringList discarded;
        // The child whose failure gather raised: the first one that failed by the time gather returned.
        int raisedBy = -1;
        if (s.outcome == CombinatorOutcome::Raised || s.outcome == CombinatorOutcome::Cancelled) {
            EventIndex first = -1;
            for (const CombinatorSnapshot::Slot &slot : s.resultSlots) {
                const int lane = m.laneOfTask(slot.task);
                if (lane < 0)
                    continue;
                const TaskLane &l = m.lane(lane);
                if ((l.finalState == TaskStatus::Failed || l.finalState == TaskStatus::Cancelled) &&
                    l.finalEvent <= c.returnedEvent && (first < 0 || l.finalEvent < first)) {
                    first = l.finalEvent;
                    raisedBy = slot.task;
                }
            }
        }
        for (size_t i = 0; i < s.resultSlots.size(); ++i) {
            const CombinatorSnapshot::Slot &slot = s.resultSlots[i];
            const bool final = isFinalStatus(slot.state);
            QString value;
            if (s.outcome != CombinatorOutcome::Running && s.outcome != CombinatorOutcome::Returned &&
                slot.task != raisedBy) {
                // gather has already raised: whatever this child did or does reaches nobody. gather does not
                // cancel it (tasks.py, _done_callback only marks a late exception retrieved), so say when
                // and how it ended.
                const int lane = m.laneOfTask(slot.task);
                const bool before = final && lane >= 0 && m.lane(lane).finalEvent <= c.returnedEvent;
                if (!final)
                    value = tr("still running: result discarded");
                else if (slot.state == TaskStatus::Cancelled)
                    value =
                        before ? tr("cancelled before gather raised") : tr("cancelled after gather raised");
                else if (slot.state == TaskStatus::Failed)
                    value = before ? tr("failed before gather raised: %1 reaches nobody").arg(slot.text)
                                   : tr("failed after gather raised: %1 reaches nobody").arg(slot.text);
                else
                    value = before ? tr("done before gather raised: %1 is discarded")
                                         .arg(slot.text.isEmpty() ? taskStatusName(slot.state) : slot.text)
                                   : tr("finished after gather raised: result discarded");
                discarded << slot.name;
            } else if (slot.state == TaskStatus::Cancelled) {
                value = QStringLiteral("CancelledError");
            } else if (final) {
                value = slot.text.isEmpty() ? taskStatusName(slot.state) : slot.text;
            } else {
                value = QStringLiteral("…");
            }
            if (i < size_t(MaxSlots)) {
                Box box;
                box.role = Box::Role::Slot;
                box.heading = QStringLiteral("[%1] %2").arg(i).arg(slot.name);
                box.lines << value;
                box.state = slot.state;
                box.failed = slot.state == TaskStatus::Failed;
                card.boxes.push_back(std::move(box));
            }
        }
        if (s.resultSlots.size() > size_t(MaxSlots)) {
            Box more;
            more.heading = tr("+%n more", nullptr, int(s.resultSlots.size()) - MaxSlots);
            card.boxes.push_back(std::move(more));
        }
        if (s.outcome == CombinatorOutcome::Running) {
            std::vector<int> open;
            for (const CombinatorSnapshot::Slot &slot : s.resultSlots)
                if (!isFinalStatus(slot.state))
                    open.push_back(slot.task);
            card.summary =
                open.empty()
                    ? tr("%1 has every result; the awaiting task resumes on a later loop pass").arg(c.kind)
                    : tr("%1 is waiting for %2").arg(c.kind, names(open));
        } else if (s.outcome == CombinatorOutcome::Raised && !discarded.isEmpty()) {
            card.summary = tr("%1 at %2; %3: results discarded")
                               .arg(outcome(c), seconds(c.returned), discarded.join(QStringLiteral(", ")));
        } else {
            card.summary = tr("%1 at %2").arg(outcome(c), seconds(c.returned));
        }
        break;
    }
    }
    return card;
}

QString RunStateText::readyNames(const LoopSnapshot &loop) const
{
    if (loop.readyTasks.empty() && loop.readyTimers.empty())
        return tr("empty");
    QStringList out;
    if (!loop.readyTasks.empty())
        out << names(loop.readyTasks);
    for (size_t i = 0; i < loop.readyTimers.size() && i < size_t(MaxNamesPerBox); ++i) {
        const PendingTimer &t = loop.readyTimers[i];
        out << (t.task >= 0 ? tr("the timer of %1").arg(m.taskName(t.task)) : tr("a timer"));
    }
    if (loop.readyTimers.size() > size_t(MaxNamesPerBox))
        out << tr("+%n more timers", nullptr, int(loop.readyTimers.size()) - MaxNamesPerBox);
    return out.join(QStringLiteral(", "));
}

QString RunStateText::timerList(const LoopSnapshot &loop) const
{
    if (loop.timers.empty())
        return tr("none");
    QStringList out;
    for (size_t i = 0; i < loop.timers.size() && i < size_t(MaxNamesPerBox); ++i) {
        const PendingTimer &t = loop.timers[i];
        out << (t.task >= 0 ? tr("%1 at %2").arg(m.taskName(t.task), seconds(t.when)) : seconds(t.when));
    }
    if (loop.timers.size() > size_t(MaxNamesPerBox))
        out << tr("+%n more", nullptr, int(loop.timers.size()) - MaxNamesPerBox);
    std::vector<int> waiting;
    for (const PendingTimer &t : loop.timers)
        if (t.deferred && t.task >= 0 && std::find(waiting.begin(), waiting.end(), t.task) == waiting.end())
            waiting.push_back(t.task);
    if (waiting.empty())
        return out.join(QStringLiteral(", "));
    return tr("%1 · %2: same moment, armed after more wake-ups; CPython fires these at its next wake-up")
        .arg(out.join(QStringLiteral(", ")), names(waiting));
}

QString RunStateText::readyQueue(const LoopSnapshot &loop) const
{
    return tr("Ready queue: %1").arg(readyNames(loop));
}

QString RunStateText::timers(const LoopSnapshot &loop) const
{
    return tr("Timers: %1").arg(timerList(loop));
}

QString RunStateText::lastEvent(EventIndex event) const
{
    if (event < 0 || event >= m.eventCount())
        return tr("nothing has happened yet");
    return m.describeEvent(event).section(QStringLiteral(" · "), 1);
}

QString RunStateText::moment(EventIndex event) const
{
    const EventIndex count = m.eventCount();
    if (event < 0 || count == 0)
        return tr("%1, before the first event").arg(seconds(m.startTime()));
    const EventIndex shown = std::min(event, count - 1);
    return tr("%1, event %2 of %3").arg(seconds(m.eventTimes()[size_t(shown)])).arg(shown + 1).arg(count);
}

QStringList RunStateText::cardLines(const Card &card)
{
    QStringList out{QStringLiteral("%1 · %2").arg(card.title, card.status),
                    QStringLiteral("  ") + card.summary};
    for (const Box &b : card.boxes)
        out << QStringLiteral("  %1: %2")
                   .arg(b.heading,
                        b.lines.isEmpty() ? QStringLiteral("–") : b.lines.join(QStringLiteral(", ")));
    return out;
}

RunStateText::Parts RunStateText::parts(EventIndex event, const QString &title, int maxCards) const
{
    Parts p;
    p.title = title;
    p.moment = moment(event);
    p.lastEvent = lastEvent(event);
    for (int lane = 0; lane < m.laneCount(); ++lane) {
        const QString t = task(lane, event);
        if (!t.isEmpty())
            p.tasks << t;
    }
    for (const CombinatorSnapshot &s : shownCombinators(event, maxCards))
        p.cards << cardLines(card(s));
    const LoopSnapshot loop = m.loopAt(event);
    p.ready = readyNames(loop);
    p.timers = timerList(loop);
    p.output = m.consoleAt(event);
    return p;
}

QString RunStateText::assemble(const Parts &p)
{
    QStringList out;
    if (!p.title.isEmpty())
        out << p.title;
    out << tr("At %1").arg(p.moment);
    out << tr("Last event: %1").arg(p.lastEvent);
    out << tr("Tasks:");
    if (p.tasks.isEmpty())
        out << tr("  none yet");
    for (const QString &t : p.tasks)
        out << QStringLiteral("  ") + t;
    out << p.cards;
    out << tr("Event loop: Ready queue: %1 · Timers: %2").arg(p.ready, p.timers);
    out << tr("Output so far:");
    if (p.output.isEmpty())
        out << tr("  nothing printed yet");
    for (const QString &line : p.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        out << QStringLiteral("  ") + line;
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString RunStateText::describe(EventIndex event, const QString &title, int maxCards) const
{
    return assemble(parts(event, title, maxCards));
}

} // namespace awaitscope
