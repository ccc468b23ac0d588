// Generators, async generators and user-defined awaitables. A generator's body runs on the coroutine
// evaluator (every `yield` marks its subtree as suspending, like `await`): the body is a Co chain that a
// `yield` suspends, handing the value to whoever resumed it. next()/send() resume it from C++ and get control
// back at the next yield; an async generator's __anext__ resumes it from the awaiting coroutine by symmetric
// transfer, so an `await` in its body suspends the awaiting task like any other await.
#include "interpreter.h"
#include "unwinding.h"

#include "runtime/combinators.h"
#include "runtime/loop.h"
#include "runtime/task.h"

#include <utility>

namespace awaitscope::py {

namespace {

enum AsyncOp { OpNext, OpSend, OpThrow, OpClose };

[[noreturn]] void raiseStopIteration(Interpreter &in, const Value &result)
{
    std::vector<Value> args;
    if (!result.isNone())
        args.push_back(result);
    in.raise(in.newException(in.exceptionClass(QStringLiteral("StopIteration")), std::move(args)));
}

// throw()'s arguments as one exception instance: a class (instantiated, with the value as argument) or an
// instance.
Value exceptionToThrow(Interpreter &in, CallArgs &a, const QString &what)
{
    if (a.pos.empty())
        in.raiseTypeError(QStringLiteral("%1 expected at least 1 argument, got 0").arg(what));
    const Value &type = a.pos[0];
    if (auto *c = type.as<ClassObject>(); c && c->isException) {
        std::vector<Value> args;
        if (a.pos.size() > 1 && !a.pos[1].isNone()) {
            if (in.isInstance(a.pos[1], type))
                return a.pos[1];
            args.push_back(a.pos[1]);
        }
        return in.newException(type, std::move(args));
    }
    if (auto *inst = type.as<InstanceObject>(); inst && inst->klass()->isException) {
        if (a.pos.size() > 1 && !a.pos[1].isNone())
            in.raiseTypeError(QStringLiteral("instance exception may not have a separate value"));
        return type;
    }
    in.raiseTypeError(
        QStringLiteral("exceptions must be classes or instances deriving from BaseException, not %1")
            .arg(in.typeName(type)));
}

GeneratorObject *selfGenerator(const Value &self)
{
    return static_cast<GeneratorObject *>(self.obj());
}

} // namespace

GeneratorObject::~GeneratorObject()
{
    if (owner && state == State::Suspended && body)
        owner->finalizeGenerator(this);
    body.reset();
    if (owner && registered)
        owner->forgetAsyncGenerator(this);
}

void GeneratorObject::clearRefs()
{
    // Destroying the suspended chain frees the values its frames hold; no Python code runs.
    body.reset();
    resumeAt = {};
    frame = nullptr;
    state = State::Finished;
    function = Value();
    scope = Value();
    firstIterator = Value();
    enclosingScope = Value();
    globals = Value();
    transfer = Value();
    throwIn = Value();
}

std::coroutine_handle<> GeneratorYield::await_suspend(std::coroutine_handle<> h) noexcept
{
    GeneratorObject *g = frame->generator;
    g->resumeAt = h;
    g->yielded = true;
    auto c = std::exchange(g->consumer, {});
    return c ? c : std::noop_coroutine();
}

Value GeneratorYield::await_resume()
{
    return in.generatorResumed(frame->generator);
}

Value Interpreter::generatorResumed(GeneratorObject *g)
{
    g->frame->parent = g->callerFrame;
    setFrameState(g->frame, g->callerDepth + 1);
    if (!g->throwIn.isNone()) {
        Value exc = std::exchange(g->throwIn, Value());
        g->transfer = Value();
        throwPython(exc);
    }
    return std::exchange(g->transfer, Value());
}

Value Interpreter::makeGenerator(FunctionObject *fn, Value scope)
{
    auto *g = new GeneratorObject();
    Value v(g);
    g->isAsync = fn->info->isAsync;
    g->name = fn->name();
    g->qualname = fn->qualname;
    g->function = Value(fn);
    g->scope = std::move(scope);
    g->owner = this;
    return v;
}

Value Interpreter::makeGeneratorExpression(Node *n, Frame &f, const Value &iterable)
{
    auto *g = new GeneratorObject();
    Value v(g);
    g->isAsync = n->ival != 0;
    g->name = QStringLiteral("<genexpr>");
    if (auto *fn = f.function.as<FunctionObject>(); fn && f.info)
        g->qualname = fn->qualname + QStringLiteral(".<locals>.") + g->name;
    else
        g->qualname = g->name;
    g->expression = n;
    g->enclosingScope = f.isClassBody ? f.closureScope : f.locals;
    g->file = f.file;
    g->globals = f.globals;
    g->owner = this;
    // The outermost iterable is evaluated where the expression is, at once (as CPython does).
    if (n->kids[1]->ival) {
        if (!hasAttr(iterable, QStringLiteral("__aiter__")))
            raiseTypeError(QStringLiteral("'async for' requires an object with __aiter__ method, got %1")
                               .arg(typeName(iterable)));
        g->firstIterator = call(getAttr(iterable, QStringLiteral("__aiter__")), std::vector<Value>{});
    } else {
        g->firstIterator = getIter(iterable);
    }
    return v;
}

Co<Value> Interpreter::runGeneratorBody(GeneratorObject *g)
{
    Frame f;
    f.generator = g;
    if (g->expression) {
        f.locals = Value(new ScopeObject(g->enclosingScope));
        f.globals = g->globals;
        f.closureScope = f.locals;
        f.name = g->name;
        f.file = g->file;
        f.line = g->expression->line;
        f.returnValue = std::exchange(g->firstIterator, Value()); // read by the first clause's loop
    } else {
        f.enterFunction(g->function, g->scope);
    }
    g->scope = Value();
    g->frame = &f;
    f.parent = g->callerFrame;
    setFrameState(&f, g->callerDepth + 1);
    // The frame goes with the body (also when a suspended body is destroyed).
    struct FrameLink
    {
        Frame &f;
        ~FrameLink() { f.generator->frame = nullptr; }
    } link{f};
    Value result;
    try {
        if (g->expression) {
            Value unused;
            co_await comprehensionLoopAsync(g->expression, 1, f, unused);
        } else if (co_await execBlockAsync(f.info->body.get(), f) == Flow::Return) {
            result = f.returnValue;
        }
    } catch (const PyException &e) {
        addTraceback(e.exc, f);
        const bool isAsync = f.generator->isAsync;
        // StopIteration escaping a generator would end the loop driving it silently: CPython turns it into
        // RuntimeError (PEP 479), and StopAsyncIteration in an async generator likewise.
        const bool stop = isInstance(e.exc, exceptionClass(QStringLiteral("StopIteration")));
        const bool asyncStop =
            isAsync && isInstance(e.exc, exceptionClass(QStringLiteral("StopAsyncIteration")));
        if (!stop && !asyncStop)
            throw;
        Value err = newException(
            exceptionClass(QStringLiteral("RuntimeError")),
            {makeStr(
                QStringLiteral("%1 raised %2")
                    .arg(isAsync ? QStringLiteral("async generator") : QStringLiteral("generator"),
                         stop ? QStringLiteral("StopIteration") : QStringLiteral("StopAsyncIteration")))});
        auto *inst = err.as<InstanceObject>();
        inst->cause = e.exc;
        inst->context = e.exc;
        inst->suppressContext = true;
        addTraceback(err, f);
        throwPython(err);
    }
    co_return result;
}

bool Interpreter::prepareResume(GeneratorObject *g, const Value &sent, const Value &exc)
{
    using State = GeneratorObject::State;
    if (g->state == State::Running)
        raiseValueError(g->isAsync ? QStringLiteral("anext(): asynchronous generator is already running")
                                   : QStringLiteral("generator already executing"));
    if (g->state == State::Finished)
        return false;
    if (m_depth >= limits.maxRecursion || stackNearlyFull())
        raiseRecursionError();
    if (g->state == State::Created) {
        if (!exc.isNone()) {
            // Thrown in before it started: the body never runs, the exception comes straight out.
            g->state = State::Finished;
            g->scope = Value();
            g->firstIterator = Value();
            throwPython(exc);
        }
        if (!sent.isNone())
            raiseTypeError(
                QStringLiteral("can't send non-None value to a just-started %1")
                    .arg(g->isAsync ? QStringLiteral("async generator") : QStringLiteral("generator")));
        g->body = std::make_unique<Co<Value>>(runGeneratorBody(g));
        g->resumeAt = g->body->handle();
    }
    g->transfer = sent;
    g->throwIn = exc;
    g->yielded = false;
    g->state = State::Running;
    g->callerFrame = m_frame;
    g->callerDepth = m_depth;
    return true;
}

GeneratorStep Interpreter::finishResume(GeneratorObject *g)
{
    using State = GeneratorObject::State;
    if (g->yielded) {
        g->state = State::Suspended;
        g->yielded = false;
        return {true, std::exchange(g->transfer, Value())};
    }
    if (g->body && g->body->done()) {
        g->state = State::Finished;
        g->resumeAt = {};
        g->transfer = Value();
        std::unique_ptr<Co<Value>> body = std::move(g->body);
        return {false, body->result()};
    }
    // Neither yielded nor ended: it waits inside the runtime, which only an awaiting task may do.
    raiseError(QStringLiteral("RuntimeError"),
               QStringLiteral("not supported: a generator driven by next() or send() awaited a future"));
}

GeneratorStep Interpreter::resumeGenerator(GeneratorObject *g, Value sent, Value exc)
{
    if (!prepareResume(g, sent, exc)) {
        if (!exc.isNone())
            throwPython(exc);
        return {false, Value()};
    }
    g->awaitDriven = false;
    g->consumer = std::noop_coroutine();
    g->body->setContinuation(nullptr);
    Frame *savedFrame = m_frame;
    const int savedDepth = m_depth;
    g->resumeAt.resume();
    setFrameState(savedFrame, savedDepth);
    backInCaller(savedFrame);
    return finishResume(g);
}

namespace {
// Resumes a generator from a coroutine: the generator's chain runs until its next yield or its end, then
// transfers back to the awaiting coroutine.
struct GeneratorResume
{
    Interpreter &in;
    GeneratorObject *g;
    Frame *savedFrame;
    int savedDepth;
    bool await_ready() const noexcept { return false; }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<> h) noexcept
    {
        g->consumer = h;
        g->body->setContinuation(h);
        return g->resumeAt;
    }
    void await_resume()
    {
        in.setFrameState(savedFrame, savedDepth);
        in.backInCaller(savedFrame);
    }
};
} // namespace

