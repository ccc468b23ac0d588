// types.GenericAlias (`list[int]`, `dict[str, int]`, `asyncio.Queue[int]`) and types.UnionType (`int |
// None`): what annotations are made of since they are evaluated, with CPython 3.11's reprs
// (Objects/genericaliasobject.c, Objects/unionobject.c).
#include "interpreter.h"

namespace awaitscope::py {

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
                   return Value::fromBool(false);
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
            return Value::fromBool(false);
        // unions are equal as sets of their arguments
        const std::vector<Value> mine = in.toVector(in.getAttr(receiver(self, a), kArgs));
        const std::vector<Value> theirs = in.toVector(in.getAttr(*other, kArgs));
        auto within = [&in](const std::vector<Value> &xs, const std::vector<Value> &ys) {
            for (const Value &x : xs) {
                bool found = false;
                for (const Value &y : ys)
                    found = found || in.equals(x, y);
                if (!found)
                    return false;
            }
            return true;
        };
        return Value::fromBool(within(mine, theirs) && within(theirs, mine));
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

std::optional<Value> Interpreter::unionOf(const Value &a, const Value &b)
{
    // what `|` joins into a union: classes, None, generic aliases and unions
    auto joinable = [this](const Value &v) {
        const auto *c = v.as<ClassObject>();
        return v.isNone() || (c && c->kind == ObjKind::Class) || isAliasOf(v, m_genericAliasClass) ||
               isAliasOf(v, m_unionTypeClass);
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
