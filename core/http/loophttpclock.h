#pragma once

#include "httpclock.h"

namespace awaitscope {

class Loop;

// HttpClock on the runtime's event loop, so HTTP timeouts and simulated latencies are loop timers:
// on the virtual clock a simulated request takes no real time, and timers due at the same moment
// run in the order they were made, as in asyncio.
class LoopHttpClock : public HttpClock
{
public:
    explicit LoopHttpClock(Loop &loop)
        : m_loop(loop)
    {
    }
    qint64 nowMs() const override;
    quint64 callLater(qint64 delayMs, std::function<void()> callback) override;
    void cancel(quint64 handle) override;

private:
    Loop &m_loop;
};

} // namespace awaitscope
