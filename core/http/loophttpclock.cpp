#include "loophttpclock.h"

#include "runtime/loop.h"

#include <cmath>

namespace awaitscope {

qint64 LoopHttpClock::nowMs() const
{
    return qint64(std::llround(m_loop.time() * 1000.0));
}

quint64 LoopHttpClock::callLater(qint64 delayMs, std::function<void()> callback)
{
    // Deadlines are whole milliseconds of the loop's clock, so virtual times stay exact. These timers are
    // the HTTP layer's own, so they stay out of the trace: its http events say what happened.
    const double when = double(nowMs() + qMax<qint64>(0, delayMs)) / 1000.0;
    return m_loop.callAtInternal(when, std::move(callback));
}

void LoopHttpClock::cancel(quint64 handle)
{
    if (handle)
        m_loop.cancelTimer(handle);
}

} // namespace awaitscope
