// types.GenericAlias (`list[int]`, `dict[str, int]`, `asyncio.Queue[int]`) and types.UnionType (`int |
// None`): what annotations are made of since they are evaluated, with CPython 3.11's reprs
// (Objects/genericaliasobject.c, Objects/unionobject.c).
#include "interpreter.h"

#include <QSet>

#include <functional>

namespace awaitscope::py {

bool isTypingAny(const Value &v); // typingmodule.cpp

// Unions are equal as sets of their arguments (types.UnionType's and typing.Union's alike).
bool sameUnionArguments(Interpreter &in, const std::vector<Value> &mine, const std::vector<Value> &theirs)
{
    auto within = [&in](const std::vector<Value> &xs, const std::vector<Value> &ys) {
        for (const Value &x : xs) {
            bool found = false;
            for (const Value &y : ys)
                found = found || x.identical(y) || in.equals(x, y);
            if (!found)
                return false;
        }
        return true;
    };
    return within(mine, theirs) && within(theirs, mine);
}

namespace {

const QString kOrigin = QStringLiteral("__origin__");
const QString kArgs = QStringLiteral("__args__");

// The receiver of a method called bound (`self`) or through its class (the first argument).
Value receiver(const Value &self, CallArgs &a)
{
    return self.isNone() && !a.pos.empty() ? a.pos[0] : self;
}

const Value *argument(const Value &self, CallArgs &a)
{
    const size_t first = self.isNone() ? 1 : 0;
    return first < a.pos.size() ? &a.pos[first] : nullptr;
}

} // namespace

bool Interpreter::isAliasOf(const Value &v, const Value &aliasClass) const
{
    auto *inst = v.as<InstanceObject>();
    return inst && inst->kind == ObjKind::Instance && !aliasClass.isNone() &&
           inst->klass() == aliasClass.as<ClassObject>();
}

// _Py_typing_type_repr: "..." for Ellipsis, None for NoneType, an alias's own repr, a class's qualified name
// (without "builtins."), anything else's repr.
QString Interpreter::typeRepr(const Value &v)
{
    if (v.identical(builtin(QStringLiteral("Ellipsis"))))
        return QStringLiteral("...");
    if (v.identical(tNone))
        return QStringLiteral("None");
    if (isAliasOf(v, m_genericAliasClass) || isAliasOf(v, m_unionTypeClass))
        return repr(v);
    if (auto *c = v.as<ClassObject>(); c && c->kind == ObjKind::Class)
        return qualifiedName(c);
    return repr(v);
}

void Interpreter::installAliasClasses()
{
    auto method = [this](const Value &cls, const QString &name, BuiltinObject::Fn fn) {
        cls.as<ClassObject>()->attrs.insert(name, makeMethod(name, std::move(fn)));
    };
    auto aliasClass = [this](const QString &name) {
        Value cls = makeClass(name, {tObject});
        cls.as<ClassObject>()->attrs.insert(QStringLiteral("__module__"), makeStr(QStringLiteral("types")));
        return cls;
    };
    auto sameArgs = [](Interpreter &in, const Value &x, const Value &y) {
        return in.equals(in.getAttr(x, kOrigin), in.getAttr(y, kOrigin)) &&
               in.equals(in.getAttr(x, kArgs), in.getAttr(y, kArgs));
    };

    m_genericAliasClass = aliasClass(QStringLiteral("GenericAlias"));
    method(
        m_genericAliasClass, QStringLiteral("__repr__"), [](Interpreter &in, const Value &self, CallArgs &a) {
            const Value alias = receiver(self, a);
            QStringList args;
            for (const Value &x : in.toVector(in.getAttr(alias, kArgs)))
                args << in.typeRepr(x);
            return makeStr(in.typeRepr(in.getAttr(alias, kOrigin)) + u'[' +
                           (args.isEmpty() ? QStringLiteral("()") : args.join(QStringLiteral(", "))) + u']');
        });
    method(m_genericAliasClass, QStringLiteral("__call__"),
           [](Interpreter &in, const Value &self, CallArgs &a) {
               return in.call(in.getAttr(self, kOrigin), a);
           });
    method(m_genericAliasClass, QStringLiteral("__eq__"),
           [sameArgs](Interpreter &in, const Value &self, CallArgs &a) {
               const Value *other = argument(self, a);
               if (!other || !in.isAliasOf(*other, in.m_genericAliasClass))
                   return in.builtin(QStringLiteral("NotImplemented")); // ga_richcompare
               return Value::fromBool(sameArgs(in, receiver(self, a), *other));
           });
    method(m_genericAliasClass, QStringLiteral("__hash__"),
           [](Interpreter &in, const Value &self, CallArgs &a) {
               const Value alias = receiver(self, a);
               return Value::fromInt(
                   in.hashCheck(makeTuple({in.getAttr(alias, kOrigin), in.getAttr(alias, kArgs)})));
           });
    method(m_genericAliasClass, QStringLiteral("__mro_entries__"),
           [](Interpreter &in, const Value &self, CallArgs &a) {
               return makeTuple({in.getAttr(receiver(self, a), kOrigin)});
           });
    method(m_genericAliasClass, QStringLiteral("__instancecheck__"),
           [](Interpreter &in, const Value &, CallArgs &) -> Value {
               in.raiseTypeError(QStringLiteral("isinstance() argument 2 cannot be a parameterized generic"));
           });

    m_unionTypeClass = aliasClass(QStringLiteral("UnionType"));
    method(m_unionTypeClass, QStringLiteral("__repr__"), [](Interpreter &in, const Value &self, CallArgs &a) {
        QStringList args;
        for (const Value &x : in.toVector(in.getAttr(receiver(self, a), kArgs)))
            args << in.typeRepr(x);
        return makeStr(args.join(QStringLiteral(" | ")));
    });
    method(m_unionTypeClass, QStringLiteral("__instancecheck__"),
           [](Interpreter &in, const Value &self, CallArgs &a) {
               const Value *object = argument(self, a);
               for (const Value &x : in.toVector(in.getAttr(receiver(self, a), kArgs)))
                   if (object && in.isInstance(*object, x))
                       return Value::fromBool(true);
               return Value::fromBool(false);
           });
    method(m_unionTypeClass, QStringLiteral("__eq__"), [](Interpreter &in, const Value &self, CallArgs &a) {
        const Value *other = argument(self, a);
        if (!other || !in.isAliasOf(*other, in.m_unionTypeClass))
            return in.builtin(QStringLiteral("NotImplemented")); // union_richcompare: typing's Union may say
        return Value::fromBool(sameUnionArguments(in, in.toVector(in.getAttr(receiver(self, a), kArgs)),
                                                  in.toVector(in.getAttr(*other, kArgs))));
    });
    method(m_unionTypeClass, QStringLiteral("__hash__"), [](Interpreter &in, const Value &self, CallArgs &a) {
        int64_t h = 0; // order-independent, as unionobject.c hashes a frozenset of the arguments
        for (const Value &x : in.toVector(in.getAttr(receiver(self, a), kArgs)))
            h ^= in.hashCheck(x);
        return Value::fromInt(h == -1 ? -2 : h);
    });
}

Value Interpreter::genericAlias(const Value &origin, const Value &index)
{
    if (m_genericAliasClass.isNone())
        installAliasClasses();
    auto *inst = new InstanceObject(m_genericAliasClass);
    Value alias(inst);
    inst->attrs.insert(kOrigin, origin);
    const auto *tuple = index.as<TupleObject>();
    inst->attrs.insert(kArgs, tuple && tuple->kind == ObjKind::Tuple ? index : makeTuple({index}));
    return alias;
}

// The classes of the modules here that have a __class_getitem__ in CPython 3.11 (types.GenericAlias), by
// their qualified names; a subclass of one (the program's too) inherits it.
static bool subscriptableNativeClass(const QString &qualifiedName)
{
    static const QSet<QString> names = {
        QStringLiteral("type"),
        QStringLiteral("dict"),
        QStringLiteral("list"),
        QStringLiteral("tuple"),
        QStringLiteral("set"),
        QStringLiteral("frozenset"),
        QStringLiteral("BaseExceptionGroup"),
        QStringLiteral("ExceptionGroup"),
        QStringLiteral("_asyncio.Future"),
        QStringLiteral("_asyncio.Task"),
        QStringLiteral("asyncio.queues.Queue"),
        QStringLiteral("asyncio.queues.PriorityQueue"),
        QStringLiteral("asyncio.queues.LifoQueue"),
        QStringLiteral("collections.deque"),
        QStringLiteral("collections.defaultdict"),
        QStringLiteral("collections.OrderedDict"),
        QStringLiteral("collections.Counter"),
        QStringLiteral("contextlib.suppress"),
        QStringLiteral("contextlib.ExitStack"),
        QStringLiteral("contextlib.AsyncExitStack"),
        QStringLiteral("contextlib.closing"),
        QStringLiteral("contextlib.aclosing"),
        QStringLiteral("contextlib.nullcontext"),
        QStringLiteral("functools.partial"),
        QStringLiteral("functools.cached_property"),
        QStringLiteral("logging.StreamHandler"),
        QStringLiteral("logging.FileHandler"),
        QStringLiteral("_contextvars.ContextVar"),
        QStringLiteral("_contextvars.Token"),
        QStringLiteral("dataclasses.Field"),
        QStringLiteral("itertools.chain"),
        QStringLiteral("typing.Generic"),
        QStringLiteral("typing.Protocol"),
        QStringLiteral("concurrent.futures._base.Future"),
        QStringLiteral("time.struct_time"),
    };
    return names.contains(qualifiedName);
}

Value Interpreter::classGetItem(const Value &cls, const Value &index)
{
    auto *c = cls.as<ClassObject>();
    if (const Value *m = c->lookup(QStringLiteral("__class_getitem__"))) {
        // type.__new__ makes a plain function there a class method
        if (m->as<FunctionObject>())
            return call(*m, {cls, index});
        return call(getAttr(cls, QStringLiteral("__class_getitem__")), {index});
    }
    // Is it, or a base, one of the native classes that take a subscript? (Bases form no cycle.)
    std::function<bool(const ClassObject *)> native = [&](const ClassObject *k) {
        if (subscriptableNativeClass(qualifiedName(k)))
            return true;
        for (const Value &b : k->bases)
            if (auto *bc = b.as<ClassObject>(); bc && native(bc))
                return true;
        return false;
    };
    if (native(c))
        return genericAlias(cls, index);
    raiseTypeError(QStringLiteral("type '%1' is not subscriptable").arg(c->name));
}

std::optional<Value> Interpreter::unionOf(const Value &a, const Value &b)
{
    // what `|` joins into a union: classes, None, generic aliases and unions (and typing.Any, a class in
    // CPython 3.11)
    auto joinable = [this](const Value &v) {
        const auto *c = v.as<ClassObject>();
        return v.isNone() || (c && c->kind == ObjKind::Class) || isAliasOf(v, m_genericAliasClass) ||
               isAliasOf(v, m_unionTypeClass) || isTypingAny(v);
    };
    if (!joinable(a) || !joinable(b))
        return std::nullopt;
    if (m_unionTypeClass.isNone())
        installAliasClasses();
    std::vector<Value> args;
    for (const Value &side : {a, b}) {
        std::vector<Value> parts;
        if (isAliasOf(side, m_unionTypeClass))
            parts = toVector(getAttr(side, kArgs));
        else
            parts.push_back(side.isNone() ? tNone : side);
        for (Value &p : parts) {
            bool seen = false;
            for (const Value &x : args)
                seen = seen || x.identical(p) || equals(x, p);
            if (!seen)
                args.push_back(std::move(p));
        }
    }
    if (args.size() == 1)
        return args[0];
    auto *inst = new InstanceObject(m_unionTypeClass);
    Value u(inst);
    inst->attrs.insert(kArgs, makeTuple(std::move(args)));
    return u;
}

} // namespace awaitscope::py
