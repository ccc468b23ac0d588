#include "workerpool.h"

#include "interpreter.h"

#include "runtime/loop.h"
#include "runtime/task.h"
#include "trace/trace.h"

#include <QThread>

#include <condition_variable>
#include <mutex>

namespace awaitscope::py {

namespace {

// The future a job settles: awaiting it is awaiting the job's lane, as awaiting a task is.
class JobFuture : public FutureState
{
public:
    using FutureState::FutureState;
    TraceEvent::WaitKind waitKind() const override { return TraceEvent::WaitKind::Task; }
};

// What code running on the interpreter sees as "where it is": handed over with the interpreter.
struct ExecutionState
{
    Frame *frame = nullptr;
    int depth = 0;
    std::vector<Value> contexts;
    Loop *loop = nullptr;
    TaskState *task = nullptr;
    int workerLane = -1;
    Loop *workerLoop = nullptr;

    static ExecutionState take(Interpreter &in)
    {
        ExecutionState s{in.currentFrame(),
                         in.callDepth(),
                         std::move(in.enteredContexts),
                         in.loop,
                         in.loop ? in.loop->currentTask() : nullptr,
                         in.workerLane,
                         in.workerLoop};
        in.enteredContexts.clear();
        return s;
    }
    void restore(Interpreter &in)
    {
        in.setFrameState(frame, depth);
        in.enteredContexts = std::move(contexts);
        in.loop = loop;
        if (loop)
            loop->setCurrentTask(task);
        in.workerLane = workerLane;
        in.workerLoop = workerLoop;
    }
};

QString functionName(Interpreter &in, const Value &fn)
{
    if (auto *f = fn.as<FunctionObject>())
        return f->info->name;
    if (auto *b = fn.as<BuiltinObject>())
        return b->name;
    return in.typeName(fn);
}

// Thrown in a worker whose job is abandoned: unwinds its frames (a stop runs no finally block).
const QString kAbandoned = QStringLiteral("the program ended while a worker thread was still running");

} // namespace

namespace {
thread_local WorkerPool::Worker *t_worker = nullptr; // the worker this thread is
} // namespace

struct WorkerPool::Job
{
    Value fn;
    CallArgs args;
    Value context; // entered around the call (to_thread), or None
    std::shared_ptr<FutureState> future;
    Loop *loop = nullptr;
    int lane = -1;
    Value result;
    Value exception;          // the Python exception it raised
    std::exception_ptr fatal; // a stop or a limit: the program ends
    ItemHooks hooks;          // submit()'s work item: no asyncio future to settle
    bool done = false;
    bool abandoned = false;
};

struct WorkerPool::Worker
{
    WorkerPool *pool = nullptr;
    QString name;
    std::unique_ptr<QThread> thread;
    std::mutex mutex;
    std::condition_variable changed;
    bool workerTurn = false; // the worker has the interpreter; the loop's thread waits
    bool quit = false;       // the thread ends at its next turn
    bool unwinding = false;  // its sleeping job ends without going on
    std::shared_ptr<Job> job;
    double sleepUntil = 0.0; // the job sleeps until the loop's clock reaches this
    ExecutionState saved;    // the worker's own state while the loop has the interpreter

