// The functools module: wraps/update_wrapper, partial, reduce, lru_cache/cache, cached_property and
// total_ordering, behaving as CPython 3.11's.
#include "nativeclass.h"

namespace awaitscope::py {

namespace {

struct PartialState
{
    Value func;
    std::vector<Value> args;
    std::vector<std::pair<QString, Value>> keywords;
};

struct LruState
{
    Value func;
    bool unbounded = false;
    int64_t maxsize = 128;
    bool typed = false;
    int64_t hits = 0;
    int64_t misses = 0;
    OrderedTable cache; // key tuple -> result, least recently used first
};

const QStringList &wrapperAssignments()
{
    static const QStringList names{QStringLiteral("__module__"), QStringLiteral("__name__"),
                                   QStringLiteral("__qualname__"), QStringLiteral("__doc__")};
    return names;
}

bool callable(Interpreter &in, const Value &v)
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
        return v.as<InstanceObject>()->klass()->lookup(QStringLiteral("__call__")) != nullptr;
    default:
        Q_UNUSED(in);
        return false;
    }
}

Value makeKey(Interpreter &in, const LruState &s, const CallArgs &a)
{
    std::vector<Value> key = a.pos;
    if (!a.kw.empty()) {
        key.push_back(makeStr(QStringLiteral("\x01kwd_mark")));
        for (const auto &[k, v] : a.kw) {
            key.push_back(makeStr(k));
            key.push_back(v);
        }
    }
    if (s.typed) {
        for (const Value &v : a.pos)
            key.push_back(in.typeOf(v));
        for (const auto &kv : a.kw)
            key.push_back(in.typeOf(kv.second));
    }
    Value k = makeTuple(std::move(key));
    for (const Value &part : k.as<TupleObject>()->items)
        in.hashCheck(part); // TypeError: unhashable type: 'list'
    return k;
}

} // namespace

// functools.update_wrapper with the default assigned/updated names.
Value updateWrapper(Interpreter &in, const Value &wrapper, const Value &wrapped)
{
    for (const QString &name : wrapperAssignments()) {
        Value v;
        try {
            v = in.getAttr(wrapped, name);
        } catch (const PyException &e) {
            if (!in.isInstance(e.exc, in.exceptionClass(QStringLiteral("AttributeError"))))
                throw;
            continue;
        }
        in.setAttr(wrapper, name, v);
    }
    // __dict__ update: the wrapped function's own attributes
    if (auto *src = wrapped.as<FunctionObject>(); src && src->kind == ObjKind::Function) {
        for (auto it = src->attrs.cbegin(); it != src->attrs.cend(); ++it)
            if (it.key() != u"__class__" && !wrapperAssignments().contains(it.key()))
                in.setAttr(wrapper, it.key(), it.value());
    } else if (auto *inst = wrapped.as<InstanceObject>(); inst && inst->kind == ObjKind::Instance) {
        for (auto it = inst->attrs.cbegin(); it != inst->attrs.cend(); ++it)
            if (!wrapperAssignments().contains(it.key()))
                in.setAttr(wrapper, it.key(), it.value());
    }
    in.setAttr(wrapper, QStringLiteral("__wrapped__"), wrapped);
    return wrapper;
}

// A wrapper read from an instance binds to it, as a Python function does; read from the class, it is
// itself.
Value bindAsMethod(Interpreter &, const Value &self, CallArgs &a)
{
    const Value obj = a.pos.empty() ? Value() : a.pos[0];
    if (obj.isNone())
        return self;
    return Value(new BoundMethodObject(obj, self));
}

