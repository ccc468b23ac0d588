// The trace: what the runtime records, its JSON round trip, the Chrome Trace Event export, and bad input.
#include "scenario.h"
#include "trace/tracestory.h"
#include "tracefixtures.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace awaitscope;
using scenario::Log;

namespace {

QCoro::Task<int> value(double delay, int v)
{
    co_await awaitscope::sleep(delay);
    co_return v;
}

// gather of three named tasks, one of them cancelled by main at t=1.
Trace recordSample()
{
    Trace trace;
    scenario::run(
        [](Log &) -> QCoro::Task<void> {
            auto a = createNamedTask(QStringLiteral("a"), value, 2.0, 1);
            auto b = createNamedTask(QStringLiteral("b"), value, 3.0, 2);
            auto c = createNamedTask(QStringLiteral("c"), value, 5.0, 3);
            auto g = createNamedTask(QStringLiteral("g"), [a, b]() -> QCoro::Task<int> {
                co_await gather(taskList(a, b));
                co_return 0;
            });
            co_await awaitscope::sleep(1);
            c.cancel();
            co_await g;
        },
        &trace);
    return trace;
}

const TraceTask *taskNamed(const Trace &t, const QString &name)
{
    for (const auto &task : t.tasks())
        if (task.name == name)
            return &task;
    return nullptr;
}

} // namespace

class TestTrace : public QObject
{
    Q_OBJECT
private slots:
    void recordsTheRun();
    void roundTrips();
    void findsTasksWhateverTheirIds();
    void chromeTraceHasTracksSpansAndFlows();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void timeNeverGoesBackwards();
    void taskResultTextIsOptional_data();
    void taskResultTextIsOptional();
    void sameStoryWhateverTheIds();
    void asCompletedHandsOutFuturesDoneBeforeAsAGroup();
    void aSyncWaitIsNamedInTheStory();
    void firstDifferenceIsTheEarliest();
};

void TestTrace::recordsTheRun()
{
    const Trace t = recordSample();
    const TraceTask *a = taskNamed(t, QStringLiteral("a"));
    const TraceTask *c = taskNamed(t, QStringLiteral("c"));
    QVERIFY(a && c);
    QVERIFY(a->parent >= 0); // created by main
    bool sawTimerWait = false, sawGather = false, sawGatherResult = false, sawCancel = false,
         sawCancelled = false;
    for (const auto &e : t.events()) {
        if (e.kind == TraceEvent::Kind::Suspended && e.task == a->id &&
            e.waitKind == TraceEvent::WaitKind::Timer)
            sawTimerWait = e.data.value(QStringLiteral("until")).toDouble() == 2.0;
        if (e.kind == TraceEvent::Kind::CombinatorEntered && e.text == QLatin1String("gather"))
            sawGather = e.data.value(QStringLiteral("children")).toArray().size() == 2;
        if (e.kind == TraceEvent::Kind::CombinatorReturned && e.text == QLatin1String("gather"))
            sawGatherResult = e.time == 3.0 && e.data.value(QStringLiteral("results")).toArray() ==
                                                   QJsonArray{QStringLiteral("1"), QStringLiteral("2")};
        if (e.kind == TraceEvent::Kind::CancelRequested && e.task == c->id)
            sawCancel = e.time == 1.0;
        if (e.kind == TraceEvent::Kind::TaskCancelled && e.task == c->id)
            sawCancelled = e.time == 1.0;
    }
    QVERIFY(sawTimerWait);
    QVERIFY(sawGather);
    QVERIFY(sawGatherResult);
    QVERIFY(sawCancel);
    QVERIFY(sawCancelled);
    // Sequence numbers are the order of events, and time never goes back.
    for (size_t i = 1; i < t.events().size(); ++i) {
        QCOMPARE(t.events()[i].seq, t.events()[i - 1].seq + 1);
        QVERIFY(t.events()[i].time >= t.events()[i - 1].time);
    }
}

void TestTrace::roundTrips()
{
    Trace t = recordSample();
    t.program = QStringLiteral("sample.py");
    t.source = QStringLiteral("print('hi')\n");
    t.endTime = 3.0;
    const QByteArray json = t.toJson();
    Trace back;
    QString error;
    QVERIFY2(back.fromJson(json, &error), qPrintable(error));
    QCOMPARE(back.toJson(), json);
    QCOMPARE(back.tasks().size(), t.tasks().size());
    QCOMPARE(back.events().size(), t.events().size());
    QCOMPARE(back.program, QStringLiteral("sample.py"));
}

