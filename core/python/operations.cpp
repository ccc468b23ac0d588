// Python semantics of values: repr/str, truth, comparison, arithmetic, attributes, items and iteration.
#include "interpreter.h"

#include "bigint.h"
#include "bytesobject.h"
#include "setops.h"
#include "slices.h"
#include "smallints.h"

#include <QCoreApplication>
#include <QSet>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <optional>
#include <string_view>

namespace awaitscope::py {

QString baseExceptionStr(Interpreter &in, const InstanceObject &exc); // exceptions.cpp

namespace {

QString floatRepr(double d)
{
    if (std::isnan(d))
        return QStringLiteral("nan");
    if (std::isinf(d))
        return d > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
    std::string s(buf, res.ptr);
    bool neg = false;
    if (!s.empty() && s[0] == '-') {
        neg = true;
        s.erase(0, 1);
    }
    const size_t e = s.find('e');
    std::string mant = s.substr(0, e);
    const int exp = std::atoi(s.c_str() + e + 1);
    std::string digits;
    for (char c : mant)
        if (c != '.')
            digits += c;
    std::string out;
    if (exp >= -5 + 1 - 0 && exp < 16 && exp >= -4) {
        if (exp >= 0) {
            std::string intPart, frac;
            if (int(digits.size()) <= exp + 1) {
                intPart = digits + std::string(size_t(exp + 1 - int(digits.size())), '0');
                frac = "0";
            } else {
                intPart = digits.substr(0, size_t(exp + 1));
                frac = digits.substr(size_t(exp + 1));
            }
            out = intPart + "." + frac;
        } else {
            out = "0." + std::string(size_t(-exp - 1), '0') + digits;
        }
    } else {
        out = digits.substr(0, 1);
        if (digits.size() > 1)
            out += "." + digits.substr(1);
        char eb[16];
        std::snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', std::abs(exp));
        out += eb;
    }
    if (neg)
        out.insert(0, "-");
    return QString::fromLatin1(out.c_str());
}

} // namespace

QString Interpreter::escapedCodePoint(char32_t cp)
{
    if (cp < 0x100)
        return QStringLiteral("\\x%1").arg(uint(cp), 2, 16, QLatin1Char('0'));
    if (cp < 0x10000)
        return QStringLiteral("\\u%1").arg(uint(cp), 4, 16, QLatin1Char('0'));
    return QStringLiteral("\\U%1").arg(uint(cp), 8, 16, QLatin1Char('0'));
}

namespace {

QString strRepr(const QString &s)
{
    const bool useDouble = s.contains(u'\'') && !s.contains(u'"');
    const QChar q = useDouble ? u'"' : u'\'';
    QString out;
    out.reserve(s.size() + 2);
    out += q;
    // As unicode_repr: what Py_UNICODE_ISPRINTABLE rejects (controls, format characters, separators other
    // than the space, unassigned and private-use code points, lone surrogates) is escaped.
    auto printable = [](char32_t cp) {
        if (cp == u' ')
            return true;
        switch (QChar::category(cp)) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Other_Surrogate:
        case QChar::Other_PrivateUse:
        case QChar::Other_NotAssigned:
        case QChar::Separator_Space:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            return false;
        default:
            return true;
        }
    };
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c.unicode() >= 0x80) {
            char32_t cp = c.unicode();
            qsizetype units = 1;
            if (c.isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
                cp = QChar::surrogateToUcs4(c, s[i + 1]);
                units = 2;
            }
            out += printable(cp) ? s.mid(i, units) : Interpreter::escapedCodePoint(cp);
            i += units - 1;
            continue;
        }
        switch (c.unicode()) {
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        default:
            if (c == q)
                out += QStringLiteral("\\") + c;
            else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += q;
    return out;
}

bool checkedMul(int64_t a, int64_t b, int64_t &r)
{
    return !__builtin_mul_overflow(a, b, &r);
}

const std::vector<Value> *seqItems(const Value &v)
{
    if (auto *l = v.as<ListObject>(); l && l->kind == ObjKind::List)
        return &l->items;
    if (v.isObj() && v.obj()->kind == ObjKind::Tuple)
        return &v.as<TupleObject>()->items;
    return nullptr;
}

// An int of any size, a bool or a float.
bool isNumeric(const Value &v)
{
    return v.isNumber() || isBigInt(v);
}

// Python's order of two numbers, exact between ints and floats as in CPython (2**53 + 1 > 2.0**53):
// -1, 0 or 1, or 2 when a NaN leaves them unordered.
int compareNumbers(const Value &a, const Value &b)
{
    if (a.isFloat() && b.isFloat()) {
        const double x = a.asFloat(), y = b.asFloat();
        return x < y ? -1 : x > y ? 1 : x == y ? 0 : 2;
    }
    if (a.isFloat())
        return std::isnan(a.asFloat()) ? 2 : -intCompareDouble(b, a.asFloat());
    if (b.isFloat())
        return std::isnan(b.asFloat()) ? 2 : intCompareDouble(a, b.asFloat());
    return intCompare(a, b);
}

bool orderHolds(Op op, int c)
{
    if (c == 2)
        return false;
    if (op == Op::Lt)
        return c < 0;
    if (op == Op::LtE)
        return c <= 0;
    if (op == Op::Gt)
        return c > 0;
    return c >= 0;
}

// Doubles for float arithmetic with an int operand (OverflowError for ints beyond a float's range).
double numberToDouble(Interpreter &in, const Value &v)
{
    return isBigInt(v) ? intToDouble(in, v) : v.toDouble();
}

thread_local QSet<const void *> t_reprActive;
thread_local int t_nesting = 0;

} // namespace

ReprGuard::ReprGuard(const void *object)
    : m_object(object)
    , m_entered(!t_reprActive.contains(object))
{
    if (m_entered)
        t_reprActive.insert(object);
}

ReprGuard::~ReprGuard()
{
    if (m_entered)
        t_reprActive.remove(m_object);
}

NestingGuard::NestingGuard(Interpreter &in, const char *what, int hiddenCalls)
{
    // The stack check: sanitizer builds and small thread stacks run out sooner.
    if (++t_nesting + in.callDepth() + hiddenCalls > in.limits.maxRecursion ||
        Interpreter::stackNearlyFull()) {
        --t_nesting;
        in.raiseError(QStringLiteral("RecursionError"),
                      QStringLiteral("maximum recursion depth exceeded %1").arg(QLatin1String(what)));
    }
}

NestingGuard::~NestingGuard()
{
    --t_nesting;
}

QString formatFloatRepr(double d)
{
    return floatRepr(d);
}

QString formatStringRepr(const QString &s)
{
    return strRepr(s);
}

// ---------------- types ----------------

namespace {

// An int or str of a native subclass (an IntEnum or StrEnum member): its class is asked before the
// builtin operations.
bool ofNativeSubclass(const Value &v)
{
    return v.intSubclass() || (isKind(v, ObjKind::Str) && v.obj()->strSubclass);
}

} // namespace

Value Interpreter::typeOf(const Value &v)
{
    switch (v.tag()) {
    case Value::Tag::None:
        return tNone;
    case Value::Tag::Bool:
        return tBool;
    case Value::Tag::Int:
        return v.intSubclass() ? m_nativeSubclasses[v.intSubclass()] : tInt;
    case Value::Tag::Float:
        return tFloat;
    case Value::Tag::Obj:
        break;
    }
    switch (v.obj()->kind) {
    case ObjKind::Str:
        return v.obj()->strSubclass ? m_nativeSubclasses[v.obj()->strSubclass] : tStr;
    case ObjKind::List:
        return tList;
    case ObjKind::Tuple:
        return v.as<TupleObject>()->subclass.isNone() ? tTuple : v.as<TupleObject>()->subclass;
    case ObjKind::Dict:
        return v.as<DictObject>()->subclass.isNone() ? tDict : v.as<DictObject>()->subclass;
    case ObjKind::Set:
        return v.as<SetObject>()->frozen ? tFrozenSet : tSet;
    case ObjKind::Class:
        return v.as<ClassObject>()->meta.isNone() ? tType : v.as<ClassObject>()->meta;
    case ObjKind::Instance:
        return v.as<InstanceObject>()->cls;
    case ObjKind::Function:
        return tFunction;
    case ObjKind::Builtin:
        return tBuiltinFunction;
    case ObjKind::BoundMethod:
        return tMethod;
    case ObjKind::Module:
        return tModule;
    case ObjKind::Range:
        return tRange;
    case ObjKind::Iterator:
        return iteratorType(v.as<IteratorObject>()->typeName);
    case ObjKind::Coroutine:
        return tCoroutine;
    case ObjKind::Generator:
        return v.as<GeneratorObject>()->isAsync ? tAsyncGenerator : tGenerator;
    case ObjKind::Slice:
        return tSlice;
    case ObjKind::Scope:
    case ObjKind::Native:
        return tScope;
    case ObjKind::BigInt:
        return tInt;
    case ObjKind::Bytes:
        return v.as<BytesObject>()->mutableArray ? tBytearray : tBytes;
    }
    return tObject;
}

QString Interpreter::typeName(const Value &v)
{
    if (auto *it = v.as<IteratorObject>(); it && it->kind == ObjKind::Iterator)
        return it->typeName;
    return typeOf(v).as<ClassObject>()->name;
}

bool Interpreter::isInstance(const Value &v, const Value &cls)
{
    if (auto *t = cls.as<TupleObject>(); t && t->kind == ObjKind::Tuple) {
        for (const Value &c : t->items)
            if (isInstance(v, c))
                return true;
        return false;
    }
    auto *c = cls.as<ClassObject>();
    if (auto *inst = cls.as<InstanceObject>(); inst && inst->kind == ObjKind::Instance) {
        // typing's aliases (List, Optional[int] ...) answer for themselves
        if (const Value *check = inst->klass()->lookup(QStringLiteral("__instancecheck__")))
            return truthy(call(*check, {cls, v}));
    }
    if (!c || c->kind != ObjKind::Class)
        raiseTypeError(QStringLiteral("isinstance() arg 2 must be a type, a tuple of types, or a union"));
    return typeOf(v).as<ClassObject>()->isSubclassOf(c);
}

