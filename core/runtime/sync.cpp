#include "runtime/sync.h"

#include "runtime/errors.h"
#include "runtime/loop.h"
#include "runtime/task.h"

#include <algorithm>

namespace awaitscope {

namespace {
void removeWaiter(std::deque<FuturePtr> &waiters, const FuturePtr &f)
{
    auto it = std::find(waiters.begin(), waiters.end(), f);
    if (it != waiters.end())
        waiters.erase(it);
}
} // namespace

Loop &LoopBinding::running()
{
    Loop *loop = Loop::current();
    if (!loop)
        throw UsageError(UsageError::Kind::Runtime, QStringLiteral("no running event loop"));
    if (m_serial == 0)
        m_serial = loop->serial();
    else if (m_serial != loop->serial())
        throw UsageError(UsageError::Kind::Runtime,
                         QStringLiteral("%1 is bound to a different event loop")
                             .arg(describe ? describe() : QStringLiteral("the primitive")));
    return *loop;
}

QCoro::Task<void> Lock::acquire(const char *label)
{
    const bool allCancelled =
        std::all_of(m_waiters.begin(), m_waiters.end(), [](const FuturePtr &w) { return w->cancelled(); });
    if (!m_locked && allCancelled) {
        m_locked = true;
        co_return;
    }
    auto fut = std::make_shared<FutureState>(m_binding.running());
    fut->setWaitLabel(label);
    m_waiters.push_back(fut);
    try {
        co_await FutureAwaiter(fut);
    } catch (const CancelledError &) {
        removeWaiter(m_waiters, fut);
        if (!m_locked)
            wakeUpFirst();
        throw;
    }
    removeWaiter(m_waiters, fut);
    m_locked = true;
}

void Lock::release()
{
    if (!m_locked)
        throw UsageError(UsageError::Kind::Runtime, QStringLiteral("Lock is not acquired."));
    m_locked = false;
    wakeUpFirst();
}

void Lock::wakeUpFirst()
{
    if (m_waiters.empty())
        return;
    const FuturePtr &fut = m_waiters.front();
    if (!fut->done())
        fut->setResult(true);
}

void Event::WaitAwaiter::await_suspend(std::coroutine_handle<> handle)
{
    m_task = &requireCurrentTask("Event.wait()");
    m_future = std::make_shared<FutureState>(m_event.m_binding.running());
    m_future->setWaitLabel(m_event.m_label);
    m_event.m_waiters.push_back(m_future);
    m_task->suspendOn(m_future, handle);
}

void Event::WaitAwaiter::await_resume()
{
    if (!m_task)
        return; // was already set: no suspension
    removeWaiter(m_event.m_waiters, m_future);
    if (auto e = m_task->takeThrowIn())
        std::rethrow_exception(e);
    m_future->result(); // CancelledError if the wait was cancelled
}

void Event::set()
{
    if (m_value)
        return;
    m_value = true;
    for (const auto &fut : m_waiters)
        if (!fut->done())
            fut->setResult(true);
}

Semaphore::Semaphore(int value)
    : m_value(value)
{
    if (value < 0)
        throw UsageError(UsageError::Kind::Value, QStringLiteral("Semaphore initial value must be >= 0"));
}

bool Semaphore::locked() const
{
    return m_value == 0 || std::any_of(m_waiters.begin(), m_waiters.end(),
                                       [](const FuturePtr &w) { return !w->cancelled(); });
}

QCoro::Task<void> Semaphore::acquire()
{
    if (!locked()) {
        --m_value;
        co_return;
    }
    auto fut = std::make_shared<FutureState>(m_binding.running());
    fut->setWaitLabel("Semaphore.acquire");
    m_waiters.push_back(fut);
    try {
        co_await FutureAwaiter(fut);
    } catch (const CancelledError &) {
        removeWaiter(m_waiters, fut);
        if (!fut->cancelled()) {
            ++m_value;
            wakeUpNext();
        }
        throw;
    }
    removeWaiter(m_waiters, fut);
    if (m_value > 0)
        wakeUpNext();
}

void Semaphore::release()
{
    ++m_value;
    wakeUpNext();
}

bool Semaphore::wakeUpNext()
{
    for (const auto &fut : m_waiters) {
        if (!fut->done()) {
            --m_value;
            fut->setResult(true);
            return true;
        }
    }
    return false;
}

Queue::Queue(int maxsize, Order order, Less less)
    : m_maxsize(maxsize)
    , m_order(order)
    , m_less(std::move(less))
    , m_finished(std::make_unique<Event>())
{
    m_finished->setWaitLabel("Queue.join");
    // queues.py: join() waits on this Event, so a join under another loop names it (locks.py Event.__repr__).
    m_finished->binding().describe = [event = m_finished.get()] {
        QString extra = event->isSet() ? QStringLiteral("set") : QStringLiteral("unset");
        if (event->waiterCount() > 0)
            extra += QStringLiteral(", waiters:%1").arg(event->waiterCount());
        return QStringLiteral("<asyncio.locks.Event object at 0x%1 [%2]>")
            .arg(quintptr(event), 0, 16)
            .arg(extra);
    };
    m_finished->set();
}

void Queue::wakeUpNext(std::deque<FuturePtr> &waiters)
{
    while (!waiters.empty()) {
        FuturePtr w = waiters.front();
        waiters.pop_front();
        if (!w->done()) {
            w->setResult({});
            break;
        }
    }
}

QCoro::Task<void> Queue::put(std::any item)
{
    while (full()) {
        auto putter = std::make_shared<FutureState>(m_binding.running());
        putter->setWaitLabel("Queue.put");
        m_putters.push_back(putter);
        try {
            co_await FutureAwaiter(putter);
        } catch (...) {
            putter->cancel();
            removeWaiter(m_putters, putter);
            if (!full() && !putter->cancelled())
                wakeUpNext(m_putters);
            throw;
        }
    }
    putNowait(std::move(item));
}

void Queue::putNowait(std::any item)
{
    if (full())
        throw UsageError(UsageError::Kind::Runtime, QStringLiteral("QueueFull"));
    m_items.push_back(std::move(item));
    if (m_order == Order::Priority)
        siftDown(0, m_items.size() - 1); // heapq.heappush
    ++m_unfinished;
    m_finished->clear();
    wakeUpNext(m_getters);
}

QCoro::Task<std::any> Queue::get()
{
    while (empty()) {
        auto getter = std::make_shared<FutureState>(m_binding.running());
        getter->setWaitLabel("Queue.get");
        m_getters.push_back(getter);
        try {
            co_await FutureAwaiter(getter);
        } catch (...) {
            getter->cancel();
            removeWaiter(m_getters, getter);
            if (!empty() && !getter->cancelled())
                wakeUpNext(m_getters);
            throw;
        }
    }
    co_return getNowait();
}

std::any Queue::getNowait()
{
    if (empty())
        throw UsageError(UsageError::Kind::Runtime, QStringLiteral("QueueEmpty"));
    std::any item;
    switch (m_order) {
    case Order::Fifo:
        item = std::move(m_items.front());
        m_items.pop_front();
        break;
    case Order::Lifo:
        item = std::move(m_items.back());
        m_items.pop_back();
        break;
    case Order::Priority: { // heapq.heappop: the last item goes to the top and sinks
        std::any last = std::move(m_items.back());
        m_items.pop_back();
        if (m_items.empty()) {
            item = std::move(last);
        } else {
            item = std::move(m_items.front());
            m_items.front() = std::move(last);
            siftUp(0);
        }
        break;
    }
    }
    wakeUpNext(m_putters);
    return item;
}

// heapq's _siftdown: the item at `pos` rises while it is smaller than its parent. Items are copied, not
// moved, so that a comparison that throws (a Python TypeError) leaves every slot holding an item.
void Queue::siftDown(size_t start, size_t pos)
{
    const std::any newItem = m_items[pos];
    while (pos > start) {
        const size_t parent = (pos - 1) >> 1;
        if (!m_less(newItem, m_items[parent]))
            break;
        m_items[pos] = m_items[parent];
        pos = parent;
    }
    m_items[pos] = newItem;
}

// heapq's _siftup: the smaller child moves up until a leaf is reached, then the item rises into place.
void Queue::siftUp(size_t pos)
{
    const size_t end = m_items.size();
    const size_t start = pos;
    const std::any newItem = m_items[pos];
    size_t child = 2 * pos + 1;
    while (child < end) {
        const size_t right = child + 1;
        if (right < end && !m_less(m_items[child], m_items[right]))
            child = right;
        m_items[pos] = m_items[child];
        pos = child;
        child = 2 * pos + 1;
    }
    m_items[pos] = newItem;
    siftDown(start, pos);
}

void Queue::taskDone()
{
    if (m_unfinished <= 0)
        throw UsageError(UsageError::Kind::Value, QStringLiteral("task_done() called too many times"));
    if (--m_unfinished == 0)
        m_finished->set();
}

QCoro::Task<void> Queue::join()
{
    if (m_unfinished > 0)
        co_await m_finished->wait();
}

Condition::Condition(std::shared_ptr<Lock> lock)
    : m_lock(std::move(lock))
{
}

QCoro::Task<void> Condition::wait(const char *label)
{
    if (!m_lock->locked())
        throw UsageError(UsageError::Kind::Runtime, QStringLiteral("cannot wait on un-acquired lock"));
    m_lock->release();
    std::exception_ptr error;
    {
        auto fut = std::make_shared<FutureState>(m_binding.running());
        fut->setWaitLabel(label);
        m_waiters.push_back(fut);
        try {
            co_await FutureAwaiter(fut);
        } catch (...) {
            error = std::current_exception();
        }
        removeWaiter(m_waiters, fut);
    }
    // The lock is taken back whatever happened; a cancel during that is remembered and raised after.
    bool cancelled = false;
    for (;;) {
        try {
            co_await m_lock->acquire(label);
            break;
        } catch (const CancelledError &) {
            cancelled = true;
        }
    }
    if (cancelled)
        throw CancelledError();
    if (error)
        std::rethrow_exception(error);
}

void Condition::notify(int n)
{
    if (!m_lock->locked())
        throw UsageError(UsageError::Kind::Runtime, QStringLiteral("cannot notify on un-acquired lock"));
    int woken = 0;
    for (const auto &fut : m_waiters) {
        if (woken >= n)
            break;
        if (!fut->done()) {
            ++woken;
            fut->setResult(false);
        }
    }
}

Barrier::Barrier(int parties)
    : m_condition(std::make_shared<Lock>())
    , m_parties(parties)
{
    if (parties < 1)
        throw UsageError(UsageError::Kind::Value, QStringLiteral("parties must be > 0"));
}

void Barrier::setDescriber(const std::function<QString()> &describe)
{
    m_condition.binding().describe = describe;
    m_condition.lock().binding().describe = describe;
}

QCoro::Task<void> Barrier::waitUntil(std::function<bool()> predicate)
{
    while (!predicate())
        co_await m_condition.wait("Barrier.wait");
}

QCoro::Task<int> Barrier::wait()
{
    co_await m_condition.lock().acquire("Barrier.wait");
    std::exception_ptr error;
    int index = -1;
    try {
        // Tasks arriving while the barrier drains or resets wait for that to end.
        co_await waitUntil([this] { return m_state != State::Draining && m_state != State::Resetting; });
        if (m_state == State::Broken)
            throw BrokenBarrierError(QStringLiteral("Barrier aborted"));
        index = m_count++;
        std::exception_ptr inner;
        try {
            if (index + 1 == m_parties) {
                m_state = State::Draining; // the last one in lets everybody go
                m_condition.notifyAll();
            } else {
                co_await waitUntil([this] { return m_state != State::Filling; });
                if (m_state == State::Broken || m_state == State::Resetting)
                    throw BrokenBarrierError(QStringLiteral("Abort or reset of barrier"));
            }
        } catch (...) {
            inner = std::current_exception();
        }
        --m_count;
        leave();
        if (inner)
            std::rethrow_exception(inner);
    } catch (...) {
        error = std::current_exception();
    }
    m_condition.lock().release();
    if (error)
        std::rethrow_exception(error);
    co_return index;
}

void Barrier::leave()
{
    if (m_count == 0) {
        if (m_state == State::Resetting || m_state == State::Draining)
            m_state = State::Filling;
        m_condition.notifyAll();
    }
}

QCoro::Task<void> Barrier::reset()
{
    co_await m_condition.lock().acquire("Barrier.reset");
    if (m_count > 0)
        m_state = State::Resetting;
    else
        m_state = State::Filling;
    m_condition.notifyAll();
    m_condition.lock().release();
}

QCoro::Task<void> Barrier::abort()
{
    co_await m_condition.lock().acquire("Barrier.abort");
    m_state = State::Broken;
    m_condition.notifyAll();
    m_condition.lock().release();
}

} // namespace awaitscope
