#include "runtime/loop.h"

#include "runtime/errors.h"
#include "runtime/task.h"
#include "trace/trace.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <functional>
#include <mutex>
#include <optional>

namespace awaitscope {

namespace {
thread_local Loop *t_current = nullptr;

std::uint64_t nextLoopSerial()
{
    static std::atomic<std::uint64_t> serials{0};
    return ++serials;
}

// The serial numbers of the loops that exist, for Loop::isAlive (few: one per running program and thread).
std::mutex g_liveLoopsMutex;
std::vector<std::uint64_t> g_liveLoops;

// Makes `loop` the current loop for a scope, restoring the previous one afterwards.
class CurrentLoopScope
{
public:
    explicit CurrentLoopScope(Loop *loop)
        : m_previous(std::exchange(t_current, loop))
    {
    }
    ~CurrentLoopScope() { t_current = m_previous; }

private:
    Loop *m_previous;
};

// base_events.py:1893: due are the timers before now plus the clock's resolution (1 ns for Linux's monotonic
// clock), so two deadlines that differ only by float rounding (0.2 + 0.5 and 0.5 + 0.2) are the same moment.
// (A timer at the time itself is always reached: at 1e300 s the nanosecond is lost in rounding.)
constexpr double clockResolution = 1e-9;
bool reached(double when, double now)
{
    return when < now + clockResolution || when <= now;
}

// How long a loop that asks to sleep `seconds` really sleeps on Linux (docs/runtime.md, "Equal deadlines"):
// selectors.py rounds an epoll wait up to whole milliseconds, the kernel lets the wake-up come late by the
// timer slack of a normal task, 0.1% of the wait, at least 50 µs and at most 100 ms (fs/select.c,
// select_estimate_accuracy), and the woken loop runs a little after that (0.2 ms here; Linux machines show
// from about 0.05 to 0.5 ms). Code takes no time here (see runOnce for the one exception); the recorder's
// TieRule.slept_for is the same.
double sleptFor(double seconds)
{
    constexpr double wakeLatency = 200e-6;
    if (!(seconds > 0))
        return 0.0;
    if (!std::isfinite(seconds))
        return seconds;
    const double waited = std::ceil(seconds * 1e3 - 1e-6) / 1e3; // 1.0 s is 1000 ms despite rounding
    return waited + std::clamp(waited / 1000, 50e-6, 0.1) + wakeLatency;
}
} // namespace

Loop::Loop(Clock clock, Trace *trace)
    : m_serial(nextLoopSerial())
    , m_clock(clock)
    , m_trace(trace)
{
    {
        std::lock_guard lock(g_liveLoopsMutex);
        g_liveLoops.push_back(m_serial);
    }
    m_elapsed.start();
    if (m_trace)
        m_trace->clock = clock == Clock::Virtual ? QStringLiteral("virtual") : QStringLiteral("real");
    if (m_clock == Clock::Real) {
        m_context = new QObject;
        m_timer = new QTimer(m_context);
        m_timer->setSingleShot(true);
        m_timer->setTimerType(Qt::PreciseTimer);
        QObject::connect(m_timer, &QTimer::timeout, m_context, [this] {
            CurrentLoopScope scope(this);
            runOnce();
            schedulePass();
            // The timer may have woken for a timer since cancelled, or a hair early: nothing ran and
            // no pass was posted, so arm it again for the next deadline (or the run hangs).
            armRealTimer();
        });
    }
}

Loop::~Loop()
{
    // Break the cycles between tasks and the callbacks that hold them.
    m_ready.clear();
    m_timers.clear();
    m_tasks.clear();
    delete m_context;
    std::lock_guard lock(g_liveLoopsMutex);
    std::erase(g_liveLoops, m_serial);
}

bool Loop::isAlive(std::uint64_t serial)
{
    if (const Loop *running = current(); running && running->m_serial == serial)
        return true;
    std::lock_guard lock(g_liveLoopsMutex);
    return std::find(g_liveLoops.begin(), g_liveLoops.end(), serial) != g_liveLoops.end();
}

Loop *Loop::current()
{
    return t_current;
}

double Loop::time() const
{
    if (m_clock == Clock::Virtual)
        return m_virtualNow;
    return double(m_elapsed.nsecsElapsed()) / 1e9 + m_virtualNow;
}

void Loop::pushReady(Ready &&r)
{
    m_ready.push_back(std::move(r));
    if (m_clock == Clock::Real)
        schedulePass();
}

void Loop::Ready::run()
{
    switch (kind) {
    case Kind::Call:
        cb();
        break;
    case Kind::Step:
        static_cast<TaskState &>(*future).stepFromLoop();
        break;
    case Kind::Listener:
        if (auto l = listener.lock())
            l->futureDone(*future);
        break;
    case Kind::Done:
        done(*future);
        break;
    }
}

void Loop::callSoon(Callback cb)
{
    Ready r;
    r.cb = std::move(cb);
    pushReady(std::move(r));
}

void Loop::scheduleStep(std::shared_ptr<TaskState> task)
{
    Ready r;
    r.kind = Ready::Kind::Step;
    r.future = std::move(task);
    pushReady(std::move(r));
}

void Loop::scheduleDone(std::shared_ptr<FutureState> future, std::weak_ptr<DoneListener> listener)
{
    Ready r;
    r.kind = Ready::Kind::Listener;
    r.future = std::move(future);
    r.listener = std::move(listener);
    pushReady(std::move(r));
}

void Loop::scheduleDone(std::shared_ptr<FutureState> future, std::function<void(FutureState &)> callback)
{
    Ready r;
    r.kind = Ready::Kind::Done;
    r.future = std::move(future);
    r.done = std::move(callback);
    pushReady(std::move(r));
}

Loop::TimerId Loop::callSoonCancellable(Callback cb)
{
    const TimerId id = ++m_nextTimerId;
    m_cancellableSoon.emplace(id, true);
    Ready r;
    r.cb = std::move(cb);
    r.cancelId = id;
    pushReady(std::move(r));
    return id;
}

Loop::TimerId Loop::callLater(double delay, Callback cb)
{
    return callAt(time() + delay, std::move(cb));
}

Loop::TimerId Loop::callAt(double when, Callback cb)
{
    return pushTimer(Timer{when, 0, std::move(cb), nullptr});
}

Loop::TimerId Loop::callAtInternal(double when, Callback cb)
{
    return pushTimer(Timer{when, 0, std::move(cb), nullptr, true});
}

Loop::TimerId Loop::resolveAt(double when, std::shared_ptr<FutureState> future)
{
    return pushTimer(Timer{when, 0, nullptr, std::move(future)});
}

Loop::TimerId Loop::pushTimer(Timer timer)
{
    const TimerId id = ++m_nextTimerId;
    const double when = timer.when;
    timer.id = id;
    timer.lag = m_lag;
    timer.moment = std::nearbyint(when * 1e9);
    m_timers.push_back(std::move(timer));
    std::push_heap(m_timers.begin(), m_timers.end(), std::greater<>{});
    if (m_trace && !timer.internal) {
        TraceEvent *e =
            record(TraceEvent::Kind::TimerScheduled, m_currentTask ? m_currentTask->id() : -1, int(id));
        e->data.insert(QStringLiteral("when"), when);
    }
    if (m_clock == Clock::Real)
        armRealTimer();
    return id;
}

void Loop::cancelTimer(TimerId id)
{
    auto it = m_cancellableSoon.find(id);
    if (it != m_cancellableSoon.end()) {
        it->second = false;
        return;
    }
    if (id == 0 || id > m_nextTimerId)
        return;
    m_cancelledTimers.insert(id);
    // Ids of timers that already fired may land here too; keep the set from growing without bound.
    if (m_cancelledTimers.size() > 64 && m_cancelledTimers.size() > 2 * m_timers.size()) {
        std::unordered_set<TimerId> live;
        for (const Timer &t : m_timers)
            if (m_cancelledTimers.contains(t.id))
                live.insert(t.id);
        m_cancelledTimers.swap(live);
    }
}

bool Loop::hasWork() const
{
    const_cast<Loop *>(this)->dropCancelledTimers();
    return !m_ready.empty() || !m_timers.empty() || !m_wakeups.empty();
}

void Loop::wakeAt(double when, Callback cb)
{
    m_wakeups.push_back(Wakeup{when, ++m_wakeupOrder, std::move(cb)});
    std::push_heap(m_wakeups.begin(), m_wakeups.end(), std::greater<>{});
    armRealTimer();
}

void Loop::runFirstWakeup()
{
    std::pop_heap(m_wakeups.begin(), m_wakeups.end(), std::greater<>{});
    Callback cb = std::move(m_wakeups.back().cb);
    m_wakeups.pop_back();
    cb();
}

void Loop::runReachedWakeups()
{
    while (!m_wakeups.empty() && reached(m_wakeups.front().when, time()))
        runFirstWakeup();
}

void Loop::dropCancelledTimers()
{
    while (!m_timers.empty() && !m_cancelledTimers.empty() && m_cancelledTimers.erase(m_timers.front().id)) {
        std::pop_heap(m_timers.begin(), m_timers.end(), std::greater<>{});
        m_timers.pop_back();
    }
    if (m_timers.empty())
        m_cancelledTimers.clear();
}

void Loop::forEachReached(double now, const std::function<void(const Timer &)> &f) const
{
    // The live timers reached at `now` are a subtree at the top of the heap: a child is never earlier than
    // its parent, so the walk stops where the timers are still to come.
    if (m_timers.empty() || !reached(m_timers.front().when, now))
        return; // the common case, without an allocation
    std::vector<size_t> stack{0};
    while (!stack.empty()) {
        const size_t i = stack.back();
        stack.pop_back();
        const Timer &timer = m_timers[i];
        if (!reached(timer.when, now))
            continue;
        if (!m_cancelledTimers.contains(timer.id))
            f(timer);
        for (const size_t child : {2 * i + 1, 2 * i + 2})
            if (child < m_timers.size())
                stack.push_back(child);
    }
}

bool Loop::busyWhileTimersWait() const
{
    const double now = time();
    bool waiting = false, firing = false;
    forEachReached(now, [&](const Timer &timer) { (due(timer, now) ? firing : waiting) = true; });
    return waiting && (firing || !m_ready.empty());
}

QJsonArray Loop::timersDeferredAtThisMoment() const
{
    // The live timers reached at this moment that wait for a later wake-up (only after a wake-up, and only
    // for a traced run).
    const double now = time();
    std::vector<const Timer *> deferred;
    forEachReached(now, [&](const Timer &timer) {
        if (!timer.internal && !due(timer, now))
            deferred.push_back(&timer);
    });
    std::sort(deferred.begin(), deferred.end(), [](const Timer *a, const Timer *b) { return a->id < b->id; });
    QJsonArray ids;
    for (const Timer *timer : deferred)
        ids.append(qint64(timer->id));
    return ids;
}

bool Loop::due(const Timer &timer, double now) const
{
    if (!reached(timer.when, now))
        return false;
    // On the virtual clock a timer reached at this moment is due if its deadline on the modelled real clock
    // (its time plus the lateness when it was armed) is before that clock's now: a timer armed after later
    // wake-ups for the same nominal moment waits for the loop's next sleep (docs/runtime.md, "Equal
    // deadlines").
    const double apart = timer.when == now ? 0.0 : timer.when - now; // a sleep until inf reaches inf
    return m_clock != Clock::Virtual || apart + (timer.lag - m_lag) < clockResolution;
}

void Loop::moveDueTimers()
{
    const double now = time();
    for (;;) {
        dropCancelledTimers();
        if (m_timers.empty() || !due(m_timers.front(), now))
            break;
        std::pop_heap(m_timers.begin(), m_timers.end(), std::greater<>{});
        Timer timer = std::move(m_timers.back());
        m_timers.pop_back();
        Callback cb = std::move(timer.cb);
        if (timer.resolve) {
            cb = [future = std::move(timer.resolve)] {
                if (!future->done())
                    future->setResult({});
            };
        }
        Ready r;
        if (m_trace && !timer.internal) {
            const int id = int(timer.id);
            r.cb = [this, id, cb = std::move(cb)] {
                record(TraceEvent::Kind::TimerFired, -1, id);
                cb();
            };
        } else {
            r.cb = std::move(cb);
        }
        m_ready.push_back(std::move(r));
    }
}

void Loop::runOnce()
{
    CurrentLoopScope scope(this);
    bool woke = false;
    // A pass that runs callbacks while timers of this moment wait for a later wake-up takes a little real
    // time, so a loop kept busy (a sleep(0) loop, a timer that re-arms itself with no delay) still reaches
    // them (docs/runtime.md, "Equal deadlines").
    constexpr double passCost = 10e-6;
    if (m_clock == Clock::Virtual && busyWhileTimersWait())
        m_lag += passCost;
    // A thread beside the loop that handed it something while it waited wakes the loop at once: the threads
    // due at the same moment run at the start of its next pass, as they would when the loop's thread is busy.
    bool handedWork = false;
    if (m_clock == Clock::Virtual && m_ready.empty() && !m_stopping) {
        dropCancelledTimers();
        // Nothing ready: the loop waits, and the threads beside it run at their moments until one of them
        // hands the loop something to do or the first timer comes first. It waits only for a timer still to
        // come: for one reached already (but left for the next wake-up, "Equal deadlines") base_events.py
        // computes a wait of 0, and the threads due run as in a busy pass, after that wake-up.
        const bool waits = m_timers.empty() || !reached(m_timers.front().when, m_virtualNow);
        while (waits && m_ready.empty() && !m_wakeups.empty() &&
               (m_timers.empty() || !(m_timers.front().when < m_wakeups.front().when - clockResolution))) {
            m_virtualNow = std::max(m_virtualNow, m_wakeups.front().when);
            runFirstWakeup();
            dropCancelledTimers();
        }
        handedWork = !m_ready.empty();
        // Nothing ready: the loop sleeps until the first timer is due.
        if (!handedWork && !m_timers.empty() && !due(m_timers.front(), m_virtualNow)) {
            const Timer &first = m_timers.front();
            const double wait = (first.when - m_virtualNow) + (first.lag - m_lag);
            const double then = m_virtualNow;
            m_virtualNow = std::max(m_virtualNow, first.when);
            const double lag = (then - m_virtualNow) + m_lag + sleptFor(wait);
            m_lag = std::isfinite(lag) ? lag : first.lag; // at an infinite time only ties are left to order
            woke = true;
        }
    }
    if (!handedWork)
        runReachedWakeups();
    moveDueTimers();
    // base_events.py:1905 — only what is ready now runs in this pass.
    const size_t ntodo = m_ready.size();
    ++m_passCount;
    if (m_trace && ntodo > 0) {
        TraceEvent *e = record(TraceEvent::Kind::LoopPass);
        e->data.insert(QStringLiteral("ready"), qint64(ntodo));
        e->data.insert(QStringLiteral("timers"),
                       qint64(m_timers.size() - std::min(m_timers.size(), m_cancelledTimers.size())));
        if (m_shuttingDown)
            e->data.insert(QStringLiteral("shutdown"), true);
        if (woke) {
            const QJsonArray deferred = timersDeferredAtThisMoment();
            if (!deferred.isEmpty())
                e->data.insert(QStringLiteral("deferred"), deferred);
        }
    }
    for (size_t i = 0; i < ntodo && !m_ready.empty(); ++i) {
        Ready item = m_ready.take_front();
        if (item.cancelId) {
            const bool live = m_cancellableSoon[item.cancelId];
            m_cancellableSoon.erase(item.cancelId);
            if (!live)
                continue;
        }
        item.run();
    }
}

bool Loop::runUntilComplete(const std::shared_ptr<FutureState> &future)
{
    // base_events.py: run_until_complete stops the loop from a done callback, one pass after completion,
    // and takes that callback off again when the loop stopped for another reason.
    const FutureState::CallbackId stopWhenDone =
        future->addDoneCallback([this](FutureState &) { m_stopping = true; },
                                "_run_until_complete_cb() at /usr/lib/python3.11/asyncio/base_events.py:180");
    const bool result = runUntilStopping([&future] {
        return QStringLiteral("nothing is left to run, but the program is still waiting: %1")
            .arg(describeWaitChain(future));
    });
    future->removeDoneCallback(stopWhenDone);
    return result;
}

bool Loop::runForever()
{
    return runUntilStopping([] {
        return QStringLiteral(
            "loop.run_forever(): nothing is left to run, and nothing will call loop.stop()");
    });
}

void Loop::continueFrom(int lastTaskNumber, int lastObjectId, double virtualNow)
{
    m_taskNumber = std::max(m_taskNumber, lastTaskNumber);
    m_objectId = std::max(m_objectId, lastObjectId);
    if (m_clock == Clock::Virtual)
        m_virtualNow = std::max(m_virtualNow, virtualNow);
}

bool Loop::runUntilStopping(const std::function<QString()> &whyStuck)
{
    CurrentLoopScope scope(this);
    struct ResetStopping // run_forever's finally: the next run starts afresh
    {
        bool &flag;
        ~ResetStopping() { flag = false; }
    } reset{m_stopping};
    if (m_clock == Clock::Virtual) {
        for (;;) {
            if (m_stopRequested)
                return false;
            if (m_ready.empty()) {
                dropCancelledTimers();
                if (m_timers.empty() && m_wakeups.empty()) {
                    if (m_stopping)
                        return true;
                    m_stopReason = whyStuck();
                    return false;
                }
            }
            runOnce();
            if (m_stopping)
                return !m_stopRequested;
        }
    }
    if (m_stopping) { // stop() before the run: one pass
        runOnce();
        return !m_stopRequested;
    }
    QEventLoop eventLoop;
    QObject guard;
    auto quitWhenStopping = [&] {
        if (m_stopping || m_stopRequested)
            eventLoop.quit();
    };
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &guard, quitWhenStopping);
    poll.start(5);
    schedulePass();
    armRealTimer();
    if (!m_stopping && !m_stopRequested)
        eventLoop.exec();
    return m_stopping && !m_stopRequested;
}

