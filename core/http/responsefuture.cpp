#include "responsefuture.h"

namespace awaitscope {

bool ResponseFuture::cancel(const QString &message)
{
    const bool cancelled = FutureState::cancel(message);
    if (cancelled && m_onCancel) {
        const auto action = std::move(m_onCancel);
        m_onCancel = nullptr;
        action();
    }
    return cancelled;
}

} // namespace awaitscope
