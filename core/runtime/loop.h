#pragma once

#include "runtime/ringqueue.h"
#include "trace/traceevent.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QString>

#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <unordered_map>
#include <unordered_set>
#include <vector>

class QObject;
class QTimer;

namespace awaitscope {

class DoneListener;
class FutureState;
class TaskState;
class Trace;

// asyncio's event loop model: a FIFO ready queue run in passes (what is scheduled during a pass runs in the
// next one) and timers in a heap ordered by (deadline, creation order). Two clocks share it:
//  - Virtual: when nothing is ready, time jumps to the next timer. Deterministic and instant.
//  - Real: passes run from the Qt event loop, so a GUI stays responsive and sockets work alongside.
class Loop
{
public:
    enum class Clock { Virtual, Real };
    using Callback = std::function<void()>;
    using TimerId = std::uint64_t;

    explicit Loop(Clock clock = Clock::Virtual, Trace *trace = nullptr);
    ~Loop();
    Loop(const Loop &) = delete;
    Loop &operator=(const Loop &) = delete;

    // The loop whose pass is running (or that is being driven by runUntilComplete), like get_running_loop().
    static Loop *current();
    // Unique among all loops of the process, never reused (a freed loop's is never another's).
    std::uint64_t serial() const { return m_serial; }
    // Whether the loop with this serial number still exists (the running one is looked up first).
    static bool isAlive(std::uint64_t serial);

    Clock clock() const { return m_clock; }
    double time() const;

    void callSoon(Callback cb);
    // Hot-path forms of call_soon that need no std::function allocation.
    void scheduleStep(std::shared_ptr<TaskState> task);
    void scheduleDone(std::shared_ptr<FutureState> future, std::weak_ptr<DoneListener> listener);
    void scheduleDone(std::shared_ptr<FutureState> future, std::function<void(FutureState &)> callback);
    // A call_soon whose handle can be cancelled (asyncio.timeout uses that when the deadline has passed).
    TimerId callSoonCancellable(Callback cb);
    TimerId callLater(double delay, Callback cb);
    TimerId callAt(double when, Callback cb);
    // A timer of the runtime's own machinery (the HTTP layer's latencies and deadlines): it runs like
    // callAt but records no timer events, so the trace shows only the timers a program made.
    TimerId callAtInternal(double when, Callback cb);
    // A timer that sets `future`'s result (unless it is done by then): asyncio.sleep's timer,
    // allocation-free.
    TimerId resolveAt(double when, std::shared_ptr<FutureState> future);
    void cancelTimer(TimerId id);

    // Drives the loop until `future` is done (plus the one pass asyncio's run_until_complete runs after it).
    // Returns false if the loop was stopped from outside, or nothing can ever run again (a deadlock).
    bool runUntilComplete(const std::shared_ptr<FutureState> &future);
    // loop.run_forever(): passes until stop() is called; the pass that called it runs to its end. Returns
    // false if stopped from outside, or when nothing can ever run again (then stopReason() says why).
    bool runForever();
    // loop.stop(): the running runForever()/runUntilComplete() returns after the current pass; called while
    // the loop is not running, the next run does one pass and returns (base_events.py).
    void stop() { m_stopping = true; }
    // asyncio.run's shutdown: cancel every task still pending and let them finish.
    void cancelAllTasks();
    // "Task-1 awaits Task-2 awaits Task-1 (...)": what a stuck program waits on, for the deadlock message.
    static QString describeWaitChain(const std::shared_ptr<FutureState> &start);
    // Runs exactly one pass. On the virtual clock, jumps to the next timer first if nothing is ready.
    void runOnce();
    bool hasWork() const;

    // time.sleep(): nothing runs on the loop while it blocks. On the virtual clock time just moves forward;
    // work beside the loop (wakeAt) still wakes within it, as a thread does while the loop's thread sleeps.
    void blockFor(double seconds);
    // A blocking wait of the loop's own thread for work beside it (an executor's shutdown(wait=True), a
    // concurrent future's result()): the wake-ups run at their moments until `done()` holds or none is left;
    // nothing else runs on the loop meanwhile. The trace shows the current task blocking the loop that long.
    // With a `deadline` (the clock's time), the wait ends there at the latest.
    void blockUntil(const std::function<bool()> &done,
                    double deadline = std::numeric_limits<double>::infinity());