// A run's ids are small and dense; a file's may be anything: each is found, and a later task listed with the
// same id replaces the earlier one.
void TestTrace::findsTasksWhateverTheirIds()
{
    Trace t;
    const int ids[] = {0, 7, -5, 2000000000, 3, 100000, 7, 5000, 1};
    for (int i = 0; i < int(std::size(ids)); ++i)
        t.addTask(TraceTask{ids[i], QStringLiteral("t%1").arg(i), -1, 0, QString(), QString()});
    QCOMPARE(t.task(0)->name, QStringLiteral("t0"));
    QCOMPARE(t.task(7)->name, QStringLiteral("t6"));
    QCOMPARE(t.task(-5)->name, QStringLiteral("t2"));
    QCOMPARE(t.task(2000000000)->name, QStringLiteral("t3"));
    QCOMPARE(t.task(100000)->name, QStringLiteral("t5"));
    QCOMPARE(t.task(5000)->name, QStringLiteral("t7"));
    QCOMPARE(t.task(1)->name, QStringLiteral("t8"));
    for (int absent : {2, 4, 6, 8, -1, 99999, 4999, 2000000001})
        QVERIFY2(!t.task(absent), qPrintable(QString::number(absent)));
    // The same ids the other way round: a large one first, then the small ones it must not hide.
    Trace u;
    u.addTask(TraceTask{100000, QStringLiteral("big"), -1, 0, QString(), QString()});
    for (int id = 0; id < 3000; ++id)
        u.addTask(TraceTask{id, QString::number(id), -1, 0, QString(), QString()});
    u.addTask(TraceTask{100000, QStringLiteral("big again"), -1, 0, QString(), QString()});
    QCOMPARE(u.task(100000)->name, QStringLiteral("big again"));
    QCOMPARE(u.task(2999)->name, QStringLiteral("2999"));
    u.clear();
    QVERIFY(!u.task(5));
    QVERIFY(!u.task(100000));
}

void TestTrace::timeNeverGoesBackwards()
{
    // A note recorded after a real-clock loop ended comes with time 0: the trace keeps its order of time,
    // and what it writes its own reader accepts.
    Trace t;
    t.addTask({1, QStringLiteral("main"), -1, 1, QStringLiteral("main"), QStringLiteral("run")});
    TraceEvent created;
    created.kind = TraceEvent::Kind::TaskCreated;
    created.task = 1;
    created.time = 0.0;
    t.append(created);
    TraceEvent finished;
    finished.kind = TraceEvent::Kind::TaskFinished;
    finished.task = 1;
    finished.time = 1.25;
    t.append(finished);
    TraceEvent note;
    note.kind = TraceEvent::Kind::Note;
    note.text = QStringLiteral("stopped");
    note.time = 0.0;
    t.append(note);
    QCOMPARE(t.events().back().time, 1.25);
    Trace back;
    QString error;
    QVERIFY2(back.fromJson(t.toJson(), &error), qPrintable(error));
}

void TestTrace::taskResultTextIsOptional_data()
{
    QTest::addColumn<QByteArray>("event");
    QTest::addColumn<QString>("text");
    QTest::newRow("with the result's repr")
        << QByteArray(R"({"t": 1, "kind": "task-finished", "task": 1, "text": "[1, 'a']"})")
        << QStringLiteral("[1, 'a']");
    QTest::newRow("an older trace without it")
        << QByteArray(R"({"t": 1, "kind": "task-finished", "task": 1})") << QString();
}

void TestTrace::taskResultTextIsOptional()
{
    QFETCH(QByteArray, event);
    QFETCH(QString, text);
    const QByteArray json =
        R"({"format": "awaitscope-trace", "version": 1, "program": "p.py", "clock": "virtual",
        "endTime": 1, "exitStatus": 0, "tasks": [{"id": 1, "name": "main", "parent": -1}],
        "events": [{"t": 0, "kind": "task-created", "task": 1}, )" +
        event + "]}";
    Trace t;
    QString error;
    QVERIFY2(t.fromJson(json, &error), qPrintable(error));
    QCOMPARE(t.events().back().kind, TraceEvent::Kind::TaskFinished);
    QCOMPARE(t.events().back().text, text);
    // Written back, the field is there exactly when it was set.
    QCOMPARE(t.toJson().contains("\"text\""), !text.isEmpty());
}

