#pragma once

#include "runlimits.h"

#include <QString>

#include <functional>

namespace awaitscope {
class Trace;
}

namespace awaitscope::py {

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
