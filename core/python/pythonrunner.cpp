#include "pythonrunner.h"

#include "run/runservice.h"

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

namespace {

// Receives a stop on the program's thread and cancels its tasks there. Made and used only on that thread,
// and called by name (QMetaObject::invokeMethod with a string) so that nothing written on the stopping
// thread is read here: the queued call is Qt's alone.
class TaskCanceller : public QObject
{
    Q_OBJECT
public:
    explicit TaskCanceller(Interpreter *interpreter)
        : m_interpreter(interpreter)
    {
    }

public slots:
    void cancelTasks() { m_interpreter->endForStop(); }

private:
    Interpreter *m_interpreter;
};

} // namespace

RunControl::~RunControl()
{
    detach();
}

void RunControl::attach(Interpreter *interpreter)
{
    std::lock_guard lock(m_mutex);
    m_interpreter = interpreter;
    m_context = new TaskCanceller(interpreter);
    if (m_stop.load())
        m_interpreter->requestStop(m_reason);
}

void RunControl::detach()
{
    std::lock_guard lock(m_mutex);
    // Deleting the context drops a cancellation still queued for it: the interpreter is about to go.
    delete m_context;
    m_context = nullptr;
    m_interpreter = nullptr;
}

void RunControl::requestStop(const QString &reason)
{
    std::lock_guard lock(m_mutex);
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
    QMetaObject::invokeMethod(m_context, "cancelTasks", Qt::QueuedConnection);
}

int runPythonSource(const QString &source, const RunOptions &options)
{
    Interpreter in;
    in.stdoutSink = options.out ? options.out : [](const QString &s) { writeTo(stdout, s); };
    in.stderrSink = options.err ? options.err : [](const QString &s) { writeTo(stderr, s); };
    in.readLine = options.readLine;
    if (!options.displayName.isEmpty())
        in.fileName = options.displayName;
    in.limits = options.limits;
    in.errorOut = options.error;
    in.limitHint = options.limitHint;
    in.realClock = options.realClock;
    in.findModule = options.findModule;
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
        options.trace->endTime = runEndTime(*options.trace, in.programTime());
    }
    return status;
}

} // namespace awaitscope::py

#include "pythonrunner.moc"