Co<GeneratorStep> Interpreter::resumeGeneratorAsync(GeneratorObject *g, Value sent, Value exc,
                                                    bool awaitDriven)
{
    if (!prepareResume(g, sent, exc)) {
        if (!exc.isNone())
            throwPython(exc);
        co_return GeneratorStep{false, Value()};
    }
    g->awaitDriven = awaitDriven;
    co_await GeneratorResume{*this, g, m_frame, m_depth};
    co_return finishResume(g);
}

void Interpreter::closeGenerator(GeneratorObject *g)
{
    using State = GeneratorObject::State;
    if (g->state == State::Created) {
        g->state = State::Finished;
        g->scope = Value();
        g->firstIterator = Value();
        return;
    }
    if (g->state == State::Finished)
        return;
    GeneratorStep step;
    try {
        step = resumeGenerator(g, Value(), newException(exceptionClass(QStringLiteral("GeneratorExit")), {}));
    } catch (const PyException &e) {
        if (isInstance(e.exc, exceptionClass(QStringLiteral("GeneratorExit"))) ||
            isInstance(e.exc, exceptionClass(QStringLiteral("StopIteration"))))
            return;
        throw;
    }
    if (step.yielded)
        raiseError(QStringLiteral("RuntimeError"), QStringLiteral("generator ignored GeneratorExit"));
}

