#include "runtime/api.h"
#include "trace/runmodel.h"

#include "tracefixtures.h"

#include <QTest>

#include <functional>

using namespace awaitscope;

Q_DECLARE_METATYPE(awaitscope::TaskStatus)

class TestRunModel : public QObject
{
    Q_OBJECT
private slots:
    void lanesFollowTasks();
    void stateAtTime_data();
    void stateAtTime();
    void stepsBetweenEventsAtOneInstant();
    void suspendedSpansSayOnWhat();
    void wakeAndCancelArrows();
    void gatherSlotsFillInArgumentOrder_data();
    void gatherSlotsFillInArgumentOrder();
    void waitDoneAndPending_data();
    void waitDoneAndPending();
    void asCompletedOrder();
    void loopState();
    void currentLines();
    void outputUntil();
    void eventsWithoutTasksOrEntries();
    void httpWaterfalls();
    void gatherFromTheRuntime();
    void waitFromTheRuntime();
};

void TestRunModel::lanesFollowTasks()
{
    RunModel m;
    m.setTrace(fixtures::gatherTrace());
    QCOMPARE(m.laneCount(), 4);
    QStringList names;
    for (const TaskLane &l : m.lanes())
        names << l.name;
    QCOMPARE(names, (QStringList{QStringLiteral("main"), QStringLiteral("fetch_a"), QStringLiteral("fetch_b"),
                                 QStringLiteral("fetch_c")}));
    QCOMPARE(m.lane(1).parentLane, 0);
    QCOMPARE(m.lane(0).parentLane, -1);
    QCOMPARE(m.lane(2).createdLine, 21);
    QCOMPARE(m.lane(1).finalState, TaskStatus::Done);
    QCOMPARE(m.lane(1).resultText, QStringLiteral("'a'"));
    QCOMPARE(m.lane(3).finalState, TaskStatus::Failed);
    QCOMPARE(m.lane(3).finished, 2.0);
    QCOMPARE(m.startTime(), 0.0);
    QCOMPARE(m.endTime(), 3.0);
    QCOMPARE(m.combinators().size(), size_t(1));
    QCOMPARE(m.combinators()[0].kind, QStringLiteral("gather"));
    QCOMPARE(m.combinators()[0].returned, 3.0);
    // Spans of a lane are contiguous: each begins where the previous ended.
    for (const TaskLane &l : m.lanes()) {
        for (size_t i = 1; i < l.spans.size(); ++i) {
            QCOMPARE(l.spans[i].start, l.spans[i - 1].end);
            QCOMPARE(l.spans[i].startEvent, l.spans[i - 1].endEvent);
        }
        QCOMPARE(l.spans.back().end, m.endTime());
    }
}

void TestRunModel::stateAtTime_data()
{
    QTest::addColumn<double>("time");
    QTest::addColumn<QString>("task");
    QTest::addColumn<TaskStatus>("state");
    QTest::newRow("main waits on gather") << 0.5 << QStringLiteral("main") << TaskStatus::Suspended;
    QTest::newRow("fetch_a sleeps") << 0.5 << QStringLiteral("fetch_a") << TaskStatus::Suspended;
    QTest::newRow("fetch_a done after 1 s") << 1.0 << QStringLiteral("fetch_a") << TaskStatus::Done;
    QTest::newRow("fetch_c still asleep") << 1.5 << QStringLiteral("fetch_c") << TaskStatus::Suspended;
    QTest::newRow("fetch_c failed at 2 s") << 2.0 << QStringLiteral("fetch_c") << TaskStatus::Failed;
    QTest::newRow("fetch_b done at the end") << 3.0 << QStringLiteral("fetch_b") << TaskStatus::Done;
    QTest::newRow("main done at the end") << 3.0 << QStringLiteral("main") << TaskStatus::Done;
    QTest::newRow("before the run") << -1.0 << QStringLiteral("main") << TaskStatus::NotCreated;
}