void Interpreter::installFunctools()
{
    registerModule(QStringLiteral("functools"), [](Interpreter &in) {
        auto *mod = new ModuleObject(QStringLiteral("functools"));
        Value modValue(mod);
        auto def = [&](const QString &name, BuiltinObject::Fn fn) {
            mod->attrs.insert(name, in.makeBuiltin(name, std::move(fn)));
        };
        auto classOf = [&](const QString &name) {
            Value c = in.makeClass(name, {in.tObject});
            c.as<ClassObject>()->attrs.insert(QStringLiteral("__module__"),
                                              makeStr(QStringLiteral("functools")));
            return c;
        };
        auto method = [&](const Value &cls, const QString &name, BuiltinObject::Fn fn) {
            cls.as<ClassObject>()->attrs.insert(name, in.makeMethod(name, std::move(fn)));
        };

        mod->attrs.insert(
            QStringLiteral("WRAPPER_ASSIGNMENTS"),
            makeTuple({makeStr(QStringLiteral("__module__")), makeStr(QStringLiteral("__name__")),
                       makeStr(QStringLiteral("__qualname__")), makeStr(QStringLiteral("__doc__")),
                       makeStr(QStringLiteral("__annotations__"))}));
        mod->attrs.insert(QStringLiteral("WRAPPER_UPDATES"),
                          makeTuple({makeStr(QStringLiteral("__dict__"))}));

        def(QStringLiteral("update_wrapper"), [](Interpreter &in2, const Value &, CallArgs &a) {
            in2.checkNoExtraArgs(a, 4, {"wrapper", "wrapped", "assigned", "updated"},
                                 QStringLiteral("update_wrapper"));
            if (!in2.hasArg(a, 0, "wrapper") || !in2.hasArg(a, 1, "wrapped"))
                in2.raiseTypeError(
                    QStringLiteral("update_wrapper() missing 1 required positional argument: '%1'")
                        .arg(in2.hasArg(a, 0, "wrapper") ? QStringLiteral("wrapped")
                                                         : QStringLiteral("wrapper")));
            return updateWrapper(in2, in2.argOr(a, 0, "wrapper"), in2.argOr(a, 1, "wrapped"));
        });
        def(QStringLiteral("wraps"), [](Interpreter &in2, const Value &, CallArgs &a) {
            in2.checkNoExtraArgs(a, 3, {"wrapped", "assigned", "updated"}, QStringLiteral("wraps"));
            if (!in2.hasArg(a, 0, "wrapped"))
                in2.raiseTypeError(
                    QStringLiteral("wraps() missing 1 required positional argument: 'wrapped'"));
            const Value wrapped = in2.argOr(a, 0, "wrapped");
            return in2.makeBuiltin(QStringLiteral("update_wrapper"),
                                   [wrapped](Interpreter &in3, const Value &, CallArgs &b) {
                                       if (b.pos.size() != 1 || !b.kw.empty())
                                           in3.raiseTypeError(QStringLiteral(
                                               "update_wrapper() missing 1 required positional argument: "
                                               "'wrapper'"));
                                       return updateWrapper(in3, b.pos[0], wrapped);
                                   });
        });

        def(QStringLiteral("reduce"), [](Interpreter &in2, const Value &, CallArgs &a) {
            if (!a.kw.empty())
                in2.raiseTypeError(QStringLiteral("reduce() takes no keyword arguments"));
            if (a.pos.size() < 2 || a.pos.size() > 3)
                in2.raiseTypeError(
                    a.pos.size() < 2
                        ? QStringLiteral("reduce expected at least 2 arguments, got %1").arg(a.pos.size())
                        : QStringLiteral("reduce expected at most 3 arguments, got %1").arg(a.pos.size()));
            const Value fn = a.pos[0];
            Value it;
            try {
                it = in2.getIter(a.pos[1]);
            } catch (const PyException &e) {
                if (in2.isInstance(e.exc, in2.exceptionClass(QStringLiteral("TypeError"))))
                    in2.raiseTypeError(QStringLiteral("reduce() arg 2 must support iteration"));
                throw;
            }
            bool have = a.pos.size() == 3;
            Value acc = have ? a.pos[2] : Value();
            Value item;
            while (in2.next(it, item)) {
                in2.countStep();
                if (!have) {
                    acc = item;
                    have = true;
                    continue;
                }
                acc = in2.call(fn, std::vector<Value>{acc, item});
            }
            if (!have)
                in2.raiseTypeError(QStringLiteral("reduce() of empty iterable with no initial value"));
            return acc;
        });

        // partial
        Value partialCls = classOf(QStringLiteral("partial"));
        partialCls.as<ClassObject>()->constructor = [](Interpreter &in2, const Value &cls,
                                                       std::vector<Value> &p,
                                                       std::vector<std::pair<QString, Value>> &kw) {
            if (p.empty())
                in2.raiseTypeError(QStringLiteral("type 'partial' takes at least one argument"));
            auto st = std::make_shared<PartialState>();
            st->func = p[0];
            if (!callable(in2, st->func))
                in2.raiseTypeError(QStringLiteral("the first argument must be callable"));
            auto *inner = st->func.as<InstanceObject>();
            if (inner && inner->kind == ObjKind::Instance && inner->cls.identical(cls)) {
                // partial(partial(f, 1), 2) flattens to partial(f, 1, 2)
                auto prev = std::static_pointer_cast<PartialState>(inner->payload);
                st->func = prev->func;
                st->args = prev->args;
                st->keywords = prev->keywords;
            }
            st->args.insert(st->args.end(), p.begin() + 1, p.end());
            for (auto &[k, v] : kw) {
                bool replaced = false;
                for (auto &old : st->keywords)
                    if (old.first == k) {
                        old.second = v;
                        replaced = true;
                    }
                if (!replaced)
                    st->keywords.emplace_back(k, v);
            }
            auto *inst = new InstanceObject(cls);
            Value v(inst);
            inst->attrs.insert(QStringLiteral("func"), st->func);
            inst->attrs.insert(QStringLiteral("args"), makeTuple(st->args));
            auto *d = new DictObject();
            Value dv(d);
            for (auto &[k, val] : st->keywords)
                d->set(makeStr(k), val);
            inst->attrs.insert(QStringLiteral("keywords"), dv);
            inst->payload = st;
            return v;
        };
        method(partialCls, QStringLiteral("__call__"), [](Interpreter &in2, const Value &self, CallArgs &a) {
            auto st = std::static_pointer_cast<PartialState>(self.as<InstanceObject>()->payload);
            CallArgs merged;
            merged.pos = st->args;
            merged.pos.insert(merged.pos.end(), a.pos.begin(), a.pos.end());
            merged.kw = st->keywords;
            for (auto &[k, v] : a.kw) {
                bool replaced = false;
                for (auto &old : merged.kw)
                    if (old.first == k) {
                        old.second = v;
                        replaced = true;
                    }
                if (!replaced)
                    merged.kw.emplace_back(k, v);
            }
            return in2.call(st->func, merged);
        });
        method(partialCls, QStringLiteral("__repr__"), [](Interpreter &in2, const Value &self, CallArgs &) {
            auto st = std::static_pointer_cast<PartialState>(self.as<InstanceObject>()->payload);
            QStringList parts{in2.repr(st->func)};
            for (const Value &v : st->args)
                parts << in2.repr(v);
            for (const auto &[k, v] : st->keywords)
                parts << k + u'=' + in2.repr(v);
            return makeStr(QStringLiteral("functools.partial(") + parts.join(QStringLiteral(", ")) + u')');
        });
        mod->attrs.insert(QStringLiteral("partial"), partialCls);

        // lru_cache / cache
        Value infoCls = classOf(QStringLiteral("CacheInfo"));
        method(infoCls, QStringLiteral("__repr__"), [](Interpreter &in2, const Value &self, CallArgs &) {
            auto *inst = self.as<InstanceObject>();
            QStringList parts;
            for (const char *n : {"hits", "misses", "maxsize", "currsize"})
                parts << QString::fromLatin1(n) + u'=' + in2.repr(inst->attrs.value(QString::fromLatin1(n)));
            return makeStr(QStringLiteral("CacheInfo(") + parts.join(QStringLiteral(", ")) + u')');
        });
        Value lruCls = classOf(QStringLiteral("_lru_cache_wrapper"));
        method(lruCls, QStringLiteral("__call__"), [](Interpreter &in2, const Value &self, CallArgs &a) {
            auto st = std::static_pointer_cast<LruState>(self.as<InstanceObject>()->payload);
            if (!st->unbounded && st->maxsize <= 0) {
                ++st->misses;
                return in2.call(st->func, a);
            }
            const Value key = makeKey(in2, *st, a);
            if (const Value *hit = st->cache.find(key)) {
                ++st->hits;
                Value result = *hit;
                if (!st->unbounded) { // most recently used goes last
                    st->cache.remove(key);
                    st->cache.insert(key, result);
                }
                return result;
            }
            ++st->misses;
            Value result = in2.call(st->func, a);
            if (st->cache.contains(key)) // a recursive call filled it meanwhile
                return result;
            Heap::current()->charge(2);
            st->cache.insert(key, result);
            if (!st->unbounded && st->cache.size() > st->maxsize) {
                for (auto &e : st->cache.entries())
                    if (e.live) {
                        const Value oldest = e.key;
                        st->cache.remove(oldest);
                        Heap::current()->release(2);
                        break;
                    }
            }
            return result;
        });
        method(lruCls, QStringLiteral("cache_info"), [infoCls](Interpreter &, const Value &self, CallArgs &) {
            auto st = std::static_pointer_cast<LruState>(self.as<InstanceObject>()->payload);
            auto *inst = new InstanceObject(infoCls);
            Value v(inst);
            inst->attrs.insert(QStringLiteral("hits"), Value::fromInt(st->hits));
            inst->attrs.insert(QStringLiteral("misses"), Value::fromInt(st->misses));
            inst->attrs.insert(QStringLiteral("maxsize"),
                               st->unbounded ? Value() : Value::fromInt(std::max<int64_t>(st->maxsize, 0)));
            inst->attrs.insert(QStringLiteral("currsize"), Value::fromInt(st->cache.size()));
            return v;
        });
        method(lruCls, QStringLiteral("cache_clear"), [](Interpreter &, const Value &self, CallArgs &) {
            auto st = std::static_pointer_cast<LruState>(self.as<InstanceObject>()->payload);
            Heap::current()->release(2 * st->cache.size());
            st->cache.clear();
            st->hits = st->misses = 0;
            return Value();
        });
        method(lruCls, QStringLiteral("__get__"), bindAsMethod); // a cached method
        auto wrap = [lruCls](Interpreter &in2, const Value &func, bool unbounded, int64_t maxsize,
                             bool typed) {
            if (!callable(in2, func))
                in2.raiseTypeError(QStringLiteral("the first argument must be callable"));
            auto st = std::make_shared<LruState>();
            st->func = func;
            st->unbounded = unbounded;
            st->maxsize = maxsize;
            st->typed = typed;
            auto *inst = new InstanceObject(lruCls);
            Value v(inst);
            updateWrapper(in2, v, func);
            inst->payload = st;
            return v;
        };
        def(QStringLiteral("lru_cache"), [wrap](Interpreter &in2, const Value &, CallArgs &a) {
            in2.checkNoExtraArgs(a, 2, {"maxsize", "typed"}, QStringLiteral("lru_cache"));
            const Value first = in2.argOr(a, 0, "maxsize", Value::fromInt(128));
            const bool typed = in2.truthy(in2.argOr(a, 1, "typed", Value::fromBool(false)));
            if (first.isObj() && callable(in2, first) && !in2.hasArg(a, 1, "typed"))
                return wrap(in2, first, false, 128, false); // @lru_cache without parentheses
            bool unbounded = first.isNone();
            int64_t maxsize = 0;
            if (!unbounded) {
                if (!first.isIntLike())
                    in2.raiseTypeError(
                        QStringLiteral("Expected first argument to be an integer, a callable, or "
                                       "None"));
                maxsize = std::max<int64_t>(first.asInt(), 0);
            }
            return in2.makeBuiltin(QStringLiteral("decorating_function"), [wrap, unbounded, maxsize, typed](
                                                                              Interpreter &in3, const Value &,
                                                                              CallArgs &b) {
                if (b.pos.size() != 1 || !b.kw.empty())
                    in3.raiseTypeError(QStringLiteral("decorating_function() takes 1 positional argument"));
                return wrap(in3, b.pos[0], unbounded, maxsize, typed);
            });
        });
        def(QStringLiteral("cache"), [wrap](Interpreter &in2, const Value &, CallArgs &a) {
            if (a.pos.size() != 1 || !a.kw.empty())
                in2.raiseTypeError(QStringLiteral("cache() takes 1 positional argument but %1 were given")
                                       .arg(a.pos.size()));
            return wrap(in2, a.pos[0], true, 0, false);
        });

        // cached_property: computed once, then stored on the instance (whose attributes win on lookup)
        Value cachedCls = classOf(QStringLiteral("cached_property"));
        cachedCls.as<ClassObject>()->constructor = [](Interpreter &in2, const Value &cls,
                                                      std::vector<Value> &p,
                                                      std::vector<std::pair<QString, Value>> &kw) {
            if (p.size() != 1 || !kw.empty())
                in2.raiseTypeError(QStringLiteral("cached_property.__init__() takes 2 positional arguments"));
            auto *inst = new InstanceObject(cls);
            Value v(inst);
            inst->attrs.insert(QStringLiteral("func"), p[0]);
            inst->attrs.insert(QStringLiteral("attrname"), in2.getAttr(p[0], QStringLiteral("__name__")));
            inst->attrs.insert(QStringLiteral("__doc__"), in2.getAttr(p[0], QStringLiteral("__doc__")));
            return v;
        };
        method(cachedCls, QStringLiteral("__get__"), [](Interpreter &in2, const Value &self, CallArgs &a) {
            const Value obj = a.pos.empty() ? Value() : a.pos[0];
            if (obj.isNone())
                return self;
            auto *inst = self.as<InstanceObject>();
            const Value result = in2.call(inst->attrs.value(QStringLiteral("func")), std::vector<Value>{obj});
            in2.setAttr(obj, in2.str(inst->attrs.value(QStringLiteral("attrname"))), result);
            return result;
        });
        mod->attrs.insert(QStringLiteral("cached_property"), cachedCls);

        // total_ordering: the missing comparisons from __eq__ and one of __lt__ __le__ __gt__ __ge__
        def(QStringLiteral("total_ordering"), [](Interpreter &in2, const Value &, CallArgs &a) {
            if (a.pos.size() != 1)
                in2.raiseTypeError(QStringLiteral("total_ordering() takes 1 positional argument"));
            const Value cls = a.pos[0];
            auto *c = cls.as<ClassObject>();
            if (!c || c->kind != ObjKind::Class)
                in2.raiseTypeError(QStringLiteral("total_ordering needs a class"));
            const QString order[4] = {QStringLiteral("__lt__"), QStringLiteral("__le__"),
                                      QStringLiteral("__gt__"), QStringLiteral("__ge__")};
            QString root;
            for (const QString &op : order) // CPython picks max() of the defined names: __lt__ > __le__ > ...
                if (c->lookup(op) && !c->lookup(op)->as<BuiltinObject>() && (root.isEmpty() || op > root))
                    root = op;
            if (root.isEmpty())
                in2.raiseValueError(QStringLiteral("must define at least one ordering operation: < > <= >="));
            auto rootCall = [root](Interpreter &in3, const Value &x, const Value &y) {
                return in3.call(in3.getAttr(x, root), std::vector<Value>{y});
            };
            auto isNotImpl = [](Interpreter &in3, const Value &v) {
                const Value ni = in3.builtin(QStringLiteral("NotImplemented"));
                return ni.isObj() && v.isObj() && v.obj() == ni.obj();
            };
            // each derived operator as CPython's functools defines it (op_result, then combine with ==)
            auto derive = [&](const QString &name,
                              std::function<Value(Interpreter &, const Value &, const Value &)> f) {
                if (c->lookup(name) && !c->lookup(name)->as<BuiltinObject>())
                    return;
                c->attrs.insert(name,
                                in2.makeMethod(name, [f](Interpreter &in3, const Value &self, CallArgs &b) {
                                    return f(in3, self, b.pos.at(0));
                                }));
            };
            auto eq = [](Interpreter &in3, const Value &x, const Value &y) { return in3.equals(x, y); };
            auto lift = [rootCall, isNotImpl, eq](bool negate, bool withEq, bool eqResult) {
                // result = root(self, other) (negated if asked); then `or`/`and` with self == other
                return [rootCall, isNotImpl, eq, negate, withEq, eqResult](Interpreter &in3, const Value &x,
                                                                           const Value &y) -> Value {
                    Value r = rootCall(in3, x, y);
                    if (isNotImpl(in3, r))
                        return r;
                    bool b = in3.truthy(r);
                    if (negate)
                        b = !b;
                    if (withEq)
                        b = eqResult ? (b || eq(in3, x, y)) : (b && !eq(in3, x, y));
                    return Value::fromBool(b);
                };
            };
            if (root == u"__lt__") {
                derive(QStringLiteral("__gt__"), lift(true, true, false));  // not (a < b) and a != b
                derive(QStringLiteral("__le__"), lift(false, true, true));  // a < b or a == b
                derive(QStringLiteral("__ge__"), lift(true, false, false)); // not a < b
            } else if (root == u"__le__") {
                derive(QStringLiteral("__ge__"), lift(true, true, true));   // not a <= b or a == b
                derive(QStringLiteral("__lt__"), lift(false, true, false)); // a <= b and a != b
                derive(QStringLiteral("__gt__"), lift(true, false, false)); // not a <= b
            } else if (root == u"__gt__") {
                derive(QStringLiteral("__lt__"), lift(true, true, false));  // not (a > b) and a != b
                derive(QStringLiteral("__ge__"), lift(false, true, true));  // a > b or a == b
                derive(QStringLiteral("__le__"), lift(true, false, false)); // not a > b
            } else {
                derive(QStringLiteral("__le__"), lift(true, true, true));   // not a >= b or a == b
                derive(QStringLiteral("__gt__"), lift(false, true, false)); // a >= b and a != b
                derive(QStringLiteral("__lt__"), lift(true, false, false)); // not a >= b
            }
            return cls;
        });
        return modValue;
    });
}

} // namespace awaitscope::py
