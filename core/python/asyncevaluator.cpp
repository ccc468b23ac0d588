// The coroutine half of the evaluator: only nodes whose subtree contains `await` come here.
#include "interpreter.h"
#include "patterns.h"
#include "setops.h"
#include "unwinding.h"

namespace awaitscope::py {

Co<Value> Interpreter::evalAsync(Node *n, Frame &f)
{
    if (!n->hasAwait)
        co_return eval(n, f);
    switch (n->kind) {
    case NodeKind::Await: {
        Value v = co_await evalAsync(n->kids[0].get(), f);
        co_return co_await awaitValue(std::move(v), n->line);
    }
    case NodeKind::Yield: {
        Value v;
        if (!n->kids.empty())
            v = co_await evalAsync(n->kids[0].get(), f);
        f.generator->transfer = std::move(v);
        Value sent = co_await GeneratorYield{*this, &f};
        co_return sent;
    }
    case NodeKind::YieldFrom: {
        Value sub = co_await evalAsync(n->kids[0].get(), f);
        co_return co_await yieldFrom(f, std::move(sub));
    }
    case NodeKind::FString: {
        std::vector<Value> values;
        for (auto &k : n->kids) {
            if (k->kind == NodeKind::FormattedValue) {
                values.push_back(co_await evalAsync(k->kids[0].get(), f));
                if (k->kids.size() > 1)
                    values.push_back(co_await evalAsync(k->kids[1].get(), f));
            }
        }
        co_return formatFString(n, values);
    }
    case NodeKind::Set: {
        std::vector<SetDisplayPart> parts;
        for (auto &k : n->kids) {
            const bool starred = k->kind == NodeKind::Starred;
            parts.push_back({co_await evalAsync(starred ? k->kids[0].get() : k.get(), f), starred});
        }
        co_return makeSetDisplay(*this, n, parts);
    }
    case NodeKind::Tuple:
    case NodeKind::List: {
        std::vector<Value> items;
        for (auto &k : n->kids) {
            if (k->kind == NodeKind::Starred) {
                Value v = co_await evalAsync(k->kids[0].get(), f);
                for (Value &x : toVector(v))
                    items.push_back(std::move(x));
            } else {
                items.push_back(co_await evalAsync(k.get(), f));
            }
        }
        if (n->kind == NodeKind::Tuple)
            co_return makeTuple(std::move(items));
        co_return makeList(std::move(items));
    }
    case NodeKind::Dict: {
        auto *d = new DictObject();
        Value dv(d);
        for (size_t i = 0; i + 1 < n->kids.size(); i += 2) {
            if (!n->kids[i]) {
                Value other = co_await evalAsync(n->kids[i + 1].get(), f);
                auto *od = other.as<DictObject>();
                if (!od || od->kind != ObjKind::Dict)
                    raiseTypeError(QStringLiteral("'%1' object is not a mapping").arg(typeName(other)));
                for (const auto &e : od->table.entries())
                    if (e.live)
                        d->set(e.key, e.value);
                continue;
            }
            Value k = co_await evalAsync(n->kids[i].get(), f);
            Value v = co_await evalAsync(n->kids[i + 1].get(), f);
            hashCheck(k);
            d->set(k, v);
        }
        co_return dv;
    }
    case NodeKind::BinOp: {
        Value a = co_await evalAsync(n->kids[0].get(), f);
        Value b = co_await evalAsync(n->kids[1].get(), f);
        co_return binaryOp(n->op, a, b);
    }
    case NodeKind::UnaryOp: {
        Value v = co_await evalAsync(n->kids[0].get(), f);
        if (n->op == Op::Not)
            co_return Value::fromBool(!truthy(v));
        co_return unaryOp(n->op, v);
    }
    case NodeKind::BoolOp: {
        const bool isAnd = n->str == u"and";
        Value v;
        for (auto &k : n->kids) {
            v = co_await evalAsync(k.get(), f);
            if (truthy(v) != isAnd)
                co_return v;
        }
        co_return v;
    }
    case NodeKind::Compare: {
        Value left = co_await evalAsync(n->kids[0].get(), f);
        for (size_t i = 0; i < n->cmpOps.size(); ++i) {
            Value right = co_await evalAsync(n->kids[i + 1].get(), f);
            Value r = compare(n->cmpOps[i], left, right);
            if (!truthy(r) || i + 1 == n->cmpOps.size())
                co_return r;
            left = right;
        }
        co_return Value::fromBool(true);
    }
    case NodeKind::IfExp: {
        Value t = co_await evalAsync(n->kids[1].get(), f);
        co_return co_await evalAsync(truthy(t) ? n->kids[0].get() : n->kids[2].get(), f);
    }
    case NodeKind::Call: {
        Value callee = co_await evalAsync(n->kids[0].get(), f);
        CallArgs args;
        for (size_t i = 1; i < n->kids.size(); ++i) {
            Node *a = n->kids[i].get();
            if (a->kind == NodeKind::Starred)
                applyStarArg(co_await evalAsync(a->kids[0].get(), f), args);
            else if (a->kind == NodeKind::DoubleStar)
                applyKwArg(co_await evalAsync(a->kids[0].get(), f), args);
            else if (a->kind == NodeKind::Keyword)
                args.kw.emplace_back(a->str, co_await evalAsync(a->kids[0].get(), f));
            else
                args.pos.push_back(co_await evalAsync(a, f));
        }
        co_return call(callee, args);
    }
    case NodeKind::Attribute: {
        Value obj = co_await evalAsync(n->kids[0].get(), f);
        co_return getAttr(obj, n->str);
    }
    case NodeKind::Subscript: {
        Value obj = co_await evalAsync(n->kids[0].get(), f);
        Value idx = co_await evalAsync(n->kids[1].get(), f);
        co_return getItem(obj, idx);
    }
    case NodeKind::Slice: {
        Value a;
        if (n->kids[0])
            a = co_await evalAsync(n->kids[0].get(), f);
        Value b;
        if (n->kids[1])
            b = co_await evalAsync(n->kids[1].get(), f);
        Value c;
        if (n->kids[2])
            c = co_await evalAsync(n->kids[2].get(), f);
        co_return makeSlice(a, b, c);
    }
    case NodeKind::ListComp:
    case NodeKind::SetComp:
    case NodeKind::DictComp:
        co_return co_await evalComprehensionAsync(n, f);
    case NodeKind::GeneratorExp: {
        Value iterable = co_await evalAsync(n->kids[1]->kids[1].get(), f);
        co_return makeGeneratorExpression(n, f, iterable);
    }
    case NodeKind::NamedExpr: {
        Value v = co_await evalAsync(n->kids[1].get(), f);
        store(n->kids[0]->str, v, f.namedExprTarget()); // from a comprehension too
        co_return v;
    }
    case NodeKind::Lambda: {
        std::vector<Value> defaults;
        QHash<QString, Value> kwDefaults;
        for (auto &p : n->func->positional)
            if (p.defaultValue)
                defaults.push_back(co_await evalAsync(p.defaultValue.get(), f));
        for (auto &p : n->func->keywordOnly)
            if (p.defaultValue)
                kwDefaults.insert(p.name, co_await evalAsync(p.defaultValue.get(), f));
        co_return makeFunction(n, f, std::move(defaults), std::move(kwDefaults));
    }
    default:
        break;
    }
    co_return eval(n, f);
}

Co<bool> Interpreter::comprehensionLoopAsync(Node *n, size_t clause, Frame &f, Value &acc)
{
    if (clause >= n->kids.size()) {
        if (n->kind == NodeKind::DictComp) {
            Value k = co_await evalAsync(n->kids[0].get(), f);
            Value v = co_await evalAsync(n->kids[1].get(), f);
            hashCheck(k);
            acc.as<DictObject>()->set(k, v);
        } else {
            Value v = co_await evalAsync(n->kids[0].get(), f);
            if (n->kind == NodeKind::GeneratorExp) {
                f.generator->transfer = std::move(v);
                co_await GeneratorYield{*this, &f};
            } else if (n->kind == NodeKind::SetComp) {
                hashCheck(v);
                acc.as<SetObject>()->add(v);
            } else {
                acc.as<ListObject>()->append(v);
            }
        }
        co_return true;
    }
    Node *c = n->kids[clause].get();
    Value it;
    const size_t firstClause = n->kind == NodeKind::DictComp ? 2 : 1;
    if (clause == firstClause)
        it = f.returnValue; // the outermost iterator, evaluated in the enclosing scope
    else
        it = getIter(co_await evalAsync(c->kids[1].get(), f));
    Value item;
    while (true) {
        if (c->ival) {
            // async for inside a comprehension
            Value nextAw = call(getAttr(it, QStringLiteral("__anext__")), std::vector<Value>{});
            try {
                item = co_await awaitValue(nextAw, c->line);
            } catch (const PyException &e) {
                if (isInstance(e.exc, exceptionClass(QStringLiteral("StopAsyncIteration"))))
                    break;
                throw;
            }
        } else if (!next(it, item)) {
            break;
        }
        step(f, c->line);
        co_await assignAsync(c->kids[0].get(), item, f);
        bool ok = true;
        for (size_t k = 2; k < c->kids.size(); ++k) {
            Value cond = co_await evalAsync(c->kids[k].get(), f);
            if (!truthy(cond)) {
                ok = false;
                break;
            }
        }
        if (ok)
            co_await comprehensionLoopAsync(n, clause + 1, f, acc);
    }
    co_return true;
}

// The target's own operands are evaluated here, in CPython's order (a subscript's object, then its index);
// a target without `await` is the synchronous evaluator's.
Co<Value> Interpreter::assignAsync(Node *t, Value v, Frame &f)
{
    if (!t->hasAwait) {
        assign(t, v, f);
        co_return Value();
    }
    switch (t->kind) {
    case NodeKind::Subscript: {
        Value obj = co_await evalAsync(t->kids[0].get(), f);
        Value idx = co_await evalAsync(t->kids[1].get(), f);
        setItem(obj, idx, v);
        break;
    }
    case NodeKind::Attribute:
        setAttr(co_await evalAsync(t->kids[0].get(), f), t->str, v);
        break;
    case NodeKind::Tuple:
    case NodeKind::List:
        for (auto &[target, value] : unpackTargets(t, v))
            co_await assignAsync(target, value, f);
        break;
    default:
        assign(t, v, f);
        break;
    }
    co_return Value();
}

Co<Value> Interpreter::evalComprehensionAsync(Node *n, Frame &f)
{
    Frame inner;
    Frame::enterComprehension(inner, f);
    const size_t firstClause = n->kind == NodeKind::DictComp ? 2 : 1;
    Node *first = n->kids[firstClause].get();
    Value iterable = co_await evalAsync(first->kids[1].get(), f);
    if (first->ival)
        inner.returnValue = call(getAttr(iterable, QStringLiteral("__aiter__")), std::vector<Value>{});
    else
        inner.returnValue = getIter(iterable);
    Value acc;
    if (n->kind == NodeKind::ListComp)
        acc = makeList();
    else if (n->kind == NodeKind::SetComp)
        acc = Value(new SetObject());
    else
        acc = Value(new DictObject());
    co_await comprehensionLoopAsync(n, firstClause, inner, acc);
    co_return acc;
}

Co<Flow> Interpreter::execBlockAsync(Node *block, Frame &f)
{
    for (auto &s : block->kids) {
        const Flow fl = s->hasAwait ? co_await execAsync(s.get(), f) : exec(s.get(), f);
        if (fl != Flow::Normal)
            co_return fl;
    }
    co_return Flow::Normal;
}

Co<Flow> Interpreter::execAsync(Node *n, Frame &f)
{
    if (!n->hasAwait)
        co_return exec(n, f);
    if (n->kind == NodeKind::Block || n->kind == NodeKind::Module)
        co_return co_await execBlockAsync(n, f);
    step(f, n->line);
    switch (n->kind) {
    case NodeKind::ExprStmt:
        co_await evalAsync(n->kids[0].get(), f);
        co_return Flow::Normal;
    case NodeKind::Assign: {
        Value v = co_await evalAsync(n->kids.back().get(), f);
        for (size_t i = 0; i + 1 < n->kids.size(); ++i)
            co_await assignAsync(n->kids[i].get(), v, f);
        co_return Flow::Normal;
    }
    case NodeKind::AugAssign: {
        Node *t = n->kids[0].get();
        if (t->kind == NodeKind::Name) {
            Value cur = lookup(t->str, f, t);
            Value rhs = co_await evalAsync(n->kids[1].get(), f);
            store(t->str, binaryOp(n->op, cur, rhs, true), f);
        } else if (t->kind == NodeKind::Attribute) {
            Value obj = co_await evalAsync(t->kids[0].get(), f);
            Value cur = getAttr(obj, t->str);
            Value rhs = co_await evalAsync(n->kids[1].get(), f);
            setAttr(obj, t->str, binaryOp(n->op, cur, rhs, true));
        } else {
            Value obj = co_await evalAsync(t->kids[0].get(), f);
            Value idx = co_await evalAsync(t->kids[1].get(), f);
            Value cur = getItem(obj, idx);
            Value rhs = co_await evalAsync(n->kids[1].get(), f);
            setItem(obj, idx, binaryOp(n->op, cur, rhs, true));
        }
        co_return Flow::Normal;
    }
    case NodeKind::AnnAssign:
        if (n->kids.size() > 1)
            co_await assignAsync(n->kids[0].get(), co_await evalAsync(n->kids[1].get(), f), f);
        co_return Flow::Normal;
    case NodeKind::Return:
        // Not `cond ? Value() : co_await ...`: GCC 12 destroys such a temporary twice (a double free).
        if (n->kids.empty())
            f.returnValue = Value();
        else
            f.returnValue = co_await evalAsync(n->kids[0].get(), f);
        co_return Flow::Return;
    case NodeKind::If: {
        const size_t count = n->kids.size();
        for (size_t i = 0; i + 1 < count; i += 2) {
            if (i > 0)
                step(f, n->kids[i]->line); // an elif is a line of its own
            Value t = co_await evalAsync(n->kids[i].get(), f);
            if (truthy(t))
                co_return co_await execBlockAsync(n->kids[i + 1].get(), f);
        }
        if (count % 2)
            co_return co_await execBlockAsync(n->kids.back().get(), f);
        co_return Flow::Normal;
    }
    case NodeKind::While: {
        while (true) {
            Value t = co_await evalAsync(n->kids[0].get(), f);
            if (!truthy(t)) {
                if (n->kids.size() > 2)
                    co_return co_await execBlockAsync(n->kids[2].get(), f);
                co_return Flow::Normal;
            }
            const Flow fl = co_await execBlockAsync(n->kids[1].get(), f);
            if (fl == Flow::Break)
                co_return Flow::Normal;
            if (fl == Flow::Return)
                co_return fl;
            step(f, n->line);
        }
    }
    case NodeKind::For:
        co_return co_await execForAsync(n, f);
    case NodeKind::Match: {
        const Value subject = co_await evalAsync(n->kids[0].get(), f);
        for (size_t i = 1; i < n->kids.size(); ++i) {
            Node *c = n->kids[i].get();
            if (!matchCase(*this, c, subject, f))
                continue;
            if (Node *guard = caseGuard(*this, c, f)) {
                const Value passed = co_await evalAsync(guard, f);
                if (!truthy(passed))
                    continue;
            }
            co_return co_await execBlockAsync(c->kids[2].get(), f);
        }
        co_return Flow::Normal;
    }
    case NodeKind::Try:
        co_return co_await execTryAsync(n, f);
    case NodeKind::With:
        co_return co_await execWithAsync(n, f, 0);
    case NodeKind::Raise: {
        Value exc;
        if (n->kids[0])
            exc = co_await evalAsync(n->kids[0].get(), f);
        Value cause;
        if (n->kids[1])
            cause = co_await evalAsync(n->kids[1].get(), f);
        handleRaise(n, f, exc, cause, n->kids[1] != nullptr);
        co_return Flow::Normal;
    }
    case NodeKind::Assert: {
        Value t = co_await evalAsync(n->kids[0].get(), f);
        if (!truthy(t)) {
            std::vector<Value> args;
            if (n->kids[1])
                args.push_back(co_await evalAsync(n->kids[1].get(), f));
            raise(newException(builtin(QStringLiteral("AssertionError")), std::move(args)));
        }
        co_return Flow::Normal;
    }
    case NodeKind::FunctionDef: {
        std::vector<Value> defaults;
        QHash<QString, Value> kwDefaults;
        for (auto &p : n->func->positional)
            if (p.defaultValue)
                defaults.push_back(co_await evalAsync(p.defaultValue.get(), f));
        for (auto &p : n->func->keywordOnly)
            if (p.defaultValue)
                kwDefaults.insert(p.name, co_await evalAsync(p.defaultValue.get(), f));
        std::vector<Value> decorators;
        for (auto &d : n->kids)
            decorators.push_back(co_await evalAsync(d.get(), f));
        Value fn = makeFunction(n, f, std::move(defaults), std::move(kwDefaults));
        for (auto it = decorators.rbegin(); it != decorators.rend(); ++it)
            fn = call(*it, {fn});
        store(n->func->name, fn, f);
        co_return Flow::Normal;
    }
    case NodeKind::ClassDef: {
        const size_t firstDecorator = n->kids.size() - size_t(n->ival);
        std::vector<Value> decorators, bases;
        for (size_t i = firstDecorator; i < n->kids.size(); ++i)
            decorators.push_back(co_await evalAsync(n->kids[i].get(), f));
        for (size_t i = 1; i < firstDecorator; ++i)
            bases.push_back(co_await evalAsync(n->kids[i].get(), f));
        Value cls = buildClass(n, f, std::move(bases));
        for (auto it = decorators.rbegin(); it != decorators.rend(); ++it)
            cls = call(*it, {cls});
        store(n->str, cls, f);
        co_return Flow::Normal;
    }
    case NodeKind::Delete: {
        for (auto &t : n->kids) {
            if (t->kind == NodeKind::Subscript) {
                Value obj = co_await evalAsync(t->kids[0].get(), f);
                Value idx = co_await evalAsync(t->kids[1].get(), f);
                delItem(obj, idx);
            } else if (t->kind == NodeKind::Attribute) {
                delAttr(co_await evalAsync(t->kids[0].get(), f), t->str);
            } else if (t->kind == NodeKind::Name) {
                deleteName(t->str, f);
            } else {
                for (auto &k : t->kids)
                    deleteName(k->str, f);
            }
        }
        co_return Flow::Normal;
    }
    default:
        break;
    }
    co_return exec(n, f);
}

Co<Flow> Interpreter::execForAsync(Node *n, Frame &f)
{
    Value iterable = co_await evalAsync(n->kids[1].get(), f);
    const bool isAsync = n->ival != 0;
    Value it = isAsync ? call(getAttr(iterable, QStringLiteral("__aiter__")), std::vector<Value>{})
                       : getIter(iterable);
    Value item;
    Node *body = n->kids[2].get();
    while (true) {
        if (isAsync) {
            Value nextAw = call(getAttr(it, QStringLiteral("__anext__")), std::vector<Value>{});
            bool stop = false;
            try {
                item = co_await awaitValue(nextAw, n->line);
            } catch (const PyException &e) {
                if (!isInstance(e.exc, exceptionClass(QStringLiteral("StopAsyncIteration"))))
                    throw;
                stop = true;
            }
            if (stop)
                break;
        } else if (!next(it, item)) {
            break;
        }
        co_await assignAsync(n->kids[0].get(), item, f);
        const Flow fl = body->hasAwait ? co_await execBlockAsync(body, f) : execBlock(body, f);
        if (fl == Flow::Break)
            co_return Flow::Normal;
        if (fl == Flow::Return)
            co_return fl;
        step(f, n->line);
    }
    if (n->kids.size() > 3)
        co_return co_await execBlockAsync(n->kids[3].get(), f);
    co_return Flow::Normal;
}

Co<Flow> Interpreter::execTryAsync(Node *n, Frame &f)
{
    Flow result = Flow::Normal;
    Value pending; // exception to re-raise after finally
    bool hasPending = false;
    {
        bool caught = false;
        Value exc;
        try {
            result = co_await execBlockAsync(n->kids[0].get(), f);
        } catch (const ProgramStop &) {
            throw;
        } catch (...) {
            exc = exceptionFromCurrent();
            caught = true;
            noteCaught(exc, f);
        }
        try {
            if (!caught) {
                if (result == Flow::Normal && n->elseBody)
                    result = co_await execBlockAsync(n->elseBody.get(), f);
            } else if (n->exceptStar) {
                Value rest = exc;
                if (!isInstance(rest, exceptionClass(QStringLiteral("BaseExceptionGroup"))))
                    rest = makeExceptionGroup(Value(), {exc});
                std::vector<Value> raisedInHandlers;
                for (size_t i = 1; i < n->kids.size() && !rest.isNone(); ++i) {
                    Node *h = n->kids[i].get();
                    Value spec = co_await evalAsync(h->kids[0].get(), f);
                    Value newRest;
                    Value match = splitGroup(rest, spec, newRest);
                    rest = newRest;
                    if (match.isNone())
                        continue;
                    if (!h->str.isEmpty())
                        store(h->str, match, f);
                    Value saved = f.handling;
                    f.handling = match;
                    try {
                        co_await execBlockAsync(h->kids[1].get(), f);
                    } catch (const ProgramStop &) {
                        throw;
                    } catch (...) {
                        raisedInHandlers.push_back(exceptionFromCurrent());
                    }
                    f.handling = saved;
                }
                if (!raisedInHandlers.empty()) {
                    if (!rest.isNone())
                        raisedInHandlers.push_back(rest);
                    if (raisedInHandlers.size() == 1)
                        raise(raisedInHandlers[0]);
                    raise(makeExceptionGroup(Value(), std::move(raisedInHandlers)));
                }
                if (!rest.isNone())
                    raise(rest);
            } else {
                bool handled = false;
                for (size_t i = 1; i < n->kids.size(); ++i) {
                    Node *h = n->kids[i].get();
                    if (h->kids[0]) {
                        Value spec = co_await evalAsync(h->kids[0].get(), f);
                        if (!exceptionMatches(exc, spec))
                            continue;
                    }
                    handled = true;
                    if (!h->str.isEmpty())
                        store(h->str, exc, f);
                    Value saved = f.handling;
                    f.handling = exc;
                    bool failed = false;
                    try {
                        result = co_await execBlockAsync(h->kids[1].get(), f);
                    } catch (const ProgramStop &) {
                        throw;
                    } catch (...) {
                        failed = true;
                        pending = exceptionFromCurrent();
                    }
                    f.handling = saved;
                    if (!h->str.isEmpty())
                        f.locals.as<ScopeObject>()->vars.remove(h->str);
                    if (failed)
                        raise(pending);
                    if (auto *inst = exc.as<InstanceObject>())
                        inst->tracedIn = nullptr; // handled: this frame is done with it
                    break;
                }
                if (!handled)
                    raise(exc);
            }
        } catch (const ProgramStop &) {
            throw;
        } catch (...) {
            if (!n->finallyBody)
                throw;
            pending = exceptionFromCurrent();
            hasPending = true;
        }
    }
    if (n->finallyBody) {
        Value saved = f.handling;
        if (hasPending)
            f.handling = pending;
        Value savedReturn = f.returnValue;
        const int raisedAt =
            f.line; // the frame's line in the traceback: where it was raised, not the finally's
        const Flow fl = co_await execBlockAsync(n->finallyBody.get(), f);
        f.handling = saved;
        if (fl != Flow::Normal)
            co_return fl;
        f.returnValue = savedReturn;
        if (hasPending) {
            f.line = raisedAt;
            throwPython(pending);
        }
    }
    co_return result;
}

Co<Flow> Interpreter::execWithAsync(Node *n, Frame &f, size_t item)
{
    if (item + 1 >= n->kids.size())
        co_return co_await execBlockAsync(n->kids.back().get(), f);
    Node *it = n->kids[item].get();
    Value mgr = co_await evalAsync(it->kids[0].get(), f);
    const bool isAsync = n->ival != 0;
    const QString enterName = isAsync ? QStringLiteral("__aenter__") : QStringLiteral("__enter__");
    const QString exitName = isAsync ? QStringLiteral("__aexit__") : QStringLiteral("__exit__");
    if (!hasAttr(mgr, exitName) || !hasAttr(mgr, enterName))
        raiseTypeError(
            isAsync ? QStringLiteral("'%1' object does not support the asynchronous context manager protocol")
                          .arg(typeName(mgr))
                    : QStringLiteral("'%1' object does not support the context manager protocol")
                          .arg(typeName(mgr)));
    Value exitFn = getAttr(mgr, exitName);
    Value entered = call(getAttr(mgr, enterName), std::vector<Value>{});
    if (isAsync)
        entered = co_await awaitValue(entered, n->line);
    if (it->kids[1])
        co_await assignAsync(it->kids[1].get(), entered, f);
    Flow fl = Flow::Normal;
    Value exc;
    bool failed = false;
    try {
        fl = co_await execWithAsync(n, f, item + 1);
    } catch (const ProgramStop &) {
        throw;
    } catch (...) {
        exc = exceptionFromCurrent();
        failed = true;
    }
    if (failed) {
        WithExitLine line(*this, f, n->line, exc);
        Value suppress;
        try {
            suppress = call(exitFn, {typeOf(exc), exc, Value()});
            if (isAsync)
                suppress = co_await awaitValue(suppress, n->line);
        } catch (const PyException &) {
            line.exitRaised();
            throw;
        }
        line.exitReturned();
        if (truthy(suppress))
            co_return Flow::Normal;
        throwPython(exc);
    }
    step(f, n->line); // __exit__ runs at the with statement's line, however the body ended (3.11's compiler)
    Value r = call(exitFn, {Value(), Value(), Value()});
    if (isAsync)
        co_await awaitValue(r, n->line);
    co_return fl;
}

Co<Value> Interpreter::runCoroutine(Value coroutine)
{
    auto *co = static_cast<CoroutineObject *>(coroutine.obj());
    if (co->started)
        raiseError(QStringLiteral("RuntimeError"), QStringLiteral("cannot reuse already awaited coroutine"));
    co->started = true;
    co->consumed = true;
    if (co->native) {
        auto body = std::move(co->native);
        co->native = nullptr;
        co_return co_await body(*this);
    }
    auto *fn = co->function.as<FunctionObject>();
    if (m_depth >= limits.maxRecursion || stackNearlyFull())
        raiseRecursionError();
    Frame f;
    f.locals = co->scope;
    f.globals = fn->globals;
    f.closureScope = co->scope;
    f.info = fn->info.get();
    f.file = fn->info->file;
    f.name = fn->info->name;
    f.line = fn->info->line;
    f.function = co->function;
    co->scope = Value();
    // The Python frame chain follows the await chain: frames are linked while this coroutine runs.
    Frame *savedFrame = m_frame;
    struct RunningFrame // cr_frame: set while the body runs or waits, gone once it ended
    {
        CoroutineObject *co;
        ~RunningFrame()
        {
            co->runningFrame = nullptr;
            co->finished = true;
        }
    } running{co};
    co->runningFrame = &f;
    f.parent = m_frame;
    m_frame = &f;
    ++m_depth;
    Value result;
    try {
        const Flow fl = co_await execBlockAsync(fn->info->body.get(), f);
        if (fl == Flow::Return)
            result = f.returnValue;
    } catch (const PyException &e) {
        addTraceback(e.exc, f);
        --m_depth;
        m_frame = savedFrame;
        throw;
    } catch (const ProgramStop &) {
        --m_depth;
        m_frame = savedFrame;
        throw;
    } catch (...) {
        // An error of the runtime passing through: this frame joins its traceback once it is a Python one.
        noteUnwoundFrame(std::current_exception(), TraceEntry{f.name, f.line, f.file});
        --m_depth;
        m_frame = savedFrame;
        throw;
    }
    --m_depth;
    m_frame = savedFrame;
    backInCaller(savedFrame);
    co_return result;
}

} // namespace awaitscope::py
