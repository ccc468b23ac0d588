// The asyncio module: Python's API mapped onto the C++ runtime (core/runtime).
#include "asynciointernal.h"
#include "generator.h"
#include "nativeclass.h"
#include "unwinding.h"
#include "workerpool.h"

#include "runtime/combinators.h"
#include "runtime/loop.h"
#include "runtime/sync.h"
#include "runtime/task.h"
#include "runtime/taskgroup.h"
#include "runtime/timeoutscope.h"
#include "trace/trace.h"

#include <QElapsedTimer>
#include <QThread>

#include <cmath>

namespace awaitscope::py {

using awaitscope::FuturePtr;
using awaitscope::FutureState;
using awaitscope::Loop;
using awaitscope::TaskPtr;
using awaitscope::TaskState;

namespace {

// A coroutine type that starts at once and frees itself when done: the top of every Python task.
struct Detached
{
    struct promise_type
    {
        Detached get_return_object() { return {}; }
        std::suspend_never initial_suspend() noexcept { return {}; }
        std::suspend_never final_suspend() noexcept { return {}; }
        void return_void() {}
        void unhandled_exception() { std::terminate(); }
    };
};

// The repr of a task's result for its task-finished event, so a gather slot can show it as soon as the
// child ends. A __repr__ that raises must not fail the task, and a huge value must not bloat the trace.
QString resultTextFor(Interpreter &in, const Value &result)
{
    constexpr qsizetype maxLength = 200;
    QString text;
    try {
        text = in.repr(result);
    } catch (...) {
        return QStringLiteral("<%1 object>").arg(in.typeName(result));
    }
    if (text.size() > maxLength)
        text = text.left(maxLength - 1) + QChar(0x2026);
    return text;
}

// The handle of the coroutine that awaits this (it goes on at once).
struct OwnFrame
{
    std::coroutine_handle<> frame;
    bool await_ready() const noexcept { return false; }
    bool await_suspend(std::coroutine_handle<> h) noexcept
    {
        frame = h;
        return false;
    }
    std::coroutine_handle<> await_resume() const noexcept { return frame; }
};

Detached driveTask(Interpreter &in, TaskPtr task, Value coro)
{
    task->setBodyFrame(co_await OwnFrame{}); // a task left pending ends this frame when it is dropped
    in.setFrameState(nullptr, 0);
    try {
        Value result = co_await in.runCoroutine(std::move(coro));
        task->bodyReturned(std::any(result), in.trace ? resultTextFor(in, result) : QString());
    } catch (const ProgramStop &stop) {
        in.requestStop(stop.message);
        task->bodyRaised(std::current_exception());
    } catch (const PyCancelledError &) {
        task->bodyRaised(std::current_exception());
    } catch (const awaitscope::CancelledError &) {
        // The runtime's cancellation left the coroutine: kept as the Python exception with the frames it
        // went through, which whoever takes it later (a gather's exception, its log) shows, as CPython's
        // _cancelled_exc does.
        task->bodyRaised(in.toExceptionPtr(in.exceptionFromCurrent()));
    } catch (...) {
        task->bodyRaised(std::current_exception());
    }
    in.setFrameState(nullptr, 0);
}

struct TimeoutHolder
{
    std::unique_ptr<awaitscope::TimeoutScope> scope;
    std::optional<double> when;
    bool absolute = false;
};

struct TaskGroupHolder
{
    std::shared_ptr<awaitscope::TaskGroupState> state;
};

struct SyncHolder
{
    std::shared_ptr<awaitscope::Lock> lock;
    std::shared_ptr<awaitscope::Event> event;
    std::shared_ptr<awaitscope::Semaphore> semaphore;
    std::shared_ptr<awaitscope::Queue> queue;
    std::shared_ptr<awaitscope::Condition> condition;
    std::shared_ptr<awaitscope::Barrier> barrier;
    Value lockObject; // Condition: the asyncio.Lock it uses (its own, or one shared with others)
    awaitscope::Queue::Order order = awaitscope::Queue::Order::Fifo;
    int initial = 1; // Semaphore's value, Queue's maxsize, Barrier's parties
    int bound = -1;  // BoundedSemaphore: the value release() may not exceed
};

// The primitive as CPython 3.11 prints it (locks.py and queues.py __repr__, queues.py _format): the object
// repr with its state in brackets; "<Queue at 0x... maxsize=0 _queue=[1, 2] tasks=2>" for queues (`str`:
// their __str__, without the address). One function for the __repr__ methods and the runtime's messages.
QString syncRepr(Interpreter &in, const QString &module, const QString &name, quintptr address,
                 const SyncHolder &h, bool str)
{
    auto waiters = [](int n) { return n > 0 ? QStringLiteral(", waiters:%1").arg(n) : QString(); };
    if (h.queue) {
        const awaitscope::Queue &q = *h.queue;
        QString text = QStringLiteral("maxsize=%1").arg(q.maxsize());
        if (!q.items().empty()) {
            QStringList items;
            for (const std::any &item : q.items())
                items << in.repr(in.anyToValue(item));
            text += QStringLiteral(" _queue=[%1]").arg(items.join(QStringLiteral(", ")));
        }
        if (q.getterCount() > 0)
            text += QStringLiteral(" _getters[%1]").arg(q.getterCount());
        if (q.putterCount() > 0)
            text += QStringLiteral(" _putters[%1]").arg(q.putterCount());
        if (q.unfinished() > 0)
            text += QStringLiteral(" tasks=%1").arg(q.unfinished());
        return str ? QStringLiteral("<%1 %2>").arg(name, text)
                   : QStringLiteral("<%1 at 0x%2 %3>").arg(name).arg(address, 0, 16).arg(text);
    }
    QString extra;
    if (h.barrier) {
        static const char *const states[] = {"filling", "draining", "resetting", "broken"};
        extra = QLatin1String(states[int(h.barrier->state())]);
        if (!h.barrier->broken())
            extra += QStringLiteral(", waiters:%1/%2").arg(h.barrier->waiting()).arg(h.barrier->parties());
    } else if (h.condition) {
        extra = (h.lock && h.lock->locked() ? QStringLiteral("locked") : QStringLiteral("unlocked")) +
                waiters(h.condition->waiterCount());
    } else if (h.lock) {
        extra = (h.lock->locked() ? QStringLiteral("locked") : QStringLiteral("unlocked")) +
                waiters(h.lock->waiterCount());
    } else if (h.semaphore) {
        extra = (h.semaphore->locked() ? QStringLiteral("locked")
                                       : QStringLiteral("unlocked, value:%1").arg(h.semaphore->value())) +
                waiters(h.semaphore->waiterCount());
    } else if (h.event) {
        extra = (h.event->isSet() ? QStringLiteral("set") : QStringLiteral("unset")) +
                waiters(h.event->waiterCount());
    }
    return QStringLiteral("<%1.%2 object at 0x%3 [%4]>").arg(module, name).arg(address, 0, 16).arg(extra);
}

// The module its repr names a class by (object.__repr__): its __module__, else __main__.
QString reprModule(Interpreter &in, const ClassObject &klass)
{
    return klass.attrs.contains(QStringLiteral("__module__"))
               ? in.str(klass.attrs.value(QStringLiteral("__module__")))
               : QStringLiteral("__main__");
}

// The runtime object behind a Lock/Event/Semaphore/Queue/Condition/Barrier, made the first time it is used
// (with or without a running loop: it binds to a loop only when it has to wait, LoopBinding).
std::shared_ptr<SyncHolder> syncHolderOf(Interpreter &in, const Value &self)
{
    auto *inst = self.as<InstanceObject>();
    auto h = std::static_pointer_cast<SyncHolder>(inst->payload);
    if (h->lock || h->event || h->semaphore || h->queue || h->condition || h->barrier)
        return h;
    auto is = [&](const Value &cls) { return inst->klass()->isSubclassOf(cls.as<ClassObject>()); };
    if (is(in.clsCondition)) {
        h->lock = syncHolderOf(in, h->lockObject)->lock;
        h->condition = std::make_shared<awaitscope::Condition>(h->lock);
    } else if (is(in.clsLock)) {
        h->lock = std::make_shared<awaitscope::Lock>();
    } else if (is(in.clsEvent)) {
        h->event = std::make_shared<awaitscope::Event>();
    } else if (is(in.clsSemaphore)) {
        h->semaphore = std::make_shared<awaitscope::Semaphore>(h->initial);
    } else if (is(in.clsQueue)) {
        awaitscope::Queue::Less less;
        if (h->order == awaitscope::Queue::Order::Priority) {
            Interpreter *ip = &in;
            less = [ip](const std::any &a, const std::any &b) {
                return ip->truthy(ip->compare(Op::Lt, ip->anyToValue(a), ip->anyToValue(b)));
            };
        }
        h->queue = std::make_shared<awaitscope::Queue>(h->initial, h->order, std::move(less));
    } else if (is(in.clsBarrier)) {
        h->barrier = std::make_shared<awaitscope::Barrier>(h->initial);
    }
    // "<repr> is bound to a different event loop": the repr from what is known now, without keeping the
    // object alive (the runtime object may outlive it in a coroutine).
    auto describe = [ip = &in, module = reprModule(in, *inst->klass()), name = inst->klass()->name,
                     address = quintptr(inst), weak = std::weak_ptr<SyncHolder>(h)] {
        const auto held = weak.lock();
        return held ? syncRepr(*ip, module, name, address, *held, false) : QString();
    };
    if (h->condition)
        h->condition->binding().describe = describe;
    else if (h->lock)
        h->lock->binding().describe = describe;
    if (h->event)
        h->event->binding().describe = describe;
    if (h->semaphore)
        h->semaphore->binding().describe = describe;
    if (h->queue)
        h->queue->binding().describe = describe;
    if (h->barrier)
        h->barrier->setDescriber(describe);
    return h;
}

QString syncRepr(Interpreter &in, const Value &self, bool str)
{
    auto *inst = self.as<InstanceObject>();
    return syncRepr(in, reprModule(in, *inst->klass()), inst->klass()->name, quintptr(inst),
                    *syncHolderOf(in, self), str);
}

// A read-only property of a native class: a descriptor whose __get__ calls `getter(instance)`.
Value nativeProperty(Interpreter &in, std::function<Value(Interpreter &, const Value &)> getter)
{
    Value cls = in.makeClass(QStringLiteral("property"), {in.builtin(QStringLiteral("object"))});
    cls.as<ClassObject>()->attrs.insert(
        QStringLiteral("__get__"),
        in.makeMethod(QStringLiteral("__get__"), [getter](Interpreter &in2, const Value &self, CallArgs &a) {
            const Value obj = a.pos.empty() ? Value() : a.pos[0];
            return obj.isNone() ? self : getter(in2, obj);
        }));
    return Value(new InstanceObject(cls));
}

} // namespace

Loop &requireLoop(Interpreter &in, const char *what)
{
    Loop *loop = in.loop ? in.loop : Loop::current();
    if (!loop)
        in.raiseError(
            QStringLiteral("RuntimeError"),
            what ? QStringLiteral("no running event loop (%1 needs asyncio.run)").arg(QLatin1String(what))
                 : QStringLiteral("no running event loop"));
    return *loop;
}

void runTaskBody(Interpreter &in, const TaskPtr &task, const Value &coro)
{
    driveTask(in, task, coro);
}

Value Interpreter::makeCoroutine(const QString &name, const QString &qualname,
                                 std::function<Co<Value>(Interpreter &)> body)
{
    Value v = makeCoroutine(name, std::move(body));
    auto *co = v.as<CoroutineObject>();
    co->qualname = qualname;
    co->warnUnawaited = true;
    return v;
}

Value Interpreter::makeCoroutine(const QString &name, std::function<Co<Value>(Interpreter &)> body)
{
    auto *co = new CoroutineObject();
    Value v(co);
    co->name = name;
    co->qualname = name;
    co->owner = this;
    co->native = std::move(body);
    co->line = programLine();
    return v;
}

Value Interpreter::taskObject(const FuturePtr &f)
{
    auto it = futureObjects.constFind(f.get());
    if (it != futureObjects.constEnd())
        return it.value();
    const Value &cls = f->isTask()                                ? clsTask
                       : dynamic_cast<GatheringFuture *>(f.get()) ? clsGatheringFuture
                                                                  : clsFuture;
    auto *inst = new InstanceObject(cls);
    Value v(inst);
    auto holder = std::make_shared<FutureHolder>();
    holder->future = f;
    inst->payload = holder;
    futureObjects.insert(f.get(), v);
    // A future the program sees is logged if it ends with an exception nobody retrieved (tasks always are).
    if (!f->isTask() && Loop::isAlive(f->loopSerial()))
        f->loop().watchUnretrieved(f);
    return v;
}

FuturePtr Interpreter::futureOf(const Value &v)
{
    if (auto h = payloadOf<FutureHolder>(v, clsFuture))
        return h->future;
    if (auto h = payloadOf<FutureHolder>(v, clsTask))
        return h->future;
    return nullptr;
}

// A new task's coroutine (for its repr and Task.get_coro()) and context: a copy of its creator's, as
// tasks.py's contextvars.copy_context().
void attachCoroutine(Interpreter &in, const Value &task, const Value &coro)
{
    auto holder = std::static_pointer_cast<FutureHolder>(task.as<InstanceObject>()->payload);
    holder->coroutine = coro.as<CoroutineObject>()->name;
    holder->coro = coro;
    holder->context = in.copyContext(in.currentContext());
}

// create_task(..., context=ctx): the task runs in ctx itself
Value withContext(Interpreter &in, const Value &task, const Value &context)
{
    if (context.isNone())
        return task;
    if (!in.isContext(context))
        in.raiseTypeError(QStringLiteral("an instance of Context was expected"));
    std::static_pointer_cast<FutureHolder>(task.as<InstanceObject>()->payload)->context = context;
    return task;
}

namespace {
// A native object with a builtin __await__ (aiohttp's request context manager, a Coroutine in aiohttp).
bool isNativeCoroutineLike(const Value &v)
{
    auto *inst = v.as<InstanceObject>();
    const Value *m = inst ? inst->klass()->lookup(QStringLiteral("__await__")) : nullptr;
    return m && m->as<BuiltinObject>();
}
} // namespace

Value Interpreter::coroutineOf(const Value &v)
{
    if (v.as<CoroutineObject>())
        return v;
    if (isNativeCoroutineLike(v)) {
        Value coro = call(getAttr(v, QStringLiteral("__await__")), {});
        if (coro.as<CoroutineObject>())
            return coro;
    }
    return Value();
}

Value Interpreter::createTask(const Value &given, const QString &name, const QString &origin)
{
    const Value coro = coroutineOf(given);
    auto *co = coro.as<CoroutineObject>();
    if (!co)
        raiseTypeError(QStringLiteral("a coroutine was expected, got %1").arg(repr(given)));
    Loop &lp = requireLoop(*this, "create_task()");
    countTask(lp);
    co->consumed = true;
    awaitscope::TaskOptions options;
    options.name = name;
    options.coroutine = co->name;
    options.origin = origin;
    options.line = programLine();
    Value keep = coro;
    TaskPtr task = TaskState::create(
        lp, [this, keep](TaskState &t) { driveTask(*this, t.shared(), keep); }, options);
    Value object = taskObject(task);
    attachCoroutine(*this, object, coro);
    return object;
}

FuturePtr Interpreter::ensureFuture(const Value &v, const QString &origin, const QString &name)
{
    if (FuturePtr f = futureOf(v))
        return f;
    if (const Value coro = coroutineOf(v); coro.as<CoroutineObject>())
        return futureOf(createTask(coro, name, origin));
    if (const Value wrapped = wrapAwaitable(v); !wrapped.isNone())
        return futureOf(createTask(wrapped, name, origin));
    raiseTypeError(QStringLiteral("An asyncio.Future, a coroutine or an awaitable is required"));
}

// `await aw`: a plain function that returns the coroutine to await (a coroutine's own, a future's, an
// __await__'s), so no frame of its own stays in the await chain while the awaited thing waits.
Co<Value> Interpreter::awaitValue(Value aw, int line)
{
    if (auto *co = aw.as<CoroutineObject>()) {
        if (co->native)
            refuseSuspensionInSend();
        return runCoroutine(std::move(aw));
    }
    if (FuturePtr f = futureOf(aw)) {
        refuseSuspensionInSend();
        return awaitFuture(std::move(f), std::move(aw));
    }
    if (auto *inst = aw.as<InstanceObject>()) {
        if (const Value *m = inst->klass()->lookup(QStringLiteral("__await__"))) {
            if (!m->as<BuiltinObject>())
                return awaitCustom(std::move(aw), line);
            // A native awaitable (aiohttp's request context manager) hands out a coroutine to await.
            return awaitValue(call(getAttr(aw, QStringLiteral("__await__")), {}), line);
        }
    }
    raiseTypeError(QStringLiteral("object %1 can't be used in 'await' expression").arg(typeName(aw)));
}

Co<Value> Interpreter::awaitFuture(FuturePtr f, Value aw)
{
    if (Loop *running = loop ? loop : Loop::current(); running && !f->done()) {
        // _asynciomodule.c: the C Future's iterator refuses a future another await left marked as
        // yielded (FutureIter_iternext); task_step_impl throws "cannot await on itself" in at the task's
        // next step (call_soon) and leaves that mark, so other tasks run in between (tasks.py:312-318).
        // (`aw` is f's Python object: futureOf found f in it.)
        const auto holder = payloadOf<FutureHolder>(aw, clsFuture);
        if (holder && holder->blocking)
            raiseError(QStringLiteral("RuntimeError"), QStringLiteral("await wasn't used with future"));
        if (running->currentTask() == f.get()) {
            if (holder)
                holder->blocking = true;
            const QString message = QStringLiteral("Task cannot await on itself: ") + repr(aw);
            co_await awaitscope::YieldAwaiter(f.get());
            raiseError(QStringLiteral("RuntimeError"), message);
        }
        if (f->loopSerial() != running->serial()) {
            // tasks.py:300-305: a task that yields another loop's future gets a RuntimeError at its next
            // step.
            const QString message =
                QStringLiteral("Task %1 got Future %2 attached to a different loop")
                    .arg(running->currentTask() ? repr(taskObject(running->currentTask()->shared()))
                                                : QString(),
                         repr(aw));
            co_await awaitscope::YieldAwaiter(f.get());
            raiseError(QStringLiteral("RuntimeError"), message);
        }
    }
    ResumeGuard guard(*this);
    std::any r = co_await awaitscope::FutureAwaiter(f);
    co_return anyToValue(r);
}

double Interpreter::programTime()
{
    // The running loop's clock (a worker thread's is its loop's); a loop's virtual clock starts at the
    // program's time.
    if (const awaitscope::Loop *clock = loop ? loop : workerLoop)
        return clock->time();
    if (realClock) {
        static thread_local QElapsedTimer t;
        if (!t.isValid())
            t.start();
        return double(t.nsecsElapsed()) / 1e9;
    }
    return timeOffset;
}

void Interpreter::blockingSleep(double seconds)
{
    if (!(seconds >= 0))
        raiseValueError(QStringLiteral("sleep length must be non-negative"));
    if (workerLane >= 0) { // a worker thread sleeps; the loop runs on
        WorkerPool::current()->sleep(seconds);
        return;
    }
    if (loop) {
        loop->blockFor(seconds);
        return;
    }
    if (realClock)
        QThread::usleep((unsigned long)(seconds * 1e6));
    else
        timeOffset += seconds;
}

void Interpreter::installAsyncio()
{
    registerModule(QStringLiteral("asyncio"), [](Interpreter &in) {
        auto *mod = new ModuleObject(QStringLiteral("asyncio"));
        Value modValue(mod);
        auto def = [&](const QString &name, BuiltinObject::Fn fn) {
            mod->attrs.insert(name, in.makeBuiltin(name, std::move(fn)));
        };
        for (const QString &n : {QStringLiteral("CancelledError"), QStringLiteral("InvalidStateError"),
                                 QStringLiteral("QueueEmpty"), QStringLiteral("QueueFull"),
                                 QStringLiteral("BrokenBarrierError")})
            mod->attrs.insert(n, in.asyncioException(n));
        mod->attrs.insert(QStringLiteral("TimeoutError"), in.exceptionClass(QStringLiteral("TimeoutError")));
        mod->attrs.insert(QStringLiteral("FIRST_COMPLETED"), makeStr(QStringLiteral("FIRST_COMPLETED")));
        mod->attrs.insert(QStringLiteral("FIRST_EXCEPTION"), makeStr(QStringLiteral("FIRST_EXCEPTION")));
        mod->attrs.insert(QStringLiteral("ALL_COMPLETED"), makeStr(QStringLiteral("ALL_COMPLETED")));
        for (const Value &c : {in.clsTask, in.clsFuture, in.clsLock, in.clsEvent, in.clsSemaphore,
                               in.clsQueue, in.clsTaskGroup, in.clsTimeout, in.clsCondition, in.clsBarrier,
                               in.clsLifoQueue, in.clsPriorityQueue})
            mod->attrs.insert(c.as<ClassObject>()->name, c);
        mod->attrs.insert(QStringLiteral("BoundedSemaphore"), in.clsBoundedSemaphore);

        def(QStringLiteral("run"), [](Interpreter &in, const Value &, CallArgs &a) -> Value {
            in.checkNoExtraArgs(a, 1, {"debug"}, QStringLiteral("run"));
            const Value coro = in.argOr(a, 0, "main");
            if (auto *co = coro.as<CoroutineObject>())
                co->consumed = true;
            return asyncioRun(in, coro, in.truthy(in.argOr(a, 1, "debug")));
        });
        def(QStringLiteral("sleep"), [](Interpreter &in, const Value &, CallArgs &a) {
            in.checkNoExtraArgs(a, 2, {"delay", "result"}, QStringLiteral("sleep"));
            const Value d = in.argOr(a, 0, "delay");
            if (!d.isNumber())
                in.raiseTypeError(QStringLiteral("'<=' not supported between instances of '%1' and 'int'")
                                      .arg(in.typeName(d)));
            const double delay = d.toDouble();
            const Value result = in.argOr(a, 1, "result");
            return in.makeCoroutine(QStringLiteral("sleep"), QStringLiteral("sleep"),
                                    [delay, result](Interpreter &in2) -> Co<Value> {
                                        Interpreter::ResumeGuard guard(in2);
                                        if (!(delay > 0)) {
                                            co_await awaitscope::YieldAwaiter{};
                                            co_return result;
                                        }
                                        Loop &lp = requireLoop(in2, "sleep()");
                                        auto future = std::make_shared<FutureState>(lp);
                                        const double until = lp.time() + delay;
                                        const auto handle = lp.callAt(until, [future] {
                                            if (!future->done())
                                                future->setResult({});
                                        });
                                        try {
                                            co_await awaitscope::FutureAwaiter(future, until);
                                        } catch (...) {
                                            lp.cancelTimer(handle);
                                            throw;
                                        }
                                        co_return result;
                                    });
        });
        // threads.py: the caller's context copied, the function run in it by the loop's default executor (a
        // worker thread, workerpool.h), its result awaited.
        def(QStringLiteral("to_thread"), [](Interpreter &in, const Value &, CallArgs &a) {
            if (a.pos.empty())
                in.raiseTypeError(
                    QStringLiteral("to_thread() missing 1 required positional argument: 'func'"));
            const Value func = a.pos[0];
            auto rest = std::make_shared<CallArgs>();
            rest->pos.assign(a.pos.begin() + 1, a.pos.end());
            rest->kw = a.kw;
            return in.makeCoroutine(QStringLiteral("to_thread"), QStringLiteral("to_thread"),
                                    [func, rest](Interpreter &in2) -> Co<Value> {
                                        Interpreter::ResumeGuard guard(in2);
                                        Loop &lp = requireLoop(in2, nullptr);
                                        const Value context = in2.copyContext(in2.currentContext());
                                        const FuturePtr job = in2.defaultExecutor(&lp).submit(
                                            lp, func, *rest, QStringLiteral("to_thread"), context);
                                        co_return in2.anyToValue(co_await awaitscope::FutureAwaiter(job));
                                    });
        });
        def(QStringLiteral("create_task"), [](Interpreter &in, const Value &, CallArgs &a) {
            in.checkNoExtraArgs(a, 1, {"coro", "name", "context"}, QStringLiteral("create_task"));
            const Value name = in.argOr(a, 1, "name");
            // tasks.py: asyncio.create_task makes the task unnamed (numbered) and names it afterwards, so a
            // name given here still uses up a "Task-N" number (loop.create_task(name=...) does not).
            if (!name.isNone() && in.coroutineOf(in.argOr(a, 0, "coro")).as<CoroutineObject>())
                requireLoop(in, "create_task()").nextTaskNumber();
            return withContext(in,
                               in.createTask(in.argOr(a, 0, "coro"), name.isNone() ? QString() : in.str(name),
                                             QStringLiteral("create_task")),
                               in.argOr(a, 2, "context"));
        });
        def(QStringLiteral("ensure_future"), [](Interpreter &in, const Value &, CallArgs &a) {
            return in.taskObject(
                in.ensureFuture(in.argOr(a, 0, "coro_or_future"), QStringLiteral("ensure_future")));
        });
        def(QStringLiteral("gather"), [](Interpreter &in, const Value &, CallArgs &a) {
            in.checkNoExtraArgs(a, SIZE_MAX, {"return_exceptions"}, QStringLiteral("gather"));
            const bool returnExceptions = in.truthy(in.argOr(a, SIZE_MAX, "return_exceptions"));
            Loop &lp = requireLoop(in, "gather()");
            std::vector<FuturePtr> children;
            QHash<const Object *, FuturePtr> seen; // the same coroutine object twice becomes one task
            for (const Value &v : a.pos) {
                if (v.as<CoroutineObject>() && seen.contains(v.obj())) {
                    children.push_back(seen.value(v.obj()));
                    continue;
                }
                FuturePtr f = in.ensureFuture(v, QStringLiteral("gather"));
                if (v.isObj())
                    seen.insert(v.obj(), f);
                children.push_back(f);
            }
            auto outer = awaitscope::gather(lp, std::move(children), returnExceptions);
            return in.taskObject(outer);
        });
        def(QStringLiteral("wait"), [](Interpreter &in, const Value &, CallArgs &a) {
            in.checkNoExtraArgs(a, 3, {"fs", "timeout", "return_when"}, QStringLiteral("wait"));
            const Value fs = in.argOr(a, 0, "fs");
            const std::optional<double> timeout = in.optionalSeconds(in.argOr(a, 1, "timeout"), "timeout");
            const Value rw = in.argOr(a, 2, "return_when", makeStr(QStringLiteral("ALL_COMPLETED")));
            if (in.futureOf(fs) || fs.as<CoroutineObject>())
                in.raiseTypeError(QStringLiteral("expect a list of futures, not %1").arg(in.typeName(fs)));
            awaitscope::ReturnWhen when = awaitscope::ReturnWhen::AllCompleted;
            const QString rws = isKind(rw, ObjKind::Str) ? strOf(rw) : QString();
            if (rws == u"FIRST_COMPLETED")
                when = awaitscope::ReturnWhen::FirstCompleted;
            else if (rws == u"FIRST_EXCEPTION")
                when = awaitscope::ReturnWhen::FirstException;
            else if (rws != u"ALL_COMPLETED")
                in.raiseValueError(QStringLiteral("Invalid return_when value: %1").arg(in.str(rw)));
            std::vector<Value> items = in.toVector(fs);
            if (items.empty())
                in.raiseValueError(QStringLiteral("Set of Tasks/Futures is empty."));
            for (const Value &v : items)
                if (v.as<CoroutineObject>())
                    in.raiseTypeError(
                        QStringLiteral("Passing coroutines is forbidden, use tasks explicitly."));
            std::vector<FuturePtr> futures;
            for (const Value &v : items)
                futures.push_back(in.ensureFuture(v, QStringLiteral("wait")));
            return in.makeCoroutine(QStringLiteral("wait"), QStringLiteral("wait"),
                                    [futures, timeout, when](Interpreter &in2) -> Co<Value> {
                                        Interpreter::ResumeGuard guard(in2);
                                        awaitscope::WaitResult r =
                                            co_await awaitscope::wait(futures, timeout, when);
                                        auto toSet = [&in2](const std::vector<FuturePtr> &fs2) {
                                            auto *s = new SetObject();
                                            Value sv(s);
                                            for (const auto &f : fs2)
                                                s->add(in2.taskObject(f));
                                            return sv;
                                        };
                                        co_return makeTuple({toSet(r.done), toSet(r.pending)});
                                    });
        });
        def(QStringLiteral("wait_for"), [](Interpreter &in, const Value &, CallArgs &a) {
            in.checkNoExtraArgs(a, 2, {"fut", "timeout"}, QStringLiteral("wait_for"));
            const Value aw = in.argOr(a, 0, "fut");
            const std::optional<double> timeout = in.optionalSeconds(in.argOr(a, 1, "timeout"), "timeout");
            if (!in.futureOf(aw) && !aw.as<CoroutineObject>() && !isNativeCoroutineLike(aw) &&
                in.wrapAwaitable(aw).isNone())
                in.raiseTypeError(
                    QStringLiteral("An asyncio.Future, a coroutine or an awaitable is required"));
            return in.makeCoroutine(QStringLiteral("wait_for"), QStringLiteral("wait_for"),
                                    [aw, timeout](Interpreter &in2) -> Co<Value> {
                                        FuturePtr f = in2.ensureFuture(aw, QStringLiteral("wait_for"));
                                        Interpreter::ResumeGuard guard(in2);
                                        std::any r;
                                        Value timedOut;
                                        try {
                                            r = co_await awaitscope::waitFor(f, timeout);
                                        } catch (const awaitscope::TimeoutError &) {
                                            // tasks.py: `raise exceptions.TimeoutError() from exc`; the
                                            // runtime's error carries the inner CancelledError. Raised here,
                                            // as Python, so that this frame is in its traceback.
                                            timedOut = in2.runtimeErrorToPython(std::current_exception());
                                        }
                                        if (!timedOut.isNone())
                                            in2.throwPython(timedOut);
                                        co_return in2.anyToValue(r);
                                    });
        });
        def(QStringLiteral("shield"), [](Interpreter &in, const Value &, CallArgs &a) {
            FuturePtr inner = in.ensureFuture(in.argOr(a, 0, "arg"), QStringLiteral("shield"));
            return in.taskObject(awaitscope::shield(inner));
        });
        def(QStringLiteral("as_completed"), [](Interpreter &in, const Value &, CallArgs &a) {
            in.checkNoExtraArgs(a, 2, {"fs", "timeout"}, QStringLiteral("as_completed"));
            const Value fs = in.argOr(a, 0, "fs");
            if (in.futureOf(fs) || fs.as<CoroutineObject>())
                in.raiseTypeError(
                    QStringLiteral("expect an iterable of futures, not %1").arg(in.typeName(fs)));
            const std::optional<double> timeout = in.optionalSeconds(in.argOr(a, 1, "timeout"), "timeout");
            std::vector<Value> items = in.toVector(fs);
            // A plain generator in 3.11: the work starts on the first next().
            struct State
            {
                std::shared_ptr<awaitscope::AsCompleted> ac;
                int handedOut = 0;
            };
            auto state = std::make_shared<State>();
            return Value(new IteratorObject(QStringLiteral("generator"), [state, items, timeout](
                                                                             Interpreter &in2, Value &out) {
                if (!state->ac) {
                    std::vector<FuturePtr> futures;
                    QHash<const Object *, bool> seen;
                    for (const Value &v : items) {
                        if (v.isObj() && seen.contains(v.obj()))
                            continue;
                        if (v.isObj())
                            seen.insert(v.obj(), true);
                        futures.push_back(in2.ensureFuture(v, QStringLiteral("as_completed")));
                    }
                    state->ac =
                        awaitscope::AsCompleted::create(requireLoop(in2, "as_completed()"), futures, timeout);
                    state->ac->start();
                }
                if (state->handedOut >= state->ac->count())
                    return false;
                ++state->handedOut;
                auto ac = state->ac;
                out = in2.makeCoroutine(QStringLiteral("_wait_for_one"), [ac](Interpreter &in3) -> Co<Value> {
                    Interpreter::ResumeGuard guard(in3);
                    std::any r = co_await ac->next();
                    co_return in3.anyToValue(r);
                });
                return true;
            }));
        });
        def(QStringLiteral("current_task"), [](Interpreter &in, const Value &, CallArgs &) {
            Loop &lp = requireLoop(in);
            TaskState *t = lp.currentTask();
            return t ? in.taskObject(t->shared()) : Value();
        });
        def(QStringLiteral("all_tasks"), [](Interpreter &in, const Value &, CallArgs &) {
            Loop &lp = requireLoop(in);
            auto *s = new SetObject();
            Value sv(s);
            for (const auto &t : lp.pendingTasks())
                s->add(in.taskObject(t));
            return sv;
        });
        def(QStringLiteral("timeout"), [](Interpreter &in, const Value &, CallArgs &a) {
            auto *inst = new InstanceObject(in.clsTimeout);
            Value v(inst);
            auto h = std::make_shared<TimeoutHolder>();
            h->when = in.optionalSeconds(in.argOr(a, 0, "delay"), "delay");
            inst->payload = h;
            return v;
        });
        def(QStringLiteral("timeout_at"), [](Interpreter &in, const Value &, CallArgs &a) {
            auto *inst = new InstanceObject(in.clsTimeout);
            Value v(inst);
            auto h = std::make_shared<TimeoutHolder>();
            h->when = in.optionalSeconds(in.argOr(a, 0, "when"), "when");
            h->absolute = true;
            inst->payload = h;
            return v;
        });
        // futures.py wrap_future: an asyncio future is itself; a concurrent one is chained to a new one
        def(QStringLiteral("wrap_future"), [](Interpreter &in, const Value &, CallArgs &a) {
            in.checkNoExtraArgs(a, 1, {"future", "loop"}, QStringLiteral("wrap_future"));
            const Value future = in.argOr(a, 0, "future");
            if (in.futureOf(future))
                return future;
            return wrapConcurrentFuture(in, future, requireLoop(in, "wrap_future"));
        });
        // coroutines.py's _COROUTINE_TYPES: a coroutine (aiohttp's request managers are Coroutines), or a
        // generator (a generator-based coroutine); not a future, whose class has __await__ too
        def(QStringLiteral("iscoroutine"), [](Interpreter &in, const Value &, CallArgs &a) {
            const Value v = in.argOr(a, 0, nullptr);
            const auto *g = v.as<GeneratorObject>();
            return Value::fromBool(v.as<CoroutineObject>() != nullptr ||
                                   (isNativeCoroutineLike(v) && !in.futureOf(v)) || (g && !g->isAsync));
        });
        // as inspect.iscoroutinefunction: a method's function, and a functools.partial's, are asked; an async
        // generator function is not one
        def(QStringLiteral("iscoroutinefunction"), [](Interpreter &in, const Value &, CallArgs &a) {
            return Value::fromBool(functionKind(in, in.argOr(a, 0, nullptr)) == FunctionKind::Coroutine);
        });
        installLoopFunctions(in, mod);
        mod->attrs.insert(QStringLiteral("AbstractEventLoop"), in.clsLoop.as<ClassObject>()->bases.front());
        mod->attrs.insert(QStringLiteral("Handle"), in.clsHandle);
        mod->attrs.insert(QStringLiteral("TimerHandle"), in.clsTimerHandle);
        // asyncio's submodules, as far as programs name them (asyncio.exceptions.CancelledError).
        auto submodule = [&](const QString &name, std::initializer_list<const char *> names) {
            auto *sub = new ModuleObject(QStringLiteral("asyncio.") + name);
            Value subValue(sub);
            for (const char *n : names)
                sub->attrs.insert(QLatin1String(n), mod->attrs.value(QLatin1String(n)));
            mod->attrs.insert(name, subValue);
        };
        submodule(QStringLiteral("exceptions"),
                  {"CancelledError", "InvalidStateError", "TimeoutError", "BrokenBarrierError"});
        submodule(QStringLiteral("tasks"),
                  {"Task", "create_task", "gather", "wait", "wait_for", "as_completed", "shield", "sleep",
                   "current_task", "all_tasks", "ensure_future", "run_coroutine_threadsafe",
                   "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED"});
        submodule(QStringLiteral("futures"), {"Future", "isfuture"});
        submodule(QStringLiteral("events"), {"AbstractEventLoop", "Handle", "TimerHandle", "get_event_loop",
                                             "set_event_loop", "new_event_loop", "get_running_loop"});
        submodule(QStringLiteral("locks"),
                  {"Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore", "Barrier"});
        submodule(QStringLiteral("queues"),
                  {"Queue", "PriorityQueue", "LifoQueue", "QueueEmpty", "QueueFull"});
        submodule(QStringLiteral("runners"), {"run", "Runner"});
        submodule(QStringLiteral("threads"), {"to_thread"});
        submodule(QStringLiteral("coroutines"), {"iscoroutine", "iscoroutinefunction"});
        return modValue;
    });

    // ---- classes ----
    auto method = [this](Value &cls, const QString &name, BuiltinObject::Fn fn) {
        cls.as<ClassObject>()->attrs.insert(name, makeMethod(name, std::move(fn)));
    };
    // The module asyncio defines a class in: <class 'asyncio.locks.Lock'>.
    auto moduleOfClass = [](const QString &name) {
        if (name.endsWith(QLatin1String("Queue")))
            return QStringLiteral("asyncio.queues");
        if (name == u"TaskGroup")
            return QStringLiteral("asyncio.taskgroups");
        if (name == u"Timeout")
            return QStringLiteral("asyncio.timeouts");
        return QStringLiteral("asyncio.locks");
    };
    auto asyncioClass = [this, moduleOfClass](const QString &name) {
        Value c = makeClass(name, {tObject});
        c.as<ClassObject>()->attrs.insert(QStringLiteral("__module__"), makeStr(moduleOfClass(name)));
        return c;
    };
    // CPython's Task and Future are the C implementations: type(task) is <class '_asyncio.Task'>
    clsFuture = asyncioClass(QStringLiteral("Future"));
    clsFuture.as<ClassObject>()->attrs.insert(QStringLiteral("__module__"),
                                              makeStr(QStringLiteral("_asyncio")));
    clsTask = makeClass(QStringLiteral("Task"), {clsFuture});
    clsTask.as<ClassObject>()->attrs.insert(QStringLiteral("__module__"),
                                            makeStr(QStringLiteral("_asyncio")));
    // What gather() returns (tasks.py's _GatheringFuture, a Future subclass written in Python).
    clsGatheringFuture = makeClass(QStringLiteral("_GatheringFuture"), {clsFuture});
    clsGatheringFuture.as<ClassObject>()->attrs.insert(QStringLiteral("__module__"),
                                                       makeStr(QStringLiteral("asyncio.tasks")));
    clsGatheringFuture.as<ClassObject>()->constructor =
        [](Interpreter &in, const Value &, std::vector<Value> &p,
           std::vector<std::pair<QString, Value>> &) -> Value {
        if (p.empty())
            in.raiseTypeError(QStringLiteral(
                "_GatheringFuture.__init__() missing 1 required positional argument: 'children'"));
        in.raiseTypeError(
            QStringLiteral("_GatheringFuture() is made by asyncio.gather(); call that instead"));
    };
    // Future(*, loop=None): outside a running loop 3.11 takes the current event loop (made on first use).
    clsFuture.as<ClassObject>()->constructor = [](Interpreter &in, const Value &, std::vector<Value> &p,
                                                  std::vector<std::pair<QString, Value>> &kw) {
        if (!p.empty())
            in.raiseTypeError(QStringLiteral("Future() takes no positional arguments"));
        Value loop;
        for (auto &[k, v] : kw) {
            if (k != u"loop")
                in.raiseTypeError(QStringLiteral("Future() got an unexpected keyword argument '%1'").arg(k));
            loop = v;
        }
        Loop &lp = loop.isNone() ? eventLoop(in) : loopOfObject(in, loop);
        return in.taskObject(std::make_shared<FutureState>(lp));
    };
    clsTask.as<ClassObject>()->constructor = [](Interpreter &in, const Value &, std::vector<Value> &p,
                                                std::vector<std::pair<QString, Value>> &kw) {
        QString name;
        Value loop;
        Value coro = p.empty() ? Value() : p[0];
        if (p.size() > 1)
            in.raiseTypeError(
                QStringLiteral("Task() takes at most 1 positional argument (%1 given)").arg(p.size()));
        for (auto &[k, v] : kw) {
            if (k == u"name") {
                if (!v.isNone())
                    name = in.str(v);
            } else if (k == u"loop") {
                loop = v;
            } else if (k == u"coro") {
                coro = v;
            } else if (k != u"context") {
                in.raiseTypeError(QStringLiteral("Task() got an unexpected keyword argument '%1'").arg(k));
            }
        }
        if (!loop.isNone()) // Task(coro, loop=loop): on that loop, running or not
            return createTaskOn(in, loopOfObject(in, loop), coro, name, QStringLiteral("create_task"));
        if (!in.loop) // outside a running loop 3.11 takes the current event loop
            return createTaskOn(in, eventLoop(in), coro, name, QStringLiteral("create_task"));
        return in.createTask(coro, name, QStringLiteral("create_task"));
    };
    auto fut = [](Interpreter &in, const Value &self) {
        FuturePtr f = in.futureOf(self);
        if (!f)
            in.raiseTypeError(QStringLiteral("expected a task or future"));
        return f;
    };
    method(clsFuture, QStringLiteral("done"), [fut](Interpreter &in, const Value &self, CallArgs &) {
        return Value::fromBool(fut(in, self)->done());
    });
    method(clsFuture, QStringLiteral("cancelled"), [fut](Interpreter &in, const Value &self, CallArgs &) {
        return Value::fromBool(fut(in, self)->cancelled());
    });
    method(clsFuture, QStringLiteral("cancel"), [fut](Interpreter &in, const Value &self, CallArgs &a) {
        const Value msg = in.argOr(a, 0, "msg");
        return Value::fromBool(fut(in, self)->cancel(msg.isNone() ? QString() : in.str(msg)));
    });
    method(clsFuture, QStringLiteral("result"), [fut](Interpreter &in, const Value &self, CallArgs &) {
        FuturePtr f = fut(in, self);
        if (!f->done())
            in.raiseError(QStringLiteral("InvalidStateError"), QStringLiteral("Result is not set."));
        try {
            return in.anyToValue(f->result());
        } catch (const ProgramStop &) {
            throw;
        } catch (...) {
            in.raise(in.exceptionFromCurrent());
        }
    });
    method(clsFuture, QStringLiteral("exception"), [fut](Interpreter &in, const Value &self, CallArgs &) {
        FuturePtr f = fut(in, self);
        if (!f->done())
            in.raiseError(QStringLiteral("InvalidStateError"), QStringLiteral("Exception is not set."));
        std::exception_ptr e;
        try {
            e = f->exception();
        } catch (const ProgramStop &) {
            throw;
        } catch (...) {
            in.raise(in.exceptionFromCurrent());
        }
        if (!e)
            return Value();
        return pythonException(in, e);
    });
    method(clsFuture, QStringLiteral("set_result"), [fut](Interpreter &in, const Value &self, CallArgs &a) {
        FuturePtr f = fut(in, self);
        if (f->done())
            in.raiseError(QStringLiteral("InvalidStateError"), QStringLiteral("invalid state"));
        f->setResult(std::any(in.argOr(a, 0, "result")));
        return Value();
    });
    method(clsFuture, QStringLiteral("set_exception"),
           [fut](Interpreter &in, const Value &self, CallArgs &a) {
               FuturePtr f = fut(in, self);
               if (f->done())
                   in.raiseError(QStringLiteral("InvalidStateError"), QStringLiteral("invalid state"));
               Value exc = in.argOr(a, 0, "exception");
               if (exc.as<ClassObject>())
                   exc = in.call(exc, std::vector<Value>{});
               f->setException(in.toExceptionPtr(exc, false));
               return Value();
           });
    method(clsFuture, QStringLiteral("add_done_callback"),
           [fut](Interpreter &in, const Value &self, CallArgs &a) {
               FuturePtr f = fut(in, self);
               const Value cb = in.argOr(a, 0, "fn");
               Interpreter *ip = &in;
               Value selfCopy = self;
               const FutureState::CallbackId id = f->addDoneCallback([ip, cb, selfCopy](FutureState &) {
                   Interpreter::ResumeGuard guard(*ip);
                   ip->setFrameState(nullptr, 0);
                   try {
                       ip->call(cb, {selfCopy});
                   } catch (const ProgramStop &stop) {
                       ip->requestStop(stop.message);
                   } catch (...) {
                       Value exc = ip->exceptionFromCurrent();
                       if (ip->stderrSink)
                           ip->stderrSink(QStringLiteral("Exception in callback %1\n%2")
                                              .arg(ip->repr(cb), ip->formatTraceback(exc)));
                   }
               });
               if (auto h = std::static_pointer_cast<FutureHolder>(self.as<InstanceObject>()->payload))
                   h->doneCallbacks.emplace_back(cb, id);
               return Value();
           });
    // futures.py: removes every registration of `fn` not yet scheduled; returns how many.
    method(clsFuture, QStringLiteral("remove_done_callback"),
           [fut](Interpreter &in, const Value &self, CallArgs &a) {
               FuturePtr f = fut(in, self);
               const Value cb = in.argOr(a, 0, "fn");
               auto h = std::static_pointer_cast<FutureHolder>(self.as<InstanceObject>()->payload);
               int removed = 0;
               std::vector<std::pair<Value, FutureState::CallbackId>> kept;
               for (auto &entry : h->doneCallbacks) {
                   if (in.truthy(in.compare(Op::Eq, entry.first, cb)))
                       removed += f->removeDoneCallback(entry.second);
                   else
                       kept.push_back(entry);
               }
               h->doneCallbacks = std::move(kept);
               return Value::fromInt(removed);
           });
    method(clsTask, QStringLiteral("get_name"), [](Interpreter &in, const Value &self, CallArgs &) {
        return makeStr(static_cast<TaskState &>(*in.futureOf(self)).name());
    });
    method(clsTask, QStringLiteral("set_name"), [](Interpreter &in, const Value &self, CallArgs &a) {
        static_cast<TaskState &>(*in.futureOf(self)).setName(in.str(in.argOr(a, 0, "value")));
        return Value();
    });
    method(clsTask, QStringLiteral("cancelling"), [](Interpreter &in, const Value &self, CallArgs &) {
        return Value::fromInt(static_cast<TaskState &>(*in.futureOf(self)).cancelling());
    });
    method(clsTask, QStringLiteral("uncancel"), [](Interpreter &in, const Value &self, CallArgs &) {
        return Value::fromInt(static_cast<TaskState &>(*in.futureOf(self)).uncancel());
    });
    method(clsTask, QStringLiteral("get_coro"), [](Interpreter &in, const Value &self, CallArgs &) {
        auto h = payloadOf<FutureHolder>(self, in.clsTask);
        return h ? h->coro : Value();
    });
    // get_stack() and print_stack() as base_tasks.py: a pending task's coroutine frame (its outermost: the
    // frames it awaits are not on it), a failed task's traceback, nothing for a task that returned
    {
        Value codeCls = makeClass(QStringLiteral("code"), {tObject});
        Value frameCls = makeClass(QStringLiteral("frame"), {tObject});
        frameCls.as<ClassObject>()->attrs.insert(
            QStringLiteral("__repr__"),
            makeMethod(QStringLiteral("__repr__"), [](Interpreter &in, const Value &self, CallArgs &) {
                auto *f = self.as<InstanceObject>();
                auto *code = f->attrs.value(QStringLiteral("f_code")).as<InstanceObject>();
                return makeStr(QStringLiteral("<frame at 0x%1, file '%2', line %3, code %4>")
                                   .arg(quintptr(f), 0, 16)
                                   .arg(in.str(code->attrs.value(QStringLiteral("co_filename"))))
                                   .arg(in.str(f->attrs.value(QStringLiteral("f_lineno"))),
                                        in.str(code->attrs.value(QStringLiteral("co_name")))));
            }));
        auto stackOf = [](Interpreter &in, const Value &task, const Value &limitValue) {
            std::vector<TraceEntry> frames;
            FuturePtr f = in.futureOf(task);
            auto h = payloadOf<FutureHolder>(task, in.clsTask);
            auto *co = h ? h->coro.as<CoroutineObject>() : nullptr;
            int64_t limit = limitValue.isNone() ? -1 : in.toIndex(limitValue, "limit");
            if (co && co->runningFrame && !f->done()) {
                if (limit != 0)
                    frames.push_back(
                        TraceEntry{co->runningFrame->name, co->runningFrame->line, co->runningFrame->file});
            } else if (f->done() && !f->cancelled() && f->peekException()) {
                const Value exc = pythonException(in, f->peekException());
                if (auto *inst = exc.as<InstanceObject>())
                    for (auto it = inst->traceback.rbegin(); it != inst->traceback.rend() && limit != 0;
                         ++it) {
                        frames.push_back(*it);
                        if (limit > 0)
                            --limit;
                    }
            }
            return frames;
        };
        method(clsTask, QStringLiteral("get_stack"),
               [stackOf, codeCls, frameCls](Interpreter &in, const Value &self, CallArgs &a) {
                   in.checkNoExtraArgs(a, 0, {"limit"}, QStringLiteral("get_stack"));
                   std::vector<Value> out;
                   for (const TraceEntry &e : stackOf(in, self, in.argOr(a, SIZE_MAX, "limit"))) {
                       auto *code = new InstanceObject(codeCls);
                       Value cv(code);
                       code->attrs.insert(QStringLiteral("co_name"), makeStr(e.function));
                       code->attrs.insert(QStringLiteral("co_filename"), makeStr(in.pathOf(e.file)));
                       auto *frame = new InstanceObject(frameCls);
                       Value fv(frame);
                       frame->attrs.insert(QStringLiteral("f_code"), cv);
                       frame->attrs.insert(QStringLiteral("f_lineno"), Value::fromInt(e.line));
                       out.push_back(fv);
                   }
                   return makeList(std::move(out));
               });
        method(clsTask, QStringLiteral("print_stack"),
               [stackOf](Interpreter &in, const Value &self, CallArgs &a) {
                   in.checkNoExtraArgs(a, 0, {"limit", "file"}, QStringLiteral("print_stack"));
                   const std::vector<TraceEntry> frames = stackOf(in, self, in.argOr(a, SIZE_MAX, "limit"));
                   FuturePtr f = in.futureOf(self);
                   const bool failed = f->done() && !f->cancelled() && f->peekException();
                   const QString task = in.repr(self);
                   QString text =
                       frames.empty() ? QStringLiteral("No stack for %1\n").arg(task)
                       : failed ? QStringLiteral("Traceback for %1 (most recent call last):\n").arg(task)
                                : QStringLiteral("Stack for %1 (most recent call last):\n").arg(task);
                   for (const TraceEntry &e : frames) {
                       text += QStringLiteral("  File \"%1\", line %2, in %3\n")
                                   .arg(in.pathOf(e.file))
                                   .arg(e.line)
                                   .arg(e.function);
                       if (const QString src = in.sourceLine(e.file, e.line).trimmed(); !src.isEmpty())
                           text += QStringLiteral("    ") + src + u'\n';
                   }
                   if (failed)
                       text += in.exceptionLine(pythonException(in, f->peekException())) + u'\n';
                   const Value file = in.argOr(a, SIZE_MAX, "file");
                   if (file.isNone())
                       in.writeError(text);
                   else
                       in.call(in.getAttr(file, QStringLiteral("write")), std::vector<Value>{makeStr(text)});
                   return Value();
               });
    }
    method(clsFuture, QStringLiteral("__repr__"), [](Interpreter &in, const Value &self, CallArgs &) {
        return makeStr(futureRepr(in, in.futureOf(self)));
    });

    // Timeout (asyncio.timeout / timeout_at)
    clsTimeout = asyncioClass(QStringLiteral("Timeout"));
    method(clsTimeout, QStringLiteral("__aenter__"), [](Interpreter &in, const Value &self, CallArgs &) {
        return in.makeCoroutine(QStringLiteral("__aenter__"), [self](Interpreter &in2) -> Co<Value> {
            auto h = payloadOf<TimeoutHolder>(self, in2.clsTimeout);
            Loop &lp = requireLoop(in2, "timeout()");
            std::optional<double> when =
                h->absolute ? h->when : awaitscope::TimeoutScope::deadlineIn(lp, h->when);
            h->scope = std::make_unique<awaitscope::TimeoutScope>(when);
            h->scope->enter();
            co_return self;
        });
    });
    method(clsTimeout, QStringLiteral("__aexit__"), [](Interpreter &in, const Value &self, CallArgs &a) {
        const Value exc = in.argOr(a, 1, nullptr);
        return in.makeCoroutine(QStringLiteral("__aexit__"), [self, exc](Interpreter &in2) -> Co<Value> {
            auto h = payloadOf<TimeoutHolder>(self, in2.clsTimeout);
            std::exception_ptr e = exc.isNone() ? nullptr : in2.toExceptionPtr(exc);
            try {
                h->scope->exit(e);
            } catch (const awaitscope::TimeoutError &) {
                // timeouts.py:112-115 (3.11.7): `raise TimeoutError from exc_val` (the runtime's error
                // carries the cause), raised while exc_val is being handled
                Value te = in2.runtimeErrorToPython(std::current_exception());
                if (auto *inst = te.as<InstanceObject>())
                    inst->context = exc;
                in2.throwPython(te);
            }
            co_return Value::fromBool(false);
        });
    });
    method(clsTimeout, QStringLiteral("when"), [](Interpreter &in, const Value &self, CallArgs &) {
        auto h = payloadOf<TimeoutHolder>(self, in.clsTimeout);
        std::optional<double> w = h->scope ? h->scope->when() : h->when;
        return w ? Value::fromFloat(*w) : Value();
    });
    method(clsTimeout, QStringLiteral("reschedule"), [](Interpreter &in, const Value &self, CallArgs &a) {
        auto h = payloadOf<TimeoutHolder>(self, in.clsTimeout);
        std::optional<double> w = in.optionalSeconds(in.argOr(a, 0, "when"), "when");
        if (!h->scope)
            in.raiseError(QStringLiteral("RuntimeError"), QStringLiteral("Timeout has not been entered"));
        h->scope->reschedule(w);
        return Value();
    });
    method(clsTimeout, QStringLiteral("expired"), [](Interpreter &in, const Value &self, CallArgs &) {
        auto h = payloadOf<TimeoutHolder>(self, in.clsTimeout);
        return Value::fromBool(h->scope && h->scope->expired());
    });

    // TaskGroup
    clsTaskGroup = asyncioClass(QStringLiteral("TaskGroup"));
    clsTaskGroup.as<ClassObject>()->constructor = [](Interpreter &in, const Value &cls, std::vector<Value> &,
                                                     std::vector<std::pair<QString, Value>> &) {
        auto *inst = new InstanceObject(cls);
        Value v(inst);
        auto h = std::make_shared<TaskGroupHolder>();
        h->state = awaitscope::TaskGroupState::create();
        inst->payload = h;
        Q_UNUSED(in);
        return v;
    };
    method(clsTaskGroup, QStringLiteral("__repr__"), [](Interpreter &in, const Value &self, CallArgs &) {
        return makeStr(payloadOf<TaskGroupHolder>(self, in.clsTaskGroup)->state->repr());
    });
    method(clsTaskGroup, QStringLiteral("__aenter__"), [](Interpreter &in, const Value &self, CallArgs &) {
        return in.makeCoroutine(QStringLiteral("__aenter__"), [self](Interpreter &in2) -> Co<Value> {
            payloadOf<TaskGroupHolder>(self, in2.clsTaskGroup)->state->enter();
            co_return self;
        });
    });
    method(clsTaskGroup, QStringLiteral("__aexit__"), [](Interpreter &in, const Value &self, CallArgs &a) {
        const Value exc = in.argOr(a, 1, nullptr);
        return in.makeCoroutine(QStringLiteral("__aexit__"), [self, exc](Interpreter &in2) -> Co<Value> {
            auto h = payloadOf<TaskGroupHolder>(self, in2.clsTaskGroup);
            std::exception_ptr e = exc.isNone() ? nullptr : in2.toExceptionPtr(exc);
            Interpreter::ResumeGuard guard(in2);
            co_await h->state->exit(e);
            co_return Value::fromBool(false);
        });
    });
    method(clsTaskGroup, QStringLiteral("create_task"), [](Interpreter &in, const Value &self, CallArgs &a) {
        auto h = payloadOf<TaskGroupHolder>(self, in.clsTaskGroup);
        const Value given = in.argOr(a, 0, "coro");
        const Value coro = in.coroutineOf(given);
        auto *co = coro.as<CoroutineObject>();
        if (!co)
            in.raiseTypeError(QStringLiteral("a coroutine was expected, got %1").arg(in.repr(given)));
        const Value name = in.argOr(a, 1, "name");
        if (!name.isNone()) // taskgroups.py names the task after creating it: the number is used up
            requireLoop(in, "create_task()").nextTaskNumber();
        in.countTask(requireLoop(in, "create_task()"));
        co->consumed = true;
        awaitscope::TaskOptions options;
        options.name = name.isNone() ? QString() : in.str(name);
        options.coroutine = co->name;
        options.line = in.programLine();
        Interpreter *ip = &in;
        TaskPtr t = h->state->createTask([ip, coro](TaskState &task) { driveTask(*ip, task.shared(), coro); },
                                         options);
        Value object = in.taskObject(t);
        attachCoroutine(in, object, coro);
        return withContext(in, object, in.argOr(a, 2, "context"));
    });

    // Lock, Event, Semaphore, Queue, Condition, Barrier: the runtime objects are made on first use, on the
    // running loop.
    enum SyncKind { LockKind, EventKind, SemaphoreKind, QueueKind, ConditionKind, BarrierKind };
    auto syncClass = [&](const QString &name, SyncKind kind) {
        Value c = asyncioClass(name);
        c.as<ClassObject>()->constructor = [kind, name](Interpreter &in, const Value &cls,
                                                        std::vector<Value> &p,
                                                        std::vector<std::pair<QString, Value>> &kw) {
            auto *inst = new InstanceObject(cls);
            Value v(inst);
            auto h = std::make_shared<SyncHolder>();
            Value arg = p.empty() ? Value() : p[0];
            for (auto &[k, val] : kw) {
                if (k == u"value" || k == u"maxsize" || k == u"lock" || k == u"parties")
                    arg = val;
                else
                    in.raiseTypeError(
                        QStringLiteral("%1.__init__() got an unexpected keyword argument '%2'").arg(name, k));
            }
            if (kind == SemaphoreKind) {
                h->initial = arg.isNone() ? 1 : int(in.toIndex(arg, "Semaphore"));
                if (h->initial < 0)
                    in.raiseValueError(QStringLiteral("Semaphore initial value must be >= 0"));
            }
            if (kind == QueueKind) {
                h->initial = arg.isNone() ? 0 : int(in.toIndex(arg, "Queue"));
                in.setAttr(v, QStringLiteral("maxsize"), Value::fromInt(h->initial));
            }
            if (kind == ConditionKind) {
                if (arg.isNone())
                    arg = in.call(in.clsLock, std::vector<Value>{});
                auto *lock = arg.as<InstanceObject>();
                if (!lock || !lock->klass()->isSubclassOf(in.clsLock.as<ClassObject>()))
                    in.raiseTypeError(
                        QStringLiteral("not supported: asyncio.Condition(lock) takes an asyncio.Lock, not %1")
                            .arg(in.typeName(arg)));
                h->lockObject = arg;
            }
            if (kind == BarrierKind) {
                h->initial = int(in.toIndex(arg, "Barrier"));
                if (h->initial < 1)
                    in.raiseValueError(QStringLiteral("parties must be > 0"));
            }
            inst->payload = h;
            return v;
        };
        return c;
    };
    clsLock = syncClass(QStringLiteral("Lock"), LockKind);
    clsEvent = syncClass(QStringLiteral("Event"), EventKind);
    clsSemaphore = syncClass(QStringLiteral("Semaphore"), SemaphoreKind);
    clsBoundedSemaphore = makeClass(QStringLiteral("BoundedSemaphore"), {clsSemaphore});
    clsBoundedSemaphore.as<ClassObject>()->attrs.insert(QStringLiteral("__module__"),
                                                        makeStr(QStringLiteral("asyncio.locks")));
    clsBoundedSemaphore.as<ClassObject>()->constructor =
        [semaphoreConstructor = clsSemaphore.as<ClassObject>()->constructor](
            Interpreter &in, const Value &cls, std::vector<Value> &p,
            std::vector<std::pair<QString, Value>> &kw) {
            Value v = semaphoreConstructor(in, cls, p, kw);
            auto h = std::static_pointer_cast<SyncHolder>(v.as<InstanceObject>()->payload);
            h->bound = h->initial;
            return v;
        };
    clsQueue = syncClass(QStringLiteral("Queue"), QueueKind);
    clsCondition = syncClass(QStringLiteral("Condition"), ConditionKind);
    clsBarrier = syncClass(QStringLiteral("Barrier"), BarrierKind);
    // LifoQueue and PriorityQueue: a Queue that takes its items out in another order.
    auto orderedQueue = [&](const QString &name, awaitscope::Queue::Order order) {
        Value c = makeClass(name, {clsQueue});
        c.as<ClassObject>()->attrs.insert(QStringLiteral("__module__"),
                                          makeStr(QStringLiteral("asyncio.queues")));
        c.as<ClassObject>()->constructor = [order,
                                            queueConstructor = clsQueue.as<ClassObject>()->constructor](
                                               Interpreter &in, const Value &cls, std::vector<Value> &p,
                                               std::vector<std::pair<QString, Value>> &kw) {
            Value v = queueConstructor(in, cls, p, kw);
            std::static_pointer_cast<SyncHolder>(v.as<InstanceObject>()->payload)->order = order;
            return v;
        };
        return c;
    };
    clsLifoQueue = orderedQueue(QStringLiteral("LifoQueue"), awaitscope::Queue::Order::Lifo);
    clsPriorityQueue = orderedQueue(QStringLiteral("PriorityQueue"), awaitscope::Queue::Order::Priority);
    // Their reprs as locks.py and queues.py print them (Queue's str leaves out the address).
    for (Value c : {clsLock, clsEvent, clsSemaphore, clsCondition, clsBarrier, clsQueue})
        method(c, QStringLiteral("__repr__"), [](Interpreter &in, const Value &self, CallArgs &) {
            return makeStr(syncRepr(in, self, false));
        });
    method(clsQueue, QStringLiteral("__str__"),
           [](Interpreter &in, const Value &self, CallArgs &) { return makeStr(syncRepr(in, self, true)); });
    auto holder = [](Interpreter &in, const Value &self) { return syncHolderOf(in, self); };
    auto acquire = [holder](Interpreter &in, const Value &self, CallArgs &) {
        auto h = holder(in, self);
        return in.makeCoroutine(QStringLiteral("acquire"), [h](Interpreter &in2) -> Co<Value> {
            Interpreter::ResumeGuard guard(in2);
            if (h->lock)
                co_await h->lock->acquire();
            else
                co_await h->semaphore->acquire();
            co_return Value::fromBool(true);
        });
    };
    auto release = [holder](Interpreter &in, const Value &self, CallArgs &) {
        auto h = holder(in, self);
        if (h->semaphore && h->bound >= 0 && h->semaphore->value() >= h->bound)
            in.raiseValueError(QStringLiteral("BoundedSemaphore released too many times"));
        try {
            if (h->lock)
                h->lock->release();
            else
                h->semaphore->release();
        } catch (const awaitscope::Error &) {
            in.raise(in.exceptionFromCurrent());
        }
        return Value();
    };
    auto locked = [holder](Interpreter &in, const Value &self, CallArgs &) {
        auto h = holder(in, self);
        return Value::fromBool(h->lock ? h->lock->locked() : h->semaphore->locked());
    };
    auto aexitRelease = [holder](Interpreter &in, const Value &self, CallArgs &) {
        auto h = holder(in, self);
        return in.makeCoroutine(QStringLiteral("__aexit__"), [h](Interpreter &in2) -> Co<Value> {
            if (h->semaphore && h->bound >= 0 && h->semaphore->value() >= h->bound)
                in2.raiseValueError(QStringLiteral("BoundedSemaphore released too many times"));
            if (h->lock)
                h->lock->release();
            else
                h->semaphore->release();
            co_return Value::fromBool(false);
        });
    };
    for (Value *c : {&clsLock, &clsSemaphore, &clsCondition}) {
        method(*c, QStringLiteral("acquire"), acquire);
        method(*c, QStringLiteral("__aenter__"), [acquire](Interpreter &in, const Value &self, CallArgs &a) {
            // `async with lock:` binds None (the result of __aenter__ is acquire's result... asyncio returns
            // None)
            Value co = acquire(in, self, a);
            return in.makeCoroutine(QStringLiteral("__aenter__"), [co](Interpreter &in2) -> Co<Value> {
                co_await in2.runCoroutine(co);
                co_return Value();
            });
        });
        method(*c, QStringLiteral("release"), release);
        method(*c, QStringLiteral("locked"), locked);
        method(*c, QStringLiteral("__aexit__"), aexitRelease);
    }
    method(clsEvent, QStringLiteral("wait"), [holder](Interpreter &in, const Value &self, CallArgs &) {
        auto h = holder(in, self);
        return in.makeCoroutine(QStringLiteral("wait"), QStringLiteral("Event.wait"),
                                [h](Interpreter &in2) -> Co<Value> {
                                    Interpreter::ResumeGuard guard(in2);
                                    co_await h->event->wait();
                                    co_return Value::fromBool(true);
                                });
    });
    method(clsEvent, QStringLiteral("set"), [holder](Interpreter &in, const Value &self, CallArgs &) {
        holder(in, self)->event->set();
        return Value();
    });
    method(clsEvent, QStringLiteral("clear"), [holder](Interpreter &in, const Value &self, CallArgs &) {
        holder(in, self)->event->clear();
        return Value();
    });
    method(clsEvent, QStringLiteral("is_set"), [holder](Interpreter &in, const Value &self, CallArgs &) {
        return Value::fromBool(holder(in, self)->event->isSet());
    });
    method(clsQueue, QStringLiteral("put"), [holder](Interpreter &in, const Value &self, CallArgs &a) {
        auto h = holder(in, self);
        const Value item = in.argOr(a, 0, "item");
        return in.makeCoroutine(QStringLiteral("put"), QStringLiteral("Queue.put"),
                                [h, item](Interpreter &in2) -> Co<Value> {
                                    Interpreter::ResumeGuard guard(in2);
                                    co_await h->queue->put(std::any(item));
                                    co_return Value();
                                });
    });
    method(clsQueue, QStringLiteral("get"), [holder](Interpreter &in, const Value &self, CallArgs &) {
        auto h = holder(in, self);
        return in.makeCoroutine(QStringLiteral("get"), QStringLiteral("Queue.get"),
                                [h](Interpreter &in2) -> Co<Value> {
                                    Interpreter::ResumeGuard guard(in2);
                                    std::any v = co_await h->queue->get();
                                    co_return in2.anyToValue(v);
                                });
    });
    method(clsQueue, QStringLiteral("join"), [holder](Interpreter &in, const Value &self, CallArgs &) {
        auto h = holder(in, self);
        return in.makeCoroutine(QStringLiteral("join"), QStringLiteral("Queue.join"),
                                [h](Interpreter &in2) -> Co<Value> {
                                    Interpreter::ResumeGuard guard(in2);
                                    co_await h->queue->join();
                                    co_return Value();
                                });
    });
    method(clsQueue, QStringLiteral("put_nowait"), [holder](Interpreter &in, const Value &self, CallArgs &a) {
        auto h = holder(in, self);
        try {
            h->queue->putNowait(std::any(in.argOr(a, 0, "item")));
        } catch (const awaitscope::Error &) {
            in.raise(in.exceptionFromCurrent());
        }
        return Value();
    });
    method(clsQueue, QStringLiteral("get_nowait"), [holder](Interpreter &in, const Value &self, CallArgs &) {
        auto h = holder(in, self);
        try {
            return in.anyToValue(h->queue->getNowait());
        } catch (const awaitscope::Error &) {
            in.raise(in.exceptionFromCurrent());
        }
    });
    method(clsQueue, QStringLiteral("task_done"), [holder](Interpreter &in, const Value &self, CallArgs &) {
        try {
            holder(in, self)->queue->taskDone();
        } catch (const awaitscope::Error &) {
            in.raise(in.exceptionFromCurrent());
        }
        return Value();
    });
    method(clsQueue, QStringLiteral("qsize"), [holder](Interpreter &in, const Value &self, CallArgs &) {
        return Value::fromInt(holder(in, self)->queue->size());
    });
    method(clsQueue, QStringLiteral("empty"), [holder](Interpreter &in, const Value &self, CallArgs &) {
        return Value::fromBool(holder(in, self)->queue->empty());
    });
    method(clsQueue, QStringLiteral("full"), [holder](Interpreter &in, const Value &self, CallArgs &) {
        return Value::fromBool(holder(in, self)->queue->full());
    });

    // Condition: acquire/release/locked/async with are its lock's (above); wait, wait_for, notify here.
    auto conditionOf = [holder](Interpreter &in, const Value &self) {
        auto h = holder(in, self);
        return h->condition;
    };
    auto rethrowAsPython = [](Interpreter &in) { in.raise(in.exceptionFromCurrent()); };
    method(clsCondition, QStringLiteral("wait"),
           [conditionOf](Interpreter &in, const Value &self, CallArgs &) {
               auto c = conditionOf(in, self);
               return in.makeCoroutine(QStringLiteral("wait"), QStringLiteral("Condition.wait"),
                                       [c](Interpreter &in2) -> Co<Value> {
                                           Interpreter::ResumeGuard guard(in2);
                                           co_await c->wait();
                                           co_return Value::fromBool(true);
                                       });
           });
    method(clsCondition, QStringLiteral("wait_for"),
           [conditionOf](Interpreter &in, const Value &self, CallArgs &a) {
               auto c = conditionOf(in, self);
               const Value predicate = in.argOr(a, 0, "predicate");
               return in.makeCoroutine(QStringLiteral("wait_for"), QStringLiteral("Condition.wait_for"),
                                       [c, predicate](Interpreter &in2) -> Co<Value> {
                                           Interpreter::ResumeGuard guard(in2);
                                           Value result = in2.call(predicate, std::vector<Value>{});
                                           while (!in2.truthy(result)) {
                                               co_await c->wait("Condition.wait_for");
                                               in2.setFrameState(guard.frame,
                                                                 guard.depth); // other tasks ran meanwhile
                                               result = in2.call(predicate, std::vector<Value>{});
                                           }
                                           co_return result;
                                       });
           });
    method(clsCondition, QStringLiteral("notify"),
           [conditionOf, rethrowAsPython](Interpreter &in, const Value &self, CallArgs &a) {
               const Value n = in.argOr(a, 0, "n", Value::fromInt(1));
               auto c = conditionOf(in, self);
               try {
                   c->notify(int(in.toIndex(n, "n")));
               } catch (const awaitscope::Error &) {
                   rethrowAsPython(in);
               }
               return Value();
           });
    method(clsCondition, QStringLiteral("notify_all"),
           [conditionOf, rethrowAsPython](Interpreter &in, const Value &self, CallArgs &) {
               auto c = conditionOf(in, self);
               try {
                   c->notifyAll();
               } catch (const awaitscope::Error &) {
                   rethrowAsPython(in);
               }
               return Value();
           });

    // Barrier
    auto barrierOf = [holder](Interpreter &in, const Value &self) { return holder(in, self)->barrier; };
    auto barrierWait = [barrierOf](Interpreter &in, const Value &self, CallArgs &) {
        auto b = barrierOf(in, self);
        return in.makeCoroutine(QStringLiteral("wait"), QStringLiteral("Barrier.wait"),
                                [b](Interpreter &in2) -> Co<Value> {
                                    Interpreter::ResumeGuard guard(in2);
                                    const int index = co_await b->wait();
                                    co_return Value::fromInt(index);
                                });
    };
    method(clsBarrier, QStringLiteral("wait"), barrierWait);
    method(clsBarrier, QStringLiteral("__aenter__"), barrierWait); // `async with barrier as index:`
    method(clsBarrier, QStringLiteral("__aexit__"), [](Interpreter &in, const Value &, CallArgs &) {
        return in.makeCoroutine(QStringLiteral("__aexit__"),
                                [](Interpreter &) -> Co<Value> { co_return Value::fromBool(false); });
    });
    method(clsBarrier, QStringLiteral("reset"), [barrierOf](Interpreter &in, const Value &self, CallArgs &) {
        auto b = barrierOf(in, self);
        return in.makeCoroutine(QStringLiteral("reset"), QStringLiteral("Barrier.reset"),
                                [b](Interpreter &in2) -> Co<Value> {
                                    Interpreter::ResumeGuard guard(in2);
                                    co_await b->reset();
                                    co_return Value();
                                });
    });
    method(clsBarrier, QStringLiteral("abort"), [barrierOf](Interpreter &in, const Value &self, CallArgs &) {
        auto b = barrierOf(in, self);
        return in.makeCoroutine(QStringLiteral("abort"), QStringLiteral("Barrier.abort"),
                                [b](Interpreter &in2) -> Co<Value> {
                                    Interpreter::ResumeGuard guard(in2);
                                    co_await b->abort();
                                    co_return Value();
                                });
    });
    // parties, n_waiting and broken are properties; they need no running loop.
    auto barrierPayload = [](const Value &self) {
        return std::static_pointer_cast<SyncHolder>(self.as<InstanceObject>()->payload);
    };
    clsBarrier.as<ClassObject>()->attrs.insert(
        QStringLiteral("parties"), nativeProperty(*this, [barrierPayload](Interpreter &, const Value &self) {
            return Value::fromInt(barrierPayload(self)->initial);
        }));
    clsBarrier.as<ClassObject>()->attrs.insert(
        QStringLiteral("n_waiting"),
        nativeProperty(*this, [barrierPayload](Interpreter &, const Value &self) {
            auto h = barrierPayload(self);
            return Value::fromInt(h->barrier ? h->barrier->waiting() : 0);
        }));
    clsBarrier.as<ClassObject>()->attrs.insert(
        QStringLiteral("broken"), nativeProperty(*this, [barrierPayload](Interpreter &, const Value &self) {
            auto h = barrierPayload(self);
            return Value::fromBool(h->barrier && h->barrier->broken());
        }));

    // The event loop object and its handles.
    installLoopClasses(*this);
}

} // namespace awaitscope::py