// ---------------- repr / str ----------------

QString Interpreter::qualifiedName(const ClassObject *c)
{
    if (c->attrs.contains(QStringLiteral("__module__")))
        return str(c->attrs.value(QStringLiteral("__module__"))) + u'.' + c->name;
    return c->isBuiltin ? c->name : QStringLiteral("__main__.") + c->name;
}

QString Interpreter::repr(const Value &v)
{
    if (const Value *r = subclassMethod(v, QStringLiteral("__repr__")))
        return str(call(*r, {v}));
    switch (v.tag()) {
    case Value::Tag::None:
        return QStringLiteral("None");
    case Value::Tag::Bool:
        return v.asBool() ? QStringLiteral("True") : QStringLiteral("False");
    case Value::Tag::Int:
        return QString::number(v.asInt());
    case Value::Tag::Float:
        return floatRepr(v.asFloat());
    case Value::Tag::Obj:
        break;
    }
    Object *o = v.obj();
    switch (o->kind) {
    case ObjKind::Str:
        return strRepr(strOf(v));
    case ObjKind::BigInt:
        return intToString(*this, v);
    case ObjKind::Bytes:
        return bytesRepr(bytesOf(v), v.as<BytesObject>()->mutableArray);
    case ObjKind::List:
    case ObjKind::Tuple:
    case ObjKind::Set:
    case ObjKind::Dict: {
        NestingGuard nesting(*this, "while getting the repr of an object");
        const ReprGuard guard(o);
        if (!guard.entered())
            return o->kind == ObjKind::List   ? QStringLiteral("[...]")
                   : o->kind == ObjKind::Dict ? QStringLiteral("{...}")
                                              : QStringLiteral("(...)");
        // A repr can be far larger than its object (a tuple of 2**28 shared halves): the text is held to the
        // string length limit as it grows, and each item is a step, so Stop and the step limit reach it.
        QStringList parts;
        int64_t length = 0;
        auto add = [&](QString part) {
            countStep();
            length += part.size() + 2;
            checkStringLength(length);
            parts << std::move(part);
        };
        if (o->kind == ObjKind::Dict) {
            for (const auto &e : v.as<DictObject>()->table.entries())
                if (e.live)
                    add(repr(e.key) + QStringLiteral(": ") + repr(e.value));
            return u'{' + parts.join(QStringLiteral(", ")) + u'}';
        }
        if (o->kind == ObjKind::Set) {
            for (const Value &key : v.as<SetObject>()->table)
                add(repr(key));
            const bool frozen = v.as<SetObject>()->frozen;
            if (parts.isEmpty())
                return frozen ? QStringLiteral("frozenset()") : QStringLiteral("set()");
            const QString items = u'{' + parts.join(QStringLiteral(", ")) + u'}';
            return frozen ? QStringLiteral("frozenset(") + items + u')' : items;
        }
        for (const Value &e : *seqItems(v))
            add(repr(e));
        if (o->kind == ObjKind::List)
            return u'[' + parts.join(QStringLiteral(", ")) + u']';
        if (parts.size() == 1)
            return u'(' + parts[0] + QStringLiteral(",)");
        return u'(' + parts.join(QStringLiteral(", ")) + u')';
    }
    case ObjKind::Class: {
        auto *c = v.as<ClassObject>();
        if (const Value *m = metaMethod(v, QStringLiteral("__repr__")))
            return str(call(*m, {v}));
        return QStringLiteral("<class '%1'>").arg(qualifiedName(c));
    }
    case ObjKind::Instance: {
        auto *inst = v.as<InstanceObject>();
        ClassObject *c = inst->klass();
        if (const Value *r = c->lookup(QStringLiteral("__repr__")); r && !r->as<BuiltinObject>()) {
            Value s = call(*r, {v});
            if (!isKind(s, ObjKind::Str))
                raiseTypeError(QStringLiteral("__repr__ returned non-string (type %1)").arg(typeName(s)));
            return strOf(s);
        } else if (r && r->as<BuiltinObject>()) {
            return str(call(*r, {v}));
        }
        if (c->isException) {
            auto *args = inst->args.as<TupleObject>();
            QStringList parts;
            if (args)
                for (const Value &a : args->items)
                    parts << repr(a);
            return c->name + u'(' + parts.join(QStringLiteral(", ")) + u')';
        }
        // object.__repr__: the class's own __module__ (a native module's class sets it), else __main__.
        const QString module = c->attrs.contains(QStringLiteral("__module__"))
                                   ? str(c->attrs.value(QStringLiteral("__module__")))
                                   : QStringLiteral("__main__");
        return QStringLiteral("<%1.%2 object at 0x%3>").arg(module, c->name).arg(quintptr(o), 0, 16);
    }
    case ObjKind::Function: {
        auto *fn = v.as<FunctionObject>();
        return QStringLiteral("<function %1 at 0x%2>").arg(fn->qualname).arg(quintptr(o), 0, 16);
    }
    case ObjKind::Builtin: {
        auto *b = v.as<BuiltinObject>();
        if (!b->self.isNone())
            return QStringLiteral("<built-in method %1 of %2 object at 0x%3>")
                .arg(b->name, typeName(b->self))
                .arg(quintptr(b->self.obj()), 0, 16);
        return QStringLiteral("<built-in function %1>").arg(b->name);
    }
    case ObjKind::BoundMethod: {
        auto *m = v.as<BoundMethodObject>();
        QString fname =
            m->function.as<FunctionObject>() ? m->function.as<FunctionObject>()->qualname : QString();
        return QStringLiteral("<bound method %1 of %2>").arg(fname, repr(m->self));
    }
    case ObjKind::Module:
        if (auto *m = v.as<ModuleObject>(); !m->file.isEmpty())
            return QStringLiteral("<module '%1' from '%2'>").arg(m->name, m->file);
        else
            return QStringLiteral("<module '%1'>").arg(m->name);
    case ObjKind::Range: {
        auto *r = v.as<RangeObject>();
        if (r->step == 1)
            return QStringLiteral("range(%1, %2)").arg(r->start).arg(r->stop);
        return QStringLiteral("range(%1, %2, %3)").arg(r->start).arg(r->stop).arg(r->step);
    }
    case ObjKind::Coroutine: {
        auto *c = static_cast<CoroutineObject *>(o);
        return QStringLiteral("<coroutine object %1 at 0x%2>")
            .arg(c->qualname.isEmpty() ? c->name : c->qualname)
            .arg(quintptr(o), 0, 16);
    }
    case ObjKind::Generator: {
        auto *g = static_cast<GeneratorObject *>(o);
        return QStringLiteral("<%1 object %2 at 0x%3>")
            .arg(g->isAsync ? QStringLiteral("async_generator") : QStringLiteral("generator"), g->qualname)
            .arg(quintptr(o), 0, 16);
    }
    case ObjKind::Slice: {
        auto *s = v.as<SliceObject>();
        return QStringLiteral("slice(%1, %2, %3)").arg(repr(s->lower), repr(s->upper), repr(s->step));
    }
    case ObjKind::Iterator:
        return QStringLiteral("<%1 object at 0x%2>")
            .arg(v.as<IteratorObject>()->typeName)
            .arg(quintptr(o), 0, 16);
    default:
        break;
    }
    return QStringLiteral("<object at 0x%1>").arg(quintptr(o), 0, 16);
}

QString Interpreter::str(const Value &v)
{
    // an int or str of a native subclass: its class's __str__ (an enum's)
    if (ofNativeSubclass(v))
        if (const Value *m = subclassMethod(v, QStringLiteral("__str__"))) {
            Value s = call(*m, {v});
            if (!isKind(s, ObjKind::Str))
                raiseTypeError(QStringLiteral("__str__ returned non-string (type %1)").arg(typeName(s)));
            return strOf(s);
        }
    if (auto *s = v.as<StrObject>(); s && s->kind == ObjKind::Str)
        return s->value;
    if (auto *inst = v.as<InstanceObject>(); inst && inst->kind == ObjKind::Instance) {
        ClassObject *c = inst->klass();
        if (const Value *m = c->lookup(QStringLiteral("__str__"))) {
            Value s = call(*m, {v});
            if (!isKind(s, ObjKind::Str))
                raiseTypeError(QStringLiteral("__str__ returned non-string (type %1)").arg(typeName(s)));
            return strOf(s);
        }
        if (c->isException) {
            if (c->lookup(QStringLiteral("__repr__")) &&
                !c->lookup(QStringLiteral("__repr__"))->as<BuiltinObject>())
                return repr(v);
            // KeyError.__str__: the key's repr
            if (auto *args = inst->args.as<TupleObject>();
                args && args->items.size() == 1 &&
                c->isSubclassOf(exceptionClass(QStringLiteral("KeyError")).as<ClassObject>()))
                return repr(args->items[0]);
            return baseExceptionStr(*this, *inst);
        }
    }
    // a subclass of a builtin type (a namedtuple, a list subclass) with a __str__ of its own
    if (const Value *m = subclassMethod(v, QStringLiteral("__str__")); m && !m->as<BuiltinObject>()) {
        Value s = call(*m, {v});
        if (!isKind(s, ObjKind::Str))
            raiseTypeError(QStringLiteral("__str__ returned non-string (type %1)").arg(typeName(s)));
        return strOf(s);
    }
    return repr(v);
}

