// concurrent.futures as asyncio programs use it, after CPython 3.11's Lib/concurrent/futures/thread.py: a
// ThreadPoolExecutor whose threads run the blocking functions handed to loop.run_in_executor(executor, ...)
// beside the loop (workerpool.h), its shutdown() and its with statement, which waits for them.
// ProcessPoolExecutor is refused: programs run in a sandbox without processes.
#include "nativeclass.h"
#include "workerpool.h"

namespace awaitscope::py {

namespace {

// ThreadPoolExecutor's max_workers at most: each worker is a thread of this process.
constexpr int kMaxWorkersPerExecutor = 64;

struct ExecutorState
{
    WorkerPool *pool = nullptr; // the interpreter's: it outlives the executor object
    bool shutdown = false;
};

std::shared_ptr<ExecutorState> executorState(const Value &executor)
{
    auto *inst = executor.as<InstanceObject>();
    return inst ? std::static_pointer_cast<ExecutorState>(inst->payload) : nullptr;
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
    auto state = executorState(self);
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

Value threadPoolSubmitOrMap(Interpreter &in, const Value &self, CallArgs &)
{
    selfState(in, self);
    in.raiseError(QStringLiteral("NotImplementedError"),
                  QStringLiteral("not supported: ThreadPoolExecutor.submit() and map() in Awaitscope; hand a "
                                 "blocking function to loop.run_in_executor(executor, func, *args) or "
                                 "asyncio.to_thread(func, *args)"));
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
    auto *inst = executor.as<InstanceObject>();
    const Value *cls = nullptr;
    if (inst) {
        auto *mod = in.importModule(QStringLiteral("concurrent.futures.thread"), 0, 0).as<ModuleObject>();
        cls = mod->attr(QStringLiteral("ThreadPoolExecutor"));
    }
    if (!inst || !cls || !inst->klass()->isSubclassOf(cls->as<ClassObject>()) || !inst->payload)
        in.raiseError(
            QStringLiteral("RuntimeError"),
            QStringLiteral("loop.run_in_executor(): in Awaitscope the executor is None (the loop's "
                           "default one) or a concurrent.futures.ThreadPoolExecutor, not a '%1' object")
                .arg(in.typeName(executor)));
    auto state = executorState(executor);
    if (state->shutdown) // thread.py's submit
        in.raiseError(QStringLiteral("RuntimeError"),
                      QStringLiteral("cannot schedule new futures after shutdown"));
    return state->pool;
}

void Interpreter::installConcurrentFutures()
{
    registerModule(QStringLiteral("concurrent.futures"), [](Interpreter &in) {
        Value modValue;
        ModuleObject *mod = newModule(QStringLiteral("concurrent.futures"), modValue);
        Value executor = in.makeClass(QStringLiteral("Executor"), {in.tObject});
        executor.as<ClassObject>()->attrs.insert(QStringLiteral("__module__"),
                                                 makeStr(QStringLiteral("concurrent.futures._base")));
        Value threadPool = in.makeClass(QStringLiteral("ThreadPoolExecutor"), {executor});
        auto *tp = threadPool.as<ClassObject>();
        tp->attrs.insert(QStringLiteral("__module__"), makeStr(QStringLiteral("concurrent.futures.thread")));
        tp->constructor = threadPoolNew;
        const std::pair<const char *, NativeMethod> methods[] = {{"shutdown", threadPoolShutdown},
                                                                 {"__enter__", threadPoolEnter},
                                                                 {"__exit__", threadPoolExit},
                                                                 {"submit", threadPoolSubmitOrMap},
                                                                 {"map", threadPoolSubmitOrMap}};
        for (const auto &[name, fn] : methods)
            tp->attrs.insert(QLatin1String(name), in.makeMethod(QLatin1String(name), fn));
        Value processPool = in.makeClass(QStringLiteral("ProcessPoolExecutor"), {executor});
        auto *pp = processPool.as<ClassObject>();
        pp->attrs.insert(QStringLiteral("__module__"), makeStr(QStringLiteral("concurrent.futures.process")));
        pp->constructor = processPoolNew;
        mod->attrs.insert(QStringLiteral("Executor"), executor);
        mod->attrs.insert(QStringLiteral("ThreadPoolExecutor"), threadPool);
        mod->attrs.insert(QStringLiteral("ProcessPoolExecutor"), processPool);
        mod->attrs.insert(QStringLiteral("TimeoutError"), in.builtin(QStringLiteral("TimeoutError")));
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
