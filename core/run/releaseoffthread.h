#pragma once

#include <QThreadPool>

#include <memory>
#include <utility>

namespace awaitscope {

// Freeing a big run (the trace of 20,000 tasks, its model) takes tens of milliseconds. What the window no
// longer shows is handed to a worker thread to free, so the GUI thread never waits for it. `value` must not
// be used by anyone else afterwards (a shared_ptr may be: then whoever lets go last frees it, as usual).
template<typename T> void releaseOffThread(T &&value)
{
    auto holder = std::make_shared<std::decay_t<T>>(std::forward<T>(value));
    QThreadPool::globalInstance()->start([holder]() mutable { holder.reset(); });
}

} // namespace awaitscope