void TestRunModel::stateAtTime()
{
    QFETCH(double, time);
    QFETCH(QString, task);
    QFETCH(TaskStatus, state);
    RunModel m;
    m.setTrace(fixtures::gatherTrace());
    int lane = -1;
    for (int i = 0; i < m.laneCount(); ++i)
        if (m.lane(i).name == task)
            lane = i;
    QVERIFY(lane >= 0);
    const int span = m.spanAtTime(lane, time);
    const TaskStatus got = span < 0 ? TaskStatus::NotCreated : m.lane(lane).spans[size_t(span)].state;
    QCOMPARE(got, state);
    // The same answer through the event index.
    QCOMPARE(m.stateAt(lane, m.lastEventAtOrBefore(time)), state);
}

void TestRunModel::stepsBetweenEventsAtOneInstant()
{
    // At t=0 everything happens at once; stepping event by event still shows each step.
    RunModel m;
    m.setTrace(fixtures::gatherTrace());
    const auto &events = m.trace().events();
    EventIndex stepOfA = -1;
    for (size_t i = 0; i < events.size(); ++i)
        if (events[i].kind == TraceEvent::Kind::StepStarted && events[i].task == 2) {
            stepOfA = EventIndex(i);
            break;
        }
    QVERIFY(stepOfA > 0);
    QCOMPARE(events[size_t(stepOfA)].time, 0.0);
    QCOMPARE(m.stateAt(1, stepOfA - 1), TaskStatus::Ready);
    QCOMPARE(m.stateAt(1, stepOfA), TaskStatus::Running);
    QCOMPARE(m.stateAt(1, stepOfA + 2), TaskStatus::Suspended);
    QCOMPARE(m.stateAt(2, stepOfA), TaskStatus::Ready); // fetch_b has not run yet
}

void TestRunModel::suspendedSpansSayOnWhat()
{
    RunModel m;
    m.setTrace(fixtures::waitTrace());
    const int main = m.laneOfTask(1);
    const int span = m.spanAtTime(main, 1.0);
    const TaskSpan &s = m.lane(main).spans[size_t(span)];
    QCOMPARE(s.state, TaskStatus::Suspended);
    QCOMPARE(s.waitKind, TraceEvent::WaitKind::Combinator);
    QVERIFY(m.describeSpan(main, span).contains(QStringLiteral("awaiting wait")));
    const int slow = m.laneOfTask(2);
    const int asleep = m.spanAtTime(slow, 1.0);
    QVERIFY(m.describeSpan(slow, asleep).contains(QStringLiteral("sleeping")));
    QCOMPARE(m.lane(slow).finalState, TaskStatus::Cancelled);
    QCOMPARE(m.combinators()[0].hasDeadline(), true);
    QCOMPARE(m.combinators()[0].deadline(), 2.5);
}

void TestRunModel::wakeAndCancelArrows()
{
    RunModel m;
    m.setTrace(fixtures::waitTrace());
    QStringList arrows;
    for (const RunArrow &a : m.arrows())
        arrows << QStringLiteral("%1 %2->%3 at %4")
                      .arg(a.kind == RunArrow::Kind::Wake ? QStringLiteral("wake") : QStringLiteral("cancel"),
                           m.lane(a.fromLane).name, m.lane(a.toLane).name)
                      .arg(a.time);
    // Timer wake-ups have no arrow; wait woke main when it returned (from the last task that finished
    // before), main cancelled slow, slow's end woke main.
    QCOMPARE(arrows, (QStringList{QStringLiteral("wake medium->main at 2.5"),
                                  QStringLiteral("cancel main->slow at 2.5"),
                                  QStringLiteral("wake slow->main at 2.5")}));
}

void TestRunModel::gatherSlotsFillInArgumentOrder_data()
{
    QTest::addColumn<double>("time");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("returned");
    const QString pending = QStringLiteral("…");
    QTest::newRow("all pending") << 0.5 << QStringList{pending, pending, pending} << false;
    QTest::newRow("a first") << 1.0 << QStringList{QStringLiteral("'a'"), pending, pending} << false;
    QTest::newRow("c fails before b")
        << 2.0 << QStringList{QStringLiteral("'a'"), pending, QStringLiteral("ValueError('boom')")} << false;
    QTest::newRow("all in argument order")
        << 3.0
        << QStringList{QStringLiteral("'a'"), QStringLiteral("'b'"), QStringLiteral("ValueError('boom')")}
        << true;
}

