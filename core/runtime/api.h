#pragma once

// The C++ API a Qt developer would use outside this app:
//
//   QCoro::Task<int> fetch(int n) { co_await awaitscope::sleep(n); co_return n * 10; }
//   QCoro::Task<void> amain() {
//       auto a = awaitscope::createTask(fetch, 3);        // scheduled, not started (asyncio semantics)
//       auto b = awaitscope::createTask(fetch, 1);
//       std::vector<int> r = co_await awaitscope::gather(std::vector{a, b});   // {30, 10}
//   }
//   awaitscope::Loop loop;  awaitscope::run(loop, amain);
//
// Tasks take a callable rather than a started coroutine because QCoro's tasks start eagerly, while
// asyncio's create_task only schedules.

#include "runtime/combinators.h"
#include "runtime/errors.h"
#include "runtime/loop.h"
#include "runtime/sync.h"
#include "runtime/task.h"
#include "runtime/taskgroup.h"
#include "runtime/timeoutscope.h"

#include <qcoro/qcorotask.h>

#include <source_location>
#include <tuple>
#include <type_traits>
#include <variant>

namespace awaitscope {

namespace detail {
template<typename T> struct TaskValue;
template<typename T> struct TaskValue<QCoro::Task<T>>
{
    using type = T;
};
template<typename T> using StoredT = std::conditional_t<std::is_void_v<T>, std::monostate, T>;

template<typename T> T fromAny(const std::any &value)
{
    if constexpr (std::is_void_v<T>)
        return;
    else
        return std::any_cast<T>(value);
}
} // namespace detail

// A typed handle on a runtime future.
template<typename T> class Future
{
public:
    Future() = default;
    explicit Future(FuturePtr state)
        : m_state(std::move(state))
    {
    }
    const FuturePtr &state() const { return m_state; }
    bool done() const { return m_state->done(); }
    bool cancelled() const { return m_state->cancelled(); }
    bool cancel(const QString &message = {}) { return m_state->cancel(message); }
    T result() const { return detail::fromAny<T>(m_state->result()); }
    std::exception_ptr exception() const { return m_state->exception(); }

    struct Awaiter : FutureAwaiter
    {
        using FutureAwaiter::FutureAwaiter;
        T await_resume() { return detail::fromAny<T>(FutureAwaiter::await_resume()); }
    };
    Awaiter operator co_await() const { return Awaiter(m_state); }
    bool operator==(const Future &o) const { return m_state == o.m_state; }

protected:
    FuturePtr m_state;
};

template<typename T> class Task : public Future<T>
{
public:
    Task() = default;
    explicit Task(TaskPtr state)
        : Future<T>(state)
    {
    }
    TaskState &task() const { return static_cast<TaskState &>(*this->m_state); }
    QString name() const { return task().name(); }
    void setName(const QString &name) { task().setName(name); }
    int cancelling() const { return task().cancelling(); }
    int uncancel() { return task().uncancel(); }
};

// Runs `body()` (a QCoro::Task<T>) as the body of `task`, reporting its end to the runtime.
template<typename T, typename Body> QCoro::Task<void> runTaskBody(TaskPtr task, Body body)
{
    try {
        if constexpr (std::is_void_v<T>) {
            co_await body();
            task->bodyReturned({});
        } else {
            T value = co_await body();
            task->bodyReturned(std::any(std::move(value)));
        }
    } catch (...) {
        task->bodyRaised(std::current_exception());
    }
}

// A task whose body (any callable returning QCoro::Task<T>) lives inside the task object itself:
// one allocation instead of three on the path every task takes.
template<typename T, typename Body> class CallableTask final : public TaskState
{
public:
    CallableTask(Loop &loop, Body body, const TaskOptions &options)
        : TaskState(loop, options)
        , m_body(std::move(body))
    {
    }

protected:
    void start() override
    {
        Body body = std::move(*m_body);
        m_body.reset(); // the coroutine frame owns it now
        runTaskBody<T>(shared(), std::move(body));
    }

private:
    std::optional<Body> m_body;
};

template<typename Body> auto spawn(Loop &loop, Body &&body, const TaskOptions &options)
{
    using Coro = std::invoke_result_t<Body>;
    using T = typename detail::TaskValue<Coro>::type;
    auto task =
        std::make_shared<CallableTask<T, std::decay_t<Body>>>(loop, std::forward<Body>(body), options);
    TaskState::launch(task, options);
    return Task<T>(task);
}

// asyncio.create_task(fn(args...), name=...): schedules; the body starts on the loop's next pass.
template<typename F, typename... Args> auto createNamedTask(const QString &name, F &&fn, Args &&...args)
{
    Loop *loop = Loop::current();
    if (!loop)
        throw UsageError(UsageError::Kind::Runtime, QStringLiteral("createTask() needs a running loop"));
    TaskOptions options;
    options.name = name;
    return spawn(
        *loop,
        [fn = std::forward<F>(fn), ... args = std::forward<Args>(args)]() mutable {
            return std::invoke(fn, args...);
        },
        options);
}

template<typename F, typename... Args> auto createTask(F &&fn, Args &&...args)
{
    return createNamedTask(QString(), std::forward<F>(fn), std::forward<Args>(args)...);
}

// asyncio.run(main()): runs `fn` as the main task, then cancels what is left. Returns its result.
template<typename F> auto run(Loop &loop, F &&fn)
{
    using Coro = std::invoke_result_t<F>;
    using T = typename detail::TaskValue<Coro>::type;
    TaskOptions options;
    options.origin = QStringLiteral("run");
    auto mainTask = spawn(loop, std::forward<F>(fn), options);
    const bool completed = loop.runUntilComplete(mainTask.state());
    loop.cancelAllTasks();
    loop.reportUnretrievedExceptions();
    if (!completed)
        throw UsageError(UsageError::Kind::Runtime, loop.stopReason());
    return detail::fromAny<T>(mainTask.state()->result());
}

// std::vector<Task<T>> from a few tasks. (GCC 12 rejects a braced list inside a co_await expression,
// so `co_await gather(taskList(a, b))` is the portable spelling.)
template<typename T, typename... More> std::vector<Task<T>> taskList(Task<T> first, More... more)
{
    std::vector<Task<T>> out;
    out.reserve(1 + sizeof...(more));
    out.push_back(std::move(first));
    (out.push_back(std::move(more)), ...);
    return out;
}

// gather over tasks of one type: results in argument order.
template<typename T> QCoro::Task<std::vector<detail::StoredT<T>>> gather(std::vector<Task<T>> tasks)
{
    std::vector<FuturePtr> children;
    children.reserve(tasks.size());
    for (const auto &t : tasks)
        children.push_back(t.state());
    auto outer = gather(*Loop::current(), std::move(children), false);
    std::any raw = co_await FutureAwaiter(outer);
    std::vector<detail::StoredT<T>> out;
    out.reserve(tasks.size());
    for (const auto &slot : std::any_cast<const GatherResult &>(raw)) {
        if constexpr (std::is_void_v<T>)
            out.emplace_back();
        else
            out.push_back(std::any_cast<T>(slot.value));
    }
    co_return out;
}

// gather(..., return_exceptions=True): every slot holds a value or an exception.
template<typename T> struct Outcome
{
    std::optional<detail::StoredT<T>> value;
    std::exception_ptr error;
};

template<typename T> QCoro::Task<std::vector<Outcome<T>>> gatherOutcomes(std::vector<Task<T>> tasks)
{
    std::vector<FuturePtr> children;
    children.reserve(tasks.size());
    for (const auto &t : tasks)
        children.push_back(t.state());
    auto outer = gather(*Loop::current(), std::move(children), true);
    std::any raw = co_await FutureAwaiter(outer);
    std::vector<Outcome<T>> out;
    out.reserve(tasks.size());
    for (const auto &slot : std::any_cast<const GatherResult &>(raw)) {
        Outcome<T> o;
        o.error = slot.error;
        if (!slot.error) {
            if constexpr (std::is_void_v<T>)
                o.value.emplace();
            else
                o.value = std::any_cast<T>(slot.value);
        }
        out.push_back(std::move(o));
    }
    co_return out;
}

template<typename T> struct TaskWaitResult
{
    std::vector<Task<T>> done;
    std::vector<Task<T>> pending;
};

template<typename T>
QCoro::Task<TaskWaitResult<T>> wait(std::vector<Task<T>> tasks, std::optional<double> timeout = std::nullopt,
                                    ReturnWhen returnWhen = ReturnWhen::AllCompleted)
{
    std::vector<FuturePtr> fs;
    fs.reserve(tasks.size());
    for (const auto &t : tasks)
        fs.push_back(t.state());
    WaitResult r = co_await wait(std::move(fs), timeout, returnWhen);
    TaskWaitResult<T> out;
    auto back = [](const FuturePtr &f) { return Task<T>(std::static_pointer_cast<TaskState>(f)); };
    for (const auto &f : r.done)
        out.done.push_back(back(f));
    for (const auto &f : r.pending)
        out.pending.push_back(back(f));
    co_return out;
}

// as_completed: `for (int i = 0; i < ac.count(); ++i) { T v = co_await ac.next(); }`
template<typename T> class AsCompletedIterator
{
public:
    AsCompletedIterator(std::vector<Task<T>> tasks, std::optional<double> timeout)
    {
        std::vector<FuturePtr> fs;
        fs.reserve(tasks.size());
        for (const auto &t : tasks)
            fs.push_back(t.state());
        m_state = AsCompleted::create(*Loop::current(), std::move(fs), timeout);
        m_state->start();
    }
    int count() const { return m_state->count(); }
    QCoro::Task<T> next()
    {
        auto state = m_state;
        std::any v = co_await state->next();
        co_return detail::fromAny<T>(v);
    }

private:
    std::shared_ptr<AsCompleted> m_state;
};

template<typename T>
AsCompletedIterator<T> asCompleted(std::vector<Task<T>> tasks, std::optional<double> timeout = std::nullopt)
{
    return AsCompletedIterator<T>(std::move(tasks), timeout);
}

template<typename T> QCoro::Task<T> waitFor(Task<T> task, std::optional<double> timeout)
{
    std::any v = co_await waitFor(task.state(), timeout);
    co_return detail::fromAny<T>(v);
}

template<typename T> Future<T> shield(const Future<T> &inner)
{
    return Future<T>(shield(inner.state()));
}

// `async with asyncio.timeout(delay): co_await body()` — TimeoutError when the deadline passes.
template<typename F> auto withTimeout(std::optional<double> delay, F &&body) -> std::invoke_result_t<F>
{
    using Coro = std::invoke_result_t<F>;
    using T = typename detail::TaskValue<Coro>::type;
    TimeoutScope scope(TimeoutScope::deadlineIn(*Loop::current(), delay));
    scope.enter();
    std::exception_ptr error;
    if constexpr (std::is_void_v<T>) {
        try {
            co_await body();
        } catch (...) {
            error = std::current_exception();
        }
        scope.exit(error);
        if (error)
            std::rethrow_exception(error);
    } else {
        std::optional<T> value;
        try {
            value = co_await body();
        } catch (...) {
            error = std::current_exception();
        }
        scope.exit(error);
        if (error)
            std::rethrow_exception(error);
        co_return std::move(*value);
    }
}

// `async with asyncio.TaskGroup() as tg:` — `body(TaskGroup&)` creates tasks with tg.createTask(fn, args...).
class TaskGroup
{
public:
    TaskGroup()
        : m_state(TaskGroupState::create())
    {
    }
    template<typename F, typename... Args> auto createTask(F &&fn, Args &&...args)
    {
        TaskOptions options;
        Loop &loop = m_state->prepareTask(options);
        auto task = spawn(
            loop,
            [fn = std::forward<F>(fn), ... args = std::forward<Args>(args)]() mutable {
                return std::invoke(fn, args...);
            },
            options);
        m_state->adopt(task.task().shared());
        return task;
    }
    const std::shared_ptr<TaskGroupState> &state() const { return m_state; }

private:
    std::shared_ptr<TaskGroupState> m_state;
};

template<typename F> QCoro::Task<void> withTaskGroup(F &&body)
{
    TaskGroup group;
    group.state()->enter();
    std::exception_ptr error;
    try {
        co_await body(group);
    } catch (...) {
        error = std::current_exception();
    }
    co_await group.state()->exit(error);
    if (error)
        std::rethrow_exception(error);
}

} // namespace awaitscope
