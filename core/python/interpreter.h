#pragma once

#include "ast.h"
#include "co.h"
#include "generator.h"
#include "modulesource.h"
#include "objects.h"
#include "runlimits.h"
#include "syntaxerror.h"

#include "run/runerror.h"
#include "runtime/errors.h"
#include "trace/traceevent.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QThread>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>

#include <any>
#include <atomic>
#include <exception>
#include <mutex>

namespace awaitscope {
class Loop;
class Trace;
class TaskState;
class FutureState;
} // namespace awaitscope

namespace awaitscope::py {

class Interpreter;

// A Python exception travelling through C++ frames (and through the runtime, which stores it in futures).
class PyException : public awaitscope::Error
{
public:
    PyException(Value e, Interpreter *in)
        : exc(std::move(e))
        , interp(in)
    {
    }
    QString typeName() const override;
    QString describe() const override;
    Value exc; // an InstanceObject of an exception class
    Interpreter *interp = nullptr;
};

// Python's asyncio.CancelledError: a subclass of the runtime's CancelledError so that the runtime sees a
// cancellation whatever side raised it.
class PyCancelledError : public awaitscope::CancelledError
{
public:
    PyCancelledError(Value e, QString message)
        : awaitscope::CancelledError(std::move(message))
        , exc(std::move(e))
    {
    }
    Value exc;
};

// Ends the whole program (a limit was reached or a stop was requested). Python code cannot catch it.
struct ProgramStop
{
    QString message;
};

class CoroutineObject;
class WorkerPool;

// Native recursion (repr, == and json of nested containers, also those of modules written in C++): as
// CPython's Py_EnterRecursiveCall, each level counts against the recursion limit together with the Python
// calls below it, plus `hiddenCalls`, the levels CPython's C code spends besides (2 for repr and asdict, 0
// for a comparison); too deep, or a nearly full C++ stack, raises RecursionError "maximum recursion depth
// exceeded <what>".
class NestingGuard
{
public:
    NestingGuard(Interpreter &in, const char *what, int hiddenCalls = 2);
    ~NestingGuard();
    NestingGuard(const NestingGuard &) = delete;
    NestingGuard &operator=(const NestingGuard &) = delete;
};

// CPython's Py_ReprEnter: an object whose repr is being made on this thread is not entered again, so a
// container met inside itself prints as [...], {...}, dict_values([...]) instead of recursing.
class ReprGuard
{
public:
    explicit ReprGuard(const void *object);
    ~ReprGuard();
    bool entered() const { return m_entered; } // false: `object` is being repr'd already
    ReprGuard(const ReprGuard &) = delete;
    ReprGuard &operator=(const ReprGuard &) = delete;

private:
    const void *m_object;
    bool m_entered;
};

// Where a piece of code runs: its local namespace, globals and the function it belongs to.
struct Frame
{
    Value locals;       // ScopeObject
    Value globals;      // ScopeObject
    Value closureScope; // scope captured by functions defined here (skips class bodies)
    FunctionInfo *info = nullptr;
    QString name; // for tracebacks: function name or "<module>"
    int line = 0;
    Value returnValue;
    Value handling; // exception being handled (for bare `raise` and implicit chaining)
    Frame *parent = nullptr;
    bool isClassBody = false;
    Value function;                       // FunctionObject being executed (for super())
    GeneratorObject *generator = nullptr; // the generator whose body this frame runs (for `yield`)
    const SourceFile *file = nullptr;     // the module whose code runs here; nullptr = the program itself
    // A class body: the functions defined in it, which get the class as __class__ (zero-argument super()),
    // whatever decorators wrap them afterwards.
    std::vector<Value> *classFunctions = nullptr;
    ClassObject *bodyClass = nullptr; // a class body: the class it makes (its onBodyAssign sees each store)
    // A list, set or dict comprehension's own scope: the frame it runs in, where `:=` binds (PEP 572).
    Frame *comprehensionOf = nullptr;
    // The frame of a comprehension evaluated in `outer`: a scope of its own whose parent is outer's.
    static void enterComprehension(Frame &inner, Frame &outer);
    // The frame of a call of `function` (a FunctionObject) whose locals are `scope`.
    void enterFunction(const Value &function, const Value &scope);
    // Where `name := value` binds when evaluated in this frame: the nearest frame that is no comprehension.
    Frame &namedExprTarget();
};

enum class Flow : uint8_t { Normal, Break, Continue, Return };

// A with statement's __exit__ after its body raised `exc`: the exception gets this frame's traceback entry
// at the line it was raised from (as CPython's handler has it when it calls __exit__), and __exit__ runs at
// the with statement's line (an exception it raises shows that line, as CPython's does). exitRaised(): the
// body's exception is the new one's __context__. exitReturned(): the frame is at the body's line again for
// the exception going on.
class Interpreter;
class WithExitLine
{
public:
    WithExitLine(Interpreter &in, Frame &f, int withLine, const Value &exc);
    ~WithExitLine();
    WithExitLine(const WithExitLine &) = delete;
    WithExitLine &operator=(const WithExitLine &) = delete;
    void exitRaised();
    void exitReturned();

private:
    Frame &m_frame;
    Value m_exc;
    int m_bodyLine;
    Value m_handling; // the frame's handled exception before: __exit__ runs while the body's is handled
};

// A tree-walking interpreter for the Python subset. Synchronous code runs in eval/exec; code whose subtree
// contains `await` runs in the coroutine versions evalAsync/execAsync, which delegate await-free parts.
class Interpreter
{
public:
    Interpreter();
    ~Interpreter();
    Interpreter(const Interpreter &) = delete;
    Interpreter &operator=(const Interpreter &) = delete;

