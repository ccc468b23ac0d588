#pragma once

#include "runtime/task.h"

#include <qcoro/qcorotask.h>

#include <vector>

namespace awaitscope {

// asyncio.TaskGroup (taskgroups.py, 3.11): the first child that fails cancels its siblings and the body;
// exit() waits for every child and raises ExceptionGroup('unhandled errors in a TaskGroup', ...).
class TaskGroupState : public std::enable_shared_from_this<TaskGroupState>
{
public:
    static std::shared_ptr<TaskGroupState> create()
    {
        return std::shared_ptr<TaskGroupState>(new TaskGroupState);
    }

    QString repr() const; // <TaskGroup tasks=2 entered>, as taskgroups.py writes it
    void enter();
    TaskPtr createTask(TaskState::Starter starter, TaskOptions options = {});
    // The two halves of createTask for callers that build the task themselves (the typed API's
    // CallableTask): check the group accepts a task and get its loop, then adopt the launched task.
    Loop &prepareTask(TaskOptions &options);
    void adopt(const TaskPtr &task);
    // Call with the exception leaving the `async with` body (nullptr if none). Throws what the group raises;
    // when it returns normally, the caller lets `bodyException` continue (if any).
    QCoro::Task<void> exit(std::exception_ptr bodyException);

private:
    TaskGroupState() = default;
    void abort();
    void onTaskDone(FutureState &task);

    Loop *m_loop = nullptr;
    std::weak_ptr<TaskState> m_parent;
    std::vector<TaskPtr> m_tasks;
    std::vector<std::exception_ptr> m_errors;
    FuturePtr m_onCompleted;
    bool m_entered = false;
    bool m_exiting = false;
    bool m_aborting = false;
    bool m_parentCancelRequested = false;
};

} // namespace awaitscope