void Interpreter::finalizeGenerator(GeneratorObject *g)
{
    // The last reference to a suspended generator went away: CPython closes it, so its finally blocks run
    // now. Only while the program runs (not when the interpreter tears its objects down).
    if (!m_warnUnawaited || stopRequested() || stopKind == RunError::Kind::Limit)
        return;
    if (g->isAsync) {
        finalizeAsyncGenerator(g);
        return;
    }
    try {
        closeGenerator(g);
    } catch (const ProgramStop &stop) {
        requestStop(stop.message);
    } catch (...) {
        Value exc;
        try {
            exc = exceptionFromCurrent();
        } catch (const ProgramStop &stop) {
            requestStop(stop.message);
            return;
        }
        // CPython's report of an unraisable exception shows it without its chain.
        if (auto *inst = exc.as<InstanceObject>()) {
            inst->context = Value();
            inst->cause = Value();
        }
        if (stderrSink)
            stderrSink(QStringLiteral("Exception ignored in: <generator object %1 at 0x%2>\n")
                           .arg(g->qualname)
                           .arg(quintptr(g), 0, 16) +
                       formatTraceback(exc));
    }
}

void Interpreter::finalizeAsyncGenerator(GeneratorObject *g)
{
    // asyncio's finalizer hook: aclose() runs in a task of its own, soon. Its body may await, so the
    // suspended chain moves to a new object that the task keeps alive (the chain knows its generator only
    // through its frame).
    if (!loop)
        return;
    auto *heir = new GeneratorObject();
    Value v(heir);
    heir->isAsync = true;
    heir->state = g->state;
    heir->name = g->name;
    heir->qualname = g->qualname;
    heir->function = std::move(g->function);
    heir->body = std::move(g->body);
    heir->resumeAt = std::exchange(g->resumeAt, {});
    heir->frame = std::exchange(g->frame, nullptr);
    heir->frame->generator = heir;
    heir->owner = this;
    g->state = GeneratorObject::State::Finished;
    Value closer = makeCoroutine(QStringLiteral("async_generator_athrow"), [v](Interpreter &in) {
        return in.asyncGeneratorStep(v, Value(), Value(), OpClose);
    });
    closer.as<CoroutineObject>()->consumed = true;
    loop->callSoon([this, closer] {
        if (!loop || stopRequested())
            return;
        try {
            createTask(closer, QString(), QStringLiteral("create_task"));
        } catch (const ProgramStop &stop) {
            requestStop(stop.message);
        } catch (...) {
        }
    });
}