namespace {

// A run of three tasks: main waits on two children with asyncio.wait; ids are offset by `base` and the
// order of wait's sets by `reversed`, as two runtimes (or two CPython runs) may number and order them.
Trace waitRun(int base, bool reversed, double childEnd = 1.0)
{
    using fixtures::Kind;
    using fixtures::Wait;
    fixtures::TraceBuilder b;
    const int main = base + 1, a = base + 2, c = base + 3, w = base + 10;
    b.create(main, QStringLiteral("Task-1"), -1, 9);
    b.event(Kind::StepStarted, main);
    b.create(a, QStringLiteral("a"), main, 4);
    b.create(c, QStringLiteral("b"), main, 5);
    b.trace.task(main)->coroutine = QStringLiteral("main");
    b.trace.task(a)->coroutine = b.trace.task(c)->coroutine = QStringLiteral("job");
    const QJsonArray children = reversed ? QJsonArray{c, a} : QJsonArray{a, c};
    b.event(Kind::CombinatorEntered, main, w, 0, QStringLiteral("wait"),
            QJsonObject{{QStringLiteral("children"), children}});
    b.event(Kind::Suspended, main, w, 0, {}, {}, Wait::Combinator);
    for (int child : {a, c}) {
        b.at(0).event(Kind::StepStarted, child);
        b.event(Kind::Suspended, child, -1, 0, {}, {}, Wait::Timer);
        b.at(childEnd).event(Kind::Woken, child);
        b.event(Kind::StepStarted, child);
        b.event(Kind::TaskFinished, child, -1, 0, QStringLiteral("7"));
    }
    b.event(Kind::Woken, main, w);
    b.event(Kind::StepStarted, main);
    b.event(Kind::CombinatorReturned, main, w, 0, QStringLiteral("wait"),
            QJsonObject{{QStringLiteral("done"), children}, {QStringLiteral("pending"), QJsonArray{}}});
    b.print(main, 0, QStringLiteral("done 2\n"));
    b.event(Kind::TaskFinished, main, -1, 0, QStringLiteral("None"));
    b.trace.endTime = childEnd;
    return b.trace;
}

} // namespace

// Tasks are matched by creation order, futures by first appearance, and wait's sets are sets.
void TestTrace::sameStoryWhateverTheIds()
{
    const StoryDifference d =
        compareStories(TraceStory::of(waitRun(0, false)), TraceStory::of(waitRun(40, true)));
    QVERIFY2(d.same, qPrintable(d.describe()));
    QCOMPARE(d.describe(), QStringLiteral("same scheduling story"));
}