QString Loop::describeWaitChain(const std::shared_ptr<FutureState> &start)
{
    // Follows what each task awaits (asyncio's _fut_waiter), through a gather to its first unfinished child,
    // until the chain ends or comes back to a task already named: then the tasks wait for each other.
    // A long chain keeps its first and last links. English, like the runtime's other stop reasons.
    QStringList links; // "Task-1 awaits ", "Task-2 awaits a gather that waits for ", ...
    QSet<const FutureState *> seen;
    QString ending; // set when the chain explains the wait
    const FutureState *f = start.get();
    while (f && f->isTask()) {
        const auto *task = static_cast<const TaskState *>(f);
        if (seen.contains(task)) {
            links.append(task->name());
            ending = QStringLiteral(": the tasks wait for each other (a deadlock)");
            break;
        }
        seen.insert(task);
        const FutureState *next = task->waitingOn().get();
        if (next && next->isTask()) {
            links.append(QStringLiteral("%1 awaits ").arg(task->name()));
            f = next;
            continue;
        }
        const FutureState *child = nullptr;
        if (next)
            for (const FuturePtr &c : next->childFutures())
                if (!c->done() && c->isTask()) {
                    child = c.get();
                    break;
                }
        if (!child) {
            links.append(task->name());
            if (next)
                ending = QStringLiteral(" awaits something that nothing will ever complete");
            break;
        }
        links.append(QStringLiteral("%1 awaits a gather that waits for ").arg(task->name()));
        f = child;
    }
    if (ending.isEmpty())
        return QStringLiteral("some task awaits something that never happens");
    constexpr qsizetype keep = 3;
    if (links.size() > 2 * keep + 1) {
        const qsizetype hidden = links.size() - 2 * keep;
        links = links.mid(0, keep) + QStringList{QStringLiteral("… (%1 more) … ").arg(hidden)} +
                links.mid(links.size() - keep);
    }
    return links.join(QString()) + ending;
}

