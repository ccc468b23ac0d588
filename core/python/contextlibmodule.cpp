// The contextlib module's context managers that need no generators: suppress, closing, nullcontext and
// ExitStack, behaving as CPython 3.11's (Lib/contextlib.py). contextmanager/asynccontextmanager need
// generators, AsyncExitStack and aclosing native coroutines that await: not provided yet.
#include "nativeclass.h"

namespace awaitscope::py {

namespace {

// ExitStack's callbacks, last pushed first called; each takes (exc_type, exc, traceback).
struct ExitStackState
{
    std::vector<Value> callbacks;
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
        in.raiseTypeError(QStringLiteral("ExitStack() takes no arguments"));
    Value v = newInstance(cls);
    v.as<InstanceObject>()->payload = std::make_shared<ExitStackState>();
    return v;
}

Value exitStackEnterContext(Interpreter &in, const Value &self, CallArgs &a)
{
    if (a.pos.size() != 1 || !a.kw.empty())
        in.raiseTypeError(
            QStringLiteral("ExitStack.enter_context() takes 2 positional arguments but %1 were given")
                .arg(a.pos.size() + 1));
    const Value cm = a.pos[0];
    Value enter, exit;
    try {
        enter = in.getAttr(cm, QStringLiteral("__enter__"));
        exit = in.getAttr(cm, QStringLiteral("__exit__"));
    } catch (const PyException &) {
        // 3.11 names the type with its module: 'builtins.int', '__main__.Resource'
        const Value type = in.typeOf(cm);
        auto *c = type.as<ClassObject>();
        const QString module = c->attrs.contains(QStringLiteral("__module__"))
                                   ? in.str(c->attrs.value(QStringLiteral("__module__")))
                                   : (c->isBuiltin ? QStringLiteral("builtins") : QStringLiteral("__main__"));
        in.raiseTypeError(QStringLiteral("'%1.%2' object does not support the context manager protocol")
                              .arg(module, c->name));
    }
    const Value result = in.call(enter, std::vector<Value>{});
    stackOf(self)->callbacks.push_back(exit);
    return result;
}

Value exitStackPush(Interpreter &in, const Value &self, CallArgs &a)
{
    if (a.pos.size() != 1 || !a.kw.empty())
        in.raiseTypeError(QStringLiteral("ExitStack.push() takes 2 positional arguments but %1 were given")
                              .arg(a.pos.size() + 1));
    const Value exit = a.pos[0];
    // a context manager's __exit__ (looked up on its type), else the callable itself
    Value method;
    if (auto *inst = exit.as<InstanceObject>();
        inst && inst->kind == ObjKind::Instance && inst->klass()->lookup(QStringLiteral("__exit__")))
        method = in.getAttr(exit, QStringLiteral("__exit__"));
    stackOf(self)->callbacks.push_back(method.isNone() ? exit : method);
    return exit;
}

Value exitStackCallback(Interpreter &in, const Value &self, CallArgs &a)
{
    if (a.pos.empty())
        in.raiseTypeError(
            QStringLiteral("ExitStack.callback() missing 1 required positional argument: 'callback'"));
    const Value fn = a.pos[0];
    CallArgs bound{std::vector<Value>(a.pos.begin() + 1, a.pos.end()), a.kw};
    Value wrapper = in.makeBuiltin(QStringLiteral("_exit_wrapper"),
                                   [fn, bound](Interpreter &in2, const Value &, CallArgs &) {
                                       CallArgs copy = bound;
                                       in2.call(fn, copy);
                                       return Value();
                                   });
    stackOf(self)->callbacks.push_back(wrapper);
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

// ExitStack.__exit__: every callback, last first; one that returns true suppresses the exception, one
// that raises replaces it.
Value exitStackExit(Interpreter &in, const Value &self, CallArgs &a)
{
    const Value frameExc = a.pos.size() > 1 ? a.pos[1] : Value();
    Value exc = frameExc;
    const bool received = !exc.isNone();
    bool suppressed = false, pendingRaise = false;
    auto st = stackOf(self);
    while (!st->callbacks.empty()) {
        const Value cb = st->callbacks.back();
        st->callbacks.pop_back();
        try {
            const Value r = in.call(cb, {exc.isNone() ? Value() : in.typeOf(exc), exc, Value()});
            if (in.truthy(r)) {
                suppressed = true;
                pendingRaise = false;
                exc = Value();
            }
        } catch (const ProgramStop &) {
            throw;
        } catch (...) {
            Value fresh = in.exceptionFromCurrent();
            fixExceptionContext(fresh, exc, frameExc);
            pendingRaise = true;
            exc = fresh;
        }
    }
    if (pendingRaise)
        in.throwPython(exc);
    return Value::fromBool(received && suppressed);
}

Value exitStackClose(Interpreter &in, const Value &self, CallArgs &)
{
    CallArgs none{{Value(), Value(), Value()}, {}};
    exitStackExit(in, self, none);
    return Value();
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
};

} // namespace

void Interpreter::installContextlib()
{
    registerModule(QStringLiteral("contextlib"), [](Interpreter &in) {
        auto *mod = new ModuleObject(QStringLiteral("contextlib"));
        Value modValue(mod);
        addNativeClasses(in, *mod, contextlibClasses, std::size(contextlibClasses));
        return modValue;
    });
}

} // namespace awaitscope::py
