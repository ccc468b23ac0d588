#pragma once

// A concurrent.futures.ThreadPoolExecutor's worker threads: run_in_executor's default executor (as asyncio
// makes it, threads "asyncio_0", ...), which runs the blocking functions a program hands to
// asyncio.to_thread() or loop.run_in_executor(None, ...), and each ThreadPoolExecutor a program makes for
// loop.run_in_executor(executor, ...) ("ThreadPoolExecutor-0_0", ...). Internal to the interpreter.
//
// The threads are real, so a worker's Python frames can stay where they are while it sleeps, but only one
// thread runs Python at a time and the loop decides when (as the GIL does, deterministically):
//  - a job starts at once when a worker is free (CPython's new thread runs until it first blocks), else it
//    waits for the first worker to finish its job;
//  - time.sleep(s) in a worker hands control back to the loop, which runs the worker again when its clock
//    reaches the end of the sleep, while the loop waits (Loop::wakeAt);
//  - a finished job settles its asyncio future through the loop's ready queue (call_soon_threadsafe), as
//    futures.py's _chain_future does, so the awaiting task resumes a pass later.
// Each job is a lane of the trace (its future's id), named after its thread (asyncio_0, asyncio_1, ...).

#include "value.h"

#include <QString>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

namespace awaitscope {
class FutureState;
class Loop;
} // namespace awaitscope

namespace awaitscope::py {

class Heap;
class Interpreter;
struct CallArgs;

class WorkerPool
{
public:
    // ThreadPoolExecutor's default max_workers, min(32, os.cpu_count() + 4), on a machine with 4 CPUs: fixed,
    // so a run is the same on every machine (tests/tools/virtual_clock.py uses the same number).
    static constexpr int MaxWorkers = 8;
    // Worker threads of all pools alive at once in a run (each reserves a stack of programThreadStackBytes).
    static constexpr int MaxThreadsPerRun = 128;

    // `threadNamePrefix`: the threads are named "<prefix>_0", "<prefix>_1", ... as thread.py names them.
    explicit WorkerPool(Interpreter &in, int maxWorkers = MaxWorkers,
                        const QString &threadNamePrefix = QStringLiteral("asyncio"));
    ~WorkerPool(); // unwinds every job still running (the program ended) and joins the threads
    WorkerPool(const WorkerPool &) = delete;
    WorkerPool &operator=(const WorkerPool &) = delete;

    // Hands `fn(*args)` to a worker; the future settles with its result. `origin` is "to_thread" or
    // "run_in_executor"; `enterContext` (to_thread's copy of the caller's context) is entered around the
    // call.
    std::shared_ptr<FutureState> submit(Loop &loop, const Value &fn, CallArgs args, const QString &origin,
                                        const Value &enterContext);
    // ThreadPoolExecutor.submit's work item: no asyncio future is settled; `onStart` runs when a thread takes
    // the job, `onEnd` in that thread when the function has returned or raised (a concurrent future's state
    // and done callbacks).
    // Returns the job's lane.
    struct ItemHooks
    {
        std::function<void()> onStart;
        std::function<void(const Value &result, const Value &exception)> onEnd;
        std::function<void()> onCancelled; // shutdown(cancel_futures=True) dropped it before it started
    };
    int submitItem(Loop &loop, const Value &fn, CallArgs args, ItemHooks hooks);
    // A concurrent future's cancel(): the job `lane`, not started yet, is dropped (true); false once started.
    bool cancelQueuedJob(int lane);
    // time.sleep() in a worker: the loop runs on until its clock reaches the end of the sleep.
    void sleep(double seconds);
    // The pool of the worker thread running now, or null in the program's main thread.
    static WorkerPool *current();
    // shutdown(wait=True) in the main thread: the loop's thread blocks (Loop::blockUntil) until every job
    // has ended, then the idle threads end.
    void waitUntilIdle();
    // shutdown(cancel_futures=True): the jobs not started yet are dropped and their futures cancelled.
    void cancelQueued();
    // The name of the worker thread running now ("asyncio_0"), or "MainThread".
    static QString currentThreadName();
    // Jobs not finished yet (asyncio.run's shutdown_default_executor waits for them).
    bool busy() const;
    // A future the last job's end settles (through the ready queue, after the jobs' own), or null when no job
    // runs.
    std::shared_ptr<FutureState> whenIdle(Loop &loop);
    // The program ends without waiting for them (a stop, a limit, a loop closed): every job still running is
    // unwound, its Python frames freed on its own thread.
    void abandon();
    // The Stop button: abandon(), and a shutdown waiting for the jobs (whenIdle) goes on at once.
    void stop();

    struct Worker;
    struct Job;

private:
    std::shared_ptr<FutureState> submitJob(Loop &loop, const Value &fn, CallArgs args, const QString &origin,
                                           const Value &enterContext, ItemHooks hooks);
    Worker *newWorker(); // a new thread, or RuntimeError when none can start
    // Takes the first queued job `which` picks out of the queue (no thread took it): its lane is cancelled.
    bool dropQueued(const std::function<bool(const Job &)> &which);
    void settleLater(Loop &loop, const std::shared_ptr<Job> &job);
    void takeNext(Worker &w, Loop &loop);
    void start(Worker &w, std::shared_ptr<Job> job);
    // Gives `w` the interpreter until it sleeps or ends its job, then takes it back (on the loop's thread).
    void runSlice(Worker &w);
    void finished(Worker &w);
    void threadMain(Worker &w);
    void runJob(Worker &w);

    void endIdleThreads();

    Interpreter &m_in;
    const int m_maxWorkers;
    const QString m_threadNamePrefix;
    Heap *m_heap; // the run's: a worker thread's objects join it
    std::vector<std::unique_ptr<Worker>> m_workers;
    std::deque<std::shared_ptr<Job>> m_queue; // submitted while every worker was busy
    std::shared_ptr<FutureState> m_idle;
    int m_numberedThreads = 0; // thread.py numbers threads as it makes them (len(self._threads))
};

// The threads loop.run_in_executor(executor, ...) hands a function to: the default executor's for None,
// a ThreadPoolExecutor's (concurrentfuturesmodule.cpp); RuntimeError for anything else or an executor that
// was shut down.
WorkerPool *executorPool(Interpreter &in, const Value &executor);
// asyncio.wrap_future(future): an asyncio future on `loop` that ends as the concurrent.futures.Future
// (ThreadPoolExecutor.submit's) `future` ends, a loop pass later; AssertionError for anything else.
Value wrapConcurrentFuture(Interpreter &in, const Value &future, Loop &loop);

} // namespace awaitscope::py