    std::function<void(const QString &)> stdoutSink;
    std::function<void(const QString &)> stderrSink;
    // input()'s keyboard: called on the thread that calls input(), after the prompt was written; returns the
    // line typed (without its newline), or nothing at the end of the input. Absent: input() finds its input
    // at its end, as CPython does with stdin closed.
    std::function<std::optional<QString>(const QString &prompt)> readLine;
    // Filled by run() when the program does not end cleanly (the same facts as the printed error, as data).
    RunError *errorOut = nullptr;
    // What a ProgramStop thrown now means: a stop request (the default), a limit or a deadlock.
    RunError::Kind stopKind = RunError::Kind::Stopped;
    RunLimits limits;
    LimitHint limitHint; // how to raise a limit, added to its message (default: the command-line flag)
    QString fileName = QStringLiteral("prog.py");

    // Runs a whole program. Returns the exit status (0, or 1 after an uncaught exception / error).
    int run(const QString &source);
    // "RuntimeWarning: coroutine '...' was never awaited" on stderr, as CPython prints it when a coroutine
    // that never ran is dropped (unawaited.cpp). Only while run() is running; `atExit` for the ones still
    // alive when the program ends.
    void warnNeverAwaited(const CoroutineObject &co, bool atExit = false);
    // Asks the running program to stop (the GUI's Stop). The message is printed to stderr.
    // Safe to call from another thread.
    void requestStop(const QString &reason = QStringLiteral("stopped by the user"));
    // The stop's work on the interpreter's own thread, once the flag is set: every task is woken to end at
    // its next step, and the jobs of worker threads end (nothing steps a sleeping job).
    void endForStop();
    bool stopRequested() const { return m_stopFlag.load(); }
    QString stopReason() const;

    // Extra importable modules (aiohttp arrives this way). The factory builds the module on first import.
    using ModuleFactory = std::function<Value(Interpreter &)>;
    void registerModule(const QString &name, ModuleFactory factory);
    // The program's own modules: `import util` asks for "util", `import util.timer` for "util" and then
    // "util.timer". Nothing = no such module. Unset: a program can import only the built-in modules. The
    // embedder decides where a program may read (the runner: the program's folder).
    FindModule findModule;

    // ---- values ----
    QString repr(const Value &v);
    // \xhh, \uhhhh or \Uhhhhhhhh: how repr() and ascii() write a code point they escape
    static QString escapedCodePoint(char32_t cp);
    QString str(const Value &v);
    bool truthy(const Value &v)
    {
        return v.isIntLike() ? v.asInt() != 0 : objectTruthy(v);
    }                                  // bool and int inline
    bool objectTruthy(const Value &v); // truthy() of every other value
    Value typeOf(const Value &v);
    QString typeName(const Value &v);
    bool isInstance(const Value &v, const Value &cls);
    bool equals(const Value &a, const Value &b);
    bool less(const Value &a, const Value &b); // a < b, TypeError if unordered
    int64_t hashCheck(const Value &v);         // raises TypeError for unhashable values
    // a OP b (a OP= b with `inplace`), as CPython computes it for builtin types and asks classes.
    Value binaryOp(Op op, const Value &a, const Value &b, bool inplace = false);
    Value unaryOp(Op op, const Value &v);
    bool contains(const Value &container, const Value &item);
    Value getAttr(const Value &obj, const QString &name);
    // The descriptor protocol: `attr`'s method `name` (__get__, __set__, __delete__) when attr is an instance
    // of a class that defines it, else nullptr.
    static const Value *descriptorMethod(const Value &attr, const QString &name);
    // An instance whose class defines __set__ or __delete__ (a property): it wins over an instance's own
    // attribute of that name.
    static bool isDataDescriptor(const Value &v);
    bool hasAttr(const Value &obj, const QString &name);
    void setAttr(const Value &obj, const QString &name, const Value &v);
    void delAttr(const Value &obj, const QString &name);
    Value getItem(const Value &obj, const Value &index);
    void setItem(const Value &obj, const Value &index, const Value &v);
    void delItem(const Value &obj, const Value &index);
    Value call(const Value &f, CallArgs &args);
    Value call(const Value &f, std::vector<Value> pos);
    Value getIter(const Value &v);
    bool next(const Value &iter, Value &out);
    std::vector<Value> toVector(const Value &iterable);
    int64_t toIndex(const Value &v, const char *what);
    int64_t length(const Value &v);
    QString format(const Value &v, const QString &spec);
    // An int or a str that is an instance of `cls`, a class derived from int or str whose values are made
    // natively (IntEnum's members): every operation of int or str works on it, and the class's own
    // methods are asked first (subclassOf).
    Value intOfSubclass(int64_t i, const Value &cls);
    Value strOfSubclass(const QString &s, const Value &cls);

