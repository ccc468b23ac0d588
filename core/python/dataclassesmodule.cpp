// The dataclasses module: dataclass (init, repr, eq, order, frozen), field, fields, asdict, astuple,
// replace, is_dataclass and FrozenInstanceError, as CPython 3.11's. The generated methods are native; the
// fields are the names the class body annotates, in order (ClassObject::annotated).
#include "nativeclass.h"

namespace awaitscope::py {

namespace {

struct FieldSpec
{
    QString name;
    Value defaultValue;
    Value defaultFactory;
    bool hasDefault = false;
    bool hasFactory = false;
    bool init = true;
    bool repr = true;
    bool compare = true;
};

struct ModuleState
{
    Value fieldClass;
    Value frozenError;
};

FieldSpec *fieldSpec(const Value &v, const Value &fieldClass)
{
    auto *inst = v.as<InstanceObject>();
    if (!inst || inst->kind != ObjKind::Instance || !inst->cls.identical(fieldClass))
        return nullptr;
    return static_cast<FieldSpec *>(inst->payload.get());
}

Value makeField(const Value &fieldClass, const FieldSpec &spec)
{
    auto *inst = new InstanceObject(fieldClass);
    Value v(inst);
    auto p = std::make_shared<FieldSpec>(spec);
    inst->payload = p;
    inst->attrs.insert(QStringLiteral("name"), spec.name.isNull() ? Value() : makeStr(spec.name));
    return v;
}

// The fields of a dataclass (its own and those of dataclass bases), in __init__ order.
std::vector<FieldSpec> fieldsOf(Interpreter &in, const Value &cls, const Value &fieldClass)
{
    std::vector<FieldSpec> out;
    auto *c = cls.as<ClassObject>();
    const Value *table = c ? c->lookup(QStringLiteral("__dataclass_fields__")) : nullptr;
    if (!table)
        return out;
    for (const auto &e : table->as<DictObject>()->table.entries())
        if (e.live)
            if (FieldSpec *f = fieldSpec(e.value, fieldClass))
                out.push_back(*f);
    Q_UNUSED(in);
    return out;
}

bool isDataclassInstance(const Value &v)
{
    auto *inst = v.as<InstanceObject>();
    return inst && inst->kind == ObjKind::Instance &&
           inst->klass()->lookup(QStringLiteral("__dataclass_fields__"));
}

QString qualName(Interpreter &in, const Value &self)
{
    return in.typeOf(self).as<ClassObject>()->name;
}

Value fieldTuple(Interpreter &in, const Value &self, const std::vector<FieldSpec> &fields)
{
    std::vector<Value> items;
    for (const FieldSpec &f : fields)
        if (f.compare)
            items.push_back(in.getAttr(self, f.name));
    return makeTuple(std::move(items));
}

Value deepCopyOut(Interpreter &in, const Value &v, const Value &fieldClass, bool asDict);

Value dataclassToDict(Interpreter &in, const Value &obj, const Value &fieldClass, bool asDict)
{
    std::vector<Value> items;
    auto *d = asDict ? new DictObject() : nullptr;
    Value dv = d ? Value(d) : Value();
    for (const FieldSpec &f : fieldsOf(in, in.typeOf(obj), fieldClass)) {
        Value v = deepCopyOut(in, in.getAttr(obj, f.name), fieldClass, asDict);
        if (d)
            d->set(makeStr(f.name), v);
        else
            items.push_back(v);
    }
    return d ? dv : makeTuple(std::move(items));
}

// asdict/astuple recurse into dataclasses, lists, tuples and dicts, copying them.
Value deepCopyOut(Interpreter &in, const Value &v, const Value &fieldClass, bool asDict)
{
    NestingGuard nesting(in, "in asdict()");
    if (isDataclassInstance(v))
        return dataclassToDict(in, v, fieldClass, asDict);
    if (!v.isObj())
        return v;
    switch (v.obj()->kind) {
    case ObjKind::List: {
        std::vector<Value> out;
        for (const Value &x : v.as<ListObject>()->items)
            out.push_back(deepCopyOut(in, x, fieldClass, asDict));
        return makeList(std::move(out));
    }
    case ObjKind::Tuple: {
        std::vector<Value> out;
        for (const Value &x : v.as<TupleObject>()->items)
            out.push_back(deepCopyOut(in, x, fieldClass, asDict));
        Value t = makeTuple(std::move(out));
        t.as<TupleObject>()->subclass = v.as<TupleObject>()->subclass;
        return t;
    }
    case ObjKind::Dict: {
        auto *d = new DictObject();
        Value dv(d);
        d->subclass = v.as<DictObject>()->subclass;
        d->state = v.as<DictObject>()->state;
        for (const auto &e : v.as<DictObject>()->table.entries())
            if (e.live)
                d->set(deepCopyOut(in, e.key, fieldClass, asDict),
                       deepCopyOut(in, e.value, fieldClass, asDict));
        return dv;
    }
    default:
        return v;
    }
}

QString joinArgs(const QStringList &names)
{
    if (names.size() == 1)
        return names[0];
    if (names.size() == 2)
        return names[0] + QStringLiteral(" and ") + names[1];
    return names.mid(0, names.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(", and ") +
           names.last();
}

} // namespace

// "f() takes 3 positional arguments but 4 were given", "from 2 to 3" when some have defaults.
QString tooManyPositional(const QString &function, size_t required, size_t total, size_t given)
{
    const QString expected =
        required == total ? QString::number(total) : QStringLiteral("from %1 to %2").arg(required).arg(total);
    return QStringLiteral("%1 takes %2 positional argument%3 but %4 %5 given")
        .arg(function, expected, total == 1 && required == total ? QString() : QStringLiteral("s"))
        .arg(given)
        .arg(given == 1 ? QStringLiteral("was") : QStringLiteral("were"));
}

namespace {

struct Options
{
    bool init = true, repr = true, eq = true, order = false, frozen = false, matchArgs = true;
};

void setRaw(const Value &self, const QString &name, const Value &v)
{
    self.as<InstanceObject>()->attrs.insert(name, v);
}

Value processClass(Interpreter &in, const Value &cls, const Options &opt, std::shared_ptr<ModuleState> st)
{
    auto *c = cls.as<ClassObject>();
    if (!c || c->kind != ObjKind::Class)
        in.raiseTypeError(QStringLiteral("dataclass() should be called on a class"));
    const Value fieldClass = st->fieldClass;
    // the bases' fields first, then this class's (a redefined field keeps its place)
    std::vector<FieldSpec> fields;
    for (auto it = c->bases.rbegin(); it != c->bases.rend(); ++it)
        for (FieldSpec &f : fieldsOf(in, *it, fieldClass)) {
            auto same = std::find_if(fields.begin(), fields.end(),
                                     [&](const FieldSpec &g) { return g.name == f.name; });
            if (same != fields.end())
                *same = f;
            else
                fields.push_back(f);
        }
    for (const QString &name : c->annotated) {
        FieldSpec f;
        f.name = name;
        if (c->attrs.contains(name)) {
            const Value v = c->attrs.value(name);
            if (FieldSpec *given = fieldSpec(v, fieldClass)) {
                f = *given;
                f.name = name;
                if (f.hasDefault)
                    c->attrs.insert(name, f.defaultValue);
                else
                    c->attrs.remove(name);
            } else {
                f.hasDefault = true;
                f.defaultValue = v;
            }
        }
        if (f.hasDefault &&
            (isKind(f.defaultValue, ObjKind::List) || isKind(f.defaultValue, ObjKind::Dict) ||
             (isKind(f.defaultValue, ObjKind::Set) && !f.defaultValue.as<SetObject>()->frozen)))
            in.raiseValueError(
                QStringLiteral("mutable default %1 for field %2 is not allowed: use default_factory")
                    .arg(in.repr(in.typeOf(f.defaultValue)), name));
        auto same =
            std::find_if(fields.begin(), fields.end(), [&](const FieldSpec &g) { return g.name == name; });
        if (same != fields.end())
            *same = f;
        else
            fields.push_back(f);
    }
    bool seenDefault = false;
    for (const FieldSpec &f : fields) {
        if (!f.init)
            continue;
        if (f.hasDefault || f.hasFactory)
            seenDefault = true;
        else if (seenDefault)
            in.raiseTypeError(
                QStringLiteral("non-default argument '%1' follows default argument").arg(f.name));
    }
    auto *table = new DictObject();
    Value tableValue(table);
    for (const FieldSpec &f : fields)
        table->set(makeStr(f.name), makeField(fieldClass, f));
    c->attrs.insert(QStringLiteral("__dataclass_fields__"), tableValue);
    // class patterns' positional sub-patterns (`case Point(x, y)`) name the __init__ fields, unless the class
    // says otherwise itself
    if (opt.matchArgs && !c->attrs.contains(QStringLiteral("__match_args__"))) {
        std::vector<Value> names;
        for (const FieldSpec &f : fields)
            if (f.init)
                names.push_back(makeStr(f.name));
        c->attrs.insert(QStringLiteral("__match_args__"), makeTuple(std::move(names)));
    }
    auto shared = std::make_shared<std::vector<FieldSpec>>(fields);

    if (opt.init)
        c->attrs.insert(
            QStringLiteral("__init__"),
            in.makeMethod(QStringLiteral("__init__"), [shared](Interpreter &in2, const Value &self,
                                                               CallArgs &a) {
                const QString cname = qualName(in2, self);
                std::vector<const FieldSpec *> params;
                for (const FieldSpec &f : *shared)
                    if (f.init)
                        params.push_back(&f);
                if (a.pos.size() > params.size()) {
                    const size_t required =
                        size_t(std::count_if(params.begin(), params.end(), [](const FieldSpec *f) {
                            return !f->hasDefault && !f->hasFactory;
                        }));
                    in2.raiseTypeError(tooManyPositional(cname + QStringLiteral(".__init__()"), required + 1,
                                                         params.size() + 1, a.pos.size() + 1));
                }
                std::vector<Value> values(params.size());
                std::vector<bool> given(params.size(), false);
                for (size_t i = 0; i < a.pos.size(); ++i) {
                    values[i] = a.pos[i];
                    given[i] = true;
                }
                for (auto &[k, v] : a.kw) {
                    const QString &key = k; // clang 14 cannot capture a structured binding
                    auto it = std::find_if(params.begin(), params.end(),
                                           [&](const FieldSpec *f) { return f->name == key; });
                    if (it == params.end())
                        in2.raiseTypeError(
                            QStringLiteral("%1.__init__() got an unexpected keyword argument '%2'")
                                .arg(cname, k));
                    const size_t i = size_t(it - params.begin());
                    if (given[i])
                        in2.raiseTypeError(
                            QStringLiteral("%1.__init__() got multiple values for argument '%2'")
                                .arg(cname, k));
                    values[i] = v;
                    given[i] = true;
                }
                QStringList missing;
                for (size_t i = 0; i < params.size(); ++i)
                    if (!given[i] && !params[i]->hasDefault && !params[i]->hasFactory)
                        missing << u'\'' + params[i]->name + u'\'';
                if (!missing.isEmpty())
                    in2.raiseTypeError(
                        QStringLiteral("%1.__init__() missing %2 required positional argument%3: %4")
                            .arg(cname)
                            .arg(missing.size())
                            .arg(missing.size() == 1 ? QString() : QStringLiteral("s"), joinArgs(missing)));
                size_t pi = 0;
                for (const FieldSpec &f : *shared) {
                    Value v;
                    if (f.init && given[pi])
                        v = values[pi];
                    else if (f.hasFactory)
                        v = in2.call(f.defaultFactory, std::vector<Value>{});
                    else if (f.hasDefault)
                        v = f.defaultValue;
                    else {
                        if (f.init)
                            ++pi;
                        continue; // init=False without a default: not set
                    }
                    if (f.init)
                        ++pi;
                    setRaw(self, f.name, v);
                }
                if (const Value *post =
                        in2.typeOf(self).as<ClassObject>()->lookup(QStringLiteral("__post_init__")))
                    in2.call(*post, {self});
                return Value();
            }));

    if (opt.repr)
        c->attrs.insert(
            QStringLiteral("__repr__"),
            in.makeMethod(
                QStringLiteral("__repr__"), [shared](Interpreter &in2, const Value &self, CallArgs &) {
                    static thread_local QSet<const void *> active; // a dataclass inside itself prints as ...
                    const void *key = self.obj();
                    if (active.contains(key))
                        return makeStr(QStringLiteral("..."));
                    active.insert(key);
                    struct Done
                    {
                        const void *k;
                        ~Done() { active.remove(k); }
                    } done{key};
                    QStringList parts;
                    for (const FieldSpec &f : *shared)
                        if (f.repr)
                            parts << f.name + u'=' + in2.repr(in2.getAttr(self, f.name));
                    return makeStr(qualName(in2, self) + u'(' + parts.join(QStringLiteral(", ")) + u')');
                }));

    if (opt.eq) {
        c->attrs.insert(QStringLiteral("__eq__"),
                        in.makeMethod(QStringLiteral("__eq__"),
                                      [shared](Interpreter &in2, const Value &self, CallArgs &a) {
                                          const Value other = a.pos.empty() ? Value() : a.pos[0];
                                          if (!in2.typeOf(other).identical(in2.typeOf(self)))
                                              return Value::fromBool(self.identical(other));
                                          return Value::fromBool(in2.equals(fieldTuple(in2, self, *shared),
                                                                            fieldTuple(in2, other, *shared)));
                                      }));
        if (opt.frozen)
            c->attrs.insert(QStringLiteral("__hash__"),
                            in.makeMethod(QStringLiteral("__hash__"),
                                          [shared](Interpreter &in2, const Value &self, CallArgs &) {
                                              return Value::fromInt(
                                                  in2.hashCheck(fieldTuple(in2, self, *shared)));
                                          }));
        else if (!c->attrs.contains(QStringLiteral("__hash__")))
            c->attrs.insert(QStringLiteral("__hash__"), Value());
    }

    if (opt.order) {
        if (!opt.eq)
            in.raiseValueError(QStringLiteral("eq must be true if order is true"));
        for (const Op op : {Op::Lt, Op::LtE, Op::Gt, Op::GtE}) {
            const QString name = opMethods(op).own, sym = opSymbol(op);
            if (c->attrs.contains(name))
                in.raiseTypeError(
                    QStringLiteral(
                        "Cannot overwrite attribute %1 in class %2. Consider using functools.total_ordering")
                        .arg(name, c->name));
            c->attrs.insert(name, in.makeMethod(name, [shared, op, sym](Interpreter &in2, const Value &self,
                                                                        CallArgs &a) {
                const Value other = a.pos.empty() ? Value() : a.pos[0];
                if (!in2.typeOf(other).identical(in2.typeOf(self)))
                    in2.raiseTypeError(QStringLiteral("'%1' not supported between instances of '%2' and '%3'")
                                           .arg(sym, in2.typeName(self), in2.typeName(other)));
                return in2.compare(op, fieldTuple(in2, self, *shared), fieldTuple(in2, other, *shared));
            }));
        }
    }

    if (opt.frozen) {
        auto refuse = [st](Interpreter &in2, const Value &, const QString &name, const char *what) {
            in2.raise(in2.newException(st->frozenError,
                                       {makeStr(QStringLiteral("cannot %1 field %2")
                                                    .arg(QLatin1String(what), in2.repr(makeStr(name))))}));
        };
        c->attrs.insert(QStringLiteral("__setattr__"),
                        in.makeMethod(QStringLiteral("__setattr__"),
                                      [refuse](Interpreter &in2, const Value &self, CallArgs &a) {
                                          refuse(in2, self, in2.str(a.pos.at(0)), "assign to");
                                          return Value();
                                      }));
        c->attrs.insert(QStringLiteral("__delattr__"),
                        in.makeMethod(QStringLiteral("__delattr__"),
                                      [refuse](Interpreter &in2, const Value &self, CallArgs &a) {
                                          refuse(in2, self, in2.str(a.pos.at(0)), "delete");
                                          return Value();
                                      }));
    }
    return cls;
}

Options readOptions(Interpreter &in, CallArgs &a)
{
    Options o;
    for (auto &[k, v] : a.kw) {
        const bool b = in.truthy(v);
        if (k == u"init")
            o.init = b;
        else if (k == u"repr")
            o.repr = b;
        else if (k == u"eq")
            o.eq = b;
        else if (k == u"order")
            o.order = b;
        else if (k == u"frozen")
            o.frozen = b;
        else if (k == u"match_args")
            o.matchArgs = b;
        else if (k == u"unsafe_hash" || k == u"kw_only" || k == u"slots" || k == u"weakref_slot")
            in.raiseTypeError(
                QStringLiteral("not supported: dataclass(%1=...) (Awaitscope's dataclasses has init, "
                               "repr, eq, order, frozen and match_args)")
                    .arg(k));
        else
            in.raiseTypeError(QStringLiteral("dataclass() got an unexpected keyword argument '%1'").arg(k));
    }
    return o;
}

} // namespace

void Interpreter::installDataclasses()
{
    registerModule(QStringLiteral("dataclasses"), [](Interpreter &in) {
        auto *mod = new ModuleObject(QStringLiteral("dataclasses"));
        Value modValue(mod);
        auto st = std::make_shared<ModuleState>();
        st->fieldClass = in.makeClass(QStringLiteral("Field"), {in.tObject});
        st->fieldClass.as<ClassObject>()->attrs.insert(QStringLiteral("__module__"), makeStr(mod->name));
        st->frozenError = in.makeClass(QStringLiteral("FrozenInstanceError"),
                                       {in.builtin(QStringLiteral("AttributeError"))});
        st->frozenError.as<ClassObject>()->attrs.insert(QStringLiteral("__module__"), makeStr(mod->name));
        mod->attrs.insert(QStringLiteral("Field"), st->fieldClass);
        mod->attrs.insert(QStringLiteral("FrozenInstanceError"), st->frozenError);
        auto def = [&](const QString &name, BuiltinObject::Fn fn) {
            mod->attrs.insert(name, in.makeBuiltin(name, std::move(fn)));
        };
        def(QStringLiteral("dataclass"), [st](Interpreter &in2, const Value &, CallArgs &a) {
            const Options o = readOptions(in2, a);
            if (a.pos.size() > 1)
                in2.raiseTypeError(
                    QStringLiteral("dataclass() takes from 0 to 1 positional arguments but %1 were given")
                        .arg(a.pos.size()));
            if (!a.pos.empty() && !a.pos[0].isNone())
                return processClass(in2, a.pos[0], o, st);
            return in2.makeBuiltin(QStringLiteral("wrap"),
                                   [o, st](Interpreter &in3, const Value &, CallArgs &b) {
                                       return processClass(in3, in3.argOr(b, 0, "cls"), o, st);
                                   });
        });
        def(QStringLiteral("field"), [st](Interpreter &in2, const Value &, CallArgs &a) {
            if (!a.pos.empty())
                in2.raiseTypeError(QStringLiteral("field() takes 0 positional arguments but %1 were given")
                                       .arg(a.pos.size()));
            FieldSpec f;
            for (auto &[k, v] : a.kw) {
                if (k == u"default") {
                    f.defaultValue = v;
                    f.hasDefault = true;
                } else if (k == u"default_factory") {
                    f.defaultFactory = v;
                    f.hasFactory = true;
                } else if (k == u"init")
                    f.init = in2.truthy(v);
                else if (k == u"repr")
                    f.repr = in2.truthy(v);
                else if (k == u"compare")
                    f.compare = in2.truthy(v);
                else if (k == u"hash" || k == u"metadata" || k == u"kw_only")
                    in2.raiseTypeError(
                        QStringLiteral("not supported: field(%1=...) (Awaitscope's dataclasses has "
                                       "default, default_factory, init, repr and compare)")
                            .arg(k));
                else
                    in2.raiseTypeError(
                        QStringLiteral("field() got an unexpected keyword argument '%1'").arg(k));
            }
            if (f.hasDefault && f.hasFactory)
                in2.raiseValueError(QStringLiteral("cannot specify both default and default_factory"));
            return makeField(st->fieldClass, f);
        });
        def(QStringLiteral("fields"), [st](Interpreter &in2, const Value &, CallArgs &a) {
            const Value x = in2.argOr(a, 0, "class_or_instance");
            const Value cls = x.as<ClassObject>() && x.obj()->kind == ObjKind::Class ? x : in2.typeOf(x);
            const Value *table = cls.as<ClassObject>()->lookup(QStringLiteral("__dataclass_fields__"));
            if (!table)
                in2.raiseTypeError(QStringLiteral("must be called with a dataclass type or instance"));
            std::vector<Value> out;
            for (const auto &e : table->as<DictObject>()->table.entries())
                if (e.live)
                    out.push_back(e.value);
            return makeTuple(std::move(out));
        });
        def(QStringLiteral("asdict"), [st](Interpreter &in2, const Value &, CallArgs &a) {
            const Value x = in2.argOr(a, 0, "obj");
            if (!isDataclassInstance(x))
                in2.raiseTypeError(QStringLiteral("asdict() should be called on dataclass instances"));
            return dataclassToDict(in2, x, st->fieldClass, true);
        });
        def(QStringLiteral("astuple"), [st](Interpreter &in2, const Value &, CallArgs &a) {
            const Value x = in2.argOr(a, 0, "obj");
            if (!isDataclassInstance(x))
                in2.raiseTypeError(QStringLiteral("astuple() should be called on dataclass instances"));
            return dataclassToDict(in2, x, st->fieldClass, false);
        });
        def(QStringLiteral("is_dataclass"), [](Interpreter &, const Value &, CallArgs &a) {
            const Value x = a.pos.empty() ? Value() : a.pos[0];
            if (auto *c = x.as<ClassObject>(); c && c->kind == ObjKind::Class)
                return Value::fromBool(c->lookup(QStringLiteral("__dataclass_fields__")) != nullptr);
            return Value::fromBool(isDataclassInstance(x));
        });
        def(QStringLiteral("replace"), [st](Interpreter &in2, const Value &, CallArgs &a) {
            const Value obj = in2.argOr(a, 0, "obj");
            if (!isDataclassInstance(obj))
                in2.raiseTypeError(QStringLiteral("replace() should be called on dataclass instances"));
            CallArgs init;
            for (const FieldSpec &f : fieldsOf(in2, in2.typeOf(obj), st->fieldClass)) {
                if (!f.init)
                    continue;
                auto it = std::find_if(a.kw.begin(), a.kw.end(),
                                       [&](const auto &kv) { return kv.first == f.name; });
                init.kw.emplace_back(f.name, it != a.kw.end() ? it->second : in2.getAttr(obj, f.name));
            }
            for (const auto &given : a.kw)
                if (std::none_of(init.kw.begin(), init.kw.end(),
                                 [&](const auto &kv) { return kv.first == given.first; }))
                    init.kw.emplace_back(given);
            return in2.call(in2.typeOf(obj), init);
        });
        return modValue;
    });
}

} // namespace awaitscope::py
