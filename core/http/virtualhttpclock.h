#pragma once

#include "httpclock.h"

#include <limits>
#include <map>
#include <utility>

namespace awaitscope {

// A deterministic HttpClock that only moves when told to: callbacks run in order of due time, and
// callbacks due at the same time run in the order they were scheduled. For the simulated network
// outside the runtime (tests, benchmarks).
class VirtualHttpClock : public HttpClock
{
public:
    qint64 nowMs() const override { return m_now; }
    quint64 callLater(qint64 delayMs, std::function<void()> callback) override;
    void cancel(quint64 handle) override;

    // Runs the earliest callback, moving the clock to its time. False when nothing is scheduled.
    bool runNext();
    // Runs callbacks until none is left or the next one is due after `limitMs`. Returns the count run.
    int runUntilIdle(qint64 limitMs = std::numeric_limits<qint64>::max());
    bool idle() const { return m_queue.empty(); }

private:
    qint64 m_now = 0;
    quint64 m_nextHandle = 0;
    std::map<std::pair<qint64, quint64>, std::function<void()>> m_queue; // (due, handle) -> callback
    std::map<quint64, qint64> m_dueOf;
};

} // namespace awaitscope