    // ---- exceptions ----
    Value exceptionClass(const QString &name) const; // builtins and asyncio's exceptions
    Value asyncioException(const QString &name) const { return m_asyncioExceptions.value(name); }
    // Throws a Python exception as C++ (CancelledError instances as the runtime's CancelledError).
    [[noreturn]] void throwPython(const Value &exc);
    Value newException(const Value &cls, std::vector<Value> args);
    [[noreturn]] void raise(const Value &exc);
    [[noreturn]] void raiseError(const QString &className, const QString &message);
    [[noreturn]] void raiseTypeError(const QString &message)
    {
        raiseError(QStringLiteral("TypeError"), message);
    }
    // A duration argument that may be None (timeouts): its seconds, or TypeError naming `what`.
    std::optional<double> optionalSeconds(const Value &v, const char *what);
    [[noreturn]] void raiseValueError(const QString &message)
    {
        raiseError(QStringLiteral("ValueError"), message);
    }
    // Turns whatever is being thrown (PyException, runtime errors) into a Python exception value.
    // ProgramStop is rethrown.
    Value exceptionFromCurrent();
    QString formatTraceback(const Value &exc);
    // The traceback of an exception an except block handles, down from the frame that caught it (what
    // traceback.format_exc() and logging's exc_info print).
    // A try statement in frame f caught exc: its traceback gets f's entry now (see InstanceObject::tracedIn).
    void noteCaught(const Value &exc, Frame &f);
    QString exceptionLine(const Value &exc); // "ValueError: x"

    // ---- builtins registry ----
    Value makeBuiltin(const QString &name, BuiltinObject::Fn fn);
    Value makeMethod(const QString &name, BuiltinObject::Fn fn); // stored on a class, bound on lookup
    Value makeClass(const QString &name, std::vector<Value> bases, bool builtin = true);
    // The type of a native iterator, by its CPython name ("zip", "list_iterator", ...): one class per name
    // and run, so type(zip(a, b)) is type(zip(c, d)).
    Value iteratorType(const QString &name);
    // A dict's keys, values or items: an iterator over the dict as it is then (RuntimeError when it changes
    // size meanwhile; a set's members with `Keys`), and the live view dict.keys() and its kin return
    // (dictviews.cpp).
    enum class DictPart : std::uint8_t { Keys, Values, Items };
    Value dictIter(const Value &dict, DictPart part);
    Value dictView(const Value &dict, DictPart part);
    Value builtin(const QString &name) const { return m_builtins.value(name); }
    void setBuiltin(const QString &name, const Value &v) { m_builtins.insert(name, v); }
    void write(const QString &text);      // stdout with the output limit (and an Output event in the trace)
    void writeError(const QString &text); // stderr, counted against the output limit too
    // input(prompt): writes the prompt, waits for a line from readLine (the loop waits with it) and records
    // it as an Input event; raises EOFError at the end of the input.
    QString readInput(const QString &prompt);
    void note(const QString &text); // a Note event in the trace (random seed, limits)
    // An event of the trace, on the loop's clock while a loop exists, else at the program's time.
    void record(awaitscope::TraceEvent::Kind kind, int task, const QString &text);
    int terminalLane() const; // the lane of what the program writes or reads now: a task, a worker or none

    // ---- execution ----
    Value eval(Node *n, Frame &f);
    Flow exec(Node *n, Frame &f);
    Flow execBlock(Node *block, Frame &f);
    Co<Value> evalAsync(Node *n, Frame &f);
    Co<Flow> execAsync(Node *n, Frame &f);
    Co<Flow> execBlockAsync(Node *block, Frame &f);
    // Runs a coroutine object to completion inside the current coroutine (`await coro`).
    Co<Value> awaitValue(Value awaitable, int line);
    Co<Value> runCoroutine(Value coroutine);

