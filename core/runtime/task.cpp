#include "runtime/task.h"

#include "runtime/errors.h"
#include "runtime/loop.h"
#include "trace/trace.h"

namespace awaitscope {

namespace {
// A task whose body is started by a Starter function (the interpreter's way in).
class StarterTask final : public TaskState
{
public:
    StarterTask(Loop &loop, TaskState::Starter starter, const TaskOptions &options)
        : TaskState(loop, options)
        , m_starter(std::move(starter))
    {
    }

protected:
    void start() override
    {
        auto starter = std::move(m_starter);
        m_starter = nullptr;
        if (starter)
            starter(*this);
    }

private:
    TaskState::Starter m_starter;
};
} // namespace

TaskState::TaskState(Loop &loop, const TaskOptions &options)
    : FutureState(loop)
    , m_name(options.name.isEmpty() ? QString() : options.name)
    , m_number(options.name.isEmpty() ? loop.nextTaskNumber() : 0) // asyncio numbers unnamed tasks only
    , m_currentLine(options.line)
{
}

QString TaskState::name() const
{
    if (!m_name.isNull())
        return m_name;
    // "Task-<m_number>", written in place: QString::arg here was a tenth of a traced gather's time.
    char digits[12];
    int n = 0;
    for (unsigned v = unsigned(m_number); n == 0 || v != 0; v /= 10)
        digits[n++] = char('0' + v % 10);
    QString name(5 + n, Qt::Uninitialized);
    QChar *out = name.data();
    for (char c : {'T', 'a', 's', 'k', '-'})
        *out++ = QLatin1Char(c);
    while (n > 0)
        *out++ = QLatin1Char(digits[--n]);
    return name;
}

TaskState::~TaskState() = default;

std::shared_ptr<TaskState> TaskState::create(Loop &loop, Starter starter, TaskOptions options)
{
    std::shared_ptr<TaskState> task = std::make_shared<StarterTask>(loop, std::move(starter), options);
    launch(task, options);
    return task;
}

void TaskState::launch(const std::shared_ptr<TaskState> &task, const TaskOptions &options)
{
    Loop &loop = task->loop();
    loop.registerTask(task);
    if (loop.trace())
        loop.recordCreated(
            TraceTask{task->id(), task->name(), -1, options.line, options.coroutine, options.origin});
    // tasks.py:130 — the body starts on the loop's next pass, never here.
    loop.scheduleStep(task);
}

void TaskState::setName(const QString &name)
{
    m_name = name;
    if (Trace *trace = m_loop.trace())
        if (TraceTask *t = trace->task(id()))
            t->name = name;
}

bool TaskState::cancel(const QString &message)
{
    return cancelChain(message);
}

// tasks.py:198-238, in the two halves the cancel walk calls (future.cpp).
bool TaskState::cancelEnter(const QString &message, std::vector<FuturePtr> *next)
{
    m_logTraceback = false;
    if (done())
        return false;
    ++m_numCancelsRequested;
    if (m_loop.trace()) {
        TaskState *by = m_loop.currentTask();
        m_loop.record(TraceEvent::Kind::CancelRequested, id(), by ? by->id() : -1, message);
    }
    // tasks.py:226 — cancellation travels down to what we wait on; if that accepts, we are done here.
    if (m_futWaiter)
        next->push_back(m_futWaiter);
    return true;
}

bool TaskState::cancelLeave(const QString &message, bool anyAccepted)
{
    if (anyAccepted)
        return true;
    m_mustCancel = true;
    setCancelMessage(message);
    return true;
}

void TaskState::abandonWait(const QString &message)
{
    if (done() || !m_suspended || !m_resume)
        return;
    m_mustCancel = true;
    setCancelMessage(message);
    m_loop.scheduleStep(shared());
}

bool TaskState::cancelAgain()
{
    if (done())
        return false;
    ++m_numCancelsRequested;
    return true;
}

int TaskState::uncancel()
{
    if (m_numCancelsRequested > 0)
        --m_numCancelsRequested;
    return m_numCancelsRequested;
}

void TaskState::step(std::exception_ptr exc)
{
    if (done())
        return;
    if (m_mustCancel) {
        if (!isCancelledError(exc))
            exc = std::make_exception_ptr(CancelledError(cancelMessage()));
        m_mustCancel = false;
    }
    m_futWaiter.reset();
    TaskState *previous = m_loop.currentTask();
    m_loop.setCurrentTask(this);
    m_loop.record(TraceEvent::Kind::StepStarted, id());
    m_suspended = false;
    // Keep ourselves alive while the coroutine runs: it may drop the last other reference.
    auto self = shared();
    if (!m_started) {
        m_started = true;
        if (exc) {
            // Cancelled before its first step: coro.throw() on an unstarted coroutine raises at once.
            bodyRaised(exc);
        } else {
            start();
        }
    } else {
        m_throwIn = exc;
        auto handle = std::exchange(m_resume, {});
        if (handle)
            handle.resume();
    }
    if (!m_bodyEnded && !m_suspended) {
        // The coroutine suspended on something that is not the runtime's: it can never be resumed by us.
        bodyRaised(std::make_exception_ptr(UsageError(
            UsageError::Kind::Runtime,
            QStringLiteral("task %1 awaited something outside the runtime; use the runtime's awaitables")
                .arg(m_name))));
    }
    m_loop.setCurrentTask(previous);
}

void TaskState::wakeup(FutureState &future)
{
    // tasks.py: __wakeup retrieves the result (marking any exception as seen), then steps.
    if (!future.cancelled())
        future.markRetrieved();
    if (m_loop.trace())
        m_loop.record(TraceEvent::Kind::Woken, id(), future.traceId());
    // tasks.py:254-257 — __step keeps the CancelledError the awaited future raised (its own message) and
    // makes one from _cancel_message only when there is none: a second cancel() whose message found the
    // future already cancelled does not replace the first one's.
    if (m_mustCancel && future.cancelled()) {
        step(future.makeCancelledError());
        return;
    }
    step(nullptr);
}

void TaskState::suspendOn(const FuturePtr &future, std::coroutine_handle<> handle, double until)
{
    if (future.get() == this)
        throw UsageError(UsageError::Kind::Runtime, QStringLiteral("Task cannot await on itself"));
    m_resume = handle;
    m_futWaiter = future;
    m_suspended = true;
    if (m_loop.trace()) {
        TraceEvent *e = m_loop.record(TraceEvent::Kind::Suspended, id(), future->traceId());
        e->waitKind = qIsNaN(until) ? future->waitKind() : TraceEvent::WaitKind::Timer;
        if (!qIsNaN(until))
            e->data.insert(QStringLiteral("until"), until);
        if (const char *label = future->waitLabel())
            e->text = QString::fromLatin1(label);
    }
    future->addDoneListener(std::shared_ptr<DoneListener>(shared(), static_cast<DoneListener *>(this)));
    // tasks.py:296 — a cancel requested while we were running goes to the new waiter at once.
    if (m_mustCancel) {
        if (m_futWaiter->cancel(cancelMessage()))
            m_mustCancel = false;
    }
}

void TaskState::suspendYield(std::coroutine_handle<> handle, const FutureState *seen)
{
    m_resume = handle;
    m_suspended = true;
    if (m_loop.trace()) {
        TraceEvent *e = m_loop.record(TraceEvent::Kind::Suspended, id(), seen ? seen->traceId() : -1);
        e->waitKind = seen ? seen->waitKind() : TraceEvent::WaitKind::Yield;
    }
    m_loop.scheduleStep(shared());
}

std::exception_ptr TaskState::takeThrowIn()
{
    return std::exchange(m_throwIn, nullptr);
}

void TaskState::destroyPendingBody()
{
    if (m_bodyEnded || !m_bodyFrame)
        return;
    const std::coroutine_handle<> frame = std::exchange(m_bodyFrame, {});
    m_resume = {};
    m_suspended = false;
    frame.destroy();
}

void TaskState::bodyReturned(std::any value, QString resultText)
{
    m_bodyEnded = true;
    m_bodyFrame = {};
    m_resume = {};
    if (m_mustCancel) {
        // Cancelled right before the coroutine returned.
        m_mustCancel = false;
        cancelFuture(cancelMessage());
        m_loop.record(TraceEvent::Kind::TaskCancelled, id());
        return;
    }
    setResult(std::move(value));
    m_loop.record(TraceEvent::Kind::TaskFinished, id(), -1, std::move(resultText));
}

void TaskState::bodyRaised(std::exception_ptr exception)
{
    m_bodyEnded = true;
    m_bodyFrame = {};
    m_resume = {};
    if (isCancelledError(exception)) {
        // tasks.py:278-280 — the exception is kept for whoever awaits the task first; the future is
        // cancelled without a message (gather's return_exceptions slot says CancelledError('')).
        cancelFuture(QString());
        setCancelledException(exception);
        m_loop.record(TraceEvent::Kind::TaskCancelled, id());
        return;
    }
    setException(exception);
    m_loop.record(TraceEvent::Kind::TaskFailed, id(), -1, describeException(exception));
}

FutureAwaiter::FutureAwaiter(FuturePtr future, double until)
    : m_future(std::move(future))
    , m_until(until)
{
}

bool FutureAwaiter::await_ready() const noexcept
{
    return m_future->done();
}

void FutureAwaiter::await_suspend(std::coroutine_handle<> handle)
{
    m_task = &requireCurrentTask("await");
    m_task->suspendOn(m_future, handle, m_until);
}

std::any FutureAwaiter::await_resume()
{
    if (m_task)
        if (auto e = m_task->takeThrowIn())
            std::rethrow_exception(e);
    return m_future->result();
}

void YieldAwaiter::await_suspend(std::coroutine_handle<> handle)
{
    m_task = &requireCurrentTask("sleep(0)");
    m_task->suspendYield(handle, m_seen);
}

void YieldAwaiter::await_resume()
{
    if (m_task)
        if (auto e = m_task->takeThrowIn())
            std::rethrow_exception(e);
}

TaskState &requireCurrentTask(const char *what)
{
    Loop *loop = Loop::current();
    if (!loop || !loop->currentTask())
        throw UsageError(UsageError::Kind::Runtime,
                         QStringLiteral("%1 outside a running task").arg(QLatin1String(what)));
    return *loop->currentTask();
}

} // namespace awaitscope
