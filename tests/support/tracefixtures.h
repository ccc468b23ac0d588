#pragma once

// Hand-made traces for the timeline and player tests: small asyncio programs written out event by event,
// the way the runtime records them.

#include "trace/trace.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>

namespace fixtures {

using awaitscope::Trace;
using awaitscope::TraceEvent;
using awaitscope::TraceTask;
using Kind = TraceEvent::Kind;
using Wait = TraceEvent::WaitKind;

class TraceBuilder
{
public:
    Trace trace;
    double now = 0.0;

    TraceBuilder &at(double t)
    {
        now = t;
        return *this;
    }

    TraceEvent &event(Kind kind, int task, int other = -1, int line = 0, const QString &text = {},
                      const QJsonObject &data = {}, Wait wait = Wait::None)
    {
        TraceEvent e;
        e.time = now;
        e.kind = kind;
        e.task = task;
        e.other = other;
        e.line = line;
        e.text = text;
        e.data = data;
        e.waitKind = wait;
        return trace.append(e);
    }

    void create(int id, const QString &name, int parent, int line)
    {
        TraceTask t;
        t.id = id;
        t.name = name;
        t.parent = parent;
        t.createdLine = line;
        t.coroutine = name;
        t.origin = parent < 0 ? QStringLiteral("run") : QStringLiteral("create_task");
        trace.addTask(t);
        event(Kind::TaskCreated, id, parent, line);
    }

    void pass(int ready, int timers = -1)
    {
        QJsonObject d{{QStringLiteral("ready"), ready}};
        if (timers >= 0)
            d.insert(QStringLiteral("timers"), timers);
        event(Kind::LoopPass, -1, -1, 0, {}, d);
    }

    // One step that ends in asyncio.sleep(until - now).
    void stepToSleep(int task, int line, int timer, double until)
    {
        event(Kind::StepStarted, task, -1, line);
        event(Kind::TimerScheduled, task, timer, line, {},
              QJsonObject{{QStringLiteral("id"), timer}, {QStringLiteral("when"), until}});
        event(Kind::Suspended, task, timer, line, {}, {}, Wait::Timer);
    }

    void timerWakes(int task, int timer)
    {
        event(Kind::TimerFired, task, timer, 0, {}, QJsonObject{{QStringLiteral("id"), timer}});
        event(Kind::Woken, task, timer, 0, {}, {}, Wait::Timer);
    }