void Interpreter::forgetAsyncGenerator(GeneratorObject *g)
{
    std::erase(m_asyncGenerators, g);
}

Co<Value> Interpreter::yieldFrom(Frame &f, Value sub)
{
    GeneratorObject *g = f.generator;
    // A coroutine's or a future's __await__(): in a generator that an await drives, the awaitable runs in
    // the awaiting task (its waits are the task's waits).
    if (auto *w = sub.as<IteratorObject>();
        w && w->kind == ObjKind::Iterator &&
        (w->typeName == u"coroutine_wrapper" || w->typeName == u"FutureIter")) {
        if (!g->awaitDriven)
            raiseTypeError(
                QStringLiteral("not supported: 'yield from' an awaitable's __await__() in a generator "
                               "driven by next() or send() (await the awaitable instead)"));
        co_return co_await awaitValue(w->keep, f.line);
    }
    if (sub.as<CoroutineObject>())
        raiseTypeError(QStringLiteral("cannot 'yield from' a coroutine object in a non-coroutine generator"));
    if (auto *s = sub.as<GeneratorObject>(); s && !s->isAsync) {
        // Delegation (PEP 380): values go out, sent values and thrown exceptions go in, close() closes it.
        Value sent, exc;
        while (true) {
            GeneratorStep step = co_await resumeGeneratorAsync(s, sent, exc, g->awaitDriven);
            if (!step.yielded)
                co_return step.value;
            sent = Value();
            exc = Value();
            bool failed = false;
            try {
                g->transfer = std::move(step.value);
                sent = co_await GeneratorYield{*this, &f};
            } catch (const ProgramStop &) {
                throw;
            } catch (...) {
                exc = exceptionFromCurrent();
                failed = true;
            }
            if (failed && isInstance(exc, exceptionClass(QStringLiteral("GeneratorExit")))) {
                closeGenerator(s);
                throwPython(exc);
            }
        }
    }
    // Any other iterable: its items go out; send() needs its send method, throw() its throw method.
    Value it = getIter(sub);
    Value sent, exc;
    while (true) {
        Value item;
        if (!exc.isNone()) {
            if (!hasAttr(it, QStringLiteral("throw")))
                throwPython(exc);
            item = call(getAttr(it, QStringLiteral("throw")), {exc});
        } else if (!sent.isNone()) {
            item = call(getAttr(it, QStringLiteral("send")), {sent});
        } else if (!next(it, item)) {
            co_return Value();
        }
        sent = Value();
        exc = Value();
        try {
            g->transfer = std::move(item);
            sent = co_await GeneratorYield{*this, &f};
        } catch (const ProgramStop &) {
            throw;
        } catch (...) {
            exc = exceptionFromCurrent();
        }
        if (!exc.isNone() && isInstance(exc, exceptionClass(QStringLiteral("GeneratorExit")))) {
            if (hasAttr(it, QStringLiteral("close")))
                call(getAttr(it, QStringLiteral("close")), std::vector<Value>{});
            throwPython(exc);
        }
    }
}

