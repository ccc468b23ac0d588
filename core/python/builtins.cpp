// Builtin functions, builtin types and the methods of str, list, dict, set and tuple.
#include "interpreter.h"

#include "bigint.h"
#include "setops.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

namespace awaitscope::py {

QString formatFloatRepr(double d);

Value Interpreter::makeBuiltin(const QString &name, BuiltinObject::Fn fn)
{
    return Value(new BuiltinObject(name, std::move(fn)));
}

Value Interpreter::makeMethod(const QString &name, BuiltinObject::Fn fn)
{
    auto *b = new BuiltinObject(name, std::move(fn));
    b->isMethod = true;
    return Value(b);
}

Value Interpreter::makeClass(const QString &name, std::vector<Value> bases, bool isBuiltin)
{
    auto *c = new ClassObject(name, std::move(bases));
    c->isBuiltin = isBuiltin;
    return Value(c);
}

Value Interpreter::iteratorType(const QString &name)
{
    if (name.isEmpty())
        return tIterator;
    auto it = m_iteratorTypes.find(name);
    if (it == m_iteratorTypes.end()) {
        // "itertools.count": the class count of the module itertools, <class 'itertools.count'>.
        const qsizetype dot = name.lastIndexOf(u'.');
        Value cls = makeClass(name.mid(dot + 1), {tObject});
        if (dot > 0)
            cls.as<ClassObject>()->attrs.insert(QStringLiteral("__module__"), makeStr(name.left(dot)));
        it = m_iteratorTypes.insert(name, cls);
    }
    return it.value();
}

Value Interpreter::argOr(CallArgs &a, size_t index, const char *kwName, const Value &dflt)
{
    if (index < a.pos.size())
        return a.pos[index];
    if (kwName)
        for (auto &[k, v] : a.kw)
            if (k == QLatin1String(kwName))
                return v;
    return dflt;
}

bool Interpreter::hasArg(CallArgs &a, size_t index, const char *kwName)
{
    if (index < a.pos.size())
        return true;
    if (kwName)
        for (auto &kv : a.kw)
            if (kv.first == QLatin1String(kwName))
                return true;
    return false;
}

void Interpreter::checkNoExtraArgs(CallArgs &a, size_t maxPos, std::initializer_list<const char *> kwNames,
                                   const QString &fn)
{
    if (a.pos.size() > maxPos)
        raiseTypeError(QStringLiteral("%1() takes at most %2 positional argument%3 (%4 given)")
                           .arg(fn)
                           .arg(maxPos)
                           .arg(maxPos == 1 ? QString() : QStringLiteral("s"))
                           .arg(a.pos.size()));
    for (auto &kv : a.kw) {
        bool ok = false;
        for (const char *k : kwNames)
            if (kv.first == QLatin1String(k))
                ok = true;
        if (!ok)
            raiseTypeError(QStringLiteral("%1() got an unexpected keyword argument '%2'").arg(fn, kv.first));
    }
}

namespace {

Value toIntValue(Interpreter &in, const Value &v, std::optional<int> base = std::nullopt)
{
    if (base && !isKind(v, ObjKind::Str))
        in.raiseTypeError(QStringLiteral("int() can't convert non-string with explicit base"));
    if (v.isIntLike())
        return Value::fromInt(v.asInt());
    if (isBigInt(v))
        return v;
    if (v.isFloat())
        return floatTruncToInt(in, v.asFloat());
    if (isKind(v, ObjKind::Str))
        return intFromString(in, strOf(v), base.value_or(10), v);
    in.raiseTypeError(
        QStringLiteral("int() argument must be a string, a bytes-like object or a real number, not '%1'")
            .arg(in.typeName(v)));
}

Value toFloatValue(Interpreter &in, const Value &v)
{
    if (v.isNumber())
        return Value::fromFloat(v.toDouble());
    if (isBigInt(v))
        return Value::fromFloat(intToDouble(in, v));
    if (isKind(v, ObjKind::Str)) {
        const QString s = strOf(v).trimmed().toLower();
        if (s == u"inf" || s == u"+inf" || s == u"infinity")
            return Value::fromFloat(INFINITY);
        if (s == u"-inf" || s == u"-infinity")
            return Value::fromFloat(-INFINITY);
        if (s == u"nan")
            return Value::fromFloat(NAN);
        bool ok = false;
        const double d = s.toDouble(&ok);
        if (!ok)
            in.raiseValueError(QStringLiteral("could not convert string to float: %1").arg(in.repr(v)));
        return Value::fromFloat(d);
    }
    in.raiseTypeError(
        QStringLiteral("float() argument must be a string or a real number, not '%1'").arg(in.typeName(v)));
}

void sortValues(Interpreter &in, std::vector<Value> &items, const Value &key, bool reverse)
{
    std::vector<Value> keys;
    if (!key.isNone())
        for (const Value &v : items)
            keys.push_back(in.call(key, {v}));
    else
        keys = items;
    std::vector<size_t> order(items.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return reverse ? in.less(keys[b], keys[a]) : in.less(keys[a], keys[b]);
    });
    std::vector<Value> out;
    out.reserve(items.size());
    for (size_t i : order)
        out.push_back(items[i]);
    items = std::move(out);
}

Value minMax(Interpreter &in, CallArgs &a, bool isMax)
{
    const QString fname = isMax ? QStringLiteral("max") : QStringLiteral("min");
    std::vector<Value> items;
    if (a.pos.size() == 1)
        items = in.toVector(a.pos[0]);
    else
        items = a.pos;
    Value key = in.argOr(a, 99, "key");
    if (items.empty()) {
        if (in.hasArg(a, 99, "default"))
            return in.argOr(a, 99, "default");
        in.raiseValueError(QStringLiteral("%1() arg is an empty sequence").arg(fname));
    }
    Value best = items[0];
    Value bestKey = key.isNone() ? best : in.call(key, {best});
    for (size_t i = 1; i < items.size(); ++i) {
        Value k = key.isNone() ? items[i] : in.call(key, {items[i]});
        if (isMax ? in.less(bestKey, k) : in.less(k, bestKey)) {
            best = items[i];
            bestKey = k;
        }
    }
    return best;
}

Value makeIterator(const QString &name, IteratorObject::Next next, Value keep = Value())
{
    return Value(new IteratorObject(name, std::move(next), std::move(keep)));
}

QString strFormat(Interpreter &in, const QString &fmt, CallArgs &a)
{
    QString out;
    size_t autoIndex = 0;
    for (int i = 0; i < fmt.size(); ++i) {
        const QChar c = fmt[i];
        if (c == u'{' && i + 1 < fmt.size() && fmt[i + 1] == u'{') {
            out += u'{';
            ++i;
            continue;
        }
        if (c == u'}' && i + 1 < fmt.size() && fmt[i + 1] == u'}') {
            out += u'}';
            ++i;
            continue;
        }
        if (c != u'{') {
            out += c;
            continue;
        }
        const int close = int(fmt.indexOf(u'}', i));
        if (close < 0)
            in.raiseValueError(QStringLiteral("Single '{' encountered in format string"));
        QString field = fmt.mid(i + 1, close - i - 1);
        i = close;
        QString spec, conv;
        const int colon = int(field.indexOf(u':'));
        if (colon >= 0) {
            spec = field.mid(colon + 1);
            field = field.left(colon);
        }
        const int bang = int(field.indexOf(u'!'));
        if (bang >= 0) {
            conv = field.mid(bang + 1);
            field = field.left(bang);
        }
        QString attr;
        const int dot = int(field.indexOf(u'.'));
        if (dot >= 0) {
            attr = field.mid(dot + 1);
            field = field.left(dot);
        }
        Value v;
        if (field.isEmpty()) {
            if (autoIndex >= a.pos.size())
                in.raiseError(QStringLiteral("IndexError"),
                              QStringLiteral("Replacement index %1 out of range for positional args tuple")
                                  .arg(autoIndex));
            v = a.pos[autoIndex++];
        } else if (field[0].isDigit()) {
            const size_t idx = size_t(field.toInt());
            if (idx >= a.pos.size())
                in.raiseError(
                    QStringLiteral("IndexError"),
                    QStringLiteral("Replacement index %1 out of range for positional args tuple").arg(idx));
            v = a.pos[idx];
        } else {
            bool found = false;
            for (auto &[k, val] : a.kw)
                if (k == field) {
                    v = val;
                    found = true;
                }
            if (!found)
                in.raise(in.newException(in.exceptionClass(QStringLiteral("KeyError")), {makeStr(field)}));
        }
        if (!attr.isEmpty())
            v = in.getAttr(v, attr);
        if (conv == u"r")
            v = makeStr(in.repr(v));
        else if (conv == u"s")
            v = makeStr(in.str(v));
        out += in.format(v, spec);
    }
    return out;
}

QStringList splitWhitespace(const QString &s, int maxSplit)
{
    QStringList out;
    int i = 0;
    const int n = int(s.size());
    while (i < n) {
        while (i < n && s[i].isSpace())
            ++i;
        if (i >= n)
            break;
        if (maxSplit >= 0 && out.size() >= maxSplit) {
            QString restPart = s.mid(i);
            while (!restPart.isEmpty() && restPart.back().isSpace())
                restPart.chop(1);
            out << restPart;
            return out;
        }
        int j = i;
        while (j < n && !s[j].isSpace())
            ++j;
        out << s.mid(i, j - i);
        i = j;
    }
    return out;
}

} // namespace

