// The run service: every way of running a program (the app's live runs, Compare, export, the lesson
// checker, the command line) goes through runProgram, which reports why a run failed as data and ends
// the trace in one place.
#include "python/pythonrunner.h"
#include "run/runservice.h"
#include "runhelper.h"
#include "trace/runmodel.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <mutex>

using namespace awaitscope;

namespace {

RunResult run(const QString &source, const py::RunLimits &limits = {})
{
    RunRequest request;
    request.source = source;
    request.displayName = QStringLiteral("prog.py");
    request.limits = limits;
    return runProgram(request);
}

struct RecordingSink : RunProgressSink
{
    Trace copy; // rebuilt from the pieces only
    int calls = 0;
    void traceGrew(const Trace &trace, size_t fromEvent) override
    {
        ++calls;
        QCOMPARE(fromEvent, copy.events().size()); // no piece is skipped or sent twice
        copy.appendPiece(Trace::piece(trace, fromEvent));
    }
};

} // namespace

class TestRunService : public QObject
{
    Q_OBJECT

private slots:
    void cleanRun()
    {
        const RunResult r =
            run(QStringLiteral("import asyncio\nasync def main():\n    await asyncio.sleep(2)\n"
                               "    print('done')\nasyncio.run(main())\n"));
        QCOMPARE(r.exitStatus, 0);
        QCOMPARE(r.error.kind, RunError::Kind::None);
        QCOMPARE(r.output, QStringLiteral("done\n"));
        QCOMPARE(r.trace.endTime, 2.0);
        QCOMPARE(r.trace.program, QStringLiteral("prog.py"));
        QVERIFY(!r.trace.events().empty());
    }

    void uncaughtExceptionAsData()
    {
        const RunResult r = run(QStringLiteral("import asyncio\n"                          // 1
                                               "async def fetch():\n"                      // 2
                                               "    await asyncio.sleep(1)\n"              // 3
                                               "    raise ValueError('api_b is broken')\n" // 4
                                               "async def main():\n"                       // 5
                                               "    await fetch()\n"                       // 6
                                               "asyncio.run(main())\n"));                  // 7
        QCOMPARE(r.exitStatus, 1);
        QCOMPARE(r.error.kind, RunError::Kind::Exception);
        QCOMPARE(r.error.type, QStringLiteral("ValueError"));
        QCOMPARE(r.error.message, QStringLiteral("api_b is broken"));
        QCOMPARE(r.error.line, 4);
        QCOMPARE(r.error.frames.size(), 3);
        QCOMPARE(r.error.frames.first().line, 7);
        QCOMPARE(r.error.frames.first().function, QStringLiteral("<module>"));
        QCOMPARE(r.error.frames.last().function, QStringLiteral("fetch"));
        QCOMPARE(r.error.summary(), QStringLiteral("ValueError: api_b is broken"));
        // The printed traceback says the same.
        QVERIFY(r.errorOutput.endsWith(QStringLiteral("ValueError: api_b is broken\n")));
    }

    // An exception group (a TaskGroup's) is named by its own line, not by the last line of its traceback,
    // which closes the box the members are drawn in; a note added to an exception is not its message.
    void exceptionGroupAndNotesAsData()
    {
        const RunResult group = run(QStringLiteral("import asyncio\n"                            // 1
                                                   "async def fails():\n"                        // 2
                                                   "    raise ValueError('child failed')\n"      // 3
                                                   "async def main():\n"                         // 4
                                                   "    async with asyncio.TaskGroup() as tg:\n" // 5
                                                   "        tg.create_task(fails())\n"           // 6
                                                   "asyncio.run(main())\n"));                    // 7
        QCOMPARE(group.error.kind, RunError::Kind::Exception);
        QCOMPARE(group.error.summary(),
                 QStringLiteral("ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)"));
        QCOMPARE(group.error.line, 5);
        QVERIFY2(group.errorOutput.endsWith(QStringLiteral("    +------------------------------------\n")),
                 qPrintable(group.errorOutput));

        const RunResult noted = run(QStringLiteral("e = KeyError('k')\n"
                                                   "e.add_note('looked up in the cache')\n"
                                                   "raise e\n"));
        QCOMPARE(noted.error.summary(), QStringLiteral("KeyError: 'k'"));
        QVERIFY(noted.errorOutput.endsWith(QStringLiteral("KeyError: 'k'\nlooked up in the cache\n")));
    }

