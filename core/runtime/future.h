#pragma once

#include "trace/traceevent.h"

#include <QString>

#include <any>
#include <cstdint>
#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace awaitscope {

class Loop;
class FutureState;

// Something that reacts when a future it watches is done (a task waiting on it, a gather). Cheaper than a
// std::function per callback on the hot path; held weakly so a finished watcher simply drops out.
class DoneListener
{
public:
    virtual ~DoneListener() = default;
    virtual void futureDone(FutureState &future) = 0;
};

// The shared state of an asyncio.Future: pending → finished (result or exception) or cancelled.
// Results are type-erased (std::any) so C++ code, the interpreter and the combinators share one type;
// Future<T> / Task<T> in api.h give typed access. Done callbacks are always scheduled on the loop,
// never run inline (futures.py: __schedule_callbacks).
class FutureState : public std::enable_shared_from_this<FutureState>
{
public:
    enum class State : std::uint8_t { Pending, Finished, Cancelled };
    using DoneCallback = std::function<void(FutureState &)>;
    using CallbackId = std::uint64_t;

    explicit FutureState(Loop &loop);
    virtual ~FutureState();
    FutureState(const FutureState &) = delete;
    FutureState &operator=(const FutureState &) = delete;

    // Its loop: only while that loop exists (a Python future may outlive its asyncio.run; loopSerial and
    // Loop::isAlive tell).
    Loop &loop() const { return m_loop; }
    std::uint64_t loopSerial() const { return m_loopSerial; }
    int id() const { return m_id; }
    // The id the trace names when a task awaits this future or a combinator holds it: its own, or that of
    // the lane it stands for (an asyncio future chained to a worker thread's job).
    virtual int traceId() const { return m_id; }
    State state() const { return m_state; }
    bool done() const { return m_state != State::Pending; }
    bool cancelled() const { return m_state == State::Cancelled; }
    virtual bool isTask() const { return false; }
    // The name of its class in asyncio ("Future", "Task", "_GatheringFuture"): what its repr and the "...
    // exception was never retrieved" log call it.
    virtual const char *asyncioTypeName() const { return "Future"; }
    // What a task that awaits this future is waiting on, for the trace.
    virtual TraceEvent::WaitKind waitKind() const { return TraceEvent::WaitKind::Future; }
    // What a task parked on this future waits for, named for the trace ("Lock.acquire", "Condition.wait");
    // null for a plain future.
    const char *waitLabel() const { return m_waitLabel; }
    void setWaitLabel(const char *label) { m_waitLabel = label; }
    // The futures this one is made of (gather's children), for describing what a stuck program waits on.
    virtual std::vector<std::shared_ptr<FutureState>> childFutures() const { return {}; }

    // Like Future.result(): the value, or throws the exception / CancelledError / InvalidStateError.
    const std::any &result();
    // Like Future.exception(): throws CancelledError if cancelled, InvalidStateError if pending.
    std::exception_ptr exception();
    // The stored exception without any check (nullptr if none); does not mark it retrieved.
    std::exception_ptr peekException() const { return m_exception; }
    // A CancelledError carrying this future's cancel message (what awaiting a cancelled future raises).
    std::exception_ptr makeCancelledError();
    // The CancelledError a task's coroutine ended with (futures.py's _cancelled_exc): the next
    // makeCancelledError() hands out this one.
    void setCancelledException(std::exception_ptr e) { m_cancelledExc = std::move(e); }
    QString cancelMessage() const { return m_cancelMessage ? *m_cancelMessage : QString(); }

    void setResult(std::any value);
    void setException(std::exception_ptr exception);
    virtual bool cancel(const QString &message = {});

    // Cancels every future in `futures` as asyncio's _cancel_all_tasks does, in one walk: a future reached
    // again through another's wait chain is counted but not walked again, so a chain of n tasks costs O(n).
    static void cancelAll(const std::vector<std::shared_ptr<FutureState>> &futures,
                          const QString &message = {});