bool Interpreter::objectTruthy(const Value &v)
{
    switch (v.tag()) {
    case Value::Tag::None:
        return false;
    case Value::Tag::Bool:
    case Value::Tag::Int:
        return v.asInt() != 0;
    case Value::Tag::Float:
        return v.asFloat() != 0.0;
    case Value::Tag::Obj:
        break;
    }
    switch (v.obj()->kind) {
    case ObjKind::Str:
        return !strOf(v).isEmpty();
    case ObjKind::Bytes:
        return !bytesOf(v).isEmpty();
    case ObjKind::List:
        return !v.as<ListObject>()->items.empty();
    case ObjKind::Tuple:
        return !v.as<TupleObject>()->items.empty();
    case ObjKind::Dict:
        return v.as<DictObject>()->table.size() > 0;
    case ObjKind::Set:
        return v.as<SetObject>()->table.size() > 0;
    case ObjKind::Range:
        return v.as<RangeObject>()->length() > 0;
    case ObjKind::Instance: {
        ClassObject *c = v.as<InstanceObject>()->klass();
        if (const Value *m = c->lookup(QStringLiteral("__bool__")))
            return truthy(call(*m, {v}));
        if (const Value *m = c->lookup(QStringLiteral("__len__")))
            return truthy(call(*m, {v}));
        return true;
    }
    default:
        return true;
    }
}

// ---------------- comparison ----------------

namespace {

// An instance of a class (not a builtin value, class or function).
bool isClassInstance(const Value &v)
{
    const auto *inst = v.as<InstanceObject>();
    return inst && inst->kind == ObjKind::Instance;
}

// self.METHOD(other) for `method`, one of self's class's methods, unless there is none or it answers
// NotImplemented: then nullopt, and the other operand is asked next.
std::optional<Value> askMethod(Interpreter &in, const Value *method, const Value &self, const Value &other)
{
    if (!method)
        return std::nullopt;
    Value answer = in.call(*method, {self, other});
    if (answer.identical(in.builtin(QStringLiteral("NotImplemented"))))
        return std::nullopt;
    return answer;
}

// How a rich comparison asks an operand: self.METHOD(other), when self is an instance whose class has METHOD.
std::optional<bool> askOperand(Interpreter &in, const Value &self, const QString &method, const Value &other)
{
    if (!isClassInstance(self))
        return std::nullopt;
    const std::optional<Value> answer =
        askMethod(in, self.as<InstanceObject>()->klass()->lookup(method), self, other);
    return answer ? std::optional<bool>(in.truthy(*answer)) : std::nullopt;
}

} // namespace

bool Interpreter::equals(const Value &a, const Value &b)
{
    // a.__eq__(b), else b.__eq__(a), else identity for two instances.
    if (isClassInstance(a) || isClassInstance(b)) {
        if (const auto answer = askOperand(*this, a, QStringLiteral("__eq__"), b))
            return *answer;
        if (const auto answer = askOperand(*this, b, QStringLiteral("__eq__"), a))
            return *answer;
        if (isClassInstance(a) && isClassInstance(b))
            return a.identical(b);
    }
    const auto *sa = seqItems(a);
    const auto *sb = seqItems(b);
    if (sa && sb && a.obj()->kind == b.obj()->kind) {
        NestingGuard nesting(*this, "in comparison", 0);
        if (sa->size() != sb->size())
            return false;
        for (size_t i = 0; i < sa->size(); ++i)
            if (!(*sa)[i].identical((*sb)[i]) && !equals((*sa)[i], (*sb)[i]))
                return false;
        return true;
    }
    return valuesEqual(a, b);
}

namespace {

template<typename T> int threeWay(const T &x, const T &y)
{
    return x < y ? -1 : (y < x ? 1 : 0);
}

// a < b, a <= b, a > b or a >= b as CPython decides it: numbers, strings, bytes, sets and sequences by
// value; other objects by a's method for OP, else b's reflected one (a > b asks b.__lt__(a)); a TypeError
// that names OP and the two types in their order.
bool ordered(Interpreter &in, Op op, const Value &a, const Value &b)
{
    if (a.isIntLike() && b.isIntLike())
        return orderHolds(op, threeWay(a.asInt(), b.asInt()));
    if (isNumeric(a) && isNumeric(b))
        return orderHolds(op, compareNumbers(a, b));
    if (isKind(a, ObjKind::Str) && isKind(b, ObjKind::Str))
        return orderHolds(op, threeWay(strOf(a), strOf(b)));
    if (isKind(a, ObjKind::Bytes) && isKind(b, ObjKind::Bytes))
        return orderHolds(op, threeWay(bytesOf(a), bytesOf(b)));
    if (isKind(a, ObjKind::Set) && isKind(b, ObjKind::Set)) {
        auto subset = [](const Value &x, const Value &y) {
            return x.as<SetObject>()->table.isSubsetOf(y.as<SetObject>()->table);
        };
        const int64_t na = a.as<SetObject>()->table.size(), nb = b.as<SetObject>()->table.size();
        if (op == Op::LtE)
            return subset(a, b);
        if (op == Op::Lt)
            return na < nb && subset(a, b);
        if (op == Op::GtE)
            return subset(b, a);
        return na > nb && subset(b, a);
    }
    const auto *sa = seqItems(a);
    const auto *sb = seqItems(b);
    if (sa && sb && a.obj()->kind == b.obj()->kind) {
        NestingGuard nesting(in, "in comparison", 0);
        const size_t n = std::min(sa->size(), sb->size());
        for (size_t i = 0; i < n; ++i) {
            if ((*sa)[i].identical((*sb)[i]) || in.equals((*sa)[i], (*sb)[i]))
                continue;
            return ordered(in, op, (*sa)[i], (*sb)[i]);
        }
        return orderHolds(op, threeWay(sa->size(), sb->size()));
    }
    // a's method for OP, else b's reflected one, asked when a has none or returns NotImplemented.
    const OpMethods &methods = opMethods(op);
    if (const auto answer = askOperand(in, a, methods.own, b))
        return *answer;
    if (const auto answer = askOperand(in, b, methods.reflected, a))
        return *answer;
    in.raiseTypeError(QStringLiteral("'%1' not supported between instances of '%2' and '%3'")
                          .arg(opSymbol(op), in.typeName(a), in.typeName(b)));
}

} // namespace

Value Interpreter::compare(Op op, const Value &a, const Value &b)
{
    if (op == Op::Eq)
        return Value::fromBool(equals(a, b));
    if (op == Op::NotEq)
        return Value::fromBool(!equals(a, b));
    if (op == Op::Is)
        return Value::fromBool(a.identical(b));
    if (op == Op::IsNot)
        return Value::fromBool(!a.identical(b));
    if (op == Op::In)
        return Value::fromBool(contains(b, a));
    if (op == Op::NotIn)
        return Value::fromBool(!contains(b, a));
    return Value::fromBool(ordered(*this, op, a, b));
}

bool Interpreter::less(const Value &a, const Value &b)
{
    return ordered(*this, Op::Lt, a, b);
}

int64_t Interpreter::hashCheck(const Value &v)
{
    if (!isHashable(v))
        raiseTypeError(QStringLiteral("unhashable type: '%1'").arg(typeName(v)));
    return pythonHash(v);
}

bool Interpreter::contains(const Value &c, const Value &item)
{
    if (const Value *m = metaMethod(c, QStringLiteral("__contains__")))
        return truthy(call(*m, {c, item}));
    if (const Value *m = subclassMethod(c, QStringLiteral("__contains__")))
        return truthy(call(*m, {c, item}));
    if (c.isObj()) {
        switch (c.obj()->kind) {
        case ObjKind::Str:
            if (!isKind(item, ObjKind::Str))
                raiseTypeError(QStringLiteral("'in <string>' requires string as left operand, not %1")
                                   .arg(typeName(item)));
            return strOf(c).contains(strOf(item));
        case ObjKind::Bytes:
            return bytesContains(*this, c, item);
        case ObjKind::List:
        case ObjKind::Tuple:
            for (const Value &e : *seqItems(c))
                if (e.identical(item) || equals(e, item))
                    return true;
            return false;
        case ObjKind::Dict:
            hashCheck(item);
            return c.as<DictObject>()->table.contains(item);
        case ObjKind::Set: {
            const Value key = setLookupKey(*this, item);
            return c.as<SetObject>()->table.containsHashed(key, hashCheck(key));
        }
        case ObjKind::Range: {
            auto *r = c.as<RangeObject>();
            if (!item.isIntLike())
                return false;
            const int64_t x = item.asInt();
            if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop))
                return false;
            return (x - r->start) % r->step == 0;
        }
        case ObjKind::Instance:
            if (const Value *m = c.as<InstanceObject>()->klass()->lookup(QStringLiteral("__contains__")))
                return truthy(call(*m, {c, item}));
            break;
        default:
            break;
        }
    }
    Value it = getIter(c);
    Value x;
    while (next(it, x))
        if (equals(x, item))
            return true;
    return false;
}

// ---------------- arithmetic ----------------

Value Interpreter::unaryOp(Op op, const Value &v)
{
    // an int of a native subclass asks its class first (~ of an IntFlag member)
    if (v.intSubclass())
        if (const Value *m = subclassMethod(v, opMethods(op).own))
            return call(*m, {v});
    if (v.isIntLike()) {
        const int64_t x = v.asInt();
        if (op == Op::USub) {
            if (x == INT64_MIN)
                return bigUnaryOp(*this, op, v);
            return Value::fromInt(-x);
        }
        if (op == Op::UAdd)
            return Value::fromInt(x);
        if (op == Op::Invert)
            return Value::fromInt(~x);
    }
    if (isBigInt(v))
        return bigUnaryOp(*this, op, v);
    if (v.isFloat()) {
        if (op == Op::USub)
            return Value::fromFloat(-v.asFloat());
        if (op == Op::UAdd)
            return v;
    }
    if (auto *inst = v.as<InstanceObject>(); inst && inst->kind == ObjKind::Instance) {
        if (const Value *m = inst->klass()->lookup(opMethods(op).own))
            return call(*m, {v});
    }
    raiseTypeError(QStringLiteral("bad operand type for unary %1: '%2'").arg(opSymbol(op), typeName(v)));
}

