// The exception hierarchy, raising, tracebacks and exception groups.
#include "errnotable.h"
#include "interpreter.h"
#include "unwinding.h"

#include <QSet>

#include <functional>

namespace awaitscope::py {

void Interpreter::installExceptions()
{
    // type and object come first: every class derives from object.
    tObject = makeClass(QStringLiteral("object"), {});
    tType = makeClass(QStringLiteral("type"), {tObject});
    struct Def
    {
        const char *name;
        const char *base;
        const char *base2;
    };
    static const Def defs[] = {
        {"BaseException", "object", nullptr},
        {"Exception", "BaseException", nullptr},
        {"SystemExit", "BaseException", nullptr},
        {"KeyboardInterrupt", "BaseException", nullptr},
        {"GeneratorExit", "BaseException", nullptr},
        {"ArithmeticError", "Exception", nullptr},
        {"ZeroDivisionError", "ArithmeticError", nullptr},
        {"OverflowError", "ArithmeticError", nullptr},
        {"LookupError", "Exception", nullptr},
        {"KeyError", "LookupError", nullptr},
        {"IndexError", "LookupError", nullptr},
        {"ValueError", "Exception", nullptr},
        {"TypeError", "Exception", nullptr},
        {"AttributeError", "Exception", nullptr},
        {"NameError", "Exception", nullptr},
        {"UnboundLocalError", "NameError", nullptr},
        {"RuntimeError", "Exception", nullptr},
        {"RecursionError", "RuntimeError", nullptr},
        {"NotImplementedError", "RuntimeError", nullptr},
        {"AssertionError", "Exception", nullptr},
        {"StopIteration", "Exception", nullptr},
        {"StopAsyncIteration", "Exception", nullptr},
        {"OSError", "Exception", nullptr},
        {"ConnectionError", "OSError", nullptr},
        {"BrokenPipeError", "ConnectionError", nullptr},
        {"ConnectionAbortedError", "ConnectionError", nullptr},
        {"ConnectionRefusedError", "ConnectionError", nullptr},
        {"ConnectionResetError", "ConnectionError", nullptr},
        {"BlockingIOError", "OSError", nullptr},
        {"ChildProcessError", "OSError", nullptr},
        {"FileExistsError", "OSError", nullptr},
        {"FileNotFoundError", "OSError", nullptr},
        {"InterruptedError", "OSError", nullptr},
        {"IsADirectoryError", "OSError", nullptr},
        {"NotADirectoryError", "OSError", nullptr},
        {"PermissionError", "OSError", nullptr},
        {"ProcessLookupError", "OSError", nullptr},
        {"TimeoutError", "OSError", nullptr},
        {"EOFError", "Exception", nullptr},
        {"BufferError", "Exception", nullptr},
        {"ReferenceError", "Exception", nullptr},
        {"FloatingPointError", "ArithmeticError", nullptr},
        {"ImportError", "Exception", nullptr},
        {"ModuleNotFoundError", "ImportError", nullptr},
        {"MemoryError", "Exception", nullptr},
        {"SyntaxError", "Exception", nullptr},
        {"IndentationError", "SyntaxError", nullptr},
        {"TabError", "IndentationError", nullptr},
        {"SystemError", "Exception", nullptr},
        {"UnicodeError", "ValueError", nullptr},
        // UnicodeDecodeError and UnicodeEncodeError: bytesobject.cpp, with their arguments and str().
        {"UnicodeTranslateError", "UnicodeError", nullptr},
        {"BaseExceptionGroup", "BaseException", nullptr},
        {"ExceptionGroup", "BaseExceptionGroup", "Exception"},
        {"Warning", "Exception", nullptr},
        {"UserWarning", "Warning", nullptr},
        {"DeprecationWarning", "Warning", nullptr},
        {"PendingDeprecationWarning", "Warning", nullptr},
        {"RuntimeWarning", "Warning", nullptr},
        {"FutureWarning", "Warning", nullptr},
        {"SyntaxWarning", "Warning", nullptr},
        {"ResourceWarning", "Warning", nullptr},
        {"ImportWarning", "Warning", nullptr},
        {"UnicodeWarning", "Warning", nullptr},
        {"BytesWarning", "Warning", nullptr},
        {"EncodingWarning", "Warning", nullptr},
        // asyncio's own exceptions (exposed through the asyncio module, not as builtins)
        {"CancelledError", "BaseException", nullptr},
        {"InvalidStateError", "Exception", nullptr},
        {"QueueEmpty", "Exception", nullptr},
        {"QueueFull", "Exception", nullptr},
        {"BrokenBarrierError", "RuntimeError", nullptr},
    };
    m_builtins.insert(QStringLiteral("object"), tObject);
    for (const Def &d : defs) {
        std::vector<Value> bases{m_builtins.value(QLatin1String(d.base))};
        if (d.base2)
            bases.push_back(m_builtins.value(QLatin1String(d.base2)));
        Value cls = makeClass(QLatin1String(d.name), bases);
        auto *c = cls.as<ClassObject>();
        if (QLatin1String(d.name) == QLatin1String("BaseException"))
            c->isException = true;
        m_builtins.insert(QLatin1String(d.name), cls);
    }
    // Older names of OSError, the same class (CPython 3.3 and later).
    m_builtins.insert(QStringLiteral("EnvironmentError"), m_builtins.value(QStringLiteral("OSError")));
    m_builtins.insert(QStringLiteral("IOError"), m_builtins.value(QStringLiteral("OSError")));
    const QStringList asyncioOnly = {QStringLiteral("CancelledError"), QStringLiteral("InvalidStateError"),
                                     QStringLiteral("QueueEmpty"), QStringLiteral("QueueFull"),
                                     QStringLiteral("BrokenBarrierError")};
    for (const QString &n : asyncioOnly) {
        // Where asyncio defines them: <class 'asyncio.exceptions.CancelledError'>, asyncio.queues.QueueFull.
        const bool queues = n.startsWith(QLatin1String("Queue"));
        m_builtins.value(n).as<ClassObject>()->attrs.insert(
            QStringLiteral("__module__"),
            makeStr(queues ? QStringLiteral("asyncio.queues") : QStringLiteral("asyncio.exceptions")));
        m_asyncioExceptions.insert(n, m_builtins.take(n));
    }
    // BaseException.__init__ stores the arguments; with_traceback/add_note are accepted.
    auto *base = m_builtins.value(QStringLiteral("BaseException")).as<ClassObject>();
    base->attrs.insert(
        QStringLiteral("__init__"),
        makeMethod(QStringLiteral("__init__"), [](Interpreter &, const Value &self, CallArgs &a) {
            auto *inst = self.as<InstanceObject>();
            if (inst && inst->kind == ObjKind::Instance)
                inst->args = makeTuple(a.pos);
            return Value();
        }));
    // add_note (3.11): appends to __notes__, which the traceback prints after the exception's line.
    base->attrs.insert(
        QStringLiteral("add_note"),
        makeMethod(QStringLiteral("add_note"), [](Interpreter &in, const Value &self, CallArgs &a) {
            const Value note = in.argOr(a, 0, "note");
            if (!isKind(note, ObjKind::Str))
                in.raiseTypeError(QStringLiteral("note must be a str, not '%1'").arg(in.typeName(note)));
            auto *inst = self.as<InstanceObject>();
            if (!inst)
                in.raiseTypeError(QStringLiteral("add_note() needs an exception"));
            Value notes = inst->attrs.value(QStringLiteral("__notes__"));
            if (notes.isNone()) {
                notes = makeList({});
                inst->attrs.insert(QStringLiteral("__notes__"), notes);
            }
            auto *list = notes.as<ListObject>();
            if (!list || list->kind != ObjKind::List)
                in.raiseTypeError(QStringLiteral("Cannot add note: __notes__ is not a list"));
            list->items.push_back(note);
            return Value();
        }));
    base->attrs.insert(QStringLiteral("with_traceback"),
                       makeMethod(QStringLiteral("with_traceback"),
                                  [](Interpreter &, const Value &self, CallArgs &) { return self; }));
    auto *group = m_builtins.value(QStringLiteral("BaseExceptionGroup")).as<ClassObject>();
    auto groupCtor = [](Interpreter &in, const Value &cls, std::vector<Value> &pos,
                        std::vector<std::pair<QString, Value>> &kw) {
        if (pos.size() != 2 || !kw.empty())
            in.raiseTypeError(
                QStringLiteral("BaseExceptionGroup.__new__() takes exactly 2 arguments (%1 given)")
                    .arg(pos.size()));
        if (!isKind(pos[0], ObjKind::Str))
            in.raiseTypeError(QStringLiteral("argument 1 must be str, not %1").arg(in.typeName(pos[0])));
        std::vector<Value> excs = in.toVector(pos[1]);
        if (excs.empty())
            in.raiseValueError(QStringLiteral("second argument (exceptions) must be a non-empty sequence"));
        bool allExceptions = true;
        for (const Value &e : excs) {
            auto *inst = e.as<InstanceObject>();
            if (!inst || inst->kind != ObjKind::Instance || !inst->klass()->isException)
                in.raiseValueError(
                    QStringLiteral("Item %1 of second argument (exceptions) is not an exception")
                        .arg(&e - excs.data()));
            if (!in.isInstance(e, in.exceptionClass(QStringLiteral("Exception"))))
                allExceptions = false;
        }
        Value useCls = cls;
        auto *c = cls.as<ClassObject>();
        if (c == in.exceptionClass(QStringLiteral("BaseExceptionGroup")).as<ClassObject>() && allExceptions)
            useCls = in.exceptionClass(QStringLiteral("ExceptionGroup"));
        else if (c->isSubclassOf(in.exceptionClass(QStringLiteral("Exception")).as<ClassObject>()) &&
                 !allExceptions)
            in.raiseTypeError(QStringLiteral("Cannot nest BaseExceptions in an ExceptionGroup"));
        auto *inst = new InstanceObject(useCls);
        Value v(inst);
        inst->args = makeTuple({pos[0], makeList(excs)});
        inst->attrs.insert(QStringLiteral("message"), pos[0]);
        inst->attrs.insert(QStringLiteral("exceptions"), makeTuple(excs));
        return v;
    };
    group->constructor = groupCtor;
    m_builtins.value(QStringLiteral("ExceptionGroup")).as<ClassObject>()->constructor = groupCtor;
    installOSError();
    auto groupStr = [](Interpreter &in, const Value &self, CallArgs &) {
        auto *inst = self.as<InstanceObject>();
        const int64_t n = in.length(inst->attrs.value(QStringLiteral("exceptions")));
        return makeStr(QStringLiteral("%1 (%2 sub-exception%3)")
                           .arg(in.str(inst->attrs.value(QStringLiteral("message"))))
                           .arg(n)
                           .arg(n == 1 ? QString() : QStringLiteral("s")));
    };
    group->attrs.insert(QStringLiteral("__str__"), makeMethod(QStringLiteral("__str__"), groupStr));
    auto subgroupImpl = [](Interpreter &in, const Value &self, CallArgs &a, bool wantMatch) {
        if (a.pos.empty())
            in.raiseTypeError(QStringLiteral("subgroup() takes exactly one argument"));
        Value rest;
        Value match = in.splitGroup(self, a.pos[0], rest);
        return wantMatch ? match : rest;
    };
    group->attrs.insert(QStringLiteral("subgroup"),
                        makeMethod(QStringLiteral("subgroup"),
                                   [subgroupImpl](Interpreter &in, const Value &self, CallArgs &a) {
                                       return subgroupImpl(in, self, a, true);
                                   }));
    group->attrs.insert(
        QStringLiteral("split"),
        makeMethod(QStringLiteral("split"), [](Interpreter &in, const Value &self, CallArgs &a) {
            if (a.pos.empty())
                in.raiseTypeError(QStringLiteral("split() takes exactly one argument"));
            Value rest;
            Value match = in.splitGroup(self, a.pos[0], rest);
            return makeTuple({match, rest});
        }));
}

// BaseException.__str__: from the arguments, "" for none, the one's str, else the tuple's repr.
QString baseExceptionStr(Interpreter &in, const InstanceObject &exc)
{
    auto *args = exc.args.as<TupleObject>();
    if (!args || args->items.empty())
        return QString();
    return args->items.size() == 1 ? in.str(args->items[0]) : in.repr(exc.args);
}

namespace {

// oserror_init (Objects/exceptions.c): OSError(errno, strerror[, filename[, winerror[, filename2]]]) sets
// those attributes; with a filename, args keeps only (errno, strerror). Other argument counts set none.
void initOSError(InstanceObject *inst, const std::vector<Value> &args)
{
    inst->args = makeTuple(args);
    if (args.size() < 2 || args.size() > 5)
        return;
    inst->attrs.insert(QStringLiteral("errno"), args[0]);
    inst->attrs.insert(QStringLiteral("strerror"), args[1]);
    if (args.size() >= 3 && !args[2].isNone()) {
        inst->attrs.insert(QStringLiteral("filename"), args[2]);
        if (args.size() == 5 && !args[4].isNone())
            inst->attrs.insert(QStringLiteral("filename2"), args[4]);
        inst->args = makeTuple({args[0], args[1]});
    }
}

} // namespace

// OSError's errno, strerror, filename and filename2 (None until given), its str() ("[Errno 111] Connection
// refused"), and OSError(errno, ...) making the subclass that errno stands for (errnomap).
void Interpreter::installOSError()
{
    Value osError = m_builtins.value(QStringLiteral("OSError"));
    auto *c = osError.as<ClassObject>();
    for (const char *name : {"errno", "strerror", "filename", "filename2"})
        c->attrs.insert(QLatin1String(name), Value());
    c->attrs.insert(QStringLiteral("__init__"),
                    makeMethod(QStringLiteral("__init__"), [](Interpreter &, const Value &self, CallArgs &a) {
                        if (auto *inst = self.as<InstanceObject>(); inst && inst->kind == ObjKind::Instance)
                            initOSError(inst, a.pos);
                        return Value();
                    }));
    c->attrs.insert(
        QStringLiteral("__str__"),
        makeMethod(QStringLiteral("__str__"), [](Interpreter &in, const Value &self, CallArgs &) {
            auto *inst = self.as<InstanceObject>();
            auto own = [inst](const char *name) -> const Value * {
                auto it = inst->attrs.constFind(QLatin1String(name));
                return it == inst->attrs.constEnd() ? nullptr : &it.value();
            };
            const Value *errnum = own("errno"), *strerror = own("strerror"), *filename = own("filename"),
                        *filename2 = own("filename2");
            const Value none;
            auto text = [&in, &none](const Value *v) { return in.str(v ? *v : none); };
            if (filename && !filename->isNone()) {
                QString out =
                    QStringLiteral("[Errno %1] %2: %3").arg(text(errnum), text(strerror), in.repr(*filename));
                if (filename2 && !filename2->isNone())
                    out += QStringLiteral(" -> ") + in.repr(*filename2);
                return makeStr(out);
            }
            if (errnum && strerror)
                return makeStr(QStringLiteral("[Errno %1] %2").arg(text(errnum), text(strerror)));
            return makeStr(baseExceptionStr(in, *inst));
        }));
    // OSError(errno, strerror, ...) called on OSError itself gives the subclass for that errno.
    c->constructor = [](Interpreter &in, const Value &cls, std::vector<Value> &pos,
                        std::vector<std::pair<QString, Value>> &kw) {
        if (!kw.empty())
            in.raiseTypeError(QStringLiteral("OSError() takes no keyword arguments"));
        Value target = cls;
        if (pos.size() >= 2 && pos[0].isInt())
            for (const ErrnoSubclass &e : kErrnoSubclasses)
                if (e.number == pos[0].asInt()) {
                    target = in.builtin(QLatin1String(e.subclass));
                    break;
                }
        auto *inst = new InstanceObject(target);
        Value v(inst);
        initOSError(inst, pos);
        return v;
    };
}

Value Interpreter::newException(const Value &cls, std::vector<Value> args)
{
    auto *c = cls.as<ClassObject>();
    if (c->constructor) {
        std::vector<std::pair<QString, Value>> kw;
        return c->constructor(*this, cls, args, kw);
    }
    auto *inst = new InstanceObject(cls);
    Value v(inst);
    inst->args = makeTuple(std::move(args));
    return v;
}

void Interpreter::raise(const Value &exc)
{
    // Implicit chaining: an exception raised while another is handled remembers it as __context__.
    if (auto *inst = exc.as<InstanceObject>()) {
        if (m_frame && inst->context.isNone()) {
            for (Frame *fr = m_frame; fr; fr = fr->parent) {
                if (!fr->handling.isNone()) {
                    if (!fr->handling.identical(exc))
                        inst->context = fr->handling;
                    break;
                }
            }
        }
    }
    throwPython(exc);
}

void Interpreter::raiseError(const QString &className, const QString &message)
{
    Value cls = m_builtins.value(className);
    if (cls.isNone())
        cls = m_asyncioExceptions.value(className);
    if (cls.isNone())
        cls = m_builtins.value(QStringLiteral("RuntimeError"));
    raise(newException(cls, {makeStr(message)}));
}

Value Interpreter::exceptionClass(const QString &name) const
{
    Value v = m_builtins.value(name);
    if (v.isNone())
        v = m_asyncioExceptions.value(name);
    return v;
}

namespace {

struct Unwinding
{
    std::exception_ptr error;
    std::vector<TraceEntry> frames;
};
thread_local Unwinding t_unwinding;

} // namespace

void noteUnwoundFrame(const std::exception_ptr &error, const TraceEntry &frame)
{
    if (t_unwinding.error != error) {
        t_unwinding.error = error;
        t_unwinding.frames.clear();
    }
    t_unwinding.frames.push_back(frame);
}

std::vector<TraceEntry> takeUnwoundFrames(const std::exception_ptr &error)
{
    std::vector<TraceEntry> frames;
    if (t_unwinding.error == error)
        frames = std::move(t_unwinding.frames);
    t_unwinding = Unwinding{};
    return frames;
}

Value pythonException(Interpreter &in, const std::exception_ptr &error)
{
    try {
        std::rethrow_exception(error);
    } catch (...) {
        return in.exceptionFromCurrent();
    }
}

Value Interpreter::exceptionFromCurrent()
{
    try {
        throw;
    } catch (const ProgramStop &) {
        throw;
    } catch (const PyException &e) {
        return e.exc;
    } catch (...) {
        // An error of the runtime (a cancellation, a timeout) arrives as a raised Python exception, with the
        // Python frames it already left.
        const std::exception_ptr error = std::current_exception();
        Value v = runtimeErrorToPython(error);
        if (auto *inst = v.as<InstanceObject>()) {
            inst->raised = true;
            for (TraceEntry &frame : takeUnwoundFrames(error))
                inst->traceback.push_back(std::move(frame));
        }
        return v;
    }
}

QString Interpreter::exceptionLine(const Value &exc)
{
    auto *inst = exc.as<InstanceObject>();
    if (!inst)
        return repr(exc);
    ClassObject *c = inst->klass();
    QString name = c->name;
    if (c->attrs.contains(QStringLiteral("__module__")) && c->isBuiltin) {
        // a class of a module prints with it (aiohttp.client_exceptions.X, dataclasses.FrozenInstanceError);
        // asyncio's as asyncio.exceptions.X
        const QString module = str(c->attrs.value(QStringLiteral("__module__")));
        name =
            module + (module == u"asyncio" ? QStringLiteral(".exceptions.") : QStringLiteral(".")) + c->name;
    } else if (!c->isBuiltin && c->attrs.contains(QStringLiteral("__module__"))) {
        // a class of an imported module of the program: util.TimeoutTooLong
        name = str(c->attrs.value(QStringLiteral("__module__"))) + u'.' + c->name;
    }
    QString s;
    try {
        s = str(exc);
    } catch (const PyException &) {
        // A __str__ or __repr__ that raises (in the exception or its arguments): CPython's words.
        s = QStringLiteral("<exception str() failed>");
    }
    return s.isEmpty() ? name : name + QStringLiteral(": ") + s;
}

QString Interpreter::formatTraceback(const Value &exc)
{
    // CPython's printer of exceptions (traceback.py's TracebackException.format, which the interpreter's own
    // printer in pythonrun.c matches): an exception group's members are drawn in a box, each line of it
    // behind an indent of two spaces per group level and a margin ("| ", "+ " for the outermost group's
    // header), numbered "+---------------- 1 ----------------", at most 15 per group and 10 levels deep.
    constexpr int MaxGroupWidth = 15;
    constexpr int MaxGroupDepth = 10;
    struct Context
    {
        int depth = 0; // exception groups entered
        bool needClose = false;
        QString indent() const { return QString(2 * depth, u' '); }
    } ctx;
    QString out;
    // Each line of `text` behind the indent and margin of the group level it is in (textwrap.indent).
    auto emitLines = [&ctx, &out](const QString &text, QChar margin = u'|') {
        QString prefix = ctx.indent();
        if (ctx.depth > 0)
            prefix += margin + QStringLiteral(" ");
        for (qsizetype from = 0; from < text.size();) {
            const qsizetype newline = text.indexOf(u'\n', from);
            const qsizetype end = newline < 0 ? text.size() : newline + 1;
            out += prefix + QStringView(text).mid(from, end - from);
            if (newline < 0)
                out += u'\n';
            from = end;
        }
    };

    // An exception's frames, oldest first; a frame repeated more than three times in a row is summarised.
    auto stackText = [this](const InstanceObject *inst) {
        QString text;
        int repeats = 0;
        const TraceEntry *previous = nullptr;
        auto flushRepeats = [&]() {
            if (repeats > 3)
                text += QStringLiteral("  [Previous line repeated %1 more time%2]\n")
                            .arg(repeats - 3)
                            .arg(repeats - 3 == 1 ? QString() : QStringLiteral("s"));
            repeats = 0;
        };
        for (auto it = inst->traceback.rbegin(); it != inst->traceback.rend(); ++it) {
            if (previous && previous->line == it->line && previous->function == it->function &&
                previous->file == it->file) {
                if (++repeats >= 3)
                    continue;
            } else {
                flushRepeats();
            }
            previous = &*it;
            text += QStringLiteral("  File \"%1\", line %2, in %3\n")
                        .arg(pathOf(it->file))
                        .arg(it->line)
                        .arg(it->function);
            const QString src = sourceLine(it->file, it->line).trimmed();
            if (!src.isEmpty())
                text += QStringLiteral("    ") + src + u'\n';
        }
        flushRepeats();
        return text;
    };
    const auto *groupClass = exceptionClass(QStringLiteral("BaseExceptionGroup")).as<ClassObject>();
    // add_note()'s notes, a line each after the exception's line (a note that is not a str by its repr).
    auto notesText = [this](const InstanceObject *inst) {
        QString text;
        if (!inst)
            return text;
        if (auto *notes = inst->attrs.value(QStringLiteral("__notes__")).as<ListObject>();
            notes && notes->kind == ObjKind::List)
            for (const Value &note : notes->items)
                text += (isKind(note, ObjKind::Str) ? strOf(note) : repr(note)) + u'\n';
        return text;
    };

    // Every exception printed so far, across chains and group members (pythonrun.c's ctx->seen): one met
    // again (an exception its own cause, two each other's context, a member whose context is its group) is
    // not printed again.
    QSet<const Object *> seen;
    std::function<void(const Value &)> format = [&](const Value &newest) {
        // The chain, newest first: each exception's cause, or else (unless suppressed) its context. Walked
        // iteratively, as far as an exception already printed.
        std::vector<Value> chain{newest};
        std::vector<bool> byCause; // byCause[i]: chain[i + 1] is chain[i]'s cause (else its context)
        if (newest.isObj())
            seen.insert(newest.obj());
        while (auto *inst = chain.back().as<InstanceObject>()) {
            const bool cause = !inst->cause.isNone();
            const Value next = cause ? inst->cause : inst->suppressContext ? Value() : inst->context;
            if (next.isNone() || !next.isObj() || seen.contains(next.obj()))
                break;
            seen.insert(next.obj());
            chain.push_back(next);
            byCause.push_back(cause);
        }
        for (size_t i = chain.size(); i-- > 0;) {
            const Value &e = chain[i];
            auto *inst = e.as<InstanceObject>();
            // An exception that was never raised has no traceback: CPython prints only its line.
            const bool hasStack = !inst || inst->raised || !inst->traceback.empty();
            if (!inst || !inst->klass()->isSubclassOf(groupClass)) {
                if (hasStack)
                    emitLines(QStringLiteral("Traceback (most recent call last):\n"));
                if (inst)
                    emitLines(stackText(inst));
                emitLines(exceptionLine(e) + u'\n' + notesText(inst));
            } else if (ctx.depth > MaxGroupDepth) {
                emitLines(QStringLiteral("... (max_group_depth is %1)\n").arg(MaxGroupDepth));
            } else {
                const bool topLevel = ctx.depth == 0;
                if (topLevel)
                    ++ctx.depth;
                if (hasStack) {
                    emitLines(QStringLiteral("Exception Group Traceback (most recent call last):\n"),
                              topLevel ? u'+' : u'|');
                    emitLines(stackText(inst));
                }
                emitLines(exceptionLine(e) + u'\n' + notesText(inst));
                const std::vector<Value> members = toVector(inst->attrs.value(QStringLiteral("exceptions")));
                const int count = int(members.size());
                const int shown = count <= MaxGroupWidth ? count : MaxGroupWidth + 1;
                ctx.needClose = false;
                for (int k = 0; k < shown; ++k) {
                    const bool last = k == shown - 1;
                    if (last)
                        ctx.needClose = true; // unless a group drawn inside closes the box first
                    const bool truncated = k >= MaxGroupWidth;
                    out += ctx.indent() + (k == 0 ? QStringLiteral("+-") : QStringLiteral("  ")) +
                           QStringLiteral("+---------------- %1 ----------------\n")
                               .arg(truncated ? QStringLiteral("...") : QString::number(k + 1));
                    ++ctx.depth;
                    if (!truncated) {
                        format(members[size_t(k)]);
                    } else {
                        const int remaining = count - MaxGroupWidth;
                        emitLines(QStringLiteral("and %1 more exception%2\n")
                                      .arg(remaining)
                                      .arg(remaining > 1 ? QStringLiteral("s") : QString()));
                    }
                    if (last && ctx.needClose) {
                        out += ctx.indent() + QStringLiteral("+------------------------------------\n");
                        ctx.needClose = false;
                    }
                    --ctx.depth;
                }
                if (topLevel)
                    ctx.depth = 0;
            }
            if (i > 0)
                emitLines(
                    byCause[i - 1]
                        ? QStringLiteral(
                              "\nThe above exception was the direct cause of the following exception:\n\n")
                        : QStringLiteral(
                              "\nDuring handling of the above exception, another exception occurred:\n\n"));
        }
    };
    format(exc);
    return out;
}

Value Interpreter::makeExceptionGroup(const Value &likeGroup, std::vector<Value> excs)
{
    Value msg = makeStr(QString());
    Value cls = exceptionClass(QStringLiteral("BaseExceptionGroup"));
    if (auto *g = likeGroup.as<InstanceObject>()) {
        msg = g->attrs.value(QStringLiteral("message"));
        cls = g->cls;
    }
    return newException(cls, {msg, makeList(std::move(excs))});
}

Value Interpreter::splitGroup(const Value &group, const Value &spec, Value &rest)
{
    // Returns the sub-group of exceptions matching `spec` (keeping the nesting), and the rest.
    auto *g = group.as<InstanceObject>();
    if (exceptionMatches(group, spec)) {
        rest = Value();
        return group;
    }
    if (!isInstance(group, exceptionClass(QStringLiteral("BaseExceptionGroup")))) {
        rest = group;
        return Value();
    }
    std::vector<Value> matched, remaining;
    for (const Value &sub : toVector(g->attrs.value(QStringLiteral("exceptions")))) {
        Value subRest;
        Value m = splitGroup(sub, spec, subRest);
        if (!m.isNone())
            matched.push_back(m);
        if (!subRest.isNone())
            remaining.push_back(subRest);
    }
    auto derive = [&](std::vector<Value> excs) {
        Value ng =
            newException(g->cls, {g->attrs.value(QStringLiteral("message")), makeList(std::move(excs))});
        auto *ni = ng.as<InstanceObject>();
        ni->traceback = g->traceback;
        ni->cause = g->cause;
        ni->context = g->context;
        return ng;
    };
    rest = remaining.empty() ? Value() : derive(std::move(remaining));
    return matched.empty() ? Value() : derive(std::move(matched));
}

} // namespace awaitscope::py
