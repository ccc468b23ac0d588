// `make bench`: speed and memory figures, measured side by side in one run (never in unit tests).
#include "guistallbench.h"
#include "httpvsaiohttp.h"
#include "runtimebench.h"

#include "http/httpbenchmark.h"
#include "python/pythonrunner.h"
#include "timeline/timelinebenchmark.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

// The interpreter: a program that gathers 10,000 tasks, each sleeping once, on the virtual clock.
double interpreterGatherSeconds()
{
    const QString source =
        QStringLiteral("import asyncio\n"
                       "async def nap(i):\n"
                       "    await asyncio.sleep(1)\n"
                       "    return i\n"
                       "async def main():\n"
                       "    results = await asyncio.gather(*[nap(i) for i in range(10000)])\n"
                       "    print(len(results), sum(results))\n"
                       "asyncio.run(main())\n");
    QString out;
    awaitscope::py::RunOptions options;
    options.out = [&out](const QString &s) { out += s; };
    QElapsedTimer timer;
    timer.start();
    const int status = awaitscope::py::runPythonSource(source, options);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (status != 0 || !out.startsWith(QStringLiteral("10000 49995000")))
        std::printf("interpreter benchmark failed: %s\n", qPrintable(out));
    return seconds;
}

// Plain Python, no asyncio: a loop of arithmetic, comparisons, calls and attribute and list use, timed in
// this process, and under python3 (on PATH) by the program itself, so neither counts a process start. Medians
// of three; python's is negative when it is missing.
struct PythonLoopFigures
{
    double awaitscopeSeconds = 0;
    double cpythonSeconds = -1;
};

PythonLoopFigures pythonLoopSeconds()
{
    const QString source = QStringLiteral("class P:\n"
                                          "    def __init__(self, x):\n"
                                          "        self.x = x\n"
                                          "def f(p, i):\n"
                                          "    return p.x + i % 7\n"
                                          "total = 0\n"
                                          "items = []\n"
                                          "p = P(3)\n"
                                          "for i in range(300000):\n"
                                          "    if i % 3 == 0 and i < 10**9:\n"
                                          "        total = total + f(p, i) * 2 - 1\n"
                                          "    elif i & 1:\n"
                                          "        items.append(i)\n"
                                          "    total ^= i << 1\n"
                                          "print(total, len(items))\n");
    PythonLoopFigures figures;
    std::vector<double> ours;
    QString expected;
    for (int i = 0; i < 3; ++i) {
        QString out;
        awaitscope::py::RunOptions options;
        options.out = [&out](const QString &s) { out += s; };
        QElapsedTimer timer;
        timer.start();
        awaitscope::py::runPythonSource(source, options);
        ours.push_back(double(timer.nsecsElapsed()) / 1e9);
        expected = out;
    }
    figures.awaitscopeSeconds = awaitscope::bench::median(ours);
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        return figures;
    std::vector<double> theirs;
    for (int i = 0; i < 3; ++i) {
        QProcess p;
        p.start(python, {QStringLiteral("-c"),
                         QStringLiteral("import sys, time\nsrc = sys.stdin.read()\nt = time.perf_counter()\n"
                                        "exec(compile(src, 'loop.py', 'exec'), {'__name__': '__main__'})\n"
                                        "print(time.perf_counter() - t)\n")});
        p.write(source.toUtf8());
        p.closeWriteChannel();
        if (!p.waitForFinished(120000) || p.exitCode() != 0)
            return figures;
        const QStringList lines =
            QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        if (lines.size() != 2 || lines[0] + u'\n' != expected) {
            std::printf("python loop benchmark: CPython printed %s, Awaitscope %s\n",
                        qPrintable(lines.join(u' ')), qPrintable(expected));
            return figures;
        }
        theirs.push_back(lines[1].toDouble());
    }
    figures.cpythonSeconds = awaitscope::bench::median(theirs);
    return figures;
}

// Peak resident memory (KiB) of `program args...` with `source` as its file, or -1 when it failed.
long peakKilobytes(const QString &program, QStringList args, const QString &source)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tasks.py"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(source.toUtf8()) < 0)
        return -1;
    file.close();
    args << path;
    std::vector<QByteArray> words{program.toLocal8Bit()};
    for (const QString &a : std::as_const(args))
        words.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &w : words)
        argv.push_back(w.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int failed = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (failed)
        return -1;
    int status = 0;
    struct rusage usage = {};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return -1;
    return usage.ru_maxrss;
}

// Memory per interpreted task asleep in asyncio.sleep: the peak of a run with 100,000 such tasks less that of
// a run with none, per task, for `awaitscope run` (no trace) and for CPython; -1 where a run failed.
struct TaskMemoryFigures
{
    double awaitscopeBytes = -1;
    double cpythonBytes = -1;
};

TaskMemoryFigures taskMemory()
{
    constexpr int N = 100000;
    auto program = [](int n) {
        return QStringLiteral("import asyncio\n"
                              "async def sleeper():\n"
                              "    await asyncio.sleep(0.05)\n"
                              "async def main():\n"
                              "    tasks = [asyncio.create_task(sleeper()) for _ in range(%1)]\n"
                              "    await asyncio.sleep(0.01)\n"
                              "    await asyncio.gather(*tasks)\n"
                              "asyncio.run(main())\n")
            .arg(n);
    };
    auto perTask = [&](const QString &binary, const QStringList &args) {
        const long none = peakKilobytes(binary, args, program(0));
        const long many = peakKilobytes(binary, args, program(N));
        return none < 0 || many < 0 ? -1.0 : double(many - none) * 1024.0 / N;
    };
    TaskMemoryFigures figures;
    figures.awaitscopeBytes =
        perTask(QStringLiteral(AWAITSCOPE_BINARY),
                {QStringLiteral("run"), QStringLiteral("--max-tasks"), QString::number(2 * N)});
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!python.isEmpty())
        figures.cpythonBytes = perTask(python, {});
    return figures;
}

