#pragma once

#include "runtime/future.h"

#include <qcoro/qcorotask.h>

#include <any>
#include <coroutine>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>

namespace awaitscope {

class TaskState;

// asyncio's _LoopBoundMixin (mixins.py:9-21): a primitive belongs to the loop of the first wait that needs a
// loop, not to one given when it is made, so it can be made and used without waiting (put_nowait, set,
// release) before asyncio.run; a wait under another loop raises RuntimeError. It keeps the loop's serial
// number, never a pointer: a primitive kept from one asyncio.run to the next never reaches the freed loop.
class LoopBinding
{
public:
    // The running loop, bound to on first use. Throws UsageError (RuntimeError) when none runs, or
    // "<describe()> is bound to a different event loop".
    Loop &running();
    // The primitive as Python prints it (its repr), for that message; empty: a plain description.
    std::function<QString()> describe;

private:
    std::uint64_t m_serial = 0;
};

// asyncio.Lock (locks.py): FIFO waiters; a cancelled waiter passes its turn on.
class Lock
{
public:
    Lock() = default;
    LoopBinding &binding() { return m_binding; }
    // `label`: what a task that has to wait waits for, in the trace.
    QCoro::Task<void> acquire(const char *label = "Lock.acquire");
    void release(); // throws RuntimeError-like UsageError when not locked
    bool locked() const { return m_locked; }
    int waiterCount() const { return int(m_waiters.size()); }

private:
    void wakeUpFirst();
    LoopBinding m_binding;
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

    Event() = default;
    LoopBinding &binding() { return m_binding; }
    WaitAwaiter wait() { return WaitAwaiter(*this); }
    // What a waiting task waits for in the trace ("Event.wait" unless set: Queue.join waits on one).
    void setWaitLabel(const char *label) { m_label = label; }
    void set();
    void clear() { m_value = false; }
    bool isSet() const { return m_value; }
    int waiterCount() const { return int(m_waiters.size()); }

private:
    LoopBinding m_binding;
    const char *m_label = "Event.wait";
    bool m_value = false;
    std::deque<FuturePtr> m_waiters;
};

// asyncio.Semaphore: waiters admitted first-in, first-out (3.11.7 semantics, locks.py:331-440).
class Semaphore
{
public:
    explicit Semaphore(int value);
    LoopBinding &binding() { return m_binding; }
    QCoro::Task<void> acquire();
    void release();
    bool locked() const;
    int value() const { return m_value; }
    int waiterCount() const { return int(m_waiters.size()); }

private:
    bool wakeUpNext();
    LoopBinding m_binding;
    int m_value;
    std::deque<FuturePtr> m_waiters;
};

// asyncio.Queue of type-erased items: FIFO, or LifoQueue's last-in first-out, or PriorityQueue's heap (the
// order of heapq's heappush/heappop, with the caller's "<").
class Queue
{
public:
    enum class Order { Fifo, Lifo, Priority };
    using Less = std::function<bool(const std::any &, const std::any &)>;
    explicit Queue(int maxsize = 0, Order order = Order::Fifo, Less less = {});
    LoopBinding &binding() { return m_binding; }
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
    int getterCount() const { return int(m_getters.size()); }
    int putterCount() const { return int(m_putters.size()); }
    int unfinished() const { return m_unfinished; }
    // The items in the queue's own order (a heap for Priority), like asyncio's `_queue`.
    const std::deque<std::any> &items() const { return m_items; }

private:
    static void wakeUpNext(std::deque<FuturePtr> &waiters);
    void siftDown(size_t start, size_t pos);
    void siftUp(size_t pos);
    LoopBinding m_binding;
    int m_maxsize;
    Order m_order;
    Less m_less;
    std::deque<std::any> m_items;
    std::deque<FuturePtr> m_getters;
    std::deque<FuturePtr> m_putters;
    int m_unfinished = 0;
    std::unique_ptr<Event> m_finished;
};

// asyncio.Condition (locks.py): wait() releases the lock, waits for a notify and takes the lock back, even
// when cancelled. The lock may be shared with other conditions and with code using it as a plain Lock.
class Condition
{
public:
    explicit Condition(std::shared_ptr<Lock> lock);
    LoopBinding &binding() { return m_binding; }
    Lock &lock() { return *m_lock; }
    // Throws RuntimeError-like UsageError when the lock is not held.
    QCoro::Task<void> wait(const char *label = "Condition.wait");
    void notify(int n = 1); // throws like wait()
    void notifyAll() { notify(int(m_waiters.size())); }
    int waiterCount() const { return int(m_waiters.size()); }

private:
    LoopBinding m_binding;
    std::shared_ptr<Lock> m_lock;
    std::deque<FuturePtr> m_waiters;
};

// asyncio.Barrier (new in 3.11): `parties` tasks meet, each gets its arrival index; built on a Condition as
// asyncio's is, so its waits and wake-ups take the same loop passes.
class Barrier
{
public:
    enum class State { Filling, Draining, Resetting, Broken };
    explicit Barrier(int parties);
    // Its condition's and lock's: a Barrier waits on them.
    void setDescriber(const std::function<QString()> &describe);
    QCoro::Task<int> wait(); // throws BrokenBarrierError when aborted or reset meanwhile
    QCoro::Task<void> reset();
    QCoro::Task<void> abort();
    int parties() const { return m_parties; }
    int waiting() const { return m_state == State::Filling ? m_count : 0; }
    bool broken() const { return m_state == State::Broken; }
    State state() const { return m_state; }

private:
    QCoro::Task<void> waitUntil(std::function<bool()> predicate);
    void leave();
    Condition m_condition;
    int m_parties;
    int m_count = 0;
    State m_state = State::Filling;
};

} // namespace awaitscope
