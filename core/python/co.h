#pragma once

#include <coroutine>
#include <exception>
#include <optional>
#include <utility>

namespace awaitscope::py {

// A lazy C++20 coroutine returning T, used by the interpreter's async evaluator. It starts when awaited and
// resumes its awaiter by symmetric transfer when it ends, so chains of awaits do not grow the stack.
// Any awaitable (the runtime's FutureAwaiter, YieldAwaiter, another Co) can be co_awaited inside.
template<typename T> class Co
{
public:
    struct promise_type
    {
        std::optional<T> value;
        std::exception_ptr exception;
        std::coroutine_handle<> continuation;

        Co get_return_object() { return Co(std::coroutine_handle<promise_type>::from_promise(*this)); }
        std::suspend_always initial_suspend() noexcept { return {}; }
        struct FinalAwaiter
        {
            bool await_ready() noexcept { return false; }
            std::coroutine_handle<> await_suspend(std::coroutine_handle<promise_type> h) noexcept
            {
                auto c = h.promise().continuation;
                return c ? c : std::noop_coroutine();
            }
            void await_resume() noexcept {}
        };
        FinalAwaiter final_suspend() noexcept { return {}; }
        void return_value(T v) { value.emplace(std::move(v)); }
        void unhandled_exception() { exception = std::current_exception(); }
    };
    using Handle = std::coroutine_handle<promise_type>;

    Co(Co &&o) noexcept
        : m_h(std::exchange(o.m_h, {}))
    {
    }
    Co &operator=(Co &&o) noexcept
    {
        if (this != &o) {
            if (m_h)
                m_h.destroy();
            m_h = std::exchange(o.m_h, {});
        }
        return *this;
    }
    Co(const Co &) = delete;
    ~Co()
    {
        if (m_h)
            m_h.destroy();
    }

    bool await_ready() const noexcept { return false; }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<> awaiting) noexcept
    {
        m_h.promise().continuation = awaiting;
        return m_h;
    }
    T await_resume()
    {
        auto &p = m_h.promise();
        if (p.exception)
            std::rethrow_exception(p.exception);
        return std::move(*p.value);
    }

    // Starts the coroutine without an awaiter (top level of a task). `done()` tells whether it finished.
    void start() { m_h.resume(); }
    bool done() const { return m_h.done(); }
    void setContinuation(std::coroutine_handle<> c) { m_h.promise().continuation = c; }
    std::coroutine_handle<> handle() const { return m_h; }
    T result() { return await_resume(); }

private:
    explicit Co(Handle h)
        : m_h(h)
    {
    }
    Handle m_h;
};

// A Co that gives `value` when awaited (what a dispatcher returns for a node that cannot suspend).
template<typename T> Co<T> ready(T value)
{
    co_return value;
}

} // namespace awaitscope::py