// Start-up: from launching the app to its first painted frame, timed from outside the process
// (fresh settings each time, the offscreen platform). Best of three; -1 if it never painted.
double startupMs()
{
    double best = -1;
    for (int i = 0; i < 3; ++i) {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("AWAITSCOPE_FIRST_FRAME_PROBE"), QStringLiteral("1"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        QProcess app;
        app.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        app.start(QStringLiteral(AWAITSCOPE_BINARY), {});
        double ms = -1;
        while (app.waitForReadyRead(10000)) {
            if (app.readAllStandardOutput().contains("first-frame")) {
                ms = double(timer.nsecsElapsed()) / 1e6;
                break;
            }
        }
        app.waitForFinished(10000);
        if (ms >= 0 && (best < 0 || ms < best))
            best = ms;
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // `awaitscope-bench [SECTION...]` runs only the sections named (runtime, interpreter, timeline, startup,
    // gui-stall, http); without names, all of them. `gather` and `traced-gather` (never part of "all")
    // repeat only the runtime's gather, untraced or traced, for a profiler.
    const QStringList only = app.arguments().mid(1);
    auto wanted = [&only](const char *section) {
        return only.isEmpty() || only.contains(QLatin1String(section));
    };

    if (only.size() == 1 &&
        (only[0] == QLatin1String("gather") || only[0] == QLatin1String("traced-gather"))) {
        awaitscope::bench::profileGather(only[0] == QLatin1String("traced-gather"));
        return 0;
    }
    awaitscope::bench::RuntimeFigures runtime;
    if (wanted("runtime"))
        runtime = awaitscope::bench::runRuntimeBenchmarks();

    if (wanted("interpreter")) {
        std::printf("\nInterpreter: gather of 10,000 tasks each sleeping once (virtual clock): %.3f s "
                    "(target < 0.1 s)\n",
                    interpreterGatherSeconds());
        const PythonLoopFigures loop = pythonLoopSeconds();
        if (loop.cpythonSeconds > 0)
            std::printf("Interpreter vs CPython, plain Python loop: %.2f (Awaitscope %.3f s, CPython %.3f s, "
                        "medians of 3; below 1 is faster)\n",
                        loop.awaitscopeSeconds / loop.cpythonSeconds, loop.awaitscopeSeconds,
                        loop.cpythonSeconds);
        else
            std::printf("Interpreter, plain Python loop: %.3f s (no python3 to compare with)\n",
                        loop.awaitscopeSeconds);
        const TaskMemoryFigures memory = taskMemory();
        std::printf(
            "Interpreter, memory per task asleep in asyncio.sleep (100,000 tasks, peak resident less a "
            "run without them): Awaitscope %.0f bytes, CPython %.0f bytes (-1: could not run)\n",
            memory.awaitscopeBytes, memory.cpythonBytes);
    }

    if (wanted("timeline")) {
        const auto timeline = awaitscope::TimelineBenchmark::run(10000, 100000, QSize(1920, 1080));
        std::printf(
            "\nTimeline, 10,000 tasks / 100,000 events at 1920x1080 (target <= 16 ms a frame):\n"
            "  model build %.1f ms, zoomed-out frame %.1f ms (median), worst %.1f ms, scrubbing %.1f ms\n",
            timeline.buildMs, timeline.paintMs, timeline.worstMs, timeline.scrubMs);
    }

    if (wanted("startup"))
        std::printf("\nStart-up to the first painted frame (target < 1000 ms): %.0f ms\n", startupMs());

    if (wanted("gui-stall")) {
        const auto stall = awaitscope::bench::runGuiStallBenchmark();
        if (stall.ok)
            std::printf(
                "\nGUI thread longest stall during runs: %lld ms (target <= 50 ms; heavy program %lld ms, "
                "parameter drag %lld ms, live real-clock run %lld ms)\n",
                qint64(stall.longestMs()), qint64(stall.heavyRunMs), qint64(stall.parameterDragMs),
                qint64(stall.liveRunMs));
        else
            std::printf("\nGUI thread longest stall during runs: n/a (the window did not finish its runs)\n");
    }

    if (wanted("http")) {
        std::printf("\nHTTP against the demo server:\n");
        for (const auto &r : awaitscope::runHttpBenchmarks())
            std::printf("  %s\n", qPrintable(r.summary()));
        const auto vs = awaitscope::bench::runHttpVsAiohttp();
        if (vs.ok) {
            std::printf(
                "\nHTTP vs aiohttp, 100 concurrent: %.2f (target <= 1.3; Awaitscope %.3f s, CPython+aiohttp "
                "%.3f s, medians of %d)\n",
                vs.concurrentRatio, vs.awaitscopeConcurrent, vs.aiohttpConcurrent, vs.rounds);
            std::printf(
                "HTTP vs aiohttp, 1000 sequential: %.2f (target <= 1.5; Awaitscope %.3f s, CPython+aiohttp "
                "%.3f s, medians of %d)\n",
                vs.sequentialRatio, vs.awaitscopeSequential, vs.aiohttpSequential, vs.rounds);
        } else {
            std::printf("\nHTTP vs aiohttp: skipped (%s)\n", qPrintable(vs.skipped));
        }
    }

    if (wanted("runtime"))
        std::printf("\nmin speedup vs CPython asyncio: %s\n",
                    runtime.minSpeedup > 0 ? qPrintable(QString::number(runtime.minSpeedup, 'f', 1))
                                           : "n/a (no python3)");
    return 0;
}
