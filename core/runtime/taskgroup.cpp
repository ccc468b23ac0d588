#include "runtime/taskgroup.h"

#include "runtime/errors.h"
#include "runtime/loop.h"

#include <algorithm>

namespace awaitscope {

QString TaskGroupState::repr() const
{
    // taskgroups.py:40-52
    QString info;
    if (!m_tasks.empty())
        info += QStringLiteral(" tasks=%1").arg(m_tasks.size());
    if (!m_errors.empty())
        info += QStringLiteral(" errors=%1").arg(m_errors.size());
    if (m_aborting)
        info += QStringLiteral(" cancelling");
    else if (m_entered)
        info += QStringLiteral(" entered");
    return QStringLiteral("<TaskGroup%1>").arg(info);
}

void TaskGroupState::enter()
{
    if (m_entered)
        throw UsageError(UsageError::Kind::Runtime,
                         QStringLiteral("TaskGroup %1 has already been entered").arg(repr()));
    m_entered = true;
    TaskState &parent = requireCurrentTask("TaskGroup");
    m_loop = &parent.loop();
    m_parent = parent.shared();
}

Loop &TaskGroupState::prepareTask(TaskOptions &options)
{
    // taskgroups.py:154-159
    if (!m_entered)
        throw UsageError(UsageError::Kind::Runtime,
                         QStringLiteral("TaskGroup %1 has not been entered").arg(repr()));
    if (m_exiting && m_tasks.empty())
        throw UsageError(UsageError::Kind::Runtime, QStringLiteral("TaskGroup %1 is finished").arg(repr()));
    if (m_aborting)
        throw UsageError(UsageError::Kind::Runtime,
                         QStringLiteral("TaskGroup %1 is shutting down").arg(repr()));
    if (options.origin.isEmpty() || options.origin == QLatin1String("create_task"))
        options.origin = QStringLiteral("TaskGroup");
    return *m_loop;
}

void TaskGroupState::adopt(const TaskPtr &task)
{
    std::weak_ptr<TaskGroupState> weak = shared_from_this();
    task->addDoneCallback([weak](FutureState &t) {
        if (auto self = weak.lock())
            self->onTaskDone(t);
    });
    m_tasks.push_back(task);
}

TaskPtr TaskGroupState::createTask(TaskState::Starter starter, TaskOptions options)
{
    Loop &loop = prepareTask(options);
    TaskPtr task = TaskState::create(loop, std::move(starter), std::move(options));
    adopt(task);
    return task;
}

void TaskGroupState::abort()
{
    m_aborting = true;
    for (const auto &t : std::vector<TaskPtr>(m_tasks))
        if (!t->done())
            t->cancel();
}

void TaskGroupState::onTaskDone(FutureState &task)
{
    std::erase_if(m_tasks, [&](const TaskPtr &t) { return t.get() == &task; });
    if (m_onCompleted && m_tasks.empty() && !m_onCompleted->done())
        m_onCompleted->setResult(true);
    if (task.cancelled())
        return;
    auto exc = task.exception();
    if (!exc)
        return;
    m_errors.push_back(exc);
    auto parent = m_parent.lock();
    if (!parent || parent->done())
        return;
    if (!m_aborting && !m_parentCancelRequested) {
        abort();
        m_parentCancelRequested = true;
        parent->cancel();
    }
}

QCoro::Task<void> TaskGroupState::exit(std::exception_ptr bodyException)
{
    auto self = shared_from_this();
    m_exiting = true;
    std::exception_ptr propagateCancellation;
    const bool bodyCancelled = isCancelledError(bodyException);
    auto parent = m_parent.lock();
    if (bodyException) {
        if (bodyCancelled) {
            if (!(m_parentCancelRequested && parent && parent->uncancel() == 0))
                propagateCancellation = bodyException;
        }
        if (!m_aborting)
            abort();
    }
    while (!m_tasks.empty()) {
        if (!m_onCompleted)
            m_onCompleted = std::make_shared<FutureState>(*m_loop);
        try {
            co_await FutureAwaiter(m_onCompleted);
        } catch (const CancelledError &) {
            if (!m_aborting) {
                propagateCancellation = std::current_exception();
                abort();
            }
        }
        m_onCompleted.reset();
    }
    if (propagateCancellation && m_errors.empty())
        std::rethrow_exception(propagateCancellation);
    if (bodyException && !bodyCancelled)
        m_errors.push_back(bodyException);
    if (!m_errors.empty()) {
        auto errors = std::move(m_errors);
        m_errors.clear();
        throw ExceptionGroup(QStringLiteral("unhandled errors in a TaskGroup"), std::move(errors));
    }
}

} // namespace awaitscope