Value Interpreter::binaryOp(Op op, const Value &a, const Value &b, bool inplace)
{
    // The classes' methods, as CPython's binary_op1 asks them: a.__iop__(b) first for a OP= b, then
    // a.__op__(b), then b.__rop__(a) when b is of another type (first, when b's class is a subclass of a's
    // that defines it). A method that returns NotImplemented passes the question on.
    auto askClasses = [&]() -> std::optional<Value> {
        const OpMethods &methods = opMethods(op);
        auto methodOfClass = [this](const Value &v, const QString &name) -> const Value * {
            if (name.isEmpty())
                return nullptr;
            if (isClassInstance(v))
                return v.as<InstanceObject>()->klass()->lookup(name);
            return subclassOf(v) ? subclassMethod(v, name) : nullptr;
        };
        if (inplace)
            if (auto answer = askMethod(*this, methodOfClass(a, methods.inplace), a, b))
                return answer;
        const Value typeA = typeOf(a);
        const Value typeB = typeOf(b);
        const Value *reflected = typeA.identical(typeB) ? nullptr : methodOfClass(b, methods.reflected);
        const auto *classA = typeA.as<ClassObject>();
        const auto *classB = typeB.as<ClassObject>();
        const bool subclassFirst = reflected && classA && classB && classB->isSubclassOf(classA);
        if (subclassFirst)
            if (auto answer = askMethod(*this, reflected, b, a))
                return answer;
        if (auto answer = askMethod(*this, methodOfClass(a, methods.own), a, b))
            return answer;
        if (!subclassFirst)
            if (auto answer = askMethod(*this, reflected, b, a))
                return answer;
        return std::nullopt;
    };
    // An int or str of a native subclass asks its class before the builtin operation (an IntFlag member's |
    // makes a member); other values only when the builtin operations do not apply.
    const bool nativeSubclassFirst = ofNativeSubclass(a) || ofNativeSubclass(b);
    if (nativeSubclassFirst)
        if (auto answer = askClasses())
            return *answer;
    if (a.isIntLike() && b.isIntLike()) {
        // 64-bit immediates; a result that does not fit goes to the big-int path (bigint.cpp)
        const int64_t x = a.asInt(), y = b.asInt();
        if (a.isBool() && b.isBool() && (op == Op::BitAnd || op == Op::BitOr || op == Op::BitXor))
            return Value::fromBool(op == Op::BitAnd ? (x & y) : op == Op::BitOr ? (x | y) : (x ^ y));
        int64_t r = 0;
        if (smallIntOp(op, x, y, r))
            return Value::fromInt(r);
        // what smallIntOp leaves: overflows, errors, negative divisors, long shifts, / and **
        if (op == Op::Add || op == Op::Sub || op == Op::Mul)
            return bigBinaryOp(*this, op, a, b);
        if (op == Op::Div) {
            if (y == 0)
                raiseError(QStringLiteral("ZeroDivisionError"), QStringLiteral("division by zero"));
            // exact in doubles up to 2**53; beyond, the quotient is rounded once as CPython does
            constexpr int64_t exact = int64_t(1) << 53;
            if (x < -exact || x > exact || y < -exact || y > exact)
                return bigBinaryOp(*this, op, a, b);
            return Value::fromFloat(double(x) / double(y));
        }
        if (op == Op::FloorDiv) {
            if (y == 0)
                raiseError(QStringLiteral("ZeroDivisionError"),
                           QStringLiteral("integer division or modulo by zero"));
            if (x == INT64_MIN && y == -1)
                return bigBinaryOp(*this, op, a, b);
            return Value::fromInt(floorDiv(x, y));
        }
        if (op == Op::Mod) {
            if (y == 0)
                raiseError(QStringLiteral("ZeroDivisionError"), QStringLiteral("integer modulo by zero"));
            if (y == -1)
                return Value::fromInt(0);
            return Value::fromInt(floorMod(x, y));
        }
        if (op == Op::Pow) {
            if (y < 0) {
                if (x == 0)
                    raiseError(QStringLiteral("ZeroDivisionError"),
                               QStringLiteral("0.0 cannot be raised to a negative power"));
                return Value::fromFloat(std::pow(double(x), double(y)));
            }
            int64_t result = 1, base = x, e = y;
            while (e > 0) {
                if (e & 1)
                    if (!checkedMul(result, base, result))
                        return bigBinaryOp(*this, op, a, b);
                e >>= 1;
                if (e > 0 && !checkedMul(base, base, base))
                    return bigBinaryOp(*this, op, a, b);
            }
            return Value::fromInt(result);
        }
        if (op == Op::LShift || op == Op::RShift) {
            if (y < 0)
                raiseValueError(QStringLiteral("negative shift count"));
            if (x == 0)
                return Value::fromInt(0);
            return bigBinaryOp(*this, op, a, b); // a left shift past 64 bits
        }
    }
    if (isInteger(a) && isInteger(b) && (isBigInt(a) || isBigInt(b)))
        return bigBinaryOp(*this, op, a, b);
    if (isNumeric(a) && isNumeric(b) &&
        (op == Op::Add || op == Op::Sub || op == Op::Mul || op == Op::Div || op == Op::FloorDiv ||
         op == Op::Mod || op == Op::Pow)) {
        const double x = numberToDouble(*this, a), y = numberToDouble(*this, b);
        if (op == Op::Add)
            return Value::fromFloat(x + y);
        if (op == Op::Sub)
            return Value::fromFloat(x - y);
        if (op == Op::Mul)
            return Value::fromFloat(x * y);
        if (op == Op::Div) {
            if (y == 0)
                raiseError(QStringLiteral("ZeroDivisionError"), QStringLiteral("float division by zero"));
            return Value::fromFloat(x / y);
        }
        if (op == Op::FloorDiv) {
            if (y == 0)
                raiseError(QStringLiteral("ZeroDivisionError"),
                           QStringLiteral("float floor division by zero"));
            return Value::fromFloat(std::floor(x / y));
        }
        if (op == Op::Mod) {
            if (y == 0)
                raiseError(QStringLiteral("ZeroDivisionError"), QStringLiteral("float modulo"));
            double m = std::fmod(x, y);
            if (m != 0 && ((m < 0) != (y < 0)))
                m += y;
            return Value::fromFloat(m);
        }
        if (op == Op::Pow) {
            if (x == 0 && y < 0)
                raiseError(QStringLiteral("ZeroDivisionError"),
                           QStringLiteral("0.0 cannot be raised to a negative power"));
            const double r = std::pow(x, y);
            if (std::isinf(r) && std::isfinite(x) && std::isfinite(y))
                raiseError(QStringLiteral("OverflowError"),
                           QStringLiteral("(34, 'Numerical result out of range')"));
            return Value::fromFloat(r);
        }
    }
    if (isKind(a, ObjKind::Bytes) || isKind(b, ObjKind::Bytes)) {
        Value out;
        if (bytesBinaryOp(*this, op, inplace, a, b, out))
            return out;
    }
    if (a.isObj()) {
        const ObjKind ka = a.obj()->kind;
        if (ka == ObjKind::Str) {
            if (op == Op::Add && isKind(b, ObjKind::Str)) {
                checkStringLength(int64_t(strOf(a).size()) + strOf(b).size());
                return makeStr(strOf(a) + strOf(b));
            }
            if (op == Op::Mul && b.isIntLike()) {
                const int64_t n = std::max<int64_t>(0, b.asInt());
                // Divide rather than multiply: n * size overflows for large n.
                if (!strOf(a).isEmpty() && n > maxStringLength / strOf(a).size())
                    checkStringLength(maxStringLength + 1);
                checkStringLength(n * strOf(a).size());
                return makeStr(strOf(a).repeated(qsizetype(n)));
            }
            if (op == Op::Mod) {
                std::vector<Value> args;
                if (isKind(b, ObjKind::Tuple))
                    args = b.as<TupleObject>()->items;
                else
                    args.push_back(b);
                const QString &fmt = strOf(a);
                QString out;
                size_t ai = 0;
                bool usedKeys = false;
                for (int i = 0; i < fmt.size(); ++i) {
                    if (fmt[i] != u'%') {
                        out += fmt[i];
                        continue;
                    }
                    int j = i + 1;
                    // %(name)s takes the value from a mapping (logging's formats)
                    Value keyed;
                    bool hasKey = false;
                    if (j < fmt.size() && fmt[j] == u'(') {
                        const int close = int(fmt.indexOf(u')', j));
                        if (close < 0)
                            raiseValueError(QStringLiteral("incomplete format key"));
                        if (!isKind(b, ObjKind::Dict) && !b.as<InstanceObject>())
                            raiseTypeError(QStringLiteral("format requires a mapping"));
                        keyed = getItem(b, makeStr(fmt.mid(j + 1, close - j - 1)));
                        hasKey = usedKeys = true;
                        j = close + 1;
                    }
                    QString spec;
                    while (j < fmt.size() && QStringLiteral("0123456789.-+ #").contains(fmt[j]))
                        spec += fmt[j++];
                    if (j >= fmt.size())
                        raiseValueError(QStringLiteral("incomplete format"));
                    const QChar conv = fmt[j];
                    i = j;
                    if (conv == u'%') {
                        out += u'%';
                        continue;
                    }
                    if (!hasKey && ai >= args.size())
                        raiseTypeError(QStringLiteral("not enough arguments for format string"));
                    const Value &arg = hasKey ? keyed : args[ai++];
                    // printf-style flags map onto a format spec: '-' left-aligns, the default is right.
                    QString fspec = spec;
                    if (fspec.contains(u'-'))
                        fspec = u'<' + QString(fspec).remove(u'-');
                    else if (!fspec.isEmpty() && fspec[0] != u'0' && (fspec[0].isDigit()))
                        fspec = u'>' + fspec;
                    if (conv == u's')
                        out += format(makeStr(str(arg)), fspec);
                    else if (conv == u'r')
                        out += format(makeStr(repr(arg)), fspec);
                    else if (conv == u'd' || conv == u'i')
                        out +=
                            format(arg.isFloat() ? floatTruncToInt(*this, arg.asFloat()) : arg, fspec + u'd');
                    else
                        out += format(arg, fspec + conv);
                }
                if (ai < args.size() && !usedKeys && !(ai == 0 && isKind(b, ObjKind::Dict)))
                    raiseTypeError(QStringLiteral("not all arguments converted during string formatting"));
                return makeStr(out);
            }
        }
        if (isBigInt(b) && op == Op::Mul &&
            (ka == ObjKind::Str || ka == ObjKind::List || ka == ObjKind::Tuple || ka == ObjKind::Bytes))
            raiseError(QStringLiteral("OverflowError"),
                       QStringLiteral("cannot fit 'int' into an index-sized integer"));
        if (b.isIntLike() && op == Op::Mul && (ka == ObjKind::List || ka == ObjKind::Tuple)) {
            const auto &items = *seqItems(a);
            std::vector<Value> out;
            // An empty sequence repeats to itself (no loop of n rounds); divide so that n * size cannot
            // overflow.
            const int64_t n = items.empty() ? 0 : std::max<int64_t>(0, b.asInt());
            if (n > 0)
                expectElements(n > (int64_t(1) << 58) / int64_t(items.size()) ? (int64_t(1) << 58)
                                                                              : n * int64_t(items.size()));
            for (int64_t i = 0; i < n; ++i)
                out.insert(out.end(), items.begin(), items.end());
            return ka == ObjKind::List ? makeList(std::move(out)) : makeTuple(std::move(out));
        }
        if (op == Op::Add && ka == ObjKind::List && isKind(b, ObjKind::List)) {
            if (inplace) {
                auto *l = a.as<ListObject>();
                std::vector<Value> add = b.as<ListObject>()->items;
                for (Value &x : add)
                    l->append(x);
                return a;
            }
            std::vector<Value> out = a.as<ListObject>()->items;
            const auto &add = b.as<ListObject>()->items;
            out.insert(out.end(), add.begin(), add.end());
            return makeList(std::move(out));
        }
        if (op == Op::Add && ka == ObjKind::List && inplace) {
            auto *l = a.as<ListObject>();
            for (Value &x : toVector(b))
                l->append(x);
            return a;
        }
        if (op == Op::Add && ka == ObjKind::Tuple && isKind(b, ObjKind::Tuple)) {
            std::vector<Value> out = a.as<TupleObject>()->items;
            const auto &add = b.as<TupleObject>()->items;
            out.insert(out.end(), add.begin(), add.end());
            return makeTuple(std::move(out));
        }
        if (ka == ObjKind::Set && isKind(b, ObjKind::Set) &&
            (op == Op::BitOr || op == Op::BitAnd || op == Op::Sub || op == Op::BitXor))
            return setBinaryOp(*this, op, a, b, inplace);
        if (ka == ObjKind::Dict && isKind(b, ObjKind::Dict) && op == Op::BitOr) {
            auto *r = inplace ? a.as<DictObject>() : new DictObject();
            Value rv(r);
            if (!inplace)
                for (const auto &e : a.as<DictObject>()->table.entries())
                    if (e.live)
                        r->set(e.key, e.value);
            for (const auto &e : b.as<DictObject>()->table.entries())
                if (e.live)
                    r->set(e.key, e.value);
            return rv;
        }
    }
    if (!nativeSubclassFirst)
        if (auto answer = askClasses())
            return *answer;
    if (b.isIntLike() && op == Op::Mul && (isKind(b, ObjKind::Str)))
        return binaryOp(op, b, a);
    if (isInteger(a) && op == Op::Mul &&
        (isKind(b, ObjKind::Str) || isKind(b, ObjKind::List) || isKind(b, ObjKind::Tuple)))
        return binaryOp(op, b, a);
    if (op == Op::Add && isKind(a, ObjKind::Str))
        raiseTypeError(QStringLiteral("can only concatenate str (not \"%1\") to str").arg(typeName(b)));
    if (op == Op::Add && isKind(a, ObjKind::List))
        raiseTypeError(QStringLiteral("can only concatenate list (not \"%1\") to list").arg(typeName(b)));
    if (op == Op::BitOr)
        if (std::optional<Value> u = unionOf(a, b)) // `int | None`
            return *u;
    raiseTypeError(QStringLiteral("unsupported operand type(s) for %1: '%2' and '%3'")
                       .arg(inplace ? opSymbol(op) + u'=' : opSymbol(op), typeName(a), typeName(b)));
}

