#pragma once

#include "runtime/loop.h"

#include <exception>
#include <memory>
#include <optional>

namespace awaitscope {

class TaskState;

// asyncio.timeout(delay) / timeout_at(when) (timeouts.py, 3.11). At the deadline it cancels the task that
// entered it; exit() turns that CancelledError into TimeoutError unless another cancellation is pending.
// Neither enter nor exit awaits anything, so both are plain calls.
class TimeoutScope
{
public:
    enum class State { Created, Entered, Expiring, Expired, Exited };

    explicit TimeoutScope(std::optional<double> when);
    ~TimeoutScope();
    static std::optional<double> deadlineIn(Loop &loop, std::optional<double> delay);

    void enter();
    // Call with the exception leaving the block (nullptr if none). Throws TimeoutError when the scope fired;
    // otherwise returns and the caller lets `exception` continue.
    void exit(const std::exception_ptr &exception);
    void reschedule(std::optional<double> when);
    std::optional<double> when() const { return m_when; }
    bool expired() const { return m_state == State::Expiring || m_state == State::Expired; }

private:
    void onTimeout();

    State m_state = State::Created;
    std::optional<double> m_when;
    Loop *m_loop = nullptr;
    std::weak_ptr<TaskState> m_task;
    int m_cancelling = 0;
    Loop::TimerId m_handle = 0;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace awaitscope
