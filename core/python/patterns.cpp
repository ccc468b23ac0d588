// Structural pattern matching: how a case's pattern tests the subject and what it binds, as CPython 3.11's
// MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS and MATCH_CLASS do it, with their error messages. The checks
// CPython's compiler makes (unreachable cases, names bound twice ...) are the parser's (parser.cpp).
#include "patterns.h"

#include "interpreter.h"

#include <algorithm>

namespace awaitscope::py {

namespace {

// CPython's _Py_TPFLAGS_MATCH_SELF: `int(x)` binds x to the subject itself, for these types and their
// subclasses (unless they define __match_args__).
bool matchesItself(const ClassObject *c)
{
    static const QSet<QString> types = {
        QStringLiteral("bool"),  QStringLiteral("bytearray"), QStringLiteral("bytes"), QStringLiteral("dict"),
        QStringLiteral("float"), QStringLiteral("frozenset"), QStringLiteral("int"),   QStringLiteral("list"),
        QStringLiteral("set"),   QStringLiteral("str"),       QStringLiteral("tuple")};
    if (c->isBuiltin && types.contains(c->name))
        return true;
    return std::any_of(c->bases.begin(), c->bases.end(), [](const Value &b) {
        const auto *base = b.as<ClassObject>();
        return base && matchesItself(base);
    });
}

bool sequenceClass(const ClassObject *c)
{
    if (c->matchesAsSequence)
        return true;
    return std::any_of(c->bases.begin(), c->bases.end(), [](const Value &b) {
        const auto *base = b.as<ClassObject>();
        return base && sequenceClass(base);
    });
}

// What a sequence pattern takes as a sequence: list, tuple, range and deque, never str, bytes or bytearray
// (CPython's Py_TPFLAGS_SEQUENCE).
bool isSequence(const Value &v)
{
    const Object *o = v.obj();
    if (!o)
        return false;
    switch (o->kind) {
    case ObjKind::List:
    case ObjKind::Tuple:
    case ObjKind::Range:
        return true;
    case ObjKind::Instance:
        return sequenceClass(static_cast<const InstanceObject *>(o)->klass());
    default:
        return false;
    }
}

using Bindings = std::vector<std::pair<QString, Value>>;

class Matcher
{
public:
    Matcher(Interpreter &in, Frame &f)
        : m_in(in)
        , m_frame(f)
    {
    }

    bool match(Node *p, const Value &subject)
    {
        // A pattern spread over several lines is at each of them in turn, as CPython's line events are.
        if (p->line != m_frame.line)
            m_in.step(m_frame, p->line);
        switch (p->kind) {
        case NodeKind::MatchValue:
            return m_in.equals(subject, m_in.eval(p->kid(0), m_frame));
        case NodeKind::MatchSingleton:
            return subject.identical(m_in.eval(p->kid(0), m_frame));
        case NodeKind::MatchAs:
            if (p->kid(0) && !match(p->kid(0), subject))
                return false;
            if (!p->str.isEmpty())
                bindings.emplace_back(p->str, subject);
            return true;
        case NodeKind::MatchOr:
            return matchOr(p, subject);
        case NodeKind::MatchSequence:
            return matchSequence(p, subject);
        case NodeKind::MatchMapping:
            return matchMapping(p, subject);
        case NodeKind::MatchClass:
            return matchClass(p, subject);
        default:
            m_in.raiseError(QStringLiteral("SystemError"), QStringLiteral("unknown pattern"));
        }
    }

    Bindings bindings; // in the order CPython stores them

private:
    bool matchOr(Node *p, const Value &subject)
    {
        const size_t before = bindings.size();
        for (size_t i = 0; i < p->kids.size(); ++i) {
            if (match(p->kids[i].get(), subject)) {
                if (i > 0) {
                    // CPython stores an alternative's names in the first alternative's order
                    QStringList order;
                    patternNames(p->kid(0), order);
                    std::stable_sort(bindings.begin() + std::ptrdiff_t(before), bindings.end(),
                                     [&order](const auto &a, const auto &b) {
                                         return order.indexOf(a.first) < order.indexOf(b.first);
                                     });
                }
                return true;
            }
            bindings.resize(before);
        }
        return false;
    }

    bool matchSequence(Node *p, const Value &subject)
    {
        if (!isSequence(subject))
            return false;
        const size_t count = p->kids.size();
        const auto starIt = std::find_if(p->kids.begin(), p->kids.end(),
                                         [](const NodePtr &k) { return k->kind == NodeKind::MatchStar; });
        const size_t star = starIt == p->kids.end() ? count : size_t(starIt - p->kids.begin());
        const int64_t length = m_in.length(subject);
        if (star == count ? length != int64_t(count) : length < int64_t(count) - 1)
            return false;
        // The items the elements take: all of a list or tuple (kept, in case matching changes it); of a range
        // or a deque only those needed, unless `*name` takes the middle (a range may be huge).
        std::vector<Value> items;
        bool taken = true;
        if (const auto *list = subject.as<ListObject>())
            items = list->items;
        else if (const auto *tuple = subject.as<TupleObject>())
            items = tuple->items;
        else if (star < count && !p->kids[star]->str.isEmpty())
            items = m_in.toVector(subject);
        else
            taken = false;
        auto item = [&](int64_t index) {
            return taken ? items[size_t(index)] : m_in.getItem(subject, Value::fromInt(index));
        };
        for (size_t k = 0; k < count; ++k) {
            Node *element = p->kids[k].get();
            if (k == star) {
                if (element->line != m_frame.line)
                    m_in.step(m_frame, element->line);
                if (!element->str.isEmpty())
                    bindings.emplace_back(element->str, makeList(std::vector<Value>(
                                                            items.begin() + std::ptrdiff_t(star),
                                                            items.end() - std::ptrdiff_t(count - star - 1))));
                continue;
            }
            const int64_t index = k < star ? int64_t(k) : length - int64_t(count - k);
            if (!match(element, item(index)))
                return false;
        }
        return true;
    }

