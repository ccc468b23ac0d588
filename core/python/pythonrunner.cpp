#include "pythonrunner.h"
#include "io/userfile.h"

#include "aiohttpmodule.h"
#include "interpreter.h"

#include "runtime/loop.h"
#include "runtime/task.h"
#include "trace/trace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QThread>

#include <algorithm>

#include <cstdio>

namespace awaitscope::py {

namespace {
void writeTo(FILE *f, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), f);
    std::fflush(f);
}
} // namespace

RunControl::~RunControl()
{
    detach();
}

void RunControl::attach(Interpreter *interpreter)
{
    QMutexLocker lock(&m_mutex);
    m_interpreter = interpreter;
    m_context = new QObject;
    if (m_stop.load())
        m_interpreter->requestStop(m_reason);
}

void RunControl::detach()
{
    QMutexLocker lock(&m_mutex);
    // Deleting the context drops a cancellation still queued for it: the interpreter is about to go.
    delete m_context;
    m_context = nullptr;
    m_interpreter = nullptr;
}

void RunControl::requestStop(const QString &reason)
{
    QMutexLocker lock(&m_mutex);
    if (m_stop.exchange(true))
        return;
    m_reason = reason;
    if (!m_interpreter)
        return; // attach() passes it on
    Interpreter *in = m_interpreter;
    // On its own thread the interpreter cancels its tasks itself; from elsewhere it only sets its flag.
    in->requestStop(reason);
    if (QThread::currentThread() == m_context->thread())
        return;
    QMetaObject::invokeMethod(
        m_context,
        [in] {
            if (in->loop)
                for (const auto &task : in->loop->pendingTasks())
                    task->cancel();
        },
        Qt::QueuedConnection);
}

void RunOptions::setLimit(Limit limit, int64_t value)
{
    switch (limit) {
    case Limit::Recursion:
        maxRecursion = value;
        break;
    case Limit::Steps:
        maxSteps = value;
        break;
    case Limit::Memory:
        maxCells = value;
        break;
    case Limit::Tasks:
        maxTasks = value;
        break;
    case Limit::Output:
        maxOutput = value;
        break;
    case Limit::Trace:
        maxTraceEvents = value;
        break;
    }
}

int runPythonSource(const QString &source, const RunOptions &options)
{
    Interpreter in;
    in.stdoutSink = options.out ? options.out : [](const QString &s) { writeTo(stdout, s); };
    in.stderrSink = options.err ? options.err : [](const QString &s) { writeTo(stderr, s); };
    if (!options.displayName.isEmpty())
        in.fileName = options.displayName;
    in.limits.set(Limit::Steps, options.maxSteps);
    in.limits.set(Limit::Output, options.maxOutput);
    in.limits.set(Limit::Memory, options.maxCells);
    in.limits.set(Limit::Recursion, options.maxRecursion);
    in.limits.set(Limit::Tasks, options.maxTasks);
    in.limits.set(Limit::Trace, options.maxTraceEvents);
    in.limitHint = options.limitHint;
    in.realClock = options.realClock;
    installAiohttp(in, AiohttpOptions{options.network, options.allowedHosts});
    in.trace = options.trace;
    if (options.trace) {
        options.trace->program = in.fileName;
        options.trace->clock = options.realClock ? QStringLiteral("real") : QStringLiteral("virtual");
        options.trace->source = source;
    }
    if (options.control)
        options.control->attach(&in);
    const int status = in.run(source);
    if (options.control)
        options.control->detach();
    if (options.trace) {
        options.trace->exitStatus = status;
        // On the real clock the program's time does not count the loop's seconds: the run lasts at least
        // until its last event.
        const auto &events = options.trace->events();
        options.trace->endTime = std::max(in.programTime(), events.empty() ? 0.0 : events.back().time);
    }
    return status;
}

int runPythonFile(const QString &path, const RunOptions &options)
{
    auto err = options.err ? options.err : [](const QString &s) { writeTo(stderr, s); };
    QString readError;
    const std::optional<QByteArray> source = readRegularFile(path, FileReadLimits::Program, &readError);
    if (!source) {
        err(QStringLiteral("awaitscope: %1\n").arg(readError));
        return 2;
    }
    for (const QString &target : {options.traceFile, options.chromeTraceFile}) {
        if (!target.isEmpty() && sameFile(target, path)) {
            err(QCoreApplication::translate("PythonRunner",
                                            "awaitscope: '%1' is the program itself; write the trace to "
                                            "another file\n")
                    .arg(target));
            return 2;
        }
    }
    RunOptions opts = options;
    if (opts.displayName.isEmpty())
        opts.displayName = QFileInfo(path).fileName();
    const bool wantFiles = !opts.traceFile.isEmpty() || !opts.chromeTraceFile.isEmpty();
    Trace localTrace;
    if (wantFiles && !opts.trace)
        opts.trace = &localTrace;
    const int status = runPythonSource(QString::fromUtf8(*source), opts);
    auto save = [&err](const QString &target, const QByteArray &data) {
        QString error;
        if (!writeFileAtomically(target, data, &error)) {
            err(QStringLiteral("awaitscope: %1\n").arg(error));
            return false;
        }
        return true;
    };
    bool saved = true;
    if (!opts.traceFile.isEmpty())
        saved &= save(opts.traceFile, opts.trace->toJson());
    if (!opts.chromeTraceFile.isEmpty())
        saved &= save(opts.chromeTraceFile, opts.trace->toChromeTrace());
    return saved ? status : (status ? status : 2);
}

} // namespace awaitscope::py