// ---------------- attributes ----------------

const Value *Interpreter::descriptorMethod(const Value &attr, const QString &name)
{
    auto *d = attr.as<InstanceObject>();
    return d && d->kind == ObjKind::Instance ? d->klass()->lookup(name) : nullptr;
}

bool Interpreter::isDataDescriptor(const Value &v)
{
    return descriptorMethod(v, QStringLiteral("__set__")) ||
           descriptorMethod(v, QStringLiteral("__delete__"));
}

namespace {

// The class, `cls` or one of its bases, whose own attributes hold `name` (ClassObject::lookup's order).
Value definingClass(const Value &cls, const QString &name)
{
    auto *c = cls.as<ClassObject>();
    if (c->attrs.contains(name))
        return cls;
    for (const Value &b : c->bases)
        if (b.as<ClassObject>()->lookup(name))
            return definingClass(b, name);
    return cls;
}

// The data descriptor (a property) class `c` has for `name`, which wins over an instance's own attribute.
const Value *dataDescriptorOf(const ClassObject *c, const QString &name)
{
    if (!c->dataDescriptors)
        return nullptr;
    const Value *m = c->lookup(name);
    return m && Interpreter::isDataDescriptor(*m) ? m : nullptr;
}

} // namespace

Value Interpreter::getAttr(const Value &obj, const QString &name)
{
    if (obj.isObj()) {
        Object *o = obj.obj();
        switch (o->kind) {
        case ObjKind::Instance: {
            auto *inst = static_cast<InstanceObject *>(o);
            // a data descriptor of the class (a property) before the instance's own attributes
            if (const Value *d = dataDescriptorOf(inst->klass(), name))
                if (const Value *get = descriptorMethod(*d, QStringLiteral("__get__")))
                    return call(*get, {*d, obj, inst->cls});
            auto it = inst->attrs.constFind(name);
            if (it != inst->attrs.constEnd())
                return it.value();
            ClassObject *c = inst->klass();
            if (c->isException) {
                if (name == u"args")
                    return inst->args;
                if (name == u"__cause__")
                    return inst->cause;
                if (name == u"__context__")
                    return inst->context;
                if (name == u"__suppress_context__")
                    return Value::fromBool(inst->suppressContext);
                if (name == u"__traceback__")
                    return Value();
                if (name == u"value" &&
                    c->isSubclassOf(exceptionClass(QStringLiteral("StopIteration")).as<ClassObject>())) {
                    auto *args = inst->args.as<TupleObject>();
                    return args && !args->items.empty() ? args->items[0] : Value();
                }
                // SystemExit.code: its one argument, None without, the tuple with more
                if (name == u"code" &&
                    c->isSubclassOf(exceptionClass(QStringLiteral("SystemExit")).as<ClassObject>())) {
                    auto *args = inst->args.as<TupleObject>();
                    if (!args || args->items.empty())
                        return Value();
                    return args->items.size() == 1 ? args->items[0] : inst->args;
                }
            }
            if (name == u"__class__")
                return inst->cls;
            if (name == u"__dict__") {
                auto *d = new DictObject();
                Value dv(d);
                for (auto a = inst->attrs.cbegin(); a != inst->attrs.cend(); ++a)
                    d->set(makeStr(a.key()), a.value());
                return dv;
            }
            if (const Value *m = c->lookup(name)) {
                if (m->as<FunctionObject>() && m->obj()->kind == ObjKind::Function)
                    return Value(new BoundMethodObject(obj, *m));
                if (auto *b = m->as<BuiltinObject>(); b && b->isMethod) {
                    auto *bound = new BuiltinObject(b->name, b->fn, obj);
                    bound->isMethod = true;
                    return Value(bound);
                }
                if (auto *bm = m->as<ClassObject>(); bm && bm->kind == ObjKind::Class && name == u"__class__")
                    return *m;
                // a descriptor stored on the class (functools.cached_property, lru_cache on a method)
                if (const Value *get = descriptorMethod(*m, QStringLiteral("__get__")))
                    return call(*get, {*m, obj, inst->cls});
                return *m;
            }
            if (const Value *ga = c->lookup(QStringLiteral("__getattr__")))
                return call(*ga, {obj, makeStr(name)});
            raiseError(QStringLiteral("AttributeError"),
                       QStringLiteral("'%1' object has no attribute '%2'").arg(c->name, name));
        }
        case ObjKind::Class: {
            auto *c = static_cast<ClassObject *>(o);
            if (const Value *m = c->lookup(name)) {
                // a descriptor read from the class: __get__(None, cls) (a staticmethod's function, a
                // classmethod bound to the class, a property itself)
                if (const Value *get = descriptorMethod(*m, QStringLiteral("__get__")))
                    return call(*get, {*m, Value(), obj});
                // a native method read unbound: it remembers the class that defines it (call() checks self)
                if (auto *b = m->as<BuiltinObject>(); b && b->kind == ObjKind::Builtin && b->isMethod &&
                                                      b->self.isNone() && b->owner.isNone()) {
                    auto *unbound = new BuiltinObject(b->name, b->fn);
                    unbound->isMethod = true;
                    unbound->owner = definingClass(obj, name);
                    return Value(unbound);
                }
                return *m;
            }
            if (name == u"__name__" || name == u"__qualname__")
                return makeStr(c->name);
            // A class that names no module: a built-in type's is builtins; the program's own classes are of
            // __main__ (an imported module's classes name theirs).
            if (name == u"__module__")
                return makeStr(c->isBuiltin ? QStringLiteral("builtins") : QStringLiteral("__main__"));
            if (name == u"__bases__")
                return makeTuple(c->bases);
            if (name == u"__dict__" && !c->isBuiltin) {
                // a program's class's own attributes, raw (descriptors not called); a copy where CPython
                // gives a read-only mappingproxy, in no particular order (built-in classes have none here)
                auto *d = new DictObject();
                Value dv(d);
                QStringList keys = c->attrs.keys();
                keys.sort();
                for (const QString &k : std::as_const(keys))
                    d->set(makeStr(k), c->attrs.value(k));
                return dv;
            }
            if (name == u"__mro__") {
                std::vector<Value> mro{obj};
                for (Value b = c->bases.empty() ? Value() : c->bases[0]; b.as<ClassObject>();
                     b = b.as<ClassObject>()->bases.empty() ? Value() : b.as<ClassObject>()->bases[0])
                    mro.push_back(b);
                return makeTuple(std::move(mro));
            }
            raiseError(QStringLiteral("AttributeError"),
                       QStringLiteral("type object '%1' has no attribute '%2'").arg(c->name, name));
        }
        case ObjKind::Module: {
            auto *m = static_cast<ModuleObject *>(o);
            if (const Value *a = m->attr(name))
                return *a;
            if (name == u"__name__")
                return makeStr(m->name);
            raiseError(QStringLiteral("AttributeError"),
                       QStringLiteral("module '%1' has no attribute '%2' (or Awaitscope does not provide it)")
                           .arg(m->name, name));
        }
        case ObjKind::Function: {
            auto *fn = static_cast<FunctionObject *>(o);
            if (name == u"__name__")
                return makeStr(fn->name());
            if (name == u"__qualname__")
                return makeStr(fn->qualname);
            auto it = fn->attrs.constFind(name);
            if (it != fn->attrs.constEnd() && name != u"__class__")
                return it.value();
            if (name == u"__doc__")
                return fn->docstring();
            if (name == u"__module__")
                return makeStr(fn->info && fn->info->file ? fn->info->file->module
                                                          : QStringLiteral("__main__"));
            if (name == u"__annotations__") { // made on first use when the def annotates nothing
                Value annotations(new DictObject());
                fn->attrs.insert(name, annotations);
                return annotations;
            }
            if (name == u"__dict__") {
                auto *d = new DictObject();
                Value dv(d);
                for (auto a = fn->attrs.cbegin(); a != fn->attrs.cend(); ++a)
                    if (a.key() != u"__class__" && a.key() != u"__name__" && a.key() != u"__doc__" &&
                        a.key() != u"__module__" && a.key() != u"__annotations__")
                        d->set(makeStr(a.key()), a.value());
                return dv;
            }
            break;
        }
        case ObjKind::Builtin:
            if (name == u"__name__" || name == u"__qualname__")
                return makeStr(static_cast<BuiltinObject *>(o)->name);
            break;
        case ObjKind::BoundMethod:
            if (name == u"__self__")
                return static_cast<BoundMethodObject *>(o)->self;
            if (name == u"__func__")
                return static_cast<BoundMethodObject *>(o)->function;
            return getAttr(static_cast<BoundMethodObject *>(o)->function, name);
        case ObjKind::Coroutine:
            if (name == u"__name__")
                return makeStr(static_cast<CoroutineObject *>(o)->name);
            if (name == u"__qualname__") {
                auto *c = static_cast<CoroutineObject *>(o);
                return makeStr(c->qualname.isEmpty() ? c->name : c->qualname);
            }
            break;
        case ObjKind::Generator: {
            auto *g = static_cast<GeneratorObject *>(o);
            if (name == u"__name__")
                return makeStr(g->name);
            if (name == u"__qualname__")
                return makeStr(g->qualname);
            if (name == u"gi_running" || name == u"ag_running")
                return Value::fromBool(g->state == GeneratorObject::State::Running);
            break;
        }
        case ObjKind::Range: {
            auto *r = static_cast<RangeObject *>(o);
            if (name == u"start")
                return Value::fromInt(r->start);
            if (name == u"stop")
                return Value::fromInt(r->stop);
            if (name == u"step")
                return Value::fromInt(r->step);
            break;
        }
        default:
            break;
        }
    }
    if (name == u"__class__")
        return typeOf(obj);
    if (const Value *sm = subclassMethod(obj, name)) {
        if (auto *fn = sm->as<FunctionObject>(); fn && fn->kind == ObjKind::Function)
            return Value(new BoundMethodObject(obj, *sm));
        if (auto *b = sm->as<BuiltinObject>(); b && b->kind == ObjKind::Builtin && b->isMethod) {
            auto *bound = new BuiltinObject(b->name, b->fn, obj);
            bound->isMethod = true;
            return Value(bound);
        }
        if (const Value *get = descriptorMethod(*sm, QStringLiteral("__get__")))
            return call(*get, {*sm, obj, typeOf(obj)});
        return *sm;
    }
    Value m = methodOf(obj, name);
    if (!m.isNone())
        return m;
    if (obj.isFloat() || isInteger(obj)) {
        if (name == u"real")
            return obj.plainInt();
        if (name == u"imag")
            return obj.isFloat() ? Value::fromFloat(0) : Value::fromInt(0);
    }
    raiseError(QStringLiteral("AttributeError"),
               QStringLiteral("'%1' object has no attribute '%2'").arg(typeName(obj), name));
}

