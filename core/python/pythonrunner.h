#pragma once

#include "modulesource.h"
#include "run/runerror.h"
#include "runlimits.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <mutex>
#include <optional>

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
    std::mutex m_mutex; // a std::mutex, so that ThreadSanitizer sees it (Qt's own is not instrumented)
    Interpreter *m_interpreter = nullptr;
    QObject *m_context = nullptr; // lives on the program's thread, receives the cancellation
    std::atomic<bool> m_stop{false};
    QString m_reason;
};

struct RunOptions
{
    bool realClock = false;                   // --clock real
    QString displayName;                      // file name shown in tracebacks (default: the file's name)
    std::function<void(const QString &)> out; // default: process stdout
    std::function<void(const QString &)> err; // default: process stderr
    std::function<std::optional<QString>(const QString &)> readLine; // input() (Interpreter::readLine)
    Trace *trace = nullptr; // record into this trace (the GUI); optional
    RunLimits limits;       // --max-steps ... (defaults unless set)
    // aiohttp: "sim" (the simulated network), "real" (loopback sockets to a demo server started on
    // demand), or empty: sim on the virtual clock, real on the real clock. --net
    QString network;
    QStringList allowedHosts;      // hosts besides the demo server that programs may reach (--allow-host)
    RunControl *control = nullptr; // lets another thread stop the run; optional
    LimitHint limitHint;           // how a limit's message says to raise it (default: commandLineHint)
    RunError *error = nullptr;     // filled with why the run did not end cleanly; optional
    FindModule findModule;         // the program's own modules (Interpreter::findModule); optional
};

// Runs a Python program's source text. Returns the exit status like CPython (0, or 1 on an uncaught
// exception, a syntax error, an unsupported construct or a limit).
int runPythonSource(const QString &source, const RunOptions &options);

} // namespace awaitscope::py
