#pragma once

#include "runlimits.h"
#include <QMutex>

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

class QObject;

namespace awaitscope {
class Trace;
}

namespace awaitscope::py {

class Interpreter;

// Stops a run in progress (the GUI's Stop) from any thread. The flag makes a busy program end at its next
// step; the tasks are also cancelled on the program's own thread, through its event loop, so a task asleep
// on a timer or waiting for a reply ends now instead of when it would have woken.
class RunControl
{
public:
    RunControl() = default;
    ~RunControl();
    RunControl(const RunControl &) = delete;
    RunControl &operator=(const RunControl &) = delete;

    void requestStop(const QString &reason = QStringLiteral("stopped by the user"));
    bool stopRequested() const { return m_stop.load(); }

    // Called by runPythonSource around the run, on the program's thread.
    void attach(Interpreter *interpreter);
    void detach();

private:
    QMutex m_mutex;
    Interpreter *m_interpreter = nullptr;
    QObject *m_context = nullptr; // lives on the program's thread, receives the cancellation
    std::atomic<bool> m_stop{false};
    QString m_reason;
};

struct RunOptions
{
    bool realClock = false;                   // --clock real
    QString traceFile;                        // --trace OUT.json
    QString chromeTraceFile;                  // --chrome-trace OUT.json
    QString displayName;                      // file name shown in tracebacks (default: the file's name)
    std::function<void(const QString &)> out; // default: process stdout
    std::function<void(const QString &)> err; // default: process stderr
    Trace *trace = nullptr;                   // record into this trace (the GUI); optional
    int64_t maxSteps = 0;                     // 0 = the default of each limit (see RunLimits)
    int64_t maxOutput = 0;
    int64_t maxCells = 0;
    // aiohttp: "sim" (the simulated network), "real" (loopback sockets to a demo server started on
    // demand), or empty: sim on the virtual clock, real on the real clock. --net
    QString network;
    QStringList allowedHosts;      // hosts besides the demo server that programs may reach (--allow-host)
    RunControl *control = nullptr; // lets another thread stop the run; optional
    int64_t maxRecursion = 0;
    int64_t maxTasks = 0;
    int64_t maxTraceEvents = 0;
    LimitHint limitHint; // how a limit's message says to raise it (default: commandLineHint)

    void setLimit(Limit limit, int64_t value); // the field of that limit (0 = default)
};

// Runs a Python program's source text. Returns the exit status like CPython (0, or 1 on an uncaught
// exception, a syntax error, an unsupported construct or a limit).
int runPythonSource(const QString &source, const RunOptions &options);

// `awaitscope run FILE.py`: reads the file, runs it and writes the requested traces.
int runPythonFile(const QString &path, const RunOptions &options);

} // namespace awaitscope::py
