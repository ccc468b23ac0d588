#include "setops.h"

#include "ast.h"
#include "interpreter.h"
#include "objects.h"

namespace awaitscope::py {

namespace {

// PyDict_CheckExact: a plain dict, not a Counter or a defaultdict.
const DictObject *plainDict(const Value &v)
{
    const auto *d = v.as<DictObject>();
    return d && d->kind == ObjKind::Dict && d->subclass.isNone() ? d : nullptr;
}

bool frozenSet(const Value &s)
{
    return s.as<SetObject>()->frozen;
}

// A result is made as a set and frozen once complete, when the set it came from is a frozenset.
Value finish(const Value &result, bool frozen)
{
    auto *r = result.as<SetObject>();
    r->settle();
    if (frozen)
        r->freeze();
    return result;
}

// Each key of an iterable with its hash (unhashable ones raise TypeError); `f` returns false to stop early.
template<typename F> void forEachKey(Interpreter &in, const Value &iterable, F f)
{
    const Value it = in.getIter(iterable);
    Value key;
    while (in.next(it, key))
        if (!f(key, in.hashCheck(key)))
            return;
}

template<typename F> void forEachDictKey(const DictObject &d, F f)
{
    for (const auto &e : d.table.entries())
        if (e.live)
            f(e.key, pythonHash(e.key));
}

// A constant after CPython's AST optimiser has folded it: a literal, or a tuple, unary or binary operation
// of constants.
bool isConstant(const Node *n)
{
    switch (n->kind) {
    case NodeKind::IntLit:
    case NodeKind::FloatLit:
    case NodeKind::StrLit:
    case NodeKind::NoneLit:
    case NodeKind::TrueLit:
    case NodeKind::FalseLit:
    case NodeKind::EllipsisLit:
        return true;
    case NodeKind::UnaryOp:
    case NodeKind::BinOp:
    case NodeKind::Tuple:
        for (const auto &k : n->kids)
            if (!k || !isConstant(k.get()))
                return false;
        return true;
    default:
        return false;
    }
}

} // namespace

Value makeSetDisplay(Interpreter &in, const Node *display, const std::vector<SetDisplayPart> &parts)
{
    const bool iterated = display->ival & 1;
    bool constant = iterated || parts.size() > 2;
    for (size_t i = 0; constant && i < display->kids.size(); ++i)
        constant = isConstant(display->kids[i].get());
    Value result(new SetObject());
    auto *r = result.as<SetObject>();
    for (const SetDisplayPart &part : parts) {
        if (part.starred)
            setUpdate(in, *r, part.value);
        else
            r->add(part.value, in.hashCheck(part.value));
    }
    if (!constant)
        return result;
    // The compiler keeps that frozenset as its keys in iteration order and builds it again from them
    // (merge_consts_recursive), and once more when one of them is a str equal to one interned before
    // (intern_string_constants; the parser marked those displays). Each rebuild can change the order.
    auto rebuild = [](const Value &from) {
        Value again(new SetObject());
        const SetTable &keys = from.as<SetObject>()->table;
        for (auto it = keys.begin(); it != keys.end(); ++it)
            again.as<SetObject>()->add(*it, it.slot().hash);
        return again;
    };
    Value constantSet = rebuild(result);
    if (display->ival & 2)
        constantSet = rebuild(constantSet);
    if (iterated) // a loop iterates the constant itself
        return constantSet;
    Value merged(new SetObject());
    merged.as<SetObject>()->table.merge(constantSet.as<SetObject>()->table);
    return finish(merged, false);
}

void setUpdate(Interpreter &in, SetObject &s, const Value &iterable)
{
    if (const auto *other = iterable.as<SetObject>()) {
        s.table.merge(other->table);
    } else if (const DictObject *d = plainDict(iterable)) {
        s.table.reserveForDict(d->table.size());
        forEachDictKey(*d, [&s](const Value &key, int64_t hash) { s.add(key, hash); });
    } else {
        forEachKey(in, iterable, [&s](const Value &key, int64_t hash) {
            s.add(key, hash);
            return true;
        });
    }
    s.settle();
}

Value makeSet(Interpreter &in, const Value &iterable, bool frozen)
{
    if (frozen && iterable.as<SetObject>() && frozenSet(iterable))
        return iterable; // frozenset(fs) is fs
    Value result(new SetObject());
    setUpdate(in, *result.as<SetObject>(), iterable);
    return finish(result, frozen);
}

Value setCopy(const Value &s)
{
    Value result(new SetObject());
    result.as<SetObject>()->table.merge(s.as<SetObject>()->table);
    return finish(result, frozenSet(s));
}

Value setLookupKey(Interpreter &in, const Value &key)
{
    const auto *s = key.as<SetObject>();
    return s && !s->frozen ? makeSet(in, key, true) : key;
}

Value setUnion(Interpreter &in, const Value &s, const std::vector<Value> &others)
{
    Value result(new SetObject());
    auto *r = result.as<SetObject>();
    r->table.merge(s.as<SetObject>()->table);
    for (const Value &other : others)
        if (!(other.isObj() && other.obj() == s.obj()))
            setUpdate(in, *r, other);
    return finish(result, frozenSet(s));
}

Value setIntersection(Interpreter &in, const Value &s, const Value &other)
{
    const auto *so = s.as<SetObject>();
    if (other.isObj() && other.obj() == s.obj())
        return setCopy(s);
    Value result(new SetObject());
    auto *r = result.as<SetObject>();
    if (const auto *o = other.as<SetObject>()) {
        r->table = SetTable::intersection(so->table, o->table);
    } else {
        // any iterable: its keys this set holds, until the result is as large as this set
        forEachKey(in, other, [so, r](const Value &key, int64_t hash) {
            if (!so->table.containsHashed(key, hash))
                return true;
            r->add(key, hash);
            return r->table.size() < so->table.size();
        });
    }
    return finish(result, so->frozen);
}

Value setDifference(Interpreter &in, const Value &s, const Value &other)
{
    const auto *so = s.as<SetObject>();
    Value result(new SetObject());
    auto *r = result.as<SetObject>();
    if (const auto *o = other.as<SetObject>()) {
        r->table = SetTable::difference(so->table, o->table);
        return finish(result, so->frozen);
    }
    const DictObject *d = plainDict(other);
    if (d && (so->table.size() >> 2) <= d->table.size()) {
        for (auto it = so->table.begin(); it != so->table.end(); ++it)
            if (!d->table.contains(*it))
                r->add(*it, it.slot().hash);
        return finish(result, so->frozen);
    }
    // a copy with the other's keys taken out
    r->table.merge(so->table);
    setDifferenceUpdate(in, *r, other);
    return finish(result, so->frozen);
}

void setDifferenceUpdate(Interpreter &in, SetObject &s, const Value &other)
{
    if (const auto *o = other.as<SetObject>()) {
        s.table.differenceUpdate(o->table); // also when it is s itself: cleared
        return;
    }
    forEachKey(in, other, [&s](const Value &key, int64_t hash) {
        s.table.discardHashed(key, hash);
        return true;
    });
    s.table.purgeDummiesIfMany();
}

void setSymmetricDifferenceUpdate(Interpreter &in, SetObject &s, const Value &other)
{
    if (const DictObject *d = plainDict(other)) {
        forEachDictKey(*d, [&s](const Value &key, int64_t hash) {
            if (!s.table.discardHashed(key, hash))
                s.add(key, hash);
        });
        return;
    }
    if (const auto *o = other.as<SetObject>()) {
        s.table.symmetricDifferenceUpdate(o->table); // also when it is s itself: cleared
        s.settle();
        return;
    }
    const Value keys = makeSet(in, other, false);
    s.table.symmetricDifferenceUpdate(keys.as<SetObject>()->table);
    s.settle();
}

// The other's keys in a new set, then this set's keys taken out of it or added to it.
Value setSymmetricDifference(Interpreter &in, const Value &s, const Value &other)
{
    Value result(new SetObject());
    auto *r = result.as<SetObject>();
    setUpdate(in, *r, other);
    r->table.symmetricDifferenceUpdate(s.as<SetObject>()->table);
    return finish(result, frozenSet(s));
}

Value setBinaryOp(Interpreter &in, Op op, const Value &a, const Value &b, bool inplace)
{
    auto *sa = a.as<SetObject>();
    inplace = inplace && !sa->frozen; // a frozenset has no in-place operators: fs |= x rebinds fs
    switch (op) {
    case Op::BitOr:
        if (!inplace)
            return setUnion(in, a, {b});
        setUpdate(in, *sa, b);
        return a;
    case Op::BitAnd: {
        if (!inplace)
            return setIntersection(in, a, b);
        const Value common = setIntersection(in, a, b);
        sa->table.swap(common.as<SetObject>()->table);
        sa->settle();
        return a;
    }
    case Op::Sub:
        if (!inplace)
            return setDifference(in, a, b);
        setDifferenceUpdate(in, *sa, b);
        return a;
    case Op::BitXor:
        if (!inplace)
            return setSymmetricDifference(in, a, b);
        setSymmetricDifferenceUpdate(in, *sa, b);
        return a;
    default:
        return Value();
    }
}

} // namespace awaitscope::py