    // ---- generators (generators.cpp) ----
    Value makeGenerator(FunctionObject *fn, Value scope);
    // `iterable`: the first clause's, evaluated where the expression is.
    Value makeGeneratorExpression(Node *n, Frame &f, const Value &iterable);
    // One step of a generator driven from C++ (next(), send(), throw(), for loops, list() ...).
    GeneratorStep resumeGenerator(GeneratorObject *g, Value sent, Value exc);
    // The same from a coroutine: the generator's chain runs with the awaiting coroutine as its resumer, so an
    // `await` inside it suspends the awaiting task.
    Co<GeneratorStep> resumeGeneratorAsync(GeneratorObject *g, Value sent, Value exc, bool awaitDriven);
    Co<Value> yieldFrom(Frame &f, Value sub);
    Value generatorResumed(GeneratorObject *g); // a yield continues: the sent value, or the thrown exception
    void closeGenerator(GeneratorObject *g);
    void finalizeGenerator(GeneratorObject *g);    // a suspended generator is being freed: close it
    void forgetAsyncGenerator(GeneratorObject *g); // an async generator is being freed
    // `await x` where x's class defines __await__ in Python: drives the iterator it returns as a task does.
    Co<Value> awaitCustom(Value awaitable, int line);
    Co<Value> awaitFuture(std::shared_ptr<awaitscope::FutureState> future, Value awaitable);
    Co<Value> runNativeCoroutine(Value coroutine); // runCoroutine's two kinds
    Co<Value> runProgramCoroutine(Value coroutine);
    // asyncio.run's end: aclose() every async generator left unfinished (loop.shutdown_asyncgens).
    bool hasUnfinishedAsyncGenerators() const;
    Co<Value> closeAsyncGenerators();
    Value sendToCoroutine(const Value &coro, const Value &sent, const Value &exc); // coroutine.send/throw
    // An object whose class defines __await__ in Python, wrapped in a coroutine (gather, ensure_future).
    Value wrapAwaitable(const Value &awaitable);

    void step(Frame &f, int line); // counts a step, records the line, checks limits and stop requests
    void backInCaller(const Frame *caller); // a call returned: the current task's line is the caller's
    // The limit and stop checks of step(), for loops inside builtins: a stop request is seen at the next
    // step, the limits every kStepCheckInterval steps (and at the step limit exactly).
    void countStep()
    {
        if (++m_steps >= m_nextStepCheck || m_stopFlag.load(std::memory_order_relaxed))
            checkSteps();
    }
    void checkSteps();
    static constexpr int64_t kStepCheckInterval = 256;
    void throwIfStopped(); // a stop request ends the program here (ProgramStop)
    // Stops the program: "<what>; <how to raise the limit>".
    [[noreturn]] void limitReached(Limit limit, const QString &what);
    void reportStop(const ProgramStop &stop);
    void reportException(const Value &exc, const QString &traceback);
    [[noreturn]] void raiseRecursionError();    // RecursionError, remembering whether the limit caused it
    void countTask(const awaitscope::Loop &lp); // the task limit, for every task made on lp
    // Strings are one object for the memory limit whatever their length, so their length is capped apart.
    static constexpr int64_t maxStringLength = 100'000'000;
    static void checkStringLength(int64_t length); // ProgramStop when longer than maxStringLength
    // The memory limit's message, and its check before a container of `count` elements is built.
    QString memoryLimitText() const;
    static void expectElements(int64_t count);
    // True when less than 1 MB (or a quarter) of this thread's C++ stack is left. Python calls check it with
    // the recursion limit: sanitizer builds and small thread stacks run out before 1000 calls.
    static bool stackNearlyFull();
    Frame *currentFrame() const { return m_frame; }
    // The line of the program itself that the running code is at: inside an imported module's code, the
    // program's line that called into it (what the trace and the editor show).
    int programLine() const
    {
        for (const Frame *fr = m_frame; fr; fr = fr->parent)
            if (!fr->file)
                return fr->line;
        return 0;
    }
    // The path tracebacks, warnings and reprs show for code of `file` (nullptr = the program itself).
    const QString &pathOf(const SourceFile *file) const { return file ? file->path : fileName; }
    // The exception an `except` block of the running code is handling (sys.exc_info()), or None.
    Value handledException() const
    {
        for (Frame *fr = m_frame; fr; fr = fr->parent)
            if (!fr->handling.isNone())
                return fr->handling;
        return Value();
    }
    int callDepth() const { return m_depth; }

