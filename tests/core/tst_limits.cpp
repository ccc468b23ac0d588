// Limits of the interpreter: a runaway program stops with one message line that names the limit, its value
// and how to raise it, keeps the output printed so far, ends with exit status 1 and leaves no task behind.
// Run through runPythonSource, like `awaitscope run` and the GUI.
#include "python/pythonrunner.h"
#include "trace/trace.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

using namespace awaitscope;
using namespace awaitscope::py;

Q_DECLARE_METATYPE(awaitscope::py::RunOptions)
Q_DECLARE_METATYPE(awaitscope::py::Limit)

namespace {

struct Result
{
    QString out;
    QString err;
    int status = 0;
    Trace trace;
};

void runWith(Result &r, const QString &source, const RunOptions &limits)
{
    RunOptions o = limits;
    o.displayName = QStringLiteral("limits.py");
    o.out = [&r](const QString &s) { r.out += s; };
    o.err = [&r](const QString &s) { r.err += s; };
    o.trace = &r.trace;
    r.status = runPythonSource(source, o);
}

RunOptions limitsOf(qint64 steps, qint64 memoryMB, qint64 output)
{
    RunOptions o;
    o.limits.maxSteps = steps;
    o.limits.maxMemoryMB = memoryMB;
    o.limits.maxOutput = output;
    return o;
}

RunOptions oneLimit(Limit limit, qint64 value)
{
    RunOptions o;
    o.limits.set(limit, value);
    return o;
}

QString lastLine(const QString &text)
{
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.last();
}

// Every task of the trace that was created has ended (finished, failed or cancelled).
QStringList tasksLeftRunning(const Trace &trace)
{
    QSet<int> open;
    for (const TraceEvent &e : trace.events()) {
        if (e.kind == TraceEvent::Kind::TaskCreated)
            open.insert(e.task);
        else if (e.kind == TraceEvent::Kind::TaskFinished || e.kind == TraceEvent::Kind::TaskFailed ||
                 e.kind == TraceEvent::Kind::TaskCancelled)
            open.remove(e.task);
    }
    QStringList ids;
    for (int id : open)
        ids << QString::number(id);
    return ids;
}

const char *const manyTasks = "import asyncio\n"
                              "async def worker():\n"
                              "    await asyncio.sleep(1)\n"
                              "async def main():\n"
                              "    tasks = []\n"
                              "    for i in range(10 ** 9):\n"
                              "        tasks.append(asyncio.create_task(worker()))\n"
                              "print('start')\n"
                              "asyncio.run(main())\n";

const char *const chattyTasks = "import asyncio\n"
                                "async def ping(i):\n"
                                "    while True:\n"
                                "        await asyncio.sleep(0.1)\n"
                                "async def main():\n"
                                "    for i in range(5):\n"
                                "        asyncio.create_task(ping(i))\n"
                                "    await asyncio.sleep(10 ** 6)\n"
                                "print('start')\n"
                                "asyncio.run(main())\n";

} // namespace

class TestLimits : public QObject
{
    Q_OBJECT

private slots:
    // One row per limit: the last line of stderr is the whole story for the learner (the GUI shows it).
    void eachLimit_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<Limit>("limit");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QString>("message"); // the start of the last line of stderr, before the hint

