#pragma once

#include <QtGlobal>

#include <functional>

namespace awaitscope {

// The clock an HTTP session measures its timeouts and trace times on: the runtime's loop (virtual or
// real), or a plain Qt timer clock. Callbacks never run inside callLater().
class HttpClock
{
public:
    virtual ~HttpClock() = default;
    virtual qint64 nowMs() const = 0;
    // Runs `callback` after `delayMs` (0 = on a later loop pass). Returns a handle for cancel().
    virtual quint64 callLater(qint64 delayMs, std::function<void()> callback) = 0;
    // Cancelling a handle that already ran, or 0, does nothing.
    virtual void cancel(quint64 handle) = 0;
};

} // namespace awaitscope
