#pragma once

#include "trace/lanekinds.h"
#include "trace/trace.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <vector>

namespace awaitscope {

// What a task is doing during a span of time. Blocking: running, but inside a call that blocks the whole
// loop (time.sleep, a CPU-bound loop the trace measured): nothing else can run meanwhile. InThread: a job of
// run_in_executor's worker threads (asyncio.to_thread) at work beside the loop, running or in a blocking call
// of its own; the loop runs on.
enum class TaskStatus : std::uint8_t {
    NotCreated,
    Ready,
    Running,
    Blocking,
    InThread,
    Suspended,
    Done,
    Failed,
    Cancelled
};

QString taskStatusName(TaskStatus state); // translated, for legends and tooltips
bool isFinalStatus(TaskStatus state);

// Event positions are indices into Trace::events(); -1 means "before the first event".
using EventIndex = std::int64_t;

struct TaskSpan
{
    double start = 0.0;
    double end = 0.0;
    EventIndex startEvent = 0; // the event that began this state
    EventIndex endEvent = 0;   // the event that ended it (the event count for spans open at the end)
    TaskStatus state = TaskStatus::Ready;
    TraceEvent::WaitKind waitKind = TraceEvent::WaitKind::None;
    int other = -1;     // what a suspended task awaits (task, future, timer or combinator id)
    double until = -1.; // a sleep's deadline (Timer waits), -1 = none
    QString waitFor;    // what a Future wait stands for, when the runtime named it ("Condition.wait")
};

struct TaskLane
{
    int task = -1;
    QString name;
    QString coroutine;
    QString origin;
    bool inThread = false; // a job of a worker thread (isWorkerThreadOrigin), not a task
    int parent = -1;       // creating task id
    int parentLane = -1;   // its lane, -1 when created outside any task
    int createdLine = 0;
    double created = 0.0;
    EventIndex createdEvent = -1;
    TaskStatus finalState = TaskStatus::NotCreated; // Done/Failed/Cancelled once it ended
    EventIndex finalEvent = -1;
    double finished = -1.0;
    QString resultText; // repr of the result, or the exception
    std::vector<TaskSpan> spans;
    std::vector<std::pair<EventIndex, int>> lines; // (event, source line) whenever the line changes
};

// One task changing state, in event order (which is time order): what summaries over many tasks are built
// from (how many tasks are alive or ready at a time, the states of a group of lanes).
struct StateChange
{
    double time = 0.0;
    EventIndex event = 0;
    int lane = -1;
    TaskStatus from = TaskStatus::NotCreated;
    TaskStatus to = TaskStatus::NotCreated;
};

// An arrow between lanes: who woke whom, who cancelled whom.
struct RunArrow
{
    enum class Kind : std::uint8_t { Wake, Cancel };
    Kind kind = Kind::Wake;
    double time = 0.0;
    EventIndex event = 0;
    int fromLane = -1;
    int toLane = -1;
};

// A point on a lane worth a symbol: where the task was created, a cancel request, an as_completed yield, a
// print, a timer reached at the same moment as one that fired but left for the loop's next wake-up
// (TimerTie, docs/runtime.md "Equal deadlines").
struct RunMarker
{
    enum class Kind : std::uint8_t { Created, CancelRequested, Yielded, Output, TimerTie };
    static constexpr int KindCount = 5;
    Kind kind = Kind::Created;
    double time = 0.0;
    EventIndex event = 0;
    int lane = -1;
    int number = 0; // yields: 1, 2, 3 in the order handed out
};

enum class CombinatorKind : std::uint8_t { Gather, Wait, AsCompleted, Other };
// How a combinator call ended (as seen by the task that awaited it).
enum class CombinatorOutcome : std::uint8_t {
    Running,   // not over yet at this point of the trace
    Returned,  // handed back its result (gather's list, wait's sets, as_completed's last result)
    Raised,    // raised an exception into its caller (gather with return_exceptions=False)
    Cancelled, // ended with CancelledError (gather cancelled from outside)
};

// One call of gather / wait / as_completed / wait_for / TaskGroup ...
struct CombinatorCall
{
    struct Yield
    {
        EventIndex event = 0;
        double time = 0.0;
        int task = -1;
    };

