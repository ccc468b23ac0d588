// The enum module: Enum, auto and unique as CPython 3.11's (Lib/enum.py). The class body's values become
// members when the class is made (ClassObject::onSubclass); iterating, len(), `in`, Color(value),
// Color['NAME'] and repr() of the class go through EnumType, the enum classes' metaclass
// (ClassObject::meta). IntEnum, Flag and the functional API are not provided.
#include "nativeclass.h"

namespace awaitscope::py {

namespace {

bool isDunderOrSunder(const QString &name)
{
    if (name.size() > 4 && name.startsWith(QStringLiteral("__")) && name.endsWith(QStringLiteral("__")))
        return true;
    return name.size() > 2 && name.startsWith(u'_') && name.endsWith(u'_') && name[1] != u'_' &&
           name[name.size() - 2] != u'_';
}

ClassObject &classOf(const Value &cls)
{
    return *cls.as<ClassObject>();
}

DictObject *memberMap(const Value &cls)
{
    const Value *m = classOf(cls).lookup(QStringLiteral("_member_map_"));
    return m ? m->as<DictObject>() : nullptr;
}

// The members in definition order (aliases excluded).
std::vector<Value> members(Interpreter &in, const Value &cls)
{
    std::vector<Value> out;
    const Value *names = classOf(cls).lookup(QStringLiteral("_member_names_"));
    DictObject *map = memberMap(cls);
    if (!names || !map)
        return out;
    for (const Value &n : in.toVector(*names))
        if (const Value *m = map->table.find(n))
            out.push_back(*m);
    return out;
}

QString memberName(const Value &member)
{
    return strOf(member.as<InstanceObject>()->attrs.value(QStringLiteral("_name_")));
}

Value memberValue(const Value &member)
{
    return member.as<InstanceObject>()->attrs.value(QStringLiteral("_value_"));
}

bool isDescriptor(const Value &v)
{
    if (!v.isObj())
        return false;
    switch (v.obj()->kind) {
    case ObjKind::Function:
    case ObjKind::Builtin:
    case ObjKind::BoundMethod:
    case ObjKind::Class:
        return true;
    case ObjKind::Instance:
        return Interpreter::descriptorMethod(v, QStringLiteral("__get__")) != nullptr;
    default:
        return false;
    }
}

// ---- EnumType: the methods on the enum class itself ----
Value typeRepr(Interpreter &, const Value &cls, CallArgs &)
{
    return makeStr(QStringLiteral("<enum '%1'>").arg(classOf(cls).name));
}

Value typeIter(Interpreter &in, const Value &cls, CallArgs &)
{
    return in.getIter(makeList(members(in, cls)));
}

Value typeLen(Interpreter &in, const Value &cls, CallArgs &)
{
    return Value::fromInt(int64_t(members(in, cls).size()));
}

Value typeContains(Interpreter &in, const Value &cls, CallArgs &a)
{
    const Value item = a.pos.at(0);
    const Value enumBase =
        in.moduleOf(QStringLiteral("enum")).as<ModuleObject>()->attrs.value(QStringLiteral("Enum"));
    if (!in.isInstance(item, enumBase))
        in.raiseTypeError(QStringLiteral("unsupported operand type(s) for 'in': '%1' and 'EnumType'")
                              .arg(in.typeName(item)));
    DictObject *map = memberMap(cls);
    return Value::fromBool(in.isInstance(item, cls) && map && map->table.contains(makeStr(memberName(item))));
}

Value typeGetItem(Interpreter &in, const Value &cls, CallArgs &a)
{
    const Value name = a.pos.at(0);
    DictObject *map = memberMap(cls);
    if (const Value *m = map ? map->table.find(name) : nullptr)
        return *m;
    in.raise(in.newException(in.exceptionClass(QStringLiteral("KeyError")), {name}));
}

Value typeCall(Interpreter &in, const Value &cls, CallArgs &a)
{
    if (!memberMap(cls))
        in.raiseTypeError(QStringLiteral("%1() takes no arguments: the functional API (Enum('Name', "
                                         "'A B')) is not supported")
                              .arg(classOf(cls).name));
    if (a.pos.size() != 1 || !a.kw.empty())
        in.raiseTypeError(QStringLiteral("EnumType.__call__() takes 2 positional arguments but %1 were given")
                              .arg(a.pos.size() + 1));
    const Value value = a.pos[0];
    if (in.typeOf(value).identical(cls))
        return value;
    for (const auto &e : memberMap(cls)->table.entries())
        if (e.live && (memberValue(e.value).identical(value) || in.equals(memberValue(e.value), value)))
            return e.value;
    in.raiseValueError(QStringLiteral("%1 is not a valid %2").arg(in.repr(value), classOf(cls).name));
}

const NativeClassDef typeClass[] = {
    {"EnumType",
     nullptr,
     {{"__repr__", typeRepr},
      {"__iter__", typeIter},
      {"__len__", typeLen},
      {"__contains__", typeContains},
      {"__getitem__", typeGetItem},
      {"__call__", typeCall}}},
};

// ---- Enum: the members' methods ----
Value memberRepr(Interpreter &in, const Value &self, CallArgs &)
{
    return makeStr(
        QStringLiteral("<%1.%2: %3>")
            .arg(self.as<InstanceObject>()->klass()->name, memberName(self), in.repr(memberValue(self))));
}

Value memberStr(Interpreter &, const Value &self, CallArgs &)
{
    return makeStr(self.as<InstanceObject>()->klass()->name + u'.' + memberName(self));
}

Value memberFormat(Interpreter &in, const Value &self, CallArgs &a)
{
    return makeStr(in.format(makeStr(in.str(self)), a.pos.empty() ? QString() : in.str(a.pos[0])));
}

Value autoNew(Interpreter &in, const Value &cls, std::vector<Value> &p,
              std::vector<std::pair<QString, Value>> &kw)
{
    if (!p.empty() || !kw.empty())
        in.raiseTypeError(QStringLiteral("auto() takes no arguments"));
    return Value(new InstanceObject(cls));
}

Value autoRepr(Interpreter &, const Value &, CallArgs &)
{
    return makeStr(QStringLiteral("auto(<class 'enum._auto_null'>)"));
}

const NativeClassDef enumClasses[] = {
    {"Enum", nullptr, {{"__repr__", memberRepr}, {"__str__", memberStr}, {"__format__", memberFormat}}},
    {"auto", autoNew, {{"__repr__", autoRepr}}},
};

// Enum._generate_next_value_ in 3.11.7: the largest value + 1 (CPython warns when that is not the last
// value, which is not reproduced); values that do not sort: the last one that takes + 1, else 1.
Value nextValue(Interpreter &in, const std::vector<Value> &lastValues)
{
    if (lastValues.empty())
        return Value::fromInt(1);
    try {
        Value largest = lastValues.front();
        for (const Value &v : lastValues)
            if (in.less(largest, v))
                largest = v;
        return in.binaryOp(Op::Add, largest, Value::fromInt(1));
    } catch (const PyException &e) {
        if (!in.isInstance(e.exc, in.exceptionClass(QStringLiteral("TypeError"))))
            throw;
    }
    for (auto it = lastValues.rbegin(); it != lastValues.rend(); ++it) {
        try {
            return in.binaryOp(Op::Add, *it, Value::fromInt(1));
        } catch (const PyException &e) {
            if (!in.isInstance(e.exc, in.exceptionClass(QStringLiteral("TypeError"))))
                throw;
        }
    }
    return Value::fromInt(1);
}

// EnumType.__new__: the body's plain values become the members, equal values aliases of the first one.
void makeMembers(Interpreter &in, const Value &cls, const QStringList &order, const Value &autoCls)
{
    ClassObject &c = classOf(cls);
    for (const Value &b : c.bases)
        if (auto *base = b.as<ClassObject>(); base && memberMap(b) && !members(in, b).empty())
            in.raiseTypeError(
                QStringLiteral("<enum '%1'> cannot extend <enum '%2'>").arg(c.name, base->name));
    auto *map = new DictObject();
    Value mapValue(map);
    std::vector<Value> names, lastValues;
    for (const QString &name : order) {
        auto it = c.attrs.find(name);
        if (it == c.attrs.end() || isDunderOrSunder(name) || isDescriptor(it.value()))
            continue;
        Value value = it.value();
        if (auto *inst = value.as<InstanceObject>(); inst && inst->cls.identical(autoCls))
            value = nextValue(in, lastValues);
        lastValues.push_back(value);
        Value member;
        for (const auto &e : map->table.entries())
            if (e.live && (memberValue(e.value).identical(value) || in.equals(memberValue(e.value), value))) {
                member = e.value; // an alias
                break;
            }
        if (member.isNone()) {
            auto *inst = new InstanceObject(cls);
            member = Value(inst);
            inst->attrs.insert(QStringLiteral("_value_"), value);
            inst->attrs.insert(QStringLiteral("_name_"), makeStr(name));
            inst->attrs.insert(QStringLiteral("value"), value);
            inst->attrs.insert(QStringLiteral("name"), makeStr(name));
            names.push_back(makeStr(name));
        }
        map->set(makeStr(name), member);
        it.value() = member;
    }
    c.attrs.insert(QStringLiteral("_member_names_"), makeList(std::move(names)));
    c.attrs.insert(QStringLiteral("_member_map_"), mapValue);
}

Value unique(Interpreter &in, const Value &, CallArgs &a)
{
    if (a.pos.size() != 1 || !a.kw.empty() || !memberMap(a.pos[0]))
        in.raiseTypeError(QStringLiteral("unique() takes an enumeration"));
    const Value cls = a.pos[0];
    QStringList duplicates;
    for (const auto &e : memberMap(cls)->table.entries())
        if (e.live && strOf(e.key) != memberName(e.value))
            duplicates << strOf(e.key) + QStringLiteral(" -> ") + memberName(e.value);
    if (!duplicates.isEmpty())
        in.raiseValueError(QStringLiteral("duplicate values found in %1: %2")
                               .arg(in.repr(cls), duplicates.join(QStringLiteral(", "))));
    return cls;
}

} // namespace

void Interpreter::installEnum()
{
    registerModule(QStringLiteral("enum"), [](Interpreter &in) {
        auto *mod = new ModuleObject(QStringLiteral("enum"));
        Value modValue(mod);
        addNativeClasses(in, *mod, typeClass, std::size(typeClass));
        addNativeClasses(in, *mod, enumClasses, std::size(enumClasses));
        const Value enumCls = mod->attrs.value(QStringLiteral("Enum"));
        const Value autoCls = mod->attrs.value(QStringLiteral("auto"));
        auto &base = classOf(enumCls);
        base.meta = mod->attrs.value(QStringLiteral("EnumType"));
        base.attrs.insert(QStringLiteral("_member_names_"), makeList());
        base.attrs.insert(QStringLiteral("_member_map_"), Value(new DictObject()));
        base.onSubclass = [autoCls](Interpreter &in2, const Value &cls, const QStringList &order) {
            makeMembers(in2, cls, order, autoCls);
        };
        mod->attrs.insert(QStringLiteral("EnumMeta"), base.meta);
        mod->attrs.insert(QStringLiteral("unique"), in.makeBuiltin(QStringLiteral("unique"), unique));
        return modValue;
    });
}

} // namespace awaitscope::py
