// The itertools module: lazy iterators as CPython 3.11's (count, cycle, repeat, accumulate, chain, compress,
// dropwhile, filterfalse, groupby, islice, pairwise, starmap, takewhile, zip_longest) and the combinatoric
// ones (product, permutations, combinations, combinations_with_replacement), which, as in CPython, take
// their whole input first.
#include "nativeclass.h"

namespace awaitscope::py {

namespace {

Value iter(const QString &name, IteratorObject::Next next)
{
    return Value(new IteratorObject(name, std::move(next)));
}

bool isNum(const Value &v)
{
    return v.isIntLike() || v.isFloat();
}

Value count(Interpreter &in, const Value &, CallArgs &a)
{
    in.checkNoExtraArgs(a, 2, {"start", "step"}, QStringLiteral("count"));
    Value start = in.argOr(a, 0, "start", Value::fromInt(0));
    const Value step = in.argOr(a, 1, "step", Value::fromInt(1));
    if (!isNum(start) || !isNum(step))
        in.raiseTypeError(QStringLiteral("a number is required"));
    return iter(QStringLiteral("itertools.count"), [n = start, step](Interpreter &in2, Value &out) mutable {
        out = n;
        n = in2.binaryOp(Op::Add, n, step);
        return true;
    });
}

Value cycle(Interpreter &in, const Value &, CallArgs &a)
{
    const Value it = in.getIter(in.argOr(a, 0, "iterable"));
    auto saved = std::make_shared<std::vector<Value>>();
    return iter(QStringLiteral("itertools.cycle"),
                [it, saved, i = size_t(0), done = false](Interpreter &in2, Value &out) mutable {
                    if (!done) {
                        if (in2.next(it, out)) {
                            Heap::current()->charge(1);
                            saved->push_back(out);
                            return true;
                        }
                        done = true;
                    }
                    if (saved->empty())
                        return false;
                    out = (*saved)[i++ % saved->size()];
                    return true;
                });
}

Value repeat(Interpreter &in, const Value &, CallArgs &a)
{
    const Value obj = in.argOr(a, 0, "object");
    const Value times = in.argOr(a, 1, "times");
    int64_t left = times.isNone() ? -1 : std::max<int64_t>(0, in.toIndex(times, "repeat"));
    return iter(QStringLiteral("itertools.repeat"), [obj, left](Interpreter &, Value &out) mutable {
        if (left == 0)
            return false;
        if (left > 0)
            --left;
        out = obj;
        return true;
    });
}

Value chainOf(Value sources)
{
    return iter(QStringLiteral("itertools.chain"),
                [sources, current = Value()](Interpreter &in2, Value &out) mutable {
                    while (true) {
                        if (!current.isNone() && in2.next(current, out))
                            return true;
                        Value nextSource;
                        if (!in2.next(sources, nextSource))
                            return false;
                        current = in2.getIter(nextSource);
                    }
                });
}

Value chainNew(Interpreter &in, const Value &, std::vector<Value> &p,
               std::vector<std::pair<QString, Value>> &kw)
{
    if (!kw.empty())
        in.raiseTypeError(QStringLiteral("chain() takes no keyword arguments"));
    return chainOf(in.getIter(makeTuple(p)));
}

Value islice(Interpreter &in, const Value &, CallArgs &a)
{
    if (a.pos.size() < 2 || a.pos.size() > 4)
        in.raiseTypeError(QStringLiteral("islice expected at most 4 arguments, got %1").arg(a.pos.size()));
    const Value it = in.getIter(a.pos[0]);
    auto index = [&](const Value &v, int64_t dflt) {
        if (v.isNone())
            return dflt;
        if (!v.isIntLike() || v.asInt() < 0)
            in.raiseValueError(
                QStringLiteral("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."));
        return v.asInt();
    };
    int64_t start = 0, stop = -1, step = 1;
    if (a.pos.size() == 2) {
        stop = index(a.pos[1], -1);
    } else {
        start = index(a.pos[1], 0);
        stop = index(a.pos[2], -1);
        if (a.pos.size() == 4) {
            if (!a.pos[3].isNone() && (!a.pos[3].isIntLike() || a.pos[3].asInt() <= 0))
                in.raiseValueError(QStringLiteral("Step for islice() must be a positive integer or None."));
            step = index(a.pos[3], 1);
        }
    }
    return iter(
        QStringLiteral("itertools.islice"),
        [it, start, stop, step, pos = int64_t(0), nextWanted = start](Interpreter &in2, Value &out) mutable {
            while (stop < 0 || nextWanted < stop) {
                Value x;
                if (!in2.next(it, x))
                    return false;
                if (pos++ == nextWanted) {
                    nextWanted += step;
                    out = x;
                    return true;
                }
            }
            return false;
        });
}

Value takewhile(Interpreter &in, const Value &, CallArgs &a)
{
    const Value pred = in.argOr(a, 0, "predicate");
    const Value it = in.getIter(in.argOr(a, 1, "iterable"));
    return iter(QStringLiteral("itertools.takewhile"),
                [pred, it, done = false](Interpreter &in2, Value &out) mutable {
                    if (done || !in2.next(it, out))
                        return false;
                    if (in2.truthy(in2.call(pred, {out})))
                        return true;
                    done = true;
                    return false;
                });
}

Value dropwhile(Interpreter &in, const Value &, CallArgs &a)
{
    const Value pred = in.argOr(a, 0, "predicate");
    const Value it = in.getIter(in.argOr(a, 1, "iterable"));
    return iter(QStringLiteral("itertools.dropwhile"),
                [pred, it, dropping = true](Interpreter &in2, Value &out) mutable {
                    while (in2.next(it, out)) {
                        if (dropping && in2.truthy(in2.call(pred, {out})))
                            continue;
                        dropping = false;
                        return true;
                    }
                    return false;
                });
}

Value filterfalse(Interpreter &in, const Value &, CallArgs &a)
{
    const Value pred = in.argOr(a, 0, "function");
    const Value it = in.getIter(in.argOr(a, 1, "iterable"));
    return iter(QStringLiteral("itertools.filterfalse"), [pred, it](Interpreter &in2, Value &out) {
        while (in2.next(it, out))
            if (!in2.truthy(pred.isNone() ? out : in2.call(pred, {out})))
                return true;
        return false;
    });
}

Value compress(Interpreter &in, const Value &, CallArgs &a)
{
    const Value data = in.getIter(in.argOr(a, 0, "data"));
    const Value sel = in.getIter(in.argOr(a, 1, "selectors"));
    return iter(QStringLiteral("itertools.compress"), [data, sel](Interpreter &in2, Value &out) {
        Value s;
        while (in2.next(data, out) && in2.next(sel, s))
            if (in2.truthy(s))
                return true;
        return false;
    });
}

Value starmap(Interpreter &in, const Value &, CallArgs &a)
{
    const Value fn = in.argOr(a, 0, "function");
    const Value it = in.getIter(in.argOr(a, 1, "iterable"));
    return iter(QStringLiteral("itertools.starmap"), [fn, it](Interpreter &in2, Value &out) {
        Value args;
        if (!in2.next(it, args))
            return false;
        out = in2.call(fn, in2.toVector(args));
        return true;
    });
}

Value accumulate(Interpreter &in, const Value &, CallArgs &a)
{
    const Value it = in.getIter(in.argOr(a, 0, "iterable"));
    const Value fn = in.argOr(a, 1, "func");
    const Value initial = in.argOr(a, 99, "initial");
    return iter(QStringLiteral("itertools.accumulate"),
                [it, fn, total = initial, started = false, first = !initial.isNone()](Interpreter &in2,
                                                                                      Value &out) mutable {
                    if (first) {
                        first = false;
                        started = true;
                        out = total;
                        return true;
                    }
                    Value x;
                    if (!in2.next(it, x))
                        return false;
                    if (!started) {
                        started = true;
                        total = x;
                    } else {
                        total = fn.isNone() ? in2.binaryOp(Op::Add, total, x) : in2.call(fn, {total, x});
                    }
                    out = total;
                    return true;
                });
}

Value zipLongest(Interpreter &in, const Value &, CallArgs &a)
{
    std::vector<Value> iters;
    for (const Value &v : a.pos)
        iters.push_back(in.getIter(v));
    Value fill;
    for (auto &[k, v] : a.kw) {
        if (k != u"fillvalue")
            in.raiseTypeError(QStringLiteral("zip_longest() got an unexpected keyword argument '%1'").arg(k));
        fill = v;
    }
    auto active = std::make_shared<std::vector<bool>>(iters.size(), true);
    return iter(QStringLiteral("itertools.zip_longest"), [iters, fill, active](Interpreter &in2, Value &out) {
        if (iters.empty())
            return false;
        std::vector<Value> row;
        bool any = false;
        for (size_t k = 0; k < iters.size(); ++k) {
            Value x = fill;
            if ((*active)[k]) {
                if (in2.next(iters[k], x))
                    any = true;
                else {
                    (*active)[k] = false;
                    x = fill;
                }
            }
            row.push_back(x);
        }
        if (!any)
            return false;
        out = makeTuple(std::move(row));
        return true;
    });
}

Value pairwise(Interpreter &in, const Value &, CallArgs &a)
{
    const Value it = in.getIter(in.argOr(a, 0, "iterable"));
    return iter(QStringLiteral("itertools.pairwise"),
                [it, prev = Value(), started = false](Interpreter &in2, Value &out) mutable {
                    if (!started) {
                        started = true;
                        if (!in2.next(it, prev))
                            return false;
                    }
                    Value x;
                    if (!in2.next(it, x))
                        return false;
                    out = makeTuple({prev, x});
                    prev = x;
                    return true;
                });
}

struct GroupState
{
    Value it, key, currKey, currValue, tgtKey;
    bool exhausted = false, started = false;
    uint64_t generation = 0;
};

bool advance(Interpreter &in, GroupState &g)
{
    Value x;
    if (!in.next(g.it, x)) {
        g.exhausted = true;
        return false;
    }
    g.currValue = x;
    g.currKey = g.key.isNone() ? x : in.call(g.key, {x});
    return true;
}

Value groupby(Interpreter &in, const Value &, CallArgs &a)
{
    auto g = std::make_shared<GroupState>();
    g->it = in.getIter(in.argOr(a, 0, "iterable"));
    g->key = in.argOr(a, 1, "key");
    return iter(QStringLiteral("itertools.groupby"), [g](Interpreter &in2, Value &out) {
        if (!g->started) {
            g->started = true;
            if (!advance(in2, *g))
                return false;
        } else {
            // skip what is left of the current group
            while (!g->exhausted && in2.equals(g->currKey, g->tgtKey))
                if (!advance(in2, *g))
                    break;
        }
        if (g->exhausted)
            return false;
        g->tgtKey = g->currKey;
        const uint64_t generation = ++g->generation;
        const Value key = g->tgtKey;
        Value group = iter(QStringLiteral("itertools._grouper"),
                           [g, generation, key, first = true](Interpreter &in3, Value &o) mutable {
                               if (g->generation != generation || g->exhausted)
                                   return false;
                               if (!first && (!advance(in3, *g) || !in3.equals(g->currKey, key)))
                                   return false;
                               first = false;
                               o = g->currValue;
                               return true;
                           });
        out = makeTuple({key, group});
        return true;
    });
}

// ---- combinatorics ----

int64_t rArg(Interpreter &in, CallArgs &a, size_t index, int64_t dflt)
{
    const Value r = in.argOr(a, index, "r");
    if (r.isNone())
        return dflt;
    if (!r.isIntLike())
        in.raiseTypeError(QStringLiteral("Expected int as r"));
    if (r.asInt() < 0)
        in.raiseValueError(QStringLiteral("r must be non-negative"));
    return r.asInt();
}

Value fromIndices(const std::vector<Value> &pool, const std::vector<size_t> &idx, size_t n)
{
    std::vector<Value> row;
    for (size_t i = 0; i < n; ++i)
        row.push_back(pool[idx[i]]);
    return makeTuple(std::move(row));
}

Value product(Interpreter &in, const Value &, CallArgs &a)
{
    int64_t rep = 1;
    for (auto &[k, v] : a.kw) {
        if (k != u"repeat")
            in.raiseTypeError(QStringLiteral("product() got an unexpected keyword argument '%1'").arg(k));
        rep = in.toIndex(v, "repeat");
        if (rep < 0)
            in.raiseValueError(QStringLiteral("repeat argument cannot be negative"));
    }
    std::vector<std::vector<Value>> pools;
    for (int64_t r = 0; r < rep; ++r)
        for (const Value &v : a.pos)
            pools.push_back(in.toVector(v));
    std::vector<size_t> idx(pools.size(), 0);
    bool done = std::any_of(pools.begin(), pools.end(), [](const auto &p) { return p.empty(); });
    return iter(QStringLiteral("itertools.product"),
                [pools, idx, done, first = true](Interpreter &, Value &out) mutable {
                    if (done)
                        return false;
                    if (!first) {
                        size_t i = pools.size();
                        while (i > 0) {
                            --i;
                            if (++idx[i] < pools[i].size())
                                break;
                            idx[i] = 0;
                            if (i == 0) {
                                done = true;
                                return false;
                            }
                        }
                        if (pools.empty()) {
                            done = true;
                            return false;
                        }
                    }
                    first = false;
                    std::vector<Value> row;
                    for (size_t i = 0; i < pools.size(); ++i)
                        row.push_back(pools[i][idx[i]]);
                    out = makeTuple(std::move(row));
                    return true;
                });
}

Value permutations(Interpreter &in, const Value &, CallArgs &a)
{
    const std::vector<Value> pool = in.toVector(in.argOr(a, 0, "iterable"));
    const size_t n = pool.size();
    const auto r = size_t(rArg(in, a, 1, int64_t(n)));
    std::vector<size_t> indices(n), cycles;
    for (size_t i = 0; i < n; ++i)
        indices[i] = i;
    for (size_t i = 0; i < r; ++i)
        cycles.push_back(n - i);
    return iter(QStringLiteral("itertools.permutations"),
                [pool, n, r, indices, cycles, first = true, done = r > n](Interpreter &, Value &out) mutable {
                    if (done)
                        return false;
                    if (first) {
                        first = false;
                        out = fromIndices(pool, indices, r);
                        return true;
                    }
                    for (size_t i = r; i-- > 0;) {
                        if (--cycles[i] == 0) {
                            std::rotate(indices.begin() + std::ptrdiff_t(i),
                                        indices.begin() + std::ptrdiff_t(i) + 1, indices.end());
                            cycles[i] = n - i;
                        } else {
                            std::swap(indices[i], indices[n - cycles[i]]);
                            out = fromIndices(pool, indices, r);
                            return true;
                        }
                    }
                    done = true;
                    return false;
                });
}

Value combinationsImpl(Interpreter &in, CallArgs &a, bool replace)
{
    const std::vector<Value> pool = in.toVector(in.argOr(a, 0, "iterable"));
    const size_t n = pool.size();
    if (in.argOr(a, 1, "r").isNone())
        in.raiseTypeError(
            replace ? QStringLiteral("combinations_with_replacement() missing required argument 'r' (pos 2)")
                    : QStringLiteral("combinations() missing required argument 'r' (pos 2)"));
    const auto r = size_t(rArg(in, a, 1, 0));
    std::vector<size_t> idx(r);
    for (size_t i = 0; i < r; ++i)
        idx[i] = replace ? 0 : i;
    const bool empty = replace ? (n == 0 && r > 0) : r > n;
    return iter(replace ? QStringLiteral("itertools.combinations_with_replacement")
                        : QStringLiteral("itertools.combinations"),
                [pool, n, r, idx, replace, first = true, done = empty](Interpreter &, Value &out) mutable {
                    if (done)
                        return false;
                    if (!first) {
                        size_t i = r;
                        bool found = false;
                        while (i-- > 0) {
                            if (replace ? idx[i] != n - 1 : idx[i] != i + n - r) {
                                found = true;
                                break;
                            }
                        }
                        if (!found) {
                            done = true;
                            return false;
                        }
                        if (replace) {
                            const size_t v = idx[i] + 1;
                            for (size_t j = i; j < r; ++j)
                                idx[j] = v;
                        } else {
                            ++idx[i];
                            for (size_t j = i + 1; j < r; ++j)
                                idx[j] = idx[j - 1] + 1;
                        }
                    }
                    first = false;
                    out = fromIndices(pool, idx, r);
                    return true;
                });
}

} // namespace

void Interpreter::installItertools()
{
    registerModule(QStringLiteral("itertools"), [](Interpreter &in) {
        auto *mod = new ModuleObject(QStringLiteral("itertools"));
        Value modValue(mod);
        const ModuleDef def = definer(in, mod);
        def("count", count);
        def("cycle", cycle);
        def("repeat", repeat);
        def("islice", islice);
        def("takewhile", takewhile);
        def("dropwhile", dropwhile);
        def("filterfalse", filterfalse);
        def("compress", compress);
        def("starmap", starmap);
        def("accumulate", accumulate);
        def("zip_longest", zipLongest);
        def("pairwise", pairwise);
        def("groupby", groupby);
        def("product", product);
        def("permutations", permutations);
        def("combinations",
            [](Interpreter &in2, const Value &, CallArgs &a) { return combinationsImpl(in2, a, false); });
        def("combinations_with_replacement",
            [](Interpreter &in2, const Value &, CallArgs &a) { return combinationsImpl(in2, a, true); });
        Value chain = in.makeClass(QStringLiteral("chain"), {in.tObject});
        auto *c = chain.as<ClassObject>();
        c->attrs.insert(QStringLiteral("__module__"), makeStr(QStringLiteral("itertools")));
        c->constructor = chainNew;
        c->attrs.insert(
            QStringLiteral("from_iterable"),
            in.makeBuiltin(QStringLiteral("from_iterable"), [](Interpreter &in2, const Value &, CallArgs &a) {
                return chainOf(in2.getIter(in2.argOr(a, 0, "iterable")));
            }));
        mod->attrs.insert(QStringLiteral("chain"), chain);
        return modValue;
    });
}

} // namespace awaitscope::py