void Loop::cancelAllTasks()
{
    // asyncio.runners._cancel_all_tasks: cancel every pending task, then wait for them all.
    auto pending = pendingTasks();
    if (pending.empty())
        return;
    FutureState::cancelAll(std::vector<FuturePtr>(pending.begin(), pending.end()));
    bool stuck = false;
    for (auto &task : pending) {
        if (!task->done() && !runUntilComplete(task)) {
            stuck = true;
            break;
        }
    }
    if (stuck) {
        // Tasks that await each other in a cycle cannot be reached by cancel(): end them anyway, so their
        // coroutines unwind (their finally blocks run) and nothing is left suspended for ever.
        for (auto &task : pending)
            task->abandonWait(QString());
        for (auto &task : pending) {
            if (!task->done() && !runUntilComplete(task))
                return;
        }
    }
    for (auto &task : pending) {
        if (!task->cancelled() && task->peekException()) {
            task->markRetrieved();
            if (exceptionHandler)
                exceptionHandler(
                    QStringLiteral("unhandled exception during asyncio.run() shutdown\ntask: %1\n%2")
                        .arg(task->name(), describeException(task->peekException())));
        }
    }
}

namespace {
// While the loop's thread blocks, the blocked task is not the current one (a thread's job runs without it),
// and it is the current one again afterwards, also when a job ends the program.
struct BlockedTask
{
    TaskState *&current;
    TaskState *task = std::exchange(current, nullptr);
    ~BlockedTask() { current = task; }
};
} // namespace

