#pragma once

#include "python/runlimits.h"
#include "run/runerror.h"
#include "trace/trace.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace awaitscope {

namespace py {
class RunControl;
}

// What runs the program: Awaitscope's interpreter, or the learner's own CPython with the recorder (the
// window's Run ▸ Engine: its live run hands such a request to app/application/cpythonrecorder.h recordRun).
// runProgram runs only the interpreter and refuses the other; runInRunner's wire does not carry the engine.
enum class RunEngine : std::uint8_t { Interpreter, CPython };

// Everything that decides how a program runs. The GUI builds these from the preferences in one place
// (Settings::runRequest), the command line from its flags, the lesson checker from the defaults.
struct RunRequest
{
    QString source;
    QString displayName = QStringLiteral("main.py"); // the file name tracebacks show
    bool realClock = false;
    RunEngine engine = RunEngine::Interpreter;
    // aiohttp: "sim" (the simulated network), "real" (loopback sockets), or empty: sim on the virtual
    // clock, real on the real clock.
    QString network;
    QStringList allowedHosts; // hosts besides the demo server that programs may reach
    // Where the program's own modules are (`import util`), in order: for a program file, its folder and
    // PYTHONPATH's (programModuleFolders). Empty: it can import only the built-in modules.
    QStringList moduleFolders;
    py::RunLimits limits;
    py::LimitHint limitHint; // how a limit's message says to raise it (default: the command-line flag)
    // Optional: called on the program's thread as it writes (the command line prints as it goes).
    std::function<void(const QString &)> onOutput;
    std::function<void(const QString &)> onErrorOutput;
    // Optional: input()'s keyboard, called on the program's thread with the prompt; returns the line typed
    // (without its newline), or nothing at the end of the input. Absent: input() raises EOFError, as with
    // stdin closed (the lesson checks, Compare, export). The trace so far is handed to the progress sink
    // first, so a window shows the prompt while the program waits.
    std::function<std::optional<QString>(const QString &prompt)> readLine;
    bool keepOutput = true; // collect what it printed in RunResult (the command line streams instead)
    // The language of the run's own messages when it runs in awaitscope-runner (run/runnerclient.h): a .qm
    // file, or empty for English. A run in this process speaks whatever translation is installed here.
    QString translationFile;
};

// A finished run. The trace is complete: its end time is the later of the program's clock and its last
// event, set here and nowhere else.
struct RunResult
{
    Trace trace;
    int exitStatus = 0;
    QString output;      // what the program printed on stdout
    QString errorOutput; // stderr: tracebacks, "Stopped: ..."
    RunError error;      // kind None when the run ended cleanly

    bool stopped() const { return error.kind == RunError::Kind::Stopped; }
};

// Watches a run in progress from the program's thread (the GUI's live runs).
class RunProgressSink
{
public:
    virtual ~RunProgressSink() = default;
    // Called between two loop passes, at most every intervalMs while the loop waits for time to pass (on
    // the real clock, or for the network): events [fromEvent, trace.events().size()) are new since the
    // last call, and the tasks list may have grown.
    virtual void traceGrew(const Trace &trace, size_t fromEvent) = 0;
    int intervalMs = 40;
};

// Runs a program to its end on the calling thread. `control` lets another thread stop it.
RunResult runProgram(const RunRequest &request, py::RunControl *control = nullptr,
                     RunProgressSink *sink = nullptr);

// `awaitscope run FILE.py`: reads the program (a regular file under the size limit), runs it with its output
// going to this process's stdout and stderr as it is printed (or to the request's onOutput/onErrorOutput),
// and writes the trace files atomically (never over the program itself). Returns the exit status: the
// program's, or 2 when the files are the problem.
struct ProgramFiles
{
    QString traceFile;       // --trace OUT.json
    QString chromeTraceFile; // --chrome-trace OUT.json
};
int runProgramFile(const QString &path, RunRequest request, const ProgramFiles &files = {},
                   py::RunControl *control = nullptr);

// The run's end: the program's clock, but never before its last event (on the real clock the program's
// time does not count the loop's own seconds).
double runEndTime(const Trace &trace, double programTime);

} // namespace awaitscope
