// The contextlib module as CPython 3.11's (Lib/contextlib.py): contextmanager and asynccontextmanager (also
// as decorators), suppress, closing, aclosing, nullcontext, ExitStack and AsyncExitStack.
#include "nativeclass.h"

namespace awaitscope::py {

namespace {

// An exit callback of an ExitStack or AsyncExitStack: it takes (exc_type, exc, traceback); an async one
// returns an awaitable.
struct ExitCallback
{
    Value fn;
    bool isAsync = false;
};

// The callbacks, last pushed first called.
struct ExitStackState
{
    std::vector<ExitCallback> callbacks;
};

std::shared_ptr<ExitStackState> stackOf(const Value &self)
{
    return std::static_pointer_cast<ExitStackState>(self.as<InstanceObject>()->payload);
}

void noKeywords(Interpreter &in, const std::vector<std::pair<QString, Value>> &kw, const QString &fn)
{
    if (!kw.empty())
        in.raiseTypeError(
            QStringLiteral("%1() got an unexpected keyword argument '%2'").arg(fn, kw[0].first));
}

Value newInstance(const Value &cls)
{
    return Value(new InstanceObject(cls));
}

Value returnSelf(Interpreter &, const Value &self, CallArgs &)
{
    return self;
}

// ---- suppress(*exceptions) ----
Value suppressNew(Interpreter &in, const Value &cls, std::vector<Value> &p,
                  std::vector<std::pair<QString, Value>> &kw)
{
    noKeywords(in, kw, QStringLiteral("suppress"));
    Value v = newInstance(cls);
    v.as<InstanceObject>()->attrs.insert(QStringLiteral("_exceptions"), makeTuple(p));
    return v;
}

Value suppressExit(Interpreter &in, const Value &self, CallArgs &a)
{
    // issubclass(exctype, self._exceptions), so an empty suppress() suppresses nothing
    const Value exc = a.pos.size() > 1 ? a.pos[1] : Value();
    if (exc.isNone())
        return Value::fromBool(false);
    return Value::fromBool(
        in.exceptionMatches(exc, self.as<InstanceObject>()->attrs.value(QStringLiteral("_exceptions"))));
}

// ---- closing(thing) ----
Value closingNew(Interpreter &in, const Value &cls, std::vector<Value> &p,
                 std::vector<std::pair<QString, Value>> &kw)
{
    Value thing;
    if (p.size() == 1 && kw.empty())
        thing = p[0];
    else if (p.empty() && kw.size() == 1 && kw[0].first == u"thing")
        thing = kw[0].second;
    else
        in.raiseTypeError(
            p.empty() && kw.empty()
                ? QStringLiteral("closing.__init__() missing 1 required positional argument: 'thing'")
                : QStringLiteral("closing.__init__() takes 2 positional arguments but %1 were given")
                      .arg(p.size() + 1));
    Value v = newInstance(cls);
    v.as<InstanceObject>()->attrs.insert(QStringLiteral("thing"), thing);
    return v;
}

Value closingEnter(Interpreter &, const Value &self, CallArgs &)
{
    return self.as<InstanceObject>()->attrs.value(QStringLiteral("thing"));
}

Value closingExit(Interpreter &in, const Value &self, CallArgs &)
{
    const Value thing = self.as<InstanceObject>()->attrs.value(QStringLiteral("thing"));
    in.call(in.getAttr(thing, QStringLiteral("close")), std::vector<Value>{});
    return Value();
}

// ---- nullcontext(enter_result=None) ----
Value nullcontextNew(Interpreter &in, const Value &cls, std::vector<Value> &p,
                     std::vector<std::pair<QString, Value>> &kw)
{
    CallArgs a{p, kw};
    in.checkNoExtraArgs(a, 1, {"enter_result"}, QStringLiteral("nullcontext.__init__"));
    Value v = newInstance(cls);
    v.as<InstanceObject>()->attrs.insert(QStringLiteral("enter_result"), in.argOr(a, 0, "enter_result"));
    return v;
}

Value nullcontextEnter(Interpreter &, const Value &self, CallArgs &)
{
    return self.as<InstanceObject>()->attrs.value(QStringLiteral("enter_result"));
}

Value returnNone(Interpreter &, const Value &, CallArgs &)
{
    return Value();
}

// ---- ExitStack ----
Value exitStackNew(Interpreter &in, const Value &cls, std::vector<Value> &p,
                   std::vector<std::pair<QString, Value>> &kw)
{
    if (!p.empty() || !kw.empty())
        in.raiseTypeError(
            QStringLiteral("_BaseExitStack.__init__() takes 1 positional argument but %1 were given")
                .arg(p.size() + kw.size() + 1));
    Value v = newInstance(cls);
    v.as<InstanceObject>()->payload = std::make_shared<ExitStackState>();
    return v;
}

// A context manager's __enter__ and __exit__ (__aenter__ and __aexit__), bound, or the TypeError of
// enter_context (enter_async_context), which names the type with its module: 'builtins.int',
// '__main__.Resource'.
std::pair<Value, Value> managerMethods(Interpreter &in, const Value &cm, bool async)
{
    try {
        return {in.getAttr(cm, async ? QStringLiteral("__aenter__") : QStringLiteral("__enter__")),
                in.getAttr(cm, async ? QStringLiteral("__aexit__") : QStringLiteral("__exit__"))};
    } catch (const PyException &) {
        auto *c = in.typeOf(cm).as<ClassObject>();
        const QString module = c->attrs.contains(QStringLiteral("__module__"))
                                   ? in.str(c->attrs.value(QStringLiteral("__module__")))
                                   : (c->isBuiltin ? QStringLiteral("builtins") : QStringLiteral("__main__"));
        in.raiseTypeError(QStringLiteral("'%1.%2' object does not support the %3context manager protocol")
                              .arg(module, c->name, async ? QStringLiteral("asynchronous ") : QString()));
    }
}

Value exitStackEnterContext(Interpreter &in, const Value &self, CallArgs &a)
{
    if (a.pos.size() != 1 || !a.kw.empty())
        in.raiseTypeError(
            QStringLiteral("_BaseExitStack.enter_context() takes 2 positional arguments but %1 were given")
                .arg(a.pos.size() + 1));
    const auto [enter, exit] = managerMethods(in, a.pos[0], false);
    const Value result = in.call(enter, std::vector<Value>{});
    stackOf(self)->callbacks.push_back({exit});
    return result;
}

// push(exit) / push_async_exit(exit): a context manager's __exit__ (__aexit__), looked up on its type, else
// the callable itself.
Value pushExit(Interpreter &in, const Value &self, const Value &exit, bool async)
{
    const QString name = async ? QStringLiteral("__aexit__") : QStringLiteral("__exit__");
    Value method;
    if (auto *inst = exit.as<InstanceObject>();
        inst && inst->kind == ObjKind::Instance && inst->klass()->lookup(name))
        method = in.getAttr(exit, name);
    stackOf(self)->callbacks.push_back({method.isNone() ? exit : method, async});
    return exit;
}

Value exitStackPush(Interpreter &in, const Value &self, CallArgs &a)
{
    if (a.pos.size() != 1 || !a.kw.empty())
        in.raiseTypeError(
            QStringLiteral("_BaseExitStack.push() takes 2 positional arguments but %1 were given")
                .arg(a.pos.size() + 1));
    return pushExit(in, self, a.pos[0], false);
}

Value exitStackCallback(Interpreter &in, const Value &self, CallArgs &a)
{
    if (a.pos.empty())
        in.raiseTypeError(
            QStringLiteral("_BaseExitStack.callback() missing 1 required positional argument: 'callback'"));
    const Value fn = a.pos[0];
    CallArgs bound{std::vector<Value>(a.pos.begin() + 1, a.pos.end()), a.kw};
    Value wrapper = in.makeBuiltin(QStringLiteral("_exit_wrapper"),
                                   [fn, bound](Interpreter &in2, const Value &, CallArgs &) {
                                       CallArgs copy = bound;
                                       in2.call(fn, copy);
                                       return Value();
                                   });
    stackOf(self)->callbacks.push_back({wrapper});
    return fn;
}

Value exitStackPopAll(Interpreter &, const Value &self, CallArgs &)
{
    Value fresh = newInstance(self.as<InstanceObject>()->cls);
    auto st = std::make_shared<ExitStackState>();
    st->callbacks = std::move(stackOf(self)->callbacks);
    stackOf(self)->callbacks.clear();
    fresh.as<InstanceObject>()->payload = st;
    return fresh;
}

// contextlib's _fix_exception_context: the new exception's context chain ends at the exception it replaced.
void fixExceptionContext(Value fresh, const Value &old, const Value &frameExc)
{
    // CPython calls the callbacks while the with body's exception is being handled, so one they raise has
    // that exception as its context; the interpreter does not chain it there, so do it here.
    if (auto *inst = fresh.as<InstanceObject>();
        inst && inst->context.isNone() && !frameExc.isNone() && !fresh.identical(frameExc))
        inst->context = frameExc;
    for (int guard = 0; guard < 100000; ++guard) {
        auto *inst = fresh.as<InstanceObject>();
        if (!inst)
            return;
        const Value ctx = inst->context;
        if (ctx.isNone() || ctx.identical(old))
            return;
        if (ctx.identical(frameExc))
            break;
        fresh = ctx;
    }
    if (auto *inst = fresh.as<InstanceObject>())
        inst->context = old;
}

// __exit__'s arguments for an exception (None: no exception).
CallArgs exitDetails(Interpreter &in, const Value &exc)
{
    return CallArgs{{exc.isNone() ? Value() : in.typeOf(exc), exc, Value()}, {}};
}

// What ExitStack.__exit__ carries from one callback to the next: the exception now (None once one
// suppressed it), whether one was suppressed, and whether one raised a new one.
struct ExitUnwind
{
    Value frameExc, exc;
    bool received, suppressed = false, pendingRaise = false;
    explicit ExitUnwind(const Value &e)
        : frameExc(e)
        , exc(e)
        , received(!e.isNone())
    {
    }
    std::vector<Value> details(Interpreter &in) const { return exitDetails(in, exc).pos; }
    void returned(Interpreter &in, const Value &r)
    {
        if (in.truthy(r)) {
            suppressed = true;
            pendingRaise = false;
            exc = Value();
        }
    }
    void raised(const Value &fresh)
    {
        fixExceptionContext(fresh, exc, frameExc);
        pendingRaise = true;
        exc = fresh;
    }
    Value finish(Interpreter &in) const
    {
        if (pendingRaise)
            in.throwPython(exc);
        return Value::fromBool(received && suppressed);
    }
};

// ExitStack.__exit__: every callback, last first; one that returns true suppresses the exception, one
// that raises replaces it.
Value exitStackExit(Interpreter &in, const Value &self, CallArgs &a)
{
    ExitUnwind unwind(a.pos.size() > 1 ? a.pos[1] : Value());
    auto st = stackOf(self);
    while (!st->callbacks.empty()) {
        const ExitCallback cb = st->callbacks.back();
        st->callbacks.pop_back();
        try {
            unwind.returned(in, in.call(cb.fn, unwind.details(in)));
        } catch (const ProgramStop &) {
            throw;
        } catch (...) {
            unwind.raised(in.exceptionFromCurrent());
        }
    }
    return unwind.finish(in);
}

Value exitStackClose(Interpreter &in, const Value &self, CallArgs &)
{
    CallArgs none = exitDetails(in, Value());
    exitStackExit(in, self, none);
    return Value();
}

// ---- AsyncExitStack ----
void takesOne(Interpreter &in, CallArgs &a, const char *what)
{
    if (a.pos.size() != 1 || !a.kw.empty())
        in.raiseTypeError(QStringLiteral("AsyncExitStack.%1() takes 2 positional arguments but %2 were given")
                              .arg(QLatin1String(what))
                              .arg(a.pos.size() + 1));
}

Value asyncExitStackEnterAsyncContext(Interpreter &in, const Value &self, CallArgs &a)
{
    takesOne(in, a, "enter_async_context");
    const Value cm = a.pos[0];
    return in.makeCoroutine(
        QStringLiteral("enter_async_context"), QStringLiteral("AsyncExitStack.enter_async_context"),
        [self, cm](Interpreter &in2) -> Co<Value> {
            const auto [enter, exit] = managerMethods(in2, cm, true);
            const Value result = co_await in2.awaitValue(in2.call(enter, std::vector<Value>{}), 0);
            stackOf(self)->callbacks.push_back({exit, true});
            co_return result;
        });
}

Value asyncExitStackPushAsyncExit(Interpreter &in, const Value &self, CallArgs &a)
{
    takesOne(in, a, "push_async_exit");
    return pushExit(in, self, a.pos[0], true);
}

Value asyncExitStackPushAsyncCallback(Interpreter &in, const Value &self, CallArgs &a)
{
    if (a.pos.empty())
        in.raiseTypeError(QStringLiteral(
            "AsyncExitStack.push_async_callback() missing 1 required positional argument: 'callback'"));
    const Value fn = a.pos[0];
    CallArgs bound{std::vector<Value>(a.pos.begin() + 1, a.pos.end()), a.kw};
    Value wrapper = in.makeBuiltin(
        QStringLiteral("_exit_wrapper"), [fn, bound](Interpreter &in2, const Value &, CallArgs &) {
            return in2.makeCoroutine(
                QStringLiteral("_exit_wrapper"),
                QStringLiteral("AsyncExitStack._create_async_cb_wrapper.<locals>._exit_wrapper"),
                [fn, bound](Interpreter &in3) -> Co<Value> {
                    CallArgs copy = bound;
                    co_await in3.awaitValue(in3.call(fn, copy), 0);
                    co_return Value();
                });
        });
    stackOf(self)->callbacks.push_back({wrapper, true});
    return fn;
}

// AsyncExitStack.__aexit__: ExitStack.__exit__'s rule, awaiting what an asynchronous callback returns.
Co<Value> unwindAsync(Interpreter &in, std::shared_ptr<ExitStackState> st, Value frameExc)
{
    ExitUnwind unwind(frameExc);
    while (!st->callbacks.empty()) {
        const ExitCallback cb = st->callbacks.back();
        st->callbacks.pop_back();
        Value result;
        bool raised = false;
        try {
            result = in.call(cb.fn, unwind.details(in));
            if (cb.isAsync)
                result = co_await in.awaitValue(result, 0);
        } catch (const ProgramStop &) {
            throw;
        } catch (...) {
            unwind.raised(in.exceptionFromCurrent());
            raised = true;
        }
        if (!raised)
            unwind.returned(in, result);
    }
    co_return unwind.finish(in);
}

Value asyncExitStackAexit(Interpreter &in, const Value &self, CallArgs &a)
{
    const Value exc = a.pos.size() > 1 ? a.pos[1] : Value();
    auto st = stackOf(self);
    return in.makeCoroutine(QStringLiteral("__aexit__"), QStringLiteral("AsyncExitStack.__aexit__"),
                            [st, exc](Interpreter &in2) { return unwindAsync(in2, st, exc); });
}

Value asyncExitStackAclose(Interpreter &in, const Value &self, CallArgs &)
{
    auto st = stackOf(self);
    return in.makeCoroutine(QStringLiteral("aclose"), QStringLiteral("AsyncExitStack.aclose"),
                            [st](Interpreter &in2) -> Co<Value> {
                                co_await unwindAsync(in2, st, Value());
                                co_return Value();
                            });
}

Value asyncExitStackAenter(Interpreter &in, const Value &self, CallArgs &)
{
    return in.makeCoroutine(QStringLiteral("__aenter__"), QStringLiteral("AsyncExitStack.__aenter__"),
                            [self](Interpreter &) -> Co<Value> { co_return self; });
}

// ---- aclosing(thing) ----
Value aclosingNew(Interpreter &in, const Value &cls, std::vector<Value> &p,
                  std::vector<std::pair<QString, Value>> &kw)
{
    CallArgs a{p, kw};
    in.checkNoExtraArgs(a, 1, {"thing"}, QStringLiteral("aclosing.__init__"));
    if (!in.hasArg(a, 0, "thing"))
        in.raiseTypeError(
            QStringLiteral("aclosing.__init__() missing 1 required positional argument: 'thing'"));
    Value v = newInstance(cls);
    v.as<InstanceObject>()->attrs.insert(QStringLiteral("thing"), in.argOr(a, 0, "thing"));
    return v;
}

Value aclosingAenter(Interpreter &in, const Value &self, CallArgs &)
{
    const Value thing = self.as<InstanceObject>()->attrs.value(QStringLiteral("thing"));
    return in.makeCoroutine(QStringLiteral("__aenter__"), QStringLiteral("aclosing.__aenter__"),
                            [thing](Interpreter &) -> Co<Value> { co_return thing; });
}

Value aclosingAexit(Interpreter &in, const Value &self, CallArgs &)
{
    const Value thing = self.as<InstanceObject>()->attrs.value(QStringLiteral("thing"));
    return in.makeCoroutine(QStringLiteral("__aexit__"), QStringLiteral("aclosing.__aexit__"),
                            [thing](Interpreter &in2) -> Co<Value> {
                                co_await in2.awaitValue(in2.call(in2.getAttr(thing, QLatin1String("aclose")),
                                                                 std::vector<Value>{}),
                                                        0);
                                co_return Value();
                            });
}

// ---- contextmanager / asynccontextmanager ----

// What a generator-based context manager keeps: the generator function and its arguments (until it is
// entered; the decorator form makes a fresh manager from them for each call) and its generator.
struct GeneratorManagerState
{
    Value func;
    CallArgs args;
    Value gen;
    bool isAsync = false;
    bool entered = false;
};

std::shared_ptr<GeneratorManagerState> managerOf(Interpreter &in, const Value &self)
{
    auto *inst = self.as<InstanceObject>();
    if (!inst || !inst->payload)
        in.raiseTypeError(QStringLiteral("descriptor requires a generator context manager"));
    return std::static_pointer_cast<GeneratorManagerState>(inst->payload);
}

// The classes this part of the module makes, for the functions that make their instances.
struct GeneratorManagerTypes
{
    Value function; // a native callable that wraps a program's function (update_wrapper) and binds as one
    Value sync, async;
};

Value wrapFunction(const GeneratorManagerTypes &types, Interpreter &in, const Value &wrapped,
                   std::function<Value(Interpreter &, CallArgs &)> body)
{
    auto *inst = new InstanceObject(types.function);
    Value v(inst);
    updateWrapper(in, v, wrapped);
    inst->payload = std::make_shared<std::function<Value(Interpreter &, CallArgs &)>>(std::move(body));
    return v;
}

// _GeneratorContextManager(func, args, kwds): calls func at once, as CPython's does, so a function that
// is not a generator function fails at the `with` line.
Value newGeneratorManager(Interpreter &in, const Value &cls, const Value &func, CallArgs args, bool isAsync)
{
    auto st = std::make_shared<GeneratorManagerState>();
    st->func = func;
    st->args = args;
    st->isAsync = isAsync;
    st->gen = in.call(func, args);
    Value v = newInstance(cls);
    auto *inst = v.as<InstanceObject>();
    inst->attrs.insert(QStringLiteral("gen"), st->gen);
    // the instance's __doc__ is the function's, as CPython sets it
    Value doc;
    try {
        doc = in.getAttr(func, QStringLiteral("__doc__"));
    } catch (const PyException &) {
    }
    inst->attrs.insert(QStringLiteral("__doc__"), doc);
    inst->payload = st;
    return v;
}

// The first entry consumes the function and its arguments (CPython deletes them), so a second one fails
// as CPython's does.
void markEntered(Interpreter &in, GeneratorManagerState &st, const Value &self)
{
    if (st.entered)
        in.raiseError(QStringLiteral("AttributeError"),
                      QStringLiteral("'%1' object has no attribute 'args'").arg(in.typeName(self)));
    st.entered = true;
    st.func = Value();
    st.args = {};
}

bool isA(Interpreter &in, const Value &exc, const char *cls)
{
    return in.isInstance(exc, in.exceptionClass(QLatin1String(cls)));
}

[[noreturn]] void raiseDidNotYield(Interpreter &in, const Value &stopIteration)
{
    // `raise RuntimeError("generator didn't yield") from None`
    Value err = in.newException(in.exceptionClass(QStringLiteral("RuntimeError")),
                                {makeStr(QStringLiteral("generator didn't yield"))});
    auto *inst = err.as<InstanceObject>();
    inst->context = stopIteration;
    inst->suppressContext = true;
    in.throwPython(err);
}

// The exception passed to __exit__ as it was: throwing it into the generator adds the generator's frames
// to its traceback, which __exit__ takes back when the exception goes on (`exc.__traceback__ = traceback`).
struct TracebackSnapshot
{
    Value exc;
    std::vector<TraceEntry> entries;
    const void *tracedIn = nullptr;
    explicit TracebackSnapshot(const Value &e)
        : exc(e)
    {
        if (auto *inst = exc.as<InstanceObject>()) {
            entries = inst->traceback;
            tracedIn = inst->tracedIn;
        }
    }
    void restore() const
    {
        if (auto *inst = exc.as<InstanceObject>()) {
            inst->traceback = entries;
            inst->tracedIn = tracedIn;
        }
    }
};

// What __exit__ (__aexit__) answers when throwing `value` into the generator raised `raised`: whether the
// exception is suppressed, or nothing when `raised` must propagate.
std::optional<bool> afterThrow(Interpreter &in, const Value &value, const Value &raised,
                               const TracebackSnapshot &snapshot, bool isAsync)
{
    if (isA(in, raised, isAsync ? "StopAsyncIteration" : "StopIteration"))
        return !raised.identical(value); // finished: suppressed, unless the body's own StopIteration
    if (raised.identical(value)) {       // the generator let it through
        snapshot.restore();
        return false;
    }
    // a StopIteration of the body that the generator turned into RuntimeError (PEP 479)
    if (isA(in, raised, "RuntimeError") &&
        (isA(in, value, "StopIteration") || (isAsync && isA(in, value, "StopAsyncIteration"))))
        if (auto *inst = raised.as<InstanceObject>(); inst && inst->cause.identical(value)) {
            snapshot.restore();
            return false;
        }
    return std::nullopt;
}

Value exceptionValue(Interpreter &in, CallArgs &a)
{
    Value value = a.pos.size() > 1 ? a.pos[1] : Value();
    if (value.isNone())
        value = in.call(a.pos[0], std::vector<Value>{});
    return value;
}

Value generatorManagerEnter(Interpreter &in, const Value &self, CallArgs &)
{
    auto st = managerOf(in, self);
    markEntered(in, *st, self);
    try {
        return in.call(in.builtin(QStringLiteral("next")), {st->gen});
    } catch (const PyException &e) {
        if (isA(in, e.exc, "StopIteration"))
            raiseDidNotYield(in, e.exc);
        throw;
    }
}

Value generatorManagerExit(Interpreter &in, const Value &self, CallArgs &a)
{
    auto st = managerOf(in, self);
    if (a.pos.empty() || a.pos[0].isNone()) {
        try {
            in.call(in.builtin(QStringLiteral("next")), {st->gen});
        } catch (const PyException &e) {
            if (isA(in, e.exc, "StopIteration"))
                return Value::fromBool(false);
            throw;
        }
        in.raiseError(QStringLiteral("RuntimeError"), QStringLiteral("generator didn't stop"));
    }
    const Value value = exceptionValue(in, a);
    const TracebackSnapshot snapshot(value);
    try {
        in.call(in.getAttr(st->gen, QStringLiteral("throw")), {value});
    } catch (const ProgramStop &) {
        throw;
    } catch (...) {
        const Value raised = in.exceptionFromCurrent();
        if (const std::optional<bool> suppress = afterThrow(in, value, raised, snapshot, false))
            return Value::fromBool(*suppress);
        throw;
    }
    in.raiseError(QStringLiteral("RuntimeError"), QStringLiteral("generator didn't stop after throw()"));
}

// gen.__anext__() and gen.athrow(value), called outside the coroutines that await them (GCC 12 miscompiles
// a braced argument list inside a coroutine).
Value anextOf(Interpreter &in, const Value &gen)
{
    return in.call(in.builtin(QStringLiteral("anext")), {gen});
}

Value athrowOf(Interpreter &in, const Value &gen, const Value &value)
{
    return in.call(in.getAttr(gen, QStringLiteral("athrow")), {value});
}

Value asyncGeneratorManagerAenter(Interpreter &in, const Value &self, CallArgs &)
{
    auto st = managerOf(in, self);
    markEntered(in, *st, self);
    return in.makeCoroutine(QStringLiteral("__aenter__"),
                            QStringLiteral("_AsyncGeneratorContextManager.__aenter__"),
                            [st](Interpreter &in2) -> Co<Value> {
                                Value stop;
                                try {
                                    co_return co_await in2.awaitValue(anextOf(in2, st->gen), 0);
                                } catch (const PyException &e) {
                                    if (!isA(in2, e.exc, "StopAsyncIteration"))
                                        throw;
                                    stop = e.exc;
                                }
                                raiseDidNotYield(in2, stop);
                            });
}

Value asyncGeneratorManagerAexit(Interpreter &in, const Value &self, CallArgs &a)
{
    auto st = managerOf(in, self);
    const bool normal = a.pos.empty() || a.pos[0].isNone();
    const Value value = normal ? Value() : exceptionValue(in, a);
    return in.makeCoroutine(
        QStringLiteral("__aexit__"), QStringLiteral("_AsyncGeneratorContextManager.__aexit__"),
        [st, normal, value](Interpreter &in2) -> Co<Value> {
            if (normal) {
                bool stopped = false;
                try {
                    co_await in2.awaitValue(anextOf(in2, st->gen), 0);
                } catch (const PyException &e) {
                    if (!isA(in2, e.exc, "StopAsyncIteration"))
                        throw;
                    stopped = true;
                }
                if (stopped)
                    co_return Value::fromBool(false);
                in2.raiseError(QLatin1String("RuntimeError"), QLatin1String("generator didn't stop"));
            }
            const TracebackSnapshot snapshot(value);
            std::optional<bool> suppress;
            try {
                co_await in2.awaitValue(athrowOf(in2, st->gen, value), 0);
            } catch (const ProgramStop &) {
                throw;
            } catch (...) {
                const Value raised = in2.exceptionFromCurrent();
                suppress = afterThrow(in2, value, raised, snapshot, true);
                if (!suppress)
                    throw;
            }
            if (suppress)
                co_return Value::fromBool(*suppress);
            in2.raiseError(QLatin1String("RuntimeError"),
                           QLatin1String("generator didn't stop after athrow()"));
        });
}

// A fresh manager from the decorator's function and arguments (CPython's _recreate_cm).
Value recreateManager(Interpreter &in, const Value &self)
{
    auto st = managerOf(in, self);
    if (st->entered)
        in.raiseError(QStringLiteral("AttributeError"),
                      QStringLiteral("'%1' object has no attribute 'func'").arg(in.typeName(self)));
    return newGeneratorManager(in, in.typeOf(self), st->func, st->args, st->isAsync);
}

// A manager used as a decorator (ContextDecorator): each call of the decorated function runs inside a
// fresh manager, as `with` (`async with` for asynccontextmanager's, whose decorated functions are coroutine
// functions) would run it.
Value decorateWithManager(const GeneratorManagerTypes &types, Interpreter &in, const Value &self, CallArgs &a)
{
    if (a.pos.size() != 1 || !a.kw.empty())
        in.raiseTypeError(QStringLiteral("%1.__call__() takes 2 positional arguments but %2 were given")
                              .arg(in.typeName(self))
                              .arg(a.pos.size() + 1));
    const Value func = a.pos[0];
    if (!managerOf(in, self)->isAsync)
        return wrapFunction(types, in, func, [self, func](Interpreter &in2, CallArgs &args) {
            const Value cm = recreateManager(in2, self);
            CallArgs none;
            generatorManagerEnter(in2, cm, none);
            Value result;
            try {
                result = in2.call(func, args);
            } catch (const ProgramStop &) {
                throw;
            } catch (...) {
                const Value exc = in2.exceptionFromCurrent();
                CallArgs details = exitDetails(in2, exc);
                if (in2.truthy(generatorManagerExit(in2, cm, details)))
                    return Value();
                throw;
            }
            CallArgs clean = exitDetails(in2, Value());
            generatorManagerExit(in2, cm, clean);
            return result;
        });
    return wrapFunction(types, in, func, [self, func](Interpreter &in2, CallArgs &args) {
        const QString name = in2.str(in2.getAttr(func, QStringLiteral("__name__")));
        const QString qualname = in2.str(in2.getAttr(func, QStringLiteral("__qualname__")));
        return in2.makeCoroutine(name, qualname, [self, func, args](Interpreter &in3) -> Co<Value> {
            const Value cm = recreateManager(in3, self);
            CallArgs none;
            co_await in3.awaitValue(asyncGeneratorManagerAenter(in3, cm, none), 0);
            Value result, exc;
            bool failed = false;
            try {
                CallArgs copy = args;
                result = co_await in3.awaitValue(in3.call(func, copy), 0);
            } catch (const ProgramStop &) {
                throw;
            } catch (...) {
                exc = in3.exceptionFromCurrent();
                failed = true;
            }
            CallArgs details = exitDetails(in3, exc);
            const Value suppress = co_await in3.awaitValue(asyncGeneratorManagerAexit(in3, cm, details), 0);
            if (failed && !in3.truthy(suppress))
                in3.throwPython(exc);
            co_return failed ? Value() : result;
        });
    });
}

// contextmanager(func) / asynccontextmanager(func): a function, wrapping func, whose calls make managers.
Value managerFactory(const GeneratorManagerTypes &types, Interpreter &in, CallArgs &a, bool isAsync)
{
    const QString name = isAsync ? QStringLiteral("asynccontextmanager") : QStringLiteral("contextmanager");
    if (a.pos.size() != 1 || !a.kw.empty())
        in.raiseTypeError(QStringLiteral("%1() takes 1 positional argument but %2 were given")
                              .arg(name)
                              .arg(a.pos.size() + a.kw.size()));
    const Value func = a.pos[0];
    const Value cls = isAsync ? types.async : types.sync;
    return wrapFunction(types, in, func, [func, cls, isAsync](Interpreter &in2, CallArgs &args) {
        return newGeneratorManager(in2, cls, func, args, isAsync);
    });
}

Value functionWrapperCall(Interpreter &in, const Value &self, CallArgs &a)
{
    auto *inst = self.as<InstanceObject>();
    if (!inst || !inst->payload)
        in.raiseTypeError(QStringLiteral("'function' object is not callable"));
    auto body = std::static_pointer_cast<std::function<Value(Interpreter &, CallArgs &)>>(inst->payload);
    return (*body)(in, a);
}

Value functionWrapperRepr(Interpreter &in, const Value &self, CallArgs &)
{
    QString qualname;
    try {
        qualname = in.str(in.getAttr(self, QStringLiteral("__qualname__")));
    } catch (const PyException &) {
    }
    return makeStr(QStringLiteral("<function %1 at 0x%2>").arg(qualname).arg(quintptr(self.obj()), 0, 16));
}

const NativeClassDef contextlibClasses[] = {
    {"suppress", suppressNew, {{"__enter__", returnNone}, {"__exit__", suppressExit}}},
    {"closing", closingNew, {{"__enter__", closingEnter}, {"__exit__", closingExit}}},
    {"nullcontext", nullcontextNew, {{"__enter__", nullcontextEnter}, {"__exit__", returnNone}}},
    {"ExitStack",
     exitStackNew,
     {{"__enter__", returnSelf},
      {"__exit__", exitStackExit},
      {"enter_context", exitStackEnterContext},
      {"push", exitStackPush},
      {"callback", exitStackCallback},
      {"pop_all", exitStackPopAll},
      {"close", exitStackClose}}},
    {"AsyncExitStack",
     exitStackNew,
     {{"__aenter__", asyncExitStackAenter},
      {"__aexit__", asyncExitStackAexit},
      {"enter_async_context", asyncExitStackEnterAsyncContext},
      {"enter_context", exitStackEnterContext},
      {"push_async_exit", asyncExitStackPushAsyncExit},
      {"push", exitStackPush},
      {"push_async_callback", asyncExitStackPushAsyncCallback},
      {"callback", exitStackCallback},
      {"pop_all", exitStackPopAll},
      {"aclose", asyncExitStackAclose}}},
    {"aclosing", aclosingNew, {{"__aenter__", aclosingAenter}, {"__aexit__", aclosingAexit}}},
    {"_GeneratorContextManager",
     nullptr,
     {{"__enter__", generatorManagerEnter}, {"__exit__", generatorManagerExit}}},
    {"_AsyncGeneratorContextManager",
     nullptr,
     {{"__aenter__", asyncGeneratorManagerAenter}, {"__aexit__", asyncGeneratorManagerAexit}}},
};

} // namespace

void Interpreter::installContextlib()
{
    registerModule(QStringLiteral("contextlib"), [](Interpreter &in) {
        auto *mod = new ModuleObject(QStringLiteral("contextlib"));
        Value modValue(mod);
        addNativeClasses(in, *mod, contextlibClasses, std::size(contextlibClasses));

        auto types = std::make_shared<GeneratorManagerTypes>();
        types->function = in.makeClass(QStringLiteral("function"), {in.tObject});
        auto *function = types->function.as<ClassObject>();
        function->attrs.insert(QStringLiteral("__call__"),
                               in.makeMethod(QStringLiteral("__call__"), functionWrapperCall));
        function->attrs.insert(QStringLiteral("__get__"),
                               in.makeMethod(QStringLiteral("__get__"), bindAsMethod));
        function->attrs.insert(QStringLiteral("__repr__"),
                               in.makeMethod(QStringLiteral("__repr__"), functionWrapperRepr));
        types->sync = mod->attrs.value(QStringLiteral("_GeneratorContextManager"));
        types->async = mod->attrs.value(QStringLiteral("_AsyncGeneratorContextManager"));
        for (const Value &cls : {types->sync, types->async})
            cls.as<ClassObject>()->attrs.insert(
                QStringLiteral("__call__"),
                in.makeMethod(QStringLiteral("__call__"),
                              [types](Interpreter &in2, const Value &self, CallArgs &a) {
                                  return decorateWithManager(*types, in2, self, a);
                              }));
        for (const bool isAsync : {false, true}) {
            const QString name =
                isAsync ? QStringLiteral("asynccontextmanager") : QStringLiteral("contextmanager");
            mod->attrs.insert(
                name, in.makeBuiltin(name, [types, isAsync](Interpreter &in2, const Value &, CallArgs &a) {
                    return managerFactory(*types, in2, a, isAsync);
                }));
        }
        return modValue;
    });
}

} // namespace awaitscope::py