void Loop::blockFor(double seconds)
{
    const bool blocks = seconds > 0; // time.sleep(0) blocks nothing, but lets the threads due now run
    if (blocks && m_trace && m_currentTask) {
        TraceEvent *e = record(TraceEvent::Kind::Suspended, m_currentTask->id());
        e->waitKind = TraceEvent::WaitKind::Blocking;
        e->data.insert(QStringLiteral("seconds"), seconds);
    }
    // The threads beside the loop go on meanwhile: each wake-up within the sleep runs at its moment.
    const double end = time() + (blocks ? seconds : 0.0);
    if (!m_wakeups.empty() && m_wakeups.front().when <= end) {
        BlockedTask blocked{m_currentTask};
        while (!m_wakeups.empty() && m_wakeups.front().when <= end)
            runFirstWakeupAtItsMoment();
    }
    if (!blocks)
        return;
    blockUntilTime(end);
    if (m_trace && m_currentTask)
        record(TraceEvent::Kind::StepStarted, m_currentTask->id());
}

void Loop::blockUntil(const std::function<bool()> &done, double deadline)
{
    if (done())
        return;
    const double start = time();
    std::optional<size_t> suspended; // its index: the events may move meanwhile
    if (m_trace && m_currentTask) {
        record(TraceEvent::Kind::Suspended, m_currentTask->id())->waitKind = TraceEvent::WaitKind::Blocking;
        suspended = m_trace->events().size() - 1;
    }
    {
        BlockedTask blocked{m_currentTask};
        while (!done() && !m_wakeups.empty() && m_wakeups.front().when <= deadline)
            runFirstWakeupAtItsMoment();
        if (!done() && std::isfinite(deadline)) // the timeout passes
            blockUntilTime(deadline);
    }
    if (suspended) {
        m_trace->event(*suspended).data.insert(QStringLiteral("seconds"), time() - start);
        record(TraceEvent::Kind::StepStarted, m_currentTask->id());
    }
}

