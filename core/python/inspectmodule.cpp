// The inspect module as far as teaching programs use it, after CPython 3.11's Lib/inspect.py: what kind of
// function or object a value is (iscoroutinefunction, isawaitable, ...) and where a generator or a
// coroutine is in its life (getgeneratorstate, getcoroutinestate).
#include "generator.h"
#include "nativeclass.h"

namespace awaitscope::py {

Value unwrapFunction(Interpreter &in, Value v)
{
    // inspect._has_code_flag: `while ismethod(f): f = f.__func__`, then functools._unwrap_partial
    for (int depth = 0; depth < 1000; ++depth) {
        if (auto *m = v.as<BoundMethodObject>(); m && m->kind == ObjKind::BoundMethod) {
            v = m->function;
            continue;
        }
        auto *inst = v.as<InstanceObject>();
        if (inst && inst->kind == ObjKind::Instance && inst->klass()->name == u"partial" &&
            in.str(inst->klass()->attrs.value(QStringLiteral("__module__"))) == u"functools") {
            v = in.getAttr(v, QStringLiteral("func"));
            continue;
        }
        break;
    }
    return v;
}

FunctionKind functionKind(Interpreter &in, const Value &v)
{
    auto *fn = unwrapFunction(in, v).as<FunctionObject>();
    if (!fn || fn->kind != ObjKind::Function)
        return FunctionKind::NotAFunction;
    if (fn->info->isGenerator)
        return fn->info->isAsync ? FunctionKind::AsyncGenerator : FunctionKind::Generator;
    return fn->info->isAsync ? FunctionKind::Coroutine : FunctionKind::Plain;
}

namespace {

bool isGenerator(const Value &v, bool async)
{
    auto *g = v.as<GeneratorObject>();
    return g && g->isAsync == async;
}

// Whether `frame` is on the running stack: a coroutine whose frame is there runs, else it is suspended.
bool onStack(const Interpreter &in, const Frame *frame)
{
    for (const Frame *f = in.currentFrame(); f; f = f->parent)
        if (f == frame)
            return true;
    return false;
}

Value stateName(const char *name)
{
    return makeStr(QLatin1String(name));
}

} // namespace

void Interpreter::installInspect()
{
    registerModule(QStringLiteral("inspect"), [](Interpreter &in) {
        auto *mod = new ModuleObject(QStringLiteral("inspect"));
        Value modValue(mod);
        const ModuleDef def = definer(in, mod);
        auto predicate = [&](const char *name, bool (*test)(Interpreter &, const Value &)) {
            const QString n = QLatin1String(name);
            def(name, [n, test](Interpreter &in2, const Value &, CallArgs &a) {
                if (!a.kw.empty() || a.pos.size() != 1)
                    in2.raiseTypeError(QStringLiteral("%1() takes 1 positional argument but %2 were given")
                                           .arg(n)
                                           .arg(a.pos.size() + a.kw.size()));
                return Value::fromBool(test(in2, a.pos[0]));
            });
        };
        predicate("iscoroutinefunction", [](Interpreter &in2, const Value &v) {
            return functionKind(in2, v) == FunctionKind::Coroutine;
        });
        predicate("isgeneratorfunction", [](Interpreter &in2, const Value &v) {
            return functionKind(in2, v) == FunctionKind::Generator;
        });
        predicate("isasyncgenfunction", [](Interpreter &in2, const Value &v) {
            return functionKind(in2, v) == FunctionKind::AsyncGenerator;
        });
        predicate("iscoroutine",
                  [](Interpreter &, const Value &v) { return v.as<CoroutineObject>() != nullptr; });
        predicate("isgenerator", [](Interpreter &, const Value &v) { return isGenerator(v, false); });
        predicate("isasyncgen", [](Interpreter &, const Value &v) { return isGenerator(v, true); });
        // isinstance(object, collections.abc.Awaitable): a coroutine, or an object whose class has __await__
        predicate("isawaitable", [](Interpreter &, const Value &v) {
            if (v.as<CoroutineObject>())
                return true;
            auto *inst = v.as<InstanceObject>();
            return inst && inst->kind == ObjKind::Instance &&
                   inst->klass()->lookup(QStringLiteral("__await__"));
        });
        predicate("isfunction", [](Interpreter &, const Value &v) {
            auto *fn = v.as<FunctionObject>();
            return fn && fn->kind == ObjKind::Function;
        });
        predicate("ismethod", [](Interpreter &, const Value &v) {
            auto *m = v.as<BoundMethodObject>();
            return m && m->kind == ObjKind::BoundMethod;
        });
        predicate("isbuiltin", [](Interpreter &, const Value &v) {
            auto *b = v.as<BuiltinObject>();
            return b && b->kind == ObjKind::Builtin;
        });
        predicate("isclass", [](Interpreter &, const Value &v) { return v.as<ClassObject>() != nullptr; });
        predicate("ismodule", [](Interpreter &, const Value &v) { return v.as<ModuleObject>() != nullptr; });

        // inspect.getgeneratorstate: gi_running, then gi_suspended, then gi_frame is None (closed).
        def("getgeneratorstate", [](Interpreter &in2, const Value &, CallArgs &a) {
            const Value g = in2.argOr(a, 0, "generator");
            auto *gen = g.as<GeneratorObject>();
            if (!gen || gen->isAsync)
                in2.raiseError(
                    QStringLiteral("AttributeError"),
                    QStringLiteral("'%1' object has no attribute 'gi_running'").arg(in2.typeName(g)));
            switch (gen->state) {
            case GeneratorObject::State::Created:
                return stateName("GEN_CREATED");
            case GeneratorObject::State::Running:
                return stateName("GEN_RUNNING");
            case GeneratorObject::State::Suspended:
                return stateName("GEN_SUSPENDED");
            case GeneratorObject::State::Finished:
                break;
            }
            return stateName("GEN_CLOSED");
        });
        // inspect.getcoroutinestate: cr_running, then cr_suspended, then cr_frame is None (closed).
        def("getcoroutinestate", [](Interpreter &in2, const Value &, CallArgs &a) {
            const Value c = in2.argOr(a, 0, "coroutine");
            auto *co = c.as<CoroutineObject>();
            if (!co)
                in2.raiseError(
                    QStringLiteral("AttributeError"),
                    QStringLiteral("'%1' object has no attribute 'cr_running'").arg(in2.typeName(c)));
            if (co->finished)
                return stateName("CORO_CLOSED");
            if (!co->started)
                return stateName("CORO_CREATED");
            if (co->runningFrame && onStack(in2, co->runningFrame))
                return stateName("CORO_RUNNING");
            return stateName("CORO_SUSPENDED");
        });
        for (const char *name : {"CORO_CREATED", "CORO_RUNNING", "CORO_SUSPENDED", "CORO_CLOSED",
                                 "GEN_CREATED", "GEN_RUNNING", "GEN_SUSPENDED", "GEN_CLOSED"})
            mod->attrs.insert(QLatin1String(name), stateName(name));
        return modValue;
    });
}

} // namespace awaitscope::py
