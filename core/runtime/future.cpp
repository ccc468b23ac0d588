#include "runtime/future.h"

#include <atomic>
#include <optional>

#include "runtime/errors.h"
#include "runtime/loop.h"

namespace awaitscope {

FutureState::FutureState(Loop &loop)
    : m_loop(loop)
    , m_loopSerial(loop.serial())
    , m_id(loop.nextObjectId())
{
}

FutureState::~FutureState() = default;

const std::any &FutureState::result()
{
    if (m_state == State::Cancelled)
        std::rethrow_exception(makeCancelledError());
    if (m_state == State::Pending)
        throw InvalidStateError(QStringLiteral("Result is not set."));
    m_logTraceback = false;
    if (m_exception)
        std::rethrow_exception(m_exception);
    return m_result;
}

std::exception_ptr FutureState::exception()
{
    if (m_state == State::Cancelled)
        std::rethrow_exception(makeCancelledError());
    if (m_state == State::Pending)
        throw InvalidStateError(QStringLiteral("Exception is not set."));
    m_logTraceback = false;
    return m_exception;
}

std::exception_ptr FutureState::makeCancelledError()
{
    // futures.py:126-140 — a task's own CancelledError is handed out once (with its message and traceback);
    // after that, and for a future cancelled by cancel(msg), a new one with the cancel message.
    if (m_cancelledExc)
        return std::exchange(m_cancelledExc, nullptr);
    return std::make_exception_ptr(CancelledError(cancelMessage()));
}

void FutureState::setResult(std::any value)
{
    if (m_state != State::Pending)
        throw InvalidStateError(QStringLiteral("invalid state"));
    m_result = std::move(value);
    m_state = State::Finished;
    scheduleCallbacks();
}

void FutureState::setException(std::exception_ptr exception)
{
    if (m_state != State::Pending)
        throw InvalidStateError(QStringLiteral("invalid state"));
    m_exception = std::move(exception);
    m_state = State::Finished;
    scheduleCallbacks();
    m_logTraceback = true;
}

bool FutureState::cancel(const QString &message)
{
    return cancelFuture(message);
}

bool FutureState::cancelEnter(const QString &, std::vector<FuturePtr> *)
{
    return !done();
}

bool FutureState::cancelLeave(const QString &, bool anyAccepted)
{
    return anyAccepted;
}

namespace {
std::atomic<std::uint32_t> g_cancelWalks{0}; // numbers the cancelAll walks (0 = none)
} // namespace

// Future.cancel as asyncio does it, with the recursion (Task.cancel -> _fut_waiter.cancel,
// _GatheringFuture.cancel -> child.cancel) unrolled onto a heap stack.
struct CancelWalk
{
    explicit CancelWalk(const QString &m, std::uint32_t w = 0)
        : message(m)
        , walk(w)
    {
    }

    const QString &message;
    std::uint32_t walk = 0; // non-zero inside cancelAll

    struct Frame
    {
        FuturePtr future;
        std::vector<FuturePtr> next;
        size_t index = 0;
        bool anyAccepted = false;
    };
    std::vector<Frame> stack;

    // Starts cancelling `f`; returns its result at once, or nothing when a frame was pushed.
    std::optional<bool> enter(const FuturePtr &f)
    {
        if (!f->cancelsOthers())
            return f->cancel(message);
        if (f->m_inCancelWalk)
            return false; // a cycle: asyncio would recurse until RecursionError
        if (walk && f->m_cancelWalk == walk)
            return f->cancelAgain();
        f->m_cancelWalk = walk;
        Frame frame{f, {}, 0, false};
        if (!f->cancelEnter(message, &frame.next))
            return false;
        f->m_inCancelWalk = true;
        stack.push_back(std::move(frame));
        return std::nullopt;
    }