    // The loop's thread: gives the worker the interpreter and waits until it hands it back.
    void handOver()
    {
        std::unique_lock lock(mutex);
        workerTurn = true;
        changed.notify_all();
        changed.wait(lock, [this] { return !workerTurn; });
    }
    // The worker's thread: hands the interpreter back to the loop's.
    void handBack()
    {
        std::unique_lock lock(mutex);
        workerTurn = false;
        changed.notify_all();
    }
    // The worker's thread: waits until the loop's gives it the interpreter.
    void awaitTurn()
    {
        std::unique_lock lock(mutex);
        changed.wait(lock, [this] { return workerTurn; });
    }
};

WorkerPool::WorkerPool(Interpreter &in, int maxWorkers, const QString &threadNamePrefix)
    : m_in(in)
    , m_maxWorkers(maxWorkers)
    , m_threadNamePrefix(threadNamePrefix)
    , m_heap(Heap::current())
{
}

WorkerPool::~WorkerPool()
{
    abandon();
    endIdleThreads();
}

void WorkerPool::endIdleThreads()
{
    std::erase_if(m_workers, [this](const std::unique_ptr<Worker> &w) {
        if (w->job)
            return false;
        w->quit = true;
        w->handOver();
        w->thread->wait();
        --m_in.workerThreads;
        return true;
    });
}

WorkerPool *WorkerPool::current()
{
    return t_worker ? t_worker->pool : nullptr;
}

void WorkerPool::waitUntilIdle()
{
    Loop *loop = nullptr;
    for (const auto &w : m_workers)
        if (w->job)
            loop = w->job->loop;
    if (loop)
        loop->blockUntil([this] { return !busy(); });
    if (!busy())
        endIdleThreads();
}

void WorkerPool::cancelQueued()
{
    // thread.py's shutdown(cancel_futures=True) cancels each work item's future; the asyncio future chained
    // to it is cancelled through the loop (call_soon_threadsafe), a pass later.
    for (std::shared_ptr<Job> &job : std::exchange(m_queue, {})) {
        Loop &loop = *job->loop;
        loop.record(TraceEvent::Kind::TaskCancelled, job->lane);
        if (job->hooks.onCancelled) { // a concurrent future is cancelled at once, its callbacks run
            job->hooks.onCancelled();
            continue;
        }
        loop.callSoon([future = job->future] {
            if (!future->done())
                future->cancel();
        });
    }
}

QString WorkerPool::currentThreadName()
{
    return t_worker ? t_worker->name : QStringLiteral("MainThread");
}

bool WorkerPool::busy() const
{
    if (!m_queue.empty())
        return true;
    for (const auto &w : m_workers)
        if (w->job)
            return true;
    return false;
}

std::shared_ptr<FutureState> WorkerPool::submit(Loop &loop, const Value &fn, CallArgs args,
                                                const QString &origin, const Value &enterContext)
{
    return submitJob(loop, fn, std::move(args), origin, enterContext, {});
}

int WorkerPool::submitItem(Loop &loop, const Value &fn, CallArgs args, ItemHooks hooks)
{
    return submitJob(loop, fn, std::move(args), QStringLiteral("submit"), Value(), std::move(hooks))->id();
}

bool WorkerPool::cancelQueuedJob(int lane)
{
    return dropQueued([lane](const Job &job) { return job.lane == lane; });
}

bool WorkerPool::dropQueued(const std::function<bool(const Job &)> &which)
{
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it)
        if (which(**it)) {
            const std::shared_ptr<Job> job = *it;
            m_queue.erase(it);
            job->loop->record(TraceEvent::Kind::TaskCancelled, job->lane);
            return true;
        }
    return false;
}

std::shared_ptr<FutureState> WorkerPool::submitJob(Loop &loop, const Value &fn, CallArgs args,
                                                   const QString &origin, const Value &enterContext,
                                                   ItemHooks hooks)
{
    // thread.py's _adjust_thread_count: an idle worker takes the job, else a new one while there are fewer
    // than max_workers, else it waits in the queue. The thread is made first: a job no thread can take is
    // not handed over.
    Worker *idle = nullptr;
    for (auto &w : m_workers)
        if (!w->job) {
            idle = w.get();
            break;
        }
    if (!idle && int(m_workers.size()) < m_maxWorkers)
        idle = newWorker();
    auto job = std::make_shared<Job>();
    job->fn = fn;
    job->args = std::move(args);
    job->context = enterContext;
    job->loop = &loop;
    job->future = std::make_shared<JobFuture>(loop);
    job->lane = job->future->id();
    job->hooks = std::move(hooks);
    if (loop.trace())
        // named after its thread once one takes it; one that never runs keeps its executor's name
        loop.recordCreated(TraceTask{job->lane, m_threadNamePrefix + QStringLiteral(" (queued)"), -1,
                                     m_in.programLine(), functionName(m_in, fn), origin});
    // futures.py's _chain_future: cancelling the asyncio future cancels a job that has not started; one that
    // runs goes on to its end.
    std::weak_ptr<Job> weak = job;
    job->future->addDoneCallback(
        [this, weak](FutureState &f) {
            const std::shared_ptr<Job> j = weak.lock();
            if (j && f.cancelled())
                dropQueued([&j](const Job &job) { return &job == j.get(); });
        },
        "_chain_future.<locals>._call_check_cancel() at /usr/lib/python3.11/asyncio/futures.py:387");
    std::shared_ptr<FutureState> future = job->future;
    if (idle)
        start(*idle, std::move(job));
    else
        m_queue.push_back(std::move(job));
    return future;
}

