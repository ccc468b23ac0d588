#pragma once

#include "runtime/future.h"

#include <functional>

namespace awaitscope {

// A runtime future that an HTTP reply completes. Cancelling it (directly, or by cancelling the task
// that awaits it) runs `onCancel` at once, which aborts the reply.
class ResponseFuture : public FutureState
{
public:
    ResponseFuture(Loop &loop, std::function<void()> onCancel)
        : FutureState(loop)
        , m_onCancel(std::move(onCancel))
    {
    }
    TraceEvent::WaitKind waitKind() const override { return TraceEvent::WaitKind::Io; }
    bool cancel(const QString &message = {}) override;
    // The reply ended on its own: cancelling later must not abort anything.
    void forgetCancelAction() { m_onCancel = nullptr; }

private:
    std::function<void()> m_onCancel;
};

} // namespace awaitscope
