// asyncio's event loop API (base_events.py, events.py, runners.py of 3.11): asyncio.run, new_event_loop,
// get_event_loop, set_event_loop, get_running_loop, and the loop object with run_until_complete,
// run_forever, stop, close, call_soon/call_later/call_at and their cancellable handles.
//
// Each Python loop object owns a runtime Loop. Only one runs at a time; `Interpreter::loop` points at it
// while it runs. A loop made later goes on from the earlier ones: the virtual clock, the task numbers (Task-2
// after asyncio.run's Task-1, as asyncio counts them per process) and the trace's ids.
#include "asynciointernal.h"
#include "unwinding.h"
#include "workerpool.h"

#include "runtime/combinators.h"
#include "trace/trace.h"

namespace awaitscope::py {

using awaitscope::FuturePtr;
using awaitscope::FutureState;
using awaitscope::Loop;
using awaitscope::TaskPtr;

namespace {

struct LoopHolder
{
    std::unique_ptr<Loop> loop;
    bool closed = false;
    bool running = false;
    bool debug = false;
    Value exceptionHandler; // None: the default one (the message on stderr)
};

// events.py's policy and _running_loop, per interpreter.
struct LoopRegistry
{
    Value current;          // set_event_loop()'s loop, or the one get_event_loop() made
    bool setCalled = false; // after set_event_loop() (asyncio.run calls it) get_event_loop() makes none
    Value running;          // the loop object running now
    int lastTaskNumber = 0;
    int lastObjectId = 0;
};

LoopRegistry &registry(Interpreter &in)
{
    if (!in.loopRegistry)
        in.loopRegistry = std::make_shared<LoopRegistry>();
    return *std::static_pointer_cast<LoopRegistry>(in.loopRegistry);
}

// Handle / TimerHandle.
struct HandleHolder
{
    Value loopObject; // keeps the loop alive as long as the handle
    Loop::TimerId id = 0;
    bool timer = false;
    double when = 0.0;
    bool cancelled = false;
    bool ran = false;
    Value callback;
    std::vector<Value> args;
};

std::shared_ptr<LoopHolder> loopHolder(Interpreter &in, const Value &self)
{
    auto h = payloadOf<LoopHolder>(self, in.clsLoop);
    if (!h)
        in.raiseTypeError(QStringLiteral("expected an event loop, got %1").arg(in.typeName(self)));
    return h;
}

Value makeLoopObject(Interpreter &in)
{
    auto *inst = new InstanceObject(in.clsLoop);
    Value v(inst);
    auto h = std::make_shared<LoopHolder>();
    h->loop = std::make_unique<Loop>(in.realClock ? Loop::Clock::Real : Loop::Clock::Virtual, in.trace);
    LoopRegistry &r = registry(in);
    h->loop->continueFrom(r.lastTaskNumber, r.lastObjectId, loopStartTime(in));
    inst->payload = h;
    return v;
}

// Awaitscope runs one event loop at a time, in the program's own thread.
void refuseRunningLoopInWorkerThread(Interpreter &in)
{
    if (in.workerLane >= 0)
        in.raiseError(QStringLiteral("RuntimeError"),
                      QStringLiteral("a worker thread cannot run an event loop in Awaitscope: the program's "
                                     "one loop runs in its main thread"));
}

// A new loop set as the current one (events.new_event_loop() then set_event_loop(), as runners.py does).
Value newCurrentLoop(Interpreter &in)
{
    refuseRunningLoopInWorkerThread(in);
    Value loop = makeLoopObject(in);
    LoopRegistry &r = registry(in);
    r.current = loop;
    r.setCalled = true;
    return loop;
}

// loop.time(): asyncio's clock is the process's monotonic clock, shared by every loop. On the virtual clock a
// loop that is not running reads the program's time, which the next run of any loop starts from.
double loopTime(Interpreter &in, const LoopHolder &h)
{
    return h.running || in.realClock ? h.loop->time() : in.programTime();
}

void checkClosed(Interpreter &in, const LoopHolder &h)
{
    if (h.closed)
        in.raiseError(QStringLiteral("RuntimeError"), QStringLiteral("Event loop is closed"));
}

// asyncio's running and current loops are per thread: a worker thread (workerpool.h) has neither.
void refuseCurrentLoopInWorkerThread(Interpreter &in)
{
    if (in.workerLane >= 0)
        in.raiseError(QStringLiteral("RuntimeError"),
                      QStringLiteral("There is no current event loop in thread '%1'.")
                          .arg(WorkerPool::currentThreadName()));
}

// base_events.py _check_running.
void checkRunnable(Interpreter &in, const LoopHolder &h)
{
    checkClosed(in, h);
    refuseRunningLoopInWorkerThread(in);
    if (h.running)
        in.raiseError(QStringLiteral("RuntimeError"), QStringLiteral("This event loop is already running"));
    if (in.loop)
        in.raiseError(QStringLiteral("RuntimeError"),
                      QStringLiteral("Cannot run the event loop while another loop is running"));
}

void reportError(Interpreter &in, const std::shared_ptr<LoopHolder> &h, InstanceObject *loopObject,
                 const QString &message, const Value &exc, const Value &future, const QString &details,
                 const char *futureKey = "future");

// Task.__del__ of a task still pending (its loop stopped or closed before it finished): to the loop's
// handler with `task`, or (no loop object, `h` null) to stderr.
void reportDestroyedPending(Interpreter &in, const std::shared_ptr<LoopHolder> &h, InstanceObject *loopObject,
                            const FuturePtr &task)
{
    const QString message = QStringLiteral("Task was destroyed but it is pending!");
    reportError(in, h, loopObject, message, Value(), in.taskObject(task),
                message + QStringLiteral("\ntask: ") + futureRepr(in, task) + u'\n', "task");
}

// The runtime reports what asyncio logs ("Task exception was never retrieved"): to stderr, or to the
// program's handler as handler(loop, {'message': ...}).
void installExceptionHandler(Interpreter &in, const Value &loopObject)
{
    auto h = loopHolder(in, loopObject);
    Interpreter *ip = &in;
    std::weak_ptr<LoopHolder> weak = h;
    auto *raw = loopObject.as<InstanceObject>();
    h->loop->exceptionHandler = [ip, weak, raw](const QString &message) {
        reportError(*ip, weak.lock(), raw, message.section(u'\n', 0, 0), Value(), Value(), message + u'\n');
    };
    // As asyncio's Future.__del__ logs it: "Task exception ...", "_GatheringFuture exception ...", the
    // future's repr (a task's coroutine, where it was defined) and the exception's traceback.
    h->loop->unretrievedHandler = [ip, weak, raw](const FuturePtr &future) {
        Interpreter &in = *ip;
        const Value exc = pythonException(in, future->peekException());
        const QString message =
            QLatin1String(future->asyncioTypeName()) + QStringLiteral(" exception was never retrieved");
        const QString details =
            message + QStringLiteral("\nfuture: ") + futureRepr(in, future) + u'\n' + in.formatTraceback(exc);
        reportError(in, weak.lock(), raw, message, exc, in.taskObject(future),
                    details.endsWith(u'\n') ? details : details + u'\n');
    };
    h->loop->destroyedPendingHandler = [ip, weak, raw](const FuturePtr &task) {
        reportDestroyedPending(*ip, weak.lock(), raw, task);
    };
}

// Runs `loopObject` with `body` (runUntilComplete or runForever) as the running loop. A stop request or a
// program that waits for ever ends the program (ProgramStop) as asyncio.run does; `returned` is false when
// the loop was stopped by loop.stop() before its future was done.
void driveLoop(Interpreter &in, const Value &loopObject, const std::function<bool(Loop &)> &body)
{
    auto h = loopHolder(in, loopObject);
    checkRunnable(in, *h);
    Loop &lp = *h->loop;
    LoopRegistry &r = registry(in);
    lp.continueFrom(r.lastTaskNumber, r.lastObjectId, loopStartTime(in));
    installExceptionHandler(in, loopObject);
    in.loop = &lp;
    h->running = true;
    r.running = loopObject;
    awaitscope::setValueDescriber([&in](const std::any &v) { return in.repr(in.anyToValue(v)); });
    Frame *savedFrame = in.currentFrame();
    const int savedDepth = in.callDepth();
    struct Restore
    {
        Interpreter &in;
        LoopHolder &h;
        LoopRegistry &r;
        Frame *frame;
        int depth;
        ~Restore()
        {
            in.setFrameState(frame, depth);
            if (!in.realClock)
                in.timeOffset = h.loop->time();
            r.lastTaskNumber = std::max(r.lastTaskNumber, h.loop->lastTaskNumber());
            r.lastObjectId = std::max(r.lastObjectId, h.loop->lastObjectId());
            in.loop = nullptr;
            h.running = false;
            r.running = Value();
            awaitscope::setValueDescriber(nullptr);
        }
    };
    bool completed = false;
    {
        Restore restore{in, *h, r, savedFrame, savedDepth};
        completed = body(lp);
        if (!completed) {
            // A stop request, or nothing can run any more: end the tasks (at their next step) and the
            // program.
            const QString reason = lp.stopReason();
            if (!in.stopRequested()) {
                in.stopKind = RunError::Kind::Deadlock;
                in.requestStop(reason.isEmpty() ? QStringLiteral("stopped") : reason);
            }
            lp.cancelAllTasks();
            lp.reportUnretrievedExceptions(true);
        }
    }
    if (in.stopRequested())
        throw ProgramStop{in.stopReason()};
    if (!completed)
        throw ProgramStop{lp.stopReason()};
}

// The future loop.run_until_complete(arg) waits for: a future or task of this loop, or a new task for a
// coroutine (origin "run": the timeline draws it as asyncio.run's main task).
FuturePtr futureToRun(Interpreter &in, Loop &lp, const Value &arg)
{
    if (FuturePtr f = in.futureOf(arg)) {
        if (&f->loop() != &lp)
            in.raiseValueError(QStringLiteral(
                "The future belongs to a different loop than the one specified as the loop argument"));
        return f;
    }
    const Value coro = in.coroutineOf(arg);
    if (!coro.as<CoroutineObject>())
        in.raiseTypeError(QStringLiteral("An asyncio.Future, a coroutine or an awaitable is required"));
    return in.futureOf(createTaskOn(in, lp, coro, QString(), QStringLiteral("run")));
}

Value runUntilComplete(Interpreter &in, const Value &loopObject, const Value &arg)
{
    auto h = loopHolder(in, loopObject);
    checkRunnable(in, *h);
    FuturePtr future = futureToRun(in, *h->loop, arg);
    driveLoop(in, loopObject, [&future](Loop &lp) { return lp.runUntilComplete(future); });
    if (!future->done())
        in.raiseError(QStringLiteral("RuntimeError"),
                      QStringLiteral("Event loop stopped before Future completed."));
    future->markRetrieved(); // future.result(): its exception goes to the caller
    try {
        return in.anyToValue(future->result());
    } catch (const ProgramStop &) {
        throw;
    } catch (...) {
        in.raise(in.exceptionFromCurrent());
    }
}

void closeLoop(Interpreter &in, const Value &loopObject)
{
    auto h = loopHolder(in, loopObject);
    if (h->running)
        in.raiseError(QStringLiteral("RuntimeError"), QStringLiteral("Cannot close a running event loop"));
    if (h->closed)
        return;
    h->closed = true;
    in.setDefaultExecutors.erase(h->loop.get());
    // Jobs still in worker threads end with it (CPython would let them run on; the program is over here).
    in.abandonWorkerJobs();
    // What lives on the loop (aiohttp's sessions) goes before it.
    auto hooks = std::move(in.atLoopEnd);
    in.atLoopEnd.clear();
    for (auto &hook : hooks)
        hook();
}

// format_helpers._format_callback_source: "cb(1, 'a') at prog.py:12" (the place only for Python functions).
QString callbackText(Interpreter &in, const Value &callback, const std::vector<Value> &args)
{
    QString name;
    try {
        name = in.str(in.getAttr(callback, QStringLiteral("__qualname__")));
    } catch (const ProgramStop &) {
        throw;
    } catch (...) {
        name = in.repr(callback);
    }
    QStringList parts;
    for (const Value &a : args)
        parts << in.repr(a);
    QString text = QStringLiteral("%1(%2)").arg(name, parts.join(QStringLiteral(", ")));
    if (auto *fn = callback.as<FunctionObject>(); fn && fn->kind == ObjKind::Function && fn->info)
        text += QStringLiteral(" at %1:%2").arg(in.pathOf(fn->info->file)).arg(fn->info->line);
    return text;
}

// events.py Handle.__repr__: <TimerHandle cancelled when=1.0 cb() at prog.py:3>
QString handleText(Interpreter &in, const HandleHolder &h)
{
    QStringList parts{h.timer ? QStringLiteral("TimerHandle") : QStringLiteral("Handle")};
    if (h.cancelled)
        parts << QStringLiteral("cancelled");
    if (h.timer)
        parts << QStringLiteral("when=") + in.repr(Value::fromFloat(h.when));
    if (!h.callback.isNone())
        parts << callbackText(in, h.callback, h.args);
    return u'<' + parts.join(u' ') + u'>';
}

// base_events.py call_exception_handler: the program's handler gets (loop, context); without one, the
// message and its details go to stderr as asyncio's logger prints them.
void reportError(Interpreter &in, const std::shared_ptr<LoopHolder> &h, InstanceObject *loopObject,
                 const QString &message, const Value &exc, const Value &future, const QString &details,
                 const char *futureKey)
{
    if (h && !h->exceptionHandler.isNone()) {
        auto *context = new DictObject();
        Value contextValue(context);
        context->set(makeStr(QStringLiteral("message")), makeStr(message));
        if (!exc.isNone())
            context->set(makeStr(QStringLiteral("exception")), exc);
        if (!future.isNone())
            context->set(makeStr(QLatin1String(futureKey)), future);
        try {
            in.call(h->exceptionHandler, {Value(loopObject), contextValue});
            return;
        } catch (const ProgramStop &) {
            throw;
        } catch (...) {
            Value error = in.exceptionFromCurrent();
            if (in.stderrSink)
                in.stderrSink(QStringLiteral("Unhandled error in exception handler\n%1")
                                  .arg(in.formatTraceback(error)));
            return;
        }
    }
    if (in.stderrSink)
        in.stderrSink(details);
}

Value schedule(Interpreter &in, const Value &loopObject, const Value &callback, std::vector<Value> args,
               std::optional<double> when, const char *what, const Value &givenContext)
{
    auto h = loopHolder(in, loopObject);
    checkClosed(in, *h);
    if (callback.as<CoroutineObject>() ||
        (callback.as<FunctionObject>() && callback.as<FunctionObject>()->info &&
         callback.as<FunctionObject>()->info->isAsync))
        in.raiseTypeError(QStringLiteral("coroutines cannot be used with %1()").arg(QLatin1String(what)));
    if (!in.truthy(in.call(in.builtin(QStringLiteral("callable")), std::vector<Value>{callback})))
        in.raiseTypeError(QStringLiteral("a callable object was expected by %1(), got %2")
                              .arg(QLatin1String(what), in.repr(callback)));
    Loop &lp = *h->loop;
    auto handle = std::make_shared<HandleHolder>();
    handle->loopObject = loopObject;
    handle->timer = when.has_value();
    handle->when = when.value_or(0.0);
    handle->callback = callback;
    handle->args = args;
    Interpreter *ip = &in;
    std::weak_ptr<LoopHolder> weakLoop = h;
    auto *loopInstance = loopObject.as<InstanceObject>();
    // events.Handle: the callback runs in the context it was given, else in a copy of the scheduler's
    const Value context = givenContext.isNone() ? in.copyContext(in.currentContext()) : givenContext;
    auto run = [ip, callback, args = std::move(args), hh = handle, weakLoop, loopInstance, context]() {
        hh->ran = true;
        Interpreter::ResumeGuard guard(*ip);
        ip->setFrameState(nullptr, 0);
        ip->enteredContexts.push_back(context);
        struct Leave
        {
            Interpreter *ip;
            ~Leave() { ip->enteredContexts.pop_back(); }
        } leave{ip};
        try {
            ip->call(callback, args);
        } catch (const ProgramStop &stop) {
            ip->requestStop(stop.message);
        } catch (...) {
            Value exc = ip->exceptionFromCurrent();
            const QString message =
                QStringLiteral("Exception in callback ") + callbackText(*ip, callback, args);
            QString details = message + u'\n';
            details += QStringLiteral("handle: ") + handleText(*ip, *hh) + u'\n';
            details += ip->formatTraceback(exc);
            reportError(*ip, weakLoop.lock(), loopInstance, message, exc, Value(), details);
        }
    };
    handle->id = when ? lp.callAt(*when, std::move(run)) : lp.callSoonCancellable(std::move(run));
    auto *inst = new InstanceObject(when ? in.clsTimerHandle : in.clsHandle);
    Value v(inst);
    inst->payload = handle;
    return v;
}

std::shared_ptr<HandleHolder> handleOf(Interpreter &in, const Value &self)
{
    auto h = payloadOf<HandleHolder>(self, in.clsHandle);
    if (!h)
        in.raiseTypeError(QStringLiteral("expected a Handle"));
    return h;
}

} // namespace

Loop &eventLoop(Interpreter &in)
{
    refuseCurrentLoopInWorkerThread(in);
    LoopRegistry &r = registry(in);
    if (!r.running.isNone())
        return *loopHolder(in, r.running)->loop;
    if (in.loop)
        return *in.loop;
    if (r.current.isNone() && !r.setCalled)
        r.current = makeLoopObject(in);
    if (r.current.isNone())
        in.raiseError(QStringLiteral("RuntimeError"),
                      QStringLiteral("There is no current event loop in thread 'MainThread'."));
    return *loopHolder(in, r.current)->loop;
}

Loop &loopOfObject(Interpreter &in, const Value &loopObject)
{
    return *loopHolder(in, loopObject)->loop;
}

double loopStartTime(Interpreter &in)
{
    return in.realClock ? 0.0 : in.timeOffset;
}

namespace {
bool shutdownRunnerLoop(Interpreter &in, Loop &loop);
} // namespace

// runners.py: a new loop set as the current one, the main task, then the shutdown (cancel what is left,
// report what nobody retrieved), close, and no current loop.
Value asyncioRun(Interpreter &in, const Value &coro, bool debug)
{
    if (in.loop)
        in.raiseError(QStringLiteral("RuntimeError"),
                      QStringLiteral("asyncio.run() cannot be called from a running event loop"));
    if (!coro.as<CoroutineObject>())
        in.raiseValueError(QStringLiteral("a coroutine was expected, got %1").arg(in.repr(coro)));
    Value loopObject = newCurrentLoop(in);
    auto h = loopHolder(in, loopObject);
    h->debug = debug;
    Loop &lp = *h->loop;
    struct Close // also when the program stops: what lives on the loop goes before it
    {
        Interpreter &in;
        Value loopObject;
        ~Close()
        {
            registry(in).current = Value();
            try {
                closeLoop(in, loopObject);
            } catch (...) {
            }
            in.futureObjects.clear();
        }
    } close{in, loopObject};
    const FuturePtr main = in.futureOf(createTaskOn(in, lp, coro, QString(), QStringLiteral("run")));
    driveLoop(in, loopObject, [&in, &main](Loop &loop) {
        if (!loop.runUntilComplete(main))
            return false;
        main->markRetrieved(); // asyncio.run hands the main task's exception to its caller
        return shutdownRunnerLoop(in, loop);
    });
    return in.anyToValue(main->result());
}

namespace {

// What run_until_complete() of a housekeeping coroutine that returns at once costs the loop (asyncio.run's
// shutdown_asyncgens() with no generator to close, shutdown_default_executor() with no job left): a pass
// for the task's step and one for the done callback that stops the loop. The task is not drawn (the CPython
// recorder does not record it either), but its passes run what is ready and the timers due, as CPython's
// do: a call_later due at the moment main ended, left for a later wake-up by "Equal deadlines"
// (docs/runtime.md), runs here.
bool runHousekeepingPasses(Loop &loop)
{
    auto done = std::make_shared<awaitscope::FutureState>(loop);
    loop.callSoon([done] { done->setResult(std::any()); });
    struct ShuttingDown
    {
        Loop &loop;
        ~ShuttingDown() { loop.setShuttingDown(false); }
    } marked{loop};
    loop.setShuttingDown(true);
    return loop.runUntilComplete(done);
}

// Runner.close()'s shutdown on the running loop: cancel what is left, report what nobody retrieved, then
// shutdown_asyncgens() and shutdown_default_executor() as two more tasks (the next unnamed task of the
// program is Task-4 after a first asyncio.run, as in CPython). The first one aclose()s the async generators
// left unfinished, so their finally blocks run (and may await) before run returns; it is drawn only when
// there is such a generator. False when the program was stopped meanwhile.
bool shutdownRunnerLoop(Interpreter &in, Loop &loop)
{
    loop.cancelAllTasks();
    loop.reportUnretrievedExceptions();
    if (in.hasUnfinishedAsyncGenerators() && !in.stopRequested()) {
        Value shutdown = in.makeCoroutine(QStringLiteral("shutdown_asyncgens"),
                                          [](Interpreter &in2) { return in2.closeAsyncGenerators(); });
        const FuturePtr task =
            in.futureOf(createTaskOn(in, loop, shutdown, QString(), QStringLiteral("run")));
        if (!loop.runUntilComplete(task))
            return false;
        task->markRetrieved();
    } else {
        loop.nextTaskNumber();
        if (!in.stopRequested() && !runHousekeepingPasses(loop))
            return false;
    }
    // shutdown_default_executor (Task-3 when it is the program's third unnamed task): the loop runs on until
    // every job handed to a worker thread has ended, as the executor's shutdown(wait=True) waits for them.
    loop.nextTaskNumber();
    if (in.stopRequested())
        return true; // the program ends now: the jobs are unwound with the loop
    if (const FuturePtr idle = in.defaultExecutor(&loop).whenIdle(loop))
        return loop.runUntilComplete(idle);
    return runHousekeepingPasses(loop);
}

// runners.py's Runner (3.11): a loop made on first use and set as the current one, run() for each main
// task (drawn as asyncio.run's), close() for the shutdown above and the loop's end.
struct RunnerState
{
    enum class State : uint8_t { Created, Initialized, Closed };
    State state = State::Created;
    Value debug;       // None: leave the loop's setting
    Value loopFactory; // None: new_event_loop(), set as the current loop
    Value loop;
    bool setEventLoop = false;
};

std::shared_ptr<RunnerState> runnerState(Interpreter &in, const Value &self, const Value &runnerClass)
{
    auto state = payloadOf<RunnerState>(self, runnerClass);
    if (!state)
        in.raiseTypeError(QStringLiteral("expected an asyncio.Runner, got %1").arg(in.typeName(self)));
    return state;
}

// Runner._lazy_init
Value runnerLoop(Interpreter &in, RunnerState &st)
{
    if (st.state == RunnerState::State::Closed)
        in.raiseError(QStringLiteral("RuntimeError"), QStringLiteral("Runner is closed"));
    if (st.state == RunnerState::State::Initialized)
        return st.loop;
    if (st.loopFactory.isNone()) {
        st.loop = newCurrentLoop(in);
        st.setEventLoop = true;
    } else {
        st.loop = in.call(st.loopFactory, std::vector<Value>{});
        loopHolder(in, st.loop); // a loop of Awaitscope's, or a TypeError
    }
    if (!st.debug.isNone())
        loopHolder(in, st.loop)->debug = in.truthy(st.debug);
    st.state = RunnerState::State::Initialized;
    return st.loop;
}

Value runnerRun(Interpreter &in, RunnerState &st, const Value &coro)
{
    if (!coro.as<CoroutineObject>())
        in.raiseValueError(QStringLiteral("a coroutine was expected, got %1").arg(in.repr(coro)));
    if (in.loop)
        in.raiseError(QStringLiteral("RuntimeError"),
                      QStringLiteral("Runner.run() cannot be called from a running event loop"));
    const Value loopObject = runnerLoop(in, st);
    auto h = loopHolder(in, loopObject);
    checkRunnable(in, *h);
    // loop.run_until_complete(loop.create_task(coro)), the task drawn as asyncio.run's
    return runUntilComplete(in, loopObject,
                            createTaskOn(in, *h->loop, coro, QString(), QStringLiteral("run")));
}

void runnerClose(Interpreter &in, RunnerState &st)
{
    if (st.state != RunnerState::State::Initialized)
        return;
    const Value loopObject = st.loop;
    struct Finally // as runners.py's finally: the loop is closed whatever the shutdown did
    {
        Interpreter &in;
        RunnerState &st;
        Value loopObject;
        ~Finally()
        {
            if (st.setEventLoop) {
                registry(in).current = Value();
                registry(in).setCalled = true;
            }
            try {
                closeLoop(in, loopObject);
            } catch (...) {
            }
            st.loop = Value();
            st.state = RunnerState::State::Closed;
        }
    } finally{in, st, loopObject};
    driveLoop(in, loopObject, [&in](Loop &lp) { return shutdownRunnerLoop(in, lp); });
}

void installRunner(Interpreter &in, ModuleObject *mod)
{
    Value cls = in.makeClass(QStringLiteral("Runner"), {in.builtin(QStringLiteral("object"))});
    auto *c = cls.as<ClassObject>();
    c->attrs.insert(QStringLiteral("__module__"), makeStr(QStringLiteral("asyncio.runners")));
    c->constructor = [](Interpreter &in2, const Value &klass, std::vector<Value> &p,
                        std::vector<std::pair<QString, Value>> &kw) {
        if (!p.empty())
            in2.raiseTypeError(
                QStringLiteral("Runner.__init__() takes 1 positional argument but %1 were given")
                    .arg(p.size() + 1));
        auto st = std::make_shared<RunnerState>();
        for (const auto &[key, value] : kw) {
            if (key == u"debug")
                st->debug = value;
            else if (key == u"loop_factory")
                st->loopFactory = value;
            else
                in2.raiseTypeError(
                    QStringLiteral("Runner.__init__() got an unexpected keyword argument '%1'").arg(key));
        }
        auto *inst = new InstanceObject(klass);
        Value v(inst);
        inst->payload = st;
        return v;
    };
    auto method = [&in, c](const QString &name, BuiltinObject::Fn fn) {
        c->attrs.insert(name, in.makeMethod(name, std::move(fn)));
    };
    method(QStringLiteral("run"), [cls](Interpreter &in2, const Value &self, CallArgs &a) {
        in2.checkNoExtraArgs(a, 1, {"coro", "context"}, QStringLiteral("run"));
        return runnerRun(in2, *runnerState(in2, self, cls), in2.argOr(a, 0, "coro"));
    });
    method(QStringLiteral("get_loop"), [cls](Interpreter &in2, const Value &self, CallArgs &) {
        return runnerLoop(in2, *runnerState(in2, self, cls));
    });
    method(QStringLiteral("close"), [cls](Interpreter &in2, const Value &self, CallArgs &) {
        runnerClose(in2, *runnerState(in2, self, cls));
        return Value();
    });
    method(QStringLiteral("__enter__"), [cls](Interpreter &in2, const Value &self, CallArgs &) {
        runnerLoop(in2, *runnerState(in2, self, cls));
        return self;
    });
    method(QStringLiteral("__exit__"), [cls](Interpreter &in2, const Value &self, CallArgs &) {
        runnerClose(in2, *runnerState(in2, self, cls));
        return Value();
    });
    mod->attrs.insert(QStringLiteral("Runner"), cls);
}

} // namespace

void installLoopFunctions(Interpreter &in, ModuleObject *mod)
{
    installRunner(in, mod);
    auto def = [&](const QString &name, BuiltinObject::Fn fn) {
        mod->attrs.insert(name, in.makeBuiltin(name, std::move(fn)));
    };
    def(QStringLiteral("new_event_loop"), [](Interpreter &in, const Value &, CallArgs &a) {
        in.checkNoExtraArgs(a, 0, {}, QStringLiteral("new_event_loop"));
        return makeLoopObject(in);
    });
    def(QStringLiteral("get_running_loop"), [](Interpreter &in, const Value &, CallArgs &a) {
        in.checkNoExtraArgs(a, 0, {}, QStringLiteral("get_running_loop"));
        const Value running = registry(in).running;
        if (running.isNone() || in.workerLane >= 0)
            in.raiseError(QStringLiteral("RuntimeError"), QStringLiteral("no running event loop"));
        return running;
    });
    // 3.11.7: the running loop; else the current one, made on first use unless set_event_loop() was called.
    def(QStringLiteral("get_event_loop"), [](Interpreter &in, const Value &, CallArgs &a) {
        in.checkNoExtraArgs(a, 0, {}, QStringLiteral("get_event_loop"));
        refuseCurrentLoopInWorkerThread(in);
        LoopRegistry &r = registry(in);
        if (!r.running.isNone())
            return r.running;
        if (r.current.isNone() && !r.setCalled)
            r.current = makeLoopObject(in);
        if (r.current.isNone())
            in.raiseError(QStringLiteral("RuntimeError"),
                          QStringLiteral("There is no current event loop in thread 'MainThread'."));
        return r.current;
    });
    def(QStringLiteral("set_event_loop"), [](Interpreter &in, const Value &, CallArgs &a) {
        in.checkNoExtraArgs(a, 1, {"loop"}, QStringLiteral("set_event_loop"));
        const Value loop = in.argOr(a, 0, "loop");
        if (!loop.isNone() && !payloadOf<LoopHolder>(loop, in.clsLoop))
            in.raiseTypeError(
                QStringLiteral("loop must be an instance of AbstractEventLoop or None, not '%1'")
                    .arg(in.typeName(loop)));
        LoopRegistry &r = registry(in);
        r.setCalled = true;
        r.current = loop;
        return Value();
    });
    def(QStringLiteral("run_coroutine_threadsafe"), [](Interpreter &in, const Value &, CallArgs &a) -> Value {
        if (auto *co = in.argOr(a, 0, "coro").as<CoroutineObject>())
            co->consumed = true; // refused, not forgotten: no "never awaited" warning on top
        in.raiseError(
            QStringLiteral("RuntimeError"),
            QStringLiteral("asyncio.run_coroutine_threadsafe() is not available in Awaitscope: programs "
                           "run on one thread, so there is no other thread to submit from (await the "
                           "coroutine, or use asyncio.create_task)"));
    });
    def(QStringLiteral("isfuture"), [](Interpreter &in, const Value &, CallArgs &a) {
        return Value::fromBool(in.futureOf(in.argOr(a, 0, "obj")) != nullptr);
    });
}

void installLoopClasses(Interpreter &in)
{
    auto method = [&in](Value &cls, const QString &name, BuiltinObject::Fn fn) {
        cls.as<ClassObject>()->attrs.insert(name, in.makeMethod(name, std::move(fn)));
    };
    // Not "builtin": programs may set attributes on a loop (loop.slow_callback_duration = 0.25).
    auto asyncioClass = [&in](const QString &name, const QString &module, std::vector<Value> bases) {
        Value c = in.makeClass(name, std::move(bases), name != u"_UnixSelectorEventLoop");
        c.as<ClassObject>()->attrs.insert(QStringLiteral("__module__"), makeStr(module));
        return c;
    };
    // CPython's loop on Linux is a _UnixSelectorEventLoop.
    const Value abstractLoop =
        asyncioClass(QStringLiteral("AbstractEventLoop"), QStringLiteral("asyncio.events"),
                     {in.builtin(QStringLiteral("object"))});
    in.clsLoop = asyncioClass(QStringLiteral("_UnixSelectorEventLoop"), QStringLiteral("asyncio.unix_events"),
                              {abstractLoop});
    in.clsHandle = asyncioClass(QStringLiteral("Handle"), QStringLiteral("asyncio.events"),
                                {in.builtin(QStringLiteral("object"))});
    in.clsTimerHandle =
        asyncioClass(QStringLiteral("TimerHandle"), QStringLiteral("asyncio.events"), {in.clsHandle});
    Value &loopCls = in.clsLoop;

    method(loopCls, QStringLiteral("run_until_complete"),
           [](Interpreter &in, const Value &self, CallArgs &a) {
               in.checkNoExtraArgs(a, 1, {"future"}, QStringLiteral("run_until_complete"));
               return runUntilComplete(in, self, in.argOr(a, 0, "future"));
           });
    method(loopCls, QStringLiteral("run_forever"), [](Interpreter &in, const Value &self, CallArgs &a) {
        in.checkNoExtraArgs(a, 0, {}, QStringLiteral("run_forever"));
        driveLoop(in, self, [](Loop &lp) { return lp.runForever(); });
        return Value();
    });
    method(loopCls, QStringLiteral("stop"), [](Interpreter &in, const Value &self, CallArgs &) {
        loopHolder(in, self)->loop->stop();
        return Value();
    });
    method(loopCls, QStringLiteral("close"), [](Interpreter &in, const Value &self, CallArgs &) {
        closeLoop(in, self);
        return Value();
    });
    method(loopCls, QStringLiteral("is_running"), [](Interpreter &in, const Value &self, CallArgs &) {
        return Value::fromBool(loopHolder(in, self)->running);
    });
    method(loopCls, QStringLiteral("is_closed"), [](Interpreter &in, const Value &self, CallArgs &) {
        return Value::fromBool(loopHolder(in, self)->closed);
    });
    method(loopCls, QStringLiteral("time"), [](Interpreter &in, const Value &self, CallArgs &) {
        return Value::fromFloat(loopTime(in, *loopHolder(in, self)));
    });
    method(loopCls, QStringLiteral("call_soon"), [](Interpreter &in, const Value &self, CallArgs &a) {
        in.checkNoExtraArgs(a, SIZE_MAX, {"context"}, QStringLiteral("call_soon"));
        if (a.pos.empty())
            in.raiseTypeError(
                QStringLiteral("call_soon() missing 1 required positional argument: 'callback'"));
        return schedule(in, self, a.pos[0], std::vector<Value>(a.pos.begin() + 1, a.pos.end()), std::nullopt,
                        "call_soon", in.argOr(a, SIZE_MAX, "context"));
    });
    method(loopCls, QStringLiteral("call_later"), [](Interpreter &in, const Value &self, CallArgs &a) {
        in.checkNoExtraArgs(a, SIZE_MAX, {"context"}, QStringLiteral("call_later"));
        if (a.pos.size() < 2)
            in.raiseTypeError(
                QStringLiteral("call_later() missing required positional arguments: 'delay' and "
                               "'callback'"));
        if (a.pos[0].isNone())
            in.raiseTypeError(QStringLiteral("delay must not be None"));
        if (!a.pos[0].isNumber())
            in.raiseTypeError(QStringLiteral("unsupported operand type(s) for +: 'float' and '%1'")
                                  .arg(in.typeName(a.pos[0])));
        const double when = loopTime(in, *loopHolder(in, self)) + a.pos[0].toDouble();
        return schedule(in, self, a.pos[1], std::vector<Value>(a.pos.begin() + 2, a.pos.end()), when,
                        "call_later", in.argOr(a, SIZE_MAX, "context"));
    });
    method(loopCls, QStringLiteral("call_at"), [](Interpreter &in, const Value &self, CallArgs &a) {
        in.checkNoExtraArgs(a, SIZE_MAX, {"context"}, QStringLiteral("call_at"));
        if (a.pos.size() < 2)
            in.raiseTypeError(
                QStringLiteral("call_at() missing required positional arguments: 'when' and 'callback'"));
        if (a.pos[0].isNone())
            in.raiseTypeError(QStringLiteral("when cannot be None"));
        if (!a.pos[0].isNumber())
            in.raiseTypeError(QStringLiteral("'<' not supported between instances of '%1' and 'float'")
                                  .arg(in.typeName(a.pos[0])));
        return schedule(in, self, a.pos[1], std::vector<Value>(a.pos.begin() + 2, a.pos.end()),
                        a.pos[0].toDouble(), "call_at", in.argOr(a, SIZE_MAX, "context"));
    });
    method(loopCls, QStringLiteral("create_task"), [](Interpreter &in, const Value &self, CallArgs &a) {
        in.checkNoExtraArgs(a, 1, {"coro", "name", "context"}, QStringLiteral("create_task"));
        auto h = loopHolder(in, self);
        checkClosed(in, *h);
        const Value name = in.argOr(a, 1, "name");
        return withContext(in,
                           createTaskOn(in, *h->loop, in.argOr(a, 0, "coro"),
                                        name.isNone() ? QString() : in.str(name),
                                        QStringLiteral("create_task")),
                           in.argOr(a, 2, "context"));
    });
    method(loopCls, QStringLiteral("create_future"), [](Interpreter &in, const Value &self, CallArgs &) {
        return in.taskObject(std::make_shared<FutureState>(*loopHolder(in, self)->loop));
    });
    method(loopCls, QStringLiteral("set_exception_handler"),
           [](Interpreter &in, const Value &self, CallArgs &a) {
               const Value handler = in.argOr(a, 0, "handler");
               if (!handler.isNone() &&
                   !in.truthy(in.call(in.builtin(QStringLiteral("callable")), std::vector<Value>{handler})))
                   in.raiseTypeError(
                       QStringLiteral("A callable object or None is expected, got %1").arg(in.repr(handler)));
               loopHolder(in, self)->exceptionHandler = handler;
               return Value();
           });
    method(loopCls, QStringLiteral("get_exception_handler"),
           [](Interpreter &in, const Value &self, CallArgs &) {
               return loopHolder(in, self)->exceptionHandler;
           });
    method(loopCls, QStringLiteral("set_debug"), [](Interpreter &in, const Value &self, CallArgs &a) {
        loopHolder(in, self)->debug = in.truthy(in.argOr(a, 0, "enabled"));
        return Value();
    });
    method(loopCls, QStringLiteral("get_debug"), [](Interpreter &in, const Value &self, CallArgs &) {
        return Value::fromBool(loopHolder(in, self)->debug);
    });
    for (const char *name : {"shutdown_asyncgens", "shutdown_default_executor"}) {
        const QString n = QLatin1String(name);
        method(loopCls, n, [n](Interpreter &in, const Value &, CallArgs &) {
            return in.makeCoroutine(n, QStringLiteral("BaseEventLoop.") + n,
                                    [](Interpreter &) -> Co<Value> { co_return Value(); });
        });
    }
    // base_events.py set_default_executor (3.11): a ThreadPoolExecutor (anything else is deprecated there
    // and refused here), used by run_in_executor(None, ...) and to_thread from then on, and waited for by
    // asyncio.run's shutdown_default_executor.
    method(loopCls, QStringLiteral("set_default_executor"),
           [](Interpreter &in, const Value &self, CallArgs &a) {
               in.checkNoExtraArgs(a, 1, {"executor"}, QStringLiteral("BaseEventLoop.set_default_executor"));
               auto h = loopHolder(in, self);
               const Value executor = in.argOr(a, 0, "executor");
               if (executor.isNone())
                   in.raiseError(QStringLiteral("RuntimeError"),
                                 QStringLiteral("loop.set_default_executor(None): Awaitscope takes a "
                                                "concurrent.futures.ThreadPoolExecutor here"));
               in.setDefaultExecutors[h->loop.get()] = executorPool(in, executor);
               return Value();
           });
    // base_events.py run_in_executor: the function runs in a worker thread of the default executor (None) or
    // of a ThreadPoolExecutor (workerpool.h), and the returned future settles with its outcome.
    method(loopCls, QStringLiteral("run_in_executor"), [](Interpreter &in, const Value &self, CallArgs &a) {
        if (!a.kw.empty())
            in.raiseTypeError(
                QStringLiteral("BaseEventLoop.run_in_executor() got an unexpected keyword argument '%1'")
                    .arg(a.kw.front().first));
        if (a.pos.size() < 2)
            in.raiseTypeError(
                QStringLiteral("BaseEventLoop.run_in_executor() missing %1 required positional argument%2")
                    .arg(a.pos.empty() ? QStringLiteral("2") : QStringLiteral("1"),
                         a.pos.empty() ? QStringLiteral("s: 'executor' and 'func'")
                                       : QStringLiteral(": 'func'")));
        auto h = loopHolder(in, self);
        checkClosed(in, *h);
        WorkerPool *pool =
            a.pos[0].isNone() ? &in.defaultExecutor(h->loop.get()) : executorPool(in, a.pos[0]);
        CallArgs args;
        args.pos.assign(a.pos.begin() + 2, a.pos.end());
        return in.taskObject(
            pool->submit(*h->loop, a.pos[1], std::move(args), QStringLiteral("run_in_executor"), Value()));
    });
    for (const char *name : {"add_signal_handler", "create_server", "create_connection", "sock_accept",
                             "sock_recv", "sock_sendall", "sock_connect", "add_reader"}) {
        const QString n = QLatin1String(name);
        method(loopCls, n, [n](Interpreter &in, const Value &, CallArgs &) -> Value {
            in.raiseError(
                QStringLiteral("RuntimeError"),
                QStringLiteral("loop.%1() is not available in Awaitscope: programs run in a sandbox "
                               "without threads, processes, signals or sockets")
                    .arg(n));
        });
    }
    method(loopCls, QStringLiteral("__repr__"), [](Interpreter &in, const Value &self, CallArgs &) {
        auto h = loopHolder(in, self);
        auto yesNo = [](bool b) { return b ? QStringLiteral("True") : QStringLiteral("False"); };
        return makeStr(QStringLiteral("<_UnixSelectorEventLoop running=%1 closed=%2 debug=%3>")
                           .arg(yesNo(h->running), yesNo(h->closed), yesNo(h->debug)));
    });

    method(in.clsHandle, QStringLiteral("cancel"), [](Interpreter &in, const Value &self, CallArgs &) {
        auto h = handleOf(in, self);
        if (!h->cancelled) {
            h->cancelled = true;
            if (!h->ran)
                loopHolder(in, h->loopObject)->loop->cancelTimer(h->id);
            h->callback = Value();
            h->args.clear();
        }
        return Value();
    });
    method(in.clsHandle, QStringLiteral("cancelled"), [](Interpreter &in, const Value &self, CallArgs &) {
        return Value::fromBool(handleOf(in, self)->cancelled);
    });
    method(in.clsTimerHandle, QStringLiteral("when"), [](Interpreter &in, const Value &self, CallArgs &) {
        return Value::fromFloat(handleOf(in, self)->when);
    });
    method(in.clsHandle, QStringLiteral("__repr__"), [](Interpreter &in, const Value &self, CallArgs &) {
        return makeStr(handleText(in, *handleOf(in, self)));
    });
}

Value createTaskOn(Interpreter &in, Loop &loop, const Value &given, const QString &name,
                   const QString &origin)
{
    const Value coro = in.coroutineOf(given);
    auto *co = coro.as<CoroutineObject>();
    if (!co)
        in.raiseTypeError(QStringLiteral("a coroutine was expected, got %1").arg(in.repr(given)));
    in.countTask(loop);
    co->consumed = true;
    awaitscope::TaskOptions options;
    options.name = name;
    options.coroutine = co->name;
    options.origin = origin;
    options.line = in.programLine();
    Interpreter *ip = &in;
    Value keep = coro;
    TaskPtr task = awaitscope::TaskState::create(
        loop, [ip, keep](awaitscope::TaskState &t) { runTaskBody(*ip, t.shared(), keep); }, options);
    Value object = in.taskObject(task);
    attachCoroutine(in, object, coro);
    return object;
}

void Interpreter::reportPendingTasksAtExit()
{
    // A program being stopped (a limit, the Stop button, a deadlock) leaves its tasks pending: no report.
    if (!stderrSink || stopRequested() || stopKind == RunError::Kind::Limit)
        return;
    std::vector<FuturePtr> pending;
    for (auto it = futureObjects.cbegin(); it != futureObjects.cend(); ++it) {
        const auto holder = payloadOf<FutureHolder>(it.value(), clsFuture);
        // (a task of a loop already gone was unwound with it: not reported)
        if (holder && holder->future && holder->future->isTask() && !holder->future->done() &&
            Loop::isAlive(holder->future->loopSerial()))
            pending.push_back(holder->future);
    }
    std::sort(pending.begin(), pending.end(),
              [](const FuturePtr &a, const FuturePtr &b) { return a->id() < b->id(); });
    for (const FuturePtr &task : pending) {
        if (task->loop().destroyedPendingHandler)
            task->loop().destroyedPendingHandler(task);
        else // a loop that never ran: no handler of the program's on it
            reportDestroyedPending(*this, nullptr, nullptr, task);
    }
    // Their coroutines' frames, suspended for good, hold the tasks: end them. (CPython closes the coroutines
    // here, so their finally blocks run; here they do not.)
    for (const FuturePtr &task : pending)
        static_cast<awaitscope::TaskState &>(*task).destroyPendingBody();
    setFrameState(nullptr, 0);
}

} // namespace awaitscope::py
