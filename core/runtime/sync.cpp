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

Lock::Lock(Loop &loop)
    : m_loop(loop)
{
}

QCoro::Task<void> Lock::acquire()
{
    const bool allCancelled =
        std::all_of(m_waiters.begin(), m_waiters.end(), [](const FuturePtr &w) { return w->cancelled(); });
    if (!m_locked && allCancelled) {
        m_locked = true;
        co_return;
    }
    auto fut = std::make_shared<FutureState>(m_loop);
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

Event::Event(Loop &loop)
    : m_loop(loop)
{
}

void Event::WaitAwaiter::await_suspend(std::coroutine_handle<> handle)
{
    m_task = &requireCurrentTask("Event.wait()");
    m_future = std::make_shared<FutureState>(m_event.m_loop);
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

Semaphore::Semaphore(Loop &loop, int value)
    : m_loop(loop)
    , m_value(value)
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
    auto fut = std::make_shared<FutureState>(m_loop);
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

Queue::Queue(Loop &loop, int maxsize)
    : m_loop(loop)
    , m_maxsize(maxsize)
    , m_finished(std::make_unique<Event>(loop))
{
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
        auto putter = std::make_shared<FutureState>(m_loop);
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
    ++m_unfinished;
    m_finished->clear();
    wakeUpNext(m_getters);
}

QCoro::Task<std::any> Queue::get()
{
    while (empty()) {
        auto getter = std::make_shared<FutureState>(m_loop);
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
    std::any item = std::move(m_items.front());
    m_items.pop_front();
    wakeUpNext(m_putters);
    return item;
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

} // namespace awaitscope
