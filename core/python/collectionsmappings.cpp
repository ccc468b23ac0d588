// collections' dict and tuple subclasses: defaultdict, Counter, OrderedDict and namedtuple. Their instances
// are plain dicts and tuples whose `subclass` names the class, so every dict and tuple operation works on
// them; the class adds what it changes (__missing__, __repr__, most_common, the fields ...).
#include "nativeclass.h"

#include <algorithm>

namespace awaitscope::py {

namespace {

DictObject *dictOf(const Value &v)
{
    auto *d = v.as<DictObject>();
    return d && d->kind == ObjKind::Dict ? d : nullptr;
}

QString className(Interpreter &in, const Value &self)
{
    return in.typeOf(self).as<ClassObject>()->name;
}

Value newDict(const Value &cls)
{
    auto *d = new DictObject();
    Value v(d);
    d->subclass = cls;
    return v;
}

// dict.update's rule: a mapping's items, or an iterable of pairs, then the keywords.
void updateFrom(Interpreter &in, DictObject *d, const Value &src, std::vector<std::pair<QString, Value>> &kw)
{
    if (!src.isNone()) {
        if (auto *m = dictOf(src)) {
            for (const auto &e : m->table.entries())
                if (e.live)
                    d->set(e.key, e.value);
        } else {
            for (const Value &pair : in.toVector(src)) {
                std::vector<Value> kv = in.toVector(pair);
                if (kv.size() != 2)
                    in.raiseValueError(
                        QStringLiteral("dictionary update sequence element #0 has length %1; 2 is required")
                            .arg(kv.size()));
                in.hashCheck(kv[0]);
                d->set(kv[0], kv[1]);
            }
        }
    }
    for (auto &[k, val] : kw)
        d->set(makeStr(k), val);
}

QString itemsRepr(Interpreter &in, const DictObject *d)
{
    QStringList parts;
    for (const auto &e : d->table.entries())
        if (e.live)
            parts << in.repr(e.key) + QStringLiteral(": ") + in.repr(e.value);
    return u'{' + parts.join(QStringLiteral(", ")) + u'}';
}

// A value computed from the object it is read on (defaultdict.default_factory, a namedtuple's field).
struct Getter
{
    std::function<Value(Interpreter &, const Value &)> get;
};

Value getterGet(Interpreter &in, const Value &self, CallArgs &a)
{
    const Value obj = a.pos.empty() ? Value() : a.pos[0];
    if (obj.isNone())
        return self;
    return std::static_pointer_cast<Getter>(self.as<InstanceObject>()->payload)->get(in, obj);
}

Value makeGetter(const Value &getterClass, std::function<Value(Interpreter &, const Value &)> get)
{
    auto *inst = new InstanceObject(getterClass);
    Value v(inst);
    inst->payload = std::make_shared<Getter>(Getter{std::move(get)});
    return v;
}

// ---- defaultdict ----

Value defaultdictNew(Interpreter &in, const Value &cls, std::vector<Value> &p,
                     std::vector<std::pair<QString, Value>> &kw)
{
    Value v = newDict(cls);
    auto *d = v.as<DictObject>();
    if (!p.empty()) {
        const Value &f = p[0];
        const bool callable = f.isNone() || f.as<FunctionObject>() || f.as<BuiltinObject>() ||
                              f.as<BoundMethodObject>() || f.as<ClassObject>() ||
                              (f.as<InstanceObject>() && f.obj()->kind == ObjKind::Instance &&
                               f.as<InstanceObject>()->klass()->lookup(QStringLiteral("__call__")));
        if (!callable)
            in.raiseTypeError(QStringLiteral("first argument must be callable or None"));
        d->state = f;
    }
    if (p.size() > 2)
        in.raiseTypeError(QStringLiteral("dict expected at most 1 argument, got %1").arg(p.size() - 1));
    updateFrom(in, d, p.size() > 1 ? p[1] : Value(), kw);
    return v;
}

Value defaultdictMissing(Interpreter &in, const Value &self, CallArgs &a)
{
    auto *d = dictOf(self);
    const Value key = a.pos.empty() ? Value() : a.pos[0];
    if (d->state.isNone())
        in.raise(in.newException(in.builtin(QStringLiteral("KeyError")), {key}));
    Value v = in.call(d->state, std::vector<Value>{});
    in.setItem(self, key, v);
    return v;
}

Value defaultdictRepr(Interpreter &in, const Value &self, CallArgs &)
{
    auto *d = dictOf(self);
    NestingGuard nesting(in, "while getting the repr of an object");
    return makeStr(
        QStringLiteral("%1(%2, %3)").arg(className(in, self), in.repr(d->state), itemsRepr(in, d)));
}

Value defaultdictCopy(Interpreter &, const Value &self, CallArgs &)
{
    auto *d = dictOf(self);
    Value v = newDict(d->subclass);
    auto *c = v.as<DictObject>();
    c->state = d->state;
    for (const auto &e : d->table.entries())
        if (e.live)
            c->set(e.key, e.value);
    return v;
}

// ---- Counter ----

void countInto(Interpreter &in, DictObject *d, const Value &src, int sign)
{
    auto add = [&](const Value &k, const Value &n) {
        in.hashCheck(k);
        const Value *old = d->table.find(k);
        const Value delta = sign > 0 ? n : in.unaryOp(Op::USub, n);
        d->set(k, old ? in.binaryOp(Op::Add, *old, delta) : delta);
    };
    if (auto *m = dictOf(src)) {
        std::vector<std::pair<Value, Value>> items;
        for (const auto &e : m->table.entries())
            if (e.live)
                items.emplace_back(e.key, e.value);
        for (auto &[k, n] : items)
            add(k, n);
        return;
    }
    for (const Value &x : in.toVector(src))
        add(x, Value::fromInt(1));
}

Value counterNew(Interpreter &in, const Value &cls, std::vector<Value> &p,
                 std::vector<std::pair<QString, Value>> &kw)
{
    if (p.size() > 1)
        in.raiseTypeError(QStringLiteral("expected at most 1 argument, got %1").arg(p.size()));
    Value v = newDict(cls);
    auto *d = v.as<DictObject>();
    if (!p.empty() && !p[0].isNone())
        countInto(in, d, p[0], 1);
    for (auto &[k, n] : kw) {
        const Value key = makeStr(k);
        const Value *old = d->table.find(key);
        d->set(key, old ? in.binaryOp(Op::Add, *old, n) : n);
    }
    return v;
}

// Items by count, largest first; equal counts keep their insertion order (CPython sorts stably).
std::vector<std::pair<Value, Value>> byCount(Interpreter &in, const DictObject *d)
{
    std::vector<std::pair<Value, Value>> items;
    for (const auto &e : d->table.entries())
        if (e.live)
            items.emplace_back(e.key, e.value);
    std::stable_sort(items.begin(), items.end(),
                     [&](const auto &x, const auto &y) { return in.less(y.second, x.second); });
    return items;
}

Value counterMostCommon(Interpreter &in, const Value &self, CallArgs &a)
{
    auto items = byCount(in, dictOf(self));
    const Value n = in.argOr(a, 0, "n");
    if (!n.isNone()) {
        const int64_t k = in.toIndex(n, "most_common");
        if (k < int64_t(items.size()))
            items.resize(size_t(std::max<int64_t>(k, 0)));
    }
    std::vector<Value> out;
    for (auto &[k, c] : items)
        out.push_back(makeTuple({k, c}));
    return makeList(std::move(out));
}

Value counterRepr(Interpreter &in, const Value &self, CallArgs &)
{
    auto *d = dictOf(self);
    const QString name = className(in, self);
    if (d->table.size() == 0)
        return makeStr(name + QStringLiteral("()"));
    NestingGuard nesting(in, "while getting the repr of an object");
    QStringList parts;
    for (auto &[k, c] : byCount(in, d))
        parts << in.repr(k) + QStringLiteral(": ") + in.repr(c);
    return makeStr(QStringLiteral("%1({%2})").arg(name, parts.join(QStringLiteral(", "))));
}

Value counterMissing(Interpreter &, const Value &, CallArgs &)
{
    return Value::fromInt(0);
}

Value counterUpdate(Interpreter &in, const Value &self, CallArgs &a, int sign)
{
    auto *d = dictOf(self);
    if (a.pos.size() > 1)
        in.raiseTypeError(QStringLiteral("expected at most 1 argument, got %1").arg(a.pos.size()));
    if (!a.pos.empty() && !a.pos[0].isNone())
        countInto(in, d, a.pos[0], sign);
    for (auto &[k, n] : a.kw) {
        const Value key = makeStr(k);
        const Value *old = d->table.find(key);
        const Value delta = sign > 0 ? n : in.unaryOp(Op::USub, n);
        d->set(key, old ? in.binaryOp(Op::Add, *old, delta) : delta);
    }
    return Value();
}

Value counterUpdatePlus(Interpreter &in, const Value &self, CallArgs &a)
{
    return counterUpdate(in, self, a, 1);
}

Value counterSubtract(Interpreter &in, const Value &self, CallArgs &a)
{
    return counterUpdate(in, self, a, -1);
}

Value counterElements(Interpreter &in, const Value &self, CallArgs &)
{
    std::vector<Value> out;
    for (const auto &e : dictOf(self)->table.entries()) {
        if (!e.live)
            continue;
        if (!e.value.isIntLike())
            in.raiseTypeError(
                QStringLiteral("'%1' object cannot be interpreted as an integer").arg(in.typeName(e.value)));
        for (int64_t i = 0; i < e.value.asInt(); ++i) {
            Heap::current()->charge(1);
            out.push_back(e.key);
        }
    }
    return in.getIter(makeList(std::move(out)));
}

Value counterTotal(Interpreter &in, const Value &self, CallArgs &)
{
    Value sum = Value::fromInt(0);
    for (const auto &e : dictOf(self)->table.entries())
        if (e.live)
            sum = in.binaryOp(Op::Add, sum, e.value);
    return sum;
}

// Counter + Counter and Counter - Counter keep the positive counts only.
Value counterCombine(Interpreter &in, const Value &self, const Value &other, int sign)
{
    auto *a = dictOf(self);
    auto *b = dictOf(other);
    if (!b || !in.isInstance(other, in.typeOf(self)))
        in.raiseTypeError(QStringLiteral("unsupported operand type(s) for %1: '%2' and '%3'")
                              .arg(sign > 0 ? u'+' : u'-')
                              .arg(in.typeName(self), in.typeName(other)));
    Value r = newDict(a->subclass);
    auto *d = r.as<DictObject>();
    const Value zero = Value::fromInt(0);
    for (const auto &e : a->table.entries()) {
        if (!e.live)
            continue;
        const Value *o = b->table.find(e.key);
        const Value n = o ? in.binaryOp(sign > 0 ? Op::Add : Op::Sub, e.value, *o) : e.value;
        if (in.less(zero, n))
            d->set(e.key, n);
    }
    for (const auto &e : b->table.entries()) {
        if (!e.live || a->table.contains(e.key))
            continue;
        const Value n = sign > 0 ? e.value : in.unaryOp(Op::USub, e.value);
        if (in.less(zero, n))
            d->set(e.key, n);
    }
    return r;
}

Value counterAdd(Interpreter &in, const Value &self, CallArgs &a)
{
    return counterCombine(in, self, a.pos.empty() ? Value() : a.pos[0], 1);
}

Value counterSub(Interpreter &in, const Value &self, CallArgs &a)
{
    return counterCombine(in, self, a.pos.empty() ? Value() : a.pos[0], -1);
}

Value counterCopy(Interpreter &, const Value &self, CallArgs &)
{
    auto *d = dictOf(self);
    Value v = newDict(d->subclass);
    for (const auto &e : d->table.entries())
        if (e.live)
            v.as<DictObject>()->set(e.key, e.value);
    return v;
}

// ---- OrderedDict ----

Value orderedNew(Interpreter &in, const Value &cls, std::vector<Value> &p,
                 std::vector<std::pair<QString, Value>> &kw)
{
    if (p.size() > 1)
        in.raiseTypeError(QStringLiteral("expected at most 1 argument, got %1").arg(p.size()));
    Value v = newDict(cls);
    updateFrom(in, v.as<DictObject>(), p.empty() ? Value() : p[0], kw);
    return v;
}

Value orderedRepr(Interpreter &in, const Value &self, CallArgs &)
{
    auto *d = dictOf(self);
    const QString name = className(in, self);
    if (d->table.size() == 0)
        return makeStr(name + QStringLiteral("()"));
    NestingGuard nesting(in, "while getting the repr of an object");
    QStringList parts;
    for (const auto &e : d->table.entries())
        if (e.live)
            parts << u'(' + in.repr(e.key) + QStringLiteral(", ") + in.repr(e.value) + u')';
    return makeStr(QStringLiteral("%1([%2])").arg(name, parts.join(QStringLiteral(", "))));
}

Value orderedMoveToEnd(Interpreter &in, const Value &self, CallArgs &a)
{
    auto *d = dictOf(self);
    const Value key = in.argOr(a, 0, "key");
    const bool last = in.truthy(in.argOr(a, 1, "last", Value::fromBool(true)));
    Value value;
    in.hashCheck(key);
    if (!d->table.remove(key, &value))
        in.raise(in.newException(in.builtin(QStringLiteral("KeyError")), {key}));
    if (last) {
        d->set(key, value);
        return Value();
    }
    std::vector<std::pair<Value, Value>> rest;
    for (const auto &e : d->table.entries())
        if (e.live)
            rest.emplace_back(e.key, e.value);
    d->table.clear();
    d->set(key, value);
    for (auto &[k, v] : rest)
        d->set(k, v);
    return Value();
}

Value orderedPopItem(Interpreter &in, const Value &self, CallArgs &a)
{
    auto *d = dictOf(self);
    const bool last = in.truthy(in.argOr(a, 0, "last", Value::fromBool(true)));
    if (d->table.size() == 0)
        in.raise(in.newException(in.builtin(QStringLiteral("KeyError")),
                                 {makeStr(QStringLiteral("dictionary is empty"))}));
    Value key, value;
    if (last) {
        d->table.popLast(&key, &value);
    } else {
        for (const auto &e : d->table.entries())
            if (e.live) {
                key = e.key;
                value = e.value;
                break;
            }
        d->table.remove(key);
    }
    return makeTuple({key, value});
}

Value orderedCopy(Interpreter &in, const Value &self, CallArgs &a)
{
    return counterCopy(in, self, a);
}

const NativeClassDef dictClasses[] = {
    {"defaultdict",
     defaultdictNew,
     {{"__missing__", defaultdictMissing}, {"__repr__", defaultdictRepr}, {"copy", defaultdictCopy}}},
    {"Counter",
     counterNew,
     {{"__missing__", counterMissing},
      {"__repr__", counterRepr},
      {"__add__", counterAdd},
      {"__sub__", counterSub},
      {"most_common", counterMostCommon},
      {"update", counterUpdatePlus},
      {"subtract", counterSubtract},
      {"elements", counterElements},
      {"total", counterTotal},
      {"copy", counterCopy}}},
    {"OrderedDict",
     orderedNew,
     {{"__repr__", orderedRepr},
      {"move_to_end", orderedMoveToEnd},
      {"popitem", orderedPopItem},
      {"copy", orderedCopy}}},
};

// ---- namedtuple ----

struct TupleSpec
{
    QStringList fields;
    std::vector<Value> defaults; // for the last fields
};

QStringList fieldNames(Interpreter &in, const Value &spec)
{
    QStringList names;
    if (auto *s = spec.as<StrObject>(); s && s->kind == ObjKind::Str) {
        QString text = s->value;
        text.replace(u',', u' ');
        names = text.split(u' ', Qt::SkipEmptyParts);
    } else {
        for (const Value &v : in.toVector(spec))
            names << in.str(v);
    }
    QStringList seen;
    for (const QString &n : names) {
        bool ok = !n.isEmpty() && (n[0].isLetter() || n[0] == u'_');
        for (QChar c : n)
            ok = ok && (c.isLetterOrNumber() || c == u'_');
        if (!ok)
            in.raiseValueError(QStringLiteral("Type names and field names must be valid identifiers: %1")
                                   .arg(in.repr(makeStr(n))));
        if (n.startsWith(u'_'))
            in.raiseValueError(
                QStringLiteral("Field names cannot start with an underscore: %1").arg(in.repr(makeStr(n))));
        if (seen.contains(n))
            in.raiseValueError(
                QStringLiteral("Encountered duplicate field name: %1").arg(in.repr(makeStr(n))));
        seen << n;
    }
    return names;
}

const TupleSpec &specOf(Interpreter &in, const Value &cls)
{
    for (Value c = cls; auto *k = c.as<ClassObject>(); c = k->bases.empty() ? Value() : k->bases[0])
        if (const Value spec = k->attrs.value(QStringLiteral("__namedtuple_spec__")); !spec.isNone())
            return *std::static_pointer_cast<TupleSpec>(spec.as<InstanceObject>()->payload);
    in.raiseTypeError(QStringLiteral("not a namedtuple class"));
}

Value makeRecord(Interpreter &in, const Value &cls, std::vector<Value> &p,
                 std::vector<std::pair<QString, Value>> &kw)
{
    const TupleSpec &spec = specOf(in, cls);
    const QString name = cls.as<ClassObject>()->name;
    const qsizetype n = spec.fields.size();
    if (qsizetype(p.size()) > n)
        in.raiseTypeError(tooManyPositional(name + QStringLiteral(".__new__()"),
                                            size_t(n) - spec.defaults.size() + 1, size_t(n) + 1,
                                            p.size() + 1));
    std::vector<Value> items(static_cast<size_t>(n));
    std::vector<bool> set(size_t(n), false);
    for (size_t i = 0; i < p.size(); ++i) {
        items[i] = p[i];
        set[i] = true;
    }
    for (auto &[k, v] : kw) {
        const qsizetype i = spec.fields.indexOf(k);
        if (i < 0)
            in.raiseTypeError(
                QStringLiteral("%1.__new__() got an unexpected keyword argument '%2'").arg(name, k));
        if (set[size_t(i)])
            in.raiseTypeError(
                QStringLiteral("%1.__new__() got multiple values for argument '%2'").arg(name, k));
        items[size_t(i)] = v;
        set[size_t(i)] = true;
    }
    const size_t firstDefault = size_t(n) - spec.defaults.size();
    QStringList missing;
    for (size_t i = 0; i < size_t(n); ++i) {
        if (set[i])
            continue;
        if (i >= firstDefault)
            items[i] = spec.defaults[i - firstDefault];
        else
            missing << u'\'' + spec.fields[qsizetype(i)] + u'\'';
    }
    if (!missing.isEmpty()) {
        QString list = missing.last();
        if (missing.size() == 2)
            list = missing[0] + QStringLiteral(" and ") + missing[1];
        else if (missing.size() > 2)
            list = missing.mid(0, missing.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(", and ") +
                   missing.last();
        in.raiseTypeError(QStringLiteral("%1.__new__() missing %2 required positional argument%3: %4")
                              .arg(name)
                              .arg(missing.size())
                              .arg(missing.size() == 1 ? QString() : QStringLiteral("s"), list));
    }
    Value v = makeTuple(std::move(items));
    v.as<TupleObject>()->subclass = cls;
    return v;
}

Value recordRepr(Interpreter &in, const Value &self, CallArgs &)
{
    const Value cls = in.typeOf(self);
    const TupleSpec &spec = specOf(in, cls);
    NestingGuard nesting(in, "while getting the repr of an object");
    QStringList parts;
    const auto &items = self.as<TupleObject>()->items;
    for (qsizetype i = 0; i < spec.fields.size() && size_t(i) < items.size(); ++i)
        parts << spec.fields[i] + u'=' + in.repr(items[size_t(i)]);
    return makeStr(
        QStringLiteral("%1(%2)").arg(cls.as<ClassObject>()->name, parts.join(QStringLiteral(", "))));
}

Value recordAsDict(Interpreter &in, const Value &self, CallArgs &)
{
    const TupleSpec &spec = specOf(in, in.typeOf(self));
    auto *d = new DictObject();
    Value v(d);
    const auto &items = self.as<TupleObject>()->items;
    for (qsizetype i = 0; i < spec.fields.size(); ++i)
        d->set(makeStr(spec.fields[i]), items[size_t(i)]);
    return v;
}

Value recordReplace(Interpreter &in, const Value &self, CallArgs &a)
{
    const Value cls = in.typeOf(self);
    const TupleSpec &spec = specOf(in, cls);
    if (!a.pos.empty())
        in.raiseTypeError(QStringLiteral("%1._replace() takes 1 positional argument but %2 were given")
                              .arg(cls.as<ClassObject>()->name)
                              .arg(a.pos.size() + 1));
    std::vector<Value> items = self.as<TupleObject>()->items;
    QStringList unknown;
    for (auto &[k, v] : a.kw) {
        const qsizetype i = spec.fields.indexOf(k);
        if (i < 0)
            unknown << in.repr(makeStr(k));
        else
            items[size_t(i)] = v;
    }
    if (!unknown.isEmpty())
        in.raiseValueError(
            QStringLiteral("Got unexpected field names: [%1]").arg(unknown.join(QStringLiteral(", "))));
    Value v = makeTuple(std::move(items));
    v.as<TupleObject>()->subclass = cls;
    return v;
}

Value namedtupleFactory(Interpreter &in, const Value &getterClass, CallArgs &a)
{
    in.checkNoExtraArgs(a, 2, {"typename", "field_names", "rename", "defaults", "module"},
                        QStringLiteral("namedtuple"));
    const Value typeName = in.argOr(a, 0, "typename");
    if (!isKind(typeName, ObjKind::Str))
        in.raiseTypeError(QStringLiteral("namedtuple() typename must be a string"));
    auto spec = std::make_shared<TupleSpec>();
    spec->fields = fieldNames(in, in.argOr(a, 1, "field_names"));
    const Value defaults = in.argOr(a, 3, "defaults");
    if (!defaults.isNone()) {
        spec->defaults = in.toVector(defaults);
        if (qsizetype(spec->defaults.size()) > spec->fields.size())
            in.raiseTypeError(QStringLiteral("Got more default values than field names"));
    }
    Value cls = in.makeClass(strOf(typeName), {in.tTuple});
    auto *c = cls.as<ClassObject>();
    const Value module = in.argOr(a, 4, "module");
    c->attrs.insert(QStringLiteral("__module__"),
                    module.isNone() ? makeStr(QStringLiteral("__main__")) : module);
    c->constructor = makeRecord;
    auto *holder = new InstanceObject(in.tObject);
    Value holderValue(holder);
    holder->payload = spec;
    c->attrs.insert(QStringLiteral("__namedtuple_spec__"), holderValue);
    std::vector<Value> fieldValues;
    for (qsizetype i = 0; i < spec->fields.size(); ++i) {
        fieldValues.push_back(makeStr(spec->fields[i]));
        const size_t index = size_t(i);
        c->attrs.insert(spec->fields[i], makeGetter(getterClass, [index](Interpreter &, const Value &obj) {
                            auto *t = obj.as<TupleObject>();
                            return t && index < t->items.size() ? t->items[index] : Value();
                        }));
    }
    const Value fieldNames = makeTuple(std::move(fieldValues));
    c->attrs.insert(QStringLiteral("_fields"), fieldNames);
    c->attrs.insert(QStringLiteral("__match_args__"), fieldNames);
    c->attrs.insert(QStringLiteral("__repr__"), in.makeMethod(QStringLiteral("__repr__"), recordRepr));
    c->attrs.insert(QStringLiteral("_asdict"), in.makeMethod(QStringLiteral("_asdict"), recordAsDict));
    c->attrs.insert(QStringLiteral("_replace"), in.makeMethod(QStringLiteral("_replace"), recordReplace));
    Value weakCls = cls; // the class keeps _make alive and _make the class: the heap breaks the cycle
    c->attrs.insert(
        QStringLiteral("_make"),
        in.makeBuiltin(QStringLiteral("_make"), [weakCls](Interpreter &in2, const Value &, CallArgs &m) {
            std::vector<Value> items = in2.toVector(in2.argOr(m, 0, "iterable"));
            std::vector<std::pair<QString, Value>> none;
            const TupleSpec &s = specOf(in2, weakCls);
            if (qsizetype(items.size()) != s.fields.size())
                in2.raiseTypeError(
                    QStringLiteral("Expected %1 arguments, got %2").arg(s.fields.size()).arg(items.size()));
            return makeRecord(in2, weakCls, items, none);
        }));
    return cls;
}

} // namespace

void addCollectionsMappings(Interpreter &in, ModuleObject &module)
{
    for (const NativeClassDef &def : dictClasses) {
        const QString name = QString::fromLatin1(def.name);
        Value cls = in.makeClass(name, {in.tDict});
        auto *c = cls.as<ClassObject>();
        c->attrs.insert(QStringLiteral("__module__"), makeStr(module.name));
        c->constructor = def.construct;
        for (const NativeMethodDef &m : def.methods)
            if (m.name)
                c->attrs.insert(QString::fromLatin1(m.name),
                                in.makeMethod(QString::fromLatin1(m.name), m.fn));
        module.attrs.insert(name, cls);
    }
    Value getterClass = in.makeClass(QStringLiteral("_tuplegetter"), {in.tObject});
    getterClass.as<ClassObject>()->attrs.insert(QStringLiteral("__get__"),
                                                in.makeMethod(QStringLiteral("__get__"), getterGet));
    auto *defaultdict = module.attrs.value(QStringLiteral("defaultdict")).as<ClassObject>();
    defaultdict->attrs.insert(QStringLiteral("default_factory"),
                              makeGetter(getterClass, [](Interpreter &, const Value &obj) {
                                  auto *d = obj.as<DictObject>();
                                  return d && d->kind == ObjKind::Dict ? d->state : Value();
                              }));
    module.attrs.insert(QStringLiteral("namedtuple"),
                        in.makeBuiltin(QStringLiteral("namedtuple"),
                                       [getterClass](Interpreter &in2, const Value &, CallArgs &a) {
                                           return namedtupleFactory(in2, getterClass, a);
                                       }));
}

} // namespace awaitscope::py