Co<Value> Interpreter::awaitCustom(Value awaitable, int line)
{
    Value it = call(getAttr(awaitable, QStringLiteral("__await__")), std::vector<Value>{});
    if (auto *w = it.as<IteratorObject>();
        w && w->kind == ObjKind::Iterator &&
        (w->typeName == u"coroutine_wrapper" || w->typeName == u"FutureIter"))
        co_return co_await awaitValue(w->keep, line);
    if (it.as<CoroutineObject>())
        raiseTypeError(QStringLiteral("__await__() returned a coroutine"));
    auto *g = it.as<GeneratorObject>();
    if (g && g->isAsync)
        g = nullptr;
    if (!g && !isKind(it, ObjKind::Iterator) &&
        !(it.as<InstanceObject>() && hasAttr(it, QStringLiteral("__next__"))))
        raiseTypeError(QStringLiteral("__await__() returned non-iterator of type '%1'").arg(typeName(it)));
    // Driven as an asyncio task drives it: what it yields is for the event loop (None: let the others run
    // once; a future: wait for it), and it is resumed with None, or with the exception that interrupted the
    // wait (a cancellation).
    Value exc;
    while (true) {
        GeneratorStep step;
        if (g) {
            step = co_await resumeGeneratorAsync(g, Value(), exc, true);
        } else if (!exc.isNone()) {
            if (!hasAttr(it, QStringLiteral("throw")))
                throwPython(exc);
            step = {true, call(getAttr(it, QStringLiteral("throw")), {exc})};
        } else {
            Value item;
            step.yielded = next(it, item);
            step.value = item;
        }
        if (!step.yielded)
            co_return step.value;
        exc = Value();
        refuseSuspensionInSend();
        if (step.value.isNone() || futureOf(step.value)) {
            ResumeGuard guard(*this);
            try {
                if (step.value.isNone())
                    co_await awaitscope::YieldAwaiter{};
                else
                    co_await awaitscope::FutureAwaiter(futureOf(step.value));
            } catch (const ProgramStop &) {
                throw;
            } catch (...) {
                exc = exceptionFromCurrent();
            }
        } else {
            // tasks.py __step: a bad yield is thrown back in at the task's next step, one loop pass later
            // (call_soon), unless a cancellation comes first.
            exc = newException(exceptionClass(QStringLiteral("RuntimeError")),
                               {makeStr(QStringLiteral("Task got bad yield: %1").arg(repr(step.value)))});
            ResumeGuard guard(*this);
            try {
                co_await awaitscope::YieldAwaiter{};
            } catch (const ProgramStop &) {
                throw;
            } catch (...) {
                exc = exceptionFromCurrent();
            }
        }
    }
}

Co<Value> Interpreter::asyncGeneratorStep(Value agen, Value sent, Value exc, int op)
{
    using State = GeneratorObject::State;
    auto *g = agen.as<GeneratorObject>();
    static const char *const names[] = {"anext", "asend", "athrow", "aclose"};
    if (g->state == State::Running)
        raiseError(
            QStringLiteral("RuntimeError"),
            QStringLiteral("%1(): asynchronous generator is already running").arg(QLatin1String(names[op])));
    if (op == OpClose) {
        if (g->state != State::Suspended) {
            g->state = State::Finished;
            g->scope = Value();
            co_return Value();
        }
        GeneratorStep step;
        bool closed = false;
        try {
            step = co_await resumeGeneratorAsync(
                g, Value(), newException(exceptionClass(QStringLiteral("GeneratorExit")), {}), false);
        } catch (const PyException &e) {
            if (!isInstance(e.exc, exceptionClass(QStringLiteral("GeneratorExit"))) &&
                !isInstance(e.exc, exceptionClass(QStringLiteral("StopAsyncIteration"))))
                throw;
            closed = true;
        }
        if (!closed && step.yielded)
            raiseError(QStringLiteral("RuntimeError"),
                       QStringLiteral("async generator ignored GeneratorExit"));
        co_return Value();
    }
    if (g->state == State::Finished) {
        if (op == OpThrow)
            throwPython(exc);
        raise(newException(exceptionClass(QStringLiteral("StopAsyncIteration")), {}));
    }
    if (g->state == State::Created && exc.isNone() && !g->registered && loop) {
        // As asyncio's first-iteration hook: the loop closes it at asyncio.run's end if it is unfinished.
        g->registered = true;
        m_asyncGenerators.push_back(g);
    }
    GeneratorStep step = co_await resumeGeneratorAsync(g, sent, exc, false);
    if (step.yielded)
        co_return step.value;
    raise(newException(exceptionClass(QStringLiteral("StopAsyncIteration")), {}));
}