    // Async host (set by the asyncio module while asyncio.run is active).
    awaitscope::Loop *loop = nullptr;
    // run_in_executor's worker threads (workerpool.h), made on first use. Inside a worker's job `loop` is
    // null (no loop runs in that thread); `workerLane` is the job's lane in the trace and `workerLoop` its
    // loop.
    WorkerPool &workerPool();
    // The threads run_in_executor(None, ...) and to_thread use on `loop`: those of the ThreadPoolExecutor
    // loop.set_default_executor() gave it, else workerPool().
    WorkerPool &defaultExecutor(const awaitscope::Loop *loop);
    std::unordered_map<const awaitscope::Loop *, WorkerPool *> setDefaultExecutors;
    // A ThreadPoolExecutor the program made (concurrentfuturesmodule.cpp); its threads last as long as the
    // run or until its shutdown(wait=True). `executorsMade` numbers the unnamed ones, as
    // ThreadPoolExecutor._counter does.
    WorkerPool &newExecutorPool(int maxWorkers, const QString &threadNamePrefix);
    int executorsMade = 0;
    int workerThreads = 0; // alive in all pools (WorkerPool::MaxThreadsPerRun)
    // The program ends without waiting for the jobs of any pool (a loop closed): each is unwound.
    void abandonWorkerJobs();
    int workerLane = -1;
    awaitscope::Loop *workerLoop = nullptr;
    awaitscope::Trace *trace = nullptr;
    bool realClock = false;
    uint64_t randomSeed = 0;           // the same default as the CPython reference runs (random.seed(0))
    std::function<void(int)> lineHook; // told the line of every statement (the current task's line)
    // Run by asyncio.run after its tasks are done and before its loop goes away (aiohttp's sessions
    // live on the loop and are torn down here).
    std::vector<std::function<void()>> atLoopEnd;

    // Bridging with the runtime (runtimebridge.cpp, asynciomodule.cpp).
    // `raising`: the exception is being raised (a traceback will start); false for one only stored
    // (Future.set_exception), which asyncio later prints without a "Traceback" line.
    std::exception_ptr toExceptionPtr(const Value &exc, bool raising = true);
    Value anyToValue(const std::any &v);
    Value taskObject(const std::shared_ptr<awaitscope::FutureState> &f); // the one Python object per future
    std::shared_ptr<awaitscope::FutureState> futureOf(const Value &v);   // nullptr if not a task/future
    std::shared_ptr<awaitscope::FutureState> ensureFuture(const Value &v, const QString &origin,
                                                          const QString &name = {});
    Value createTask(const Value &coro, const QString &name, const QString &origin);
    // A coroutine object, or the coroutine behind a native awaitable that is a collections.abc.Coroutine
    // (aiohttp's request context manager): create_task, ensure_future and gather take both. None else.
    Value coroutineOf(const Value &v);
    double programTime();
    void blockingSleep(double seconds);
    void installAsyncio();
    void installTime();
    void installRandom();
    void installTyping();            // typingmodule.cpp
    void installFunctools();         // functoolsmodule.cpp
    void installDescriptors();       // descriptors.cpp: property, staticmethod, classmethod
    void installContextlib();        // contextlibmodule.cpp
    void installConcurrentFutures(); // concurrentfuturesmodule.cpp
    void installInspect();           // inspectmodule.cpp
    void installCollections();       // collectionsmodule.cpp
    void installEnum();              // enummodule.cpp
    void installDataclasses();       // dataclassesmodule.cpp
    void installSys();               // sysmodule.cpp
    void installLogging();           // loggingmodule.cpp
    void installItertools();         // itertoolsmodule.cpp
    void installJson();              // jsonmodule.cpp
    void installUuid();              // uuidmodule.cpp
    void installContextvars();       // contextvarsmodule.cpp
    void installSmallModules();      // smallmodules.cpp: math, operator, string, traceback, warnings
    void installBytes();             // bytesobject.cpp: bytes, bytearray, str.encode
    void installDatetime();          // datetimemodule.cpp
    void setFrameState(Frame *f, int depth)
    {
        m_frame = f;
        m_depth = depth;
    }
    // Restores the current frame and depth after a suspension (other tasks ran in between).
    struct ResumeGuard
    {
        Interpreter &in;
        Frame *frame;
        int depth;
        explicit ResumeGuard(Interpreter &i)
            : in(i)
            , frame(i.m_frame)
            , depth(i.m_depth)
        {
        }
        ~ResumeGuard() { in.setFrameState(frame, depth); }
    };
    QHash<const awaitscope::FutureState *, Value> futureObjects;
    Value clsTask, clsFuture, clsLock, clsEvent, clsSemaphore, clsBoundedSemaphore, clsQueue, clsTaskGroup,
        clsTimeout, clsLoop, clsTimerHandle, clsCondition, clsBarrier, clsLifoQueue, clsPriorityQueue,
        clsHandle, clsGatheringFuture;
    double timeOffset = 0; // virtual seconds that passed outside asyncio.run (time.sleep at module level)
    std::shared_ptr<void> loopRegistry; // the event loops of the asyncio module (asyncioloop.cpp)
    // contextvars (contextvarsmodule.cpp): the context code runs in now (the innermost Context.run, else the
    // running task's, else the program's own), and a copy of one (copy_context(); each task starts in one).
    Value currentContext();
    Value copyContext(const Value &context);
    bool isContext(const Value &v) const; // a contextvars.Context
    Value mainContext;                    // the program's own, made on first use
    std::vector<Value> enteredContexts;   // Context.run and callbacks, innermost last