        auto row = [](const char *name, const char *src, Limit limit, qint64 value, const QString &message) {
            QTest::newRow(name) << QString::fromUtf8(src) << limit << value << message;
        };
        row("recursion depth", "def down(n):\n    return down(n + 1)\nprint('start')\ndown(0)\n",
            Limit::Recursion, 50,
            QStringLiteral("Stopped: recursion limit reached: more than 50 nested calls"));
        row("recursion depth in a coroutine",
            "import asyncio\nasync def down(n):\n    await down(n + "
            "1)\nprint('start')\nasyncio.run(down(0))\n",
            Limit::Recursion, 50,
            QStringLiteral("Stopped: recursion limit reached: more than 50 nested calls"));
        row("step budget", "print('start')\nwhile True:\n    pass\n", Limit::Steps, 5000,
            QStringLiteral(
                "Stopped: step limit reached: the program ran more than 5000 steps (an endless loop?)"));
        row("step budget in a task",
            "import asyncio\nasync def spin():\n    while True:\n        await asyncio.sleep(0)\n"
            "print('start')\nasyncio.run(spin())\n",
            Limit::Steps, 5000,
            QStringLiteral(
                "Stopped: step limit reached: the program ran more than 5000 steps (an endless loop?)"));
        // The limit is in megabytes, of everything the program allocates (#20: it once counted objects, and
        // thirty strings of 99 MB took 6 GB).
        row("memory cap, huge list", "print('start')\nbig = [0] * 1000000000\n", Limit::Memory, 100,
            QStringLiteral("Stopped: memory limit reached: the program used more than 100 MB"));
        row("memory cap, growing list", "print('start')\nbig = []\nwhile True:\n    big.append(len(big))\n",
            Limit::Memory, 20,
            QStringLiteral("Stopped: memory limit reached: the program used more than 20 MB"));
        row("memory cap, long strings",
            "print('start')\nkeep = []\nfor i in range(30):\n    keep.append(str(i % 10) * 99000000)\n",
            Limit::Memory, 300,
            QStringLiteral("Stopped: memory limit reached: the program used more than 300 MB"));
        row("memory cap, many instances",
            "class P:\n    def __init__(self, x):\n        self.x = x\nprint('start')\n"
            "items = [P(i) for i in range(2400000)]\n",
            Limit::Memory, 50,
            QStringLiteral("Stopped: memory limit reached: the program used more than 50 MB"));
        // Ints beyond 64 bits are GMP numbers: their limbs count, and a result too large for the limit is
        // refused before GMP allocates it.
        row("memory cap, a huge power", "print('start')\nx = 10 ** (10 ** 9)\n", Limit::Memory, 100,
            QStringLiteral("Stopped: memory limit reached: the program used more than 100 MB"));
        row("memory cap, a huge shift", "print('start')\nx = 1 << (1 << 40)\n", Limit::Memory, 100,
            QStringLiteral("Stopped: memory limit reached: the program used more than 100 MB"));
        row("memory cap, an int squared again and again",
            "print('start')\nx = 3\nwhile True:\n    x = x * x\n", Limit::Memory, 50,
            QStringLiteral("Stopped: memory limit reached: the program used more than 50 MB"));
        row("memory cap, many big ints", "print('start')\nkeep = [2 ** 300 + i for i in range(10 ** 8)]\n",
            Limit::Memory, 100,
            QStringLiteral("Stopped: memory limit reached: the program used more than 100 MB"));
        row("task count", manyTasks, Limit::Tasks, 500,
            QStringLiteral(
                "Stopped: task limit reached: the program had more than 500 tasks unfinished at once"));
        row("task count in a TaskGroup",
            "import asyncio\nasync def w():\n    await asyncio.sleep(1)\nasync def main():\n"
            "    async with asyncio.TaskGroup() as tg:\n        for i in range(10 ** 9):\n"
            "            tg.create_task(w())\nprint('start')\nasyncio.run(main())\n",
            Limit::Tasks, 300,
            QStringLiteral(
                "Stopped: task limit reached: the program had more than 300 tasks unfinished at once"));
        row("output size", "print('start')\nwhile True:\n    print('x' * 50)\n", Limit::Output, 1000,
            QStringLiteral("Stopped: output limit reached: the program printed more than 1000 characters"));
        row("trace size", chattyTasks, Limit::Trace, 2000,
            QStringLiteral("Stopped: trace limit reached: the run recorded more than 2000 events for the "
                           "timeline"));
    }

    void eachLimit()
    {
        QFETCH(QString, source);
        QFETCH(Limit, limit);
        QFETCH(qint64, value);
        QFETCH(QString, message);

        // The command line's hint names the flag; the GUI's names its settings.
        for (const bool gui : {false, true}) {
            RunOptions o = oneLimit(limit, value);
            if (gui)
                o.limitHint = [](Limit) { return QStringLiteral("raise it in Preferences ▸ Limits"); };
            const QString hint = gui ? QStringLiteral("raise it in Preferences ▸ Limits")
                                     : QStringLiteral("raise it with %1 N").arg(limitFlag(limit));
            QElapsedTimer timer;
            timer.start();
            Result r;
            runWith(r, source, o);
            QCOMPARE(r.status, 1);
            QCOMPARE(lastLine(r.err), message + QStringLiteral("; ") + hint);
            QVERIFY2(r.out.startsWith(u"start\n"), qPrintable(r.out.left(200)));
            // A limit is a stop, not a slow death.
            QVERIFY2(timer.elapsed() < 20'000, qPrintable(QString::number(timer.elapsed())));
            // The runtime is left clean: no task of the run is still pending.
            QCOMPARE(tasksLeftRunning(r.trace), QStringList());
        }
        // The same program under a higher limit gets further (the limit, not something else, stopped it).
        Result higher;
        runWith(higher, source, oneLimit(limit, value * 4));
        QVERIFY2(!higher.err.contains(message), qPrintable(lastLine(higher.err)));
    }

    // The long-standing rows: defaults (0) and the memory cap reached by other routes.
    void stops_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<RunOptions>("limits");
        QTest::addColumn<QString>("message");

        QTest::newRow("default recursion limit")
            << QStringLiteral("def down(n):\n    return down(n + 1)\nprint('start')\ndown(0)\n")
            << limitsOf(0, 0, 0) << QStringLiteral("RecursionError: maximum recursion depth exceeded");
        QTest::newRow("memory cap, list comprehension")
            << QStringLiteral("print('start')\nbig = [i for i in range(10 ** 9)]\n")
            << limitsOf(100'000'000, 20, 0)
            << QStringLiteral("memory limit reached: the program used more than 20 MB");
        QTest::newRow("memory cap, huge string")
            << QStringLiteral("print('start')\ns = 'ab' * 1000000000\n") << limitsOf(0, 0, 0)
            << QStringLiteral("memory limit reached: a string of more than 100000000 characters");
        QTest::newRow("memory cap, pending tasks")
            << QString::fromUtf8(manyTasks) << limitsOf(100'000'000, 20, 0)
            << QStringLiteral("memory limit reached: the program used more than 20 MB");
    }

    void stops()
    {
        QFETCH(QString, source);
        QFETCH(RunOptions, limits);
        QFETCH(QString, message);
        Result r;
        runWith(r, source, limits);
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err.right(500)));
        QVERIFY2(r.out.startsWith(u"start\n"), qPrintable(r.out.left(200)));
        QCOMPARE(tasksLeftRunning(r.trace), QStringList());
    }

    // A RecursionError that the program catches is just an exception, as in CPython: no stop, no hint.
    void caughtRecursionErrorIsNoStop()
    {
        Result r;
        runWith(r,
                QStringLiteral("def down(n):\n    return down(n + 1)\ntry:\n    down(0)\n"
                               "except RecursionError as e:\n    print('caught:', e)\n"),
                oneLimit(Limit::Recursion, 50));
        QCOMPARE(r.err, QString());
        QCOMPARE(r.out, QStringLiteral("caught: maximum recursion depth exceeded\n"));
        QCOMPARE(r.status, 0);
    }

    // Catching the limit in Python must not keep the program alive.
    void limitIsNotCatchable_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<RunOptions>("limits");
        QTest::addColumn<QString>("message");
        QTest::newRow("step limit in try/except")
            << QStringLiteral(
                   "try:\n    while True:\n        pass\nexcept BaseException:\n    print('caught')\n")
            << limitsOf(5000, 0, 0) << QStringLiteral("step limit reached");
        QTest::newRow("memory limit in try/finally")
            << QStringLiteral(
                   "x = []\ntry:\n    while True:\n        x.append(1)\nfinally:\n    print('cleanup')\n")
            << limitsOf(100'000'000, 10, 0) << QStringLiteral("memory limit reached");
        QTest::newRow("output limit in except")
            << QStringLiteral("try:\n    while True:\n        print('x' * 50)\nexcept Exception:\n    pass\n"
                              "print('after')\n")
            << limitsOf(0, 0, 1000) << QStringLiteral("output limit reached");
        QTest::newRow("task limit in except")
            << QStringLiteral("import asyncio\nasync def w():\n    pass\nasync def main():\n    try:\n"
                              "        for i in range(1000):\n            asyncio.create_task(w())\n"
                              "    except BaseException:\n        print('caught')\nasyncio.run(main())\n")
            << oneLimit(Limit::Tasks, 10) << QStringLiteral("task limit reached");
    }

    void limitIsNotCatchable()
    {
        QFETCH(QString, source);
        QFETCH(RunOptions, limits);
        QFETCH(QString, message);
        Result r;
        runWith(r, source, limits);
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(!r.out.contains(u"caught") && !r.out.contains(u"after"), qPrintable(r.out.left(200)));
    }

    // The memory limit is measured from the allocator, whose statistics take longer the larger the heap: a
    // program far below the limit must not pay for it (measured every 4096 objects, 800,000 instances under
    // the default 1024 MB took 1.55 times as long as with no limit, and 2.4 million took 30 s instead of 8).
    void memoryLimitCostsLittleFarBelowIt()
    {
        const QString source = QStringLiteral("class A:\n    def __init__(self):\n        self.x = 1\n"
                                              "keep = [A() for i in range(800000)]\nprint(len(keep))\n");
        qint64 best[2] = {std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max()};
        for (int round = 0; round < 2; ++round)
            for (const int limited : {0, 1}) {
                QElapsedTimer timer;
                timer.start();
                RunOptions o;
                if (!limited)
                    o.limits.maxMemoryMB = 0; // no limit
                Result r;
                runWith(r, source, o);
                best[limited] = std::min(best[limited], timer.elapsed());
                QCOMPARE(r.out, QStringLiteral("800000\n"));
                QCOMPARE(r.status, 0);
            }
        QVERIFY2(best[1] < best[0] * 13 / 10 + 200,
                 qPrintable(QStringLiteral("%1 ms with the limit, %2 ms without").arg(best[1]).arg(best[0])));
    }

    // A program under its limits is untouched by them, and a stopped run does not spoil the next one.
    void underTheLimits()
    {
        Result stopped;
        runWith(stopped, QString::fromUtf8(manyTasks), oneLimit(Limit::Tasks, 10));
        QCOMPARE(stopped.status, 1);

        RunOptions o = limitsOf(5000, 10'000, 100);
        o.limits.maxRecursion = 20;
        o.limits.maxTasks = 3;
        o.limits.maxTraceEvents = 200;
        Result r;
        runWith(r,
                QStringLiteral("import asyncio\nasync def add(n):\n    return sum(range(n))\n"
                               "async def main():\n    a = asyncio.create_task(add(1000))\n"
                               "    b = asyncio.create_task(add(10))\n    print(await a + await b)\n"
                               "asyncio.run(main())\n"),
                o);
        QCOMPARE(r.err, QString());
        QCOMPARE(r.out, QStringLiteral("499545\n"));
        QCOMPARE(r.status, 0);
    }

    // The task limit counts the tasks unfinished at once: a program may make any number that finish, as the
    // book's listing 11.1 makes 100,000 a hundred at a time; one more unfinished than the limit stops it.
    void taskLimitCountsUnfinishedTasks()
    {
        const QString rounds = QStringLiteral(
            "import asyncio\nasync def w(i):\n    await asyncio.sleep(0.01)\n    return i\n"
            "async def main():\n    total = 0\n    for r in range(40):\n"
            "        total += sum(await asyncio.gather(*[w(i) for i in range(%1)]))\n    print(total)\n"
            "asyncio.run(main())\n");
        Result r;
        runWith(r, rounds.arg(24), oneLimit(Limit::Tasks, 25)); // 24 gathered + main: 25 unfinished at most
        QCOMPARE(r.err, QString());
        QCOMPARE(r.out, QStringLiteral("11040\n"));
        Result over;
        runWith(over, rounds.arg(25), oneLimit(Limit::Tasks, 25));
        QCOMPARE(over.status, 1);
        QCOMPARE(over.err.trimmed(),
                 QStringLiteral("Stopped: task limit reached: the program had more than 25 tasks "
                                "unfinished at once; raise it with --max-tasks N"));
    }

    // Every limit has a name, a flag and a default, so that every message can say how to raise it.
    void everyLimitIsDescribed()
    {
        const RunLimits defaults;
        QSet<QString> flags;
        for (const Limit limit : allLimits()) {
            QVERIFY(!limitName(limit).isEmpty());
            QVERIFY(limitFlag(limit).startsWith(u"--max-"));
            QVERIFY(defaults.value(limit) > 0);
            flags.insert(limitFlag(limit));
            RunLimits changed;
            changed.set(limit, 7);
            QCOMPARE(changed.value(limit), qint64(7));
            changed.set(limit, 0); // 0 keeps the value: a limit is never switched off by accident
            QCOMPARE(changed.value(limit), qint64(7));
        }
        QCOMPARE(flags.size(), allLimits().size());
    }
};

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