void Interpreter::installBuiltins()
{
    auto def = [this](const QString &name, BuiltinObject::Fn fn) {
        m_builtins.insert(name, makeBuiltin(name, std::move(fn)));
    };
    auto typeClass = [this](const QString &name, std::vector<Value> bases = {}) {
        if (bases.empty())
            bases.push_back(tObject);
        Value c = makeClass(name, std::move(bases));
        return c;
    };
    tInt = typeClass(QStringLiteral("int"));
    tBool = typeClass(QStringLiteral("bool"), {tInt});
    tFloat = typeClass(QStringLiteral("float"));
    tStr = typeClass(QStringLiteral("str"));
    tList = typeClass(QStringLiteral("list"));
    tTuple = typeClass(QStringLiteral("tuple"));
    tDict = typeClass(QStringLiteral("dict"));
    tSet = typeClass(QStringLiteral("set"));
    tFrozenSet = typeClass(QStringLiteral("frozenset"));
    tNone = typeClass(QStringLiteral("NoneType"));
    tFunction = typeClass(QStringLiteral("function"));
    tBuiltinFunction = typeClass(QStringLiteral("builtin_function_or_method"));
    tMethod = typeClass(QStringLiteral("method"));
    tModule = typeClass(QStringLiteral("module"));
    tRange = typeClass(QStringLiteral("range"));
    tIterator = typeClass(QStringLiteral("iterator")); // an iterator with no name of its own
    tCoroutine = typeClass(QStringLiteral("coroutine"));
    tSlice = typeClass(QStringLiteral("slice"));
    tScope = typeClass(QStringLiteral("namespace"));
    tType.as<ClassObject>()->bases = {tObject};

    using Ctor = std::function<Value(Interpreter &, const Value &, std::vector<Value> &,
                                     std::vector<std::pair<QString, Value>> &)>;
    auto ctor = [](Value cls, Ctor fn) { cls.as<ClassObject>()->constructor = std::move(fn); };
    ctor(tInt,
         [](Interpreter &in, const Value &, std::vector<Value> &p, std::vector<std::pair<QString, Value>> &) {
             if (p.empty())
                 return Value::fromInt(0);
             if (p.size() < 2)
                 return toIntValue(in, p[0]);
             const Value &base = p[1];
             // a base that is not a small int is out of range (ValueError) like any other
             const int b = isBigInt(base) ? -1 : int(std::clamp<int64_t>(in.toIndex(base, "base"), -1, 99));
             return toIntValue(in, p[0], b);
         });
    ctor(tFloat,
         [](Interpreter &in, const Value &, std::vector<Value> &p, std::vector<std::pair<QString, Value>> &) {
             return p.empty() ? Value::fromFloat(0) : toFloatValue(in, p[0]);
         });
    ctor(tBool,
         [](Interpreter &in, const Value &, std::vector<Value> &p, std::vector<std::pair<QString, Value>> &) {
             return Value::fromBool(!p.empty() && in.truthy(p[0]));
         });
    ctor(tStr,
         [](Interpreter &in, const Value &, std::vector<Value> &p, std::vector<std::pair<QString, Value>> &) {
             return p.empty() ? makeStr(QString()) : makeStr(in.str(p[0]));
         });
    ctor(tList,
         [](Interpreter &in, const Value &, std::vector<Value> &p, std::vector<std::pair<QString, Value>> &) {
             return p.empty() ? makeList() : makeList(in.toVector(p[0]));
         });
    ctor(tTuple,
         [](Interpreter &in, const Value &, std::vector<Value> &p, std::vector<std::pair<QString, Value>> &) {
             if (!p.empty() && isKind(p[0], ObjKind::Tuple))
                 return p[0];
             return p.empty() ? makeTuple() : makeTuple(in.toVector(p[0]));
         });
    // set(iterable) and frozenset(iterable); frozenset(fs) is fs itself (immutable).
    auto setFrom = [](Interpreter &in, const std::vector<Value> &p, bool frozen) {
        if (p.size() > 1)
            in.raiseTypeError(QStringLiteral("%1 expected at most 1 argument, got %2")
                                  .arg(frozen ? QStringLiteral("frozenset") : QStringLiteral("set"))
                                  .arg(p.size()));
        if (p.empty())
            return frozen ? makeSet(in, makeTuple(), true) : Value(new SetObject());
        return makeSet(in, p[0], frozen);
    };
    ctor(tSet, [setFrom](Interpreter &in, const Value &, std::vector<Value> &p,
                         std::vector<std::pair<QString, Value>> &) { return setFrom(in, p, false); });
    ctor(tFrozenSet, [setFrom](Interpreter &in, const Value &, std::vector<Value> &p,
                               std::vector<std::pair<QString, Value>> &) { return setFrom(in, p, true); });
    ctor(tDict, [](Interpreter &in, const Value &, std::vector<Value> &p,
                   std::vector<std::pair<QString, Value>> &kw) {
        auto *d = new DictObject();
        Value v(d);
        if (!p.empty()) {
            auto *src = p[0].as<DictObject>();
            auto *m = p[0].as<InstanceObject>();
            if ((src && src->kind == ObjKind::Dict) ||
                (m && m->kind == ObjKind::Instance && m->klass()->lookup(QStringLiteral("keys")))) {
                in.mergeMapping(
                    d, p[0]); // a dict, or a mapping (an enum's __members__): its keys(), each looked up
            } else {
                for (const Value &pair : in.toVector(p[0])) {
                    std::vector<Value> kv = in.toVector(pair);
                    if (kv.size() != 2)
                        in.raiseValueError(
                            QStringLiteral("dictionary update sequence element has length %1; 2 is required")
                                .arg(kv.size()));
                    in.hashCheck(kv[0]);
                    d->set(kv[0], kv[1]);
                }
            }
        }
        for (auto &[k, val] : kw)
            d->set(makeStr(k), val);
        return v;
    });
    ctor(tRange, [](Interpreter &in, const Value &, std::vector<Value> &p,
                    std::vector<std::pair<QString, Value>> &) {
        int64_t a = 0, b = 0, s = 1;
        auto idx = [&](const Value &v) {
            if (isBigInt(v))
                in.raiseError(QStringLiteral("OverflowError"),
                              QStringLiteral("not supported: range() bounds beyond 64 bits"));
            if (!v.isIntLike())
                in.raiseTypeError(
                    QStringLiteral("'%1' object cannot be interpreted as an integer").arg(in.typeName(v)));
            return v.asInt();
        };
        if (p.size() == 1)
            b = idx(p[0]);
        else if (p.size() >= 2) {
            a = idx(p[0]);
            b = idx(p[1]);
            if (p.size() > 2)
                s = idx(p[2]);
        } else
            in.raiseTypeError(QStringLiteral("range expected at least 1 argument, got 0"));
        if (s == 0)
            in.raiseValueError(QStringLiteral("range() arg 3 must not be zero"));
        return Value(new RangeObject(a, b, s));
    });
    ctor(tType,
         [](Interpreter &in, const Value &, std::vector<Value> &p, std::vector<std::pair<QString, Value>> &) {
             if (p.size() != 1)
                 in.raiseTypeError(QStringLiteral("not supported: type() with 3 arguments"));
             return in.typeOf(p[0]);
         });
    ctor(tObject, [](Interpreter &, const Value &cls, std::vector<Value> &,
                     std::vector<std::pair<QString, Value>> &) { return Value(new InstanceObject(cls)); });
    for (const Value &t :
         {tInt, tBool, tFloat, tStr, tList, tTuple, tDict, tSet, tFrozenSet, tRange, tType, tObject})
        m_builtins.insert(t.as<ClassObject>()->name, t);
    // object() instances of user classes are created by instantiate(); object itself has no constructor there
    tObject.as<ClassObject>()->constructor = nullptr;

    m_builtins.insert(QStringLiteral("Ellipsis"), makeStr(QStringLiteral("Ellipsis")));
    {
        // The one NotImplemented: what a comparison method returns to let the other operand answer.
        Value type = makeClass(QStringLiteral("NotImplementedType"), {tObject});
        type.as<ClassObject>()->attrs.insert(
            QStringLiteral("__repr__"),
            makeMethod(QStringLiteral("__repr__"), [](Interpreter &, const Value &, CallArgs &) {
                return makeStr(QStringLiteral("NotImplemented"));
            }));
        m_builtins.insert(QStringLiteral("NotImplemented"), Value(new InstanceObject(type)));
    }

    def(QStringLiteral("print"), [](Interpreter &in, const Value &, CallArgs &a) {
        QString sep = QStringLiteral(" "), end = QStringLiteral("\n");
        Value file;
        for (auto &[k, v] : a.kw) {
            if (k == u"sep") {
                if (!v.isNone()) {
                    if (!isKind(v, ObjKind::Str))
                        in.raiseTypeError(
                            QStringLiteral("sep must be None or a string, not %1").arg(in.typeName(v)));
                    sep = strOf(v);
                }
            } else if (k == u"end") {
                if (!v.isNone()) {
                    if (!isKind(v, ObjKind::Str))
                        in.raiseTypeError(
                            QStringLiteral("end must be None or a string, not %1").arg(in.typeName(v)));
                    end = strOf(v);
                }
            } else if (k == u"flush") {
            } else if (k == u"file") {
                file = v; // sys.stdout, sys.stderr or any object with a write() method
            } else {
                in.raiseTypeError(QStringLiteral("'%1' is an invalid keyword argument for print()").arg(k));
            }
        }
        if (!file.isNone()) {
            // CPython writes each piece with its own write() call
            const Value write = in.getAttr(file, QStringLiteral("write"));
            for (size_t i = 0; i < a.pos.size(); ++i) {
                if (i)
                    in.call(write, {makeStr(sep)});
                in.call(write, {makeStr(in.str(a.pos[i]))});
            }
            in.call(write, {makeStr(end)});
            return Value();
        }
        QString out;
        for (size_t i = 0; i < a.pos.size(); ++i) {
            if (i)
                out += sep;
            out += in.str(a.pos[i]);
        }
        out += end;
        in.write(out);
        return Value();
    });
    def(QStringLiteral("len"), [](Interpreter &in, const Value &, CallArgs &a) {
        if (a.pos.size() != 1)
            in.raiseTypeError(
                QStringLiteral("len() takes exactly one argument (%1 given)").arg(a.pos.size()));
        return Value::fromInt(in.length(a.pos[0]));
    });
    def(QStringLiteral("repr"), [](Interpreter &in, const Value &, CallArgs &a) {
        if (a.pos.size() != 1)
            in.raiseTypeError(
                QStringLiteral("repr() takes exactly one argument (%1 given)").arg(a.pos.size()));
        return makeStr(in.repr(a.pos[0]));
    });
    def(QStringLiteral("abs"), [](Interpreter &in, const Value &, CallArgs &a) {
        if (a.pos.size() != 1)
            in.raiseTypeError(
                QStringLiteral("abs() takes exactly one argument (%1 given)").arg(a.pos.size()));
        const Value &v = a.pos[0];
        if (isInteger(v))
            return intAbs(v);
        if (v.isFloat())
            return Value::fromFloat(std::fabs(v.asFloat()));
        if (auto *inst = v.as<InstanceObject>(); inst && inst->kind == ObjKind::Instance)
            if (const Value *m = inst->klass()->lookup(QStringLiteral("__abs__")))
                return in.call(*m, {v});
        in.raiseTypeError(QStringLiteral("bad operand type for abs(): '%1'").arg(in.typeName(v)));
    });
    def(QStringLiteral("round"), [](Interpreter &in, const Value &, CallArgs &a) {
        Value x = in.argOr(a, 0, "number");
        Value nd = in.argOr(a, 1, "ndigits");
        if (isInteger(x)) {
            if (nd.isNone())
                return x.plainInt();
            if (isBigInt(nd)) // beyond any number of digits: x itself, or 0
                return intIsNegative(nd) ? Value::fromInt(0) : x;
            return intRound(in, x.plainInt(), in.toIndex(nd, "round"));
        }
        if (!x.isFloat())
            in.raiseTypeError(QStringLiteral("type %1 doesn't define __round__ method").arg(in.typeName(x)));
        const double d = x.asFloat();
        if (nd.isNone())
            return floatRoundToInt(in, d);
        const int64_t n = in.toIndex(nd, "round");
        if (!std::isfinite(d) || n > 300)
            return x;
        if (n < 0) {
            const double p = std::pow(10.0, double(-n));
            return Value::fromFloat(std::nearbyint(d / p) * p);
        }
        char buf[400];
        std::snprintf(buf, sizeof buf, "%.*f", int(n), d);
        return Value::fromFloat(std::strtod(buf, nullptr));
    });
    def(QStringLiteral("isinstance"), [](Interpreter &in, const Value &, CallArgs &a) {
        if (a.pos.size() != 2)
            in.raiseTypeError(QStringLiteral("isinstance expected 2 arguments, got %1").arg(a.pos.size()));
        return Value::fromBool(in.isInstance(a.pos[0], a.pos[1]));
    });
    def(QStringLiteral("issubclass"), [](Interpreter &in, const Value &, CallArgs &a) {
        if (a.pos.size() != 2 || !a.pos[0].as<ClassObject>() || a.pos[0].obj()->kind != ObjKind::Class)
            in.raiseTypeError(QStringLiteral("issubclass() arg 1 must be a class"));
        std::vector<Value> specs = isKind(a.pos[1], ObjKind::Tuple) ? a.pos[1].as<TupleObject>()->items
                                                                    : std::vector<Value>{a.pos[1]};
        for (const Value &s : specs) {
            auto *c = s.as<ClassObject>();
            if (!c || c->kind != ObjKind::Class)
                in.raiseTypeError(QStringLiteral("issubclass() arg 2 must be a class or tuple of classes"));
            if (a.pos[0].as<ClassObject>()->isSubclassOf(c))
                return Value::fromBool(true);
        }
        return Value::fromBool(false);
    });
    def(QStringLiteral("sorted"), [](Interpreter &in, const Value &, CallArgs &a) {
        if (a.pos.size() != 1)
            in.raiseTypeError(QStringLiteral("sorted expected 1 argument, got %1").arg(a.pos.size()));
        in.checkNoExtraArgs(a, 1, {"key", "reverse"}, QStringLiteral("sorted"));
        std::vector<Value> items = in.toVector(a.pos[0]);
        sortValues(in, items, in.argOr(a, 99, "key"), in.truthy(in.argOr(a, 99, "reverse")));
        return makeList(std::move(items));
    });
    def(QStringLiteral("reversed"), [](Interpreter &in, const Value &, CallArgs &a) {
        if (a.pos.size() != 1)
            in.raiseTypeError(QStringLiteral("reversed expected 1 argument, got %1").arg(a.pos.size()));
        if (isKind(a.pos[0], ObjKind::Set) || isKind(a.pos[0], ObjKind::Iterator))
            in.raiseTypeError(QStringLiteral("'%1' object is not reversible").arg(in.typeName(a.pos[0])));
        // An object's own __reversed__ first (a dict view's, the program's class's), as reversed() asks it.
        if (auto *inst = a.pos[0].as<InstanceObject>();
            inst && inst->kind == ObjKind::Instance && inst->klass()->lookup(QStringLiteral("__reversed__")))
            return in.call(in.getAttr(a.pos[0], QStringLiteral("__reversed__")), std::vector<Value>{});
        // CPython's type for what is reversed: a list's own reverse iterator, a range's iterator, a dict's
        // reverse key iterator, the reversed() object for any other sequence.
        const QString typeName = isKind(a.pos[0], ObjKind::List)    ? QStringLiteral("list_reverseiterator")
                                 : isKind(a.pos[0], ObjKind::Range) ? QStringLiteral("range_iterator")
                                 : isKind(a.pos[0], ObjKind::Dict) ? QStringLiteral("dict_reversekeyiterator")
                                                                   : QStringLiteral("reversed");
        std::vector<Value> items = in.toVector(a.pos[0]);
        std::reverse(items.begin(), items.end());
        Value list = makeList(std::move(items));
        auto *l = list.as<ListObject>();
        auto i = std::make_shared<size_t>(0);
        return makeIterator(
            typeName,
            [l, i](Interpreter &, Value &out) {
                if (*i >= l->items.size())
                    return false;
                out = l->items[(*i)++];
                return true;
            },
            list);
    });
    def(QStringLiteral("sum"), [](Interpreter &in, const Value &, CallArgs &a) {
        if (a.pos.empty())
            in.raiseTypeError(QStringLiteral("sum() takes at least 1 positional argument (0 given)"));
        Value total = in.argOr(a, 1, "start", Value::fromInt(0));
        if (isKind(total, ObjKind::Str))
            in.raiseTypeError(QStringLiteral("sum() can't sum strings [use ''.join(seq) instead]"));
        Value it = in.getIter(a.pos[0]);
        Value x;
        while (in.next(it, x))
            total = in.binaryOp(Op::Add, total, x);
        return total;
    });
    def(QStringLiteral("min"),
        [](Interpreter &in, const Value &, CallArgs &a) { return minMax(in, a, false); });
    def(QStringLiteral("max"),
        [](Interpreter &in, const Value &, CallArgs &a) { return minMax(in, a, true); });
    def(QStringLiteral("enumerate"), [](Interpreter &in, const Value &, CallArgs &a) {
        Value it = in.getIter(in.argOr(a, 0, "iterable"));
        const Value start = in.argOr(a, 1, "start", Value::fromInt(0));
        if (!isInteger(start))
            in.raiseTypeError(
                QStringLiteral("'%1' object cannot be interpreted as an integer").arg(in.typeName(start)));
        auto i = std::make_shared<Value>(start.plainInt());
        return makeIterator(QStringLiteral("enumerate"), [it, i](Interpreter &in2, Value &out) {
            Value x;
            if (!in2.next(it, x))
                return false;
            out = makeTuple({*i, x});
            if (i->isInt() && i->asInt() < INT64_MAX)
                *i = Value::fromInt(i->asInt() + 1);
            else // past 2**63
                *i = in2.binaryOp(Op::Add, *i, Value::fromInt(1));
            return true;
        });
    });
    def(QStringLiteral("zip"), [](Interpreter &in, const Value &, CallArgs &a) {
        std::vector<Value> iters;
        for (const Value &v : a.pos)
            iters.push_back(in.getIter(v));
        const bool strict = in.truthy(in.argOr(a, 99, "strict"));
        return makeIterator(QStringLiteral("zip"), [iters, strict](Interpreter &in2, Value &out) {
            if (iters.empty())
                return false;
            std::vector<Value> row;
            for (size_t k = 0; k < iters.size(); ++k) {
                Value x;
                if (!in2.next(iters[k], x)) {
                    if (strict && k > 0)
                        in2.raiseValueError(
                            QStringLiteral("zip() argument %1 is shorter than argument 1").arg(k + 1));
                    return false;
                }
                row.push_back(x);
            }
            out = makeTuple(std::move(row));
            return true;
        });
    });
    def(QStringLiteral("map"), [](Interpreter &in, const Value &, CallArgs &a) {
        if (a.pos.size() < 2)
            in.raiseTypeError(QStringLiteral("map() must have at least two arguments."));
        Value fn = a.pos[0];
        std::vector<Value> iters;
        for (size_t i = 1; i < a.pos.size(); ++i)
            iters.push_back(in.getIter(a.pos[i]));
        return makeIterator(QStringLiteral("map"), [fn, iters](Interpreter &in2, Value &out) {
            std::vector<Value> args;
            for (const Value &it : iters) {
                Value x;
                if (!in2.next(it, x))
                    return false;
                args.push_back(x);
            }
            out = in2.call(fn, std::move(args));
            return true;
        });
    });
    def(QStringLiteral("filter"), [](Interpreter &in, const Value &, CallArgs &a) {
        if (a.pos.size() != 2)
            in.raiseTypeError(QStringLiteral("filter expected 2 arguments, got %1").arg(a.pos.size()));
        Value fn = a.pos[0];
        Value it = in.getIter(a.pos[1]);
        return makeIterator(QStringLiteral("filter"), [fn, it](Interpreter &in2, Value &out) {
            Value x;
            while (in2.next(it, x)) {
                if (fn.isNone() ? in2.truthy(x) : in2.truthy(in2.call(fn, {x}))) {
                    out = x;
                    return true;
                }
            }
            return false;
        });
    });
    def(QStringLiteral("any"), [](Interpreter &in, const Value &, CallArgs &a) {
        Value it = in.getIter(in.argOr(a, 0, nullptr));
        Value x;
        while (in.next(it, x))
            if (in.truthy(x))
                return Value::fromBool(true);
        return Value::fromBool(false);
    });
    def(QStringLiteral("all"), [](Interpreter &in, const Value &, CallArgs &a) {
        Value it = in.getIter(in.argOr(a, 0, nullptr));
        Value x;
        while (in.next(it, x))
            if (!in.truthy(x))
                return Value::fromBool(false);
        return Value::fromBool(true);
    });
    def(QStringLiteral("iter"), [](Interpreter &in, const Value &, CallArgs &a) {
        if (a.pos.size() != 1)
            in.raiseTypeError(QStringLiteral("iter expected 1 argument"));
        return in.getIter(a.pos[0]);
    });
    def(QStringLiteral("next"), [](Interpreter &in, const Value &, CallArgs &a) {
        if (a.pos.empty())
            in.raiseTypeError(QStringLiteral("next expected at least 1 argument, got 0"));
        Value x;
        const auto *g = a.pos[0].as<GeneratorObject>();
        if (!isKind(a.pos[0], ObjKind::Iterator) && !isKind(a.pos[0], ObjKind::Instance) &&
            !(g && !g->isAsync))
            in.raiseTypeError(QStringLiteral("'%1' object is not an iterator").arg(in.typeName(a.pos[0])));
        if (g && !g->isAsync) {
            // A generator's return value travels in the StopIteration.
            in.countStep();
            GeneratorStep step = in.resumeGenerator(const_cast<GeneratorObject *>(g), Value(), Value());
            if (step.yielded)
                return step.value;
            if (a.pos.size() > 1)
                return a.pos[1];
            std::vector<Value> args;
            if (!step.value.isNone())
                args.push_back(step.value);
            in.raise(in.newException(in.exceptionClass(QStringLiteral("StopIteration")), std::move(args)));
        }
        if (in.next(a.pos[0], x))
            return x;
        if (a.pos.size() > 1)
            return a.pos[1];
        in.raise(in.newException(in.exceptionClass(QStringLiteral("StopIteration")), {}));
    });
    def(QStringLiteral("hasattr"), [](Interpreter &in, const Value &, CallArgs &a) {
        if (a.pos.size() != 2 || !isKind(a.pos[1], ObjKind::Str))
            in.raiseTypeError(QStringLiteral("hasattr(): attribute name must be string"));
        return Value::fromBool(in.hasAttr(a.pos[0], strOf(a.pos[1])));
    });
    def(QStringLiteral("getattr"), [](Interpreter &in, const Value &, CallArgs &a) {
        if (a.pos.size() < 2 || !isKind(a.pos[1], ObjKind::Str))
            in.raiseTypeError(QStringLiteral("getattr(): attribute name must be string"));
        if (a.pos.size() > 2 && !in.hasAttr(a.pos[0], strOf(a.pos[1])))
            return a.pos[2];
        return in.getAttr(a.pos[0], strOf(a.pos[1]));
    });
    def(QStringLiteral("setattr"), [](Interpreter &in, const Value &, CallArgs &a) {
        if (a.pos.size() != 3 || !isKind(a.pos[1], ObjKind::Str))
            in.raiseTypeError(QStringLiteral("setattr(): attribute name must be string"));
        in.setAttr(a.pos[0], strOf(a.pos[1]), a.pos[2]);
        return Value();
    });
    def(QStringLiteral("delattr"), [](Interpreter &in, const Value &, CallArgs &a) {
        if (a.pos.size() != 2 || !a.kw.empty())
            in.raiseTypeError(QStringLiteral("delattr expected 2 arguments, got %1").arg(a.pos.size()));
        if (!isKind(a.pos[1], ObjKind::Str))
            in.raiseTypeError(
                QStringLiteral("attribute name must be string, not '%1'").arg(in.typeName(a.pos[1])));
        in.delAttr(a.pos[0], strOf(a.pos[1]));
        return Value();
    });
    // exit and quit, as site.py's Quitter: called, they raise SystemExit(code)
    {
        Value quitter = makeClass(QStringLiteral("Quitter"), {tObject});
        auto *q = quitter.as<ClassObject>();
        q->attrs.insert(QStringLiteral("__module__"), makeStr(QStringLiteral("_sitebuiltins")));
        q->attrs.insert(
            QStringLiteral("__repr__"),
            makeMethod(QStringLiteral("__repr__"), [](Interpreter &in, const Value &self, CallArgs &) {
                const QString name = in.str(self.as<InstanceObject>()->attrs.value(QStringLiteral("name")));
                return makeStr(QStringLiteral("Use %1() or Ctrl-D (i.e. EOF) to exit").arg(name));
            }));
        q->attrs.insert(
            QStringLiteral("__call__"),
            makeMethod(QStringLiteral("__call__"), [](Interpreter &in, const Value &, CallArgs &a) -> Value {
                std::vector<Value> args;
                if (!a.pos.empty())
                    args.push_back(a.pos[0]);
                in.raise(in.newException(in.builtin(QStringLiteral("SystemExit")), std::move(args)));
            }));
        for (const char *name : {"exit", "quit"}) {
            auto *inst = new InstanceObject(quitter);
            Value v(inst);
            inst->attrs.insert(QStringLiteral("name"), makeStr(QLatin1String(name)));
            m_builtins.insert(QLatin1String(name), v);
        }
    }
    // ascii(): repr() with what is not ASCII escaped (\xhh, \uhhhh, \Uhhhhhhhh)
    def(QStringLiteral("ascii"), [](Interpreter &in, const Value &, CallArgs &a) {
        if (a.pos.size() != 1 || !a.kw.empty())
            in.raiseTypeError(
                QStringLiteral("ascii() takes exactly one argument (%1 given)").arg(a.pos.size()));
        const QString r = in.repr(a.pos[0]);
        QString out;
        out.reserve(r.size());
        for (qsizetype i = 0; i < r.size(); ++i) {
            const QChar c = r[i];
            if (c.unicode() < 0x80) {
                out += c;
                continue;
            }
            char32_t cp = c.unicode();
            if (c.isHighSurrogate() && i + 1 < r.size() && r[i + 1].isLowSurrogate())
                cp = QChar::surrogateToUcs4(c, r[++i]);
            out += Interpreter::escapedCodePoint(cp);
        }
        return makeStr(out);
    });
    def(QStringLiteral("callable"), [](Interpreter &in, const Value &, CallArgs &a) {
        const Value v = in.argOr(a, 0, nullptr);
        if (!v.isObj())
            return Value::fromBool(false);
        const ObjKind k = v.obj()->kind;
        if (k == ObjKind::Instance)
            return Value::fromBool(v.as<InstanceObject>()->klass()->lookup(QStringLiteral("__call__")) !=
                                   nullptr);
        return Value::fromBool(k == ObjKind::Function || k == ObjKind::Builtin || k == ObjKind::BoundMethod ||
                               k == ObjKind::Class);
    });
    def(QStringLiteral("id"), [](Interpreter &in, const Value &, CallArgs &a) {
        const Value v = in.argOr(a, 0, nullptr);
        return Value::fromInt(v.isObj() ? int64_t(quintptr(v.obj())) : int64_t(ValueHash()(v)));
    });
    def(QStringLiteral("hash"), [](Interpreter &in, const Value &, CallArgs &a) {
        const Value v = in.argOr(a, 0, nullptr);
        // a class's own __hash__ (a frozen dataclass hashes its fields)
        if (auto *inst = v.as<InstanceObject>(); inst && inst->kind == ObjKind::Instance)
            if (const Value *h = inst->klass()->lookup(QStringLiteral("__hash__")); h && !h->isNone())
                return in.call(*h, {v});
        // CPython's hashes (pythonHash): hash(2**70) == hash(2.0**70), hash("abc") as with PYTHONHASHSEED=0
        return Value::fromInt(in.hashCheck(v));
    });
    def(QStringLiteral("divmod"), [](Interpreter &in, const Value &, CallArgs &a) {
        if (a.pos.size() != 2)
            in.raiseTypeError(QStringLiteral("divmod expected 2 arguments"));
        if (a.pos[0].isIntLike() && a.pos[1].isIntLike() && a.pos[1].asInt() == 0)
            in.raiseError(QStringLiteral("ZeroDivisionError"),
                          QStringLiteral("integer division or modulo by zero"));
        return makeTuple(
            {in.binaryOp(Op::FloorDiv, a.pos[0], a.pos[1]), in.binaryOp(Op::Mod, a.pos[0], a.pos[1])});
    });
    def(QStringLiteral("pow"), [](Interpreter &in, const Value &, CallArgs &a) {
        in.checkNoExtraArgs(a, 3, {"base", "exp", "mod"}, QStringLiteral("pow"));
        const Value base = in.argOr(a, 0, "base"), exp = in.argOr(a, 1, "exp"), mod = in.argOr(a, 2, "mod");
        if (!in.hasArg(a, 0, "base") || !in.hasArg(a, 1, "exp"))
            in.raiseTypeError(QStringLiteral("pow() missing required argument 'exp' (pos 2)"));
        if (mod.isNone())
            return in.binaryOp(Op::Pow, base, exp);
        if (!isInteger(base) || !isInteger(exp) || !isInteger(mod))
            in.raiseTypeError(
                QStringLiteral("pow() 3rd argument not allowed unless all arguments are integers"));
        return intPowMod(in, base, exp, mod);
    });
    // hex(), oct() and bin() of an int of any size (no digit limit: the base is a power of two)
    auto radix = [def](const char *name, int base, const char *prefix) {
        def(QLatin1String(name), [name, base, prefix](Interpreter &in, const Value &, CallArgs &a) {
            if (a.pos.size() != 1)
                in.raiseTypeError(QStringLiteral("%1() takes exactly one argument (%2 given)")
                                      .arg(QLatin1String(name))
                                      .arg(a.pos.size()));
            const Value &v = a.pos[0];
            if (!isInteger(v))
                in.raiseTypeError(
                    QStringLiteral("'%1' object cannot be interpreted as an integer").arg(in.typeName(v)));
            return makeStr((intIsNegative(v) ? QStringLiteral("-") : QString()) + QLatin1String(prefix) +
                           intMagnitudeDigits(v, base));
        });
    };
    radix("hex", 16, "0x");
    radix("oct", 8, "0o");
    radix("bin", 2, "0b");
    def(QStringLiteral("chr"), [](Interpreter &in, const Value &, CallArgs &a) {
        const int64_t c = in.toIndex(in.argOr(a, 0, nullptr), "chr");
        if (c < 0 || c > 0x10FFFF)
            in.raiseValueError(QStringLiteral("chr() arg not in range(0x110000)"));
        char32_t cp = char32_t(c);
        return makeStr(QString::fromUcs4(&cp, 1));
    });
    def(QStringLiteral("ord"), [](Interpreter &in, const Value &, CallArgs &a) {
        const Value v = in.argOr(a, 0, nullptr);
        if (!isKind(v, ObjKind::Str) || strOf(v).toUcs4().size() != 1)
            in.raiseTypeError(QStringLiteral("ord() expected a character"));
        return Value::fromInt(strOf(v).toUcs4().at(0));
    });
    def(QStringLiteral("format"), [](Interpreter &in, const Value &, CallArgs &a) {
        const Value spec = in.argOr(a, 1, nullptr, makeStr(QString()));
        return makeStr(in.format(in.argOr(a, 0, nullptr), in.str(spec)));
    });
    def(QStringLiteral("input"), [](Interpreter &in, const Value &, CallArgs &a) -> Value {
        if (a.pos.size() > 1)
            in.raiseTypeError(QStringLiteral("input expected at most 1 argument, got %1").arg(a.pos.size()));
        if (!a.kw.empty())
            in.raiseTypeError(QStringLiteral("input() takes no keyword arguments"));
        return makeStr(in.readInput(a.pos.empty() ? QString() : in.str(a.pos[0])));
    });
    def(QStringLiteral("open"), [](Interpreter &in, const Value &, CallArgs &) -> Value {
        in.raiseError(QStringLiteral("PermissionError"),
                      QStringLiteral("open() is not available: programs run in a sandbox without files"));
    });
    def(QStringLiteral("super"), [](Interpreter &in, const Value &, CallArgs &a) {
        if (a.pos.size() != 2)
            in.raiseError(QStringLiteral("RuntimeError"), QStringLiteral("super(): no arguments"));
        // A proxy whose attribute lookup starts after the given class.
        Value proxyCls = in.builtin(QStringLiteral("super"));
        auto *proxy = new InstanceObject(in.superClass());
        Value pv(proxy);
        proxy->attrs.insert(QStringLiteral("__thisclass__"), a.pos[0]);
        proxy->attrs.insert(QStringLiteral("__self__"), a.pos[1]);
        return pv;
    });
    m_superClass = makeClass(QStringLiteral("super"), {tObject});
    m_superClass.as<ClassObject>()->attrs.insert(
        QStringLiteral("__getattr__"),
        makeMethod(QStringLiteral("__getattr__"), [](Interpreter &in, const Value &self0, CallArgs &a) {
            auto *proxy = self0.as<InstanceObject>();
            const QString name = strOf(a.pos[0]);
            auto *start = proxy->attrs.value(QStringLiteral("__thisclass__")).as<ClassObject>();
            Value self = proxy->attrs.value(QStringLiteral("__self__"));
            for (const Value &b : start->bases) {
                if (const Value *m = b.as<ClassObject>()->lookup(name)) {
                    if (m->as<FunctionObject>() && m->obj()->kind == ObjKind::Function)
                        return Value(new BoundMethodObject(self, *m));
                    if (auto *bf = m->as<BuiltinObject>(); bf && bf->isMethod) {
                        auto *bound = new BuiltinObject(bf->name, bf->fn, self);
                        bound->isMethod = true;
                        return Value(bound);
                    }
                    // a descriptor (a property, a classmethod): as super_getattro, the instance and its
                    // type, or no instance when super() is used in a classmethod
                    if (const Value *get = Interpreter::descriptorMethod(*m, QStringLiteral("__get__"))) {
                        const bool ofClass = self.as<ClassObject>() != nullptr;
                        return in.call(*get,
                                       {*m, ofClass ? Value() : self, ofClass ? self : in.typeOf(self)});
                    }
                    return *m;
                }
            }
            if (name == u"__init__")
                return in.makeBuiltin(QStringLiteral("__init__"),
                                      [](Interpreter &, const Value &, CallArgs &) { return Value(); });
            in.raiseError(QStringLiteral("AttributeError"),
                          QStringLiteral("'super' object has no attribute '%1'").arg(name));
        }));
    // dir(): the names of the scope running (sorted); dir(obj): obj.__dir__() of a class that defines it,
    // else the names its type offers (dirNames), sorted.
    def(QStringLiteral("dir"), [](Interpreter &in, const Value &, CallArgs &a) {
        if (a.pos.size() > 1)
            in.raiseTypeError(QStringLiteral("dir expected at most 1 argument, got %1").arg(a.pos.size()));
        QStringList names;
        if (a.pos.empty()) {
            Frame *f = in.currentFrame();
            if (auto *scope = f ? f->locals.as<ScopeObject>() : nullptr)
                for (auto it = scope->vars.cbegin(); it != scope->vars.cend(); ++it)
                    names << it.key();
        } else {
            const Value &obj = a.pos[0];
            auto *inst = obj.as<InstanceObject>();
            const Value *own = inst && inst->kind == ObjKind::Instance && inst->klass()
                                   ? inst->klass()->lookup(QStringLiteral("__dir__"))
                                   : nullptr;
            if (own && own->as<FunctionObject>()) {
                const Value listed =
                    in.call(in.getAttr(obj, QStringLiteral("__dir__")), std::vector<Value>{});
                return in.call(in.builtin(QStringLiteral("sorted")), std::vector<Value>{listed});
            }
            names = in.dirNames(obj);
        }
        std::sort(names.begin(), names.end()); // code-point order, as sorted() of str
        std::vector<Value> items;
        items.reserve(size_t(names.size()));
        for (const QString &n : names)
            items.push_back(makeStr(n));
        return makeList(std::move(items));
    });
    // globals() and locals(): the namespace as a new dict. In a function that is what CPython 3.11 gives (a
    // snapshot: assigning into it changes no variable), its variables in the order its code lists them
    // (parameters first); for the module it is a snapshot too, where CPython's is the live namespace, in the
    // order the names were first bound, as CPython's.
    auto namespaceDict = [](const Value &scopeValue, const FunctionInfo *info) {
        auto *d = new DictObject();
        Value dv(d);
        auto *scope = scopeValue.as<ScopeObject>();
        if (!scope)
            return dv;
        if (info) {
            for (const QString &name : info->locals) {
                const auto it = scope->vars.constFind(name);
                if (it != scope->vars.constEnd())
                    d->set(makeStr(name), it.value());
            }
        }
        for (auto it = scope->vars.cbegin(); it != scope->vars.cend(); ++it)
            d->set(makeStr(it.key()), it.value()); // a name already there keeps its place
        return dv;
    };
    auto noArguments = [](Interpreter &in, const CallArgs &a, const char *name) {
        if (!a.kw.empty()) // CPython checks the keywords first
            in.raiseTypeError(QStringLiteral("%1() takes no keyword arguments").arg(QLatin1String(name)));
        if (!a.pos.empty())
            in.raiseTypeError(QStringLiteral("%1() takes no arguments (%2 given)")
                                  .arg(QLatin1String(name))
                                  .arg(a.pos.size()));
    };
    def(QStringLiteral("globals"), [namespaceDict, noArguments](Interpreter &in, const Value &, CallArgs &a) {
        noArguments(in, a, "globals");
        Frame *f = in.currentFrame();
        return namespaceDict(f ? f->globals : Value(), nullptr);
    });
    def(QStringLiteral("locals"), [namespaceDict, noArguments](Interpreter &in, const Value &, CallArgs &a) {
        noArguments(in, a, "locals");
        Frame *f = in.currentFrame();
        if (!f)
            return Value(new DictObject());
        const bool module = f->locals.obj() == f->globals.obj();
        return namespaceDict(f->locals, module || f->isClassBody ? nullptr : f->info);
    });
    def(QStringLiteral("vars"), [](Interpreter &in, const Value &, CallArgs &a) {
        return in.getAttr(in.argOr(a, 0, nullptr), QStringLiteral("__dict__"));
    });
}

