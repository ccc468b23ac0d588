#include "timeline/timelinemodel.h"

#include "tst_timelinefixtures.h"

#include <QTest>

using namespace awaitscope;

Q_DECLARE_METATYPE(awaitscope::TaskState)

class TestTimelineModel : public QObject
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
};

void TestTimelineModel::lanesFollowTasks()
{
    TimelineModel m;
    m.setTrace(fixtures::gatherTrace());
    QCOMPARE(m.laneCount(), 4);
    QStringList names;
    for (const TimelineLane &l : m.lanes())
        names << l.name;
    QCOMPARE(names, (QStringList{QStringLiteral("main"), QStringLiteral("fetch_a"), QStringLiteral("fetch_b"),
                                 QStringLiteral("fetch_c")}));
    QCOMPARE(m.lane(1).parentLane, 0);
    QCOMPARE(m.lane(0).parentLane, -1);
    QCOMPARE(m.lane(2).createdLine, 21);
    QCOMPARE(m.lane(1).finalState, TaskState::Done);
    QCOMPARE(m.lane(1).resultText, QStringLiteral("'a'"));
    QCOMPARE(m.lane(3).finalState, TaskState::Failed);
    QCOMPARE(m.lane(3).finished, 2.0);
    QCOMPARE(m.startTime(), 0.0);
    QCOMPARE(m.endTime(), 3.0);
    QCOMPARE(m.combinators().size(), size_t(1));
    QCOMPARE(m.combinators()[0].kind, QStringLiteral("gather"));
    QCOMPARE(m.combinators()[0].returned, 3.0);
    // Spans of a lane are contiguous: each begins where the previous ended.
    for (const TimelineLane &l : m.lanes()) {
        for (size_t i = 1; i < l.spans.size(); ++i) {
            QCOMPARE(l.spans[i].start, l.spans[i - 1].end);
            QCOMPARE(l.spans[i].startEvent, l.spans[i - 1].endEvent);
        }
        QCOMPARE(l.spans.back().end, m.endTime());
    }
}

void TestTimelineModel::stateAtTime_data()
{
    QTest::addColumn<double>("time");
    QTest::addColumn<QString>("task");
    QTest::addColumn<TaskState>("state");
    QTest::newRow("main waits on gather") << 0.5 << QStringLiteral("main") << TaskState::Suspended;
    QTest::newRow("fetch_a sleeps") << 0.5 << QStringLiteral("fetch_a") << TaskState::Suspended;
    QTest::newRow("fetch_a done after 1 s") << 1.0 << QStringLiteral("fetch_a") << TaskState::Done;
    QTest::newRow("fetch_c still asleep") << 1.5 << QStringLiteral("fetch_c") << TaskState::Suspended;
    QTest::newRow("fetch_c failed at 2 s") << 2.0 << QStringLiteral("fetch_c") << TaskState::Failed;
    QTest::newRow("fetch_b done at the end") << 3.0 << QStringLiteral("fetch_b") << TaskState::Done;
    QTest::newRow("main done at the end") << 3.0 << QStringLiteral("main") << TaskState::Done;
    QTest::newRow("before the run") << -1.0 << QStringLiteral("main") << TaskState::NotCreated;
}

void TestTimelineModel::stateAtTime()
{
    QFETCH(double, time);
    QFETCH(QString, task);
    QFETCH(TaskState, state);
    TimelineModel m;
    m.setTrace(fixtures::gatherTrace());
    int lane = -1;
    for (int i = 0; i < m.laneCount(); ++i)
        if (m.lane(i).name == task)
            lane = i;
    QVERIFY(lane >= 0);
    const int span = m.spanAtTime(lane, time);
    const TaskState got = span < 0 ? TaskState::NotCreated : m.lane(lane).spans[size_t(span)].state;
    QCOMPARE(got, state);
    // The same answer through the event index.
    QCOMPARE(m.stateAt(lane, m.lastEventAtOrBefore(time)), state);
}

void TestTimelineModel::stepsBetweenEventsAtOneInstant()
{
    // At t=0 everything happens at once; stepping event by event still shows each step.
    TimelineModel m;
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
    QCOMPARE(m.stateAt(1, stepOfA - 1), TaskState::Ready);
    QCOMPARE(m.stateAt(1, stepOfA), TaskState::Running);
    QCOMPARE(m.stateAt(1, stepOfA + 2), TaskState::Suspended);
    QCOMPARE(m.stateAt(2, stepOfA), TaskState::Ready); // fetch_b has not run yet
}

void TestTimelineModel::suspendedSpansSayOnWhat()
{
    TimelineModel m;
    m.setTrace(fixtures::waitTrace());
    const int main = m.laneOfTask(1);
    const int span = m.spanAtTime(main, 1.0);
    const TimelineSpan &s = m.lane(main).spans[size_t(span)];
    QCOMPARE(s.state, TaskState::Suspended);
    QCOMPARE(s.waitKind, TraceEvent::WaitKind::Combinator);
    QVERIFY(m.describeSpan(main, span).contains(QStringLiteral("awaiting wait")));
    const int slow = m.laneOfTask(2);
    const int asleep = m.spanAtTime(slow, 1.0);
    QVERIFY(m.describeSpan(slow, asleep).contains(QStringLiteral("sleeping")));
    QCOMPARE(m.lane(slow).finalState, TaskState::Cancelled);
    QCOMPARE(m.combinators()[0].hasDeadline(), true);
    QCOMPARE(m.combinators()[0].deadline(), 2.5);
}