    // Work beside the loop, in threads of its own (run_in_executor's workers): `cb` runs when the clock
    // reaches `when`, while the loop waits for its next timer (before the timers of that moment), at the
    // start of a pass when the loop was busy meanwhile, or inside a blocking call of the loop's own thread. A
    // pending wake-up keeps the loop from being stuck: the program still waits on something that will happen.
    void wakeAt(double when, Callback cb);
    bool hasWakeups() const { return !m_wakeups.empty(); }

    // Asks a running runUntilComplete to return (the GUI's Stop). Safe to call from a callback.
    void requestStop();
    bool stopRequested() const { return m_stopRequested; }
    QString stopReason() const { return m_stopReason; }

    TaskState *currentTask() const { return m_currentTask; }
    void setCurrentTask(TaskState *task) { m_currentTask = task; }

    // Every task created on this loop that has not finished yet, in creation order.
    std::vector<std::shared_ptr<TaskState>> pendingTasks() const;
    size_t unfinishedTaskCount() const;
    void registerTask(const std::shared_ptr<TaskState> &task);
    int nextTaskNumber() { return ++m_taskNumber; }
    int nextObjectId() { return ++m_objectId; }
    // A later loop of the same program goes on from an earlier one: task names ("Task-2" after
    // asyncio.run's Task-1, as asyncio counts them per process), trace ids, and the virtual clock.
    int lastTaskNumber() const { return m_taskNumber; }
    int lastObjectId() const { return m_objectId; }
    void continueFrom(int lastTaskNumber, int lastObjectId, double virtualNow);

    // Trace recording; all no-ops when the loop has no trace.
    Trace *trace() const { return m_trace; }
    TraceEvent *record(TraceEvent::Kind kind, int task = -1, int other = -1, QString text = {});
    // A task (or a job of a worker thread) comes to exist: its facts (its parent is the running task) and its
    // TaskCreated event, at its creation line.
    void recordCreated(TraceTask created);

    // Called for problems asyncio logs instead of raising ("Task exception was never retrieved").
    std::function<void(const QString &)> exceptionHandler;
    // Called instead, when set, for a task or future whose exception nobody retrieved: the caller words it
    // (with its repr and the exception's traceback, as asyncio logs it).
    std::function<void(const std::shared_ptr<FutureState> &future)> unretrievedHandler;
    // A future (not a task: every task is watched) that asyncio would log when it is collected with an
    // exception nobody retrieved: one the program can see (Future(), create_future(), gather()).
    void watchUnretrieved(const std::shared_ptr<FutureState> &future);
    // Reports each finished task or watched future whose exception was never retrieved, in the order they
    // were made, and marks it retrieved. asyncio logs it when the object is collected; here, where
    // asyncio.run ends (a program that keeps them in variables until then sees the same). `tasksOnly` after a
    // stop: what cancelling the rest did to a gather is the stop's doing, not the program's.
    void reportUnretrievedExceptions(bool tasksOnly = false);
    // Called for a task still pending when the program ends (its loop was stopped or closed first): asyncio
    // logs "Task was destroyed but it is pending!" when such a task is collected.
    std::function<void(const std::shared_ptr<FutureState> &task)> destroyedPendingHandler;

    std::uint64_t passCount() const { return m_passCount; }
    // While set, the loop runs asyncio.run's own shutdown steps (shutdown_asyncgens() and
    // shutdown_default_executor() with nothing to do): its passes are marked so in the trace.
    void setShuttingDown(bool on) { m_shuttingDown = on; }

private:
    struct Timer
    {
        double when;
        TimerId id; // ids grow with creation, so they also break ties between equal deadlines