WorkerPool::Worker *WorkerPool::newWorker()
{
    if (m_in.workerThreads >= MaxThreadsPerRun)
        m_in.raiseError(QStringLiteral("RuntimeError"),
                        QStringLiteral("can't start new thread: Awaitscope runs at most %1 worker threads at "
                                       "once (shut down the executors that are done with)")
                            .arg(MaxThreadsPerRun));
    auto w = std::make_unique<Worker>();
    w->pool = this;
    Worker *raw = w.get();
    w->thread.reset(QThread::create([this, raw] { threadMain(*raw); }));
    w->thread->setStackSize(programThreadStackBytes);
    w->thread->start();
    if (!w->thread->isRunning()) // the system gave no thread (memory, a limit)
        m_in.raiseError(QStringLiteral("RuntimeError"), QStringLiteral("can't start new thread"));
    w->name = m_threadNamePrefix + u'_' + QString::number(m_numberedThreads++);
    ++m_in.workerThreads;
    m_workers.push_back(std::move(w));
    return raw;
}

void WorkerPool::start(Worker &w, std::shared_ptr<Job> job)
{
    w.job = std::move(job);
    if (w.job->hooks.onStart)
        w.job->hooks.onStart();
    Loop &loop = *w.job->loop;
    if (Trace *trace = loop.trace()) {
        if (TraceTask *t = trace->task(w.job->lane))
            t->name = w.name;
        loop.record(TraceEvent::Kind::StepStarted, w.job->lane);
    }
    runSlice(w);
}

void WorkerPool::runSlice(Worker &w)
{
    ExecutionState mine = ExecutionState::take(m_in);
    if (mine.loop)
        mine.loop->setCurrentTask(nullptr);
    w.handOver();
    mine.restore(m_in);
    if (!w.job || w.job->abandoned)
        return;
    if (w.job->done) {
        finished(w);
        return;
    }
    // The wake-up resumes this job only: one abandoned meanwhile (a stop) is not resumed.
    Worker *self = &w;
    std::weak_ptr<Job> sleeping = w.job;
    w.job->loop->wakeAt(w.sleepUntil, [this, self, sleeping] {
        if (self->job && self->job == sleeping.lock())
            runSlice(*self);
    });
}

void WorkerPool::finished(Worker &w)
{
    // (a concurrent future's done callbacks have already run in the thread, while it was busy: runJob)
    const std::shared_ptr<Job> job = std::move(w.job);
    if (job->fatal)
        std::rethrow_exception(job->fatal);
    Loop &loop = *job->loop;
    if (loop.trace()) {
        if (job->exception.isNone()) {
            loop.record(TraceEvent::Kind::TaskFinished, job->lane, -1, m_in.repr(job->result));
        } else {
            loop.record(TraceEvent::Kind::TaskFailed, job->lane, -1, m_in.repr(job->exception));
        }
    }
    // futures.py's _call_set_state through call_soon_threadsafe: the asyncio future is settled on the loop's
    // next pass, unless it was cancelled meanwhile (a concurrent future was set in the thread: runJob).
    if (!job->hooks.onEnd)
        settleLater(loop, job);
    // thread.py's _worker: the thread takes the next job waiting, if any, at once.
    takeNext(w, loop);
}

void WorkerPool::settleLater(Loop &loop, const std::shared_ptr<Job> &job)
{
    Interpreter *in = &m_in;
    loop.callSoon([in, future = job->future, result = job->result, exception = job->exception] {
        if (future->done())
            return;
        if (exception.isNone())
            future->setResult(std::any(result));
        else
            future->setException(in->toExceptionPtr(exception));
    });
}