void TestTimelineModel::wakeAndCancelArrows()
{
    TimelineModel m;
    m.setTrace(fixtures::waitTrace());
    QStringList arrows;
    for (const TimelineArrow &a : m.arrows())
        arrows << QStringLiteral("%1 %2->%3 at %4")
                      .arg(a.kind == TimelineArrow::Kind::Wake ? QStringLiteral("wake")
                                                               : QStringLiteral("cancel"),
                           m.lane(a.fromLane).name, m.lane(a.toLane).name)
                      .arg(a.time);
    // Timer wake-ups have no arrow; wait woke main when it returned (from the last task that finished
    // before), main cancelled slow, slow's end woke main.
    QCOMPARE(arrows, (QStringList{QStringLiteral("wake medium->main at 2.5"),
                                  QStringLiteral("cancel main->slow at 2.5"),
                                  QStringLiteral("wake slow->main at 2.5")}));
}

void TestTimelineModel::gatherSlotsFillInArgumentOrder_data()
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

void TestTimelineModel::gatherSlotsFillInArgumentOrder()
{
    QFETCH(double, time);
    QFETCH(QStringList, expected);
    QFETCH(bool, returned);
    TimelineModel m;
    m.setTrace(fixtures::gatherTrace());
    const std::vector<CombinatorSnapshot> snapshots = m.combinatorsAt(m.lastEventAtOrBefore(time));
    QCOMPARE(snapshots.size(), size_t(1));
    QStringList got;
    for (const CombinatorSnapshot::Slot &s : snapshots[0].resultSlots)
        got << (isFinalState(s.state) ? s.text : QStringLiteral("…"));
    QCOMPARE(got, expected);
    QCOMPARE(snapshots[0].returned, returned);
    QCOMPARE(snapshots[0].resultSlots[0].name, QStringLiteral("fetch_a"));
}

void TestTimelineModel::waitDoneAndPending_data()
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

void TestTimelineModel::waitDoneAndPending()
{
    QFETCH(double, time);
    QFETCH(QList<int>, done);
    QFETCH(QList<int>, pending);
    TimelineModel m;
    m.setTrace(fixtures::waitTrace());
    const std::vector<CombinatorSnapshot> snapshots = m.combinatorsAt(m.lastEventAtOrBefore(time));
    QCOMPARE(snapshots.size(), size_t(1));
    QCOMPARE(QList<int>(snapshots[0].done.begin(), snapshots[0].done.end()), done);
    QCOMPARE(QList<int>(snapshots[0].pending.begin(), snapshots[0].pending.end()), pending);
}

void TestTimelineModel::asCompletedOrder()
{
    TimelineModel m;
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
    for (const TimelineMarker &mk : m.markers())
        if (mk.kind == TimelineMarker::Kind::Yielded)
            yields << QStringLiteral("%1:%2").arg(mk.number).arg(m.lane(mk.lane).name);
    QCOMPARE(yields, (QStringList{QStringLiteral("1:d1"), QStringLiteral("2:d2"), QStringLiteral("3:d3")}));
}

void TestTimelineModel::loopState()
{
    TimelineModel m;
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

void TestTimelineModel::currentLines()
{
    TimelineModel m;
    m.setTrace(fixtures::gatherTrace());
    QCOMPARE(m.lineAt(0, m.lastEventAtOrBefore(0.0)), 21);
    QCOMPARE(m.lineAt(1, m.lastEventAtOrBefore(0.5)), 6);
    QCOMPARE(m.lineAt(1, m.lastEventAtOrBefore(1.0)), 8);
    QCOMPARE(m.lineAt(0, m.lastEventAtOrBefore(3.0)), 22);
    QCOMPARE(m.lineAt(0, -1), 0);
}

void TestTimelineModel::outputUntil()
{
    TimelineModel m;
    m.setTrace(fixtures::gatherTrace());
    // The indexed version agrees with the trace's own scan at every event.
    QCOMPARE(m.outputUntil(-1), QString());
    for (EventIndex i = 0; i < m.eventCount(); ++i)
        QCOMPARE(m.outputUntil(i), m.trace().outputUntil(std::uint64_t(i)));
    QCOMPARE(m.outputUntil(m.lastEventAtOrBefore(1.0)), QStringLiteral("a done\n"));
    QCOMPARE(m.outputUntil(m.eventCount() - 1),
             QStringLiteral("a done\nb done\n['a', 'b', ValueError('boom')]\n"));
}

void TestTimelineModel::eventsWithoutTasksOrEntries()
{
    // A trace that names tasks it never lists, returns from a combinator it never entered, and has loop
    // events: the model copes, and gives every task a lane.
    fixtures::TraceBuilder b;
    b.event(TraceEvent::Kind::StepStarted, 7);
    b.event(TraceEvent::Kind::CombinatorReturned, 7, 55);
    b.event(TraceEvent::Kind::Woken, -1, 3);
    b.at(1.0).event(TraceEvent::Kind::TaskFinished, 7, -1, 0, QStringLiteral("42"));
    TimelineModel m;
    m.setTrace(b.trace);
    QCOMPARE(m.laneCount(), 1);
    QCOMPARE(m.lane(0).name, QStringLiteral("Task-7"));
    QCOMPARE(m.lane(0).finalState, TaskState::Done);
    QCOMPARE(m.combinators().size(), size_t(0));
    QCOMPARE(m.endTime(), 1.0);
    TimelineModel empty;
    empty.setTrace(Trace());
    QCOMPARE(empty.laneCount(), 0);
    QCOMPARE(empty.lastEventAtOrBefore(5.0), EventIndex(-1));
    QCOMPARE(empty.outputUntil(10), QString());
    QVERIFY(!empty.describeEvent(0).isEmpty());
}

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
