// dict.keys(), dict.values() and dict.items(): live views of the dict, as CPython's dictobject.c has them.
// They see later changes, print as dict_keys([...]), iterate with a RuntimeError when the dict changes size
// meanwhile, and the keys and items views are sets for ==, &, |, - and ^.
#include "interpreter.h"
#include "nativeclass.h"
#include "objects.h"

#include <algorithm>

namespace awaitscope::py {

namespace {

using Part = Interpreter::DictPart;

struct DictView
{
    Value dict;
    Part part;
};

const char *const kViewNames[] = {"dict_keys", "dict_values", "dict_items"};
const char *const kIteratorNames[] = {"dict_keyiterator", "dict_valueiterator", "dict_itemiterator"};
const char *const kReverseNames[] = {"dict_reversekeyiterator", "dict_reversevalueiterator",
                                     "dict_reverseitemiterator"};

const DictView &viewOf(Interpreter &in, const Value &self)
{
    auto *inst = self.as<InstanceObject>();
    if (!inst || !inst->payload)
        in.raiseTypeError(QStringLiteral("a dict view method needs a dict view"));
    return *static_cast<const DictView *>(inst->payload.get());
}

const OrderedTable &tableOf(const DictView &view)
{
    return view.dict.as<DictObject>()->table;
}

Value partOf(const OrderedTable::Entry &e, Part part)
{
    switch (part) {
    case Part::Keys:
        return e.key;
    case Part::Values:
        return e.value;
    case Part::Items:
        break;
    }
    return makeTuple({e.key, e.value});
}

std::vector<Value> contents(const DictView &view)
{
    std::vector<Value> out;
    for (const auto &e : tableOf(view).entries())
        if (e.live)
            out.push_back(partOf(e, view.part));
    return out;
}

Value viewIter(Interpreter &in, const Value &self, CallArgs &)
{
    const DictView &v = viewOf(in, self);
    return in.dictIter(v.dict, v.part);
}

Value viewReversed(Interpreter &in, const Value &self, CallArgs &)
{
    const DictView &v = viewOf(in, self);
    std::vector<Value> items = contents(v);
    std::reverse(items.begin(), items.end());
    auto list = std::make_shared<std::vector<Value>>(std::move(items));
    auto i = std::make_shared<size_t>(0);
    return Value(new IteratorObject(QString::fromLatin1(kReverseNames[int(v.part)]),
                                    [list, i](Interpreter &, Value &out) {
                                        if (*i >= list->size())
                                            return false;
                                        out = (*list)[(*i)++];
                                        return true;
                                    }));
}

Value viewLen(Interpreter &in, const Value &self, CallArgs &)
{
    return Value::fromInt(tableOf(viewOf(in, self)).size());
}

Value viewContains(Interpreter &in, const Value &self, CallArgs &a)
{
    const DictView &v = viewOf(in, self);
    const Value item = in.argOr(a, 0, nullptr);
    switch (v.part) {
    case Part::Keys:
        in.hashCheck(item);
        return Value::fromBool(tableOf(v).find(item) != nullptr);
    case Part::Items: {
        auto *pair = item.as<TupleObject>();
        if (!pair || pair->items.size() != 2)
            return Value::fromBool(false);
        in.hashCheck(pair->items[0]);
        const Value *value = tableOf(v).find(pair->items[0]);
        return Value::fromBool(value && in.equals(*value, pair->items[1]));
    }
    case Part::Values:
        break;
    }
    for (const Value &x : contents(v))
        if (in.equals(x, item))
            return Value::fromBool(true);
    return Value::fromBool(false);
}

Value viewRepr(Interpreter &in, const Value &self, CallArgs &)
{
    const DictView &v = viewOf(in, self);
    NestingGuard nesting(in, "while getting the repr of an object");
    const ReprGuard guard(&v); // a view inside its own dict prints as ... (dictview_repr)
    if (!guard.entered())
        return makeStr(QStringLiteral("..."));
    return makeStr(QStringLiteral("%1(%2)").arg(QString::fromLatin1(kViewNames[int(v.part)]),
                                                in.repr(makeList(contents(v)))));
}

// A set of the view's contents, for the set operations of the keys and items views.
Value asSet(Interpreter &in, const Value &v)
{
    return in.call(in.builtin(QStringLiteral("set")), {v});
}

bool isSetLike(const Value &v)
{
    if (isKind(v, ObjKind::Set))
        return true;
    auto *inst = v.as<InstanceObject>();
    if (!inst || !inst->payload)
        return false;
    const QString name = inst->klass()->name;
    return name == QLatin1String(kViewNames[0]) || name == QLatin1String(kViewNames[2]);
}

template<Op op, bool reflected> Value viewSetOp(Interpreter &in, const Value &self, CallArgs &a)
{
    const Value other = asSet(in, in.argOr(a, 0, nullptr)); // any iterable, as dictviews_or and its kin
    const Value mine = asSet(in, self);
    return reflected ? in.binaryOp(op, other, mine) : in.binaryOp(op, mine, other);
}

// Keys and items views equal a set (or such a view) of the same members; a values view only itself.
bool viewEquals(Interpreter &in, const Value &self, const Value &other, bool *known)
{
    *known = isSetLike(other);
    if (!*known)
        return false;
    return in.equals(asSet(in, self), asSet(in, other));
}

Value viewEq(Interpreter &in, const Value &self, CallArgs &a)
{
    bool known = false;
    const bool equal = viewEquals(in, self, in.argOr(a, 0, nullptr), &known);
    return known ? Value::fromBool(equal) : in.builtin(QStringLiteral("NotImplemented"));
}

Value viewNe(Interpreter &in, const Value &self, CallArgs &a)
{
    bool known = false;
    const bool equal = viewEquals(in, self, in.argOr(a, 0, nullptr), &known);
    return known ? Value::fromBool(!equal) : in.builtin(QStringLiteral("NotImplemented"));
}

Value viewIsDisjoint(Interpreter &in, const Value &self, CallArgs &a)
{
    const Value mine = asSet(in, self);
    for (const Value &x : in.toVector(in.argOr(a, 0, nullptr)))
        if (in.contains(mine, x))
            return Value::fromBool(false);
    return Value::fromBool(true);
}

} // namespace

Value Interpreter::dictIter(const Value &container, DictPart part)
{
    if (const auto *set = container.as<SetObject>()) {
        // A set's iterator walks its table's slots; a key added or taken out meanwhile stops it
        // (setiter_iternext compares the size).
        const SetTable *t = &set->table;
        auto position = std::make_shared<size_t>(0);
        const int64_t size = t->size();
        return Value(new IteratorObject(
            QStringLiteral("set_iterator"),
            [t, position, size](Interpreter &in, Value &out) {
                if (t->size() != size)
                    in.raiseError(QStringLiteral("RuntimeError"),
                                  QStringLiteral("Set changed size during iteration"));
                const Value *key = t->nextKey(*position);
                if (key)
                    out = *key;
                return key != nullptr;
            },
            container));
    }
    OrderedTable *t = &container.as<DictObject>()->table;
    auto i = std::make_shared<size_t>(0);
    const uint64_t version = t->version();
    const int64_t size = t->size();
    return Value(new IteratorObject(
        QString::fromLatin1(kIteratorNames[int(part)]),
        [t, i, version, size, part](Interpreter &in, Value &out) {
            if (t->version() != version && t->size() != size)
                in.raiseError(QStringLiteral("RuntimeError"),
                              QStringLiteral("dictionary changed size during iteration"));
            auto &entries = t->entries();
            while (*i < entries.size() && !entries[*i].live)
                ++*i;
            if (*i >= entries.size())
                return false;
            out = partOf(entries[(*i)++], part);
            return true;
        },
        container));
}

Value Interpreter::dictView(const Value &dict, DictPart part)
{
    Value &cls = m_dictViewClasses[int(part)];
    if (cls.isNone()) {
        // The values view is no set: the methods after __str__ are the keys' and items' only.
        const NativeMethodDef methods[] = {
            {"__iter__", viewIter},
            {"__reversed__", viewReversed},
            {"__len__", viewLen},
            {"__contains__", viewContains},
            {"__repr__", viewRepr},
            {"__str__", viewRepr},
            {"__eq__", viewEq},
            {"__ne__", viewNe},
            {"__and__", viewSetOp<Op::BitAnd, false>},
            {"__rand__", viewSetOp<Op::BitAnd, true>},
            {"__or__", viewSetOp<Op::BitOr, false>},
            {"__ror__", viewSetOp<Op::BitOr, true>},
            {"__sub__", viewSetOp<Op::Sub, false>},
            {"__rsub__", viewSetOp<Op::Sub, true>},
            {"__xor__", viewSetOp<Op::BitXor, false>},
            {"__rxor__", viewSetOp<Op::BitXor, true>},
            {"isdisjoint", viewIsDisjoint},
        };
        constexpr size_t kNotASet = 6;
        cls = makeNativeClass(*this, QString::fromLatin1(kViewNames[int(part)]), QString(), tObject, nullptr,
                              std::span(methods, part == DictPart::Values ? kNotASet : std::size(methods)));
    }
    auto *inst = new InstanceObject(cls);
    Value view(inst);
    inst->payload = std::make_shared<DictView>(DictView{dict, part});
    return view;
}

} // namespace awaitscope::py