    // Internal helpers used by the module implementations.
    Value argOr(CallArgs &a, size_t index, const char *kwName, const Value &dflt = Value());
    bool hasArg(CallArgs &a, size_t index, const char *kwName);
    void checkNoExtraArgs(CallArgs &a, size_t maxPos, std::initializer_list<const char *> kwNames,
                          const QString &fn);
    Value makeCoroutine(const QString &name, std::function<Co<Value>(Interpreter &)> body);
    // A coroutine of asyncio's that warns as CPython's does when dropped unawaited (qualname: 'Queue.get').
    Value makeCoroutine(const QString &name, const QString &qualname,
                        std::function<Co<Value>(Interpreter &)> body);
    Value unboundSelf(const Value &v) { return v; }
    Value moduleOf(const QString &name);
    Value mainGlobals() const { return m_globals; }
    Value superClass() const { return m_superClass; }
    // Line `line` (1-based) of `file`'s source as written (nullptr = the program itself), or "".
    QString sourceLine(const SourceFile *file, int line) const
    {
        return (file ? file->lines : m_lines).value(line - 1);
    }

    // Function call machinery
    Value callFunction(FunctionObject *fn, CallArgs &args, const Value &self);
    Value bindArguments(FunctionObject *fn, CallArgs &args, const Value &self); // returns the locals scope
    Value instantiate(ClassObject *cls, const Value &clsValue, CallArgs &args);

    // Comprehension / assignment helpers shared by both evaluators
    bool assign(Node *target, const Value &v, Frame &f);
    // The targets of `a, *b, c = v` each with its value (the starred one's a list), after the checks and
    // messages of CPython's UNPACK_SEQUENCE/UNPACK_EX; both evaluators assign them.
    std::vector<std::pair<Node *, Value>> unpackTargets(Node *target, const Value &v);
    // An assignment target that awaits (`d[await k] = v`, `a[await i], b = pair`).
    Co<bool> assignAsync(Node *target, const Value &v, Frame &f);
    Value lookup(const QString &name, Frame &f, Node *at);
    // `slot`: the Name node's, when a target is stored (no search while the scope keeps its names).
    void store(const QString &name, const Value &v, Frame &f, NameSlot *slot = nullptr);
    void deleteName(const QString &name, Frame &f);
    Value makeFunction(Node *n, Frame &f, std::vector<Value> defaults, QHash<QString, Value> kwDefaults);
    Value buildClass(Node *n, Frame &f, std::vector<Value> bases);
    Value formatFString(Node *n, std::vector<Value> &values);
    Value compare(Op op, const Value &a, const Value &b);

