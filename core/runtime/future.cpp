#include "runtime/future.h"

#include "runtime/errors.h"
#include "runtime/loop.h"

namespace awaitscope {

FutureState::FutureState(Loop &loop)
    : m_loop(loop)
    , m_id(loop.nextObjectId())
{
}

FutureState::~FutureState() = default;

const std::any &FutureState::result()
{
    if (m_state == State::Cancelled)
        std::rethrow_exception(makeCancelledError());
    if (m_state == State::Pending)
        throw InvalidStateError(QStringLiteral("Result is not ready."));
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

std::exception_ptr FutureState::makeCancelledError() const
{
    return std::make_exception_ptr(CancelledError(m_cancelMessage));
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

bool FutureState::cancelFuture(const QString &message)
{
    m_logTraceback = false;
    if (m_state != State::Pending)
        return false;
    m_state = State::Cancelled;
    m_cancelMessage = message;
    scheduleCallbacks();
    return true;
}

FutureState::CallbackId FutureState::addDoneCallback(DoneCallback cb)
{
    const CallbackId id = ++m_nextCallbackId;
    if (m_state != State::Pending) {
        m_loop.callSoon([self = shared_from_this(), cb = std::move(cb)] { cb(*self); });
        return id;
    }
    m_callbacks.emplace_back(id, std::move(cb));
    return id;
}

int FutureState::removeDoneCallback(CallbackId id)
{
    const auto before = m_callbacks.size();
    std::erase_if(m_callbacks, [id](const auto &entry) { return entry.first == id; });
    return int(before - m_callbacks.size());
}

void FutureState::scheduleCallbacks()
{
    if (m_callbacks.empty())
        return;
    auto callbacks = std::move(m_callbacks);
    m_callbacks.clear();
    auto self = shared_from_this();
    for (auto &entry : callbacks)
        m_loop.callSoon([self, cb = std::move(entry.second)] { cb(*self); });
}

} // namespace awaitscope