    int id = -1;
    QString kind; // "gather", "wait", "as_completed", ... as the trace names it
    CombinatorKind kindId = CombinatorKind::Other;
    CombinatorOutcome outcome = CombinatorOutcome::Running; // at the end of the trace
    QString exception;                                      // what it raised, "ValueError('api_b is broken')"
    bool timedOut = false; // wait / as_completed: returned because the timeout passed
    int caller = -1;
    int callerLane = -1;
    int line = 0;
    EventIndex enteredEvent = 0;
    double entered = 0.0;
    EventIndex returnedEvent = -1; // -1 = never returned in this trace
    double returned = -1.0;
    EventIndex resumedEvent = -1; // the caller's first step after the return: control is back
    double resumed = -1.0;
    std::vector<int> children; // task ids in argument order
    double timeout = -1.0;     // seconds, -1 = none
    QString returnWhen;
    bool returnExceptions = false;
    QJsonObject inputs;
    QJsonObject outputs;
    std::vector<Yield> yields;

    bool hasDeadline() const { return timeout >= 0.0; }
    double deadline() const { return entered + timeout; }
};

// One HTTP request as a waterfall, in the lane of the task that made it: the phases a browser's network panel
// shows (queued for a pool slot, connecting, waiting for the first byte, receiving), on which connection.
struct HttpRequestRecord
{
    enum class Phase : std::uint8_t { Queued, Connecting, Waiting, Receiving };
    struct Segment
    {
        Phase phase = Phase::Queued;
        double start = 0.0;
        double end = 0.0;
    };

    int session = 0;
    int request = 0;
    int lane = -1;
    int connection = 0;
    bool reused = false;
    QString method;
    QString url;
    int status = 0;
    QString outcome; // "done", "failed", "timed_out", or empty while it runs
    QString error;
    double start = 0.0;
    double end = 0.0;
    EventIndex firstEvent = 0;
    std::vector<Segment> segments;
};

QString httpPhaseName(HttpRequestRecord::Phase phase);

// A combinator as the panels show it at the cursor.
struct CombinatorSnapshot
{
    struct Slot
    {
        int task = -1;
        QString name;
        TaskStatus state = TaskStatus::NotCreated;
        QString text; // result repr or exception once known
    };

    const CombinatorCall *combinator = nullptr;
    EventIndex event = -1; // the moment this snapshot describes
    bool returned = false;
    CombinatorOutcome outcome = CombinatorOutcome::Running; // at this event
    std::vector<Slot> resultSlots;                          // gather: one per argument, in argument order
    std::vector<int> done;                                  // wait: task ids
    std::vector<int> pending;                               // wait: task ids
    std::vector<int> order;                                 // as_completed: task ids in yield order
};

struct PendingTimer
{
    int id = -1;
    int task = -1;
    double when = 0.0;
    // Reached at this moment like a timer that fired, but armed after more of the loop's late wake-ups: it
    // waits for the loop's next wake-up (docs/runtime.md, "Equal deadlines").
    bool deferred = false;
};

// The event loop at the cursor.
struct LoopSnapshot
{
    double time = 0.0;
    int readyCount = 0; // callbacks in the last loop pass
    int timerCount = 0; // timers pending (as reported by the loop, or counted from timer events)
    std::vector<PendingTimer> timers; // soonest first
    std::vector<int> readyTasks;      // tasks in the Ready state, in the order they became ready
    // Timers this pass found due: their callbacks wait in the ready queue (a sleep's wakes its task).
    std::vector<PendingTimer> readyTimers;
};

// Lanes, spans, arrows and combinators derived from a Trace, plus "what is true at event i" queries that the
// panels use. Built once per trace; every query is a binary search or a short scan.
class RunModel
{
    Q_DECLARE_TR_FUNCTIONS(RunModel)
public:
    void setTrace(const Trace &trace);
    void setTrace(Trace &&trace);
    // A live run's new events and tasks (Trace::piece): the model grows without starting over.
    void appendPiece(Trace::Piece piece);
    // The run's end time as it is known now (a live run's grows); the trace's own endTime otherwise.
    void setEndTime(double endTime);
    const Trace &trace() const { return m_trace; }

    double startTime() const { return m_start; }
    double endTime() const { return m_end; }
    EventIndex eventCount() const { return EventIndex(m_trace.events().size()); }
    const std::vector<double> &eventTimes() const { return m_eventTimes; }

    int laneCount() const { return int(m_lanes.size()); }
    bool hasBlocking() const { return m_hasBlocking; }   // some task blocked the loop in this run
    bool hasThreads() const { return m_hasThreads; }     // some job ran in a worker thread
    bool hasTimerTies() const { return m_hasTimerTies; } // some timer waited for a tie (RunMarker::TimerTie)
    const TaskLane &lane(int index) const { return m_lanes[size_t(index)]; }
    const std::vector<TaskLane> &lanes() const { return m_lanes; }
    int laneOfTask(int task) const { return m_laneOfTask.value(task, -1); }
    QString taskName(int task) const;