// The names dir(obj) lists (unsorted): what CPython's object.__dir__ and type.__dir__ collect, from our own
// tables. For user classes and their instances the list is CPython's; for built-in types and modules it
// holds the methods and names implemented here, with object's own dunders.
QStringList Interpreter::dirNames(const Value &obj)
{
    // dir(object) in CPython 3.11.
    static const char *const objectNames[] = {
        "__class__",   "__delattr__", "__dir__",           "__doc__",         "__eq__",
        "__format__",  "__ge__",      "__getattribute__",  "__getstate__",    "__gt__",
        "__hash__",    "__init__",    "__init_subclass__", "__le__",          "__lt__",
        "__ne__",      "__new__",     "__reduce__",        "__reduce_ex__",   "__repr__",
        "__setattr__", "__sizeof__",  "__str__",           "__subclasshook__"};
    QSet<QString> names;
    auto addClass = [&names](const ClassObject *c, auto &self) -> void {
        for (auto it = c->attrs.cbegin(); it != c->attrs.cend(); ++it)
            names.insert(it.key());
        if (!c->isBuiltin) // what every class statement adds (type.__dict__ of a new class)
            for (const char *n : {"__dict__", "__module__", "__weakref__", "__doc__"})
                names.insert(QLatin1String(n));
        for (const Value &b : c->bases)
            if (auto *bc = b.as<ClassObject>())
                self(bc, self);
    };
    if (auto *m = obj.as<ModuleObject>()) {
        if (auto *scope = m->globals.as<ScopeObject>())
            for (auto it = scope->vars.cbegin(); it != scope->vars.cend(); ++it)
                names.insert(it.key());
        for (auto it = m->attrs.cbegin(); it != m->attrs.cend(); ++it)
            names.insert(it.key());
        return QStringList(names.begin(), names.end());
    }
    for (const char *n : objectNames)
        names.insert(QLatin1String(n));
    if (auto *c = obj.as<ClassObject>(); c && c->kind == ObjKind::Class) {
        addClass(c, addClass);
    } else if (auto *inst = obj.as<InstanceObject>(); inst && inst->kind == ObjKind::Instance) {
        for (auto it = inst->attrs.cbegin(); it != inst->attrs.cend(); ++it)
            names.insert(it.key());
        if (auto *c = inst->klass())
            addClass(c, addClass);
    } else {
        const auto it = m_methods.constFind(methodKind(obj));
        if (it != m_methods.constEnd())
            for (auto m = it->cbegin(); m != it->cend(); ++m)
                names.insert(m.key());
    }
    return QStringList(names.begin(), names.end());
}