void Loop::runFirstWakeupAtItsMoment()
{
    blockUntilTime(m_wakeups.front().when);
    runFirstWakeup();
}

void Loop::blockUntilTime(double when)
{
    if (m_clock == Clock::Virtual)
        m_virtualNow = std::max(m_virtualNow, when);
    else if (const double wait = when - time(); wait > 0)
        QThread::usleep((unsigned long)(wait * 1e6));
}

void Loop::requestStop()
{
    m_stopRequested = true;
    m_stopReason = QStringLiteral("stopped");
}

std::vector<std::shared_ptr<TaskState>> Loop::pendingTasks() const
{
    std::vector<std::shared_ptr<TaskState>> out;
    for (const auto &t : m_tasks)
        if (!t->done())
            out.push_back(t);
    return out;
}

size_t Loop::unfinishedTaskCount() const
{
    return size_t(std::count_if(m_tasks.begin(), m_tasks.end(), [](const auto &t) { return !t->done(); }));
}

void Loop::registerTask(const std::shared_ptr<TaskState> &task)
{
    // Finished tasks without an unread exception are dropped whenever the list has doubled since the last
    // sweep: linear in all. (A sweep every 1,024 tasks cost 100,000 pending tasks 98 sweeps of the whole
    // list, 15% of the runtime bench.)
    if (m_tasks.size() >= m_sweepAt) {
        std::erase_if(m_tasks, [](const auto &t) { return t->done() && !t->exceptionUnretrieved(); });
        m_sweepAt = std::max<size_t>(1024, 2 * m_tasks.size());
    }
    m_tasks.push_back(task);
}

