#pragma once

#include "run/runerror.h"
#include "run/runservice.h"
#include "trace/trace.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <limits>

namespace awaitscope {

// `awaitscope record`: runs a program under the user's own CPython (3.11 or newer) with the recorder module
// shipped in the app's data (share/awaitscope/recorder/awaitscope_recorder.py), on a virtual clock, and
// reads back the trace it wrote (docs/trace-format.md).

struct RecordRequest
{
    QString program;       // PROG.py
    QStringList arguments; // given to the program as sys.argv[1:]
    QString python;        // --python PATH; empty = python3 on PATH
    // Who reads the messages: the command line's name its flags (--python PATH, --timeout), the window's
    // its own choices (Run ▸ Engine).
    enum class Reader : std::uint8_t { CommandLine, Window } reader = Reader::CommandLine;
    bool realClock = false; // --clock real: asyncio's own loop on the real clock, real I/O
    QString recorderScript; // empty = the one in the app's data (datalocation.h)
    int timeoutMs = 120000; // the child is killed after this long
    // The program's stdin, stdout and stderr are ours (the command line); else its input is empty and what
    // it prints goes only into the trace (the window).
    bool forwardOutput = true;
    QStringList moduleFolders; // where the program's own modules are, before PYTHONPATH's
    // Set from another thread to stop the recording (the window closes): the child is killed.
    const std::atomic<bool> *cancel = nullptr;
    // Set from another thread to stop the program as Ctrl+C does (the window's Stop): asyncio.run cancels
    // the main task and the recorder writes what ran; a child still running RunnerClient::kStopGraceMs
    // later is killed.
    const std::atomic<bool> *interrupt = nullptr;
};

struct RecordResult
{
    bool recorded = false; // a trace was read back (the program itself may still have failed)
    Trace trace;
    QString error;      // when not recorded: what went wrong and what to do
    QString pythonUsed; // the interpreter that ran the program, and its version
    // Why the program did not end cleanly, as the recorder saw it (kind None when it did).
    RunError programError;
    bool interrupted = false; // `interrupt` was set while it ran
    bool killed = false;      // it did not end in time after the interrupt and was killed
};

// The interpreter to use: `requested` when given, else python3 on PATH; checked to be Python 3.11 or newer.
// Empty with `error` (what, where, what to do) otherwise; `version` gets "3.11.7".
// `reader`: whose choices a message names.
QString findPython(const QString &requested, QString *version, QString *error,
                   RecordRequest::Reader reader = RecordRequest::Reader::CommandLine);

RecordResult recordWithCPython(const RecordRequest &request);

// The window's engine "CPython (recorded)" and Run ▸ Record under CPython: `request`'s program (its source,
// file name, clock and module folders) recorded under python3 on PATH, as a run like the interpreter's. The
// trace is CPython's; what went wrong before the program ran (no CPython, too old) is a NotRun error with the
// reason and what to do. `timeoutMs`: the child is killed after this long (none: the caller's cancel or
// interrupt ends it); `pythonUsed` gets the interpreter that ran it and its version.
RunResult recordRun(const RunRequest &request, const std::atomic<bool> *cancel,
                    const std::atomic<bool> *interrupt, int timeoutMs = std::numeric_limits<int>::max(),
                    QString *pythonUsed = nullptr);

// Where the shipped recorder module is.
QString recorderScriptPath();

} // namespace awaitscope