void TestRunModel::gatherSlotsFillInArgumentOrder()
{
    QFETCH(double, time);
    QFETCH(QStringList, expected);
    QFETCH(bool, returned);
    RunModel m;
    m.setTrace(fixtures::gatherTrace());
    const std::vector<CombinatorSnapshot> snapshots = m.combinatorsAt(m.lastEventAtOrBefore(time));
    QCOMPARE(snapshots.size(), size_t(1));
    QStringList got;
    for (const CombinatorSnapshot::Slot &s : snapshots[0].resultSlots)
        got << (isFinalStatus(s.state) ? s.text : QStringLiteral("…"));
    QCOMPARE(got, expected);
    QCOMPARE(snapshots[0].returned, returned);
    QCOMPARE(snapshots[0].resultSlots[0].name, QStringLiteral("fetch_a"));
}

void TestRunModel::waitDoneAndPending_data()
{
    QTest::addColumn<double>("time");
    QTest::addColumn<QList<int>>("done");
    QTest::addColumn<QList<int>>("pending");
    QTest::newRow("at the start") << 0.0 << QList<int>{} << QList<int>{2, 3, 4};
    QTest::newRow("fast finished") << 1.0 << QList<int>{3} << QList<int>{2, 4};
    QTest::newRow("medium finished") << 2.2 << QList<int>{3, 4} << QList<int>{2};
    // After the timeout, wait() has returned; slow is cancelled later but stays in the returned pending set.
    QTest::newRow("after the timeout") << 2.5 << QList<int>{3, 4} << QList<int>{2};
}

void TestRunModel::waitDoneAndPending()
{
    QFETCH(double, time);
    QFETCH(QList<int>, done);
    QFETCH(QList<int>, pending);
    RunModel m;
    m.setTrace(fixtures::waitTrace());
    const std::vector<CombinatorSnapshot> snapshots = m.combinatorsAt(m.lastEventAtOrBefore(time));
    QCOMPARE(snapshots.size(), size_t(1));
    QCOMPARE(QList<int>(snapshots[0].done.begin(), snapshots[0].done.end()), done);
    QCOMPARE(QList<int>(snapshots[0].pending.begin(), snapshots[0].pending.end()), pending);
}

void TestRunModel::asCompletedOrder()
{
    RunModel m;
    m.setTrace(fixtures::asCompletedTrace());
    auto orderAt = [&](double t) {
        const auto s = m.combinatorsAt(m.lastEventAtOrBefore(t));
        return QList<int>(s[0].order.begin(), s[0].order.end());
    };
    QCOMPARE(orderAt(0.5), QList<int>{});
    QCOMPARE(orderAt(1.5), QList<int>{3});
    QCOMPARE(orderAt(3.0), (QList<int>{3, 4, 2}));
    // Yields are numbered markers on the lanes of the tasks they came from.
    QStringList yields;
    for (const RunMarker &mk : m.markers())
        if (mk.kind == RunMarker::Kind::Yielded)
            yields << QStringLiteral("%1:%2").arg(mk.number).arg(m.lane(mk.lane).name);
    QCOMPARE(yields, (QStringList{QStringLiteral("1:d1"), QStringLiteral("2:d2"), QStringLiteral("3:d3")}));
}

void TestRunModel::loopState()
{
    RunModel m;
    m.setTrace(fixtures::gatherTrace());
    // Just after the three tasks went to sleep: three timers, soonest first.
    const LoopSnapshot atStart = m.loopAt(m.lastEventAtOrBefore(0.0));
    QCOMPARE(atStart.readyCount, 3);
    QCOMPARE(atStart.timers.size(), size_t(3));
    QCOMPARE(atStart.timers[0].when, 1.0);
    QCOMPARE(atStart.timers[1].when, 2.0);
    QCOMPARE(atStart.timers[2].task, 3);
    QCOMPARE(atStart.readyTasks.size(), size_t(0));
    const LoopSnapshot later = m.loopAt(m.lastEventAtOrBefore(1.5));
    QCOMPARE(later.timers.size(), size_t(2));
    QCOMPARE(later.timerCount, 2);
    QCOMPARE(later.time, 1.0);
    // Right after the gather created its children, all three wait in the ready queue in creation order.
    const auto &events = m.trace().events();
    EventIndex suspended = -1;
    for (size_t i = 0; i < events.size(); ++i)
        if (events[i].kind == TraceEvent::Kind::Suspended && events[i].task == 1) {
            suspended = EventIndex(i);
            break;
        }
    const LoopSnapshot ready = m.loopAt(suspended);
    QCOMPARE(QList<int>(ready.readyTasks.begin(), ready.readyTasks.end()), (QList<int>{2, 3, 4}));
}

