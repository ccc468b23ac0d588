#pragma once

#include "runtime/future.h"
#include "runtime/loop.h"
#include "runtime/task.h"

#include <qcoro/qcorotask.h>

#include <QJsonObject>

#include <deque>
#include <optional>
#include <vector>

namespace awaitscope {

// The type-erased core of asyncio's combinators (tasks.py), shared by the C++ API (api.h) and the
// interpreter. Inputs are futures/tasks already: wrapping coroutines in tasks (ensure_future) is the
// caller's job, in argument order, as asyncio does.

// asyncio.sleep(delay): sleep(0) is one bare yield; otherwise a future resolved by a timer.
// An awaiter rather than a coroutine: no frame to allocate on the hottest path there is.
class SleepAwaiter
{
public:
    explicit SleepAwaiter(double delay)
        : m_delay(delay)
    {
    }
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> handle);
    void await_resume();

private:
    double m_delay;
    TaskState *m_task = nullptr;
    FuturePtr m_future;
    Loop::TimerId m_timer = 0;
};

inline SleepAwaiter sleep(double delay)
{
    return SleepAwaiter(delay);
}

// One slot of gather's result: the value, or (return_exceptions=True) the exception.
struct GatherSlot
{
    std::any value;
    std::exception_ptr error;
};
using GatherResult = std::vector<GatherSlot>;

// asyncio's _GatheringFuture: cancelling it cancels every unfinished child (tasks.py:713-725).
class GatheringFuture : public FutureState
{
public:
    GatheringFuture(Loop &loop, std::vector<FuturePtr> children, bool returnExceptions);
    bool cancel(const QString &message = {}) override;
    TraceEvent::WaitKind waitKind() const override { return TraceEvent::WaitKind::Combinator; }
    const char *asyncioTypeName() const override { return "_GatheringFuture"; }
    const std::vector<FuturePtr> &children() const { return m_children; }
    std::vector<FuturePtr> childFutures() const override { return m_children; }

protected:
    bool cancelEnter(const QString &message, std::vector<FuturePtr> *next) override;
    bool cancelLeave(const QString &message, bool anyAccepted) override;
    bool cancelsOthers() const override { return true; }

private:
    void childDone(FutureState &child);
    std::vector<FuturePtr> m_children; // in argument order; a duplicate argument appears twice
    size_t m_unique = 0;
    size_t m_finished = 0;
    bool m_returnExceptions;
    bool m_cancelRequested = false;
    friend std::shared_ptr<GatheringFuture> gather(Loop &, std::vector<FuturePtr>, bool);
};

// asyncio.gather over futures. The result (std::any) is a GatherResult in argument order.
std::shared_ptr<GatheringFuture> gather(Loop &loop, std::vector<FuturePtr> children,
                                        bool returnExceptions = false);

enum class ReturnWhen { FirstCompleted, FirstException, AllCompleted };

struct WaitResult
{
    std::vector<FuturePtr> done;    // in input order (asyncio uses sets: order is not defined there)
    std::vector<FuturePtr> pending; // in input order
};

// asyncio.wait: never raises a child's exception; a timeout returns what is done (tasks.py:399-548).
// Throws UsageError (ValueError) for an empty input. Inputs that repeat are taken once.
QCoro::Task<WaitResult> wait(std::vector<FuturePtr> futures, std::optional<double> timeout = std::nullopt,
                             ReturnWhen returnWhen = ReturnWhen::AllCompleted);

// asyncio.as_completed (tasks.py:568-626). start() does what the generator does on its first next();
// then each next() is one `_wait_for_one()`: the next result to finish, or TimeoutError after the timeout.
class AsCompleted : public std::enable_shared_from_this<AsCompleted>
{
public:
    static std::shared_ptr<AsCompleted> create(Loop &loop, std::vector<FuturePtr> futures,
                                               std::optional<double> timeout = std::nullopt);
    ~AsCompleted();
    void start();
    int count() const { return m_count; }
    QCoro::Task<std::any> next();
    int id() const { return m_id; }

private:
    AsCompleted(Loop &loop, std::vector<FuturePtr> futures, std::optional<double> timeout);
    void onCompletion(FutureState &f);
    void onTimeout();
    void put(FuturePtr f);

    Loop &m_loop;
    std::vector<FuturePtr> m_todo; // the inputs, once each
    size_t m_remaining = 0;        // how many have not been handed to the queue yet
    std::vector<std::pair<FuturePtr, FutureState::CallbackId>> m_callbacks;
    std::deque<FuturePtr> m_done; // nullptr = a timeout placeholder
    std::deque<FuturePtr> m_getters;
    std::optional<double> m_timeout;
    Loop::TimerId m_timeoutHandle = 0;
    int m_count = 0;
    int m_yielded = 0;
    int m_id = 0;
    bool m_started = false;
};

// asyncio.wait_for (tasks.py:436-505): on timeout, cancels `future` and waits until it has really finished.
QCoro::Task<std::any> waitFor(FuturePtr future, std::optional<double> timeout);

// asyncio.shield: an outer future that follows `inner` but whose cancellation does not reach it.
FuturePtr shield(const FuturePtr &inner);

// Text for a value in the trace (gather's slots, results). The interpreter installs Python's repr.
QString describeValue(const std::any &value);
void setValueDescriber(std::function<QString(const std::any &)> describer);

} // namespace awaitscope