    // `label`: how CPython's repr names the callback asyncio adds there ("_run_until_complete_cb() at …").
    CallbackId addDoneCallback(DoneCallback cb, const char *label = nullptr);
    CallbackId addDoneListener(std::weak_ptr<DoneListener> listener);
    // The callbacks waiting for this future, in order: a task waiting on it (its wake-up), or a callback
    // with its id and label (null when the runtime added it unlabelled).
    struct PendingCallback
    {
        CallbackId id;
        bool wakesTask;
        const char *label;
    };
    std::vector<PendingCallback> pendingCallbacks() const;
    // Returns how many callbacks were removed.
    int removeDoneCallback(CallbackId id);

    // asyncio logs "exception was never retrieved" for futures whose exception nobody looked at.
    bool exceptionUnretrieved() const { return m_logTraceback; }
    void markRetrieved() { m_logTraceback = false; }

    // One pass over many futures (a combinator's inputs, to drop repeated ones): firstVisit is true the
    // first time the pass meets this future. Passes are numbered per thread.
    static std::uint32_t newVisitPass();
    bool firstVisit(std::uint32_t pass) { return std::exchange(m_visitPass, pass) != pass; }

protected:
    bool cancelFuture(const QString &message); // Future.cancel itself, without a task's extra logic

    // Futures whose cancel passes on to other futures (a task to what it awaits, gather to its children)
    // are cancelled by one iterative walk (`cancelChain`) instead of recursion, so a chain of any length
    // cannot overflow the stack and a cycle (tasks awaiting each other) ends. Such a future overrides
    // cancel() to call cancelChain(), and these two steps:
    // - cancelEnter: its own bookkeeping before the others; false when it cannot be cancelled (done).
    //   Appends the futures to cancel next to `next`.
    // - cancelLeave: after them; `anyAccepted` says whether one of them accepted. Returns cancel()'s result.
    virtual bool cancelEnter(const QString &message, std::vector<std::shared_ptr<FutureState>> *next);
    virtual bool cancelLeave(const QString &message, bool anyAccepted);
    virtual bool cancelsOthers() const { return false; }
    // A future met again in the same cancelAll walk: counted (tasks), not walked again.
    virtual bool cancelAgain() { return !done(); }
    bool cancelChain(const QString &message);
    void scheduleCallbacks();

    Loop &m_loop;
    std::uint64_t m_loopSerial;
    int m_id;
    State m_state = State::Pending;
    bool m_logTraceback = false;
    bool m_inCancelWalk = false;    // on the walk's stack right now: meeting it again closes a cycle
    std::uint32_t m_cancelWalk = 0; // the cancelAll walk that last reached it
    std::uint32_t m_visitPass = 0;  // the visit pass that last reached it (firstVisit)
    const char *m_waitLabel = nullptr;
    std::any m_result;
    std::exception_ptr m_exception;
    std::unique_ptr<QString> m_cancelMessage; // rare, so it costs a pointer until used
    std::exception_ptr m_cancelledExc;
    struct DoneEntry
    {
        CallbackId id;
        std::weak_ptr<DoneListener> listener; // used when set, else `callback`
        DoneCallback callback;
        const char *label = nullptr;
    };
    // The callbacks in the order they were added: the first one inline (most futures have one, the task or
    // the gather waiting on them), the others in a vector.
    struct DoneEntries
    {
        std::optional<DoneEntry> first; // empty only when there are none
        std::vector<DoneEntry> more;
        bool empty() const { return !first; }
        void add(DoneEntry entry);
        int remove(CallbackId id); // how many were removed
    };
    void scheduleEntry(DoneEntry entry);
    void setCancelMessage(const QString &message);
    DoneEntries m_callbacks;
    static CallbackId nextCallbackId();
    friend struct CancelWalk;
};

using FuturePtr = std::shared_ptr<FutureState>;

} // namespace awaitscope