bool Interpreter::hasAttr(const Value &obj, const QString &name)
{
    try {
        getAttr(obj, name);
        return true;
    } catch (const PyException &e) {
        if (isInstance(e.exc, exceptionClass(QStringLiteral("AttributeError"))))
            return false;
        throw;
    }
}

void Interpreter::setAttr(const Value &obj, const QString &name, const Value &v)
{
    if (auto *inst = obj.as<InstanceObject>(); inst && inst->kind == ObjKind::Instance) {
        // a native __setattr__ (a frozen dataclass refuses assignments)
        if (const Value *sa = inst->klass()->lookup(QStringLiteral("__setattr__"));
            sa && sa->as<BuiltinObject>() && sa->obj()->kind == ObjKind::Builtin) {
            call(*sa, {obj, makeStr(name), v});
            return;
        }
        if (const Value *d = dataDescriptorOf(inst->klass(), name)) {
            const Value *set = descriptorMethod(*d, QStringLiteral("__set__"));
            if (!set)
                raiseError(QStringLiteral("AttributeError"), QStringLiteral("__set__"));
            call(*set, {*d, obj, v});
            return;
        }
        if (inst->klass()->isException) {
            if (name == u"__cause__") {
                inst->cause = v;
                inst->suppressContext = true;
                return;
            }
            if (name == u"__context__") {
                inst->context = v;
                return;
            }
            if (name == u"args") {
                inst->args = makeTuple(toVector(v));
                return;
            }
        }
        if (inst->klass()->isBuiltin && inst->payload)
            raiseError(
                QStringLiteral("AttributeError"),
                QStringLiteral("'%1' object attribute '%2' is read-only").arg(inst->klass()->name, name));
        inst->attrs.insert(name, v);
        return;
    }
    if (auto *c = obj.as<ClassObject>(); c && c->kind == ObjKind::Class && !c->isBuiltin) {
        // a native metaclass's __setattr__ refuses what it must (EnumType: a member); what it lets through
        // is assigned as type's own __setattr__ does
        if (const Value *m = metaMethod(obj, QStringLiteral("__setattr__")))
            call(*m, {obj, makeStr(name), v});
        c->attrs.insert(name, v);
        if (isDataDescriptor(v))
            c->dataDescriptors = true; // (subclasses made before this do not learn it)
        return;
    }
    if (auto *fn = obj.as<FunctionObject>(); fn && fn->kind == ObjKind::Function) {
        if (name == u"__name__" || name == u"__qualname__") {
            if (!isKind(v, ObjKind::Str))
                raiseTypeError(QStringLiteral("%1 must be set to a string object").arg(name));
            if (name == u"__qualname__") {
                fn->qualname = strOf(v);
                return;
            }
        }
        if (name == u"__dict__") {
            auto *d = v.as<DictObject>();
            if (!d || d->kind != ObjKind::Dict)
                raiseTypeError(
                    QStringLiteral("__dict__ must be set to a dictionary, not a '%1'").arg(typeName(v)));
            for (const auto &e : d->table.entries())
                if (e.live && isKind(e.key, ObjKind::Str))
                    fn->attrs.insert(strOf(e.key), e.value);
            return;
        }
        fn->attrs.insert(name, v);
        return;
    }
    if (auto *m = obj.as<ModuleObject>()) {
        if (auto *scope = m->globals.as<ScopeObject>())
            scope->vars.insert(name, v);
        else
            m->attrs.insert(name, v);
        return;
    }
    // a data descriptor of the class (an enum member's name), else a namedtuple's field, which is read-only
    if (const Value *field = subclassMethod(obj, name); field && field->as<InstanceObject>()) {
        if (const Value *set = descriptorMethod(*field, QStringLiteral("__set__"))) {
            call(*set, {*field, obj, v});
            return;
        }
        raiseError(QStringLiteral("AttributeError"), QStringLiteral("can't set attribute"));
    }
    raiseError(QStringLiteral("AttributeError"),
               QStringLiteral("'%1' object has no attribute '%2'").arg(typeName(obj), name));
}

