// The evaluator's plain version (evaluator.inc compiled with EV_ASYNC 0), and what both versions share.
#include "interpreter.h"

#include "bigint.h"
#include "bytesobject.h"
#include "patterns.h"
#include "setops.h"
#include "smallints.h"
#include "unwinding.h"

namespace awaitscope::py {

#define EV_ASYNC 0
#include "evaluator.inc"
#undef EV_ASYNC

std::vector<std::pair<Node *, Value>> Interpreter::unpackTargets(Node *t, const Value &v)
{
    std::vector<std::pair<Node *, Value>> out;
    std::vector<Value> items = toVector(v);
    size_t starIndex = SIZE_MAX;
    for (size_t i = 0; i < t->kids.size(); ++i)
        if (t->kids[i]->kind == NodeKind::Starred)
            starIndex = i;
    const size_t n = t->kids.size();
    if (starIndex == SIZE_MAX) {
        if (items.size() > n)
            raiseValueError(QStringLiteral("too many values to unpack (expected %1)").arg(n));
        if (items.size() < n)
            raiseValueError(
                QStringLiteral("not enough values to unpack (expected %1, got %2)").arg(n).arg(items.size()));
        for (size_t i = 0; i < n; ++i)
            out.emplace_back(t->kids[i].get(), items[i]);
        return out;
    }
    if (items.size() < n - 1)
        raiseValueError(QStringLiteral("not enough values to unpack (expected at least %1, got %2)")
                            .arg(n - 1)
                            .arg(items.size()));
    const size_t after = n - starIndex - 1;
    for (size_t i = 0; i < starIndex; ++i)
        out.emplace_back(t->kids[i].get(), items[i]);
    std::vector<Value> middle(items.begin() + starIndex, items.end() - after);
    out.emplace_back(t->kids[starIndex]->kids[0].get(), makeList(std::move(middle)));
    for (size_t i = 0; i < after; ++i)
        out.emplace_back(t->kids[starIndex + 1 + i].get(), items[items.size() - after + i]);
    return out;
}

// ---------------- statements ----------------

Value Interpreter::handleRaise(Node *n, Frame &f, Value exc, Value cause, bool hasCause)
{
    Q_UNUSED(n);
    if (!n->kids[0]) {
        for (Frame *fr = &f; fr; fr = fr->parent)
            if (!fr->handling.isNone())
                raise(fr->handling);
        raiseError(QStringLiteral("RuntimeError"), QStringLiteral("No active exception to reraise"));
    }
    if (auto *cls = exc.as<ClassObject>()) {
        if (!cls->isException)
            raiseTypeError(QStringLiteral("exceptions must derive from BaseException"));
        exc = call(exc, std::vector<Value>{});
    }
    auto *inst = exc.as<InstanceObject>();
    if (!inst || !inst->klass()->isException)
        raiseTypeError(QStringLiteral("exceptions must derive from BaseException"));
    inst->tracedIn = nullptr; // `raise e` of a caught exception: this frame gets a new entry, at this line
    if (hasCause) {
        if (auto *cc = cause.as<ClassObject>(); cc && cc->isException)
            cause = call(cause, std::vector<Value>{});
        if (!cause.isNone() &&
            !(cause.as<InstanceObject>() && cause.as<InstanceObject>()->klass()->isException))
            raiseTypeError(QStringLiteral("exception causes must derive from BaseException"));
        inst->cause = cause;
        inst->suppressContext = true;
    }
    raise(exc);
}

Value Interpreter::makeSlice(const Value &a, const Value &b, const Value &c)
{
    return Value(new SliceObject(a, b, c));
}

void Interpreter::applyStarArg(const Value &v, CallArgs &out)
{
    for (Value &x : toVector(v))
        out.pos.push_back(std::move(x));
}

void Interpreter::applyKwArg(const Value &v, CallArgs &out)
{
    auto *d = v.as<DictObject>();
    if (!d)
        raiseTypeError(QStringLiteral("argument after ** must be a mapping, not %1").arg(typeName(v)));
    for (const auto &e : d->table.entries()) {
        if (!e.live)
            continue;
        if (!isKind(e.key, ObjKind::Str))
            raiseTypeError(QStringLiteral("keywords must be strings"));
        out.kw.emplace_back(strOf(e.key), e.value);
    }
}

void Frame::enterComprehension(Frame &inner, Frame &outer)
{
    inner.locals = Value(new ScopeObject(outer.isClassBody ? outer.closureScope : outer.locals));
    inner.globals = outer.globals;
    inner.file = outer.file;
    inner.closureScope = inner.locals;
    inner.info = nullptr;
    inner.name = outer.name;
    inner.line = outer.line;
    inner.handling = outer.handling;
    inner.function = outer.function;
    inner.parent = outer.parent;
    inner.comprehensionOf = &outer;
}

void Frame::enterFunction(const Value &fnValue, const Value &scope)
{
    auto *fn = fnValue.as<FunctionObject>();
    locals = scope;
    globals = fn->globals;
    closureScope = scope;
    info = fn->info.get();
    file = fn->info->file;
    name = fn->info->name;
    line = fn->info->line;
    function = fnValue;
}

Frame &Frame::namedExprTarget()
{
    Frame *target = this;
    while (target->comprehensionOf)
        target = target->comprehensionOf;
    return *target;
}

void Interpreter::importStatement(Node *n, Frame &f)
{
    if (n->kind == NodeKind::Import) {
        for (int i = 0; i < n->names.size(); ++i) {
            const QString &full = n->names[i];
            Value mod = importModule(full, n->line, n->col);
            if (!n->asNames[i].isEmpty())
                store(n->asNames[i], mod, f);
            else
                store(full.section(u'.', 0, 0), importModule(full.section(u'.', 0, 0), n->line, n->col), f);
        }
        return;
    }
    Value mod = importModule(n->str, n->line, n->col);
    auto *m = mod.as<ModuleObject>();
    for (int i = 0; i < n->names.size(); ++i) {
        const QString &name = n->names[i];
        const Value *a = m->attr(name);
        // `from package import submodule` imports the submodule when the package has no such name (while
        // the submodule's own code runs, as in an import cycle, the package has no such attribute yet: the
        // module as far as it got)
        std::optional<Value> submodule;
        if (!a && m->isPackage && (submodule = importSourceModule(n->str + u'.' + name)))
            a = &*submodule;
        if (!a) {
            if (!m->globals.isNone())
                raiseError(
                    QStringLiteral("ImportError"),
                    QStringLiteral("cannot import name '%1' from '%2' (%3)")
                        .arg(name, n->str, m->file.isEmpty() ? QStringLiteral("unknown location") : m->file));
            raiseError(QStringLiteral("ImportError"),
                       QStringLiteral("cannot import name '%1' from '%2' (not available in Awaitscope)")
                           .arg(name, n->str));
        }
        store(n->asNames[i].isEmpty() ? name : n->asNames[i], *a, f);
    }
}

Value Interpreter::zeroArgumentSuper(Frame &f)
{
    auto *fn = f.function.as<FunctionObject>();
    if (!fn || !fn->attrs.contains(QStringLiteral("__class__")) || fn->info->positional.empty())
        raiseError(QStringLiteral("RuntimeError"), QStringLiteral("super(): no arguments"));
    Value self = f.locals.as<ScopeObject>()->vars.value(fn->info->positional[0].name);
    return call(builtin(QStringLiteral("super")), {fn->attrs.value(QStringLiteral("__class__")), self});
}

// `{**other}`: as CPython's DICT_UPDATE, any object with keys() and item access.
void Interpreter::mergeMapping(DictObject *d, const Value &other)
{
    if (auto *od = other.as<DictObject>()) {
        for (const auto &e : od->table.entries())
            if (e.live)
                d->set(e.key, e.value);
        return;
    }
    if (!hasAttr(other, QStringLiteral("keys")))
        raiseTypeError(QStringLiteral("'%1' object is not a mapping").arg(typeName(other)));
    for (const Value &k : toVector(call(getAttr(other, QStringLiteral("keys")), std::vector<Value>{}))) {
        Value v = getItem(other, k);
        hashCheck(k);
        d->set(k, v);
    }
}

// A special method as CPython's _PyObject_LookupSpecial finds it: on the class, not the instance (a class's
// __getattr__ is not asked).
static bool hasSpecial(Interpreter &in, const Value &obj, const QString &name)
{
    if (auto *inst = obj.as<InstanceObject>(); inst && !inst->klass()->isBuiltin)
        return inst->klass()->lookup(name) != nullptr;
    return in.hasAttr(obj, name);
}

// BEFORE_WITH and BEFORE_ASYNC_WITH of CPython 3.11: __enter__ is looked up first, then __exit__.
Interpreter::ContextManager Interpreter::enterProtocol(const Value &mgr, bool isAsync)
{
    const QString enter = isAsync ? QStringLiteral("__aenter__") : QStringLiteral("__enter__");
    const QString exit = isAsync ? QStringLiteral("__aexit__") : QStringLiteral("__exit__");
    const QString protocol = isAsync ? QStringLiteral("the asynchronous context manager protocol")
                                     : QStringLiteral("the context manager protocol");
    if (!hasSpecial(*this, mgr, enter))
        raiseTypeError(QStringLiteral("'%1' object does not support %2").arg(typeName(mgr), protocol));
    if (!hasSpecial(*this, mgr, exit))
        raiseTypeError(QStringLiteral("'%1' object does not support %2 (missed %3 method)")
                           .arg(typeName(mgr), protocol, exit));
    return {getAttr(mgr, enter), getAttr(mgr, exit)};
}

// `async for`'s GET_AITER.
Value Interpreter::asyncIterator(const Value &iterable)
{
    if (!hasSpecial(*this, iterable, QStringLiteral("__aiter__")))
        raiseTypeError(QStringLiteral("'async for' requires an object with __aiter__ method, got %1")
                           .arg(typeName(iterable)));
    Value it = call(getAttr(iterable, QStringLiteral("__aiter__")), std::vector<Value>{});
    if (!hasSpecial(*this, it, QStringLiteral("__anext__")))
        raiseTypeError(
            QStringLiteral(
                "'async for' received an object from __aiter__ that does not implement __anext__: %1")
                .arg(typeName(it)));
    return it;
}

// CPython's find_ann: an annotated assignment anywhere in the body (not in nested functions or classes).
static bool hasAnnotations(const Node *block)
{
    for (const NodePtr &s : block->kids) {
        switch (s->kind) {
        case NodeKind::AnnAssign:
            return true;
        case NodeKind::FunctionDef:
        case NodeKind::ClassDef:
            break;
        default:
            for (const NodePtr &k : s->kids)
                if (k && k->kind == NodeKind::Block && hasAnnotations(k.get()))
                    return true;
            for (const Node *k : {s->elseBody.get(), s->finallyBody.get()})
                if (k && hasAnnotations(k))
                    return true;
            if (s->kind == NodeKind::Try || s->kind == NodeKind::Match)
                for (const NodePtr &k : s->kids)
                    if (k && (k->kind == NodeKind::ExceptHandler || k->kind == NodeKind::MatchCase))
                        for (const NodePtr &part : k->kids)
                            if (part && part->kind == NodeKind::Block && hasAnnotations(part.get()))
                                return true;
            break;
        }
    }
    return false;
}

void Interpreter::setupAnnotations(Node *body, Frame &f)
{
    auto *scope = f.locals.as<ScopeObject>();
    if (hasAnnotations(body) && !scope->vars.contains(QStringLiteral("__annotations__")))
        scope->vars.insert(QStringLiteral("__annotations__"), Value(new DictObject()));
}

void Interpreter::notInCoroutine(int line)
{
    raiseError(QStringLiteral("SystemError"),
               QStringLiteral("line %1 suspends outside a coroutine").arg(line));
}

} // namespace awaitscope::py
