#include "runtimebench.h"

#include "runtime/api.h"
#include "trace/trace.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>

#include <malloc.h>

#include <cstdio>
#include <map>

namespace awaitscope::bench {

namespace {

constexpr int N = 100000;
constexpr int Repeats = 3; // best of three, for us and for CPython alike: the machine is shared

QCoro::Task<int> sleeper()
{
    co_await awaitscope::sleep(0);
    co_return 1;
}

std::vector<Task<int>> spawn()
{
    std::vector<Task<int>> tasks;
    tasks.reserve(N);
    for (int i = 0; i < N; ++i)
        tasks.push_back(createTask(sleeper));
    return tasks;
}

// Seconds per task for one workload on one clock; `traced`: recording every scheduling fact into a Trace,
// as every run of a program does.
double measure(Loop::Clock clock, const char *workload, bool traced = false)
{
    Trace trace;
    Loop loop(clock, traced ? &trace : nullptr);
    QElapsedTimer timer;
    const std::string w = workload;
    timer.start();
    run(loop, [w]() -> QCoro::Task<void> {
        auto tasks = spawn();
        if (w == "gather") {
            co_await gather(tasks);
        } else if (w == "wait") {
            co_await wait(tasks);
        } else {
            auto it = asCompleted(tasks);
            for (int i = 0; i < it.count(); ++i)
                co_await it.next();
        }
    });
    return double(timer.nsecsElapsed()) / 1e9 / N;
}

// CPython's figures for the same workloads, in seconds per task; empty if python3 is missing.
std::map<std::string, double> measureCPython()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        return {};
    const QString script = QStringLiteral(R"PY(
import asyncio, time
N = %1
async def sleeper():
    await asyncio.sleep(0)
    return 1
async def main(kind):
    tasks = [asyncio.create_task(sleeper()) for _ in range(N)]
    if kind == "gather":
        await asyncio.gather(*tasks)
    elif kind == "wait":
        await asyncio.wait(tasks)
    else:
        for f in asyncio.as_completed(tasks):
            await f
for kind in ("gather", "wait", "as_completed"):
    best = None
    for _ in range(%2):
        t = time.perf_counter()
        asyncio.run(main(kind))
        dt = (time.perf_counter() - t) / N
        best = dt if best is None else min(best, dt)
    print(kind, best)
)PY")
                               .arg(N)
                               .arg(Repeats);
    QProcess p;
    p.start(python, {QStringLiteral("-c"), script});
    if (!p.waitForFinished(300000) || p.exitCode() != 0)
        return {};
    std::map<std::string, double> out;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const auto parts = line.split(' ');
        if (parts.size() == 2)
            out[parts[0].toStdString()] = parts[1].toDouble();
    }
    return out;
}

// Bytes of heap per pending task (created, started, now suspended): asleep, or waiting on an Event.
double memoryPerPendingTask(bool onEvent)
{
    Loop loop(Loop::Clock::Virtual);
    double perTask = 0;
    run(loop, [&]() -> QCoro::Task<void> {
        Event ev;
        const size_t before = mallinfo2().uordblks;
        std::vector<Task<int>> tasks;
        tasks.reserve(N);
        for (int i = 0; i < N; ++i)
            tasks.push_back(createTask([&ev, onEvent]() -> QCoro::Task<int> {
                if (onEvent)
                    co_await ev.wait();
                else
                    co_await awaitscope::sleep(10);
                co_return 1;
            }));
        co_await awaitscope::sleep(0); // every task has started and is now suspended
        const size_t after = mallinfo2().uordblks;
        perTask = double(after - before) / N;
        ev.set();
        co_await gather(tasks);
    });
    return perTask;
}

} // namespace

RuntimeFigures runRuntimeBenchmarks()
{
    std::printf("Runtime: %d tasks, each sleep(0) once (microseconds per task, best of %d)\n", N, Repeats);
    std::printf("%-14s %12s %12s %12s %10s\n", "workload", "virtual", "real", "CPython", "speedup");
    const auto cpython = measureCPython();
    RuntimeFigures figures;
    double minSpeedup = 1e9;
    measure(Loop::Clock::Virtual, "gather"); // warm-up: the heap grows once, outside the figures
    for (const char *w : {"gather", "wait", "as_completed"}) {
        double v = 1e9, r = 1e9;
        for (int i = 0; i < Repeats; ++i) {
            v = std::min(v, measure(Loop::Clock::Virtual, w));
            r = std::min(r, measure(Loop::Clock::Real, w));
        }
        const auto it = cpython.find(w);
        const double py = it == cpython.end() ? 0 : it->second;
        const double speedup = py > 0 ? py / v : 0;
        if (py > 0)
            minSpeedup = std::min(minSpeedup, speedup);
        std::printf("%-14s %12.3f %12.3f %12.3f %9.1fx\n", w, v * 1e6, r * 1e6, py * 1e6, speedup);
    }
    // The same gather with the trace on, beside CPython's gather (which records nothing).
    double traced = 1e9;
    for (int i = 0; i < Repeats; ++i)
        traced = std::min(traced, measure(Loop::Clock::Virtual, "gather", true));
    const auto py = cpython.find("gather");
    std::printf("%-14s %12.3f %12s %12.3f %9.1fx\n", "gather, traced", traced * 1e6, "",
                py == cpython.end() ? 0.0 : py->second * 1e6,
                py == cpython.end() ? 0.0 : py->second / traced);
    std::printf("memory per pending task: %.0f bytes asleep, %.0f bytes waiting on an Event\n",
                memoryPerPendingTask(false), memoryPerPendingTask(true));
    figures.minSpeedup = cpython.empty() ? 0 : minSpeedup;
    return figures;
}

void profileGather(bool traced)
{
    double best = 1e9;
    for (int i = 0; i < 10; ++i)
        best = std::min(best, measure(Loop::Clock::Virtual, "gather", traced));
    std::printf("gather%s: %.3f microseconds per task (best of 10)\n", traced ? ", traced" : "", best * 1e6);
}

} // namespace awaitscope::bench