// `del obj.name` and delattr(): the class's __delattr__, a data descriptor's __delete__ (a property's
// deleter), else the attribute itself (of an instance, a program's class, a module, a function).
void Interpreter::delAttr(const Value &obj, const QString &name)
{
    auto *inst = obj.as<InstanceObject>();
    if (inst && inst->kind == ObjKind::Instance) {
        if (const Value *da = inst->klass()->lookup(QStringLiteral("__delattr__"))) {
            call(*da, {obj, makeStr(name)});
            return;
        }
        if (const Value *d = dataDescriptorOf(inst->klass(), name)) {
            const Value *del = descriptorMethod(*d, QStringLiteral("__delete__"));
            if (!del)
                raiseError(QStringLiteral("AttributeError"), QStringLiteral("__delete__"));
            call(*del, {*d, obj});
            return;
        }
        if (!inst->attrs.remove(name))
            raiseError(QStringLiteral("AttributeError"),
                       QStringLiteral("'%1' object has no attribute '%2'").arg(inst->klass()->name, name));
        return;
    }
    if (auto *c = obj.as<ClassObject>(); c && c->kind == ObjKind::Class && !c->isBuiltin) {
        if (const Value *m = metaMethod(obj, QStringLiteral("__delattr__")))
            call(*m, {obj, makeStr(name)});
        if (!c->attrs.remove(name))
            raiseError(QStringLiteral("AttributeError"),
                       QStringLiteral("type object '%1' has no attribute '%2'").arg(c->name, name));
        return;
    }
    if (auto *m = obj.as<ModuleObject>()) {
        const bool removed = m->globals.as<ScopeObject>()
                                 ? m->globals.as<ScopeObject>()->vars.remove(name) > 0
                                 : m->attrs.remove(name) > 0;
        if (!removed)
            raiseError(QStringLiteral("AttributeError"),
                       QStringLiteral("module '%1' has no attribute '%2'").arg(m->name, name));
        return;
    }
    if (auto *fn = obj.as<FunctionObject>(); fn && fn->kind == ObjKind::Function && fn->attrs.remove(name))
        return;
    raiseError(QStringLiteral("AttributeError"),
               QStringLiteral("'%1' object has no attribute '%2'").arg(typeName(obj), name));
}

// ---------------- items ----------------

int64_t Interpreter::toIndex(const Value &v, const char *what)
{
    if (v.isIntLike())
        return v.asInt();
    if (isBigInt(v)) {
        // CPython: an IndexError for a subscript, an OverflowError for other sizes
        const std::string_view w(what);
        if (w == "list" || w == "tuple" || w == "str" || w == "range" || w == "slice")
            raiseError(QStringLiteral("IndexError"),
                       QStringLiteral("cannot fit 'int' into an index-sized integer"));
        raiseError(QStringLiteral("OverflowError"),
                   QStringLiteral("Python int too large to convert to C ssize_t"));
    }
    raiseTypeError(QStringLiteral("%1 indices must be integers or slices, not %2")
                       .arg(QLatin1String(what), typeName(v)));
}

void sliceIndices(Interpreter &in, SliceObject *s, int64_t len, int64_t &start, int64_t &stop, int64_t &step)
{
    // slice bounds beyond 64 bits are clamped, as CPython clamps them to its ssize_t
    auto index = [&in](const Value &v) {
        if (isBigInt(v))
            return intIsNegative(v) ? -INT64_MAX : INT64_MAX;
        return in.toIndex(v, "slice");
    };
    step = s->step.isNone() ? 1 : index(s->step);
    if (step == 0)
        in.raiseValueError(QStringLiteral("slice step cannot be zero"));
    auto adjust = [&](const Value &v, int64_t dflt, bool isStart) {
        if (v.isNone())
            return dflt;
        int64_t x = index(v);
        if (x < 0) {
            x += len;
            if (x < 0)
                x = step < 0 ? -1 : 0;
        } else if (x >= len) {
            x = step < 0 ? len - 1 : len;
        }
        Q_UNUSED(isStart);
        return x;
    };
    start = adjust(s->lower, step < 0 ? len - 1 : 0, true);
    stop = adjust(s->upper, step < 0 ? -1 : len, false);
}

Value Interpreter::getItem(const Value &obj, const Value &index)
{
    if (const Value *m = metaMethod(obj, QStringLiteral("__getitem__")))
        return call(*m, {obj, index});
    if (obj.isObj()) {
        Object *o = obj.obj();
        switch (o->kind) {
        case ObjKind::List:
        case ObjKind::Tuple:
        case ObjKind::Str: {
            const bool isStr = o->kind == ObjKind::Str;
            const int64_t len = isStr ? strOf(obj).size() : int64_t(seqItems(obj)->size());
            if (auto *s = index.as<SliceObject>(); s && s->kind == ObjKind::Slice) {
                int64_t start, stop, step;
                sliceIndices(*this, s, len, start, stop, step);
                if (isStr) {
                    QString out;
                    const QString &src = strOf(obj);
                    for (int64_t i = start; step > 0 ? i < stop : i > stop; i += step)
                        out += src.at(qsizetype(i));
                    return makeStr(out);
                }
                std::vector<Value> out;
                const auto &items = *seqItems(obj);
                for (int64_t i = start; step > 0 ? i < stop : i > stop; i += step)
                    out.push_back(items[size_t(i)]);
                return o->kind == ObjKind::List ? makeList(std::move(out)) : makeTuple(std::move(out));
            }
            const char *what = o->kind == ObjKind::List    ? "list"
                               : o->kind == ObjKind::Tuple ? "tuple"
                                                           : "string";
            int64_t i = toIndex(index, what);
            if (i < 0)
                i += len;
            if (i < 0 || i >= len)
                raiseError(QStringLiteral("IndexError"),
                           QStringLiteral("%1 index out of range").arg(QLatin1String(what)));
            if (isStr)
                return makeStr(QString(strOf(obj).at(qsizetype(i))));
            return (*seqItems(obj))[size_t(i)];
        }
        case ObjKind::Dict: {
            hashCheck(index);
            if (const Value *v = static_cast<DictObject *>(o)->table.find(index))
                return *v;
            if (const Value *missing = subclassMethod(obj, QStringLiteral("__missing__")))
                return call(*missing, {obj, index});
            raise(newException(builtin(QStringLiteral("KeyError")), {index}));
        }
        case ObjKind::Bytes:
            return bytesGetItem(*this, obj, index);
        case ObjKind::Range: {
            auto *r = static_cast<RangeObject *>(o);
            int64_t i = toIndex(index, "range");
            const int64_t len = r->length();
            if (i < 0)
                i += len;
            if (i < 0 || i >= len)
                raiseError(QStringLiteral("IndexError"), QStringLiteral("range object index out of range"));
            return Value::fromInt(r->start + i * r->step);
        }
        case ObjKind::Instance:
            if (const Value *m =
                    static_cast<InstanceObject *>(o)->klass()->lookup(QStringLiteral("__getitem__")))
                return call(*m, {obj, index});
            break;
        case ObjKind::Class:
            return classGetItem(obj, index); // list[int], asyncio.Queue[int], a __class_getitem__
        default:
            break;
        }
    }
    raiseTypeError(QStringLiteral("'%1' object is not subscriptable").arg(typeName(obj)));
}

void Interpreter::setItem(const Value &obj, const Value &index, const Value &v)
{
    if (auto *l = obj.as<ListObject>(); l && l->kind == ObjKind::List) {
        if (auto *s = index.as<SliceObject>(); s && s->kind == ObjKind::Slice) {
            int64_t start, stop, step;
            sliceIndices(*this, s, int64_t(l->items.size()), start, stop, step);
            std::vector<Value> repl = toVector(v);
            if (step != 1) {
                // an extended slice: one item for each index it selects (list_ass_subscript)
                const int64_t count = sliceLength(start, stop, step);
                if (int64_t(repl.size()) != count)
                    raiseValueError(
                        QStringLiteral("attempt to assign sequence of size %1 to extended slice of "
                                       "size %2")
                            .arg(repl.size())
                            .arg(count));
                for (int64_t i = 0; i < count; ++i)
                    l->items[size_t(start + i * step)] = repl[size_t(i)];
                return;
            }
            if (stop < start)
                stop = start;
            l->items.erase(l->items.begin() + start, l->items.begin() + stop);
            l->items.insert(l->items.begin() + start, repl.begin(), repl.end());
            return;
        }
        int64_t i = toIndex(index, "list");
        const int64_t len = int64_t(l->items.size());
        if (i < 0)
            i += len;
        if (i < 0 || i >= len)
            raiseError(QStringLiteral("IndexError"), QStringLiteral("list assignment index out of range"));
        l->items[size_t(i)] = v;
        return;
    }
    if (auto *d = obj.as<DictObject>(); d && d->kind == ObjKind::Dict) {
        hashCheck(index);
        d->set(index, v);
        return;
    }
    if (isKind(obj, ObjKind::Bytes)) {
        bytesSetItem(*this, obj, index, v);
        return;
    }
    if (auto *inst = obj.as<InstanceObject>(); inst && inst->kind == ObjKind::Instance) {
        if (const Value *m = inst->klass()->lookup(QStringLiteral("__setitem__"))) {
            call(*m, {obj, index, v});
            return;
        }
    }
    raiseTypeError(QStringLiteral("'%1' object does not support item assignment").arg(typeName(obj)));
}

void Interpreter::delItem(const Value &obj, const Value &index)
{
    if (auto *l = obj.as<ListObject>(); l && l->kind == ObjKind::List) {
        if (auto *s = index.as<SliceObject>(); s && s->kind == ObjKind::Slice) {
            int64_t start, stop, step;
            sliceIndices(*this, s, int64_t(l->items.size()), start, stop, step);
            if (step == 1) {
                if (stop > start)
                    l->items.erase(l->items.begin() + start, l->items.begin() + stop);
                return;
            }
            // an extended slice: the items it selects go, the others close up in order
            const int64_t count = sliceLength(start, stop, step);
            std::vector<bool> gone(l->items.size(), false);
            for (int64_t i = 0; i < count; ++i)
                gone[size_t(start + i * step)] = true;
            std::vector<Value> kept;
            kept.reserve(l->items.size() - size_t(count));
            for (size_t i = 0; i < l->items.size(); ++i)
                if (!gone[i])
                    kept.push_back(std::move(l->items[i]));
            l->items.swap(kept);
            return;
        }
        int64_t i = toIndex(index, "list");
        const int64_t len = int64_t(l->items.size());
        if (i < 0)
            i += len;
        if (i < 0 || i >= len)
            raiseError(QStringLiteral("IndexError"), QStringLiteral("list assignment index out of range"));
        l->items.erase(l->items.begin() + i);
        return;
    }
    if (auto *d = obj.as<DictObject>(); d && d->kind == ObjKind::Dict) {
        hashCheck(index);
        if (!d->table.remove(index))
            raise(newException(builtin(QStringLiteral("KeyError")), {index}));
        if (Heap *h = Heap::current())
            h->release(1);
        return;
    }
    if (isKind(obj, ObjKind::Bytes)) {
        bytesDelItem(*this, obj, index);
        return;
    }
    raiseTypeError(QStringLiteral("'%1' object does not support item deletion").arg(typeName(obj)));
}