void TestRunModel::currentLines()
{
    RunModel m;
    m.setTrace(fixtures::gatherTrace());
    QCOMPARE(m.lineAt(0, m.lastEventAtOrBefore(0.0)), 21);
    QCOMPARE(m.lineAt(1, m.lastEventAtOrBefore(0.5)), 6);
    QCOMPARE(m.lineAt(1, m.lastEventAtOrBefore(1.0)), 8);
    QCOMPARE(m.lineAt(0, m.lastEventAtOrBefore(3.0)), 22);
    QCOMPARE(m.lineAt(0, -1), 0);
}

void TestRunModel::outputUntil()
{
    RunModel m;
    m.setTrace(fixtures::gatherTrace());
    // The indexed version agrees with the trace's own scan at every event.
    QCOMPARE(m.outputUntil(-1), QString());
    for (EventIndex i = 0; i < m.eventCount(); ++i)
        QCOMPARE(m.outputUntil(i), m.trace().outputUntil(std::uint64_t(i)));
    QCOMPARE(m.outputUntil(m.lastEventAtOrBefore(1.0)), QStringLiteral("a done\n"));
    QCOMPARE(m.outputUntil(m.eventCount() - 1),
             QStringLiteral("a done\nb done\n['a', 'b', ValueError('boom')]\n"));
}

void TestRunModel::eventsWithoutTasksOrEntries()
{
    // A trace that names tasks it never lists, returns from a combinator it never entered, and has loop
    // events: the model copes, and gives every task a lane.
    fixtures::TraceBuilder b;
    b.event(TraceEvent::Kind::StepStarted, 7);
    b.event(TraceEvent::Kind::CombinatorReturned, 7, 55);
    b.event(TraceEvent::Kind::Woken, -1, 3);
    b.at(1.0).event(TraceEvent::Kind::TaskFinished, 7, -1, 0, QStringLiteral("42"));
    RunModel m;
    m.setTrace(b.trace);
    QCOMPARE(m.laneCount(), 1);
    QCOMPARE(m.lane(0).name, QStringLiteral("Task-7"));
    QCOMPARE(m.lane(0).finalState, TaskStatus::Done);
    QCOMPARE(m.combinators().size(), size_t(0));
    QCOMPARE(m.endTime(), 1.0);
    RunModel empty;
    empty.setTrace(Trace());
    QCOMPARE(empty.laneCount(), 0);
    QCOMPARE(empty.lastEventAtOrBefore(5.0), EventIndex(-1));
    QCOMPARE(empty.outputUntil(10), QString());
    QVERIFY(!empty.describeEvent(0).isEmpty());
}

void TestRunModel::httpWaterfalls()
{
    RunModel m;
    m.setTrace(fixtures::httpTrace());
    const auto &requests = m.httpRequests();
    QCOMPARE(requests.size(), size_t(3));
    auto phases = [&](const HttpRequestRecord &r) {
        QStringList out;
        for (const HttpRequestRecord::Segment &s : r.segments)
            out << QStringLiteral("%1 %2-%3").arg(httpPhaseName(s.phase)).arg(s.start).arg(s.end);
        return out;
    };
    QCOMPARE(m.lane(requests[0].lane).name, QStringLiteral("get_one"));
    QCOMPARE(phases(requests[0]),
             (QStringList{QStringLiteral("queued 0-0"), QStringLiteral("connecting 0-0.05"),
                          QStringLiteral("waiting 0.05-0.25"), QStringLiteral("receiving 0.25-0.3")}));
    QCOMPARE(requests[0].status, 200);
    QCOMPARE(requests[0].outcome, QStringLiteral("done"));
    // The second request queued for the only connection until the first was done, then reused it.
    QCOMPARE(phases(requests[1]),
             (QStringList{QStringLiteral("queued 0-0.3"), QStringLiteral("waiting 0.3-0.5"),
                          QStringLiteral("receiving 0.5-0.55")}));
    QVERIFY(requests[1].reused);
    QCOMPARE(requests[1].connection, 1);
    QCOMPARE(requests[2].outcome, QStringLiteral("timed_out"));
    QCOMPARE(requests[2].connection, 2);
    QCOMPARE(requests[2].end, 1.0);
    const QString tip = m.describeHttp(1);
    QVERIFY2(tip.contains(QStringLiteral("connection 1 (reused)")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("queued: 0.000 s – 0.300 s (300.0 ms)")), qPrintable(tip));
    QVERIFY(m.describeHttp(2).contains(QStringLiteral("ServerTimeoutError")));
    QVERIFY(m.describeHttp(7).isEmpty());
}

