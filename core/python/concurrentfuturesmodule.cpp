// concurrent.futures as asyncio programs use it, after CPython 3.11's Lib/concurrent/futures/thread.py: a
// ThreadPoolExecutor whose threads run the blocking functions handed to loop.run_in_executor(executor, ...)
// beside the loop (workerpool.h), its shutdown() and its with statement, which waits for them.
// ProcessPoolExecutor is refused: programs run in a sandbox without processes.
#include "asynciointernal.h"
#include "nativeclass.h"
#include "unwinding.h"
#include "workerpool.h"

#include "runtime/future.h"
#include "runtime/loop.h"

#include <deque>
#include <limits>

namespace awaitscope::py {

namespace {

// ThreadPoolExecutor's max_workers at most: each worker is a thread of this process.
constexpr int kMaxWorkersPerExecutor = 64;

struct ExecutorState
{
    WorkerPool *pool = nullptr; // the interpreter's: it outlives the executor object
    bool shutdown = false;
};

// A class of concurrent.futures ("ThreadPoolExecutor", "Future", ...), the module's own object.
Value concurrentClass(Interpreter &in, const QString &name)
{
    return in.importModule(QStringLiteral("concurrent.futures"), 0, 0).as<ModuleObject>()->attrs.value(name);
}

// A ThreadPoolExecutor's state, or null for any other object.
std::shared_ptr<ExecutorState> executorState(Interpreter &in, const Value &executor)
{
    return payloadOf<ExecutorState>(executor, concurrentClass(in, QStringLiteral("ThreadPoolExecutor")));
}

// thread.py's ThreadPoolExecutor.__init__(max_workers=None, thread_name_prefix='', initializer=None,
// initargs=()).
Value threadPoolNew(Interpreter &in, const Value &cls, std::vector<Value> &p,
                    std::vector<std::pair<QString, Value>> &kw)
{
    static const char *const names[] = {"max_workers", "thread_name_prefix", "initializer", "initargs"};
    if (p.size() > std::size(names))
        in.raiseTypeError(
            QStringLiteral("ThreadPoolExecutor.__init__() takes from 1 to 5 positional arguments "
                           "but %1 were given")
                .arg(p.size() + 1));
    Value args[std::size(names)];
    for (size_t i = 0; i < p.size(); ++i)
        args[i] = p[i];
    for (const auto &[key, value] : kw) {
        size_t i = 0;
        while (i < std::size(names) && key != QLatin1String(names[i]))
            ++i;
        if (i == std::size(names))
            in.raiseTypeError(
                QStringLiteral("ThreadPoolExecutor.__init__() got an unexpected keyword argument '%1'")
                    .arg(key));
        if (i < p.size())
            in.raiseTypeError(
                QStringLiteral("ThreadPoolExecutor.__init__() got multiple values for argument '%1'")
                    .arg(key));
        args[i] = value;
    }
    int maxWorkers = WorkerPool::MaxWorkers; // min(32, os.cpu_count() + 4), on 4 CPUs as everywhere here
    if (!args[0].isNone()) {
        if (!args[0].isInt())
            in.raiseTypeError(QStringLiteral("'<=' not supported between instances of '%1' and 'int'")
                                  .arg(in.typeName(args[0])));
        const int64_t n = args[0].asInt();
        if (n <= 0)
            in.raiseValueError(QStringLiteral("max_workers must be greater than 0"));
        if (n > kMaxWorkersPerExecutor)
            in.raiseError(
                QStringLiteral("ValueError"),
                QStringLiteral("not supported: ThreadPoolExecutor(max_workers=%1): Awaitscope runs at "
                               "most %2 threads per executor")
                    .arg(n)
                    .arg(kMaxWorkersPerExecutor));
        maxWorkers = int(n);
    }
    if (!args[2].isNone()) {
        if (!in.truthy(in.call(in.builtin(QStringLiteral("callable")), std::vector<Value>{args[2]})))
            in.raiseTypeError(QStringLiteral("initializer must be a callable"));
        in.raiseError(QStringLiteral("NotImplementedError"),
                      QStringLiteral("not supported: ThreadPoolExecutor(initializer=...)"));
    }
    QString prefix;
    if (!args[1].isNone() && in.truthy(args[1]))
        prefix = in.str(args[1]);
    else // thread.py: thread_name_prefix or ("ThreadPoolExecutor-%d" % self._counter())
        prefix = QStringLiteral("ThreadPoolExecutor-%1").arg(in.executorsMade++);
    Value v(new InstanceObject(cls));
    auto *inst = v.as<InstanceObject>();
    auto state = std::make_shared<ExecutorState>();
    state->pool = &in.newExecutorPool(maxWorkers, prefix);
    inst->payload = state;
    inst->attrs.insert(QStringLiteral("_max_workers"), Value::fromInt(maxWorkers));
    inst->attrs.insert(QStringLiteral("_thread_name_prefix"), makeStr(prefix));
    return v;
}

// shutdown(wait=True, *, cancel_futures=False)
void shutdownExecutor(Interpreter &in, ExecutorState &state, bool wait, bool cancelFutures)
{
    state.shutdown = true;
    if (cancelFutures)
        state.pool->cancelQueued();
    if (!wait)
        return;
    if (WorkerPool *current = WorkerPool::current()) {
        if (current == state.pool)
            in.raiseError(QStringLiteral("RuntimeError"), QStringLiteral("cannot join current thread"));
        in.raiseError(
            QStringLiteral("RuntimeError"),
            QStringLiteral("not supported: shutdown(wait=True) of an executor in a worker thread of "
                           "another one"));
    }
    state.pool->waitUntilIdle();
}

std::shared_ptr<ExecutorState> selfState(Interpreter &in, const Value &self)
{
    auto state = executorState(in, self);
    if (!state)
        in.raiseTypeError(QStringLiteral("expected a ThreadPoolExecutor, got %1").arg(in.typeName(self)));
    return state;
}

Value threadPoolShutdown(Interpreter &in, const Value &self, CallArgs &a)
{
    auto state = selfState(in, self);
    if (a.pos.size() > 1)
        in.raiseTypeError(
            QStringLiteral("ThreadPoolExecutor.shutdown() takes from 1 to 2 positional arguments "
                           "but %1 were given")
                .arg(a.pos.size() + 1));
    bool wait = a.pos.empty() || in.truthy(a.pos[0]);
    bool cancelFutures = false;
    for (const auto &[key, value] : a.kw) {
        if (key == u"wait" && a.pos.empty())
            wait = in.truthy(value);
        else if (key == u"cancel_futures")
            cancelFutures = in.truthy(value);
        else
            in.raiseTypeError(
                QStringLiteral("ThreadPoolExecutor.shutdown() got an unexpected keyword argument '%1'")
                    .arg(key));
    }
    shutdownExecutor(in, *state, wait, cancelFutures);
    return Value();
}

Value threadPoolEnter(Interpreter &in, const Value &self, CallArgs &)
{
    selfState(in, self);
    return self;
}

// _base.py Executor.__exit__: self.shutdown(wait=True); return False
Value threadPoolExit(Interpreter &in, const Value &self, CallArgs &)
{
    shutdownExecutor(in, *selfState(in, self), true, false);
    return Value::fromBool(false);
}

// ---- concurrent.futures.Future (_base.py), as ThreadPoolExecutor.submit makes it ----

struct ConcurrentFutureState
{
    enum class State { Pending, Running, Cancelled, Finished } state = State::Pending;
    Value result;
    Value exception;
    std::vector<Value> callbacks;                // add_done_callback's, called with the future
    std::vector<std::function<void()>> whenDone; // asyncio.wrap_future's chain
    WorkerPool *pool = nullptr;
    Loop *loop = nullptr;
    int lane = -1;
    Value self; // the Python object while callbacks may still need it (cleared once done)
    bool done() const { return state == State::Cancelled || state == State::Finished; }
};

std::shared_ptr<ConcurrentFutureState> concurrentState(Interpreter &in, const Value &v)
{
    return payloadOf<ConcurrentFutureState>(v, concurrentClass(in, QStringLiteral("Future")));
}

std::shared_ptr<ConcurrentFutureState> futureSelf(Interpreter &in, const Value &self)
{
    auto state = concurrentState(in, self);
    if (!state)
        in.raiseTypeError(
            QStringLiteral("expected a concurrent.futures.Future, got %1").arg(in.typeName(self)));
    return state;
}

// _base.py Future._invoke_callbacks: each callback with the future; one that raises is logged and the others
// still run.
void invokeCallbacks(Interpreter &in, ConcurrentFutureState &state)
{
    const Value self = std::exchange(state.self, Value());
    for (auto &native : std::exchange(state.whenDone, {}))
        native();
    for (const Value &fn : std::exchange(state.callbacks, {})) {
        try {
            in.call(fn, std::vector<Value>{self});
        } catch (const PyException &e) {
            in.writeError(QStringLiteral("exception calling callback for %1\n%2")
                              .arg(in.repr(self), in.formatTraceback(e.exc)));
        }
    }
}

// result(timeout) and exception(timeout): the caller waits (the loop's thread blocks while the worker
// threads run at their moments) until the future is done or the timeout has passed.
void waitFor(Interpreter &in, ConcurrentFutureState &state, const Value &timeout)
{
    if (state.done())
        return;
    if (WorkerPool::current())
        in.raiseError(QStringLiteral("RuntimeError"),
                      QStringLiteral("not supported: waiting for a concurrent future in a worker thread"));
    const std::optional<double> seconds = in.optionalSeconds(timeout, "timeout");
    const double deadline = seconds ? state.loop->time() + *seconds : std::numeric_limits<double>::infinity();
    state.loop->blockUntil([&state] { return state.done(); }, deadline);
    if (!state.done())
        in.raise(in.newException(in.builtin(QStringLiteral("TimeoutError")), {}));
}

Value timeoutArg(Interpreter &in, CallArgs &a, const char *method)
{
    in.checkNoExtraArgs(a, 1, {"timeout"}, QStringLiteral("Future.%1").arg(QLatin1String(method)));
    return in.argOr(a, 0, "timeout");
}

[[noreturn]] void raiseCancelled(Interpreter &in)
{
    in.raise(in.newException(concurrentClass(in, QStringLiteral("CancelledError")), {}));
}

Value futureResult(Interpreter &in, const Value &self, CallArgs &a)
{
    auto state = futureSelf(in, self);
    waitFor(in, *state, timeoutArg(in, a, "result"));
    if (state->state == ConcurrentFutureState::State::Cancelled)
        raiseCancelled(in);
    if (!state->exception.isNone())
        in.raise(state->exception);
    return state->result;
}

Value futureException(Interpreter &in, const Value &self, CallArgs &a)
{
    auto state = futureSelf(in, self);
    waitFor(in, *state, timeoutArg(in, a, "exception"));
    if (state->state == ConcurrentFutureState::State::Cancelled)
        raiseCancelled(in);
    return state->exception;
}

Value futureDone(Interpreter &in, const Value &self, CallArgs &)
{
    return Value::fromBool(futureSelf(in, self)->done());
}

Value futureRunning(Interpreter &in, const Value &self, CallArgs &)
{
    return Value::fromBool(futureSelf(in, self)->state == ConcurrentFutureState::State::Running);
}

Value futureCancelled(Interpreter &in, const Value &self, CallArgs &)
{
    return Value::fromBool(futureSelf(in, self)->state == ConcurrentFutureState::State::Cancelled);
}

// _base.py Future.cancel: a running or finished future cannot be cancelled.
bool cancelFuture(Interpreter &in, ConcurrentFutureState &state)
{
    using S = ConcurrentFutureState::State;
    if (state.state == S::Running || state.state == S::Finished)
        return false;
    if (state.state == S::Cancelled)
        return true;
    if (state.pool)
        state.pool->cancelQueuedJob(state.lane);
    state.state = S::Cancelled;
    invokeCallbacks(in, state);
    return true;
}

Value futureCancel(Interpreter &in, const Value &self, CallArgs &)
{
    return Value::fromBool(cancelFuture(in, *futureSelf(in, self)));
}

Value futureAddDoneCallback(Interpreter &in, const Value &self, CallArgs &a)
{
    in.checkNoExtraArgs(a, 1, {"fn"}, QStringLiteral("Future.add_done_callback"));
    const Value fn = in.argOr(a, 0, "fn");
    auto state = futureSelf(in, self);
    if (!state->done()) {
        state->callbacks.push_back(fn);
        return Value();
    }
    try {
        in.call(fn, std::vector<Value>{self});
    } catch (const PyException &e) {
        in.writeError(QStringLiteral("exception calling callback for %1\n%2")
                          .arg(in.repr(self), in.formatTraceback(e.exc)));
    }
    return Value();
}

// _base.py Future.__repr__: <Future at 0x... state=finished returned int>
Value futureRepr(Interpreter &in, const Value &self, CallArgs &)
{
    auto state = futureSelf(in, self);
    const QString head = QStringLiteral("<%1 at 0x%2 state=")
                             .arg(self.as<InstanceObject>()->klass()->name)
                             .arg(quintptr(self.obj()), 0, 16);
    using S = ConcurrentFutureState::State;
    switch (state->state) {
    case S::Pending:
        return makeStr(head + QStringLiteral("pending>"));
    case S::Running:
        return makeStr(head + QStringLiteral("running>"));
    case S::Cancelled:
        return makeStr(head + QStringLiteral("cancelled>"));
    case S::Finished:
        break;
    }
    if (!state->exception.isNone())
        return makeStr(head + QStringLiteral("finished raised %1>").arg(in.typeName(state->exception)));
    return makeStr(head + QStringLiteral("finished returned %1>").arg(in.typeName(state->result)));
}

// thread.py's ThreadPoolExecutor.submit(fn, /, *args, **kwargs): a work item for a thread of the pool, and
// the concurrent future it settles.
Value threadPoolSubmit(Interpreter &in, const Value &self, CallArgs &a)
{
    auto executor = selfState(in, self);
    if (a.pos.empty())
        in.raiseTypeError(QStringLiteral("submit expected at least 1 argument, got 0"));
    if (executor->shutdown)
        in.raiseError(QStringLiteral("RuntimeError"),
                      QStringLiteral("cannot schedule new futures after shutdown"));
    // The loop the threads run beside: the running one, or, in a worker thread (a done callback), its job's.
    Loop *loop = in.loop ? in.loop : in.workerLoop;
    if (!loop)
        in.raiseError(
            QStringLiteral("RuntimeError"),
            QStringLiteral("not supported: ThreadPoolExecutor.submit() without a running event loop: "
                           "Awaitscope runs worker threads beside a running loop"));
    Value future(new InstanceObject(concurrentClass(in, QStringLiteral("Future"))));
    auto state = std::make_shared<ConcurrentFutureState>();
    future.as<InstanceObject>()->payload = state;
    state->pool = executor->pool;
    state->loop = loop;
    state->self = future;
    CallArgs args;
    args.pos.assign(a.pos.begin() + 1, a.pos.end());
    args.kw = a.kw;
    // The work item keeps the future (and, through `self`, its Python object) until the job ends, as
    // thread.py's _WorkItem does, also when the program keeps no reference to it.
    Interpreter *interp = &in;
    WorkerPool::ItemHooks hooks;
    hooks.onStart = [state] { state->state = ConcurrentFutureState::State::Running; };
    hooks.onEnd = [state, interp](const Value &result, const Value &exception) {
        auto &s = state;
        s->state = ConcurrentFutureState::State::Finished;
        s->result = result;
        s->exception = exception;
        invokeCallbacks(*interp, *s);
    };
    hooks.onCancelled = [state, interp] {
        state->state = ConcurrentFutureState::State::Cancelled;
        invokeCallbacks(*interp, *state);
    };
    state->lane = executor->pool->submitItem(*loop, a.pos[0], std::move(args), std::move(hooks));
    return future;
}

// _base.py Executor.map(fn, *iterables, timeout=None, chunksize=1): every call is submitted at once, then a
// generator hands out the results in order, each waited for (all within `timeout` of the map call); when it
// stops early (an exception, a timeout) the futures not done yet are cancelled.
Value threadPoolMap(Interpreter &in, const Value &self, CallArgs &a)
{
    selfState(in, self);
    if (a.pos.empty())
        in.raiseTypeError(QStringLiteral("Executor.map() missing 1 required positional argument: 'fn'"));
    Value timeout;
    for (const auto &[key, value] : a.kw) {
        if (key == u"timeout")
            timeout = value;
        else if (key != u"chunksize")
            in.raiseTypeError(
                QStringLiteral("Executor.map() got an unexpected keyword argument '%1'").arg(key));
    }
    const std::optional<double> seconds = in.optionalSeconds(timeout, "timeout");
    std::vector<Value> iterators;
    for (size_t i = 1; i < a.pos.size(); ++i)
        iterators.push_back(in.getIter(a.pos[i]));
    auto futures = std::make_shared<std::deque<Value>>();
    for (bool more = !iterators.empty(); more;) {
        CallArgs call;
        call.pos.push_back(a.pos[0]);
        for (const Value &it : iterators) {
            Value item;
            if (!in.next(it, item)) {
                more = false;
                break;
            }
            call.pos.push_back(item);
        }
        if (more)
            futures->push_back(threadPoolSubmit(in, self, call));
    }
    Loop *loop = in.loop ? in.loop : in.workerLoop;
    const double endTime = seconds && loop ? loop->time() + *seconds : 0.0;
    auto cancelRest = [futures](Interpreter &in2) {
        for (const Value &f : *futures)
            cancelFuture(in2, *futureSelf(in2, f));
        futures->clear();
    };
    return Value(new IteratorObject(QStringLiteral("generator"), [futures, seconds, endTime, loop,
                                                                  cancelRest](Interpreter &in2, Value &out) {
        if (futures->empty())
            return false;
        const Value f = futures->front();
        futures->pop_front();
        try {
            CallArgs wait;
            if (seconds)
                wait.pos.push_back(Value::fromFloat(std::max(0.0, endTime - loop->time())));
            out = futureResult(in2, f, wait);
        } catch (const PyException &) {
            cancelRest(in2);
            throw;
        }
        return true;
    }));
}

Value futureNew(Interpreter &in, const Value &, std::vector<Value> &,
                std::vector<std::pair<QString, Value>> &)
{
    in.raiseError(QStringLiteral("NotImplementedError"),
                  QStringLiteral("not supported: a concurrent.futures.Future made by the program; "
                                 "ThreadPoolExecutor.submit() makes them"));
}

Value processPoolNew(Interpreter &in, const Value &, std::vector<Value> &,
                     std::vector<std::pair<QString, Value>> &)
{
    in.raiseError(
        QStringLiteral("RuntimeError"),
        QStringLiteral("concurrent.futures.ProcessPoolExecutor is not available in Awaitscope: programs "
                       "run in a sandbox without processes (a ThreadPoolExecutor runs blocking "
                       "functions in threads beside the loop)"));
}

// A class of `module` (its __module__), derived from `base`, made by `construct`, with these methods.
Value nativeClass(Interpreter &in, const char *name, const char *module, const Value &base,
                  NativeConstructor construct, std::initializer_list<NativeMethodDef> methods)
{
    return makeNativeClass(in, QLatin1String(name), QLatin1String(module), base, construct,
                           std::span(methods.begin(), methods.size()));
}

ModuleObject *newModule(const QString &name, Value &holder)
{
    auto *mod = new ModuleObject(name);
    holder = Value(mod);
    return mod;
}

} // namespace

WorkerPool *executorPool(Interpreter &in, const Value &executor)
{
    if (executor.isNone())
        return &in.workerPool();
    auto state = executorState(in, executor);
    if (!state)
        in.raiseError(
            QStringLiteral("RuntimeError"),
            QStringLiteral("loop.run_in_executor(): in Awaitscope the executor is None (the loop's "
                           "default one) or a concurrent.futures.ThreadPoolExecutor, not a '%1' object")
                .arg(in.typeName(executor)));
    if (state->shutdown) // thread.py's submit
        in.raiseError(QStringLiteral("RuntimeError"),
                      QStringLiteral("cannot schedule new futures after shutdown"));
    return state->pool;
}

namespace {
// asyncio.wrap_future's future: awaiting it is awaiting the job's lane, as awaiting run_in_executor's is.
class WrappedJobFuture : public FutureState
{
public:
    WrappedJobFuture(Loop &loop, int lane)
        : FutureState(loop)
        , m_lane(lane)
    {
    }
    TraceEvent::WaitKind waitKind() const override { return TraceEvent::WaitKind::Task; }
    int traceId() const override { return m_lane; }

private:
    int m_lane;
};
} // namespace

Value wrapConcurrentFuture(Interpreter &in, const Value &future, Loop &loop)
{
    auto state = concurrentState(in, future);
    if (!state)
        in.raiseError(QStringLiteral("AssertionError"),
                      QStringLiteral("concurrent.futures.Future is expected, got %1").arg(in.repr(future)));
    auto destination = std::make_shared<WrappedJobFuture>(loop, state->lane);
    Interpreter *interp = &in;
    std::weak_ptr<ConcurrentFutureState> weak = state;
    // futures.py's _chain_future: cancelling the asyncio future cancels the concurrent one ...
    destination->addDoneCallback(
        [weak, interp](FutureState &f) {
            if (auto s = weak.lock(); s && f.cancelled())
                cancelFuture(*interp, *s);
        },
        "_chain_future.<locals>._call_check_cancel() at /usr/lib/python3.11/asyncio/futures.py:387");
    // ... and the concurrent one's end settles the asyncio one through the loop (call_soon_threadsafe)
    // (weak: kept in the state's own list, a strong one would be a cycle when the future never ends)
    Loop *lp = &loop;
    auto settle = [destination, weak, interp, lp] {
        auto alive = weak.lock();
        if (!alive)
            return;
        lp->callSoon([destination, s = alive, interp] {
            if (destination->done())
                return;
            if (s->state == ConcurrentFutureState::State::Cancelled)
                destination->cancel();
            else if (!s->exception.isNone())
                destination->setException(interp->toExceptionPtr(s->exception));
            else
                destination->setResult(std::any(s->result));
        });
    };
    if (state->done())
        settle();
    else
        state->whenDone.push_back(settle);
    return in.taskObject(destination);
}

void Interpreter::installConcurrentFutures()
{
    registerModule(QStringLiteral("concurrent.futures"), [](Interpreter &in) {
        Value modValue;
        ModuleObject *mod = newModule(QStringLiteral("concurrent.futures"), modValue);
        Value executor = in.makeClass(QStringLiteral("Executor"), {in.tObject});
        executor.as<ClassObject>()->attrs.insert(QStringLiteral("__module__"),
                                                 makeStr(QStringLiteral("concurrent.futures._base")));
        Value threadPool =
            nativeClass(in, "ThreadPoolExecutor", "concurrent.futures.thread", executor, threadPoolNew,
                        {{"shutdown", threadPoolShutdown},
                         {"__enter__", threadPoolEnter},
                         {"__exit__", threadPoolExit},
                         {"submit", threadPoolSubmit},
                         {"map", threadPoolMap}});
        Value processPool = nativeClass(in, "ProcessPoolExecutor", "concurrent.futures.process", executor,
                                        processPoolNew, {});
        mod->attrs.insert(QStringLiteral("Executor"), executor);
        mod->attrs.insert(QStringLiteral("ThreadPoolExecutor"), threadPool);
        mod->attrs.insert(QStringLiteral("ProcessPoolExecutor"), processPool);
        mod->attrs.insert(QStringLiteral("TimeoutError"), in.builtin(QStringLiteral("TimeoutError")));
        // _base.py: Error(Exception), CancelledError(Error); Future
        Value error = in.makeClass(QStringLiteral("Error"), {in.builtin(QStringLiteral("Exception"))});
        Value cancelled = in.makeClass(QStringLiteral("CancelledError"), {error});
        for (const Value &cls : {error, cancelled})
            cls.as<ClassObject>()->attrs.insert(QStringLiteral("__module__"),
                                                makeStr(QStringLiteral("concurrent.futures._base")));
        mod->attrs.insert(QStringLiteral("CancelledError"), cancelled);
        Value future = nativeClass(in, "Future", "concurrent.futures._base", in.tObject, futureNew,
                                   {{"result", futureResult},
                                    {"exception", futureException},
                                    {"done", futureDone},
                                    {"running", futureRunning},
                                    {"cancelled", futureCancelled},
                                    {"cancel", futureCancel},
                                    {"add_done_callback", futureAddDoneCallback},
                                    {"__repr__", futureRepr}});
        mod->attrs.insert(QStringLiteral("Future"), future);
        for (const char *name : {"FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED"})
            mod->attrs.insert(QLatin1String(name), makeStr(QLatin1String(name)));
        return modValue;
    });
    // The submodules that hold the executors, and the package: each takes its classes from
    // concurrent.futures, so they are the same objects.
    for (const char *sub : {"thread", "process"}) {
        const QString subName = QLatin1String(sub);
        registerModule(QStringLiteral("concurrent.futures.") + subName, [subName](Interpreter &in) {
            Value package = in.importModule(QStringLiteral("concurrent.futures"), 0, 0);
            auto *futures = package.as<ModuleObject>();
            Value modValue;
            ModuleObject *mod = newModule(QStringLiteral("concurrent.futures.") + subName, modValue);
            const QString cls = subName == u"thread" ? QStringLiteral("ThreadPoolExecutor")
                                                     : QStringLiteral("ProcessPoolExecutor");
            mod->attrs.insert(cls, futures->attrs.value(cls));
            futures->attrs.insert(subName, modValue);
            return modValue;
        });
    }
    registerModule(QStringLiteral("concurrent"), [](Interpreter &in) {
        Value modValue;
        ModuleObject *mod = newModule(QStringLiteral("concurrent"), modValue);
        mod->attrs.insert(QStringLiteral("futures"),
                          in.importModule(QStringLiteral("concurrent.futures"), 0, 0));
        return modValue;
    });
}

} // namespace awaitscope::py