// The key of m_methods for obj's type: its object kind, or a key of its own for types that share a kind.
int Interpreter::methodKind(const Value &obj)
{
    if (auto *g = obj.as<GeneratorObject>(); g && g->isAsync)
        return int(ObjKind::Generator) + 2000; // async generators have methods of their own
    if (auto *s = obj.as<SetObject>(); s && s->frozen)
        return kFrozenSetMethods;
    if (isBigInt(obj) || obj.isIntLike())
        return 1001; // ints of any size share int's methods
    if (obj.isObj())
        return int(obj.obj()->kind);
    if (obj.isFloat())
        return 1000;
    return -1;
}

Value Interpreter::methodOf(const Value &obj, const QString &name)
{
    auto it = m_methods.constFind(methodKind(obj));
    if (it == m_methods.constEnd())
        return Value();
    auto mit = it->constFind(name);
    if (mit == it->constEnd())
        return Value();
    return Value(new BuiltinObject(name, mit.value(), obj));
}

void Interpreter::installMethods()
{
    using Fn = BuiltinObject::Fn;
    auto &S = m_methods[int(ObjKind::Str)];
    auto &L = m_methods[int(ObjKind::List)];
    auto &D = m_methods[int(ObjKind::Dict)];
    auto &T = m_methods[int(ObjKind::Tuple)];
    auto &St = m_methods[int(ObjKind::Set)];
    auto &F = m_methods[1000];
    auto &I = m_methods[1001];
    auto strArg = [](Interpreter &in, CallArgs &a, size_t i, const char *what) {
        if (i >= a.pos.size())
            in.raiseTypeError(QStringLiteral("%1 expected an argument").arg(QLatin1String(what)));
        if (!isKind(a.pos[i], ObjKind::Str))
            in.raiseTypeError(QStringLiteral("must be str, not %1").arg(in.typeName(a.pos[i])));
        return strOf(a.pos[i]);
    };

    // ---- str ----
    S[QStringLiteral("upper")] = [](Interpreter &, const Value &s, CallArgs &) {
        return makeStr(strOf(s).toUpper());
    };
    S[QStringLiteral("lower")] = [](Interpreter &, const Value &s, CallArgs &) {
        return makeStr(strOf(s).toLower());
    };
    S[QStringLiteral("title")] = [](Interpreter &, const Value &s, CallArgs &) {
        QString r = strOf(s);
        bool prevLetter = false;
        for (auto &c : r) {
            c = prevLetter ? c.toLower() : c.toUpper();
            prevLetter = c.isLetter();
        }
        return makeStr(r);
    };
    S[QStringLiteral("capitalize")] = [](Interpreter &, const Value &s, CallArgs &) {
        QString r = strOf(s).toLower();
        if (!r.isEmpty())
            r[0] = r[0].toUpper();
        return makeStr(r);
    };
    auto stripImpl = [](int which) {
        return Fn([which](Interpreter &in, const Value &s, CallArgs &a) {
            QString r = strOf(s);
            const Value chars = in.argOr(a, 0, nullptr);
            auto strip = [&](QChar c) { return chars.isNone() ? c.isSpace() : strOf(chars).contains(c); };
            int b = 0, e = int(r.size());
            if (which != 2)
                while (b < e && strip(r[b]))
                    ++b;
            if (which != 1)
                while (e > b && strip(r[e - 1]))
                    --e;
            return makeStr(r.mid(b, e - b));
        });
    };
    S[QStringLiteral("strip")] = stripImpl(0);
    S[QStringLiteral("lstrip")] = stripImpl(1);
    S[QStringLiteral("rstrip")] = stripImpl(2);
    S[QStringLiteral("split")] = [](Interpreter &in, const Value &s, CallArgs &a) {
        const Value sep = in.argOr(a, 0, "sep");
        const int maxSplit = int(in.argOr(a, 1, "maxsplit", Value::fromInt(-1)).asInt());
        QStringList parts;
        if (sep.isNone())
            parts = splitWhitespace(strOf(s), maxSplit);
        else {
            const QString &sp = strOf(sep);
            if (sp.isEmpty())
                in.raiseValueError(QStringLiteral("empty separator"));
            parts = strOf(s).split(sp);
            if (maxSplit >= 0 && parts.size() > maxSplit + 1) {
                QStringList head = parts.mid(0, maxSplit);
                head << parts.mid(maxSplit).join(sp);
                parts = head;
            }
        }
        std::vector<Value> out;
        for (const QString &p : parts)
            out.push_back(makeStr(p));
        return makeList(std::move(out));
    };
    S[QStringLiteral("rsplit")] = [](Interpreter &in, const Value &s, CallArgs &a) {
        // split from the right: with maxsplit, what is left over is the first part, as it was
        const Value sep = in.argOr(a, 0, "sep");
        const int maxSplit = int(in.argOr(a, 1, "maxsplit", Value::fromInt(-1)).asInt());
        const QString &text = strOf(s);
        QStringList parts;
        if (sep.isNone()) {
            qsizetype end = text.size();
            while (true) {
                while (end > 0 && text[end - 1].isSpace())
                    --end;
                if (end == 0)
                    break;
                if (maxSplit >= 0 && parts.size() == maxSplit) {
                    parts.prepend(text.left(end));
                    break;
                }
                qsizetype start = end;
                while (start > 0 && !text[start - 1].isSpace())
                    --start;
                parts.prepend(text.mid(start, end - start));
                end = start;
            }
        } else {
            const QString &sp = strOf(sep);
            if (sp.isEmpty())
                in.raiseValueError(QStringLiteral("empty separator"));
            parts = text.split(sp);
            if (maxSplit >= 0 && parts.size() > maxSplit + 1) {
                const qsizetype keep = parts.size() - maxSplit;
                QStringList tail = parts.mid(keep);
                tail.prepend(parts.mid(0, keep).join(sp));
                parts = tail;
            }
        }
        std::vector<Value> out;
        for (const QString &p : parts)
            out.push_back(makeStr(p));
        return makeList(std::move(out));
    };
    // str.splitlines(keepends=False): the line boundaries of CPython's unicode_splitlines (\n, \r, \r\n,
    // \v, \f, \x1c-\x1e, \x85, \u2028, \u2029)
    S[QStringLiteral("splitlines")] = [](Interpreter &in, const Value &s, CallArgs &a) {
        in.checkNoExtraArgs(a, 1, {"keepends"}, QStringLiteral("splitlines"));
        const bool keepends = in.truthy(in.argOr(a, 0, "keepends", Value::fromBool(false)));
        const QString text = strOf(s);
        auto isBreak = [](QChar c) {
            const char16_t u = c.unicode();
            return u == u'\n' || u == u'\r' || u == 0x0b || u == 0x0c || (u >= 0x1c && u <= 0x1e) ||
                   u == 0x85 || u == 0x2028 || u == 0x2029;
        };
        std::vector<Value> out;
        qsizetype start = 0;
        const qsizetype n = text.size();
        for (qsizetype i = 0; i < n;) {
            if (!isBreak(text[i])) {
                ++i;
                continue;
            }
            qsizetype end = i + 1;
            if (text[i] == u'\r' && end < n && text[end] == u'\n')
                ++end;
            out.push_back(makeStr(text.mid(start, (keepends ? end : i) - start)));
            start = i = end;
        }
        if (start < n)
            out.push_back(makeStr(text.mid(start)));
        return makeList(std::move(out));
    };
    S[QStringLiteral("join")] = [](Interpreter &in, const Value &s, CallArgs &a) {
        if (a.pos.size() != 1)
            in.raiseTypeError(
                QStringLiteral("str.join() takes exactly one argument (%1 given)").arg(a.pos.size()));
        QStringList parts;
        size_t i = 0;
        int64_t length = 0;
        for (const Value &v : in.toVector(a.pos[0])) {
            if (!isKind(v, ObjKind::Str))
                in.raiseTypeError(QStringLiteral("sequence item %1: expected str instance, %2 found")
                                      .arg(i)
                                      .arg(in.typeName(v)));
            parts << strOf(v);
            length += strOf(v).size() + (i > 0 ? strOf(s).size() : 0);
            Interpreter::checkStringLength(length);
            ++i;
        }
        return makeStr(parts.join(strOf(s)));
    };
    S[QStringLiteral("startswith")] = [](Interpreter &in, const Value &s, CallArgs &a) {
        const Value p = in.argOr(a, 0, nullptr);
        if (isKind(p, ObjKind::Tuple)) {
            for (const Value &x : p.as<TupleObject>()->items)
                if (isKind(x, ObjKind::Str) && strOf(s).startsWith(strOf(x)))
                    return Value::fromBool(true);
            return Value::fromBool(false);
        }
        if (!isKind(p, ObjKind::Str))
            in.raiseTypeError(QStringLiteral("startswith first arg must be str or a tuple of str, not %1")
                                  .arg(in.typeName(p)));
        return Value::fromBool(strOf(s).startsWith(strOf(p)));
    };
    S[QStringLiteral("endswith")] = [](Interpreter &in, const Value &s, CallArgs &a) {
        const Value p = in.argOr(a, 0, nullptr);
        if (isKind(p, ObjKind::Tuple)) {
            for (const Value &x : p.as<TupleObject>()->items)
                if (isKind(x, ObjKind::Str) && strOf(s).endsWith(strOf(x)))
                    return Value::fromBool(true);
            return Value::fromBool(false);
        }
        if (!isKind(p, ObjKind::Str))
            in.raiseTypeError(QStringLiteral("endswith first arg must be str or a tuple of str, not %1")
                                  .arg(in.typeName(p)));
        return Value::fromBool(strOf(s).endsWith(strOf(p)));
    };
    S[QStringLiteral("replace")] = [strArg](Interpreter &in, const Value &s, CallArgs &a) {
        const QString from = strArg(in, a, 0, "replace"), to = strArg(in, a, 1, "replace");
        const int64_t count = in.argOr(a, 2, "count", Value::fromInt(-1)).asInt();
        if (to.size() > from.size()) {
            int64_t growing = from.isEmpty() ? strOf(s).size() + 1 : strOf(s).count(from);
            if (count >= 0)
                growing = std::min(growing, count);
            Interpreter::checkStringLength(strOf(s).size() + growing * (to.size() - from.size()));
        }
        if (count < 0)
            return makeStr(QString(strOf(s)).replace(from, to));
        QString r = strOf(s);
        QString out;
        int64_t done = 0;
        int pos = 0;
        while (done < count) {
            const int idx = int(r.indexOf(from, pos));
            if (idx < 0)
                break;
            out += r.mid(pos, idx - pos) + to;
            pos = idx + int(from.size());
            ++done;
            if (from.isEmpty()) {
                if (pos < r.size())
                    out += r[pos];
                ++pos;
            }
        }
        out += r.mid(pos);
        return makeStr(out);
    };
    auto findImpl = [strArg](bool raiseIfMissing, bool fromRight) {
        return Fn([=](Interpreter &in, const Value &s, CallArgs &a) {
            const QString sub = strArg(in, a, 0, "find");
            const int64_t idx = fromRight ? strOf(s).lastIndexOf(sub) : strOf(s).indexOf(sub);
            if (idx < 0 && raiseIfMissing)
                in.raiseValueError(QStringLiteral("substring not found"));
            return Value::fromInt(idx);
        });
    };
    S[QStringLiteral("find")] = findImpl(false, false);
    S[QStringLiteral("rfind")] = findImpl(false, true);
    S[QStringLiteral("index")] = findImpl(true, false);
    S[QStringLiteral("rindex")] = findImpl(true, true);
    S[QStringLiteral("count")] = [strArg](Interpreter &in, const Value &s, CallArgs &a) {
        const QString sub = strArg(in, a, 0, "count");
        if (sub.isEmpty())
            return Value::fromInt(strOf(s).size() + 1);
        return Value::fromInt(strOf(s).count(sub));
    };
    S[QStringLiteral("format")] = [](Interpreter &in, const Value &s, CallArgs &a) {
        return makeStr(strFormat(in, strOf(s), a));
    };
    auto predicate = [](bool (*pred)(QChar)) {
        return Fn([pred](Interpreter &, const Value &s, CallArgs &) {
            const QString &str = strOf(s);
            if (str.isEmpty())
                return Value::fromBool(false);
            for (QChar c : str)
                if (!pred(c))
                    return Value::fromBool(false);
            return Value::fromBool(true);
        });
    };
    // Numeric_Type Decimal or Digit ('²' is a digit), and any number ('½' is numeric).
    S[QStringLiteral("isdigit")] = predicate([](QChar c) { return c.digitValue() >= 0; });
    S[QStringLiteral("isnumeric")] = predicate([](QChar c) { return c.isNumber(); });
    S[QStringLiteral("isalpha")] = predicate([](QChar c) { return c.isLetter(); });
    S[QStringLiteral("isalnum")] = predicate([](QChar c) { return c.isLetterOrNumber(); });
    S[QStringLiteral("isspace")] = predicate([](QChar c) { return c.isSpace(); });
    S[QStringLiteral("isdecimal")] =
        predicate([](QChar c) { return c.category() == QChar::Number_DecimalDigit; });
    S[QStringLiteral("isascii")] = [](Interpreter &, const Value &s, CallArgs &) {
        for (QChar c : strOf(s))
            if (c.unicode() > 0x7f)
                return Value::fromBool(false);
        return Value::fromBool(true); // "".isascii() is True
    };
    // str.isprintable: no character of the categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs but the space.
    S[QStringLiteral("isprintable")] = [](Interpreter &, const Value &s, CallArgs &) {
        for (QChar c : strOf(s)) {
            switch (c.category()) {
            case QChar::Other_Control:
            case QChar::Other_Format:
            case QChar::Other_Surrogate:
            case QChar::Other_PrivateUse:
            case QChar::Other_NotAssigned:
            case QChar::Separator_Line:
            case QChar::Separator_Paragraph:
                return Value::fromBool(false);
            case QChar::Separator_Space:
                if (c != u' ')
                    return Value::fromBool(false);
                break;
            default:
                break;
            }
        }
        return Value::fromBool(true);
    };
    S[QStringLiteral("isidentifier")] = [](Interpreter &, const Value &s, CallArgs &) {
        const QString &str = strOf(s);
        if (str.isEmpty() || !(str[0].isLetter() || str[0] == u'_'))
            return Value::fromBool(false);
        for (QChar c : str)
            if (!(c.isLetterOrNumber() || c == u'_' || c.category() == QChar::Mark_NonSpacing ||
                  c.category() == QChar::Mark_SpacingCombining ||
                  c.category() == QChar::Punctuation_Connector))
                return Value::fromBool(false);
        return Value::fromBool(true);
    };
    // str.istitle: an upper or title case letter only after an uncased one, a lower case one only after a
    // cased one, and at least one cased letter.
    S[QStringLiteral("istitle")] = [](Interpreter &, const Value &s, CallArgs &) {
        bool cased = false;
        bool previousCased = false;
        for (QChar c : strOf(s)) {
            if (c.isUpper() || c.isTitleCase()) {
                if (previousCased)
                    return Value::fromBool(false);
                previousCased = cased = true;
            } else if (c.isLower()) {
                if (!previousCased)
                    return Value::fromBool(false);
                previousCased = cased = true;
            } else {
                previousCased = false;
            }
        }
        return Value::fromBool(cased);
    };
    S[QStringLiteral("swapcase")] = [](Interpreter &, const Value &s, CallArgs &) {
        QString r;
        for (QChar c : strOf(s)) // the full mappings: 'ß' becomes 'SS'
            r += c.isUpper() ? QString(c).toLower() : c.isLower() ? QString(c).toUpper() : QString(c);
        return makeStr(r);
    };
    S[QStringLiteral("casefold")] = [](Interpreter &, const Value &s, CallArgs &) {
        QString r = strOf(s).toCaseFolded();
        r.replace(QChar(0xdf), QStringLiteral("ss")); // the full folding CPython applies (Qt's is simple)
        return makeStr(r);
    };
    S[QStringLiteral("rpartition")] = [strArg](Interpreter &in, const Value &s, CallArgs &a) {
        const QString sep = strArg(in, a, 0, "rpartition");
        if (sep.isEmpty())
            in.raiseValueError(QStringLiteral("empty separator"));
        const qsizetype idx = strOf(s).lastIndexOf(sep);
        if (idx < 0)
            return makeTuple({makeStr(QString()), makeStr(QString()), s});
        return makeTuple(
            {makeStr(strOf(s).left(idx)), makeStr(sep), makeStr(strOf(s).mid(idx + sep.size()))});
    };
    S[QStringLiteral("expandtabs")] = [](Interpreter &in, const Value &s, CallArgs &a) {
        const Value size = in.argOr(a, 0, "tabsize", Value::fromInt(8));
        const int64_t tab = in.toIndex(size, "tabsize");
        QString r;
        int64_t column = 0;
        for (QChar c : strOf(s)) {
            if (c == u'\t') {
                if (tab > 0) {
                    const int64_t spaces = tab - column % tab;
                    r += QString(qsizetype(spaces), u' ');
                    column += spaces;
                }
            } else {
                r += c;
                column = (c == u'\n' || c == u'\r') ? 0 : column + 1;
            }
        }
        return makeStr(r);
    };
    S[QStringLiteral("isupper")] = [](Interpreter &, const Value &s, CallArgs &) {
        return Value::fromBool(strOf(s).toUpper() == strOf(s) && strOf(s).toLower() != strOf(s));
    };
    S[QStringLiteral("islower")] = [](Interpreter &, const Value &s, CallArgs &) {
        return Value::fromBool(strOf(s).toLower() == strOf(s) && strOf(s).toUpper() != strOf(s));
    };
    auto justify = [](int mode) {
        return Fn([mode](Interpreter &in, const Value &s, CallArgs &a) {
            const int64_t width = in.toIndex(in.argOr(a, 0, nullptr), "width");
            const Value fillV = in.argOr(a, 1, nullptr, makeStr(QStringLiteral(" ")));
            const QChar fill = strOf(fillV).isEmpty() ? u' ' : strOf(fillV)[0];
            const QString &src = strOf(s);
            const int64_t padCount = width - src.size();
            if (padCount <= 0)
                return s;
            Interpreter::checkStringLength(width);
            if (mode == 0)
                return makeStr(src + QString(qsizetype(padCount), fill));
            if (mode == 1)
                return makeStr(QString(qsizetype(padCount), fill) + src);
            const int64_t left = padCount / 2 + (padCount & width & 1);
            return makeStr(QString(qsizetype(left), fill) + src + QString(qsizetype(padCount - left), fill));
        });
    };
    S[QStringLiteral("ljust")] = justify(0);
    S[QStringLiteral("rjust")] = justify(1);
    S[QStringLiteral("center")] = justify(2);
    S[QStringLiteral("zfill")] = [](Interpreter &in, const Value &s, CallArgs &a) {
        const int64_t width = in.toIndex(in.argOr(a, 0, nullptr), "width");
        QString src = strOf(s);
        QString sign;
        if (!src.isEmpty() && (src[0] == u'-' || src[0] == u'+')) {
            sign = src.left(1);
            src = src.mid(1);
        }
        const int64_t padCount = width - sign.size() - src.size();
        Interpreter::checkStringLength(width);
        return makeStr(sign + QString(qsizetype(std::max<int64_t>(0, padCount)), u'0') + src);
    };
    S[QStringLiteral("partition")] = [strArg](Interpreter &in, const Value &s, CallArgs &a) {
        const QString sep = strArg(in, a, 0, "partition");
        const int idx = int(strOf(s).indexOf(sep));
        if (idx < 0)
            return makeTuple({s, makeStr(QString()), makeStr(QString())});
        return makeTuple(
            {makeStr(strOf(s).left(idx)), makeStr(sep), makeStr(strOf(s).mid(idx + sep.size()))});
    };
    S[QStringLiteral("removeprefix")] = [strArg](Interpreter &in, const Value &s, CallArgs &a) {
        const QString p = strArg(in, a, 0, "removeprefix");
        return strOf(s).startsWith(p) ? makeStr(strOf(s).mid(p.size())) : s;
    };
    S[QStringLiteral("removesuffix")] = [strArg](Interpreter &in, const Value &s, CallArgs &a) {
        const QString p = strArg(in, a, 0, "removesuffix");
        return strOf(s).endsWith(p) && !p.isEmpty() ? makeStr(strOf(s).chopped(p.size())) : s;
    };

    // ---- list ----
    L[QStringLiteral("append")] = [](Interpreter &in, const Value &l, CallArgs &a) {
        if (a.pos.size() != 1)
            in.raiseTypeError(
                QStringLiteral("list.append() takes exactly one argument (%1 given)").arg(a.pos.size()));
        l.as<ListObject>()->append(a.pos[0]);
        return Value();
    };
    L[QStringLiteral("extend")] = [](Interpreter &in, const Value &l, CallArgs &a) {
        for (Value &v : in.toVector(in.argOr(a, 0, nullptr)))
            l.as<ListObject>()->append(v);
        return Value();
    };
    L[QStringLiteral("insert")] = [](Interpreter &in, const Value &l, CallArgs &a) {
        auto &items = l.as<ListObject>()->items;
        int64_t i = in.toIndex(in.argOr(a, 0, nullptr), "list");
        const int64_t n = int64_t(items.size());
        if (i < 0)
            i = std::max<int64_t>(0, i + n);
        i = std::min(i, n);
        l.as<ListObject>()->append(Value());
        items.pop_back();
        items.insert(items.begin() + i, in.argOr(a, 1, nullptr));
        return Value();
    };
    L[QStringLiteral("pop")] = [](Interpreter &in, const Value &l, CallArgs &a) {
        auto &items = l.as<ListObject>()->items;
        if (items.empty())
            in.raiseError(QStringLiteral("IndexError"), QStringLiteral("pop from empty list"));
        int64_t i = a.pos.empty() ? int64_t(items.size()) - 1 : in.toIndex(a.pos[0], "list");
        if (i < 0)
            i += int64_t(items.size());
        if (i < 0 || i >= int64_t(items.size()))
            in.raiseError(QStringLiteral("IndexError"), QStringLiteral("pop index out of range"));
        Value v = items[size_t(i)];
        items.erase(items.begin() + i);
        return v;
    };
    L[QStringLiteral("remove")] = [](Interpreter &in, const Value &l, CallArgs &a) {
        auto &items = l.as<ListObject>()->items;
        const Value x = in.argOr(a, 0, nullptr);
        for (size_t i = 0; i < items.size(); ++i)
            if (in.equals(items[i], x)) {
                items.erase(items.begin() + int64_t(i));
                return Value();
            }
        in.raiseValueError(QStringLiteral("list.remove(x): x not in list"));
    };
    auto seqIndex = [](bool isList) {
        return Fn([isList](Interpreter &in, const Value &l, CallArgs &a) {
            const auto &items = isList ? l.as<ListObject>()->items : l.as<TupleObject>()->items;
            const Value x = in.argOr(a, 0, nullptr);
            for (size_t i = 0; i < items.size(); ++i)
                if (in.equals(items[i], x))
                    return Value::fromInt(int64_t(i));
            in.raiseValueError(isList ? QStringLiteral("%1 is not in list").arg(in.repr(x))
                                      : QStringLiteral("tuple.index(x): x not in tuple"));
        });
    };
    auto seqCount = [](bool isList) {
        return Fn([isList](Interpreter &in, const Value &l, CallArgs &a) {
            const auto &items = isList ? l.as<ListObject>()->items : l.as<TupleObject>()->items;
            const Value x = in.argOr(a, 0, nullptr);
            int64_t n = 0;
            for (const Value &v : items)
                if (in.equals(v, x))
                    ++n;
            return Value::fromInt(n);
        });
    };
    L[QStringLiteral("index")] = seqIndex(true);
    L[QStringLiteral("count")] = seqCount(true);
    T[QStringLiteral("index")] = seqIndex(false);
    T[QStringLiteral("count")] = seqCount(false);
    L[QStringLiteral("sort")] = [](Interpreter &in, const Value &l, CallArgs &a) {
        in.checkNoExtraArgs(a, 0, {"key", "reverse"}, QStringLiteral("sort"));
        std::vector<Value> items = l.as<ListObject>()->items;
        sortValues(in, items, in.argOr(a, 99, "key"), in.truthy(in.argOr(a, 99, "reverse")));
        l.as<ListObject>()->items = std::move(items);
        return Value();
    };
    L[QStringLiteral("reverse")] = [](Interpreter &, const Value &l, CallArgs &) {
        auto &items = l.as<ListObject>()->items;
        std::reverse(items.begin(), items.end());
        return Value();
    };
    L[QStringLiteral("clear")] = [](Interpreter &, const Value &l, CallArgs &) {
        std::vector<Value> old;
        old.swap(l.as<ListObject>()->items);
        return Value();
    };
    L[QStringLiteral("copy")] = [](Interpreter &, const Value &l, CallArgs &) {
        return makeList(l.as<ListObject>()->items);
    };

    // ---- dict ----
    D[QStringLiteral("get")] = [](Interpreter &in, const Value &d, CallArgs &a) {
        const Value k = in.argOr(a, 0, nullptr);
        in.hashCheck(k);
        const Value *v = d.as<DictObject>()->table.find(k);
        return v ? *v : in.argOr(a, 1, nullptr);
    };
    D[QStringLiteral("keys")] = [](Interpreter &in, const Value &d, CallArgs &) {
        return in.dictView(d, Interpreter::DictPart::Keys);
    };
    D[QStringLiteral("values")] = [](Interpreter &in, const Value &d, CallArgs &) {
        return in.dictView(d, Interpreter::DictPart::Values);
    };
    D[QStringLiteral("items")] = [](Interpreter &in, const Value &d, CallArgs &) {
        return in.dictView(d, Interpreter::DictPart::Items);
    };
    D[QStringLiteral("pop")] = [](Interpreter &in, const Value &d, CallArgs &a) {
        const Value k = in.argOr(a, 0, nullptr);
        in.hashCheck(k);
        Value v;
        if (d.as<DictObject>()->table.remove(k, &v))
            return v;
        if (a.pos.size() > 1)
            return a.pos[1];
        in.raise(in.newException(in.exceptionClass(QStringLiteral("KeyError")), {k}));
    };
    D[QStringLiteral("popitem")] = [](Interpreter &in, const Value &d, CallArgs &) {
        Value k, v;
        if (!d.as<DictObject>()->table.popLast(&k, &v))
            in.raiseError(QStringLiteral("KeyError"), QStringLiteral("popitem(): dictionary is empty"));
        return makeTuple({k, v});
    };
    D[QStringLiteral("setdefault")] = [](Interpreter &in, const Value &d, CallArgs &a) {
        const Value k = in.argOr(a, 0, nullptr);
        in.hashCheck(k);
        if (const Value *v = d.as<DictObject>()->table.find(k))
            return *v;
        const Value dflt = in.argOr(a, 1, nullptr);
        d.as<DictObject>()->set(k, dflt);
        return dflt;
    };
    D[QStringLiteral("update")] = [](Interpreter &in, const Value &d, CallArgs &a) {
        CallArgs copy = a;
        std::vector<Value> pos = copy.pos;
        Value tmp = in.call(in.builtin(QStringLiteral("dict")), copy);
        for (const auto &e : tmp.as<DictObject>()->table.entries())
            if (e.live)
                d.as<DictObject>()->set(e.key, e.value);
        return Value();
    };
    D[QStringLiteral("clear")] = [](Interpreter &, const Value &d, CallArgs &) {
        d.as<DictObject>()->table.clear();
        return Value();
    };
    D[QStringLiteral("copy")] = [](Interpreter &in, const Value &d, CallArgs &) {
        return in.call(in.builtin(QStringLiteral("dict")), {d});
    };

    // ---- set ----
    St[QStringLiteral("add")] = [](Interpreter &in, const Value &s, CallArgs &a) {
        const Value x = in.argOr(a, 0, nullptr);
        s.as<SetObject>()->add(x, in.hashCheck(x));
        return Value();
    };
    St[QStringLiteral("discard")] = [](Interpreter &in, const Value &s, CallArgs &a) {
        const Value x = setLookupKey(in, in.argOr(a, 0, nullptr));
        s.as<SetObject>()->table.discardHashed(x, in.hashCheck(x));
        return Value();
    };
    St[QStringLiteral("remove")] = [](Interpreter &in, const Value &s, CallArgs &a) {
        const Value given = in.argOr(a, 0, nullptr);
        const Value x = setLookupKey(in, given);
        if (!s.as<SetObject>()->table.discardHashed(x, in.hashCheck(x)))
            in.raise(in.newException(in.exceptionClass(QStringLiteral("KeyError")), {given}));
        return Value();
    };
    St[QStringLiteral("pop")] = [](Interpreter &in, const Value &s, CallArgs &) {
        Value key;
        if (!s.as<SetObject>()->table.pop(&key))
            in.raiseError(QStringLiteral("KeyError"), QStringLiteral("pop from an empty set"));
        return key;
    };
    St[QStringLiteral("clear")] = [](Interpreter &, const Value &s, CallArgs &) {
        s.as<SetObject>()->table.clear();
        return Value();
    };
    St[QStringLiteral("copy")] = [](Interpreter &, const Value &s, CallArgs &) { return setCopy(s); };
    St[QStringLiteral("update")] = [](Interpreter &in, const Value &s, CallArgs &a) {
        for (const Value &other : a.pos)
            setUpdate(in, *s.as<SetObject>(), other);
        return Value();
    };
    St[QStringLiteral("union")] = [](Interpreter &in, const Value &s, CallArgs &a) {
        return setUnion(in, s, a.pos);
    };
    // intersection(*others): the intersection with each in turn; with none, a copy
    auto intersectionOf = [](Interpreter &in, const Value &s, const std::vector<Value> &others) {
        Value result = s;
        for (const Value &other : others)
            result = setIntersection(in, result, other);
        return others.empty() ? setCopy(s) : result;
    };
    St[QStringLiteral("intersection")] = [intersectionOf](Interpreter &in, const Value &s, CallArgs &a) {
        return intersectionOf(in, s, a.pos);
    };
    St[QStringLiteral("intersection_update")] = [intersectionOf](Interpreter &in, const Value &s,
                                                                 CallArgs &a) {
        const Value common = intersectionOf(in, s, a.pos);
        s.as<SetObject>()->table.swap(common.as<SetObject>()->table);
        s.as<SetObject>()->settle();
        return Value();
    };
    // difference(*others): the difference with the first, then the others taken out of it
    St[QStringLiteral("difference")] = [](Interpreter &in, const Value &s, CallArgs &a) {
        if (a.pos.empty())
            return setCopy(s);
        const Value result = setDifference(in, s, a.pos[0]);
        for (size_t i = 1; i < a.pos.size(); ++i)
            setDifferenceUpdate(in, *result.as<SetObject>(), a.pos[i]);
        return result;
    };
    St[QStringLiteral("difference_update")] = [](Interpreter &in, const Value &s, CallArgs &a) {
        for (const Value &other : a.pos)
            setDifferenceUpdate(in, *s.as<SetObject>(), other);
        return Value();
    };
    // set.symmetric_difference(other) and its update take exactly one argument, as METH_O methods do
    auto oneArgument = [](Interpreter &in, CallArgs &a, const char *name) {
        if (!a.kw.empty())
            in.raiseTypeError(QStringLiteral("set.%1() takes no keyword arguments").arg(QLatin1String(name)));
        if (a.pos.size() != 1)
            in.raiseTypeError(QStringLiteral("set.%1() takes exactly one argument (%2 given)")
                                  .arg(QLatin1String(name))
                                  .arg(a.pos.size()));
    };
    St[QStringLiteral("symmetric_difference")] = [oneArgument](Interpreter &in, const Value &s, CallArgs &a) {
        oneArgument(in, a, "symmetric_difference");
        return setSymmetricDifference(in, s, in.argOr(a, 0, nullptr));
    };
    St[QStringLiteral("symmetric_difference_update")] = [oneArgument](Interpreter &in, const Value &s,
                                                                      CallArgs &a) {
        oneArgument(in, a, "symmetric_difference_update");
        setSymmetricDifferenceUpdate(in, *s.as<SetObject>(), in.argOr(a, 0, nullptr));
        return Value();
    };
    St[QStringLiteral("issubset")] = [](Interpreter &in, const Value &s, CallArgs &a) {
        return in.compare(Op::LtE, s, makeSet(in, in.argOr(a, 0, nullptr), false));
    };
    St[QStringLiteral("issuperset")] = [](Interpreter &in, const Value &s, CallArgs &a) {
        return in.compare(Op::GtE, s, makeSet(in, in.argOr(a, 0, nullptr), false));
    };
    St[QStringLiteral("isdisjoint")] = [](Interpreter &in, const Value &s, CallArgs &a) {
        const auto &table = s.as<SetObject>()->table;
        for (const Value &x : in.toVector(in.argOr(a, 0, nullptr)))
            if (isHashable(x) && table.contains(x))
                return Value::fromBool(false);
        return Value::fromBool(true);
    };
    // frozenset: the methods that do not change the set; copy() is the frozenset itself.
    auto &Fz = m_methods[kFrozenSetMethods];
    for (const char *name : {"union", "intersection", "difference", "symmetric_difference", "issubset",
                             "issuperset", "isdisjoint"})
        Fz[QLatin1String(name)] = St.value(QLatin1String(name));
    Fz[QStringLiteral("copy")] = [](Interpreter &, const Value &s, CallArgs &) { return s; };

    // ---- numbers ----
    F[QStringLiteral("is_integer")] = [](Interpreter &, const Value &f, CallArgs &) {
        return Value::fromBool(std::isfinite(f.asFloat()) && f.asFloat() == std::floor(f.asFloat()));
    };
    I[QStringLiteral("bit_length")] = [](Interpreter &, const Value &i, CallArgs &) {
        return Value::fromInt(intBitLength(i));
    };
    I[QStringLiteral("bit_count")] = [](Interpreter &, const Value &i, CallArgs &) {
        return Value::fromInt(intBitCount(i));
    };
    I[QStringLiteral("conjugate")] = [](Interpreter &, const Value &i, CallArgs &) { return i.plainInt(); };
}

} // namespace awaitscope::py