    void print(int task, int line, const QString &text) { event(Kind::Output, task, -1, line, text); }
};

// Saves a grabbed picture for a person to look at, when AWAITSCOPE_GRAB_DIR names a folder.
inline void saveGrab(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("AWAITSCOPE_GRAB_DIR");
    if (!dir.isEmpty())
        image.save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

inline QJsonArray ids(std::initializer_list<int> list)
{
    QJsonArray a;
    for (int i : list)
        a.append(i);
    return a;
}

// main() gathers fetch_a (1 s, returns 'a'), fetch_b (3 s, 'b') and fetch_c (2 s, raises ValueError) with
// return_exceptions=True, then prints the list. Tasks 1-4, gather 100, timers 201-203.
inline Trace gatherTrace()
{
    TraceBuilder b;
    b.trace.program = QStringLiteral("gather.py");
    b.create(1, QStringLiteral("main"), -1, 20);
    b.pass(1);
    b.event(Kind::StepStarted, 1, -1, 21);
    b.event(Kind::CombinatorEntered, 1, 100, 21, QStringLiteral("gather"),
            QJsonObject{{QStringLiteral("id"), 100},
                        {QStringLiteral("tasks"), ids({2, 3, 4})},
                        {QStringLiteral("return_exceptions"), true}});
    b.create(2, QStringLiteral("fetch_a"), 1, 21);
    b.create(3, QStringLiteral("fetch_b"), 1, 21);
    b.create(4, QStringLiteral("fetch_c"), 1, 21);
    b.event(Kind::Suspended, 1, 100, 21, {}, {}, Wait::Combinator);
    b.pass(3);
    b.stepToSleep(2, 6, 201, 1.0);
    b.stepToSleep(3, 6, 202, 3.0);
    b.stepToSleep(4, 6, 203, 2.0);

    b.at(1.0).timerWakes(2, 201);
    b.pass(1, 2);
    b.event(Kind::StepStarted, 2, -1, 7);
    b.print(2, 7, QStringLiteral("a done\n"));
    b.event(Kind::TaskFinished, 2, -1, 8, QStringLiteral("'a'"));

    b.at(2.0).timerWakes(4, 203);
    b.pass(1, 1);
    b.event(Kind::StepStarted, 4, -1, 7);
    b.event(Kind::TaskFailed, 4, -1, 9, QStringLiteral("ValueError('boom')"));

    b.at(3.0).timerWakes(3, 202);
    b.pass(1, 0);
    b.event(Kind::StepStarted, 3, -1, 7);
    b.print(3, 7, QStringLiteral("b done\n"));
    b.event(Kind::TaskFinished, 3, -1, 8, QStringLiteral("'b'"));
    b.event(Kind::CombinatorReturned, 1, 100, 21, QStringLiteral("gather"),
            QJsonObject{{QStringLiteral("id"), 100},
                        {QStringLiteral("results"), QJsonArray{QStringLiteral("'a'"), QStringLiteral("'b'"),
                                                               QStringLiteral("ValueError('boom')")}}});
    b.event(Kind::Woken, 1, 100, 0, {}, {}, Wait::Combinator);
    b.pass(1, 0);
    b.event(Kind::StepStarted, 1, -1, 22);
    b.print(1, 22, QStringLiteral("['a', 'b', ValueError('boom')]\n"));
    b.event(Kind::TaskFinished, 1, -1, 22, QStringLiteral("None"));
    b.trace.endTime = 3.0;
    return b.trace;
}

// main() creates slow (3 s), fast (1 s) and medium (2 s), calls asyncio.wait(timeout=2.5), gets
// done={fast, medium} and pending={slow}, then cancels slow. Tasks 1-4, wait 100, timers 201-204.
inline Trace waitTrace()
{
    TraceBuilder b;
    b.trace.program = QStringLiteral("wait.py");
    b.create(1, QStringLiteral("main"), -1, 30);
    b.pass(1);
    b.event(Kind::StepStarted, 1, -1, 31);
    b.create(2, QStringLiteral("slow"), 1, 31);
    b.create(3, QStringLiteral("fast"), 1, 32);
    b.create(4, QStringLiteral("medium"), 1, 33);
    b.event(Kind::CombinatorEntered, 1, 100, 34, QStringLiteral("wait"),
            QJsonObject{{QStringLiteral("id"), 100},
                        {QStringLiteral("tasks"), ids({2, 3, 4})},
                        {QStringLiteral("timeout"), 2.5},
                        {QStringLiteral("return_when"), QStringLiteral("ALL_COMPLETED")}});
    b.event(Kind::TimerScheduled, 1, 204, 34, {},
            QJsonObject{{QStringLiteral("id"), 204}, {QStringLiteral("when"), 2.5}});
    b.event(Kind::Suspended, 1, 100, 34, {}, {}, Wait::Combinator);
    b.pass(3, 1);
    b.stepToSleep(2, 10, 201, 3.0);
    b.stepToSleep(3, 10, 202, 1.0);
    b.stepToSleep(4, 10, 203, 2.0);

    b.at(1.0).timerWakes(3, 202);
    b.pass(1, 3);
    b.event(Kind::StepStarted, 3, -1, 11);
    b.event(Kind::TaskFinished, 3, -1, 11, QStringLiteral("1"));
    b.at(2.0).timerWakes(4, 203);
    b.pass(1, 2);
    b.event(Kind::StepStarted, 4, -1, 11);
    b.event(Kind::TaskFinished, 4, -1, 11, QStringLiteral("2"));

    b.at(2.5).event(Kind::TimerFired, 1, 204, 0, {}, QJsonObject{{QStringLiteral("id"), 204}});
    b.event(Kind::CombinatorReturned, 1, 100, 34, QStringLiteral("wait"),
            QJsonObject{{QStringLiteral("id"), 100},
                        {QStringLiteral("done"), ids({3, 4})},
                        {QStringLiteral("pending"), ids({2})}});
    b.event(Kind::Woken, 1, 100, 0, {}, {}, Wait::Combinator);
    b.pass(1, 1);
    b.event(Kind::StepStarted, 1, -1, 35);
    b.print(1, 35, QStringLiteral("done: 2, pending: 1\n"));
    b.event(Kind::CancelRequested, 2, 1, 36);
    b.event(Kind::Suspended, 1, 2, 37, {}, {}, Wait::Task);
    b.pass(1, 1);
    b.event(Kind::StepStarted, 2, -1, 10);
    b.event(Kind::TaskCancelled, 2, -1, 10);
    b.event(Kind::Woken, 1, 2, 0, {}, {}, Wait::Task);
    b.pass(1, 0);
    b.event(Kind::StepStarted, 1, -1, 38);
    b.print(1, 38, QStringLiteral("slow cancelled\n"));
    b.event(Kind::TaskFinished, 1, -1, 38, QStringLiteral("None"));
    b.trace.endTime = 2.5;
    return b.trace;
}

// main() iterates as_completed over d3 (3 s), d1 (1 s), d2 (2 s): results come out 1, 2, 3.
inline Trace asCompletedTrace()
{
    TraceBuilder b;
    b.trace.program = QStringLiteral("as_completed.py");
    b.create(1, QStringLiteral("main"), -1, 40);
    b.event(Kind::StepStarted, 1, -1, 41);
    b.create(2, QStringLiteral("d3"), 1, 41);
    b.create(3, QStringLiteral("d1"), 1, 41);
    b.create(4, QStringLiteral("d2"), 1, 41);
    b.event(Kind::CombinatorEntered, 1, 100, 42, QStringLiteral("as_completed"),
            QJsonObject{{QStringLiteral("id"), 100}, {QStringLiteral("tasks"), ids({2, 3, 4})}});
    b.event(Kind::Suspended, 1, 100, 43, {}, {}, Wait::Combinator);
    b.stepToSleep(2, 5, 201, 3.0);
    b.stepToSleep(3, 5, 202, 1.0);
    b.stepToSleep(4, 5, 203, 2.0);
    const int order[] = {3, 4, 2};
    const int timer[] = {202, 203, 201};
    for (int i = 0; i < 3; ++i) {
        b.at(i + 1.0).timerWakes(order[i], timer[i]);
        b.event(Kind::StepStarted, order[i], -1, 6);
        b.event(Kind::TaskFinished, order[i], -1, 6, QString::number(i + 1));
        b.event(Kind::CombinatorYielded, 1, 100, 43, {},
                QJsonObject{{QStringLiteral("id"), 100},
                            {QStringLiteral("index"), i},
                            {QStringLiteral("task"), order[i]}});
        b.event(Kind::Woken, 1, 100, 0, {}, {}, Wait::Combinator);
        b.event(Kind::StepStarted, 1, -1, 44);
        b.print(1, 44, QStringLiteral("got %1\n").arg(i + 1));
        if (i < 2)
            b.event(Kind::Suspended, 1, 100, 43, {}, {}, Wait::Combinator);
    }
    b.event(Kind::CombinatorReturned, 1, 100, 43, QStringLiteral("as_completed"),
            QJsonObject{{QStringLiteral("id"), 100}, {QStringLiteral("order"), ids({3, 4, 2})}});
    b.event(Kind::TaskFinished, 1, -1, 45, QStringLiteral("None"));
    b.trace.endTime = 3.0;
    return b.trace;
}

// Two tasks fetch over one session with a pool of one connection: r1 opens connection 1, r2 queues for it
// and reuses it, r3 (a third task) times out while connecting. Phases as the HTTP layer records them.
inline Trace httpTrace()
{
    TraceBuilder b;
    b.trace.program = QStringLiteral("http.py");
    b.create(1, QStringLiteral("main"), -1, 1);
    b.create(2, QStringLiteral("get_one"), 1, 5);
    b.create(3, QStringLiteral("get_two"), 1, 6);
    b.create(4, QStringLiteral("get_three"), 1, 7);
    auto http = [&](int task, int request, const QString &phase, int connection = 0, int status = 0,
                    const QString &error = {}) {
        QJsonObject d{{QStringLiteral("phase"), phase},
                      {QStringLiteral("request"), request},
                      {QStringLiteral("session"), 1},
                      {QStringLiteral("method"), QStringLiteral("GET")},
                      {QStringLiteral("url"), QStringLiteral("http://demo/item/%1").arg(request)}};
        if (connection)
            d.insert(QStringLiteral("connection"), connection);
        if (status)
            d.insert(QStringLiteral("status"), status);
        if (!error.isEmpty())
            d.insert(QStringLiteral("error"), error);
        b.event(Kind::Http, task, connection, 12, phase, d);
    };
    b.event(Kind::StepStarted, 2, -1, 12);
    http(2, 1, QStringLiteral("queued"));
    http(2, 1, QStringLiteral("connecting"), 1);
    b.event(Kind::Suspended, 2, 50, 12, {}, {}, Wait::Io);
    b.event(Kind::StepStarted, 3, -1, 12);
    http(3, 2, QStringLiteral("queued"));
    b.event(Kind::Suspended, 3, 51, 12, {}, {}, Wait::Io);
    b.event(Kind::StepStarted, 4, -1, 12);
    http(4, 3, QStringLiteral("queued"));
    http(4, 3, QStringLiteral("connecting"), 2);
    b.event(Kind::Suspended, 4, 52, 12, {}, {}, Wait::Io);
    b.at(0.05);
    http(2, 1, QStringLiteral("sent"), 1);
    b.at(0.25);
    http(2, 1, QStringLiteral("first_byte"), 1, 200);
    b.at(0.3);
    http(2, 1, QStringLiteral("done"), 1, 200);
    b.event(Kind::Woken, 2, 50);
    b.event(Kind::StepStarted, 2, -1, 13);
    b.event(Kind::TaskFinished, 2, -1, 13);
    http(3, 2, QStringLiteral("reusing"), 1);
    http(3, 2, QStringLiteral("sent"), 1);
    b.at(0.5);
    http(3, 2, QStringLiteral("first_byte"), 1, 200);
    b.at(0.55);
    http(3, 2, QStringLiteral("done"), 1, 200);
    b.event(Kind::Woken, 3, 51);
    b.event(Kind::StepStarted, 3, -1, 13);
    b.event(Kind::TaskFinished, 3, -1, 13);
    b.at(1.0);
    http(4, 3, QStringLiteral("timed_out"), 2, 0, QStringLiteral("ServerTimeoutError: connect timed out"));
    b.event(Kind::Woken, 4, 52);
    b.event(Kind::StepStarted, 4, -1, 13);
    b.event(Kind::TaskFailed, 4, -1, 13, QStringLiteral("ServerTimeoutError('connect timed out')"));
    b.trace.endTime = 1.0;
    return b.trace;
}

} // namespace fixtures
