#pragma once

#include "runtime/future.h"
#include "trace/traceevent.h"

#include <QString>
#include <QtNumeric>

#include <coroutine>
#include <functional>

namespace awaitscope {

struct TaskOptions
{
    QString name;      // empty: "Task-N" like asyncio
    QString coroutine; // the coroutine function's name, for the trace
    QString origin = QStringLiteral("create_task");
    int line = 0; // where the task was created
};

// asyncio.Task's state machine (tasks.py: __step, __wakeup, cancel) around any C++20 coroutine.
//
// How a coroutine plugs in: `create()` takes a Starter, called on the task's FIRST step (never inline:
// create_task only schedules). The starter starts the coroutine; the coroutine runs until it co_awaits one of
// the runtime's awaitables (FutureAwaiter, YieldAwaiter), which register the suspension with the current task
// through suspendOn()/suspendYield(). When the coroutine ends, it calls bodyReturned() or bodyRaised().
// Inline awaits of nested coroutines need nothing from the runtime: only the innermost awaiter suspends.
class TaskState : public FutureState, public DoneListener
{
public:
    using Starter = std::function<void(TaskState &)>;

    static std::shared_ptr<TaskState> create(Loop &loop, Starter starter, TaskOptions options = {});
    // For subclasses that carry their body inline (api.h): registers, traces and schedules the first step.
    static void launch(const std::shared_ptr<TaskState> &task, const TaskOptions &options);
    ~TaskState() override;

    bool isTask() const override { return true; }
    const char *asyncioTypeName() const override { return "Task"; }
    TraceEvent::WaitKind waitKind() const override { return TraceEvent::WaitKind::Task; }
    std::shared_ptr<TaskState> shared() { return std::static_pointer_cast<TaskState>(shared_from_this()); }

    // "Task-N" unless a name was given or set (built on demand: most tasks are never asked).
    QString name() const;
    void setName(const QString &name);

    bool cancel(const QString &message = {}) override;
    // Shutdown only: resumes a suspended task with CancelledError whatever it waits on, so that its
    // coroutine unwinds and is freed. For tasks that wait on each other in a cycle, which cancel() cannot
    // reach (asyncio would recurse until RecursionError) and which would otherwise never end.
    void abandonWait(const QString &message);
    int cancelling() const { return m_numCancelsRequested; }
    int uncancel();

    // The line the task is at (set by the interpreter at each statement, by C++ code at will).
    int currentLine() const { return m_currentLine; }
    void setCurrentLine(int line) { m_currentLine = line; }

    // The future this task is blocked on (asyncio's _fut_waiter), if any.
    const FuturePtr &waitingOn() const { return m_futWaiter; }

    // Coroutine protocol (see the class comment).
    // `until` is the deadline when the wait is a timer (for the trace), NaN otherwise.
    void suspendOn(const FuturePtr &future, std::coroutine_handle<> handle, double until = qQNaN());
    // Steps again next pass. `seen`: a future the task yielded but does not wait for (another loop's, which
    // the step after rejects, tasks.py:300-305): the trace shows the task suspended on it.
    void suspendYield(std::coroutine_handle<> handle, const FutureState *seen = nullptr);
    std::exception_ptr takeThrowIn();
    // `resultText` (the result's repr) goes into the trace's task-finished event; empty when not known.
    void bodyReturned(std::any value, QString resultText = {});
    void bodyRaised(std::exception_ptr exception);
    // The outermost coroutine frame of the task's body, when it frees itself on ending (the interpreter's):
    // a task its loop leaves pending never ends, so whoever drops the task ends the frame with
    // destroyPendingBody() (its C++ destructors run; no Python code does).
    void setBodyFrame(std::coroutine_handle<> frame) { m_bodyFrame = frame; }
    void destroyPendingBody();

    void stepFromLoop() { step(nullptr); }
    void futureDone(FutureState &future) override { wakeup(future); }

protected:
    TaskState(Loop &loop, const TaskOptions &options);
    bool cancelEnter(const QString &message, std::vector<FuturePtr> *next) override;
    bool cancelLeave(const QString &message, bool anyAccepted) override;
    bool cancelsOthers() const override { return true; }
    bool cancelAgain() override;
    // Starts the coroutine on the first step.
    virtual void start() = 0;

private:
    void step(std::exception_ptr exc);
    void wakeup(FutureState &future);

    QString m_name; // null: "Task-<m_number>"
    int m_number = 0;
    std::coroutine_handle<> m_resume;
    std::coroutine_handle<> m_bodyFrame;
    FuturePtr m_futWaiter;
    std::exception_ptr m_throwIn;
    int m_numCancelsRequested = 0;
    int m_currentLine = 0;
    bool m_mustCancel = false;
    bool m_started = false;
    bool m_suspended = false; // set by suspendOn/suspendYield during a step
    bool m_bodyEnded = false;
};

using TaskPtr = std::shared_ptr<TaskState>;

// co_await on a runtime future from inside a task: asyncio's `yield self` in Future.__await__.
// The result is the future's std::any value (or its exception is thrown).
class FutureAwaiter
{
public:
    explicit FutureAwaiter(FuturePtr future, double until = qQNaN());
    bool await_ready() const noexcept;
    void await_suspend(std::coroutine_handle<> handle);
    std::any await_resume();

private:
    FuturePtr m_future;
    double m_until;
    TaskState *m_task = nullptr;
};

// A bare yield: gives every other ready callback one turn (asyncio.sleep(0)).
class YieldAwaiter
{
public:
    YieldAwaiter() = default;
    // Suspended on `seen` in the trace, stepped again next pass all the same (TaskState::suspendYield).
    explicit YieldAwaiter(const FutureState *seen)
        : m_seen(seen)
    {
    }
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> handle);
    void await_resume();

private:
    TaskState *m_task = nullptr;
    const FutureState *m_seen = nullptr;
};

// The task running right now on the current loop; throws RuntimeError-like UsageError when there is none.
TaskState &requireCurrentTask(const char *what);

} // namespace awaitscope