TraceEvent *Loop::record(TraceEvent::Kind kind, int task, int other, QString text)
{
    if (!m_trace)
        return nullptr;
    TraceEvent e;
    e.time = time();
    e.kind = kind;
    e.task = task;
    e.other = other;
    e.text = std::move(text);
    if (m_currentTask && (task == m_currentTask->id() || task < 0))
        e.line = m_currentTask->currentLine();
    return &m_trace->append(std::move(e));
}

void Loop::recordCreated(TraceTask created)
{
    if (!m_trace)
        return;
    created.parent = m_currentTask ? m_currentTask->id() : -1;
    const int id = created.id, parent = created.parent, line = created.createdLine;
    m_trace->addTask(created);
    TraceEvent *e = record(TraceEvent::Kind::TaskCreated, id, parent);
    if (line > 0)
        e->line = line;
}

void Loop::watchUnretrieved(const std::shared_ptr<FutureState> &future)
{
    if (m_watchedFutures.size() >= m_watchSweepAt) {
        std::erase_if(m_watchedFutures, [](const std::weak_ptr<FutureState> &w) {
            const auto f = w.lock();
            return !f || (f->done() && !f->exceptionUnretrieved());
        });
        m_watchSweepAt = std::max<size_t>(1024, 2 * m_watchedFutures.size());
    }
    m_watchedFutures.push_back(future);
}