Value Interpreter::wrapAwaitable(const Value &awaitable)
{
    auto *inst = awaitable.as<InstanceObject>();
    const Value *m = inst ? inst->klass()->lookup(QStringLiteral("__await__")) : nullptr;
    if (!m || m->as<BuiltinObject>())
        return Value();
    return makeCoroutine(QStringLiteral("_wrap_awaitable"),
                         [awaitable](Interpreter &in) { return in.awaitValue(awaitable, 0); });
}

bool Interpreter::hasUnfinishedAsyncGenerators() const
{
    for (const GeneratorObject *g : m_asyncGenerators)
        if (g->state == GeneratorObject::State::Suspended)
            return true;
    return false;
}

Co<Value> Interpreter::closeAsyncGenerators()
{
    // loop.shutdown_asyncgens(): gather(*[ag.aclose() for ag in unfinished], return_exceptions=True), so each
    // aclose() runs in a task of its own (numbered as CPython numbers them) and they run side by side; their
    // errors are reported, not raised.
    std::vector<std::pair<Value, Value>> closing; // the generator and the task closing it
    for (GeneratorObject *g : m_asyncGenerators) {
        if (g->state != GeneratorObject::State::Suspended)
            continue;
        Value agen(g);
        Value closer = makeCoroutine(QStringLiteral("async_generator_athrow"), [agen](Interpreter &in) {
            return in.asyncGeneratorStep(agen, Value(), Value(), OpClose);
        });
        closer.as<CoroutineObject>()->consumed = true;
        closing.emplace_back(agen, Value());
        closing.back().second = createTask(closer, QString(), QStringLiteral("gather"));
    }
    if (closing.empty() || !loop)
        co_return Value();
    std::vector<awaitscope::FuturePtr> tasks;
    for (const auto &entry : closing)
        tasks.push_back(futureOf(entry.second));
    {
        const auto gathered = awaitscope::gather(*loop, tasks, true);
        ResumeGuard guard(*this);
        co_await awaitscope::FutureAwaiter(gathered);
    }
    for (size_t i = 0; i < closing.size(); ++i) {
        const awaitscope::FuturePtr &f = tasks[i];
        if (f->cancelled() || !f->peekException())
            continue;
        const Value failure = pythonException(*this, f->exception());
        if (stderrSink)
            stderrSink(QStringLiteral("an error occurred during closing of asynchronous generator %1\n")
                           .arg(repr(closing[i].first)) +
                       formatTraceback(failure));
    }
    co_return Value();
}

Value Interpreter::sendToCoroutine(const Value &coro, const Value &sent, const Value &exc)
{
    auto *co = coro.as<CoroutineObject>();
    if (co->started)
        raiseError(QStringLiteral("RuntimeError"),
                   QStringLiteral("not supported: resuming a coroutine by hand after it started (await it or "
                                  "run it as a task)"));
    if (!exc.isNone()) {
        // Thrown in before it started: the body never runs.
        co->started = true;
        co->consumed = true;
        co->scope = Value();
        co->native = nullptr;
        throwPython(exc);
    }
    if (!sent.isNone())
        raiseTypeError(QStringLiteral("can't send non-None value to a just-started coroutine"));
    // Runs it to its end from here; anything that would suspend it raises instead (see awaitValue).
    Co<Value> body = runCoroutine(coro);
    ++m_driveBySend;
    Frame *savedFrame = m_frame;
    const int savedDepth = m_depth;
    body.start();
    --m_driveBySend;
    setFrameState(savedFrame, savedDepth);
    if (!body.done())
        raiseError(QStringLiteral("RuntimeError"),
                   QStringLiteral("coroutine.send(): the coroutine did not end"));
    raiseStopIteration(*this, body.result());
}