// ---------------- iteration ----------------

const Value *Interpreter::metaMethod(const Value &v, const QString &name) const
{
    auto *c = v.as<ClassObject>();
    if (!c || c->meta.isNone())
        return nullptr;
    return c->meta.as<ClassObject>()->lookup(name);
}

ClassObject *Interpreter::subclassOf(const Value &v) const
{
    if (v.intSubclass())
        return m_nativeSubclasses[v.intSubclass()].as<ClassObject>();
    if (!v.isObj())
        return nullptr;
    if (v.obj()->kind == ObjKind::Dict)
        return v.as<DictObject>()->subclass.as<ClassObject>();
    if (v.obj()->kind == ObjKind::Tuple)
        return v.as<TupleObject>()->subclass.as<ClassObject>();
    if (v.obj()->kind == ObjKind::Str && v.obj()->strSubclass)
        return m_nativeSubclasses[v.obj()->strSubclass].as<ClassObject>();
    return nullptr;
}

uint16_t Interpreter::nativeSubclassNumber(const Value &cls)
{
    auto *c = cls.as<ClassObject>();
    if (!c->nativeSubclassNumber) {
        if (m_nativeSubclasses.empty())
            m_nativeSubclasses.emplace_back(); // number 0: none
        if (m_nativeSubclasses.size() > UINT16_MAX)
            raiseError(QStringLiteral("RuntimeError"),
                       QStringLiteral("not supported: more than %1 int and str enum classes in one run")
                           .arg(UINT16_MAX));
        c->nativeSubclassNumber = uint16_t(m_nativeSubclasses.size());
        m_nativeSubclasses.push_back(cls);
    }
    return c->nativeSubclassNumber;
}

Value Interpreter::intOfSubclass(int64_t i, const Value &cls)
{
    return Value::fromInt(i, nativeSubclassNumber(cls));
}

Value Interpreter::strOfSubclass(const QString &s, const Value &cls)
{
    Value v = makeStr(s);
    v.obj()->strSubclass = nativeSubclassNumber(cls);
    return v;
}

const Value *Interpreter::subclassMethod(const Value &v, const QString &name) const
{
    ClassObject *c = subclassOf(v);
    return c ? c->lookup(name) : nullptr;
}

Value Interpreter::getIter(const Value &v)
{
    if (const Value *m = metaMethod(v, QStringLiteral("__iter__")))
        return call(*m, {v});
    if (const Value *m = subclassMethod(v, QStringLiteral("__iter__")))
        return call(*m, {v});
    if (v.isObj()) {
        Object *o = v.obj();
        switch (o->kind) {
        case ObjKind::List: {
            auto *l = static_cast<ListObject *>(o);
            auto i = std::make_shared<size_t>(0);
            return Value(new IteratorObject(
                QStringLiteral("list_iterator"),
                [l, i](Interpreter &, Value &out) {
                    if (*i >= l->items.size())
                        return false;
                    out = l->items[(*i)++];
                    return true;
                },
                v));
        }
        case ObjKind::Tuple: {
            auto *t = static_cast<TupleObject *>(o);
            auto i = std::make_shared<size_t>(0);
            return Value(new IteratorObject(
                QStringLiteral("tuple_iterator"),
                [t, i](Interpreter &, Value &out) {
                    if (*i >= t->items.size())
                        return false;
                    out = t->items[(*i)++];
                    return true;
                },
                v));
        }
        case ObjKind::Str: {
            auto i = std::make_shared<qsizetype>(0);
            QString s = strOf(v);
            // CPython 3.11 iterates an all-ASCII string with an iterator of its own.
            const bool ascii = std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() < 128; });
            return Value(new IteratorObject(ascii ? QStringLiteral("str_ascii_iterator")
                                                  : QStringLiteral("str_iterator"),
                                            [s, i](Interpreter &, Value &out) {
                                                if (*i >= s.size())
                                                    return false;
                                                out = makeStr(QString(s.at((*i)++)));
                                                return true;
                                            }));
        }
        case ObjKind::Dict:
        case ObjKind::Set:
            return dictIter(v, DictPart::Keys);
        case ObjKind::Range: {
            auto *r = static_cast<RangeObject *>(o);
            auto cur = std::make_shared<int64_t>(r->start);
            const int64_t stop = r->stop, stepv = r->step;
            return Value(new IteratorObject(QStringLiteral("range_iterator"),
                                            [cur, stop, stepv](Interpreter &, Value &out) {
                                                if (stepv > 0 ? *cur >= stop : *cur <= stop)
                                                    return false;
                                                out = Value::fromInt(*cur);
                                                *cur += stepv;
                                                return true;
                                            }));
        }
        case ObjKind::Bytes:
            return bytesIter(v);
        case ObjKind::Iterator:
            return v;
        case ObjKind::Generator:
            if (static_cast<GeneratorObject *>(o)->isAsync)
                raiseTypeError(QStringLiteral("'async_generator' object is not iterable"));
            return v;
        case ObjKind::Instance: {
            ClassObject *c = static_cast<InstanceObject *>(o)->klass();
            if (const Value *m = c->lookup(QStringLiteral("__iter__")))
                return call(*m, {v});
            if (c->lookup(QStringLiteral("__getitem__"))) {
                auto i = std::make_shared<int64_t>(0);
                return Value(new IteratorObject(
                    QStringLiteral("iterator"),
                    [v, i](Interpreter &in, Value &out) {
                        try {
                            out = in.getItem(v, Value::fromInt((*i)++));
                            return true;
                        } catch (const PyException &e) {
                            if (in.isInstance(e.exc, in.exceptionClass(QStringLiteral("IndexError"))) ||
                                in.isInstance(e.exc, in.exceptionClass(QStringLiteral("StopIteration"))))
                                return false;
                            throw;
                        }
                    },
                    v));
            }
            break;
        }
        default:
            break;
        }
    }
    if (isKind(v, ObjKind::Coroutine))
        raiseTypeError(QStringLiteral("'coroutine' object is not iterable (did you forget 'await'?)"));
    raiseTypeError(QStringLiteral("'%1' object is not iterable").arg(typeName(v)));
}

bool Interpreter::next(const Value &iter, Value &out)
{
    if (auto *it = iter.as<IteratorObject>(); it && it->kind == ObjKind::Iterator) {
        // Builtins such as sum() and sorted() loop here without statements: count their iterations too.
        countStep();
        return it->next ? it->next(*this, out) : false;
    }
    if (auto *g = iter.as<GeneratorObject>(); g && !g->isAsync) {
        countStep();
        GeneratorStep step = resumeGenerator(g, Value(), Value());
        out = std::move(step.value);
        return step.yielded;
    }
    if (auto *inst = iter.as<InstanceObject>(); inst && inst->kind == ObjKind::Instance) {
        if (const Value *m = inst->klass()->lookup(QStringLiteral("__next__"))) {
            try {
                out = call(*m, {iter});
                return true;
            } catch (const PyException &e) {
                if (isInstance(e.exc, exceptionClass(QStringLiteral("StopIteration"))))
                    return false;
                throw;
            }
        }
    }
    raiseTypeError(QStringLiteral("'%1' object is not an iterator").arg(typeName(iter)));
}

std::vector<Value> Interpreter::toVector(const Value &v)
{
    if (const auto *items = seqItems(v))
        return *items;
    std::vector<Value> out;
    Value it = getIter(v);
    Value x;
    while (next(it, x)) {
        out.push_back(x);
        if (Heap *h = Heap::current(); h && (out.size() & 4095) == 0)
            h->work(4096);
    }
    return out;
}

int64_t Interpreter::length(const Value &v)
{
    if (const Value *m = metaMethod(v, QStringLiteral("__len__")))
        return call(*m, {v}).asInt();
    if (const Value *m = subclassMethod(v, QStringLiteral("__len__")))
        return call(*m, {v}).asInt();
    if (v.isObj()) {
        switch (v.obj()->kind) {
        case ObjKind::Str:
            return strOf(v).size();
        case ObjKind::Bytes:
            return bytesOf(v).size();
        case ObjKind::List:
            return int64_t(v.as<ListObject>()->items.size());
        case ObjKind::Tuple:
            return int64_t(v.as<TupleObject>()->items.size());
        case ObjKind::Dict:
            return v.as<DictObject>()->table.size();
        case ObjKind::Set:
            return v.as<SetObject>()->table.size();
        case ObjKind::Range:
            return v.as<RangeObject>()->length();
        case ObjKind::Instance:
            if (const Value *m = v.as<InstanceObject>()->klass()->lookup(QStringLiteral("__len__"))) {
                Value r = call(*m, {v});
                if (isBigInt(r))
                    raiseError(QStringLiteral("OverflowError"),
                               QStringLiteral("cannot fit 'int' into an index-sized integer"));
                if (!r.isIntLike())
                    raiseTypeError(
                        QStringLiteral("'%1' object cannot be interpreted as an integer").arg(typeName(r)));
                return r.asInt();
            }
            break;
        default:
            break;
        }
    }
    raiseTypeError(QStringLiteral("object of type '%1' has no len()").arg(typeName(v)));
}

bool Interpreter::exceptionMatches(const Value &exc, const Value &spec)
{
    if (auto *t = spec.as<TupleObject>(); t && t->kind == ObjKind::Tuple) {
        for (const Value &s : t->items)
            if (exceptionMatches(exc, s))
                return true;
        return false;
    }
    auto *c = spec.as<ClassObject>();
    if (!c || c->kind != ObjKind::Class || !c->isException)
        raiseTypeError(
            QStringLiteral("catching classes that do not inherit from BaseException is not allowed"));
    return isInstance(exc, spec);
}

} // namespace awaitscope::py
