// The contextvars module as asyncio uses it (CPython 3.11's Python/context.c): ContextVar, Token, Context
// and copy_context(). Each task runs in a copy of the context it was created in (or create_task's
// context=), each loop callback in a copy of its scheduler's (or call_soon's context=), and Context.run
// enters a context for one call: Interpreter::currentContext says which one code sees now.
#include "asynciointernal.h"

#include "runtime/loop.h"
#include "runtime/task.h"

namespace awaitscope::py {

namespace {

// A context's variables, in the order they were first set there. Keys are ContextVar objects (by identity).
struct ContextData
{
    std::vector<std::pair<Value, Value>> vars;
    bool entered = false;

    const Value *find(const Value &var) const
    {
        for (const auto &[k, v] : vars)
            if (k.identical(var))
                return &v;
        return nullptr;
    }
    void set(const Value &var, const Value &value)
    {
        for (auto &[k, v] : vars)
            if (k.identical(var)) {
                v = value;
                return;
            }
        vars.emplace_back(var, value);
    }
    void remove(const Value &var)
    {
        for (auto it = vars.begin(); it != vars.end(); ++it)
            if (it->first.identical(var)) {
                vars.erase(it);
                return;
            }
    }
};

struct TokenData
{
    Value context;
    Value var;
    Value oldValue; // the MISSING marker when the variable had no value
    bool used = false;
};

ContextData &dataOf(Interpreter &in, const Value &context)
{
    if (!in.isContext(context))
        in.raiseTypeError(
            QStringLiteral("an instance of Context was expected, got %1").arg(in.typeName(context)));
    return *std::static_pointer_cast<ContextData>(context.as<InstanceObject>()->payload);
}

QString address(const Value &v)
{
    return QStringLiteral("0x%1").arg(quintptr(v.obj()), 0, 16);
}

} // namespace

void Interpreter::installContextvars()
{
    // The classes exist once per interpreter (tasks get contexts before the module is imported).
    Value contextCls = makeClass(QStringLiteral("Context"), {tObject});
    Value varCls = makeClass(QStringLiteral("ContextVar"), {tObject});
    Value tokenCls = makeClass(QStringLiteral("Token"), {tObject});
    Value missing = Value(new InstanceObject(makeClass(QStringLiteral("_MISSING_TYPE"), {tObject})));
    for (const Value &c : {contextCls, varCls, tokenCls})
        c.as<ClassObject>()->attrs.insert(QStringLiteral("__module__"),
                                          makeStr(QStringLiteral("_contextvars")));
    missing.as<InstanceObject>()->klass()->attrs.insert(
        QStringLiteral("__repr__"),
        makeMethod(QStringLiteral("__repr__"), [](Interpreter &, const Value &, CallArgs &) {
            return makeStr(QStringLiteral("<Token.MISSING>"));
        }));
    tokenCls.as<ClassObject>()->attrs.insert(QStringLiteral("MISSING"), missing);
    m_contextClass = contextCls;

    auto method = [this](const Value &cls, const QString &name, BuiltinObject::Fn fn) {
        cls.as<ClassObject>()->attrs.insert(name, makeMethod(name, std::move(fn)));
    };
    auto newContext = [contextCls]() {
        auto *inst = new InstanceObject(contextCls);
        Value v(inst);
        inst->payload = std::make_shared<ContextData>();
        return v;
    };
    contextCls.as<ClassObject>()->constructor = [newContext](Interpreter &in, const Value &,
                                                             std::vector<Value> &p,
                                                             std::vector<std::pair<QString, Value>> &kw) {
        if (!p.empty() || !kw.empty())
            in.raiseTypeError(QStringLiteral("Context() does not accept any arguments"));
        return newContext();
    };

    // ---- Context: a read-only mapping of variables to values, and run() ----
    method(contextCls, QStringLiteral("run"), [](Interpreter &in, const Value &self, CallArgs &a) {
        if (a.pos.empty())
            in.raiseTypeError(QStringLiteral("run() missing 1 required positional argument"));
        ContextData &d = dataOf(in, self);
        if (d.entered)
            in.raiseError(
                QStringLiteral("RuntimeError"),
                QStringLiteral("cannot enter context: <_contextvars.Context object at %1> is already entered")
                    .arg(address(self)));
        d.entered = true;
        in.enteredContexts.push_back(self);
        struct Leave
        {
            Interpreter &in;
            ContextData &d;
            ~Leave()
            {
                in.enteredContexts.pop_back();
                d.entered = false;
            }
        } leave{in, d};
        CallArgs rest;
        rest.pos.assign(a.pos.begin() + 1, a.pos.end());
        rest.kw = a.kw;
        return in.call(a.pos[0], rest);
    });
    method(contextCls, QStringLiteral("copy"),
           [](Interpreter &in, const Value &self, CallArgs &) { return in.copyContext(self); });
    method(contextCls, QStringLiteral("__getitem__"), [](Interpreter &in, const Value &self, CallArgs &a) {
        const Value var = in.argOr(a, 0, nullptr);
        if (in.typeName(var) != u"ContextVar")
            in.raiseTypeError(QStringLiteral("a ContextVar key was expected, got %1").arg(in.repr(var)));
        if (const Value *v = dataOf(in, self).find(var))
            return *v;
        in.raise(in.newException(in.exceptionClass(QStringLiteral("KeyError")), {var}));
    });
    method(contextCls, QStringLiteral("get"), [](Interpreter &in, const Value &self, CallArgs &a) {
        const Value var = in.argOr(a, 0, nullptr);
        if (in.typeName(var) != u"ContextVar")
            in.raiseTypeError(QStringLiteral("a ContextVar key was expected, got %1").arg(in.repr(var)));
        const Value *v = dataOf(in, self).find(var);
        return v ? *v : in.argOr(a, 1, "default");
    });
    method(contextCls, QStringLiteral("__contains__"), [](Interpreter &in, const Value &self, CallArgs &a) {
        return Value::fromBool(dataOf(in, self).find(in.argOr(a, 0, nullptr)) != nullptr);
    });
    method(contextCls, QStringLiteral("__len__"), [](Interpreter &in, const Value &self, CallArgs &) {
        return Value::fromInt(int64_t(dataOf(in, self).vars.size()));
    });
    auto listOf = [](int part) {
        return [part](Interpreter &in, const Value &self, CallArgs &) {
            std::vector<Value> out;
            for (const auto &[k, v] : dataOf(in, self).vars)
                out.push_back(part == 0 ? k : part == 1 ? v : makeTuple({k, v}));
            return makeList(std::move(out));
        };
    };
    method(contextCls, QStringLiteral("keys"), listOf(0));
    method(contextCls, QStringLiteral("values"), listOf(1));
    method(contextCls, QStringLiteral("items"), listOf(2));
    method(contextCls, QStringLiteral("__iter__"), [listOf](Interpreter &in, const Value &self, CallArgs &a) {
        return in.getIter(listOf(0)(in, self, a));
    });

    // ---- ContextVar(name, *, default=...) ----
    varCls.as<ClassObject>()->constructor = [](Interpreter &in, const Value &cls, std::vector<Value> &p,
                                               std::vector<std::pair<QString, Value>> &kw) {
        if (p.size() != 1)
            in.raiseTypeError(
                QStringLiteral("ContextVar() takes exactly 1 positional argument (%1 given)").arg(p.size()));
        if (!isKind(p[0], ObjKind::Str))
            in.raiseTypeError(QStringLiteral("context variable name must be a str"));
        auto *inst = new InstanceObject(cls);
        Value v(inst);
        inst->attrs.insert(QStringLiteral("name"), p[0]);
        for (const auto &[key, value] : kw) {
            if (key != u"default")
                in.raiseTypeError(
                    QStringLiteral("ContextVar() got an unexpected keyword argument '%1'").arg(key));
            inst->attrs.insert(QStringLiteral("_default"), value);
        }
        return v;
    };
    method(varCls, QStringLiteral("get"), [](Interpreter &in, const Value &self, CallArgs &a) {
        if (const Value *v = dataOf(in, in.currentContext()).find(self))
            return *v;
        if (!a.pos.empty() || !a.kw.empty())
            return in.argOr(a, 0, "default");
        auto *inst = self.as<InstanceObject>();
        if (inst->attrs.contains(QStringLiteral("_default")))
            return inst->attrs.value(QStringLiteral("_default"));
        in.raise(in.newException(in.exceptionClass(QStringLiteral("LookupError")), {self}));
    });
    method(varCls, QStringLiteral("set"),
           [tokenCls, missing](Interpreter &in, const Value &self, CallArgs &a) {
               const Value context = in.currentContext();
               ContextData &d = dataOf(in, context);
               auto token = std::make_shared<TokenData>();
               token->context = context;
               token->var = self;
               const Value *old = d.find(self);
               token->oldValue = old ? *old : missing;
               d.set(self, in.argOr(a, 0, "value"));
               auto *inst = new InstanceObject(tokenCls);
               Value v(inst);
               inst->payload = token;
               inst->attrs.insert(QStringLiteral("var"), self);
               inst->attrs.insert(QStringLiteral("old_value"), token->oldValue);
               return v;
           });
    method(varCls, QStringLiteral("reset"),
           [missing, tokenCls](Interpreter &in, const Value &self, CallArgs &a) {
               const Value tokenValue = in.argOr(a, 0, "token");
               auto *t = tokenValue.as<InstanceObject>();
               if (!t || t->kind != ObjKind::Instance || !t->payload ||
                   !t->klass()->isSubclassOf(tokenCls.as<ClassObject>()))
                   in.raiseTypeError(
                       QStringLiteral("expected an instance of Token, got %1").arg(in.repr(tokenValue)));
               auto token = std::static_pointer_cast<TokenData>(t->payload);
               if (token->used)
                   in.raiseError(QStringLiteral("RuntimeError"),
                                 QStringLiteral("%1 has already been used once").arg(in.repr(tokenValue)));
               if (!token->var.identical(self))
                   in.raiseValueError(
                       QStringLiteral("%1 was created by a different ContextVar").arg(in.repr(tokenValue)));
               if (!token->context.identical(in.currentContext()))
                   in.raiseValueError(
                       QStringLiteral("%1 was created in a different Context").arg(in.repr(tokenValue)));
               token->used = true;
               ContextData &d = dataOf(in, token->context);
               if (token->oldValue.identical(missing))
                   d.remove(self);
               else
                   d.set(self, token->oldValue);
               return Value();
           });
    method(varCls, QStringLiteral("__repr__"), [](Interpreter &in, const Value &self, CallArgs &) {
        auto *inst = self.as<InstanceObject>();
        QString text =
            QStringLiteral("<ContextVar name=%1").arg(in.repr(inst->attrs.value(QStringLiteral("name"))));
        if (inst->attrs.contains(QStringLiteral("_default")))
            text += QStringLiteral(" default=") + in.repr(inst->attrs.value(QStringLiteral("_default")));
        return makeStr(text + QStringLiteral(" at %1>").arg(address(self)));
    });
    method(varCls, QStringLiteral("__hash__"), [](Interpreter &, const Value &self, CallArgs &) {
        return Value::fromInt(int64_t(quintptr(self.obj()) >> 4));
    });
    method(tokenCls, QStringLiteral("__repr__"), [](Interpreter &in, const Value &self, CallArgs &) {
        auto token = std::static_pointer_cast<TokenData>(self.as<InstanceObject>()->payload);
        return makeStr(
            QStringLiteral("<Token%1 var=%2 at %3>")
                .arg(token->used ? QStringLiteral(" used") : QString(), in.repr(token->var), address(self)));
    });
    registerModule(QStringLiteral("contextvars"), [contextCls, varCls, tokenCls](Interpreter &in) {
        auto *mod = new ModuleObject(QStringLiteral("contextvars"));
        Value modValue(mod);
        mod->attrs.insert(QStringLiteral("Context"), contextCls);
        mod->attrs.insert(QStringLiteral("ContextVar"), varCls);
        mod->attrs.insert(QStringLiteral("Token"), tokenCls);
        mod->attrs.insert(
            QStringLiteral("copy_context"),
            in.makeBuiltin(QStringLiteral("copy_context"), [](Interpreter &in2, const Value &, CallArgs &a) {
                in2.checkNoExtraArgs(a, 0, {}, QStringLiteral("copy_context"));
                return in2.copyContext(in2.currentContext());
            }));
        return modValue;
    });
}

bool Interpreter::isContext(const Value &v) const
{
    auto *inst = v.as<InstanceObject>();
    return inst && inst->kind == ObjKind::Instance && inst->payload &&
           inst->klass()->isSubclassOf(m_contextClass.as<ClassObject>());
}

Value Interpreter::currentContext()
{
    if (!enteredContexts.empty())
        return enteredContexts.back();
    if (loop)
        if (awaitscope::TaskState *task = loop->currentTask()) {
            const Value object = futureObjects.value(task);
            if (auto *inst = object.as<InstanceObject>(); inst && inst->payload) {
                auto holder = std::static_pointer_cast<FutureHolder>(inst->payload);
                if (!holder->context.isNone())
                    return holder->context;
            }
        }
    if (mainContext.isNone()) {
        auto *inst = new InstanceObject(m_contextClass);
        mainContext = Value(inst);
        inst->payload = std::make_shared<ContextData>();
    }
    return mainContext;
}

Value Interpreter::copyContext(const Value &context)
{
    auto *inst = new InstanceObject(m_contextClass);
    Value copy(inst);
    auto data = std::make_shared<ContextData>();
    data->vars = dataOf(*this, context).vars;
    inst->payload = data;
    return copy;
}

} // namespace awaitscope::py
