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

std::exception_ptr FutureState::makeCancelledError() const
{
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

FutureState::CallbackId FutureState::addDoneCallback(DoneCallback cb)
{
    DoneEntry entry{nextCallbackId(), {}, std::move(cb)};
    const CallbackId id = entry.id;
    if (m_state != State::Pending)
        scheduleEntry(std::move(entry));
    else
        m_callbacks.push_back(std::move(entry));
    return id;
}

FutureState::CallbackId FutureState::addDoneListener(std::weak_ptr<DoneListener> listener)
{
    DoneEntry entry{nextCallbackId(), std::move(listener), {}};
    const CallbackId id = entry.id;
    if (m_state != State::Pending)
        scheduleEntry(std::move(entry));
    else
        m_callbacks.push_back(std::move(entry));
    return id;
}

FutureState::CallbackId FutureState::nextCallbackId()
{
    static CallbackId next = 0; // unique per process is enough: ids are only compared within one future
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
    if (!entry.listener.expired())
        m_loop.scheduleDone(shared_from_this(), std::move(entry.listener));
    else if (entry.callback)
        m_loop.scheduleDone(shared_from_this(), std::move(entry.callback));
}

int FutureState::removeDoneCallback(CallbackId id)
{
    const auto before = m_callbacks.size();
    std::erase_if(m_callbacks, [id](const DoneEntry &entry) { return entry.id == id; });
    return int(before - m_callbacks.size());
}

void FutureState::scheduleCallbacks()
{
    if (m_callbacks.empty())
        return;
    auto callbacks = std::move(m_callbacks);
    m_callbacks.clear();
    for (auto &entry : callbacks)
        scheduleEntry(std::move(entry));
}

} // namespace awaitscope
