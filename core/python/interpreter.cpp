#include "interpreter.h"
#include "workerpool.h"

#include "bigint.h"
#include "bytesobject.h"
#include "parser.h"
#include "patterns.h"
#include "setops.h"
#include "unwinding.h"

#include "runtime/loop.h"
#include "runtime/task.h"
#include "trace/trace.h"

#include <QCoreApplication>
#include <QSet>
#include <QThread>

#include <pthread.h>

namespace awaitscope::py {

namespace {

// How much stack to keep free for the error path. Sanitizer builds use far bigger frames, so they keep half.
static size_t stackReserve(size_t size)
{
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    return size / 2;
#else
    return std::min<size_t>(size / 4, 1024 * 1024);
#endif
}

} // namespace

namespace {

// One level of Python nesting (a call, a module's code) for the recursion limit, however it ends.
struct NestedCall
{
    explicit NestedCall(int &depth)
        : d(depth)
    {
        ++d;
    }
    ~NestedCall() { --d; }
    NestedCall(const NestedCall &) = delete;
    NestedCall &operator=(const NestedCall &) = delete;
    int &d;
};

// Keeps m_frame / m_depth balanced whatever way a call ends.
struct FrameScope
{
    Interpreter &in;
    Frame &f;
    FrameScope(Interpreter &i, Frame &fr)
        : in(i)
        , f(fr)
    {
        in.pushFrame(f);
    }
    ~FrameScope() { in.popFrame(f); }
};

} // namespace

Interpreter::Interpreter()
    : m_heap(std::make_unique<Heap>())
    , m_thread(QThread::currentThread())
{
    m_heap->makeCurrent();
    m_heap->onLimit = [this]() { limitReached(Limit::Memory, memoryLimitText()); };
    installExceptions();
    installBuiltins();
    installDescriptors();
    installMethods();
    installBytes();
    installAsyncio();
    installTime();
    installRandom();
    installTyping();
    installFunctools();
    installContextlib();
    installConcurrentFutures();
    installInspect();
    installCollections();
    installEnum();
    installDataclasses();
    installSys();
    installLogging();
    installItertools();
    installJson();
    installUuid();
    installContextvars();
    installSmallModules();
    installDatetime();
    installGenerators();
}

Interpreter::~Interpreter()
{
    m_heap->makeCurrent();
    // Jobs still in worker threads unwind first; the loop and the trace they wrote to may be gone.
    trace = nullptr;
    m_workers.reset();
    m_executorPools.clear();
    m_frame = nullptr;
    m_module.reset();
    m_globals = Value();
    mainContext = Value();
    enteredContexts.clear();
    m_contextClass = Value();
    m_modules.clear();
    m_heap->clearAll();
    m_asyncGenerators.clear();
    m_builtins.clear();
    m_methods.clear();
    m_nativeSubclasses.clear();
    m_iteratorTypes.clear();
    for (Value &cls : m_dictViewClasses)
        cls = Value();
    tNone = tBool = tInt = tFloat = tStr = tList = tTuple = tDict = tSet = tFrozenSet = tFunction =
        tBuiltinFunction = tMethod = tModule = tRange = tIterator = tCoroutine = tType = tObject = tSlice =
            tScope = tGenerator = tAsyncGenerator = Value();
    tBytes = tBytearray = Value();
    m_heap->clearAll();
    m_heap.reset();
}

void Interpreter::registerModule(const QString &name, ModuleFactory factory)
{
    m_moduleFactories.insert(name, std::move(factory));
}

void Interpreter::requestStop(const QString &reason)
{
    {
        std::lock_guard lock(m_stopMutex);
        if (m_stopFlag.load())
            return;
        m_stopReason = reason;
        m_stopFlag.store(true);
    }
    // Only on the interpreter's own thread: `loop` belongs to it, and another thread must not even read it
    // (RunControl asks that thread to do it).
    if (QThread::currentThread() == m_thread)
        endForStop();
}

void Interpreter::endForStop()
{
    if (loop) {
        const auto pending = loop->pendingTasks();
        FutureState::cancelAll(std::vector<FuturePtr>(pending.begin(), pending.end()));
    }
    if (m_workers)
        m_workers->stop();
    for (auto &pool : m_executorPools)
        pool->stop();
}

QString Interpreter::stopReason() const
{
    std::lock_guard lock(m_stopMutex);
    return m_stopReason;
}

void Interpreter::writeError(const QString &text)
{
    if (text.isEmpty())
        return;
    m_output += text.size();
    if (limits.maxOutput > 0 && m_output > limits.maxOutput)
        limitReached(Limit::Output,
                     QCoreApplication::translate("Interpreter",
                                                 "output limit reached: the program printed more than %1 "
                                                 "characters")
                         .arg(limits.maxOutput));
    if (stderrSink)
        stderrSink(text);
}

void Interpreter::write(const QString &text)
{
    if (text.isEmpty())
        return; // print(end="") writes nothing and records nothing
    m_output += text.size();
    if (limits.maxOutput > 0 && m_output > limits.maxOutput)
        limitReached(Limit::Output,
                     QCoreApplication::translate("Interpreter",
                                                 "output limit reached: the program printed more than %1 "
                                                 "characters")
                         .arg(limits.maxOutput));
    if (stdoutSink)
        stdoutSink(text);
    // Printed by the task running (or by a callback), or before or after the loop: the console at any
    // moment of the timeline shows all the program printed until then.
    record(awaitscope::TraceEvent::Kind::Output, terminalLane(), text);
}

int Interpreter::terminalLane() const
{
    const awaitscope::TaskState *t = loop ? loop->currentTask() : nullptr;
    return workerLane >= 0 ? workerLane : t ? t->id() : -1;
}

QString Interpreter::readInput(const QString &prompt)
{
    write(prompt);
    // Nothing else runs while input() waits, on either clock: the loop is blocked, as in CPython.
    const std::optional<QString> line = readLine ? readLine(prompt) : std::nullopt;
    throwIfStopped();
    if (!line)
        raiseError(QStringLiteral("EOFError"), QStringLiteral("EOF when reading a line"));
    record(awaitscope::TraceEvent::Kind::Input, terminalLane(), *line + u'\n');
    return *line;
}

WorkerPool &Interpreter::workerPool()
{
    if (!m_workers)
        m_workers = std::make_unique<WorkerPool>(*this);
    return *m_workers;
}

WorkerPool &Interpreter::defaultExecutor(const awaitscope::Loop *loop)
{
    const auto it = setDefaultExecutors.find(loop);
    return it == setDefaultExecutors.end() ? workerPool() : *it->second;
}

WorkerPool &Interpreter::newExecutorPool(int maxWorkers, const QString &threadNamePrefix)
{
    m_executorPools.push_back(std::make_unique<WorkerPool>(*this, maxWorkers, threadNamePrefix));
    return *m_executorPools.back();
}

void Interpreter::abandonWorkerJobs()
{
    if (m_workers)
        m_workers->abandon();
    for (auto &pool : m_executorPools)
        pool->abandon();
}

void Interpreter::note(const QString &text)
{
    record(awaitscope::TraceEvent::Kind::Note, -1, text);
}

void Interpreter::record(awaitscope::TraceEvent::Kind kind, int task, const QString &text)
{
    if (!trace)
        return;
    if (loop) {
        loop->record(kind, task, -1, text);
        return;
    }
    if (workerLoop) { // in a worker thread: the loop's clock, the worker's line
        if (awaitscope::TraceEvent *e = workerLoop->record(kind, task, -1, text))
            e->line = programLine();
        return;
    }
    awaitscope::TraceEvent e;
    e.kind = kind;
    e.time = programTime();
    e.text = text;
    e.line = programLine();
    trace->append(std::move(e));
}

int Interpreter::run(const QString &source)
{
    m_warnUnawaited = true;
    m_sweepAtExit = true;
    m_warningsShown.clear();
    m_unawaitedAfterTraceback.clear();
    const int status = runModule(source);
    if (m_sweepAtExit) {
        reportPendingTasksAtExit();
        try {
            closeGeneratorsAtExit();
        } catch (const ProgramStop &) {
        }
        warnNeverAwaitedAtExit();
    }
    m_warnUnawaited = false;
    takeUnwoundFrames(nullptr); // what an error that never became a Python exception noted: gone with the run
    return status;
}

int Interpreter::runModule(const QString &source)
{
    m_heap->makeCurrent();
    m_heap->setMemoryLimit(limits.maxMemoryBytes());
    m_lines = source.split(u'\n');
    try {
        m_module = Parser::parseProgram(source);
    } catch (const SyntaxError &e) {
        QString text = QStringLiteral("  File \"%1\", line %2\n").arg(fileName).arg(e.line);
        // A NUL is shown as \0, so the caret points at something visible.
        const QString srcLine = QString(m_lines.value(e.line - 1)).replace(QChar(0), QStringLiteral("\\0"));
        if (!srcLine.trimmed().isEmpty()) {
            const int indent = int(srcLine.size() - QStringView(srcLine).trimmed().size() -
                                   (srcLine.size() - QStringView(srcLine).trimmed().size() -
                                    (srcLine.indexOf(srcLine.trimmed()))));
            Q_UNUSED(indent);
            const int lead = int(srcLine.indexOf(srcLine.trimmed()));
            text += QStringLiteral("    ") + srcLine.trimmed() + u'\n';
            text += QString(4 + std::max(0, e.col - 1 - lead), u' ') + QStringLiteral("^\n");
        }
        text += QStringLiteral("SyntaxError: ") + e.describe() + u'\n';
        if (stderrSink)
            stderrSink(text);
        if (errorOut) {
            errorOut->kind = RunError::Kind::Syntax;
            errorOut->type = QStringLiteral("SyntaxError");
            errorOut->message = e.describe();
            errorOut->line = e.line;
            errorOut->column = e.col;
            errorOut->frames = {{QStringLiteral("<module>"), e.line, {}}};
        }
        return 1;
    }
    auto *globals = new ScopeObject();
    m_globals = Value(globals);
    // What CPython's __main__ holds before the first line runs, as far as it exists here (no __loader__,
    // __builtins__ or __annotations__); __file__ is the name tracebacks show.
    globals->vars.insert(QStringLiteral("__name__"), makeStr(QStringLiteral("__main__")));
    globals->vars.insert(QStringLiteral("__doc__"), docstringOf(m_module.get()));
    globals->vars.insert(QStringLiteral("__package__"), Value());
    globals->vars.insert(QStringLiteral("__spec__"), Value());
    globals->vars.insert(QStringLiteral("__file__"), makeStr(fileName));
    globals->vars.insert(QStringLiteral("__cached__"), Value());
    Frame f;
    f.locals = m_globals;
    f.globals = m_globals;
    f.closureScope = Value();
    f.name = QStringLiteral("<module>");
    int status = 0;
    try {
        FrameScope scope(*this, f);
        setupAnnotations(m_module.get(), f);
        execBlock(m_module.get(), f);
    } catch (const ProgramStop &stop) {
        m_sweepAtExit = false;
        note(QStringLiteral("stopped: %1").arg(stop.message));
        if (stderrSink)
            stderrSink(QStringLiteral("Stopped: %1\n").arg(stop.message));
        reportStop(stop);
        status = 1;
    } catch (...) {
        Value exc;
        try {
            exc = exceptionFromCurrent();
        } catch (const ProgramStop &stop) {
            m_sweepAtExit = false;
            if (stderrSink)
                stderrSink(QStringLiteral("Stopped: %1\n").arg(stop.message));
            reportStop(stop);
            return 1;
        }
        addTraceback(exc, f);
        auto *inst = exc.as<InstanceObject>();
        if (inst && inst->klass()->name == u"SystemExit") {
            const Value code = inst->args.as<TupleObject>()->items.empty()
                                   ? Value()
                                   : inst->args.as<TupleObject>()->items[0];
            if (code.isNone())
                return 0;
            if (code.isIntLike())
                return int(code.asInt());
            if (stderrSink)
                stderrSink(str(code) + u'\n');
            return 1;
        }
        const QString traceback = formatTraceback(exc);
        if (stderrSink)
            stderrSink(traceback);
        reportException(exc, traceback);
        // An uncaught RecursionError says which limit stopped the program and what can be done about it.
        if (stderrSink && inst && inst->klass()->name == u"RecursionError") {
            const QString hint = limitHint ? limitHint(Limit::Recursion) : commandLineHint(Limit::Recursion);
            if (m_recursionCause == RecursionCause::Limit)
                stderrSink(QStringLiteral("Stopped: recursion limit reached: more than %1 nested calls%2\n")
                               .arg(limits.maxRecursion)
                               .arg(hint.isEmpty() ? QString() : QStringLiteral("; ") + hint));
            else if (m_recursionCause == RecursionCause::Stack)
                stderrSink(
                    QStringLiteral("Stopped: recursion limit reached: the interpreter's stack was full "
                                   "before %1 nested calls; make the recursion shallower\n")
                        .arg(limits.maxRecursion));
        }
        status = 1;
    }
    return status;
}

void Interpreter::reportStop(const ProgramStop &stop)
{
    if (!errorOut)
        return;
    errorOut->kind = stopKind;
    errorOut->message = stop.message;
    errorOut->line = m_stopLine; // where the program was when it stopped
}

void Interpreter::reportException(const Value &exc, const QString &traceback)
{
    if (!errorOut)
        return;
    errorOut->kind = RunError::Kind::Exception;
    // "Type: message" (or just "Type"), as the traceback names the exception: its line, not the traceback's
    // last line, which for an exception group closes its box and after add_note() is a note.
    QString last;
    if (exc.as<InstanceObject>())
        last = exceptionLine(exc).section(u'\n', 0, 0);
    if (last.isEmpty()) {
        const QStringList lines = traceback.split(u'\n', Qt::SkipEmptyParts);
        last = lines.isEmpty() ? QString() : lines.last();
    }
    const qsizetype colon = last.indexOf(QStringLiteral(": "));
    errorOut->type = colon < 0 ? last.trimmed() : last.left(colon);
    errorOut->message = colon < 0 ? QString() : last.mid(colon + 2);
    errorOut->frames.clear();
    if (auto *inst = exc.as<InstanceObject>()) {
        for (auto it = inst->traceback.rbegin(); it != inst->traceback.rend(); ++it)
            errorOut->frames.append({it->function, it->line, it->file ? it->file->path : QString()});
    }
    errorOut->line = 0;
    for (auto it = errorOut->frames.crbegin(); it != errorOut->frames.crend() && !errorOut->line; ++it)
        if (it->file.isEmpty())
            errorOut->line = it->line;
}

void Interpreter::pushFrame(Frame &f)
{
    f.parent = m_frame;
    m_frame = &f;
}

void Interpreter::popFrame(Frame &f)
{
    m_frame = f.parent;
}

void Interpreter::throwIfStopped()
{
    if (m_stopFlag.load()) {
        m_stopLine = programLine();
        throw ProgramStop{stopReason()};
    }
}

void Interpreter::checkSteps()
{
    m_nextStepCheck = m_steps + kStepCheckInterval;
    if (limits.maxSteps > 0)
        m_nextStepCheck = std::min(m_nextStepCheck, limits.maxSteps + 1);
    if (m_steps > limits.maxSteps && limits.maxSteps > 0)
        limitReached(Limit::Steps,
                     QCoreApplication::translate("Interpreter",
                                                 "step limit reached: the program ran more than %1 steps "
                                                 "(an endless loop?)")
                         .arg(limits.maxSteps));
    throwIfStopped();
    // Checked with the steps: events are recorded by the runtime too, but every task runs steps.
    if (trace && limits.maxTraceEvents > 0 && int64_t(trace->events().size()) > limits.maxTraceEvents)
        limitReached(
            Limit::Trace,
            QCoreApplication::translate(
                "Interpreter", "trace limit reached: the run recorded more than %1 events for the timeline")
                .arg(limits.maxTraceEvents));
}

std::optional<double> Interpreter::optionalSeconds(const Value &v, const char *what)
{
    if (v.isNone())
        return std::nullopt;
    if (!v.isNumber())
        raiseTypeError(
            QStringLiteral("%1 must be a number or None, not %2").arg(QLatin1String(what), typeName(v)));
    return v.toDouble();
}

void Interpreter::limitReached(Limit limit, const QString &what)
{
    stopKind = RunError::Kind::Limit;
    m_stopLine = programLine();
    const QString hint = limitHint ? limitHint(limit) : commandLineHint(limit);
    throw ProgramStop{hint.isEmpty() ? what : what + QStringLiteral("; ") + hint};
}

void Interpreter::raiseRecursionError()
{
    m_recursionCause = m_depth >= limits.maxRecursion ? RecursionCause::Limit : RecursionCause::Stack;
    raiseError(QStringLiteral("RecursionError"), QStringLiteral("maximum recursion depth exceeded"));
}

// The limit is on the tasks unfinished at once (a program that makes tasks without end); any number may be
// made that finish (the book's listing 11.1 makes 100,000, a hundred at a time). Counting them walks the
// loop's list of tasks, so they are counted again only once enough have been made to pass the limit.
void Interpreter::countTask(const awaitscope::Loop &lp)
{
    if (limits.maxTasks <= 0 || ++m_tasksMade < m_tasksMadeAtNextCount)
        return;
    const int64_t unfinished = int64_t(lp.unfinishedTaskCount()) + 1; // with the one being made
    if (unfinished > limits.maxTasks)
        limitReached(
            Limit::Tasks,
            QCoreApplication::translate(
                "Interpreter", "task limit reached: the program had more than %1 tasks unfinished at once")
                .arg(limits.maxTasks));
    m_tasksMadeAtNextCount = m_tasksMade + (limits.maxTasks - unfinished) + 1;
}

bool Interpreter::stackNearlyFull()
{
    // The lowest usable address of this thread's stack plus a reserve for the error path (stacks grow down).
    thread_local const char *floor = [] {
        const char *lowest = nullptr;
        pthread_attr_t attr;
        if (pthread_getattr_np(pthread_self(), &attr) == 0) {
            void *address = nullptr;
            size_t size = 0;
            if (pthread_attr_getstack(&attr, &address, &size) == 0 && address)
                lowest = static_cast<const char *>(address) + stackReserve(size);
            pthread_attr_destroy(&attr);
        }
        return lowest;
    }();
    return floor && static_cast<const char *>(__builtin_frame_address(0)) < floor;
}

void Interpreter::checkStringLength(int64_t length)
{
    if (length > maxStringLength)
        throw ProgramStop{QCoreApplication::translate(
                              "Interpreter", "memory limit reached: a string of more than %1 characters")
                              .arg(maxStringLength)};
    // Two bytes a character, before they are allocated.
    if (length > 4096)
        if (Heap *h = Heap::current())
            h->expect(2 * length);
}

QString Interpreter::memoryLimitText() const
{
    return QCoreApplication::translate("Interpreter",
                                       "memory limit reached: the program used more than %1 MB")
        .arg(limits.maxMemoryMB);
}

void Interpreter::expectElements(int64_t count)
{
    // A container element is a value of 16 bytes (more in a dict or set); checked before it is built.
    if (Heap *h = Heap::current(); h && count > 0)
        h->expect(count > (int64_t(1) << 58) ? (int64_t(1) << 62) : 16 * count);
}

void Interpreter::step(Frame &f, int line)
{
    f.line = line;
    countStep();
    // The task's line is a line of the program: while an imported module's code runs, it stays at the
    // program's line that called into it.
    if (f.file)
        return;
    if (loop)
        if (awaitscope::TaskState *t = loop->currentTask())
            t->setCurrentLine(line);
    if (lineHook)
        lineHook(line);
}

void Interpreter::backInCaller(const Frame *caller)
{
    // The task is on the caller's line again: what it prints or awaits next (before its next statement)
    // belongs there, not to the last line of the function that returned.
    if (!caller || caller->file)
        return;
    if (loop)
        if (awaitscope::TaskState *t = loop->currentTask())
            t->setCurrentLine(caller->line);
    if (lineHook)
        lineHook(caller->line);
}

// ---------------- names ----------------

Value Interpreter::lookup(const QString &name, Frame &f, Node *at)
{
    auto *locals = f.locals.as<ScopeObject>();
    if (const Value *v = locals->vars.findCached(name, at->nameSlots[0]))
        return *v;
    auto *g = f.globals.as<ScopeObject>();
    if (f.info) {
        if (f.info->globals.contains(name)) {
            if (const Value *v = g->vars.findCached(name, at->nameSlots[1]))
                return *v;
            auto bit = m_builtins.constFind(name);
            if (bit != m_builtins.constEnd())
                return bit.value();
            raiseError(QStringLiteral("NameError"), QStringLiteral("name '%1' is not defined").arg(name));
        }
        if (f.info->locals.contains(name))
            raiseError(
                QStringLiteral("UnboundLocalError"),
                QStringLiteral("cannot access local variable '%1' where it is not associated with a value")
                    .arg(name));
    }
    // enclosing scopes (closures, comprehensions)
    Value scope = f.isClassBody ? f.closureScope : locals->parent;
    while (auto *s = scope.as<ScopeObject>()) {
        auto sit = s->vars.constFind(name);
        if (sit != s->vars.constEnd())
            return sit.value();
        scope = s->parent;
    }
    if (const Value *v = g->vars.findCached(name, at->nameSlots[1]))
        return *v;
    auto bit = m_builtins.constFind(name);
    if (bit != m_builtins.constEnd())
        return bit.value();
    raiseError(QStringLiteral("NameError"), QStringLiteral("name '%1' is not defined").arg(name));
}

void Interpreter::store(const QString &name, const Value &v, Frame &f, NameSlot *slot)
{
    if (f.info) {
        if (f.info->globals.contains(name)) {
            f.globals.as<ScopeObject>()->vars.insert(name, v);
            return;
        }
        if (f.info->nonlocals.contains(name)) {
            Value scope = f.locals.as<ScopeObject>()->parent;
            while (auto *s = scope.as<ScopeObject>()) {
                if (s->vars.contains(name)) {
                    s->vars.insert(name, v);
                    return;
                }
                scope = s->parent;
            }
            // declared nonlocal but not yet bound in the enclosing function: bind it there
            if (auto *s = f.locals.as<ScopeObject>()->parent.as<ScopeObject>()) {
                s->vars.insert(name, v);
                return;
            }
        }
    }
    auto *scope = f.locals.as<ScopeObject>();
    if (f.bodyClass && f.bodyClass->onBodyAssign) {
        scope->vars.insert(name, f.bodyClass->onBodyAssign(*this, Value(f.bodyClass), *scope, name, v));
        return;
    }
    if (slot)
        scope->vars.insertCached(name, v, *slot);
    else
        scope->vars.insert(name, v);
}

void Interpreter::deleteName(const QString &name, Frame &f)
{
    auto *target = f.locals.as<ScopeObject>();
    if (f.info && f.info->globals.contains(name))
        target = f.globals.as<ScopeObject>();
    if (!target->vars.remove(name))
        raiseError(QStringLiteral("NameError"), QStringLiteral("name '%1' is not defined").arg(name));
}

Value Interpreter::makeFunction(Node *n, Frame &f, std::vector<Value> defaults,
                                QHash<QString, Value> kwDefaults)
{
    auto *fn = new FunctionObject();
    Value v(fn);
    fn->info = n->func;
    fn->defaults = std::move(defaults);
    fn->kwDefaults = std::move(kwDefaults);
    // Functions defined at module level see globals directly; nested ones close over the defining scope.
    fn->closure = f.info || !f.closureScope.isNone() ? (f.isClassBody ? f.closureScope : f.locals) : Value();
    fn->globals = f.globals;
    fn->qualname = (f.info ? f.name + QStringLiteral(".<locals>.") : QString()) + n->func->name;
    if (f.isClassBody) {
        fn->qualname = f.name + u'.' + n->func->name;
        if (f.classFunctions)
            f.classFunctions->push_back(v);
    }
    return v;
}

Value Interpreter::buildClass(Node *n, Frame &f, std::vector<Value> bases)
{
    // A base that is not a class may name the classes to use instead (typing's Generic[T], List[int]).
    std::vector<Value> resolved;
    for (const Value &b : bases) {
        auto *inst = b.as<InstanceObject>();
        const Value *entries = inst && inst->kind == ObjKind::Instance
                                   ? inst->klass()->lookup(QStringLiteral("__mro_entries__"))
                                   : nullptr;
        if (!entries) {
            resolved.push_back(b);
            continue;
        }
        for (const Value &e : toVector(call(*entries, {b, makeTuple(bases)})))
            resolved.push_back(e);
    }
    bases = std::move(resolved);
    for (const Value &b : bases)
        if (!b.as<ClassObject>())
            raiseTypeError(QStringLiteral("class bases must be classes, not %1").arg(typeName(b)));
    if (bases.empty())
        bases.push_back(tObject);
    auto *cls = new ClassObject(n->str, bases);
    Value clsValue(cls);
    cls->isBuiltin = false;
    for (const Value &b : bases) {
        auto *bc = b.as<ClassObject>();
        if (bc->constructor && !bc->isException)
            cls->constructor = bc->constructor;
        if (!bc->meta.isNone())
            cls->meta = bc->meta;
        if (bc->onSubclass)
            cls->onSubclass = bc->onSubclass;
        if (bc->onBodyAssign)
            cls->onBodyAssign = bc->onBodyAssign;
    }
    Frame body;
    body.locals = Value(new ScopeObject());
    body.globals = f.globals;
    body.file = f.file;
    body.closureScope = f.isClassBody ? f.closureScope : (f.info ? f.locals : Value());
    body.isClassBody = true;
    std::vector<Value> functions;
    body.classFunctions = &functions;
    body.bodyClass = cls;
    body.name = n->str;
    body.handling = f.handling;
    {
        FrameScope scope(*this, body);
        setupAnnotations(n->kids[0].get(), body);
        execBlock(n->kids[0].get(), body);
    }
    auto *ns = body.locals.as<ScopeObject>();
    for (auto it = ns->vars.cbegin(); it != ns->vars.cend(); ++it)
        cls->attrs.insert(it.key(), it.value());
    ns->vars.clear();
    for (const Value &fn : functions)
        fn.as<FunctionObject>()->attrs.insert(QStringLiteral("__class__"), clsValue);
    // a class of an imported module of the program names it (its repr, its exceptions' tracebacks)
    if (f.file && !cls->attrs.contains(QStringLiteral("__module__")))
        cls->attrs.insert(QStringLiteral("__module__"), makeStr(f.file->module));
    for (const auto &stmt : n->kids[0]->kids)
        if (stmt->kind == NodeKind::AnnAssign && stmt->kids[0]->kind == NodeKind::Name &&
            !cls->annotated.contains(stmt->kids[0]->str))
            cls->annotated << stmt->kids[0]->str;
    // the names the body assigned and defined, in order (its namespace does not keep one)
    QStringList order;   // assignments (enum's members)
    QStringList defined; // assignments and definitions (__set_name__ is called in this order)
    for (const auto &stmt : n->kids[0]->kids) {
        if (stmt->kind == NodeKind::FunctionDef || stmt->kind == NodeKind::ClassDef) {
            const QString name = stmt->kind == NodeKind::FunctionDef ? stmt->func->name : stmt->str;
            if (!defined.contains(name))
                defined << name;
            continue;
        }
        if (stmt->kind != NodeKind::Assign && stmt->kind != NodeKind::AnnAssign)
            continue;
        const size_t targets = stmt->kind == NodeKind::Assign ? stmt->kids.size() - 1 : 1;
        for (size_t i = 0; i < targets; ++i)
            if (stmt->kids[i] && stmt->kids[i]->kind == NodeKind::Name &&
                !order.contains(stmt->kids[i]->str)) {
                order << stmt->kids[i]->str;
                if (!defined.contains(stmt->kids[i]->str))
                    defined << stmt->kids[i]->str;
            }
    }
    // A property (any data descriptor) makes instance lookups ask the class first; type.__new__ tells each
    // descriptor its name (property uses it in its messages).
    for (const Value &b : cls->bases)
        if (auto *bc = b.as<ClassObject>(); bc && bc->dataDescriptors)
            cls->dataDescriptors = true;
    for (auto it = cls->attrs.cbegin(); it != cls->attrs.cend() && !cls->dataDescriptors; ++it)
        cls->dataDescriptors = isDataDescriptor(it.value());
    for (const QString &name : std::as_const(defined)) {
        const Value v = cls->attrs.value(name);
        if (auto *d = v.as<InstanceObject>(); d && d->kind == ObjKind::Instance)
            if (const Value *setName = d->klass()->lookup(QStringLiteral("__set_name__"))) {
                try {
                    call(*setName, {v, clsValue, makeStr(name)});
                } catch (const PyException &e) {
                    // 3.11's type_new_set_names: a RuntimeError raised from it
                    Value wrapped = newException(
                        exceptionClass(QStringLiteral("RuntimeError")),
                        {makeStr(QStringLiteral("Error calling __set_name__ on '%1' instance '%2' in '%3'")
                                     .arg(d->klass()->name, name, cls->name))});
                    if (auto *w = wrapped.as<InstanceObject>()) {
                        w->cause = e.exc;
                        w->suppressContext = true;
                    }
                    raise(wrapped);
                }
            }
    }
    if (cls->onSubclass) {
        auto hook = cls->onSubclass;
        hook(*this, clsValue, order);
    }
    return clsValue;
}

// ---------------- calls ----------------

Value Interpreter::call(const Value &f, std::vector<Value> pos)
{
    CallArgs a;
    a.pos = std::move(pos);
    return call(f, a);
}

Value Interpreter::call(const Value &f, CallArgs &args)
{
    if (!f.isObj())
        raiseTypeError(QStringLiteral("'%1' object is not callable").arg(typeName(f)));
    switch (f.obj()->kind) {
    case ObjKind::Function:
        return callFunction(f.as<FunctionObject>(), args, Value());
    case ObjKind::Builtin: {
        auto *b = f.as<BuiltinObject>();
        if (b->isMethod && b->self.isNone()) {
            if (args.pos.empty())
                raiseTypeError(QStringLiteral("unbound method %1() needs an argument").arg(b->name));
            Value self = args.pos.front();
            if (auto *owner = b->owner.as<ClassObject>();
                owner && !typeOf(self).as<ClassObject>()->isSubclassOf(owner))
                raiseTypeError(
                    QStringLiteral("descriptor '%1' for '%2' objects doesn't apply to a '%3' object")
                        .arg(b->name, owner->name, typeName(self)));
            args.pos.erase(args.pos.begin());
            return b->fn(*this, self, args);
        }
        return b->fn(*this, b->self, args);
    }
    case ObjKind::BoundMethod: {
        auto *m = f.as<BoundMethodObject>();
        if (auto *fn = m->function.as<FunctionObject>())
            return callFunction(fn, args, m->self);
        args.pos.insert(args.pos.begin(), m->self);
        return call(m->function, args);
    }
    case ObjKind::Class:
        return instantiate(f.as<ClassObject>(), f, args);
    case ObjKind::Instance: {
        auto *inst = f.as<InstanceObject>();
        if (const Value *callMethod = inst->klass()->lookup(QStringLiteral("__call__"))) {
            args.pos.insert(args.pos.begin(), f);
            return call(*callMethod, args);
        }
        break;
    }
    default:
        break;
    }
    raiseTypeError(QStringLiteral("'%1' object is not callable").arg(typeName(f)));
}

Value Interpreter::instantiate(ClassObject *cls, const Value &clsValue, CallArgs &args)
{
    if (const Value *m = metaMethod(clsValue, QStringLiteral("__call__"))) {
        args.pos.insert(args.pos.begin(), clsValue);
        return call(*m, args);
    }
    if (cls->constructor && (cls->isBuiltin || !cls->lookup(QStringLiteral("__init__")) ||
                             cls->lookup(QStringLiteral("__init__"))->as<BuiltinObject>()))
        return cls->constructor(*this, clsValue, args.pos, args.kw);
    auto *inst = new InstanceObject(clsValue);
    Value v(inst);
    if (cls->isException)
        inst->args = makeTuple(args.pos);
    if (const Value *init = cls->lookup(QStringLiteral("__init__"))) {
        CallArgs copy = args;
        Value r;
        if (auto *fn = init->as<FunctionObject>())
            r = callFunction(fn, copy, v);
        else {
            copy.pos.insert(copy.pos.begin(), v);
            r = call(*init, copy);
        }
        if (!r.isNone())
            raiseTypeError(QStringLiteral("__init__() should return None, not '%1'").arg(typeName(r)));
    } else if (!cls->isException && (!args.pos.empty() || !args.kw.empty())) {
        raiseTypeError(QStringLiteral("%1() takes no arguments").arg(cls->name));
    }
    return v;
}

Value Interpreter::bindArguments(FunctionObject *fn, CallArgs &args, const Value &self)
{
    FunctionInfo *info = fn->info.get();
    auto *scope = new ScopeObject(fn->closure);
    Value scopeValue(scope);
    scope->vars.reserve(size_t(info->locals.size()));
    // The arguments, after the bound method's self when there is one.
    std::vector<Value> withSelf;
    if (!self.isNone()) {
        withSelf.reserve(args.pos.size() + 1);
        withSelf.push_back(self);
        withSelf.insert(withSelf.end(), args.pos.begin(), args.pos.end());
    }
    const std::vector<Value> &pos = self.isNone() ? args.pos : withSelf;
    const size_t np = info->positional.size();
    auto fname = [info]() -> QString { return info->name + QStringLiteral("()"); }; // for messages only
    if (pos.size() > np && info->varArgs.isEmpty()) {
        const size_t required = np - fn->defaults.size();
        const QString expected = fn->defaults.empty() ? QString::number(np)
                                                      : QStringLiteral("from %1 to %2").arg(required).arg(np);
        raiseTypeError(
            QStringLiteral("%1 takes %2 positional argument%3 but %4 %5 given")
                .arg(fname(), expected, np == 1 && fn->defaults.empty() ? QString() : QStringLiteral("s"))
                .arg(pos.size())
                .arg(pos.size() == 1 ? QStringLiteral("was") : QStringLiteral("were")));
    }
    for (size_t i = 0; i < std::min(np, pos.size()); ++i)
        scope->vars.insert(info->positional[i].name, pos[i]);
    if (!info->varArgs.isEmpty()) {
        std::vector<Value> extra;
        for (size_t i = np; i < pos.size(); ++i)
            extra.push_back(pos[i]);
        scope->vars.insert(info->varArgs, makeTuple(std::move(extra)));
    }
    Value kwDict;
    if (!info->varKwargs.isEmpty())
        kwDict = Value(new DictObject());
    for (auto &[name, value] : args.kw) {
        bool found = false;
        for (size_t i = 0; i < np; ++i) {
            if (info->positional[i].name == name) {
                if (scope->vars.contains(name))
                    raiseTypeError(
                        QStringLiteral("%1 got multiple values for argument '%2'").arg(fname(), name));
                scope->vars.insert(name, value);
                found = true;
                break;
            }
        }
        if (!found)
            for (const auto &p : info->keywordOnly)
                if (p.name == name) {
                    scope->vars.insert(name, value);
                    found = true;
                    break;
                }
        if (!found) {
            if (kwDict.isNone())
                raiseTypeError(
                    QStringLiteral("%1 got an unexpected keyword argument '%2'").arg(fname(), name));
            kwDict.as<DictObject>()->set(makeStr(name), value);
        }
    }
    if (!kwDict.isNone())
        scope->vars.insert(info->varKwargs, kwDict);
    const size_t firstDefault = np - fn->defaults.size();
    QStringList missing;
    for (size_t i = 0; i < np; ++i) {
        const QString &name = info->positional[i].name;
        if (scope->vars.contains(name))
            continue;
        if (i >= firstDefault)
            scope->vars.insert(name, fn->defaults[i - firstDefault]);
        else
            missing << QStringLiteral("'%1'").arg(name);
    }
    if (!missing.isEmpty()) {
        QString list = missing.size() == 1 ? missing[0]
                                           : missing.mid(0, missing.size() - 1).join(QStringLiteral(", ")) +
                                                 QStringLiteral(" and ") + missing.last();
        raiseTypeError(QStringLiteral("%1 missing %2 required positional argument%3: %4")
                           .arg(fname())
                           .arg(missing.size())
                           .arg(missing.size() == 1 ? QString() : QStringLiteral("s"), list));
    }
    for (const auto &p : info->keywordOnly) {
        if (scope->vars.contains(p.name))
            continue;
        auto it = fn->kwDefaults.constFind(p.name);
        if (it == fn->kwDefaults.constEnd())
            raiseTypeError(
                QStringLiteral("%1 missing 1 required keyword-only argument: '%2'").arg(fname(), p.name));
        scope->vars.insert(p.name, it.value());
    }
    return scopeValue;
}

Value Interpreter::callFunction(FunctionObject *fn, CallArgs &args, const Value &self)
{
    Value scope = bindArguments(fn, args, self);
    if (fn->info->isGenerator)
        return makeGenerator(fn, std::move(scope));
    if (fn->info->isAsync) {
        auto *co = new CoroutineObject();
        Value cv(co);
        co->name = fn->name();
        co->qualname = fn->qualname;
        co->warnUnawaited = true;
        co->owner = this;
        co->function = Value(fn);
        co->scope = scope;
        co->line = programLine();
        return cv;
    }
    if (m_depth >= limits.maxRecursion || stackNearlyFull())
        raiseRecursionError();
    Frame f;
    f.enterFunction(Value(fn), scope);
    FrameScope fs(*this, f);
    const NestedCall nested(m_depth);
    try {
        if (fn->info->isLambda)
            return eval(fn->info->body.get(), f);
        const Flow fl = execBlock(fn->info->body.get(), f);
        backInCaller(f.parent);
        if (fl == Flow::Return)
            return f.returnValue;
        return Value();
    } catch (const PyException &e) {
        addTraceback(e.exc, f);
        throw;
    }
}

WithExitLine::WithExitLine(Interpreter &in, Frame &f, int withLine, const Value &exc)
    : m_frame(f)
    , m_exc(exc)
    , m_bodyLine(f.line)
    , m_handling(f.handling)
{
    in.noteCaught(exc, f); // this frame's entry, at the body's line, before __exit__ sees the exception
    f.line = withLine;
    // As in CPython's exception table, __exit__ runs while the body's exception is the one being handled:
    // what it raises has that one as its __context__, and sys.exc_info() inside it is that one.
    f.handling = exc;
}

WithExitLine::~WithExitLine()
{
    m_frame.handling = m_handling;
}

void WithExitLine::exitRaised()
{
    // the body's exception is now the new one's __context__ and has this frame's entry already
    if (auto *inst = m_exc.as<InstanceObject>(); inst && inst->tracedIn == &m_frame)
        inst->tracedIn = nullptr;
}

void WithExitLine::exitReturned()
{
    m_frame.line = m_bodyLine;
}

void Interpreter::addTraceback(const Value &exc, Frame &f)
{
    if (auto *inst = exc.as<InstanceObject>()) {
        // caught here and going on (a bare raise, a finally): its entry for this frame is there
        if (std::exchange(inst->tracedIn, nullptr) == &f)
            return;
        inst->traceback.push_back(TraceEntry{f.name, f.line, f.file});
    }
}

void Interpreter::noteCaught(const Value &exc, Frame &f)
{
    // As CPython's traceback gets an entry for each frame an exception occurs in, handled there or not:
    // traceback.format_exc() and logging's exc_info in the handler show this frame.
    auto *inst = exc.as<InstanceObject>();
    if (!inst || inst->kind != ObjKind::Instance || inst->tracedIn == &f)
        return;
    inst->traceback.push_back(TraceEntry{f.name, f.line, f.file});
    inst->tracedIn = &f;
}

Value Interpreter::importModule(const QString &name, int line, int col)
{
    auto it = m_modules.constFind(name);
    if (it != m_modules.constEnd())
        return it.value();
    auto fit = m_moduleFactories.constFind(name);
    if (fit == m_moduleFactories.constEnd()) {
        if (std::optional<Value> own = importSourceModule(name))
            return *own;
        // a submodule that a package of the program's own does not have: the first missing part
        for (qsizetype dot = name.indexOf(u'.'); dot > 0; dot = name.indexOf(u'.', dot + 1)) {
            auto *package = m_modules.value(name.left(dot)).as<ModuleObject>();
            if (!package || !package->isPackage)
                break;
            const qsizetype next = name.indexOf(u'.', dot + 1);
            const QString missing = next < 0 ? name : name.left(next);
            if (!m_modules.contains(missing))
                raiseError(QStringLiteral("ModuleNotFoundError"),
                           QStringLiteral("No module named '%1'").arg(missing));
        }
        static const QSet<QString> sandboxed = {
            QStringLiteral("os"),        QStringLiteral("subprocess"), QStringLiteral("socket"),
            QStringLiteral("shutil"),    QStringLiteral("pathlib"),    QStringLiteral("io"),
            QStringLiteral("threading"), QStringLiteral("_thread"),    QStringLiteral("multiprocessing"),
            QStringLiteral("ctypes"),    QStringLiteral("signal"),     QStringLiteral("ssl"),
            QStringLiteral("select"),    QStringLiteral("selectors"),  QStringLiteral("tempfile"),
            QStringLiteral("glob"),      QStringLiteral("fcntl")};
        const QString root = name.section(u'.', 0, 0);
        if (sandboxed.contains(root))
            raiseError(QStringLiteral("ModuleNotFoundError"),
                       QStringLiteral("module '%1' is not available in Awaitscope: programs run in a sandbox "
                                      "without files, processes or sockets (line %2, column %3)")
                           .arg(name)
                           .arg(line)
                           .arg(col));
        QStringList names; // the packages, not their submodules
        for (const QString &known : m_moduleFactories.keys())
            if (!known.contains(u'.') && !known.startsWith(u'_')) // __future__ goes without saying
                names.append(known);
        names.sort();
        raiseError(QStringLiteral("ModuleNotFoundError"),
                   QStringLiteral("not supported: module '%1' (line %2, column %3); available modules: %4")
                       .arg(name)
                       .arg(line)
                       .arg(col)
                       .arg(names.join(QStringLiteral(", "))));
    }
    Value mod = fit.value()(*this);
    m_modules.insert(name, mod);
    return mod;
}

std::optional<Value> Interpreter::importSourceModule(const QString &name)
{
    if (auto it = m_modules.constFind(name); it != m_modules.constEnd())
        return it.value();
    if (!findModule)
        return std::nullopt;
    // A submodule: its package first, which must be one of the program's own.
    const qsizetype dot = name.lastIndexOf(u'.');
    ModuleObject *parent = nullptr;
    if (dot >= 0) {
        const QString parentName = name.left(dot);
        std::optional<Value> p = importSourceModule(parentName);
        if (!p)
            return std::nullopt;
        parent = p->as<ModuleObject>();
        if (!parent || !parent->isPackage)
            raiseError(QStringLiteral("ModuleNotFoundError"),
                       QStringLiteral("No module named '%1'; '%2' is not a package").arg(name, parentName));
    }
    auto cached = m_loadedSources.find(name);
    if (cached == m_loadedSources.end()) {
        std::optional<ModuleSource> found = findModule(name);
        if (!found)
            return std::nullopt;
        if (!found->error.isEmpty())
            raiseError(QStringLiteral("ImportError"), found->error);
        LoadedSource loaded;
        loaded.file = std::make_unique<SourceFile>();
        loaded.file->path = found->path;
        loaded.file->module = name;
        loaded.file->lines = found->source.split(u'\n');
        loaded.isPackage = found->isPackage;
        try {
            loaded.body = Parser::parseProgram(found->source, loaded.file.get());
        } catch (const SyntaxError &e) {
            // as str() of CPython's SyntaxError: the message, the file's name and the line
            loaded.syntaxError = QStringLiteral("%1 (%2, line %3)")
                                     .arg(e.describe(), loaded.file->path.section(u'/', -1))
                                     .arg(e.line);
        }
        cached = m_loadedSources.emplace(name, std::move(loaded)).first;
    }
    const LoadedSource &loaded = cached->second;
    if (!loaded.body)
        raiseError(QStringLiteral("SyntaxError"), loaded.syntaxError);
    const SourceFile *sf = loaded.file.get();
    Node *body = loaded.body.get();

    // Its code runs once, at the first import, in a namespace of its own; importing it again while that
    // runs (a cycle) gets the module as far as it got, as in CPython.
    if (m_depth >= limits.maxRecursion || stackNearlyFull())
        raiseRecursionError();

    auto *module = new ModuleObject(name);
    Value moduleValue(module);
    auto *globals = new ScopeObject();
    module->globals = Value(globals);
    module->file = sf->path;
    module->isPackage = loaded.isPackage;
    globals->vars.insert(QStringLiteral("__name__"), makeStr(name));
    globals->vars.insert(QStringLiteral("__file__"), sf->path.isEmpty() ? Value() : makeStr(sf->path));
    globals->vars.insert(QStringLiteral("__package__"),
                         makeStr(loaded.isPackage ? name : (dot >= 0 ? name.left(dot) : QString())));
    m_modules.insert(name, moduleValue);

    Frame f;
    f.locals = module->globals;
    f.globals = module->globals;
    f.name = QStringLiteral("<module>");
    f.file = sf;
    f.line = 1;
    globals->vars.insert(QStringLiteral("__doc__"), docstringOf(body));
    const NestedCall nested(m_depth);
    try {
        FrameScope scope(*this, f);
        setupAnnotations(body, f);
        execBlock(body, f);
    } catch (const PyException &e) {
        m_modules.remove(name); // a module whose code failed is not imported
        addTraceback(e.exc, f);
        throw;
    } catch (...) {
        m_modules.remove(name);
        throw;
    }
    if (parent)
        setAttr(Value(parent), name.mid(dot + 1), moduleValue);
    return moduleValue;
}

Value Interpreter::moduleOf(const QString &name)
{
    return importModule(name, 0, 0);
}

} // namespace awaitscope::py