    bool exceptionMatches(const Value &exc, const Value &spec);
    Value importModule(const QString &name, int line, int col);
    // importModule for a module of the program's own (findModule), run on first import; nothing when there
    // is none of that name.
    std::optional<Value> importSourceModule(const QString &name);
    void applyStarArg(const Value &v, CallArgs &out);
    void applyKwArg(const Value &v, CallArgs &out);
    Value makeSlice(const Value &a, const Value &b, const Value &c);
    void pushFrame(Frame &f);
    void popFrame(Frame &f);
    void addTraceback(const Value &exc, Frame &f);
    Value handleRaise(Node *n, Frame &f, Value exc, Value cause, bool hasCause);
    // except* support: splits a group; returns the matching part (or None) and leaves the rest in `rest`.
    Value splitGroup(const Value &group, const Value &spec, Value &rest);
    Value makeExceptionGroup(const Value &likeGroup, std::vector<Value> excs);

private:
    friend class Builtins;
    int runModule(const QString &source);
    void warnNeverAwaitedAtExit();
    // "Task was destroyed but it is pending!" for each task a stopped or closed loop left unfinished, as
    // asyncio logs it when the garbage collector reaches the task at exit (asyncioloop.cpp).
    void reportPendingTasksAtExit();
    void warnAtExit(const QString &message); // "sys:1: RuntimeWarning: ..." as CPython's finalization
    bool m_warnUnawaited = false;
    bool m_sweepAtExit = false;
    QSet<QString> m_warningsShown; // CPython shows a warning once per text and line
    // Coroutines dropped by an exception on its way out of every frame: CPython keeps them alive in the
    // exception's traceback and warns at exit, after the traceback (messages, printed then).
    QStringList m_unawaitedAfterTraceback;
    void installBuiltins();
    void installExceptions();
    void installOSError();
    void installMethods();
    Value runtimeErrorToPython(std::exception_ptr e);
    // The evaluator's parts (evaluator.inc), each in its plain and its coroutine version.
    Flow execExpression(Node *n, Frame &f);
    Co<Flow> execExpressionAsync(Node *n, Frame &f);
    Flow execAssign(Node *n, Frame &f);
    Co<Flow> execAssignAsync(Node *n, Frame &f);
    Flow execReturn(Node *n, Frame &f);
    Co<Flow> execReturnAsync(Node *n, Frame &f);
    Flow execIf(Node *n, Frame &f);
    Co<Flow> execIfAsync(Node *n, Frame &f);
    Flow execWhile(Node *n, Frame &f);
    Co<Flow> execWhileAsync(Node *n, Frame &f);
    Co<Flow> execStatementAsync(Node *n, Frame &f); // exec's switch as a coroutine
    Value evalAwait(Node *n, Frame &f);
    Co<Value> evalAwaitAsync(Node *n, Frame &f);
    Value evalYield(Node *n, Frame &f);
    Co<Value> evalYieldAsync(Node *n, Frame &f);
    Co<Value> evalExpressionAsync(Node *n, Frame &f); // eval's switch as a coroutine
    Value evalCall(Node *n, Frame &f);
    Co<Value> evalCallAsync(Node *n, Frame &f);
    Value defineFunction(Node *n, Frame &f);
    Co<Value> defineFunctionAsync(Node *n, Frame &f);
    Value evalComprehension(Node *n, Frame &f);
    Co<Value> evalComprehensionAsync(Node *n, Frame &f);
    bool comprehensionLoop(Node *n, size_t clause, Frame &f, Value &acc);
    Co<bool> comprehensionLoopAsync(Node *n, size_t clause, Frame &f, Value &acc);
    // What both versions share (evaluator.cpp).
    void importStatement(Node *n, Frame &f);
    // SETUP_ANNOTATIONS: a module's or class body's `__annotations__`, when the body annotates a name.
    void setupAnnotations(Node *body, Frame &f);
    Value zeroArgumentSuper(Frame &f);
    void mergeMapping(DictObject *d, const Value &other);
    struct ContextManager
    {
        Value enter;
        Value exit;
    };
    ContextManager enterProtocol(const Value &mgr, bool isAsync);
    Value asyncIterator(const Value &iterable);
    Co<bool> asyncNext(const Value &iterator, Value &item, int line);
    [[noreturn]] void notInCoroutine(int line);
    Co<Value> runGeneratorBody(GeneratorObject *g);
    bool prepareResume(GeneratorObject *g, const Value &sent, const Value &exc);
    GeneratorStep finishResume(GeneratorObject *g);
    Co<Value> asyncGeneratorStep(Value agen, Value sent, Value exc, int op);
    void installGenerators();
    void closeGeneratorsAtExit();
    void refuseSuspensionInSend(); // RuntimeError while coroutine.send() drives a coroutine
    int m_driveBySend = 0;
    // Started async generators that are alive (each removes itself when freed), for asyncio.run's end.
    std::vector<GeneratorObject *> m_asyncGenerators;
    void finalizeAsyncGenerator(GeneratorObject *g);

    Flow execTry(Node *n, Frame &f);
    Co<Flow> execTryAsync(Node *n, Frame &f);
    Flow execWith(Node *n, Frame &f, size_t item);
    Co<Flow> execWithAsync(Node *n, Frame &f, size_t item);
    Flow execFor(Node *n, Frame &f);
    Co<Flow> execForAsync(Node *n, Frame &f);
    Value methodOf(const Value &obj, const QString &name); // builtin type methods, or invalid Value
    static int methodKind(const Value &obj);               // the key of obj's type in m_methods
    static constexpr int kFrozenSetMethods = int(ObjKind::Set) + 3000;
    QStringList dirNames(const Value &obj); // what dir(obj) lists, unsorted
    // The metaclass method `name` when v is a class with a (native) metaclass that defines it.
    const Value *metaMethod(const Value &v, const QString &name) const;
    // For a dict, tuple, int or str of a standard module's subclass (Counter, a namedtuple, an IntEnum
    // member ...): that class, whose `name` is found before the builtin type's own methods; null otherwise.
    ClassObject *subclassOf(const Value &v) const;
    const Value *subclassMethod(const Value &v, const QString &name) const;
    // The classes intOfSubclass and strOfSubclass made values of, by their number (0 = none).
    std::vector<Value> m_nativeSubclasses;
    QHash<QString, Value> m_iteratorTypes; // iteratorType's classes
    Value m_dictViewClasses[3];            // dict_keys, dict_values, dict_items (dictView)
    uint16_t nativeSubclassNumber(const Value &cls);

