#include "runtime/timeoutscope.h"

#include "runtime/errors.h"
#include "runtime/task.h"

namespace awaitscope {

TimeoutScope::TimeoutScope(std::optional<double> when)
    : m_when(when)
{
}

TimeoutScope::~TimeoutScope()
{
    *m_alive = false;
    if (m_handle && m_loop)
        m_loop->cancelTimer(m_handle);
}

std::optional<double> TimeoutScope::deadlineIn(Loop &loop, std::optional<double> delay)
{
    if (!delay)
        return std::nullopt;
    return loop.time() + *delay;
}

void TimeoutScope::enter()
{
    TaskState &task = requireCurrentTask("asyncio.timeout");
    m_state = State::Entered;
    m_loop = &task.loop();
    m_task = task.shared();
    m_cancelling = task.cancelling();
    reschedule(m_when);
}

void TimeoutScope::reschedule(std::optional<double> when)
{
    if (m_state != State::Entered)
        throw UsageError(UsageError::Kind::Runtime,
                         QStringLiteral("Cannot change state of an inactive Timeout"));
    m_when = when;
    if (m_handle) {
        m_loop->cancelTimer(m_handle);
        m_handle = 0;
    }
    if (!when)
        return;
    std::weak_ptr<bool> alive = m_alive;
    auto fire = [this, alive] {
        if (alive.lock() && *alive.lock())
            onTimeout();
    };
    if (*when <= m_loop->time())
        m_handle = m_loop->callSoonCancellable(fire);
    else
        m_handle = m_loop->callAt(*when, fire);
}

void TimeoutScope::onTimeout()
{
    m_handle = 0;
    if (m_state != State::Entered)
        return;
    if (auto task = m_task.lock())
        task->cancel();
    m_state = State::Expiring;
}

void TimeoutScope::exit(const std::exception_ptr &exception)
{
    if (m_handle) {
        m_loop->cancelTimer(m_handle);
        m_handle = 0;
    }
    if (m_state == State::Expiring) {
        m_state = State::Expired;
        auto task = m_task.lock();
        const int remaining = task ? task->uncancel() : 0;
        if (remaining <= m_cancelling && isCancelledError(exception))
            throw TimeoutError::from(exception); // timeouts.py:112-115
    } else if (m_state == State::Entered) {
        m_state = State::Exited;
    }
}

} // namespace awaitscope