void WorkerPool::takeNext(Worker &w, Loop &loop)
{
    if (!m_queue.empty()) {
        std::shared_ptr<Job> next = std::move(m_queue.front());
        m_queue.pop_front();
        start(w, std::move(next));
    }
    if (m_idle && !busy())
        loop.callSoon([idle = std::exchange(m_idle, nullptr)] {
            if (!idle->done())
                idle->setResult({});
        });
}

std::shared_ptr<FutureState> WorkerPool::whenIdle(Loop &loop)
{
    if (!busy())
        return nullptr;
    if (!m_idle)
        m_idle = std::make_shared<FutureState>(loop);
    return m_idle;
}

void WorkerPool::sleep(double seconds)
{
    Worker *w = t_worker;
    if (!w)
        return;
    if (w->unwinding)
        throw ProgramStop{kAbandoned};
    Job &job = *w->job;
    Loop &loop = *job.loop;
    if (loop.trace()) {
        TraceEvent *e = loop.record(TraceEvent::Kind::Suspended, job.lane);
        e->waitKind = TraceEvent::WaitKind::Blocking;
        e->line = m_in.programLine();
        e->data.insert(QStringLiteral("seconds"), seconds);
    }
    w->sleepUntil = loop.time() + seconds; // the loop's thread asks the loop for the wake-up
    w->saved = ExecutionState::take(m_in);
    w->handBack();
    w->awaitTurn();
    w->saved.restore(m_in);
    if (w->unwinding)
        throw ProgramStop{kAbandoned};
    if (loop.trace()) {
        TraceEvent *e = loop.record(TraceEvent::Kind::StepStarted, job.lane);
        e->line = m_in.programLine();
    }
}

void WorkerPool::abandon()
{
    m_queue.clear();
    m_idle.reset();
    for (auto &w : m_workers) {
        if (!w->job)
            continue;
        // The job sleeps (a job never keeps the interpreter between slices): wake it to unwind. Its loop
        // may be gone: it records nothing more.
        w->unwinding = true;
        w->job->abandoned = true;
        w->saved.workerLoop = nullptr;
        runSlice(*w);
        w->unwinding = false;
        w->job.reset();
    }
}

void WorkerPool::stop()
{
    const std::shared_ptr<FutureState> idle = m_idle;
    abandon();
    if (idle && !idle->done())
        idle->setResult({});
}

void WorkerPool::threadMain(Worker &w)
{
    t_worker = &w;
    Heap::exchangeCurrent(m_heap); // objects made here belong to the run
    for (;;) {
        w.awaitTurn();
        if (w.quit)
            break;
        runJob(w);
        w.handBack();
    }
    w.handBack();
}

void WorkerPool::runJob(Worker &w)
{
    Job &job = *w.job;
    ExecutionState{nullptr, 0, {}, nullptr, nullptr, job.lane, job.loop}.restore(m_in);
    try {
        if (job.context.isNone()) {
            job.result = m_in.call(job.fn, job.args);
        } else {
            CallArgs args = job.args;
            args.pos.insert(args.pos.begin(), job.fn);
            job.result = m_in.call(m_in.getAttr(job.context, QStringLiteral("run")), args);
        }
    } catch (const ProgramStop &) {
        if (!job.abandoned)
            job.fatal = std::current_exception();
    } catch (...) {
        try {
            job.exception = m_in.exceptionFromCurrent();
        } catch (...) {
            job.fatal = std::current_exception();
        }
    }
    // thread.py's _WorkItem.run: a concurrent future is set, and its done callbacks run, in this thread (a
    // time.sleep in one blocks this thread, what one prints is this job's).
    if (job.hooks.onEnd && !job.fatal && !job.abandoned) {
        try {
            job.hooks.onEnd(job.result, job.exception);
        } catch (const ProgramStop &) {
            if (!job.abandoned)
                job.fatal = std::current_exception();
        } catch (...) {
            job.fatal = std::current_exception();
        }
    }
    job.done = true;
    if (job.abandoned) {
        job.result = Value();
        job.exception = Value();
    }
}

} // namespace awaitscope::py
