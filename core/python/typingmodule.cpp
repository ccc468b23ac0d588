// The typing module: its names exist, subscript and print as CPython 3.11 prints them, and do nothing at
// run time (annotations are not checked).
#include "interpreter.h"

namespace awaitscope::py {

bool sameUnionArguments(Interpreter &in, const std::vector<Value> &mine,
                        const std::vector<Value> &theirs); // genericalias.cpp

namespace {

// One typing object: a special form (Any, Optional, Union ...), a generic alias of a builtin class
// (List -> list) or one of them subscripted (List[int]), a TypeVar or a NewType.
struct TypingForm
{
    enum class Kind : uint8_t {
        Plain,
        Any,
        Optional,
        Union,
        Callable,
        Tuple,
        Literal,
        Wrapper,
        TypeVar,
        NewType
    };
    Kind kind = Kind::Plain;
    QString name;    // "List", "Any", "T" ...
    Value origin;    // the builtin class behind an alias (list for List), or None
    int params = -1; // number of parameters a Plain alias takes (-1: any number)
    bool subscripted = false;
    std::vector<Value> args;
    QString prefix = QStringLiteral("~"); // TypeVar: ~, + or -
};

std::shared_ptr<TypingForm> formOf(const Value &v)
{
    auto *inst = v.as<InstanceObject>();
    if (!inst || inst->kind != ObjKind::Instance || !inst->klass()->lookup(QStringLiteral("__typing__")))
        return nullptr;
    return std::static_pointer_cast<TypingForm>(inst->payload);
}

class Typing
{
public:
    explicit Typing(Interpreter &in)
        : in(in)
    {
    }
    Interpreter &in;
    Value cls, typeVarCls, newTypeCls;

    Value make(std::shared_ptr<TypingForm> f)
    {
        auto *inst = new InstanceObject(f->kind == TypingForm::Kind::TypeVar   ? typeVarCls
                                        : f->kind == TypingForm::Kind::NewType ? newTypeCls
                                                                               : cls);
        Value v(inst);
        if (f->subscripted) {
            inst->attrs.insert(QStringLiteral("__origin__"), f->origin);
            std::vector<Value> args = f->args;
            if (f->kind == TypingForm::Kind::Callable && args.size() == 2) {
                // Callable[[int], str].__args__ == (int, str)
                std::vector<Value> flat;
                if (auto *l = args[0].as<ListObject>(); l && l->kind == ObjKind::List)
                    flat = l->items;
                else
                    flat.push_back(args[0]);
                flat.push_back(args[1]);
                args = flat;
            }
            inst->attrs.insert(QStringLiteral("__args__"), makeTuple(args));
        }
        if (f->kind == TypingForm::Kind::TypeVar || f->kind == TypingForm::Kind::NewType)
            inst->attrs.insert(QStringLiteral("__name__"), makeStr(f->name));
        inst->payload = std::move(f);
        return v;
    }

    bool isEllipsis(const Value &v) const
    {
        const Value e = in.builtin(QStringLiteral("Ellipsis"));
        return v.isObj() && e.isObj() && v.obj() == e.obj();
    }

    // typing._type_repr
    QString typeRepr(const Value &v)
    {
        if (formOf(v))
            return in.repr(v);
        if (auto *c = v.as<ClassObject>(); c && c->kind == ObjKind::Class)
            return in.qualifiedName(c);
        if (isEllipsis(v))
            return QStringLiteral("...");
        if (auto *s = v.as<StrObject>(); s && s->kind == ObjKind::Str)
            return QStringLiteral("ForwardRef(%1)").arg(in.repr(v));
        if (auto *l = v.as<ListObject>(); l && l->kind == ObjKind::List) {
            QStringList parts;
            for (const Value &x : l->items)
                parts << typeRepr(x);
            return u'[' + parts.join(QStringLiteral(", ")) + u']';
        }
        if (auto *t = v.as<TupleObject>(); t && t->kind == ObjKind::Tuple && t->items.empty())
            return QStringLiteral("()");
        if (v.as<FunctionObject>())
            return in.getAttr(v, QStringLiteral("__qualname__")).as<StrObject>()->value;
        return in.repr(v);
    }

