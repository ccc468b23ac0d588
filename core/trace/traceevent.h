#pragma once

#include <QJsonObject>
#include <QString>

#include <cstdint>

namespace awaitscope {

// One scheduling fact. Events are appended in the order they happen; `seq` is that order and
// `time` is the loop's clock (seconds, virtual or real) when it happened.
struct TraceEvent
{
    enum class Kind : std::uint8_t {
        TaskCreated,        // task, other = parent task (-1 = none), line = where created
        StepStarted,        // task starts or resumes running (one __step)
        Suspended,          // task yields: waitKind says on what, other = awaited future/task id
        TaskFinished,       // task returned; text = repr of the result when known
        TaskFailed,         // task raised; text = the exception
        TaskCancelled,      // task ended cancelled
        CancelRequested,    // other = the task asking (-1 = outside any task), task = target
        Woken,              // task was made ready because `other` (a future/task) finished
        CombinatorEntered,  // id = combinator id, text = "gather"/"wait"/..., data = inputs and options
        CombinatorReturned, // id = combinator id, data = outputs (results, done/pending, order)
        CombinatorYielded,  // as_completed: one result handed out, data = index and source
        TimerScheduled,     // id = timer id, data.when = deadline
        TimerFired,         // id = timer id
        LoopPass,           // data.ready = callbacks run in this pass, data.timers = timers pending
        Output,             // task printed `text` (one call of print, newline included)
        Input,              // task read the line `text` with input() (newline included), typed by the user
        Http,               // an HTTP request's phase (data.phase, data.request, data.connection, ...)
        Note,               // free-form fact (random seed, limits reached, ...)
    };

    enum class WaitKind : std::uint8_t { None, Yield, Timer, Future, Task, Combinator, Io, Blocking };

    std::uint64_t seq = 0;
    double time = 0.0;
    Kind kind = Kind::Note;
    WaitKind waitKind = WaitKind::None;
    int task = -1;  // the task this event is about (-1 = the loop itself)
    int other = -1; // a related task/future/timer/combinator id, per kind above
    int line = 0;   // source line of `task` when the event happened (0 = unknown)
    QString text;
    QJsonObject data; // empty for most events: costs one null pointer
};

QString traceKindName(TraceEvent::Kind kind);
bool traceKindFromName(const QString &name, TraceEvent::Kind *kind);
QString waitKindName(TraceEvent::WaitKind kind);
bool waitKindFromName(const QString &name, TraceEvent::WaitKind *kind);

// What is known about one task for the whole run.
struct TraceTask
{
    int id = -1;
    QString name;
    int parent = -1;     // creating task, -1 = created outside any task
    int createdLine = 0; // line of the create_task call (or of the coroutine when wrapped by gather)
    QString coroutine;   // the coroutine's function name
    QString origin;      // "create_task", "gather", "wait", "TaskGroup", "run", ...; for a job of a worker
                         // thread "to_thread", "run_in_executor" or "submit" (then `name` is the thread's)
};

// A lane of a job that run_in_executor's worker threads ran (asyncio.to_thread), not of a task.
inline bool isWorkerThreadOrigin(const QString &origin)
{
    return origin == QLatin1String("to_thread") || origin == QLatin1String("run_in_executor") ||
           origin == QLatin1String("submit");
}

} // namespace awaitscope