    // An error raised in a module of the program's own: the editor marks the program's line that called
    // into it, the frames name the module's file, and every line the trace gives a task is the program's.
    void errorInAnImportedModuleMarksTheProgramsLine()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile helper(dir.filePath(QStringLiteral("helper.py")));
        QVERIFY(helper.open(QIODevice::WriteOnly));
        helper.write("import asyncio\n"                              // 1
                     "\n"                                            // 2
                     "\n"                                            // 3
                     "\n"                                            // 4
                     "\n"                                            // 5
                     "\n"                                            // 6
                     "\n"                                            // 7
                     "\n"                                            // 8
                     "\n"                                            // 9
                     "async def fetch(name):\n"                      // 10
                     "    await asyncio.sleep(1)\n"                  // 11
                     "    print(name, 'fetched')\n"                  // 12
                     "    raise ValueError(name + ' is broken')\n"); // 13
        helper.close();
        RunRequest request;
        request.source = QStringLiteral("import asyncio\n"                                 // 1
                                        "from helper import fetch\n"                       // 2
                                        "async def main():\n"                              // 3
                                        "    task = asyncio.create_task(fetch('api_a'))\n" // 4
                                        "    await fetch('api_b')\n"                       // 5
                                        "asyncio.run(main())\n");                          // 6
        request.displayName = QStringLiteral("main.py");
        request.moduleFolders = {dir.path()};
        const RunResult r = runProgram(request);
        QCOMPARE(r.exitStatus, 1);
        QCOMPARE(r.error.type, QStringLiteral("ValueError"));
        QCOMPARE(r.error.message, QStringLiteral("api_b is broken"));
        QCOMPARE(r.error.line, 5);
        QCOMPARE(r.error.frames.size(), 3);
        QCOMPARE(r.error.frames.last().file, QStringLiteral("helper.py"));
        QCOMPARE(r.error.frames.last().line, 13);
        QCOMPARE(r.error.frames.first().file, QString());
        QVERIFY2(r.errorOutput.contains(QStringLiteral("  File \"helper.py\", line 13, in fetch\n"
                                                       "    raise ValueError(name + ' is broken')\n")),
                 qPrintable(r.errorOutput));
        QCOMPARE(r.output, QStringLiteral("api_b fetched\napi_a fetched\n")); // main slept first
        for (const TraceEvent &e : r.trace.events())
            QVERIFY2(e.line <= 6,
                     qPrintable(QStringLiteral("%1 at line %2").arg(traceKindName(e.kind)).arg(e.line)));
        QCOMPARE(r.trace.tasks().size(), size_t(2));
        QCOMPARE(r.trace.tasks()[1].createdLine, 4);
    }

    void syntaxErrorAsData()
    {
        const RunResult r = run(QStringLiteral("print(1)\nx = (1 +\n"));
        QCOMPARE(r.exitStatus, 1);
        QCOMPARE(r.error.kind, RunError::Kind::Syntax);
        QCOMPARE(r.error.type, QStringLiteral("SyntaxError"));
        QVERIFY(r.error.line >= 2);
        QVERIFY(r.trace.tasks().empty());
    }

    void limitAndDeadlockAreTold()
    {
        py::RunLimits limits;
        limits.maxSteps = 1000;
        const RunResult limited = run(QStringLiteral("x = 0\nwhile True:\n    x += 1\n"), limits);
        QCOMPARE(limited.error.kind, RunError::Kind::Limit);
        QVERIFY2(limited.error.message.startsWith(QStringLiteral("step limit reached")),
                 qPrintable(limited.error.message));
        QVERIFY2(limited.error.line == 2 || limited.error.line == 3, "the stop names a line of the loop");

        const RunResult stuck =
            run(QStringLiteral("import asyncio\nasync def main():\n"
                               "    await asyncio.Event().wait()\nasyncio.run(main())\n"));
        QCOMPARE(stuck.error.kind, RunError::Kind::Deadlock);
        QVERIFY2(stuck.error.message.contains(QStringLiteral("Task-1 awaits")),
                 qPrintable(stuck.error.message));
    }

    void stopFromAnotherThread()
    {
        RunRequest request;
        request.source = QStringLiteral("import asyncio\nasync def main():\n    while True:\n"
                                        "        await asyncio.sleep(0.01)\nasyncio.run(main())\n");
        request.realClock = true;
        const std::optional<RunResult> stopped = testing::runStoppedFromAnotherThread(request, 100);
        QVERIFY2(stopped, "the run did not end within 10 s of the stop");
        const RunResult &result = *stopped;
        QCOMPARE(result.error.kind, RunError::Kind::Stopped);
        QVERIFY(result.stopped());
        QVERIFY(!result.error.isError());
    }

    void progressPiecesAddUpToTheTrace()
    {
        // A real-clock run reports its trace in pieces; put together they are the finished trace.
        RecordingSink sink;
        sink.intervalMs = 10;
        RunRequest request;
        request.source = QStringLiteral("import asyncio\nasync def tick(n):\n    for i in range(5):\n"
                                        "        await asyncio.sleep(0.02)\nasync def main():\n"
                                        "    await asyncio.gather(*(tick(i) for i in range(3)))\n"
                                        "asyncio.run(main())\n");
        request.realClock = true;
        const RunResult r = runProgram(request, nullptr, &sink);
        QCOMPARE(r.exitStatus, 0);
        QVERIFY2(sink.calls >= 2, "the run was reported only once");
        QVERIFY(sink.copy.events().size() <= r.trace.events().size());
        sink.copy.appendPiece(Trace::piece(r.trace, sink.copy.events().size()));
        QCOMPARE(sink.copy.toJson(), [&] {
            Trace t = r.trace; // the same metadata, so the JSON compares the events and tasks only
            sink.copy.program = t.program;
            sink.copy.clock = t.clock;
            sink.copy.source = t.source;
            sink.copy.endTime = t.endTime;
            sink.copy.exitStatus = t.exitStatus;
            return t.toJson();
        }());
    }

    void inputReadsLinesAndEndsWithEofError()
    {
        // input() writes its prompt, waits for a line (the trace so far handed over first, so a window shows
        // the prompt), records the line typed, and raises EOFError at the end of the input (bltinmodule.c
        // builtin_input_impl: "EOF when reading a line").
        RecordingSink sink;
        QStringList lines{QStringLiteral("bob"), QStringLiteral("x y")};
        QStringList prompts;
        QStringList notHandedOver;
        RunRequest request;
        request.source = QStringLiteral(
            "import asyncio\nname = input('name? ')\nprint('hi', name)\nasync def main():\n"
            "    print(repr(input()))\n    try:\n        input('more: ')\n    except EOFError as e:\n"
            "        print('eof:', e)\nasyncio.run(main())\n");
        request.readLine = [&](const QString &prompt) -> std::optional<QString> {
            prompts << prompt;
            // What the sink holds now ends with the prompt just written.
            const QString shown =
                sink.copy.outputUntil(sink.copy.events().empty() ? 0 : sink.copy.events().back().seq);
            if (!prompt.isEmpty() && !shown.endsWith(prompt))
                notHandedOver << prompt;
            if (lines.isEmpty())
                return std::nullopt;
            return lines.takeFirst();
        };
        const RunResult r = runProgram(request, nullptr, &sink);
        QCOMPARE(r.exitStatus, 0);
        QCOMPARE(prompts, (QStringList{QStringLiteral("name? "), QString(), QStringLiteral("more: ")}));
        QVERIFY2(notHandedOver.isEmpty(), qPrintable(notHandedOver.join(u',')));
        QCOMPARE(r.output, QStringLiteral("name? hi bob\n'x y'\nmore: eof: EOF when reading a line\n"));
        QStringList typed;
        int inputLane = -2;
        for (const TraceEvent &e : r.trace.events()) {
            if (e.kind == TraceEvent::Kind::Input) {
                typed << e.text;
                inputLane = e.task;
            }
        }
        QCOMPARE(typed, (QStringList{QStringLiteral("bob\n"), QStringLiteral("x y\n")}));
        QVERIFY2(inputLane >= 0, "the line read inside main() belongs to main's task");
        // The console a window draws: the terminal as it looked, typed lines after their prompts.
        RunModel model;
        model.setTrace(r.trace);
        QCOMPARE(model.outputUntil(model.eventCount() - 1),
                 QStringLiteral("name? bob\nhi bob\nx y\n'x y'\nmore: eof: EOF when reading a line\n"));
        // The trace keeps them when saved and read again.
        Trace again;
        QVERIFY(again.fromJson(r.trace.toJson(), nullptr));
        QCOMPARE(again.toJson(), r.trace.toJson());
    }

    void inputWithoutAKeyboardIsTheEndOfTheInput()
    {
        // The lesson checks, Compare and export give no keyboard: input() ends as with stdin closed.
        const RunResult r = run(QStringLiteral("input('x? ')\n"));
        QCOMPARE(r.exitStatus, 1);
        QCOMPARE(r.output, QStringLiteral("x? "));
        QVERIFY2(r.errorOutput.endsWith(QStringLiteral("EOFError: EOF when reading a line\n")),
                 qPrintable(r.errorOutput));
    }

    void realClockEndsAtItsLastEvent()
    {
        RunRequest request;
        request.source = QStringLiteral("import asyncio\nasync def main():\n    await asyncio.sleep(0.05)\n"
                                        "    print('x')\nasyncio.run(main())\n");
        request.realClock = true;
        const RunResult r = runProgram(request);
        QVERIFY(!r.trace.events().empty());
        QVERIFY(r.trace.endTime >= r.trace.events().back().time);
        QVERIFY(r.trace.endTime >= 0.05);
    }
};

QTEST_GUILESS_MAIN(TestRunService)
#include "tst_runservice.moc"