    QString repr(const TypingForm &f)
    {
        using K = TypingForm::Kind;
        if (f.kind == K::TypeVar)
            return f.prefix + f.name;
        if (f.kind == K::NewType)
            return QStringLiteral("__main__.") + f.name;
        QString base = QStringLiteral("typing.") + f.name;
        if (!f.subscripted)
            return base;
        std::vector<Value> args = f.args;
        if (f.kind == K::Union) {
            // Union[X, None] prints as Optional[X]
            const Value none = in.typeOf(Value());
            if (args.size() == 2 && (args[0].identical(none) || args[1].identical(none))) {
                base = QStringLiteral("typing.Optional");
                args = {args[0].identical(none) ? args[1] : args[0]};
            } else {
                base = QStringLiteral("typing.Union");
            }
        }
        QStringList parts;
        for (const Value &a : args)
            parts << (f.kind == K::Literal ? in.repr(a) : typeRepr(a));
        if (f.kind == K::Tuple && args.empty())
            parts << QStringLiteral("()");
        return base + u'[' + parts.join(QStringLiteral(", ")) + u']';
    }

    // None stands for type(None) inside a subscript.
    Value typeArg(const Value &v) { return v.isNone() ? in.typeOf(Value()) : v; }

    void addUnionArg(std::vector<Value> &out, const Value &v)
    {
        if (auto f = formOf(v); f && f->kind == TypingForm::Kind::Union && f->subscripted) {
            for (const Value &a : f->args)
                addUnionArg(out, a);
            return;
        }
        const Value t = typeArg(v);
        for (const Value &have : out)
            if (have.identical(t) || (formOf(have) && formOf(t) && in.repr(have) == in.repr(t)))
                return;
        out.push_back(t);
    }

    Value makeUnion(const std::vector<Value> &params)
    {
        std::vector<Value> args;
        for (const Value &p : params)
            addUnionArg(args, p);
        if (args.size() == 1)
            return args[0];
        auto f = std::make_shared<TypingForm>();
        f->kind = TypingForm::Kind::Union;
        f->name = QStringLiteral("Union");
        f->subscripted = true;
        f->args = std::move(args);
        return make(f);
    }