void Loop::reportUnretrievedExceptions(bool tasksOnly)
{
    std::vector<std::shared_ptr<FutureState>> unretrieved;
    auto consider = [&unretrieved](std::shared_ptr<FutureState> f) {
        if (f && f->done() && !f->cancelled() && f->exceptionUnretrieved())
            unretrieved.push_back(std::move(f));
    };
    for (const auto &t : m_tasks)
        consider(t);
    if (!tasksOnly)
        for (const auto &w : m_watchedFutures)
            consider(w.lock());
    std::sort(unretrieved.begin(), unretrieved.end(),
              [](const auto &a, const auto &b) { return a->id() < b->id(); });
    for (const auto &f : unretrieved) {
        if (!f->exceptionUnretrieved())
            continue; // a future watched twice
        f->markRetrieved();
        if (unretrievedHandler) {
            unretrievedHandler(f);
        } else if (exceptionHandler) {
            const QString type = QLatin1String(f->asyncioTypeName());
            const QString name =
                f->isTask() ? QStringLiteral(" name='%1'").arg(static_cast<const TaskState &>(*f).name())
                            : QString();
            exceptionHandler(
                QStringLiteral("%1 exception was never retrieved\nfuture: <%1 finished%2 exception=%3>")
                    .arg(type, name, describeException(f->peekException())));
        }
    }
}

void Loop::schedulePass()
{
    if (m_clock != Clock::Real || m_passPosted || m_ready.empty())
        return;
    m_passPosted = true;
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_passPosted = false;
            CurrentLoopScope scope(this);
            runOnce();
            schedulePass();
            armRealTimer();
        },
        Qt::QueuedConnection);
}

void Loop::armRealTimer()
{
    if (m_clock != Clock::Real)
        return;
    dropCancelledTimers();
    if (m_timers.empty() && m_wakeups.empty()) {
        m_timer->stop();
        return;
    }
    double first = m_timers.empty() ? m_wakeups.front().when : m_timers.front().when;
    if (!m_wakeups.empty())
        first = std::min(first, m_wakeups.front().when);
    // QTimer takes an int of milliseconds (24.8 days at most): a later deadline is approached in hourly
    // wake-ups, each of which finds nothing due and arms the timer again.
    constexpr double longestWaitSeconds = 3600.0;
    const double delay = std::clamp(first - time(), 0.0, longestWaitSeconds);
    m_timer->start(int(std::ceil(delay * 1000.0)));
}

} // namespace awaitscope