    bool matchMapping(Node *p, const Value &subject)
    {
        auto *dict = subject.as<DictObject>();
        if (!dict)
            return false;
        const size_t keyCount = p->kids.size() / 2;
        if (keyCount > 0 && dict->table.size() < int64_t(keyCount))
            return false;
        // The keys are all evaluated first; then each is looked up as dict.get does, so a defaultdict makes
        // no key; a key seen before is a ValueError (only a dotted name can repeat one by now).
        std::vector<Value> keys;
        keys.reserve(keyCount);
        for (size_t i = 0; i < keyCount; ++i)
            keys.push_back(m_in.eval(p->kids[2 * i].get(), m_frame));
        OrderedTable seen;
        std::vector<Value> values;
        values.reserve(keyCount);
        for (const Value &key : keys) {
            m_in.hashCheck(key);
            if (!seen.insert(key, Value()))
                m_in.raiseValueError(
                    QStringLiteral("mapping pattern checks duplicate key (%1)").arg(m_in.repr(key)));
            const Value *value = dict->table.find(key);
            if (!value)
                return false;
            values.push_back(*value);
        }
        for (size_t i = 0; i < keyCount; ++i)
            if (!match(p->kids[2 * i + 1].get(), values[i]))
                return false;
        if (!p->str.isEmpty()) {
            auto *rest = new DictObject();
            Value restValue(rest);
            for (const auto &e : dict->table.entries())
                if (e.live)
                    rest->set(e.key, e.value);
            for (const Value &key : keys)
                rest->table.remove(key);
            bindings.emplace_back(p->str, restValue);
        }
        return true;
    }

    bool matchClass(Node *p, const Value &subject)
    {
        const Value cls = m_in.eval(p->kid(0), m_frame);
        auto *c = cls.as<ClassObject>();
        if (!c)
            m_in.raiseTypeError(QStringLiteral("called match pattern must be a type"));
        if (!m_in.isInstance(subject, cls))
            return false;
        // Every attribute is read before any sub-pattern is tried.
        std::vector<Value> attrs;
        QStringList seen;
        auto attribute = [&](const QString &name) {
            if (seen.contains(name))
                m_in.raiseTypeError(QStringLiteral("%1() got multiple sub-patterns for attribute %2")
                                        .arg(c->name, m_in.repr(makeStr(name))));
            seen << name;
            try {
                attrs.push_back(m_in.getAttr(subject, name));
                return true;
            } catch (const PyException &e) {
                if (m_in.isInstance(e.exc, m_in.exceptionClass(QStringLiteral("AttributeError"))))
                    return false;
                throw;
            }
        };
        const size_t positional = size_t(p->ival);
        if (positional > 0) {
            const Value *matchArgs = c->lookup(QStringLiteral("__match_args__"));
            const TupleObject *names = nullptr;
            if (matchArgs) {
                names = matchArgs->as<TupleObject>();
                if (!names || !names->subclass.isNone())
                    m_in.raiseTypeError(QStringLiteral("%1.__match_args__ must be a tuple (got %2)")
                                            .arg(c->name, m_in.typeName(*matchArgs)));
            }
            const bool itself = !matchArgs && matchesItself(c);
            const size_t allowed = itself ? 1 : names ? names->items.size() : 0;
            if (positional > allowed)
                m_in.raiseTypeError(QStringLiteral("%1() accepts %2 positional sub-pattern%3 (%4 given)")
                                        .arg(c->name)
                                        .arg(allowed)
                                        .arg(allowed == 1 ? QString() : QStringLiteral("s"))
                                        .arg(positional));
            if (itself) {
                attrs.push_back(subject);
            } else {
                for (size_t i = 0; i < positional; ++i) {
                    const Value &name = names->items[i];
                    if (!name.as<StrObject>())
                        m_in.raiseTypeError(QStringLiteral("__match_args__ elements must be strings (got %1)")
                                                .arg(m_in.typeName(name)));
                    if (!attribute(name.as<StrObject>()->value))
                        return false;
                }
            }
        }
        for (const QString &name : std::as_const(p->names))
            if (!attribute(name))
                return false;
        for (size_t i = 0; i < attrs.size(); ++i)
            if (!match(p->kids[i + 1].get(), attrs[i]))
                return false;
        return true;
    }

    Interpreter &m_in;
    Frame &m_frame;
};

} // namespace

bool matchCase(Interpreter &in, Node *matchCase, const Value &subject, Frame &f)
{
    Node *pattern = matchCase->kid(0);
    in.step(f, pattern->line);
    Matcher matcher(in, f);
    if (!matcher.match(pattern, subject))
        return false;
    for (const auto &[name, value] : matcher.bindings)
        in.store(name, value, f);
    return true;
}

Node *caseGuard(Interpreter &in, Node *matchCase, Frame &f)
{
    Node *guard = matchCase->kid(1);
    if (guard && guard->line != f.line)
        in.step(f, guard->line);
    return guard;
}

} // namespace awaitscope::py