    Value subscript(const Value &self, const Value &key)
    {
        using K = TypingForm::Kind;
        auto f = formOf(self);
        std::vector<Value> params;
        if (auto *t = key.as<TupleObject>(); t && t->kind == ObjKind::Tuple)
            params = t->items;
        else
            params.push_back(key);
        const QString qname = QStringLiteral("typing.") + f->name;
        if (f->subscripted && f->kind != K::Plain)
            in.raiseTypeError(QStringLiteral("%1 is not a generic class").arg(repr(*f)));
        if (f->subscripted)
            in.raiseTypeError(QStringLiteral("%1 is not a generic class").arg(repr(*f)));
        switch (f->kind) {
        case K::Any:
        case K::TypeVar:
        case K::NewType:
            in.raiseTypeError(QStringLiteral("'%1' object is not subscriptable").arg(in.typeName(self)));
        case K::Optional:
            if (params.size() != 1)
                in.raiseTypeError(
                    QStringLiteral("typing.Optional requires a single type. Got %1.").arg(in.repr(key)));
            return makeUnion({params[0], Value()});
        case K::Union:
            return makeUnion(params);
        default:
            break;
        }
        auto g = std::make_shared<TypingForm>(*f);
        g->subscripted = true;
        g->args.clear();
        if (f->kind == K::Callable) {
            if (params.size() != 2)
                in.raiseTypeError(QStringLiteral("Callable must be used as Callable[[arg, ...], result]."));
            Value first = params[0];
            if (auto *l = first.as<ListObject>(); l && l->kind == ObjKind::List) {
                std::vector<Value> items;
                for (const Value &x : l->items)
                    items.push_back(typeArg(x));
                first = makeList(std::move(items));
            }
            g->args = {first, typeArg(params[1])};
            return make(g);
        }
        if (f->kind == K::Tuple) {
            if (auto *t = key.as<TupleObject>(); t && t->kind == ObjKind::Tuple && t->items.empty())
                return make(g);
        }
        if (f->kind == K::Literal) {
            g->args = params;
            return make(g);
        }
        if (f->kind == K::Wrapper && params.size() != 1)
            in.raiseTypeError(QStringLiteral("%1 accepts only single type.").arg(qname));
        if (f->kind == K::Plain && f->params >= 0 && int(params.size()) != f->params)
            in.raiseTypeError(
                QStringLiteral("Too %1 arguments for %2; actual %3, expected %4")
                    .arg(int(params.size()) > f->params ? QStringLiteral("many") : QStringLiteral("few"),
                         qname)
                    .arg(params.size())
                    .arg(f->params));
        for (const Value &p : params)
            g->args.push_back(typeArg(p));
        return make(g);
    }
};

} // namespace

namespace {

// collections.namedtuple(name, fields, defaults=..., module=...)
Value namedTupleClass(Interpreter &in, const QString &name, const QStringList &fields,
                      std::vector<Value> defaults, const Value &module)
{
    std::vector<Value> names;
    for (const QString &f : fields)
        names.push_back(makeStr(f));
    CallArgs spec;
    spec.pos = {makeStr(name), makeList(std::move(names))};
    spec.kw.emplace_back(QStringLiteral("defaults"), makeTuple(std::move(defaults)));
    spec.kw.emplace_back(QStringLiteral("module"),
                         module.isNone() ? makeStr(QStringLiteral("__main__")) : module);
    return in.call(in.getAttr(in.moduleOf(QStringLiteral("collections")), QStringLiteral("namedtuple")),
                   spec);
}

bool directlyFrom(const ClassObject *c, const char *base)
{
    if (c->bases.size() != 1)
        return false;
    auto *b = c->bases[0].as<ClassObject>();
    return b && b->name == QLatin1String(base) && b->attrs.contains(QStringLiteral("__typing_record__"));
}

// typing.NamedTuple and typing.TypedDict: base classes whose class syntax (fields as annotations, defaults
// as values) makes a namedtuple class or a class whose instances are plain dicts, and their functional forms
// NamedTuple('P', [('x', int)]) and TypedDict('Cfg', {'name': str}).
void installRecordBases(Interpreter &in, ModuleObject *mod)
{
    Value namedTuple = in.makeClass(QStringLiteral("NamedTuple"), {in.tObject});
    Value typedDict = in.makeClass(QStringLiteral("TypedDict"), {in.tObject});
    for (const Value &b : {namedTuple, typedDict}) {
        b.as<ClassObject>()->attrs.insert(QStringLiteral("__module__"), makeStr(QStringLiteral("typing")));
        b.as<ClassObject>()->attrs.insert(QStringLiteral("__typing_record__"), Value::fromBool(true));
        mod->attrs.insert(b.as<ClassObject>()->name, b);
    }
    auto *nt = namedTuple.as<ClassObject>();
    nt->constructor = [](Interpreter &in2, const Value &, std::vector<Value> &p,
                         std::vector<std::pair<QString, Value>> &kw) {
        if (p.size() != 2 || !isKind(p[0], ObjKind::Str))
            in2.raiseTypeError(
                QStringLiteral("NamedTuple() takes a type name and a list of (name, type) pairs"));
        QStringList fields;
        for (const Value &pair : in2.toVector(p[1]))
            fields << in2.str(in2.toVector(pair).at(0));
        for (const auto &[k, v] : kw)
            fields << k;
        return namedTupleClass(in2, strOf(p[0]), fields, {}, Value());
    };
    nt->onSubclass = [](Interpreter &in2, const Value &clsValue, const QStringList &) {
        auto *c = clsValue.as<ClassObject>();
        if (!directlyFrom(c, "NamedTuple"))
            return;
        const QStringList fields = c->annotated;
        std::vector<Value> defaults;
        QString firstDefault;
        for (const QString &f : fields) {
            if (c->attrs.contains(f)) {
                defaults.push_back(c->attrs.value(f));
                if (firstDefault.isEmpty())
                    firstDefault = f;
            } else if (!firstDefault.isEmpty()) {
                in2.raiseTypeError(
                    QStringLiteral("Non-default namedtuple field %1 cannot follow default field %2")
                        .arg(f, firstDefault));
            }
        }
        const Value made =
            namedTupleClass(in2, c->name, fields, defaults, c->attrs.value(QStringLiteral("__module__")));
        auto *n = made.as<ClassObject>();
        // the class becomes that namedtuple: its fields, repr and helpers; the body's methods stay
        c->bases = n->bases;
        c->constructor = n->constructor;
        c->onSubclass = nullptr;
        for (auto it = n->attrs.cbegin(); it != n->attrs.cend(); ++it)
            if (!c->attrs.contains(it.key()) || fields.contains(it.key()) || it.key() == u"__repr__")
                c->attrs.insert(it.key(), it.value());
        auto *fieldDefaults = new DictObject();
        Value fd(fieldDefaults);
        for (qsizetype i = fields.size() - qsizetype(defaults.size()), j = 0; i < fields.size(); ++i, ++j)
            fieldDefaults->set(makeStr(fields[i]), defaults[size_t(j)]);
        c->attrs.insert(QStringLiteral("_field_defaults"), fd);
        // _make builds this class (the namedtuple's own _make builds the one made above)
        Value weak = clsValue;
        c->attrs.insert(
            QStringLiteral("_make"),
            in2.makeBuiltin(QStringLiteral("_make"), [weak](Interpreter &in3, const Value &, CallArgs &m) {
                return in3.call(weak, in3.toVector(in3.argOr(m, 0, "iterable")));
            }));
    };
    auto dictOf = [](Interpreter &in2, const Value &, std::vector<Value> &p,
                     std::vector<std::pair<QString, Value>> &kw) {
        CallArgs a{p, kw};
        return in2.call(in2.builtin(QStringLiteral("dict")), a);
    };
    auto *td = typedDict.as<ClassObject>();
    td->constructor = [dictOf](Interpreter &in2, const Value &self, std::vector<Value> &p,
                               std::vector<std::pair<QString, Value>> &kw) {
        if (p.empty() || !isKind(p[0], ObjKind::Str))
            in2.raiseTypeError(QStringLiteral("TypedDict() takes a type name and a dict of field types"));
        Value cls = in2.makeClass(strOf(p[0]), {self});
        cls.as<ClassObject>()->constructor = dictOf;
        cls.as<ClassObject>()->onSubclass = nullptr;
        Q_UNUSED(kw);
        return cls;
    };
    td->onSubclass = [dictOf](Interpreter &, const Value &clsValue, const QStringList &) {
        // instances are plain dicts (type(Cfg(name='a')) is dict)
        clsValue.as<ClassObject>()->constructor = dictOf;
    };
}

} // namespace

bool isTypingAny(const Value &v)
{
    const auto f = formOf(v);
    return f && f->kind == TypingForm::Kind::Any;
}

void Interpreter::installTyping()
{
    registerModule(QStringLiteral("typing"), [](Interpreter &in) {
        auto *mod = new ModuleObject(QStringLiteral("typing"));
        Value modValue(mod);
        auto t = std::make_shared<Typing>(in);
        using K = TypingForm::Kind;
        Value cls = in.makeClass(QStringLiteral("_GenericAlias"), {in.tObject});
        t->cls = cls;
        auto *c = cls.as<ClassObject>();
        c->attrs.insert(QStringLiteral("__typing__"), Value::fromBool(true));
        c->attrs.insert(QStringLiteral("__module__"), makeStr(QStringLiteral("typing")));
        auto method = [&](const QString &name, BuiltinObject::Fn fn) {
            c->attrs.insert(name, in.makeMethod(name, std::move(fn)));
        };
        Typing *tp = t.get();
        method(QStringLiteral("__repr__"), [t](Interpreter &, const Value &self, CallArgs &a) {
            const Value s = a.pos.empty() ? self : a.pos[0];
            return makeStr(t->repr(*formOf(s)));
        });
        method(QStringLiteral("__getitem__"), [t](Interpreter &, const Value &self, CallArgs &a) {
            const Value s = self.isNone() ? a.pos.at(0) : self;
            return t->subscript(s, a.pos.at(self.isNone() ? 1 : 0));
        });
        method(QStringLiteral("__call__"), [t](Interpreter &in2, const Value &self, CallArgs &a) {
            auto f = formOf(self);
            if (f->kind == K::NewType) {
                if (a.pos.size() != 1 || !a.kw.empty())
                    in2.raiseTypeError(
                        QStringLiteral("NewType.__call__() takes 2 positional arguments but %1 "
                                       "were given")
                            .arg(a.pos.size() + 1));
                return a.pos[0];
            }
            if (f->kind == K::Plain && !f->origin.isNone() && !f->subscripted)
                in2.raiseTypeError(QStringLiteral("Type %1 cannot be instantiated; use %2() instead")
                                       .arg(f->name, f->origin.as<ClassObject>()->name));
            if (f->kind == K::Plain && !f->origin.isNone())
                return in2.call(f->origin, a);
            if (f->kind == K::Any)
                in2.raiseTypeError(QStringLiteral("Any cannot be instantiated"));
            in2.raiseTypeError(QStringLiteral("Cannot instantiate %1").arg(t->repr(*f)));
        });
        // _GenericAlias.__or__ / __ror__, TypeVar's, NewType's: Union[self, other]. Any is a class in 3.11:
        // its `|` makes a types.UnionType, as a class's does.
        auto unionWith = [t](Interpreter &in2, const Value &left, const Value &right) -> Value {
            for (const Value &side : {left, right})
                if (isTypingAny(side))
                    if (std::optional<Value> u = in2.unionOf(left, right))
                        return *u;
            return t->makeUnion({left, right});
        };
        method(QStringLiteral("__or__"), [unionWith](Interpreter &in2, const Value &self, CallArgs &a) {
            return unionWith(in2, self, a.pos.at(0));
        });
        method(QStringLiteral("__ror__"), [unionWith](Interpreter &in2, const Value &self, CallArgs &a) {
            return unionWith(in2, a.pos.at(0), self);
        });
        method(QStringLiteral("__instancecheck__"), [t](Interpreter &in2, const Value &self, CallArgs &a) {
            auto f = formOf(self);
            if (f->subscripted)
                in2.raiseTypeError(
                    QStringLiteral("Subscripted generics cannot be used with class and instance "
                                   "checks"));
            if (!f->origin.isNone())
                return Value::fromBool(in2.isInstance(a.pos.at(0), f->origin));
            in2.raiseTypeError(QStringLiteral("%1 cannot be used with isinstance()").arg(t->repr(*f)));
        });
        method(QStringLiteral("__mro_entries__"), [t](Interpreter &in2, const Value &self, CallArgs &) {
            auto f = formOf(self);
            if (f->kind == K::Plain && !f->origin.isNone())
                return makeTuple({f->origin});
            in2.raiseTypeError(QStringLiteral("Cannot subclass %1").arg(t->repr(*f)));
        });
        method(QStringLiteral("__eq__"), [t](Interpreter &in2, const Value &self, CallArgs &a) {
            const Value other = a.pos.at(0);
            auto f = formOf(self), g = formOf(other);
            // _UnionGenericAlias.__eq__: the same set of arguments, for a types.UnionType (`int | None`) too
            const bool unionType = !g && in2.qualifiedName(in2.typeOf(other).as<ClassObject>()) ==
                                             QLatin1String("types.UnionType");
            if (f->kind == K::Union && f->subscripted &&
                (unionType || (g && g->kind == K::Union && g->subscripted))) {
                return Value::fromBool(sameUnionArguments(
                    in2, f->args,
                    unionType ? in2.toVector(in2.getAttr(other, QStringLiteral("__args__"))) : g->args));
            }
            if (!g)
                return Value::fromBool(false);
            if (f->kind == K::TypeVar || g->kind == K::TypeVar || f->kind == K::NewType)
                return Value::fromBool(self.identical(other));
            return Value::fromBool(t->repr(*f) == t->repr(*g));
        });
        method(QStringLiteral("__hash__"), [t](Interpreter &in2, const Value &self, CallArgs &) {
            return Value::fromInt(in2.hashCheck(makeStr(t->repr(*formOf(self)))));
        });
        Q_UNUSED(tp);

        auto form = [&](const QString &name, K kind, Value origin = Value(), int params = -1) {
            auto f = std::make_shared<TypingForm>();
            f->kind = kind;
            f->name = name;
            f->origin = std::move(origin);
            f->params = params;
            mod->attrs.insert(name, t->make(f));
        };
        form(QStringLiteral("Any"), K::Any);
        form(QStringLiteral("Optional"), K::Optional);
        form(QStringLiteral("Union"), K::Union);
        form(QStringLiteral("Callable"), K::Callable);
        form(QStringLiteral("Tuple"), K::Tuple, in.tTuple);
        form(QStringLiteral("Literal"), K::Literal);
        for (const char *w : {"Final", "ClassVar", "Type", "Annotated", "Required", "NotRequired"})
            form(QString::fromLatin1(w), w == QByteArrayView("Type") ? K::Plain : K::Wrapper,
                 w == QByteArrayView("Type") ? in.tType : Value(), w == QByteArrayView("Type") ? 1 : -1);
        for (const char *n : {"NoReturn", "Never", "Self", "LiteralString", "TypeAlias"})
            form(QString::fromLatin1(n), K::Any);
        // Generic aliases of builtin classes and the abstract collections (no origin: isinstance is refused).
        form(QStringLiteral("List"), K::Plain, in.tList, 1);
        form(QStringLiteral("Dict"), K::Plain, in.tDict, 2);
        form(QStringLiteral("Set"), K::Plain, in.tSet, 1);
        form(QStringLiteral("FrozenSet"), K::Plain, Value(), 1);
        form(QStringLiteral("Deque"), K::Plain, Value(), 1);
        form(QStringLiteral("DefaultDict"), K::Plain, Value(), 2);
        form(QStringLiteral("OrderedDict"), K::Plain, Value(), 2);
        form(QStringLiteral("Counter"), K::Plain, Value(), 1);
        form(QStringLiteral("ChainMap"), K::Plain, Value(), 2);
        for (const char *n :
             {"Iterable", "Iterator", "AsyncIterable", "AsyncIterator", "Awaitable", "Sequence",
              "MutableSequence", "AbstractSet", "MutableSet", "Collection", "Container", "Reversible",
              "KeysView", "ValuesView", "ContextManager", "AsyncContextManager"})
            form(QString::fromLatin1(n), K::Plain, Value(), 1);
        for (const char *n : {"Mapping", "MutableMapping", "ItemsView"})
            form(QString::fromLatin1(n), K::Plain, Value(), 2);
        form(QStringLiteral("AsyncGenerator"), K::Plain, Value(), 2);
        form(QStringLiteral("Generator"), K::Plain, Value(), 3);
        form(QStringLiteral("Coroutine"), K::Plain, Value(), 3);
        for (const char *n : {"Hashable", "Sized"})
            form(QString::fromLatin1(n), K::Plain, Value(), 0);
        mod->attrs.insert(QStringLiteral("Text"), in.tStr);
        mod->attrs.insert(QStringLiteral("TYPE_CHECKING"), Value::fromBool(false));

        // Generic and Protocol are base classes; Generic[T] is Generic itself here.
        for (const char *n : {"Generic", "Protocol"}) {
            Value base = in.makeClass(QString::fromLatin1(n), {in.tObject});
            base.as<ClassObject>()->attrs.insert(QStringLiteral("__module__"),
                                                 makeStr(QStringLiteral("typing")));
            mod->attrs.insert(QString::fromLatin1(n), base);
        }

        auto def = [&](const QString &name, BuiltinObject::Fn fn) {
            mod->attrs.insert(name, in.makeBuiltin(name, std::move(fn)));
        };
        installRecordBases(in, mod);
        // TypeVar and NewType: classes of their own (type(T) is typing.TypeVar), sharing the methods above
        for (Value *sub : {&t->typeVarCls, &t->newTypeCls}) {
            *sub = in.makeClass(sub == &t->typeVarCls ? QStringLiteral("TypeVar") : QStringLiteral("NewType"),
                                {cls});
            sub->as<ClassObject>()->attrs.insert(QStringLiteral("__module__"),
                                                 makeStr(QStringLiteral("typing")));
        }
        auto typeVar = [t](Interpreter &in2, const Value &, CallArgs &a) {
            const Value name = in2.argOr(a, 0, "name");
            if (!isKind(name, ObjKind::Str))
                in2.raiseTypeError(QStringLiteral("TypeVar name must be a string"));
            auto f = std::make_shared<TypingForm>();
            f->kind = K::TypeVar;
            f->name = strOf(name);
            for (auto &[k, v] : a.kw) {
                if (k == u"covariant" && in2.truthy(v))
                    f->prefix = QStringLiteral("+");
                else if (k == u"contravariant" && in2.truthy(v))
                    f->prefix = QStringLiteral("-");
                else if (k != u"bound" && k != u"covariant" && k != u"contravariant")
                    in2.raiseTypeError(
                        QStringLiteral("TypeVar.__init__() got an unexpected keyword argument '%1'").arg(k));
            }
            if (a.pos.size() == 2)
                in2.raiseTypeError(QStringLiteral("A single constraint is not allowed"));
            return t->make(f);
        };
        t->typeVarCls.as<ClassObject>()->constructor = [typeVar](Interpreter &in2, const Value &self,
                                                                 std::vector<Value> &p,
                                                                 std::vector<std::pair<QString, Value>> &kw) {
            CallArgs a{p, kw};
            return typeVar(in2, self, a);
        };
        mod->attrs.insert(QStringLiteral("TypeVar"), t->typeVarCls);
        def(QStringLiteral("ParamSpec"), typeVar);
        {
            CallArgs a{{makeStr(QStringLiteral("AnyStr"))}, {}};
            mod->attrs.insert(QStringLiteral("AnyStr"), typeVar(in, Value(), a));
        }
        auto newType = [t](Interpreter &in2, const Value &, CallArgs &a) {
            const Value name = in2.argOr(a, 0, "name");
            if (!isKind(name, ObjKind::Str) || !in2.hasArg(a, 1, "tp"))
                in2.raiseTypeError(
                    QStringLiteral("NewType.__init__() missing 1 required positional argument: "
                                   "'tp'"));
            auto f = std::make_shared<TypingForm>();
            f->kind = K::NewType;
            f->name = strOf(name);
            return t->make(f);
        };
        t->newTypeCls.as<ClassObject>()->constructor = [newType](Interpreter &in2, const Value &self,
                                                                 std::vector<Value> &p,
                                                                 std::vector<std::pair<QString, Value>> &kw) {
            CallArgs a{p, kw};
            return newType(in2, self, a);
        };
        mod->attrs.insert(QStringLiteral("NewType"), t->newTypeCls);
        def(QStringLiteral("cast"), [](Interpreter &in2, const Value &, CallArgs &a) {
            in2.checkNoExtraArgs(a, 2, {"typ", "val"}, QStringLiteral("cast"));
            if (!in2.hasArg(a, 0, "typ") || !in2.hasArg(a, 1, "val"))
                in2.raiseTypeError(
                    QStringLiteral("cast() missing 1 required positional argument: '%1'")
                        .arg(in2.hasArg(a, 0, "typ") ? QStringLiteral("val") : QStringLiteral("typ")));
            return in2.argOr(a, 1, "val");
        });
        // Decorators that return what they are given.
        for (const char *n : {"overload", "final", "no_type_check", "runtime_checkable", "override"})
            def(QString::fromLatin1(n), [](Interpreter &in2, const Value &, CallArgs &a) {
                if (a.pos.size() != 1)
                    in2.raiseTypeError(QStringLiteral("decorator takes exactly one argument"));
                return a.pos[0];
            });
        return modValue;
    });
}

} // namespace awaitscope::py
