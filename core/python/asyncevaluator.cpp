// The evaluator's coroutine version (evaluator.inc compiled with EV_ASYNC 1), for the subtrees that can
// suspend, and the coroutine a program's `async def` runs as.
#include "interpreter.h"

#include "bigint.h"
#include "bytesobject.h"
#include "patterns.h"
#include "setops.h"
#include "smallints.h"
#include "unwinding.h"

namespace awaitscope::py {

#define EV_ASYNC 1
#include "evaluator.inc"
#undef EV_ASYNC

// One step of `async for`: awaits __anext__(); false at StopAsyncIteration.
Co<bool> Interpreter::asyncNext(const Value &iterator, Value &item, int line)
{
    const Value next = call(getAttr(iterator, QStringLiteral("__anext__")), std::vector<Value>{});
    try {
        item = co_await awaitValue(next, line);
    } catch (const PyException &e) {
        if (!isInstance(e.exc, exceptionClass(QStringLiteral("StopAsyncIteration"))))
            throw;
        co_return false;
    }
    co_return true;
}

// A coroutine object run to its end: a native one (asyncio.sleep ...) in a small frame of its own, a
// program's in one that holds its Python frame.
Co<Value> Interpreter::runCoroutine(Value coroutine)
{
    if (static_cast<CoroutineObject *>(coroutine.obj())->native)
        return runNativeCoroutine(std::move(coroutine));
    return runProgramCoroutine(std::move(coroutine));
}

static void startCoroutine(Interpreter &in, CoroutineObject *co)
{
    if (co->started)
        in.raiseError(QStringLiteral("RuntimeError"),
                      QStringLiteral("cannot reuse already awaited coroutine"));
    co->started = true;
    co->consumed = true;
}

Co<Value> Interpreter::runNativeCoroutine(Value coroutine)
{
    auto *co = static_cast<CoroutineObject *>(coroutine.obj());
    startCoroutine(*this, co);
    auto body = std::move(co->native); // kept here while its coroutine runs (it may capture what it uses)
    co->native = nullptr;
    co_return co_await body(*this);
}

Co<Value> Interpreter::runProgramCoroutine(Value coroutine)
{
    auto *co = static_cast<CoroutineObject *>(coroutine.obj());
    startCoroutine(*this, co);
    if (m_depth >= limits.maxRecursion || stackNearlyFull())
        raiseRecursionError();
    Frame f;
    f.enterFunction(co->function, co->scope);
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
        const Flow fl = co_await execBlockAsync(f.info->body.get(), f);
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
    } catch (const PyCancelledError &e) {
        // A CancelledError that is a Python object (the program's, or a task's kept one handed to whoever
        // awaits it) gathers this frame as CPython's traceback does, once.
        addTraceback(e.exc, f);
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