namespace {

QCoro::Task<int> sleeper(double seconds, int value, bool fail)
{
    co_await awaitscope::sleep(seconds);
    if (fail)
        throw awaitscope::TimeoutError(QStringLiteral("late"));
    co_return value;
}

int laneNamed(const RunModel &m, const QString &name)
{
    for (int i = 0; i < m.laneCount(); ++i)
        if (m.lane(i).name == name)
            return i;
    return -1;
}

} // namespace

// The same picture from a trace the runtime records: gather over three named tasks, one failing.
void TestRunModel::gatherFromTheRuntime()
{
    Trace trace;
    {
        awaitscope::Loop loop(awaitscope::Loop::Clock::Virtual, &trace);
        // A std::function body: a lambda type would have no linkage inside the runtime's templates.
        const std::function<QCoro::Task<void>()> body = []() -> QCoro::Task<void> {
            auto a = awaitscope::createNamedTask(QStringLiteral("a"), sleeper, 1.0, 10, false);
            auto b = awaitscope::createNamedTask(QStringLiteral("b"), sleeper, 3.0, 20, false);
            auto c = awaitscope::createNamedTask(QStringLiteral("c"), sleeper, 2.0, 30, true);
            co_await awaitscope::gatherOutcomes(awaitscope::taskList(a, b, c));
        };
        awaitscope::run(loop, body);
    }
    RunModel m;
    m.setTrace(trace);
    QCOMPARE(m.laneCount(), 4);
    const int a = laneNamed(m, QStringLiteral("a"));
    const int b = laneNamed(m, QStringLiteral("b"));
    const int c = laneNamed(m, QStringLiteral("c"));
    QVERIFY(a > 0 && b > 0 && c > 0);
    QCOMPARE(m.lane(a).parentLane, 0);
    QCOMPARE(m.endTime(), 3.0);
    auto stateAtTime = [&](int lane, double t) { return m.stateAt(lane, m.lastEventAtOrBefore(t)); };
    QCOMPARE(stateAtTime(a, 0.5), TaskStatus::Suspended);
    QCOMPARE(stateAtTime(a, 1.0), TaskStatus::Done);
    QCOMPARE(stateAtTime(c, 1.5), TaskStatus::Suspended);
    QCOMPARE(stateAtTime(c, 2.0), TaskStatus::Failed);
    QCOMPARE(stateAtTime(b, 2.5), TaskStatus::Suspended);
    QCOMPARE(stateAtTime(0, 2.5), TaskStatus::Suspended);
    QCOMPARE(stateAtTime(0, 3.0), TaskStatus::Done);
    QCOMPARE(m.lane(c).resultText, QStringLiteral("TimeoutError('late')"));

    QCOMPARE(m.combinators().size(), size_t(1));
    const CombinatorCall &g = m.combinators()[0];
    QCOMPARE(g.kind, QStringLiteral("gather"));
    QCOMPARE(g.children.size(), size_t(3));
    QCOMPARE(g.returned, 3.0);
    QCOMPARE(g.returnExceptions, true);
    // Slots fill in argument order; after the return they hold gather's own results.
    const auto mid = m.combinatorsAt(m.lastEventAtOrBefore(2.0));
    QCOMPARE(mid[0].resultSlots[0].state, TaskStatus::Done);
    QCOMPARE(mid[0].resultSlots[1].state, TaskStatus::Suspended);
    QCOMPARE(mid[0].resultSlots[2].state, TaskStatus::Failed);
    const auto end = m.combinatorsAt(m.eventCount() - 1);
    QVERIFY(end[0].returned);
    QCOMPARE(end[0].resultSlots[2].text, QStringLiteral("TimeoutError('late')"));
    // main, suspended on the gather, is woken by b, the last child to finish.
    bool wokenByB = false;
    for (const RunArrow &arrow : m.arrows())
        wokenByB |= arrow.kind == RunArrow::Kind::Wake && arrow.fromLane == b && arrow.toLane == 0;
    QVERIFY(wokenByB);
    QVERIFY(m.describeSpan(0, m.spanAtTime(0, 1.0)).contains(QStringLiteral("gather")));
    // Three sleeps were pending right after they started.
    QCOMPARE(m.loopAt(m.lastEventAtOrBefore(0.0)).timers.size(), size_t(3));
}