        Callback cb;
        std::shared_ptr<FutureState> resolve; // used instead of cb when set
        bool internal = false;                // callAtInternal: not in the trace
        double lag = 0.0;    // virtual clock: how late a real clock was when the timer was armed (m_lag)
        double moment = 0.0; // `when` in whole nanoseconds: 0.1 added ten times is the same moment as 1.0
        // Equal deadlines (docs/runtime.md): by moment, then by lateness, then in arming order.
        bool operator>(const Timer &o) const
        {
            if (moment != o.moment)
                return moment > o.moment;
            return lag != o.lag ? lag > o.lag : id > o.id;
        }
    };
    TimerId pushTimer(Timer timer);
    // One entry of the ready queue: a general callback, a task step, or a future's done callback.
    struct Ready
    {
        enum class Kind : std::uint8_t { Call, Step, Listener, Done } kind = Kind::Call;
        TimerId cancelId = 0; // non-zero: may be cancelled through cancelTimer()
        Callback cb;
        std::shared_ptr<FutureState> future; // the task to step, or the future that is done
        std::weak_ptr<DoneListener> listener;
        std::function<void(FutureState &)> done;
        void run();
    };
    void pushReady(Ready &&r);

    bool runUntilStopping(const std::function<QString()> &whyStuck);
    struct Wakeup
    {
        double when;
        std::uint64_t order; // ties in the order they were asked for
        Callback cb;
        bool operator>(const Wakeup &o) const { return when != o.when ? when > o.when : order > o.order; }
    };
    // Runs the first wake-up (taken off first: it may ask for another one).
    void runFirstWakeup();
    // The same, once the clock has reached its moment (a blocking call of the loop's thread waits for it).
    void runFirstWakeupAtItsMoment();
    // The loop's thread holds until the clock reads `when` (the virtual clock jumps there).
    void blockUntilTime(double when);
    void runReachedWakeups();
    void moveDueTimers();
    bool due(const Timer &timer, double now) const;
    void forEachReached(double now, const std::function<void(const Timer &)> &f) const;
    bool busyWhileTimersWait() const; // callbacks to run in this pass, and timers of this moment waiting
    QJsonArray timersDeferredAtThisMoment() const;
    void dropCancelledTimers();
    void schedulePass(); // real clock: make sure a pass will run soon
    void armRealTimer();

    std::uint64_t m_serial;
    Clock m_clock;
    Trace *m_trace;
    double m_virtualNow = 0.0;
    // Virtual clock, equal deadlines (docs/runtime.md): how far a real clock would be past m_virtualNow, the
    // lateness its wake-ups from sleep have gathered. It only orders timers due at the same moment.
    double m_lag = 0.0;
    QElapsedTimer m_elapsed;
    RingQueue<Ready> m_ready;
    std::vector<Timer> m_timers; // min-heap by (moment, lag, id): Timer::operator>
    // Cancelled timers stay in the heap until they reach the top (like asyncio's TimerHandle.cancel).
    std::unordered_set<TimerId> m_cancelledTimers;
    std::unordered_map<TimerId, bool> m_cancellableSoon; // id -> still live
    std::vector<Wakeup> m_wakeups;                       // min-heap by (when, order)
    std::uint64_t m_wakeupOrder = 0;
    TimerId m_nextTimerId = 0;
    TaskState *m_currentTask = nullptr;
    std::vector<std::shared_ptr<TaskState>> m_tasks;
    std::vector<std::weak_ptr<FutureState>> m_watchedFutures;
    size_t m_watchSweepAt = 1024; // watchUnretrieved drops futures gone or retrieved at this size
    size_t m_sweepAt = 1024;      // registerTask drops finished tasks when the list reaches this size
    int m_taskNumber = 0;
    int m_objectId = 0;
    bool m_stopRequested = false;
    bool m_stopping = false;
    QString m_stopReason;
    std::uint64_t m_passCount = 0;
    Loop *m_previousCurrent = nullptr;

    // Real clock only.
    QObject *m_context = nullptr;
    QTimer *m_timer = nullptr;
    bool m_passPosted = false;
    bool m_shuttingDown = false;
};

} // namespace awaitscope