namespace {

// main watches a and b, both done at t=1, and c (still running) with as_completed, which hands out
// `first`, then `second`, then c at t=2.
Trace asCompletedRun(const QString &first, const QString &second)
{
    using fixtures::Kind;
    fixtures::TraceBuilder b;
    const QHash<QString, int> ids{
        {QStringLiteral("a"), 2}, {QStringLiteral("b"), 3}, {QStringLiteral("c"), 4}};
    b.create(1, QStringLiteral("Task-1"), -1, 9);
    for (const QString &name : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")})
        b.create(ids.value(name), name, 1, 4);
    b.at(1).event(Kind::TaskFinished, 2, -1, 0, QStringLiteral("1"));
    b.event(Kind::TaskFinished, 3, -1, 0, QStringLiteral("1"));
    b.event(Kind::CombinatorEntered, 1, 10, 0, QStringLiteral("as_completed"),
            QJsonObject{{QStringLiteral("children"), QJsonArray{2, 3, 4}}});
    int index = 0;
    for (const QString &name : {first, second}) {
        b.event(Kind::CombinatorYielded, 1, 10, 0, QStringLiteral("as_completed"),
                QJsonObject{{QStringLiteral("index"), index++}, {QStringLiteral("source"), ids.value(name)}});
    }
    b.at(2).event(Kind::TaskFinished, 4, -1, 0, QStringLiteral("1"));
    b.event(Kind::CombinatorYielded, 1, 10, 0, QStringLiteral("as_completed"),
            QJsonObject{{QStringLiteral("index"), index}, {QStringLiteral("source"), 4}});
    b.trace.endTime = 2;
    return b.trace;
}

} // namespace

// as_completed adds its callback to the futures in the order of the set it made of them, which for those
// already done decides the order they are handed out in: CPython's addresses, so the story tells such a
// source as one of that group. A future that ends later is still named.
void TestTrace::asCompletedHandsOutFuturesDoneBeforeAsAGroup()
{
    const auto story = [](const QString &first, const QString &second) {
        return TraceStory::of(asCompletedRun(first, second));
    };
    const StoryDifference swapped = compareStories(story(QStringLiteral("a"), QStringLiteral("b")),
                                                   story(QStringLiteral("b"), QStringLiteral("a")));
    QVERIFY2(swapped.same, qPrintable(swapped.describe()));
    QVERIFY(story(QStringLiteral("a"), QStringLiteral("b"))
                .combinators.at(1)
                .text.endsWith(QStringLiteral("source one of [#2, #3] (done before)")));
    const StoryDifference later = compareStories(story(QStringLiteral("a"), QStringLiteral("b")),
                                                 story(QStringLiteral("a"), QStringLiteral("c")));
    QVERIFY(!later.same);
    QCOMPARE(later.found, QStringLiteral("t=1 as_completed 1 handed out: index 1, source #4"));
}

// A wait on a synchronisation primitive's future says which one; another primitive is another story.
void TestTrace::aSyncWaitIsNamedInTheStory()
{
    using fixtures::Kind;
    using fixtures::Wait;
    const auto run = [](const QString &label) {
        fixtures::TraceBuilder b;
        b.create(1, QStringLiteral("Task-1"), -1, 9);
        b.event(Kind::StepStarted, 1);
        b.event(Kind::Suspended, 1, 5, 0, label, {}, Wait::Future);
        return TraceStory::of(b.trace);
    };
    QCOMPARE(run(QStringLiteral("Lock.acquire")).lives.at(0).back().text,
             QStringLiteral("waits on future (Lock.acquire)"));
    QCOMPARE(run(QString()).lives.at(0).back().text, QStringLiteral("waits on future"));
    const StoryDifference d =
        compareStories(run(QStringLiteral("Lock.acquire")), run(QStringLiteral("Queue.get")));
    QVERIFY(!d.same);
    QCOMPARE(d.found, QStringLiteral("t=0 waits on future (Queue.get)"));
}

// When the children end later, the first difference named is the earliest: main's wake-up at t=1 (the
// children's wake-ups come at the same moment, the wait's outcome and the output follow).
void TestTrace::firstDifferenceIsTheEarliest()
{
    const StoryDifference d =
        compareStories(TraceStory::of(waitRun(0, false)), TraceStory::of(waitRun(0, false, 2.0)));
    QVERIFY(!d.same);
    QCOMPARE(d.time, 1.0);
    QCOMPARE(d.where, QStringLiteral("task #1 Task-1 main()"));
    QCOMPARE(d.expected, QStringLiteral("t=1 woken"));
    QCOMPARE(d.found, QStringLiteral("t=2 woken"));
    QCOMPARE(d.describe(),
             QStringLiteral("first difference at t=1, task #1 Task-1 main():\n  expected: t=1 woken\n"
                            "  found:    t=2 woken"));
    // Another exit status is a difference too, at the end.
    Trace failed = waitRun(0, false);
    failed.exitStatus = 1;
    const StoryDifference end = compareStories(TraceStory::of(waitRun(0, false)), TraceStory::of(failed));
    QCOMPARE(end.where, QStringLiteral("end"));
    QCOMPARE(end.found, QStringLiteral("t=1 exit status 1"));
}

void TestTrace::chromeTraceHasTracksSpansAndFlows()
{
    const Trace t = recordSample();
    const QJsonDocument doc = QJsonDocument::fromJson(t.toChromeTrace());
    const QJsonArray events = doc.object().value(QStringLiteral("traceEvents")).toArray();
    QStringList threadNames;
    int spans = 0, flowsStart = 0, flowsEnd = 0;
    for (const auto &v : events) {
        const QJsonObject o = v.toObject();
        const QString ph = o.value(QStringLiteral("ph")).toString();
        if (ph == QLatin1String("M"))
            threadNames
                << o.value(QStringLiteral("args")).toObject().value(QStringLiteral("name")).toString();
        spans += ph == QLatin1String("X");
        flowsStart += ph == QLatin1String("s");
        flowsEnd += ph == QLatin1String("f");
        if (ph == QLatin1String("X"))
            QVERIFY(o.value(QStringLiteral("dur")).toDouble() > 0);
    }
    for (const char *name : {"a", "b", "c", "g"})
        QVERIFY2(threadNames.contains(QLatin1String(name)), name);
    QVERIFY(spans >= 8);
    QVERIFY(flowsStart > 0);
    QCOMPARE(flowsStart, flowsEnd);
}

void TestTrace::rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("{oops") << QStringLiteral("not valid JSON");
    QTest::newRow("wrong format") << QByteArray(R"({"format":"other"})")
                                  << QStringLiteral("not an Awaitscope trace");
    QTest::newRow("future version") << QByteArray(R"({"format":"awaitscope-trace","version":99})")
                                    << QStringLiteral("version 99 is not supported");
    QTest::newRow("unknown kind")
        << QByteArray(R"({"format":"awaitscope-trace","version":1,"events":[{"kind":"x"}]})")
        << QStringLiteral("unknown kind \"x\"");
    QTest::newRow("time goes back")
        << QByteArray(
               R"({"format":"awaitscope-trace","version":1,"events":[{"kind":"note","t":2},{"kind":"note","t":1}]})")
        << QStringLiteral("goes back in time");
    QTest::newRow("duplicate task")
        << QByteArray(R"({"format":"awaitscope-trace","version":1,"tasks":[{"id":1},{"id":1}]})")
        << QStringLiteral("appears twice");
}

void TestTrace::rejectsBadInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    Trace t;
    QString error;
    QVERIFY(!t.fromJson(json, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestTrace)
#include "tst_trace.moc"