void Interpreter::refuseSuspensionInSend()
{
    if (m_driveBySend > 0)
        raiseError(QStringLiteral("RuntimeError"),
                   QStringLiteral("not supported: a coroutine run by coroutine.send() waited (on a future, a "
                                  "sleep or a yielding awaitable); await it or run it as a task instead"));
}

void Interpreter::closeGeneratorsAtExit()
{
    // CPython closes the generators still suspended when the program ends (their finally blocks run).
    std::vector<Value> suspended;
    for (Object *o : m_heap->objects())
        if (o->kind == ObjKind::Generator && static_cast<GeneratorObject *>(o)->owner == this &&
            static_cast<GeneratorObject *>(o)->state == GeneratorObject::State::Suspended &&
            !static_cast<GeneratorObject *>(o)->isAsync)
            suspended.emplace_back(o);
    for (const Value &v : suspended)
        finalizeGenerator(v.as<GeneratorObject>());
}

void Interpreter::installGenerators()
{
    tGenerator = makeClass(QStringLiteral("generator"), {tObject});
    tAsyncGenerator = makeClass(QStringLiteral("async_generator"), {tObject});
    auto &G = m_methods[int(ObjKind::Generator)];
    auto send = [](Interpreter &in, GeneratorObject *g, const Value &sent, const Value &exc) {
        GeneratorStep step = in.resumeGenerator(g, sent, exc);
        if (!step.yielded)
            raiseStopIteration(in, step.value);
        return step.value;
    };
    G[QStringLiteral("__next__")] = [send](Interpreter &in, const Value &self, CallArgs &) {
        return send(in, selfGenerator(self), Value(), Value());
    };
    G[QStringLiteral("send")] = [send](Interpreter &in, const Value &self, CallArgs &a) {
        if (a.pos.size() != 1)
            in.raiseTypeError(
                QStringLiteral("generator.send() takes exactly one argument (%1 given)").arg(a.pos.size()));
        return send(in, selfGenerator(self), a.pos[0], Value());
    };
    G[QStringLiteral("throw")] = [send](Interpreter &in, const Value &self, CallArgs &a) {
        return send(in, selfGenerator(self), Value(), exceptionToThrow(in, a, QStringLiteral("throw")));
    };
    G[QStringLiteral("close")] = [](Interpreter &in, const Value &self, CallArgs &) {
        in.closeGenerator(selfGenerator(self));
        return Value();
    };
    G[QStringLiteral("__iter__")] = [](Interpreter &, const Value &self, CallArgs &) { return self; };

    // Async generators: each method returns an awaitable that runs one step when awaited.
    auto &A = m_methods[int(ObjKind::Generator) + 2000];
    // Named by the type CPython returns (async_generator_asend for __anext__ and asend,
    // async_generator_athrow for athrow and aclose): a task made of one shows that name, as CPython's does.
    auto step = [](Interpreter &in, const Value &self, const QString &name, Value sent, Value exc, int op) {
        return in.makeCoroutine(name, [self, sent, exc, op](Interpreter &in2) {
            return in2.asyncGeneratorStep(self, sent, exc, op);
        });
    };
    A[QStringLiteral("__anext__")] = [step](Interpreter &in, const Value &self, CallArgs &) {
        return step(in, self, QStringLiteral("async_generator_asend"), Value(), Value(), OpNext);
    };
    A[QStringLiteral("asend")] = [step](Interpreter &in, const Value &self, CallArgs &a) {
        if (a.pos.size() != 1)
            in.raiseTypeError(
                QStringLiteral("asend() takes exactly one argument (%1 given)").arg(a.pos.size()));
        return step(in, self, QStringLiteral("async_generator_asend"), a.pos[0], Value(), OpSend);
    };
    A[QStringLiteral("athrow")] = [step](Interpreter &in, const Value &self, CallArgs &a) {
        return step(in, self, QStringLiteral("async_generator_athrow"), Value(),
                    exceptionToThrow(in, a, QStringLiteral("athrow")), OpThrow);
    };
    A[QStringLiteral("aclose")] = [step](Interpreter &in, const Value &self, CallArgs &) {
        return step(in, self, QStringLiteral("async_generator_athrow"), Value(), Value(), OpClose);
    };
    A[QStringLiteral("__aiter__")] = [](Interpreter &, const Value &self, CallArgs &) { return self; };

    // coroutine.__await__(): an iterator over the coroutine, for `yield from` in an __await__ generator.
    auto &C = m_methods[int(ObjKind::Coroutine)];
    C[QStringLiteral("__await__")] = [](Interpreter &, const Value &self, CallArgs &) {
        return Value(new IteratorObject(
            QStringLiteral("coroutine_wrapper"),
            [](Interpreter &in, Value &) -> bool {
                in.raiseTypeError(QStringLiteral("not supported: iterating a coroutine's __await__() by hand "
                                                 "(await the coroutine instead)"));
            },
            self));
    };

    // coroutine.send(None), throw() and close() by hand, for coroutines that finish without waiting.
    C[QStringLiteral("send")] = [](Interpreter &in, const Value &self, CallArgs &a) {
        if (a.pos.size() != 1)
            in.raiseTypeError(
                QStringLiteral("coroutine.send() takes exactly one argument (%1 given)").arg(a.pos.size()));
        return in.sendToCoroutine(self, a.pos[0], Value());
    };
    C[QStringLiteral("throw")] = [](Interpreter &in, const Value &self, CallArgs &a) {
        return in.sendToCoroutine(self, Value(), exceptionToThrow(in, a, QStringLiteral("throw")));
    };
    C[QStringLiteral("close")] = [](Interpreter &, const Value &self, CallArgs &) {
        auto *co = self.as<CoroutineObject>();
        if (!co->started) { // closed before it ran: it is done (cr_frame is None)
            co->started = true;
            co->finished = true;
            co->consumed = true;
            co->scope = Value();
            co->native = nullptr;
        }
        return Value();
    };

    // Future.__await__() and Task.__await__(): an iterator over the future, for `yield from` in an
    // __await__ generator (awaiting the future itself does not go through it).
    clsFuture.as<ClassObject>()->attrs.insert(
        QStringLiteral("__await__"),
        makeMethod(QStringLiteral("__await__"), [](Interpreter &, const Value &self, CallArgs &) {
            return Value(new IteratorObject(
                QStringLiteral("FutureIter"),
                [](Interpreter &in, Value &) -> bool {
                    in.raiseTypeError(QStringLiteral("not supported: iterating a future's __await__() by "
                                                     "hand (await the future instead)"));
                },
                self));
        }));

    setBuiltin(QStringLiteral("aiter"),
               makeBuiltin(QStringLiteral("aiter"), [](Interpreter &in, const Value &, CallArgs &a) {
                   if (a.pos.size() != 1)
                       in.raiseTypeError(
                           QStringLiteral("aiter() takes exactly one argument (%1 given)").arg(a.pos.size()));
                   if (!in.hasAttr(a.pos[0], QStringLiteral("__aiter__")))
                       in.raiseTypeError(
                           QStringLiteral("'%1' object is not an async iterable").arg(in.typeName(a.pos[0])));
                   return in.call(in.getAttr(a.pos[0], QStringLiteral("__aiter__")), std::vector<Value>{});
               }));
    setBuiltin(
        QStringLiteral("anext"),
        makeBuiltin(QStringLiteral("anext"), [](Interpreter &in, const Value &, CallArgs &a) {
            if (a.pos.empty() || a.pos.size() > 2)
                in.raiseTypeError(
                    QStringLiteral("anext expected 1 or 2 arguments, got %1").arg(a.pos.size()));
            if (!in.hasAttr(a.pos[0], QStringLiteral("__anext__")))
                in.raiseTypeError(
                    QStringLiteral("'%1' object is not an async iterator").arg(in.typeName(a.pos[0])));
            Value awaitable =
                in.call(in.getAttr(a.pos[0], QStringLiteral("__anext__")), std::vector<Value>{});
            if (a.pos.size() == 1)
                return awaitable;
            const Value dflt = a.pos[1];
            return in.makeCoroutine(
                QStringLiteral("anext_awaitable"), [awaitable, dflt](Interpreter &in2) -> Co<Value> {
                    Value result;
                    bool exhausted = false;
                    try {
                        result = co_await in2.awaitValue(awaitable, 0);
                    } catch (const PyException &e) {
                        if (!in2.isInstance(e.exc, in2.exceptionClass(QStringLiteral("StopAsyncIteration"))))
                            throw;
                        exhausted = true;
                    }
                    co_return exhausted ? dflt : result;
                });
        }));
}

} // namespace awaitscope::py
