#pragma once

#include "runtime/future.h"

#include <qcoro/qcorotask.h>

#include <any>
#include <coroutine>
#include <deque>
#include <memory>

namespace awaitscope {

class TaskState;

// asyncio.Lock (locks.py): FIFO waiters; a cancelled waiter passes its turn on.
class Lock
{
public:
    explicit Lock(Loop &loop);
    QCoro::Task<void> acquire();
    void release(); // throws RuntimeError-like UsageError when not locked
    bool locked() const { return m_locked; }

private:
    void wakeUpFirst();
    Loop &m_loop;
    bool m_locked = false;
    std::deque<FuturePtr> m_waiters;
};

// asyncio.Event.
class Event
{
public:
    // `co_await event.wait()`: an awaiter, not a coroutine, so a waiting task costs no extra frame.
    class WaitAwaiter
    {
    public:
        explicit WaitAwaiter(Event &event)
            : m_event(event)
        {
        }
        bool await_ready() const noexcept { return m_event.m_value; }
        void await_suspend(std::coroutine_handle<> handle);
        void await_resume();

    private:
        Event &m_event;
        FuturePtr m_future;
        TaskState *m_task = nullptr;
    };

    explicit Event(Loop &loop);
    WaitAwaiter wait() { return WaitAwaiter(*this); }
    void set();
    void clear() { m_value = false; }
    bool isSet() const { return m_value; }

private:
    Loop &m_loop;
    bool m_value = false;
    std::deque<FuturePtr> m_waiters;
};

// asyncio.Semaphore: waiters admitted first-in, first-out (3.11.7 semantics, locks.py:331-440).
class Semaphore
{
public:
    Semaphore(Loop &loop, int value);
    QCoro::Task<void> acquire();
    void release();
    bool locked() const;
    int value() const { return m_value; }

private:
    bool wakeUpNext();
    Loop &m_loop;
    int m_value;
    std::deque<FuturePtr> m_waiters;
};

// asyncio.Queue (FIFO) of type-erased items.
class Queue
{
public:
    Queue(Loop &loop, int maxsize = 0);
    QCoro::Task<void> put(std::any item);
    void putNowait(std::any item); // throws UsageError("QueueFull") when full
    QCoro::Task<std::any> get();
    std::any getNowait(); // throws UsageError("QueueEmpty") when empty
    void taskDone();
    QCoro::Task<void> join();
    int size() const { return int(m_items.size()); }
    bool empty() const { return m_items.empty(); }
    bool full() const { return m_maxsize > 0 && int(m_items.size()) >= m_maxsize; }
    int maxsize() const { return m_maxsize; }

private:
    static void wakeUpNext(std::deque<FuturePtr> &waiters);
    Loop &m_loop;
    int m_maxsize;
    std::deque<std::any> m_items;
    std::deque<FuturePtr> m_getters;
    std::deque<FuturePtr> m_putters;
    int m_unfinished = 0;
    std::unique_ptr<Event> m_finished;
};

} // namespace awaitscope
