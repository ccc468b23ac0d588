// The collections module: deque, as CPython 3.11's (Modules/_collectionsmodule.c). defaultdict, Counter,
// OrderedDict and namedtuple are in collectionsmappings.cpp.
#include "nativeclass.h"

#include <deque>

namespace awaitscope::py {

namespace {

struct DequeState
{
    std::deque<Value> items;
    int64_t maxlen = -1; // -1: unbounded
    uint64_t mutations = 0;
};

DequeState &stateOf(const Value &self)
{
    return *std::static_pointer_cast<DequeState>(self.as<InstanceObject>()->payload);
}

bool isDeque(const Value &v)
{
    auto *inst = v.as<InstanceObject>();
    return inst && inst->kind == ObjKind::Instance && inst->payload &&
           inst->klass()->lookup(QStringLiteral("popleft"));
}

void exactArgs(Interpreter &in, CallArgs &a, size_t n, const char *name)
{
    if (!a.kw.empty())
        in.raiseTypeError(
            QStringLiteral("deque.%1() takes no keyword arguments").arg(QLatin1StringView(name)));
    if (a.pos.size() != n) {
        if (n == 0)
            in.raiseTypeError(QStringLiteral("deque.%1() takes no arguments (%2 given)")
                                  .arg(QLatin1StringView(name))
                                  .arg(a.pos.size()));
        in.raiseTypeError(QStringLiteral("deque.%1() takes exactly one argument (%2 given)")
                              .arg(QLatin1StringView(name))
                              .arg(a.pos.size()));
    }
}

// Appending to a full deque drops an item from the other end.
void pushBack(DequeState &d, const Value &v)
{
    if (d.maxlen == 0)
        return;
    Heap::current()->charge(1);
    d.items.push_back(v);
    if (d.maxlen > 0 && int64_t(d.items.size()) > d.maxlen) {
        d.items.pop_front();
        Heap::current()->release(1);
    }
    ++d.mutations;
}

void pushFront(DequeState &d, const Value &v)
{
    if (d.maxlen == 0)
        return;
    Heap::current()->charge(1);
    d.items.push_front(v);
    if (d.maxlen > 0 && int64_t(d.items.size()) > d.maxlen) {
        d.items.pop_back();
        Heap::current()->release(1);
    }
    ++d.mutations;
}

size_t checkedIndex(Interpreter &in, const DequeState &d, const Value &index)
{
    if (!index.isIntLike())
        in.raiseTypeError(QStringLiteral("sequence index must be integer, not '%1'").arg(in.typeName(index)));
    int64_t i = index.asInt();
    const int64_t n = int64_t(d.items.size());
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        in.raiseError(QStringLiteral("IndexError"), QStringLiteral("deque index out of range"));
    return size_t(i);
}

Value dequeNew(Interpreter &in, const Value &cls, std::vector<Value> &p,
               std::vector<std::pair<QString, Value>> &kw)
{
    CallArgs a{p, kw};
    in.checkNoExtraArgs(a, 2, {"iterable", "maxlen"}, QStringLiteral("deque"));
    auto st = std::make_shared<DequeState>();
    const Value maxlen = in.argOr(a, 1, "maxlen");
    if (!maxlen.isNone()) {
        if (!maxlen.isIntLike())
            in.raiseTypeError(QStringLiteral("an integer is required"));
        if (maxlen.asInt() < 0)
            in.raiseValueError(QStringLiteral("maxlen must be non-negative"));
        st->maxlen = maxlen.asInt();
    }
    auto *inst = new InstanceObject(cls);
    Value v(inst);
    inst->payload = st;
    inst->attrs.insert(QStringLiteral("maxlen"), st->maxlen >= 0 ? Value::fromInt(st->maxlen) : Value());
    if (in.hasArg(a, 0, "iterable"))
        for (const Value &x : in.toVector(in.argOr(a, 0, "iterable")))
            pushBack(*st, x);
    return v;
}

Value dequeRepr(Interpreter &in, const Value &self, CallArgs &)
{
    NestingGuard nesting(in, "while getting the repr of an object");
    const DequeState &d = stateOf(self);
    const ReprGuard guard(&d); // a deque inside itself prints as [...]
    if (!guard.entered())
        return makeStr(QStringLiteral("[...]"));
    QStringList parts;
    for (const Value &x : std::vector<Value>(d.items.begin(), d.items.end()))
        parts << in.repr(x);
    QString text = self.as<InstanceObject>()->klass()->name + QStringLiteral("([") +
                   parts.join(QStringLiteral(", ")) + u']';
    if (d.maxlen >= 0)
        text += QStringLiteral(", maxlen=%1").arg(d.maxlen);
    return makeStr(text + u')');
}

Value dequeLen(Interpreter &, const Value &self, CallArgs &)
{
    return Value::fromInt(int64_t(stateOf(self).items.size()));
}

Value dequeBool(Interpreter &, const Value &self, CallArgs &)
{
    return Value::fromBool(!stateOf(self).items.empty());
}

Value dequeIter(Interpreter &, const Value &self, CallArgs &)
{
    auto st = std::static_pointer_cast<DequeState>(self.as<InstanceObject>()->payload);
    auto pos = std::make_shared<size_t>(0);
    const uint64_t version = st->mutations;
    return Value(new IteratorObject(
        QStringLiteral("_collections._deque_iterator"),
        [st, pos, version](Interpreter &in, Value &out) {
            if (st->mutations != version)
                in.raiseError(QStringLiteral("RuntimeError"),
                              QStringLiteral("deque mutated during iteration"));
            if (*pos >= st->items.size())
                return false;
            out = st->items[(*pos)++];
            return true;
        },
        self));
}

Value dequeGetItem(Interpreter &in, const Value &self, CallArgs &a)
{
    exactArgs(in, a, 1, "__getitem__");
    DequeState &d = stateOf(self);
    return d.items[checkedIndex(in, d, a.pos[0])];
}

Value dequeSetItem(Interpreter &in, const Value &self, CallArgs &a)
{
    if (a.pos.size() != 2)
        in.raiseTypeError(QStringLiteral("expected 2 arguments, got %1").arg(a.pos.size()));
    DequeState &d = stateOf(self);
    d.items[checkedIndex(in, d, a.pos[0])] = a.pos[1];
    return Value();
}

Value dequeContains(Interpreter &in, const Value &self, CallArgs &a)
{
    exactArgs(in, a, 1, "__contains__");
    const DequeState &d = stateOf(self);
    NestingGuard nesting(in, "in comparison", 0);
    for (const Value &x : std::vector<Value>(d.items.begin(), d.items.end()))
        if (x.identical(a.pos[0]) || in.equals(x, a.pos[0]))
            return Value::fromBool(true);
    return Value::fromBool(false);
}

Value dequeEq(Interpreter &in, const Value &self, CallArgs &a)
{
    exactArgs(in, a, 1, "__eq__");
    if (!isDeque(a.pos[0]))
        return in.builtin(QStringLiteral("NotImplemented"));
    NestingGuard nesting(in, "in comparison", 0);
    const std::vector<Value> x(stateOf(self).items.begin(), stateOf(self).items.end());
    const std::vector<Value> y(stateOf(a.pos[0]).items.begin(), stateOf(a.pos[0]).items.end());
    if (x.size() != y.size())
        return Value::fromBool(false);
    for (size_t i = 0; i < x.size(); ++i)
        if (!x[i].identical(y[i]) && !in.equals(x[i], y[i]))
            return Value::fromBool(false);
    return Value::fromBool(true);
}

Value dequeAppend(Interpreter &in, const Value &self, CallArgs &a)
{
    exactArgs(in, a, 1, "append");
    pushBack(stateOf(self), a.pos[0]);
    return Value();
}

Value dequeAppendLeft(Interpreter &in, const Value &self, CallArgs &a)
{
    exactArgs(in, a, 1, "appendleft");
    pushFront(stateOf(self), a.pos[0]);
    return Value();
}

Value dequeExtend(Interpreter &in, const Value &self, CallArgs &a)
{
    exactArgs(in, a, 1, "extend");
    for (const Value &x : in.toVector(a.pos[0])) // toVector first: d.extend(d) doubles it
        pushBack(stateOf(self), x);
    return Value();
}

Value dequeExtendLeft(Interpreter &in, const Value &self, CallArgs &a)
{
    exactArgs(in, a, 1, "extendleft");
    for (const Value &x : in.toVector(a.pos[0]))
        pushFront(stateOf(self), x);
    return Value();
}

Value popEnd(Interpreter &in, const Value &self, CallArgs &a, bool left)
{
    exactArgs(in, a, 0, left ? "popleft" : "pop");
    DequeState &d = stateOf(self);
    if (d.items.empty())
        in.raiseError(QStringLiteral("IndexError"), QStringLiteral("pop from an empty deque"));
    Value v = left ? d.items.front() : d.items.back();
    if (left)
        d.items.pop_front();
    else
        d.items.pop_back();
    Heap::current()->release(1);
    ++d.mutations;
    return v;
}

Value dequePop(Interpreter &in, const Value &self, CallArgs &a)
{
    return popEnd(in, self, a, false);
}

Value dequePopLeft(Interpreter &in, const Value &self, CallArgs &a)
{
    return popEnd(in, self, a, true);
}

Value dequeClear(Interpreter &in, const Value &self, CallArgs &a)
{
    exactArgs(in, a, 0, "clear");
    DequeState &d = stateOf(self);
    Heap::current()->release(int64_t(d.items.size()));
    std::deque<Value> old;
    old.swap(d.items); // items freed after the deque is already empty
    ++d.mutations;
    return Value();
}

Value dequeRotate(Interpreter &in, const Value &self, CallArgs &a)
{
    if (a.pos.size() > 1 || !a.kw.empty())
        in.raiseTypeError(QStringLiteral("rotate expected at most 1 argument, got %1").arg(a.pos.size()));
    int64_t n = a.pos.empty() ? 1 : in.toIndex(a.pos[0], "rotate");
    DequeState &d = stateOf(self);
    const int64_t size = int64_t(d.items.size());
    if (size > 1) {
        n %= size;
        if (n < 0)
            n += size;
        std::rotate(d.items.begin(), d.items.begin() + (size - n), d.items.end());
    }
    ++d.mutations;
    return Value();
}

Value dequeCount(Interpreter &in, const Value &self, CallArgs &a)
{
    exactArgs(in, a, 1, "count");
    int64_t count = 0;
    const DequeState &d = stateOf(self);
    for (const Value &x : std::vector<Value>(d.items.begin(), d.items.end()))
        if (x.identical(a.pos[0]) || in.equals(x, a.pos[0]))
            ++count;
    return Value::fromInt(count);
}

Value dequeIndex(Interpreter &in, const Value &self, CallArgs &a)
{
    if (a.pos.empty() || a.pos.size() > 3 || !a.kw.empty())
        in.raiseTypeError(QStringLiteral("index expected at least 1 argument, got %1").arg(a.pos.size()));
    const DequeState &d = stateOf(self);
    const int64_t n = int64_t(d.items.size());
    auto clamp = [n](int64_t i) { return i < 0 ? std::max<int64_t>(i + n, 0) : std::min(i, n); };
    const int64_t start = a.pos.size() > 1 ? clamp(in.toIndex(a.pos[1], "index")) : 0;
    const int64_t stop = a.pos.size() > 2 ? clamp(in.toIndex(a.pos[2], "index")) : n;
    const std::vector<Value> items(d.items.begin(), d.items.end());
    for (int64_t i = start; i < stop; ++i)
        if (items[size_t(i)].identical(a.pos[0]) || in.equals(items[size_t(i)], a.pos[0]))
            return Value::fromInt(i);
    in.raiseValueError(QStringLiteral("%1 is not in deque").arg(in.repr(a.pos[0])));
}

Value dequeRemove(Interpreter &in, const Value &self, CallArgs &a)
{
    exactArgs(in, a, 1, "remove");
    DequeState &d = stateOf(self);
    const std::vector<Value> items(d.items.begin(), d.items.end());
    for (size_t i = 0; i < items.size(); ++i)
        if (items[i].identical(a.pos[0]) || in.equals(items[i], a.pos[0])) {
            if (i < d.items.size()) {
                d.items.erase(d.items.begin() + std::ptrdiff_t(i));
                Heap::current()->release(1);
                ++d.mutations;
            }
            return Value();
        }
    in.raiseValueError(QStringLiteral("%1 is not in deque").arg(in.repr(a.pos[0])));
}

Value dequeReverse(Interpreter &in, const Value &self, CallArgs &a)
{
    exactArgs(in, a, 0, "reverse");
    DequeState &d = stateOf(self);
    std::reverse(d.items.begin(), d.items.end());
    ++d.mutations;
    return Value();
}

Value dequeInsert(Interpreter &in, const Value &self, CallArgs &a)
{
    if (a.pos.size() != 2 || !a.kw.empty())
        in.raiseTypeError(QStringLiteral("insert expected 2 arguments, got %1").arg(a.pos.size()));
    DequeState &d = stateOf(self);
    if (d.maxlen >= 0 && int64_t(d.items.size()) >= d.maxlen)
        in.raiseError(QStringLiteral("IndexError"), QStringLiteral("deque already at its maximum size"));
    const int64_t n = int64_t(d.items.size());
    int64_t i = in.toIndex(a.pos[0], "insert");
    i = i < 0 ? std::max<int64_t>(i + n, 0) : std::min(i, n);
    Heap::current()->charge(1);
    d.items.insert(d.items.begin() + std::ptrdiff_t(i), a.pos[1]);
    ++d.mutations;
    return Value();
}

Value dequeCopy(Interpreter &in, const Value &self, CallArgs &a)
{
    exactArgs(in, a, 0, "copy");
    const DequeState &d = stateOf(self);
    std::vector<Value> p{makeList(std::vector<Value>(d.items.begin(), d.items.end())),
                         d.maxlen >= 0 ? Value::fromInt(d.maxlen) : Value()};
    std::vector<std::pair<QString, Value>> kw;
    return dequeNew(in, self.as<InstanceObject>()->cls, p, kw);
}

const NativeClassDef collectionsClasses[] = {
    {"deque",
     dequeNew,
     {{"__repr__", dequeRepr},
      {"__len__", dequeLen},
      {"__bool__", dequeBool},
      {"__iter__", dequeIter},
      {"__getitem__", dequeGetItem},
      {"__setitem__", dequeSetItem},
      {"__contains__", dequeContains},
      {"__eq__", dequeEq},
      {"append", dequeAppend},
      {"appendleft", dequeAppendLeft},
      {"extend", dequeExtend},
      {"extendleft", dequeExtendLeft},
      {"pop", dequePop},
      {"popleft", dequePopLeft},
      {"clear", dequeClear},
      {"rotate", dequeRotate},
      {"count", dequeCount},
      {"index", dequeIndex},
      {"remove", dequeRemove},
      {"reverse", dequeReverse},
      {"insert", dequeInsert},
      {"copy", dequeCopy}}},
};

} // namespace

void addCollectionsMappings(Interpreter &in, ModuleObject &module); // collectionsmappings.cpp

void Interpreter::installCollections()
{
    registerModule(QStringLiteral("collections"), [](Interpreter &in) {
        auto *mod = new ModuleObject(QStringLiteral("collections"));
        Value modValue(mod);
        addNativeClasses(in, *mod, collectionsClasses, std::size(collectionsClasses));
        mod->attrs.value(QStringLiteral("deque")).as<ClassObject>()->matchesAsSequence = true;
        addCollectionsMappings(in, *mod);
        return modValue;
    });
}

} // namespace awaitscope::py
