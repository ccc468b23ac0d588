#pragma once

// The one way tests run a Python program: through the run service, like the app and the command line.
#include "io/userfile.h"
#include "python/pythonrunner.h"
#include "run/runservice.h"

#include <QFileInfo>
#include <QString>
#include <QThread>

#include <mutex>
#include <optional>
#include <pthread.h>

namespace testing {

// Runs `run` on a thread with a stack as large as the C++ frames of a sanitizer build need for CPython's
// 1000 nested Python calls (the interpreter turns a nearly full stack into RecursionError, so a program that
// measures how deep it can go would see the stack, not the recursion limit). Without a sanitizer: in place.
template<typename Run> auto onLargeStack(Run run) -> decltype(run())
{
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    // A plain POSIX thread: the sanitizers see pthread_join order the result after the run.
    using Result = decltype(run());
    struct Job
    {
        Run *run;
        Result result;
    } job{&run, Result()};
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 256u * 1024u * 1024u);
    pthread_t thread;
    const int created = pthread_create(
        &thread, &attr,
        [](void *p) -> void * {
            auto *j = static_cast<Job *>(p);
            j->result = (*j->run)();
            return nullptr;
        },
        &job);
    pthread_attr_destroy(&attr);
    if (created != 0)
        return run();
    pthread_join(thread, nullptr);
    return std::move(job.result);
#else
    return run();
#endif
}

inline awaitscope::RunResult runSource(const QString &source, const QString &name = QStringLiteral("main.py"),
                                       const awaitscope::py::RunLimits &limits = {})
{
    awaitscope::RunRequest request;
    request.source = source;
    request.displayName = name;
    request.limits = limits;
    return onLargeStack([&request] { return awaitscope::runProgram(request); });
}

// Runs `request` on a thread of its own and asks it to stop after `afterMs` from this one, as the window's
// Stop button does. Nothing when the run did not end within 10 s of the request (the run is left to itself).
inline std::optional<awaitscope::RunResult> runStoppedFromAnotherThread(const awaitscope::RunRequest &request,
                                                                        unsigned long afterMs)
{
    struct Shared // alive as long as the run, even one that does not end
    {
        awaitscope::RunRequest request;
        awaitscope::py::RunControl control;
        std::mutex handOver; // QThread::wait orders nothing that ThreadSanitizer can see; the mutex does
        awaitscope::RunResult result;
    };
    auto shared = std::make_shared<Shared>();
    shared->request = request;
    QThread *thread = QThread::create([shared] {
        awaitscope::RunResult r = awaitscope::runProgram(shared->request, &shared->control);
        std::lock_guard lock(shared->handOver);
        shared->result = std::move(r);
    });
    thread->start();
    QThread::msleep(afterMs);
    shared->control.requestStop();
    if (!thread->wait(10000))
        return std::nullopt;
    delete thread;
    std::lock_guard lock(shared->handOver);
    return std::move(shared->result);
}

// Runs a program file; an unreadable file gives a result with the NotRun error.
inline awaitscope::RunResult runFile(const QString &path, const awaitscope::py::RunLimits &limits = {})
{
    QString error;
    const auto bytes = awaitscope::readRegularFile(path, awaitscope::FileReadLimits::Program, &error);
    if (!bytes) {
        awaitscope::RunResult result;
        result.exitStatus = 2;
        result.error.kind = awaitscope::RunError::Kind::NotRun;
        result.error.message = error;
        return result;
    }
    awaitscope::RunRequest request;
    request.source = QString::fromUtf8(*bytes);
    request.displayName = QFileInfo(path).fileName();
    request.moduleFolders = {QFileInfo(path).absolutePath()}; // the program's own modules beside it
    request.limits = limits;
    return onLargeStack([&request] { return awaitscope::runProgram(request); });
}

} // namespace testing
