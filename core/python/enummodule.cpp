// The enum module: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique as CPython 3.11's (Lib/enum.py).
// The class body's values become members when the class is made (ClassObject::onSubclass); iterating,
// len(), `in`, Color(value), Color['NAME'], the functional API (Enum('Color', 'RED GREEN')), repr() of the
// class and refusing to reassign a member go through EnumType, the enum classes' metaclass
// (ClassObject::meta). Members of an enum class derived from int or str (IntEnum, StrEnum, IntFlag, a class
// mixed with int or str) are ints and strs of that class (Interpreter::intOfSubclass), so every operation of
// int and str works on them; the others are instances.
#include "nativeclass.h"

#include <algorithm>
#include <bit>

namespace awaitscope::py {

namespace {

bool isDunderOrSunder(const QString &name)
{
    if (name.size() > 4 && name.startsWith(QStringLiteral("__")) && name.endsWith(QStringLiteral("__")))
        return true;
    return name.size() > 2 && name.startsWith(u'_') && name.endsWith(u'_') && name[1] != u'_' &&
           name[name.size() - 2] != u'_';
}

// A name mangled by the class (`__x` in class Color is _Color__x): a plain attribute, as _is_private says.
bool isPrivate(const QString &className, const QString &name)
{
    const QString prefix = u'_' + className + QStringLiteral("__");
    return name.size() > prefix.size() && name.startsWith(prefix) && !name.endsWith(QStringLiteral("__"));
}

ClassObject &classOf(const Value &cls)
{
    return *cls.as<ClassObject>();
}

Value enumAttr(Interpreter &in, const char *name)
{
    return in.moduleOf(QStringLiteral("enum")).as<ModuleObject>()->attrs.value(QString::fromLatin1(name));
}

bool derivesFrom(Interpreter &in, const Value &cls, const char *enumClass)
{
    return classOf(cls).isSubclassOf(enumAttr(in, enumClass).as<ClassObject>());
}

DictObject *classDict(const Value &cls, const QString &name)
{
    const Value *m = classOf(cls).lookup(name);
    return m ? m->as<DictObject>() : nullptr;
}

DictObject *memberMap(const Value &cls)
{
    return classDict(cls, QStringLiteral("_member_map_"));
}

int64_t classInt(const Value &cls, const char *name)
{
    const Value *v = classOf(cls).lookup(QString::fromLatin1(name));
    return v && v->isIntLike() ? v->asInt() : 0;
}

// What an enum class's members are: instances of it, or ints or strs of it (a class derived from int or
// str: IntEnum, StrEnum, IntFlag or a mixin of its own).
enum class MemberType : uint8_t { Object, Int, Str };

MemberType memberType(Interpreter &in, const Value &cls)
{
    const ClassObject &c = classOf(cls);
    if (c.isSubclassOf(in.tInt.as<ClassObject>()))
        return MemberType::Int;
    if (c.isSubclassOf(in.tStr.as<ClassObject>()))
        return MemberType::Str;
    return MemberType::Object;
}

// The members in definition order (aliases excluded; for a flag, the members of one bit).
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

// A member's _value_: the value it was given, a plain int or str for an int or str member.
Value memberValue(Interpreter &in, const Value &member)
{
    if (member.intSubclass())
        return Value::fromInt(member.asInt());
    if (isKind(member, ObjKind::Str) && member.obj()->strSubclass)
        return makeStr(strOf(member));
    auto *inst = member.as<InstanceObject>();
    if (!inst || inst->kind != ObjKind::Instance || !inst->attrs.contains(QStringLiteral("_value_")))
        in.raiseTypeError(QStringLiteral("%1 is not an enum member").arg(in.repr(member)));
    return inst->attrs.value(QStringLiteral("_value_"));
}

// The enum class a method of EnumType was called on (EnumType.__len__(5) is refused).
ClassObject &enumClass(Interpreter &in, const Value &cls)
{
    auto *c = cls.as<ClassObject>();
    if (!c || c->kind != ObjKind::Class || !c->lookup(QStringLiteral("_member_map_")))
        in.raiseTypeError(QStringLiteral("%1 is not an enum class").arg(in.repr(cls)));
    return *c;
}

int64_t flagBits(Interpreter &in, const Value &member)
{
    const Value v = memberValue(in, member);
    if (!v.isIntLike())
        in.raiseTypeError(
            QStringLiteral("not supported: a flag value that is not an int (%1)").arg(in.repr(v)));
    return v.asInt();
}

int bitLength(int64_t v)
{
    const uint64_t magnitude = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
    return int(std::bit_width(magnitude));
}

QString flagName(Interpreter &in, const Value &cls, int64_t value);

// A member's _name_: None for a flag's value that no member names (Perm(0)).
Value memberName(Interpreter &in, const Value &member)
{
    if (auto *inst = member.as<InstanceObject>(); inst && inst->kind == ObjKind::Instance)
        return inst->attrs.value(QStringLiteral("_name_"));
    // an int or str member: the first name it has in the member map (aliases come after it), else a flag's
    // combination of members
    const Value cls = in.typeOf(member);
    if (DictObject *map = memberMap(cls))
        for (const auto &e : map->table.entries())
            if (e.live && e.value.identical(member))
                return e.key;
    if (member.intSubclass() && derivesFrom(in, cls, "Flag")) {
        const QString name = flagName(in, cls, member.asInt());
        return name.isNull() ? Value() : makeStr(name);
    }
    return Value();
}

QString memberNameText(Interpreter &in, const Value &member)
{
    const Value name = memberName(in, member);
    return name.isNone() ? QStringLiteral("None") : strOf(name);
}

// The member of `cls` whose value is `value` (the first defined), or None.
Value findByValue(Interpreter &in, const Value &cls, const Value &value)
{
    if (isHashable(value)) {
        if (DictObject *byValue = classDict(cls, QStringLiteral("_value2member_map_")))
            if (const Value *m = byValue->table.find(value))
                return *m;
        return Value();
    }
    if (DictObject *map = memberMap(cls))
        for (const auto &e : map->table.entries())
            if (e.live && in.equals(memberValue(in, e.value), value))
                return e.value;
    return Value();
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

// A name the class body binds that becomes a member: not a dunder, sunder or private name nor a descriptor
// (a function, a property ...).
bool isMemberName(const Value &cls, const QString &name, const Value &v)
{
    return !isDunderOrSunder(name) && !isPrivate(classOf(cls).name, name) && !isDescriptor(v);
}

bool isAuto(Interpreter &in, const Value &v)
{
    auto *inst = v.as<InstanceObject>();
    return inst && inst->kind == ObjKind::Instance && inst->cls.identical(enumAttr(in, "auto"));
}

// _EnumDict.__setitem__'s auto(): the value _generate_next_value_ gives for `name` after the member
// values assigned before it.
Value autoValue(Interpreter &in, const Value &generate, const QString &name,
                const std::vector<Value> &lastValues)
{
    return in.call(generate, {makeStr(name), Value::fromInt(1), Value::fromInt(int64_t(lastValues.size())),
                              makeList(lastValues)});
}

// ClassObject::onBodyAssign: auto() in a class body becomes its value as it is assigned, so that the body
// can go on with it (WHITE = RED | GREEN | BLUE). The class's own _generate_next_value_ is the one the body
// defined, else its bases'.
Value bodyAssign(Interpreter &in, const Value &cls, const ScopeObject &body, const QString &name,
                 const Value &v)
{
    if (!isAuto(in, v) || !isMemberName(cls, name, v))
        return v;
    std::vector<Value> lastValues;
    for (auto it = body.vars.cbegin(); it != body.vars.cend(); ++it)
        if (it.key() != name && isMemberName(cls, it.key(), it.value()))
            lastValues.push_back(it.value());
    Value generate = body.vars.value(QStringLiteral("_generate_next_value_"));
    if (generate.isNone())
        generate = in.getAttr(cls, QStringLiteral("_generate_next_value_"));
    else if (const Value *get = Interpreter::descriptorMethod(generate, QStringLiteral("__get__")))
        generate = in.call(*get, {generate, Value(), cls}); // a staticmethod
    return autoValue(in, generate, name, lastValues);
}

// ---- Flag: values as sets of bits ----

bool isSingleBit(int64_t v)
{
    return v > 0 && (v & (v - 1)) == 0;
}

// Flags of unknown bits are kept (IntFlag, FlagBoundary.KEEP) or refused (Flag, STRICT).
bool keepsUnknownBits(Interpreter &in, const Value &cls)
{
    return derivesFrom(in, cls, "IntFlag");
}

// enum.bin(): the bits in two's complement after a sign bit, padded to maxBits ("0b0 0111").
QString flagBin(int64_t num, int maxBits = 0)
{
    const int width = bitLength(num);
    QString digits;
    for (int i = width - 1; i >= 0; --i)
        digits += ((num >> i) & 1) ? u'1' : u'0';
    const QChar sign = num < 0 ? u'1' : u'0';
    if (digits.size() < maxBits)
        digits = QString(maxBits - digits.size(), sign) + digits;
    return QStringLiteral("0b") + sign + u' ' + digits;
}

// The members a value of `bits` (within _flag_mask_) is made of, one bit each: by value, or in definition
// order when the members were not defined in increasing value (Flag._iter_member_).
std::vector<Value> flagMembers(Interpreter &in, const Value &cls, int64_t bits)
{
    std::vector<Value> out;
    DictObject *byValue = classDict(cls, QStringLiteral("_value2member_map_"));
    for (uint64_t rest = uint64_t(bits & classInt(cls, "_flag_mask_")); rest; rest &= rest - 1) {
        const uint64_t bit = rest & (~rest + 1);
        if (const Value *m = byValue ? byValue->table.find(Value::fromInt(int64_t(bit))) : nullptr)
            out.push_back(*m);
    }
    const std::vector<Value> defined = members(in, cls);
    bool increasing = true;
    for (size_t i = 1; i < defined.size() && increasing; ++i)
        increasing = flagBits(in, defined[i - 1]) <= flagBits(in, defined[i]);
    if (!increasing) {
        auto order = [&](const Value &m) {
            for (size_t i = 0; i < defined.size(); ++i)
                if (defined[i].identical(m))
                    return i;
            return defined.size();
        };
        std::stable_sort(out.begin(), out.end(),
                         [&](const Value &x, const Value &y) { return order(x) < order(y); });
    }
    return out;
}

// The name of a flag's value as Flag._missing_ composes it: its members joined by '|', the bits no member
// has last as a number; null when no member is in it.
QString flagName(Interpreter &in, const Value &cls, int64_t value)
{
    const int64_t singles = classInt(cls, "_singles_mask_");
    const int64_t aliases = value & ~singles;
    const int64_t single = value & singles;
    if (!single && !aliases)
        return QString();
    std::vector<Value> parts = flagMembers(in, cls, single);
    int64_t combined = 0;
    for (const Value &m : parts)
        combined |= flagBits(in, m);
    if (aliases)
        if (DictObject *map = memberMap(cls))
            for (const auto &e : map->table.entries()) {
                if (!e.live)
                    continue;
                const int64_t bits = flagBits(in, e.value);
                const bool listed = std::any_of(parts.begin(), parts.end(),
                                                [&](const Value &p) { return flagBits(in, p) == bits; });
                if (!listed && bits && (bits & value) == bits) {
                    parts.push_back(e.value);
                    combined |= bits;
                }
            }
    if (!combined)
        return QString();
    QStringList names;
    for (const Value &m : parts)
        names << memberNameText(in, m);
    const int64_t unknown = value ^ combined;
    if (unknown && !keepsUnknownBits(in, cls))
        in.raiseValueError(QStringLiteral("%1: no members with value %2").arg(in.repr(cls)).arg(unknown));
    if (unknown)
        names << QString::number(unknown);
    return names.join(u'|');
}

// Flag._missing_: the member for a value that combines members (a pseudo-member, made once), or the
// ValueError for bits that no member has.
Value flagMissing(Interpreter &in, const Value &cls, const Value &given)
{
    if (!given.isIntLike())
        in.raiseValueError(QStringLiteral("%1 is not a valid %2").arg(in.repr(given), classOf(cls).name));
    int64_t value = given.asInt();
    const int64_t flagMask = classInt(cls, "_flag_mask_");
    const int64_t allBits = classInt(cls, "_all_bits_");
    const bool keep = keepsUnknownBits(in, cls);
    if (value < ~allBits || value > allBits || (value & (allBits ^ flagMask))) {
        if (!keep) {
            const int maxBits = std::max(bitLength(value), bitLength(flagMask));
            in.raiseValueError(QStringLiteral("%1 invalid value %2\n    given %3\n  allowed %4")
                                   .arg(in.repr(cls))
                                   .arg(value)
                                   .arg(flagBin(value, maxBits), flagBin(flagMask, maxBits)));
        }
        if (value < 0)
            value += std::max(allBits + 1, int64_t(1) << std::min(bitLength(value), 62));
    }
    std::optional<int64_t> negative;
    if (value < 0) {
        negative = value;
        value = allBits + 1 + value;
    }
    const int64_t unknown = value & ~flagMask;
    if (unknown && !keep)
        in.raiseValueError(QStringLiteral("%1(%2) -->  unknown values %3 [%4]")
                               .arg(classOf(cls).name)
                               .arg(value)
                               .arg(unknown)
                               .arg(flagBin(unknown)));
    if (memberType(in, cls) == MemberType::Int) {
        flagName(in, cls, value); // raises for bits that no member has
        return in.intOfSubclass(value, cls);
    }
    const QString name = flagName(in, cls, value);
    auto *byValue = classDict(cls, QStringLiteral("_value2member_map_"));
    if (const Value *made = byValue->table.find(Value::fromInt(value)))
        return *made;
    auto *inst = new InstanceObject(cls);
    Value pseudo(inst);
    inst->attrs.insert(QStringLiteral("_value_"), Value::fromInt(value));
    inst->attrs.insert(QStringLiteral("_name_"), name.isNull() ? Value() : makeStr(name));
    byValue->set(Value::fromInt(value), pseudo);
    if (negative)
        byValue->set(Value::fromInt(*negative), pseudo);
    return pseudo;
}

// ---- looking members up by value: Enum.__new__ ----

Value memberOf(Interpreter &in, const Value &cls, const Value &value)
{
    if (in.typeOf(value).identical(cls))
        return value;
    if (Value found = findByValue(in, cls, value); !found.isNone())
        return found;
    DictObject *map = memberMap(cls);
    if (!map || map->table.size() == 0)
        in.raiseTypeError(QStringLiteral("%1 has no members defined").arg(in.repr(cls)));
    const Value invalid = in.newException(
        in.exceptionClass(QStringLiteral("ValueError")),
        {makeStr(QStringLiteral("%1 is not a valid %2").arg(in.repr(value), classOf(cls).name))});
    Value result;
    if (classOf(cls).lookup(QStringLiteral("_missing_"))) {
        // the class's own _missing_ hook
        try {
            result = in.call(in.getAttr(cls, QStringLiteral("_missing_")), {value});
        } catch (const PyException &e) {
            if (auto *raised = e.exc.as<InstanceObject>();
                raised && !in.isInstance(e.exc, in.exceptionClass(QStringLiteral("ValueError"))))
                raised->context = invalid;
            throw;
        }
    } else if (derivesFrom(in, cls, "Flag")) {
        return flagMissing(in, cls, value);
    }
    if (in.isInstance(result, cls))
        return result;
    if (result.isNone())
        in.raise(invalid);
    const Value wrong = in.newException(
        in.exceptionClass(QStringLiteral("TypeError")),
        {makeStr(QStringLiteral("error in %1._missing_: returned %2 instead of None or a valid member")
                     .arg(classOf(cls).name, in.repr(result)))});
    wrong.as<InstanceObject>()->context = invalid;
    in.raise(wrong);
}

Value flagMember(Interpreter &in, const Value &cls, int64_t value)
{
    return memberOf(in, cls, Value::fromInt(value));
}

// ---- making the members: EnumType.__new__ ----

// The value a member of `type` holds for what the class body gave: int(value) or str(value), as the data
// type's constructor makes it (StrEnum insists on a str).
Value memberData(Interpreter &in, const Value &cls, MemberType type, const Value &given)
{
    if (type == MemberType::Object)
        return given;
    std::vector<Value> args;
    if (isKind(given, ObjKind::Tuple))
        args = given.as<TupleObject>()->items;
    else
        args.push_back(given);
    if (type == MemberType::Str && derivesFrom(in, cls, "StrEnum")) {
        if (args.size() > 3)
            in.raiseTypeError(
                QStringLiteral("too many arguments for str(): %1").arg(in.repr(makeTuple(args))));
        if (args.size() == 1 && !isKind(args[0], ObjKind::Str))
            in.raiseTypeError(QStringLiteral("%1 is not a string").arg(in.repr(args[0])));
    }
    const Value data = in.call(type == MemberType::Int ? in.tInt : in.tStr, args);
    if (type == MemberType::Int && !data.isInt())
        in.raiseTypeError(
            QStringLiteral("not supported: an IntEnum value beyond 64 bits (%1)").arg(in.repr(data)));
    return data;
}

Value newMember(Interpreter &in, const Value &cls, MemberType type, const QString &name, const Value &data)
{
    if (type == MemberType::Int)
        return in.intOfSubclass(data.asInt(), cls);
    if (type == MemberType::Str)
        return in.strOfSubclass(strOf(data), cls);
    auto *inst = new InstanceObject(cls);
    Value member(inst);
    inst->attrs.insert(QStringLiteral("_value_"), data);
    inst->attrs.insert(QStringLiteral("_name_"), makeStr(name));
    return member;
}

// A data type mixed in that members cannot be made of here (float, tuple ...).
void refuseOtherDataTypes(Interpreter &in, const Value &cls)
{
    for (const Value &t : {in.tFloat, in.tTuple, in.tList, in.tDict, in.tSet, in.tFrozenSet, in.tBytes})
        if (classOf(cls).isSubclassOf(t.as<ClassObject>()))
            in.raiseTypeError(QStringLiteral("not supported: enum members of type %1 (an enum can be mixed "
                                             "with int or str)")
                                  .arg(t.as<ClassObject>()->name));
}

Value mappingProxy(const Value &proxyClass, const Value &dict);

void makeMembers(Interpreter &in, const Value &cls, const QStringList &order)
{
    ClassObject &c = classOf(cls);
    for (const Value &b : c.bases)
        if (memberMap(b) && !members(in, b).empty())
            in.raiseTypeError(QStringLiteral("<enum '%1'> cannot extend %2").arg(c.name, in.repr(b)));
    refuseOtherDataTypes(in, cls);
    const MemberType type = memberType(in, cls);
    const bool flag = derivesFrom(in, cls, "Flag");
    auto *map = new DictObject();
    Value mapValue(map);
    auto *byValue = new DictObject();
    Value byValueValue(byValue);
    c.attrs.insert(QStringLiteral("_member_map_"), mapValue);
    c.attrs.insert(QStringLiteral("_value2member_map_"), byValueValue);
    std::vector<Value> names;
    int64_t flagMask = 0, singles = 0;
    for (const QString &name : order) {
        // (read, not held: the calls below may run the program's code, which may change the class)
        const Value given = c.attrs.value(name);
        if (!c.attrs.contains(name) || !isMemberName(cls, name, given))
            continue;
        const Value data = memberData(in, cls, type, given);
        Value member = findByValue(in, cls, data);
        if (member.isNone()) {
            member = newMember(in, cls, type, name, data);
            // the class's own __init__ gets the value (a tuple's items), as for Planet(mass, radius)
            if (const Value *init = c.lookup(QStringLiteral("__init__"));
                type == MemberType::Object && init && init->as<FunctionObject>()) {
                CallArgs args;
                args.pos =
                    isKind(data, ObjKind::Tuple) ? data.as<TupleObject>()->items : std::vector<Value>{data};
                in.call(in.getAttr(member, QStringLiteral("__init__")), args);
            }
            if (flag) {
                if (!data.isIntLike())
                    in.binaryOp(Op::BitOr, Value::fromInt(flagMask), data, true); // its TypeError
                flagMask |= data.asInt();
                if (isSingleBit(data.asInt()))
                    singles |= data.asInt();
            }
            if (!flag || isSingleBit(data.asInt()))
                names.push_back(makeStr(name));
            if (isHashable(data))
                byValue->set(data, member);
        }
        map->set(makeStr(name), member);
        c.attrs.insert(name, member);
    }
    c.attrs.insert(QStringLiteral("_member_names_"), makeList(std::move(names)));
    c.attrs.insert(QStringLiteral("__members__"), mappingProxy(enumAttr(in, "MappingProxyType"), mapValue));
    if (flag) {
        c.attrs.insert(QStringLiteral("_flag_mask_"), Value::fromInt(flagMask));
        c.attrs.insert(QStringLiteral("_singles_mask_"), Value::fromInt(singles));
        const int bits = bitLength(flagMask);
        if (bits > 62)
            in.raiseTypeError(QStringLiteral("not supported: flag values beyond 62 bits"));
        c.attrs.insert(QStringLiteral("_all_bits_"), Value::fromInt((int64_t(1) << bits) - 1));
    }
}

// What a class derived from an enum class takes from it, as a class statement's class does
// (Interpreter::buildClass).
void inheritEnumType(ClassObject &c, const ClassObject &base)
{
    c.meta = base.meta;
    c.onSubclass = base.onSubclass;
    c.onBodyAssign = base.onBodyAssign;
    c.dataDescriptors = base.dataDescriptors;
}

// The functional API: Enum('Color', 'RED GREEN'), names as a list, (name, value) pairs or a dict
// (EnumType._create_).
Value createEnum(Interpreter &in, const Value &base, const Value &className, const Value &names,
                 const Value &module, const Value &qualname, const Value &start)
{
    if (!isKind(className, ObjKind::Str))
        in.raiseTypeError(
            QStringLiteral("type.__new__() argument 1 must be str, not %1").arg(in.typeName(className)));
    std::vector<std::pair<Value, Value>> items;
    std::vector<Value> given;
    if (isKind(names, ObjKind::Str)) {
        QString text = strOf(names);
        text.replace(u',', u' ');
        for (const QString &n : text.split(u' ', Qt::SkipEmptyParts))
            given.push_back(makeStr(n));
    } else if (auto *d = names.as<DictObject>(); d && d->kind == ObjKind::Dict) {
        for (const auto &e : d->table.entries())
            if (e.live)
                items.emplace_back(e.key, e.value);
    } else {
        given = in.toVector(names);
    }
    if (!given.empty() && isKind(given[0], ObjKind::Str)) {
        // names only: the values come from _generate_next_value_, from `start` on
        const Value generate = in.getAttr(base, QStringLiteral("_generate_next_value_"));
        std::vector<Value> lastValues;
        for (const Value &n : given) {
            Value v = in.call(generate,
                              {n, start, Value::fromInt(int64_t(lastValues.size())), makeList(lastValues)});
            lastValues.push_back(v);
            items.emplace_back(n, v);
        }
    } else {
        for (const Value &pair : given) {
            std::vector<Value> kv = in.toVector(pair);
            if (kv.size() != 2)
                in.raiseValueError(QStringLiteral("too many values to unpack (expected 2)"));
            items.emplace_back(kv[0], kv[1]);
        }
    }
    Value cls = in.makeClass(strOf(className), {base}, false);
    ClassObject &c = classOf(cls);
    inheritEnumType(c, classOf(base));
    if (Frame *f = in.currentFrame(); module.isNone() && f && f->file)
        c.attrs.insert(QStringLiteral("__module__"), makeStr(f->file->module));
    else if (!module.isNone())
        c.attrs.insert(QStringLiteral("__module__"), module);
    if (!qualname.isNone())
        c.attrs.insert(QStringLiteral("__qualname__"), qualname);
    QStringList order;
    std::vector<Value> lastValues;
    for (const auto &[name, given] : items) {
        if (!isKind(name, ObjKind::Str))
            in.raiseTypeError(
                QStringLiteral("attribute name must be string, not '%1'").arg(in.typeName(name)));
        if (order.contains(strOf(name)))
            in.raiseTypeError(QStringLiteral("%1 already defined as %2")
                                  .arg(in.repr(name), in.repr(c.attrs.value(strOf(name)))));
        Value value = given;
        if (isAuto(in, value))
            value = autoValue(in, in.getAttr(base, QStringLiteral("_generate_next_value_")), strOf(name),
                              lastValues);
        lastValues.push_back(value);
        c.attrs.insert(strOf(name), value);
        order << strOf(name);
    }
    makeMembers(in, cls, order);
    return cls;
}

// ---- EnumType: the methods on the enum class itself ----
Value typeRepr(Interpreter &in, const Value &cls, CallArgs &)
{
    enumClass(in, cls);
    return makeStr(QStringLiteral("<%1 '%2'>")
                       .arg(derivesFrom(in, cls, "Flag") ? QStringLiteral("flag") : QStringLiteral("enum"),
                            classOf(cls).name));
}

Value typeIter(Interpreter &in, const Value &cls, CallArgs &)
{
    enumClass(in, cls);
    return in.getIter(makeList(members(in, cls)));
}

Value typeLen(Interpreter &in, const Value &cls, CallArgs &)
{
    enumClass(in, cls);
    return Value::fromInt(int64_t(members(in, cls).size()));
}

Value typeContains(Interpreter &in, const Value &cls, CallArgs &a)
{
    enumClass(in, cls);
    const Value item = a.pos.at(0);
    if (!in.isInstance(item, enumAttr(in, "Enum")))
        in.raiseTypeError(QStringLiteral("unsupported operand type(s) for 'in': '%1' and '%2'")
                              .arg(in.typeName(item), in.typeName(cls)));
    DictObject *map = memberMap(cls);
    const Value name = memberName(in, item);
    return Value::fromBool(in.isInstance(item, cls) && map && !name.isNone() && map->table.contains(name));
}

Value typeGetItem(Interpreter &in, const Value &cls, CallArgs &a)
{
    enumClass(in, cls);
    const Value name = a.pos.at(0);
    DictObject *map = memberMap(cls);
    if (const Value *m = map && isHashable(name) ? map->table.find(name) : nullptr)
        return *m;
    in.raise(in.newException(in.exceptionClass(QStringLiteral("KeyError")), {name}));
}

// Color(value) looks a member up; Enum('Color', names, ...) makes a class (EnumType.__call__).
Value typeCall(Interpreter &in, const Value &cls, CallArgs &a)
{
    enumClass(in, cls);
    const size_t given = a.pos.size() + 1;
    if (given > 3)
        in.raiseTypeError(
            QStringLiteral("EnumType.__call__() takes from 2 to 3 positional arguments but %1 were given")
                .arg(given));
    Value value, names, module, qualname, start = Value::fromInt(1);
    bool hasValue = !a.pos.empty();
    if (hasValue)
        value = a.pos[0];
    if (a.pos.size() > 1)
        names = a.pos[1];
    for (auto &[k, v] : a.kw) {
        if (k == u"value" && !hasValue) {
            value = v;
            hasValue = true;
        } else if (k == u"names" && a.pos.size() < 2) {
            names = v;
        } else if (k == u"module") {
            module = v;
        } else if (k == u"qualname") {
            qualname = v;
        } else if (k == u"start") {
            start = v;
        } else if (k == u"type" || k == u"boundary") {
            if (!v.isNone())
                in.raiseTypeError(QStringLiteral("not supported: the functional API's %1 argument").arg(k));
        } else {
            in.raiseTypeError(
                QStringLiteral("EnumType.__call__() got an unexpected keyword argument '%1'").arg(k));
        }
    }
    if (!hasValue)
        in.raiseTypeError(
            QStringLiteral("EnumType.__call__() missing 1 required positional argument: 'value'"));
    if (names.isNone())
        return memberOf(in, cls, value);
    return createEnum(in, cls, value, names, module, qualname, start);
}

Value typeSetAttr(Interpreter &in, const Value &cls, CallArgs &a)
{
    enumClass(in, cls);
    // only the class's own members: CPython reads cls.__dict__
    const auto it = classOf(cls).attrs.constFind(QStringLiteral("_member_map_"));
    auto *map = it != classOf(cls).attrs.constEnd() ? it.value().as<DictObject>() : nullptr;
    if (map && map->table.contains(a.pos.at(0)))
        in.raiseError(QStringLiteral("AttributeError"),
                      QStringLiteral("cannot reassign member %1").arg(in.repr(a.pos.at(0))));
    return Value();
}

Value typeDelAttr(Interpreter &in, const Value &cls, CallArgs &a)
{
    enumClass(in, cls);
    DictObject *map = memberMap(cls);
    if (map && map->table.contains(a.pos.at(0)))
        in.raiseError(QStringLiteral("AttributeError"),
                      QStringLiteral("%1 cannot delete member %2.")
                          .arg(in.repr(makeStr(classOf(cls).name)), in.repr(a.pos.at(0))));
    return Value();
}

const NativeClassDef typeClass[] = {
    {"EnumType",
     nullptr,
     {{"__repr__", typeRepr},
      {"__iter__", typeIter},
      {"__len__", typeLen},
      {"__contains__", typeContains},
      {"__getitem__", typeGetItem},
      {"__call__", typeCall},
      {"__setattr__", typeSetAttr},
      {"__delattr__", typeDelAttr}}},
};

// ---- Enum: the members' methods ----
Value memberRepr(Interpreter &in, const Value &self, CallArgs &)
{
    const QString cls = in.typeName(self);
    const QString value = in.repr(memberValue(in, self));
    const Value name = memberName(in, self);
    if (name.isNone())
        return makeStr(QStringLiteral("<%1: %2>").arg(cls, value));
    return makeStr(QStringLiteral("<%1.%2: %3>").arg(cls, strOf(name), value));
}

Value memberStr(Interpreter &in, const Value &self, CallArgs &)
{
    const Value name = memberName(in, self);
    if (name.isNone())
        return makeStr(QStringLiteral("%1(%2)").arg(in.typeName(self), in.repr(memberValue(in, self))));
    return makeStr(in.typeName(self) + u'.' + strOf(name));
}

Value memberFormat(Interpreter &in, const Value &self, CallArgs &a)
{
    return makeStr(in.format(makeStr(in.str(self)), a.pos.empty() ? QString() : in.str(a.pos[0])));
}

// ReprEnum (IntEnum, StrEnum, IntFlag): str() and format() are those of the value, as int's or str's
// __format__ is: without a spec, str() of the member (a __str__ of the class's own).
Value valueStr(Interpreter &in, const Value &self, CallArgs &)
{
    return makeStr(in.str(memberValue(in, self)));
}

Value valueFormat(Interpreter &in, const Value &self, CallArgs &a)
{
    const QString spec = a.pos.empty() ? QString() : in.str(a.pos[0]);
    return makeStr(spec.isEmpty() ? in.str(self) : in.format(memberValue(in, self), spec));
}

// Enum._generate_next_value_ in 3.11.7: the largest value + 1 (CPython warns when that is not the last
// value, which is not reproduced); values that do not sort: the last one that takes + 1, else `start`.
Value nextValue(Interpreter &in, const Value &, CallArgs &a)
{
    if (a.pos.size() != 4)
        in.raiseTypeError(
            QStringLiteral("_generate_next_value_() takes 4 positional arguments but %1 were given")
                .arg(a.pos.size()));
    const std::vector<Value> lastValues = in.toVector(a.pos[3]);
    if (lastValues.empty())
        return a.pos[1];
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
    return a.pos[1];
}

// StrEnum's: the name in lower case.
Value lowerName(Interpreter &in, const Value &, CallArgs &a)
{
    if (a.pos.empty() || !isKind(a.pos[0], ObjKind::Str))
        in.raiseTypeError(QStringLiteral("_generate_next_value_() needs the member's name"));
    return makeStr(strOf(a.pos[0]).toLower());
}

// Flag's: the power of two above the largest value (`start` for the first).
Value nextBit(Interpreter &in, const Value &, CallArgs &a)
{
    if (a.pos.size() != 4)
        in.raiseTypeError(
            QStringLiteral("_generate_next_value_() takes 4 positional arguments but %1 were given")
                .arg(a.pos.size()));
    if (!in.truthy(a.pos[2]))
        return a.pos[1].isNone() ? Value::fromInt(1) : a.pos[1];
    const std::vector<Value> lastValues = in.toVector(a.pos[3]);
    Value largest = lastValues.front();
    for (const Value &v : lastValues)
        if (in.less(largest, v))
            largest = v;
    if (!largest.isIntLike())
        in.raiseTypeError(QStringLiteral("invalid flag value %1").arg(in.repr(largest)));
    const int bits = bitLength(largest.asInt());
    if (largest.asInt() < 0 || bits >= 62)
        in.raiseTypeError(QStringLiteral("not supported: flag values beyond 62 bits"));
    return Value::fromInt(int64_t(1) << bits);
}

// name, value, _name_ and _value_ of a member (enum.property): read-only but for an instance's _name_
// and _value_.
Value propertyGet(Interpreter &in, const Value &self, CallArgs &a)
{
    const QString attr = strOf(self.as<InstanceObject>()->attrs.value(QStringLiteral("name")));
    const Value member = a.pos.empty() ? Value() : a.pos[0];
    if (member.isNone()) {
        const Value owner = a.pos.size() > 1 ? a.pos[1] : Value();
        if (DictObject *map = owner.as<ClassObject>() ? memberMap(owner) : nullptr)
            if (const Value *m = map->table.find(makeStr(attr)))
                return *m;
        in.raiseError(QStringLiteral("AttributeError"),
                      QStringLiteral("%1 has no attribute %2").arg(in.repr(owner), in.repr(makeStr(attr))));
    }
    if (attr == u"value" || attr == u"_value_")
        return memberValue(in, member);
    return memberName(in, member);
}

Value propertySet(Interpreter &in, const Value &self, CallArgs &a)
{
    const QString attr = strOf(self.as<InstanceObject>()->attrs.value(QStringLiteral("name")));
    if (auto *inst = a.pos.at(0).as<InstanceObject>(); inst && attr.startsWith(u'_')) {
        inst->attrs.insert(attr, a.pos.at(1));
        return Value();
    }
    in.raiseError(QStringLiteral("AttributeError"),
                  QStringLiteral("<enum 'Enum'> cannot set attribute %1").arg(in.repr(makeStr(attr))));
}

Value propertyDelete(Interpreter &in, const Value &self, CallArgs &)
{
    const QString attr = strOf(self.as<InstanceObject>()->attrs.value(QStringLiteral("name")));
    in.raiseError(QStringLiteral("AttributeError"),
                  QStringLiteral("<enum 'Enum'> cannot delete attribute %1").arg(in.repr(makeStr(attr))));
}

Value autoNew(Interpreter &in, const Value &cls, std::vector<Value> &p,
              std::vector<std::pair<QString, Value>> &kw)
{
    if (!p.empty() || !kw.empty())
        in.raiseTypeError(QStringLiteral("not supported: auto() with a value"));
    return Value(new InstanceObject(cls));
}

Value autoRepr(Interpreter &, const Value &, CallArgs &)
{
    return makeStr(QStringLiteral("auto(<class 'enum._auto_null'>)"));
}

// ---- Flag: the members' operators ----

// The bits of a flag operation's other operand: a member of self's class, or an int for an IntFlag;
// nullopt answers NotImplemented.
std::optional<int64_t> otherBits(Interpreter &in, const Value &self, const Value &other)
{
    const Value cls = in.typeOf(self);
    if (in.isInstance(other, cls))
        return flagBits(in, other);
    if (memberType(in, cls) == MemberType::Int && other.isInt())
        return other.asInt();
    return std::nullopt;
}

template<typename Combine>
Value flagOperator(Interpreter &in, const Value &self, CallArgs &a, Combine combine)
{
    const std::optional<int64_t> other = otherBits(in, self, a.pos.at(0));
    if (!other)
        return in.builtin(QStringLiteral("NotImplemented"));
    return flagMember(in, in.typeOf(self), combine(flagBits(in, self), *other));
}

Value flagOr(Interpreter &in, const Value &self, CallArgs &a)
{
    return flagOperator(in, self, a, [](int64_t x, int64_t y) { return x | y; });
}

Value flagAnd(Interpreter &in, const Value &self, CallArgs &a)
{
    return flagOperator(in, self, a, [](int64_t x, int64_t y) { return x & y; });
}

Value flagXor(Interpreter &in, const Value &self, CallArgs &a)
{
    return flagOperator(in, self, a, [](int64_t x, int64_t y) { return x ^ y; });
}

Value flagInvert(Interpreter &in, const Value &self, CallArgs &)
{
    const Value cls = in.typeOf(self);
    const int64_t bits = flagBits(in, self);
    if (keepsUnknownBits(in, cls))
        return flagMember(in, cls, ~bits);
    return flagMember(in, cls, classInt(cls, "_singles_mask_") & ~bits);
}

Value flagContains(Interpreter &in, const Value &self, CallArgs &a)
{
    const Value other = a.pos.at(0);
    if (!in.isInstance(other, in.typeOf(self)))
        in.raiseTypeError(QStringLiteral("unsupported operand type(s) for 'in': '%1' and '%2'")
                              .arg(in.typeName(other), in.typeName(self)));
    const int64_t bits = flagBits(in, other);
    return Value::fromBool((bits & flagBits(in, self)) == bits);
}

Value flagIter(Interpreter &in, const Value &self, CallArgs &)
{
    return in.getIter(makeList(flagMembers(in, in.typeOf(self), flagBits(in, self))));
}

Value flagLen(Interpreter &in, const Value &self, CallArgs &)
{
    return Value::fromInt(std::popcount(uint64_t(flagBits(in, self))));
}

Value flagBool(Interpreter &in, const Value &self, CallArgs &)
{
    return Value::fromBool(flagBits(in, self) != 0);
}

const NativeClassDef enumClasses[] = {
    {"Enum", nullptr, {{"__repr__", memberRepr}, {"__str__", memberStr}, {"__format__", memberFormat}}},
    {"auto", autoNew, {{"__repr__", autoRepr}}},
};

// ---- mappingproxy: __members__, a read-only view of a dict ----

Value proxied(const Value &self)
{
    return *std::static_pointer_cast<Value>(self.as<InstanceObject>()->payload);
}

Value proxyGetItem(Interpreter &in, const Value &self, CallArgs &a)
{
    return in.getItem(proxied(self), a.pos.at(0));
}

Value proxyIter(Interpreter &in, const Value &self, CallArgs &)
{
    return in.getIter(proxied(self));
}

Value proxyLen(Interpreter &in, const Value &self, CallArgs &)
{
    return Value::fromInt(in.length(proxied(self)));
}

Value proxyContains(Interpreter &in, const Value &self, CallArgs &a)
{
    return Value::fromBool(in.contains(proxied(self), a.pos.at(0)));
}

Value proxyRepr(Interpreter &in, const Value &self, CallArgs &)
{
    return makeStr(QStringLiteral("mappingproxy(%1)").arg(in.repr(proxied(self))));
}

Value proxyStr(Interpreter &in, const Value &self, CallArgs &)
{
    return makeStr(in.str(proxied(self)));
}

// keys(), values(), items(), get() and copy(): the dict's own.
template<const char *Name> Value proxyMethod(Interpreter &in, const Value &self, CallArgs &a)
{
    return in.call(in.getAttr(proxied(self), QString::fromLatin1(Name)), a);
}

constexpr char kKeys[] = "keys";
constexpr char kValues[] = "values";
constexpr char kItems[] = "items";
constexpr char kGet[] = "get";
constexpr char kCopy[] = "copy";

Value mappingProxy(const Value &proxyClass, const Value &dict)
{
    auto *inst = new InstanceObject(proxyClass);
    Value proxy(inst);
    inst->payload = std::make_shared<Value>(dict);
    return proxy;
}

Value makeMappingProxyClass(Interpreter &in)
{
    const NativeMethodDef methods[] = {
        {"__getitem__", proxyGetItem},   {"__iter__", proxyIter},          {"__len__", proxyLen},
        {"__contains__", proxyContains}, {"__repr__", proxyRepr},          {"__str__", proxyStr},
        {"keys", proxyMethod<kKeys>},    {"values", proxyMethod<kValues>}, {"items", proxyMethod<kItems>},
        {"get", proxyMethod<kGet>},      {"copy", proxyMethod<kCopy>},
    };
    // a builtin type's repr: <class 'mappingproxy'>
    return makeNativeClass(in, QStringLiteral("mappingproxy"), QString(), in.tObject, nullptr, methods);
}

Value unique(Interpreter &in, const Value &, CallArgs &a)
{
    if (a.pos.size() != 1 || !a.kw.empty() || !memberMap(a.pos[0]))
        in.raiseTypeError(QStringLiteral("unique() takes an enumeration"));
    const Value cls = a.pos[0];
    QStringList duplicates;
    for (const auto &e : memberMap(cls)->table.entries())
        if (e.live && strOf(e.key) != memberNameText(in, e.value))
            duplicates << strOf(e.key) + QStringLiteral(" -> ") + memberNameText(in, e.value);
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
        const Value proxyCls = makeMappingProxyClass(in);
        mod->attrs.insert(QStringLiteral("MappingProxyType"), proxyCls);
        const Value enumCls = mod->attrs.value(QStringLiteral("Enum"));
        auto &base = classOf(enumCls);
        base.meta = mod->attrs.value(QStringLiteral("EnumType"));
        base.onSubclass = makeMembers;
        base.onBodyAssign = bodyAssign;
        base.dataDescriptors = true;
        // name and value of every member, _name_ and _value_ of an int or str one
        Value propertyCls = in.makeClass(QStringLiteral("property"), {in.tObject});
        classOf(propertyCls).attrs.insert(QStringLiteral("__module__"), makeStr(QStringLiteral("enum")));
        const NativeMethodDef propertyMethods[] = {
            {"__get__", propertyGet}, {"__set__", propertySet}, {"__delete__", propertyDelete}};
        for (const NativeMethodDef &m : propertyMethods)
            classOf(propertyCls)
                .attrs.insert(QString::fromLatin1(m.name), in.makeMethod(QString::fromLatin1(m.name), m.fn));
        for (const char *attr : {"name", "value", "_name_", "_value_"}) {
            auto *p = new InstanceObject(propertyCls);
            Value pv(p);
            p->attrs.insert(QStringLiteral("name"), makeStr(QString::fromLatin1(attr)));
            base.attrs.insert(QString::fromLatin1(attr), pv);
        }
        base.attrs.insert(QStringLiteral("_generate_next_value_"),
                          in.makeBuiltin(QStringLiteral("_generate_next_value_"), nextValue));
        // a class derived from Enum made here, as a class statement would make it
        auto derived = [&](const char *name, std::vector<Value> bases,
                           std::initializer_list<std::pair<const char *, NativeMethod>> methods) {
            Value cls = in.makeClass(QString::fromLatin1(name), std::move(bases));
            ClassObject &c = classOf(cls);
            c.attrs.insert(QStringLiteral("__module__"), makeStr(QStringLiteral("enum")));
            inheritEnumType(c, base);
            for (const auto &[method, fn] : methods)
                c.attrs.insert(QString::fromLatin1(method), in.makeMethod(QString::fromLatin1(method), fn));
            mod->attrs.insert(QString::fromLatin1(name), cls);
            return cls;
        };
        const Value reprEnum =
            derived("ReprEnum", {enumCls}, {{"__str__", valueStr}, {"__format__", valueFormat}});
        derived("IntEnum", {in.tInt, reprEnum}, {});
        const Value strEnum = derived("StrEnum", {in.tStr, reprEnum}, {});
        const Value flag = derived("Flag", {enumCls},
                                   {{"__or__", flagOr},
                                    {"__and__", flagAnd},
                                    {"__xor__", flagXor},
                                    {"__ror__", flagOr},
                                    {"__rand__", flagAnd},
                                    {"__rxor__", flagXor},
                                    {"__invert__", flagInvert},
                                    {"__contains__", flagContains},
                                    {"__iter__", flagIter},
                                    {"__len__", flagLen},
                                    {"__bool__", flagBool}});
        const Value intFlag = derived("IntFlag", {in.tInt, reprEnum, flag}, {});
        classOf(strEnum).attrs.insert(QStringLiteral("_generate_next_value_"),
                                      in.makeBuiltin(QStringLiteral("_generate_next_value_"), lowerName));
        const Value bitGenerator = in.makeBuiltin(QStringLiteral("_generate_next_value_"), nextBit);
        classOf(flag).attrs.insert(QStringLiteral("_generate_next_value_"), bitGenerator);
        classOf(intFlag).attrs.insert(QStringLiteral("_generate_next_value_"), bitGenerator);
        for (const char *name : {"Enum", "ReprEnum", "IntEnum", "StrEnum", "Flag", "IntFlag"}) {
            ClassObject &c = classOf(mod->attrs.value(QString::fromLatin1(name)));
            Value map(new DictObject());
            c.attrs.insert(QStringLiteral("_member_names_"), makeList());
            c.attrs.insert(QStringLiteral("_member_map_"), map);
            c.attrs.insert(QStringLiteral("_value2member_map_"), Value(new DictObject()));
            c.attrs.insert(QStringLiteral("__members__"), mappingProxy(proxyCls, map));
        }
        mod->attrs.insert(QStringLiteral("EnumMeta"), base.meta);
        mod->attrs.insert(QStringLiteral("unique"), in.makeBuiltin(QStringLiteral("unique"), unique));
        return modValue;
    });
}

} // namespace awaitscope::py
