#pragma once

// Shared by the files of the asyncio module (asynciomodule.cpp, asyncioloop.cpp); not an API of its own.

#include "interpreter.h"

#include "runtime/future.h"
#include "runtime/loop.h"
#include "runtime/task.h"

#include <memory>
#include <utility>
#include <vector>

namespace awaitscope::py {

// The payload of a Python Task/Future object.
struct FutureHolder
{
    awaitscope::FuturePtr future;
    QString coroutine; // for repr
    Value coro;        // a task's coroutine (Task.get_coro)
    // add_done_callback's functions with their runtime ids, for remove_done_callback.
    std::vector<std::pair<Value, awaitscope::FutureState::CallbackId>> doneCallbacks;
    Value context; // a task's contextvars.Context (a copy of its creator's, or create_task(context=...))
    // The C Future's fut_blocking left set: a task awaited itself, and its step (which takes a yielded future
    // and clears the flag) refused it. Until the future is done, awaiting it fails at once.
    bool blocking = false;
};

// repr() of a future or task as CPython 3.11 writes it (state, name, coroutine and where it is, what it
// waits for, result or exception, callbacks): asyncioreprs.cpp.
QString futureRepr(Interpreter &in, const awaitscope::FuturePtr &f);

// The loop asyncio code runs on right now; RuntimeError "no running event loop" when there is none.
awaitscope::Loop &requireLoop(Interpreter &in, const char *what = nullptr);

template<typename T> std::shared_ptr<T> payloadOf(const Value &v, const Value &cls)
{
    auto *inst = v.as<InstanceObject>();
    if (!inst || !inst->payload)
        return nullptr;
    if (!inst->klass()->isSubclassOf(cls.as<ClassObject>()))
        return nullptr;
    return std::static_pointer_cast<T>(inst->payload);
}

// A new task's coroutine and context (a copy of the current one).
void attachCoroutine(Interpreter &in, const Value &task, const Value &coro);
// create_task(..., context=ctx): the task runs in ctx (None: the copy it has); returns the task.
Value withContext(Interpreter &in, const Value &task, const Value &context);

// The starter of every Python task: runs `coro` as the body of `task`.
void runTaskBody(Interpreter &in, const awaitscope::TaskPtr &task, const Value &coro);

// Creates a task running the Python coroutine `coro` on `loop` (which need not be running), as
// Interpreter::createTask does on the running loop.
Value createTaskOn(Interpreter &in, awaitscope::Loop &loop, const Value &coro, const QString &name,
                   const QString &origin);

// asyncioloop.cpp: asyncio.run and the event loop API (new_event_loop, get_event_loop, set_event_loop,
// get_running_loop, the loop object and its Handle/TimerHandle).
Value asyncioRun(Interpreter &in, const Value &coro, bool debug);
// events._get_event_loop(): the running loop, else the current one (made on first use, as 3.11 does).
awaitscope::Loop &eventLoop(Interpreter &in);
awaitscope::Loop &loopOfObject(Interpreter &in, const Value &loopObject); // TypeError if it is not a loop
void installLoopFunctions(Interpreter &in, ModuleObject *module);
void installLoopClasses(Interpreter &in);
// The program's clock while no loop runs and what a loop made now starts from (virtual clock).
double loopStartTime(Interpreter &in);

} // namespace awaitscope::py