    std::unique_ptr<Heap> m_heap;
    std::unique_ptr<WorkerPool> m_workers;
    std::vector<std::unique_ptr<WorkerPool>> m_executorPools;
    NodePtr m_module;
    QHash<QString, Value> m_builtins;
    QHash<QString, Value> m_modules;
    QHash<QString, Value> m_asyncioExceptions;
    Value m_superClass;
    QHash<QString, ModuleFactory> m_moduleFactories;
    Value m_contextClass; // contextvars.Context
    // The program's own modules, read and parsed once a run and kept until the interpreter goes (functions,
    // frames and tracebacks point at their source); a module whose code failed runs again at the next import,
    // as in CPython, from the same tree, so a loop of failing imports does not pile up copies.
    struct LoadedSource
    {
        std::unique_ptr<SourceFile> file;
        NodePtr body; // nullptr: the source did not parse
        bool isPackage = false;
        QString syntaxError;
    };
    std::map<QString, LoadedSource> m_loadedSources;
    QHash<int, QHash<QString, BuiltinObject::Fn>> m_methods; // by ObjKind
    Value m_globals;
    Frame *m_frame = nullptr;
    int m_depth = 0;
    int64_t m_steps = 0;
    int64_t m_nextStepCheck = 0; // the step at which countStep() checks the limits and stop requests next
    int64_t m_output = 0;
    int64_t m_tasksMade = 0;            // tasks made during the run (countTask)
    int64_t m_tasksMadeAtNextCount = 0; // when countTask counts the unfinished ones again
    // What raised the last RecursionError of a call: the recursion limit or the C++ stack.
    enum class RecursionCause : uint8_t { None, Limit, Stack };
    RecursionCause m_recursionCause = RecursionCause::None;
    int m_stopLine = 0;   // the line a limit or a stop request caught the program at
    QString m_stopReason; // guarded by m_stopMutex: the GUI thread may ask for a stop at any time
    mutable std::mutex m_stopMutex;
    std::atomic<bool> m_stopFlag{false};
    QThread *m_thread = nullptr;
    QStringList m_lines;
    // builtin type objects
public:
    Value tNone, tBool, tInt, tFloat, tStr, tList, tTuple, tDict, tSet, tFrozenSet, tFunction,
        tBuiltinFunction, tMethod, tModule, tRange, tIterator, tCoroutine, tType, tObject, tSlice, tScope,
        tGenerator, tAsyncGenerator;
    Value tBytes, tBytearray; // bytesobject.cpp

    // types.GenericAlias and types.UnionType (genericalias.cpp)
    Value genericAlias(const Value &origin, const Value &index); // list[int]
    // cls[index]: the class's __class_getitem__ (the program's, implicitly a class method), a GenericAlias
    // for the classes CPython gives one (list, asyncio.Queue, typing.Generic ... and their subclasses), else
    // CPython's TypeError.
    Value classGetItem(const Value &cls, const Value &index);
    std::optional<Value> unionOf(const Value &a, const Value &b); // a | b of classes, None and aliases
    bool isAliasOf(const Value &v, const Value &aliasClass) const;
    QString typeRepr(const Value &v); // an alias's argument as its repr shows it
    // A class as its repr names it: module.name, the name alone for a builtin class without a module.
    QString qualifiedName(const ClassObject *c);

private:
    void installAliasClasses();
    Value m_genericAliasClass, m_unionTypeClass;
};

// A coroutine object: the result of calling an `async def` function (or a native coroutine such as
// asyncio.sleep()). It runs when awaited or wrapped in a task.
class CoroutineObject : public Object
{
public:
    static constexpr ObjKind Kind = ObjKind::Coroutine;
    CoroutineObject()
        : Object(ObjKind::Coroutine)
    {
    }
    ~CoroutineObject() override;
    void clearRefs() override
    {
        function = Value();
        scope = Value();
        native = nullptr;
    }
    QString name;
    QString qualname; // for "coroutine '...' was never awaited" and reprs
    Value function;   // FunctionObject for `async def`
    Value scope;      // its bound arguments
    std::function<Co<Value>(Interpreter &)> native;
    bool started = false;
    bool finished = false;               // its body returned or raised
    const Frame *runningFrame = nullptr; // its frame while the body runs or waits (cr_frame), for reprs
    int line = 0;                        // where it was created
    // Whether dropping it unstarted warns; `consumed` once a task, await or asyncio.run took it.
    bool warnUnawaited = false;
    bool consumed = false;
    Interpreter *owner = nullptr;
};

} // namespace awaitscope::py
