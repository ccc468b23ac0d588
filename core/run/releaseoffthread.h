#pragma once

#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <memory>
#include <mutex>
#include <utility>

namespace awaitscope {

// Freeing a big run (the trace of 20,000 tasks, its model) takes tens of milliseconds. What the window no
// longer shows is handed to a worker thread to free, so the GUI thread never waits for it. `value` must not
// be used by anyone else afterwards (a shared_ptr may be: then whoever lets go last frees it, as usual).
template<typename T> void releaseOffThread(T &&value)
{
    // A plain owning pointer: copies of the task (std::function copies it) never own the value, so it is
    // freed in the task and nowhere else. (A shared_ptr held by the task and by this function freed a big
    // model on the GUI thread whenever the task finished first: 42 ms, seen with perf.)
    auto *owned = new std::decay_t<T>(std::forward<T>(value));
    // The pool hands the task over with Qt's own locks, which ThreadSanitizer cannot see; passing through
    // this mutex on both sides makes the hand-over visible to it (and costs nothing that matters).
    static std::mutex handOver;
    {
        std::lock_guard lock(handOver);
    }
    QThreadPool::globalInstance()->start([owned] {
        {
            std::lock_guard lock(handOver);
        }
        delete owned;
    });
}

// Deletes a QThread whose `finished` has been signalled, without waiting for it on the calling thread:
// `finished` comes from the thread while Qt still cleans up in it, and waiting for that could hold the GUI
// thread for a time slice of a busy machine (84 ms was measured during a parameter drag). The object is
// deleted once the thread has really ended, looked at every few milliseconds.
inline void deleteWhenEnded(QThread *thread)
{
    if (thread->isFinished()) {
        delete thread;
        return;
    }
    auto *check = new QTimer(thread);
    check->setInterval(2);
    QObject::connect(check, &QTimer::timeout, thread, [thread, check] {
        if (!thread->isFinished())
            return;
        check->stop();
        thread->deleteLater();
    });
    check->start();
}

} // namespace awaitscope