    const std::vector<StateChange> &stateChanges() const { return m_changes; } // in event order
    // The tasks by kind, and how many are in each state over time (per kind and in all).
    const LaneKinds &laneKinds() const { return m_kinds; }
    const std::vector<RunArrow> &arrows() const { return m_arrows; }    // sorted by time
    const std::vector<RunMarker> &markers() const { return m_markers; } // sorted by time
    const std::vector<CombinatorCall> &combinators() const { return m_combinators; }
    const std::vector<HttpRequestRecord> &httpRequests() const { return m_http; } // sorted by start

    // The last event at or before time t (-1 when t is before every event).
    EventIndex lastEventAtOrBefore(double t) const;
    // Index of the span of `lane` covering event position `event`, -1 before the task exists.
    int spanAtEvent(int lane, EventIndex event) const;
    int spanAtTime(int lane, double t) const;
    TaskStatus stateAt(int lane, EventIndex event) const;
    int lineAt(int lane, EventIndex event) const;

    std::vector<CombinatorSnapshot> combinatorsAt(EventIndex event) const; // every combinator entered so far
    LoopSnapshot loopAt(EventIndex event) const;
    // The terminal as it was after `event`: what the program printed and the lines typed for its input().
    QString outputUntil(EventIndex event) const;
    // What the program wrote to standard error at its end (a traceback), once `event` is the last one; empty
    // before that, and for a run that ended cleanly.
    QString endingAt(EventIndex event) const;
    // The console at `event` as text: the output so far, then the ending on a line of its own.
    QString consoleAt(EventIndex event) const;
    QString describeEvent(EventIndex event) const; // one sentence for the status line and tooltips
    QString describeSpan(int lane, int span) const;
    QString describeHttp(int request) const;

private:
    int ensureLane(int task, const TraceEvent *created);
    void openSpan(int lane, const TraceEvent &e, EventIndex index, TaskStatus state);
    void closeSpan(int lane, double time, EventIndex index);
    void buildCombinators(const TraceEvent &e, EventIndex index);
    void reset();
    void process(size_t from); // reads events [from, end) into lanes, spans, arrows, ...
    std::vector<int> tasksOfTimers(const QJsonArray &timerIds) const; // the tasks that armed them, once each
    void reopen(EventIndex count); // undoes finish() before more events arrive
    void finish();                 // closes what is still open at the end of the trace
    void buildHttp(const TraceEvent &e, EventIndex index, int lane);

    struct TimerRecord
    {
        int id = -1;
        int task = -1;
        double when = 0.0;
        EventIndex scheduled = 0;
        EventIndex fired = -1;
    };
    struct LoopPass
    {
        EventIndex event = 0;
        int ready = 0;
        int timers = -1;
        std::vector<int> deferred; // after a wake-up: timers reached at this moment left for the next one
    };

    Trace m_trace;
    double m_start = 0.0;
    double m_end = 0.0;
    std::vector<double> m_eventTimes;
    std::vector<TaskLane> m_lanes;
    QHash<int, int> m_laneOfTask;
    std::vector<StateChange> m_changes;
    LaneKinds m_kinds;
    bool m_renamed = false; // a task's name changed since the kinds were sorted
    std::vector<RunArrow> m_arrows;
    std::vector<RunMarker> m_markers;
    std::vector<CombinatorCall> m_combinators;
    QHash<int, int> m_combinatorIndex;
    QHash<int, int> m_openCombinatorOfTask; // caller task -> combinator it is inside
    std::vector<HttpRequestRecord> m_http;
    QHash<qint64, int> m_httpIndex; // (session << 32 | request) -> index in m_http
    std::vector<TimerRecord> m_timers;
    QHash<int, int> m_timerIndex;
    std::vector<LoopPass> m_passes;
    std::vector<bool> m_seenCreated; // per lane: its first event was read
    bool m_hasBlocking = false;
    bool m_hasThreads = false;
    bool m_hasTimerTies = false;
    QHash<int, std::vector<int>> m_awaitingResume; // caller task -> combinators returned to it, not resumed
    // The console: what was printed and the lines typed for input(), in order, and per such event where
    // its text ends.
    QString m_output;
    std::vector<std::pair<EventIndex, qsizetype>> m_outputEnds;
};

} // namespace awaitscope