    bool run(const FuturePtr &root)
    {
        if (std::optional<bool> r = enter(root))
            return *r;
        bool result = false;
        while (!stack.empty()) {
            if (stack.back().index < stack.back().next.size()) {
                FuturePtr child = stack.back().next[stack.back().index++];
                if (std::optional<bool> r = enter(child); r && *r)
                    stack.back().anyAccepted = true;
                continue;
            }
            Frame top = std::move(stack.back());
            stack.pop_back();
            top.future->m_inCancelWalk = false;
            const bool accepted = top.future->cancelLeave(message, top.anyAccepted);
            if (stack.empty())
                result = accepted;
            else if (accepted)
                stack.back().anyAccepted = true;
        }
        return result;
    }
};

bool FutureState::cancelChain(const QString &message)
{
    CancelWalk walk(message);
    return walk.run(shared_from_this());
}

void FutureState::cancelAll(const std::vector<FuturePtr> &futures, const QString &message)
{
    std::uint32_t id = ++g_cancelWalks;
    if (id == 0)
        id = ++g_cancelWalks; // 0 means "no walk"
    CancelWalk walk(message, id);
    for (const FuturePtr &f : futures)
        walk.run(f);
}

bool FutureState::cancelFuture(const QString &message)
{
    m_logTraceback = false;
    if (m_state != State::Pending)
        return false;
    m_state = State::Cancelled;
    setCancelMessage(message);
    scheduleCallbacks();
    return true;
}

FutureState::CallbackId FutureState::addDoneCallback(DoneCallback cb, const char *label)
{
    DoneEntry entry{nextCallbackId(), {}, std::move(cb), label};
    const CallbackId id = entry.id;
    if (m_state != State::Pending)
        scheduleEntry(std::move(entry));
    else
        m_callbacks.add(std::move(entry));
    return id;
}

FutureState::CallbackId FutureState::addDoneListener(std::weak_ptr<DoneListener> listener)
{
    DoneEntry entry{nextCallbackId(), std::move(listener), {}};
    const CallbackId id = entry.id;
    if (m_state != State::Pending)
        scheduleEntry(std::move(entry));
    else
        m_callbacks.add(std::move(entry));
    return id;
}

std::vector<FutureState::PendingCallback> FutureState::pendingCallbacks() const
{
    std::vector<PendingCallback> out;
    auto describe = [&out](const DoneEntry &e) {
        const bool listens = !e.listener.expired();
        if (listens || e.callback)
            out.push_back({e.id, listens, e.label});
    };
    if (m_callbacks.first)
        describe(*m_callbacks.first);
    for (const DoneEntry &e : m_callbacks.more)
        describe(e);
    return out;
}

FutureState::CallbackId FutureState::nextCallbackId()
{
    // Unique per thread is enough: ids are only compared within one future, which lives on one thread.
    static thread_local CallbackId next = 0;
    return ++next;
}

void FutureState::setCancelMessage(const QString &message)
{
    if (message.isNull())
        m_cancelMessage.reset();
    else
        m_cancelMessage = std::make_unique<QString>(message);
}

void FutureState::scheduleEntry(DoneEntry entry)
{
    // A future kept from an asyncio.run that has ended: its callbacks cannot be scheduled (base_events.py
    // _check_closed, reached through call_soon).
    if (!Loop::isAlive(m_loopSerial))
        throw UsageError(UsageError::Kind::Runtime, QStringLiteral("Event loop is closed"));
    if (!entry.listener.expired())
        m_loop.scheduleDone(shared_from_this(), std::move(entry.listener));
    else if (entry.callback)
        m_loop.scheduleDone(shared_from_this(), std::move(entry.callback));
}

int FutureState::removeDoneCallback(CallbackId id)
{
    return m_callbacks.remove(id);
}

void FutureState::DoneEntries::add(DoneEntry entry)
{
    if (!first)
        first.emplace(std::move(entry));
    else
        more.push_back(std::move(entry));
}

int FutureState::DoneEntries::remove(CallbackId id)
{
    const auto before = more.size();
    std::erase_if(more, [id](const DoneEntry &entry) { return entry.id == id; });
    int removed = int(before - more.size());
    if (first && first->id == id) {
        ++removed;
        first.reset();
        if (!more.empty()) { // the next one moves up, keeping the order
            first.emplace(std::move(more.front()));
            more.erase(more.begin());
        }
    }
    return removed;
}

void FutureState::scheduleCallbacks()
{
    if (m_callbacks.empty())
        return;
    // taken out first: a callback scheduled now may add callbacks to this future
    DoneEntries callbacks = std::move(m_callbacks);
    m_callbacks.first.reset();
    m_callbacks.more.clear();
    scheduleEntry(std::move(*callbacks.first));
    for (auto &entry : callbacks.more)
        scheduleEntry(std::move(entry));
}

std::uint32_t FutureState::newVisitPass()
{
    static thread_local std::uint32_t passes = 0;
    return ++passes;
}

} // namespace awaitscope