void TestRunModel::waitFromTheRuntime()
{
    Trace trace;
    {
        awaitscope::Loop loop(awaitscope::Loop::Clock::Virtual, &trace);
        // A std::function body: a lambda type would have no linkage inside the runtime's templates.
        const std::function<QCoro::Task<void>()> body = []() -> QCoro::Task<void> {
            auto slow = awaitscope::createNamedTask(QStringLiteral("slow"), sleeper, 3.0, 1, false);
            auto fast = awaitscope::createNamedTask(QStringLiteral("fast"), sleeper, 1.0, 2, false);
            auto r = co_await awaitscope::wait(awaitscope::taskList(slow, fast), 2.0);
            for (auto &t : r.pending)
                t.cancel();
            co_await awaitscope::sleep(0.5);
        };
        awaitscope::run(loop, body);
    }
    RunModel m;
    m.setTrace(trace);
    if (qEnvironmentVariableIsSet("DUMP_TRACE"))
        for (EventIndex i = 0; i < m.eventCount(); ++i)
            qDebug() << m.describeEvent(i) << trace.events()[size_t(i)].task
                     << trace.events()[size_t(i)].other << waitKindName(trace.events()[size_t(i)].waitKind);
    const int slow = laneNamed(m, QStringLiteral("slow"));
    const int fast = laneNamed(m, QStringLiteral("fast"));
    QCOMPARE(m.combinators().size(), size_t(1));
    const CombinatorCall &w = m.combinators()[0];
    QCOMPARE(w.kind, QStringLiteral("wait"));
    QVERIFY(w.hasDeadline());
    QCOMPARE(w.deadline(), 2.0);
    auto setsAt = [&](double t) {
        const CombinatorSnapshot s = m.combinatorsAt(m.lastEventAtOrBefore(t))[0];
        return std::make_pair(QList<int>(s.done.begin(), s.done.end()),
                              QList<int>(s.pending.begin(), s.pending.end()));
    };
    const int slowTask = m.lane(slow).task;
    const int fastTask = m.lane(fast).task;
    QCOMPARE(setsAt(0.5), std::make_pair(QList<int>{}, (QList<int>{slowTask, fastTask})));
    QCOMPARE(setsAt(1.5), std::make_pair(QList<int>{fastTask}, QList<int>{slowTask}));
    QCOMPARE(setsAt(2.4), std::make_pair(QList<int>{fastTask}, QList<int>{slowTask}));
    QCOMPARE(m.lane(slow).finalState, TaskStatus::Cancelled);
    QCOMPARE(m.lane(slow).finished, 2.0);
    // main waits inside wait() until the timeout: the picture names what it awaits.
    const int span = m.spanAtTime(0, 1.5);
    QCOMPARE(m.lane(0).spans[size_t(span)].state, TaskStatus::Suspended);
    QVERIFY2(m.describeSpan(0, span).contains(QStringLiteral("wait")), qPrintable(m.describeSpan(0, span)));
    // main's cancel of slow is an arrow.
    bool cancelArrow = false;
    for (const RunArrow &arrow : m.arrows())
        cancelArrow |= arrow.kind == RunArrow::Kind::Cancel && arrow.fromLane == 0 && arrow.toLane == slow;
    QVERIFY(cancelArrow);
}

QTEST_GUILESS_MAIN(TestRunModel)
#include "tst_runmodel.moc"
