#pragma once

#include "trace/trace.h"

#include <QString>
#include <QStringList>

#include <atomic>

namespace awaitscope {

// `awaitscope record`: runs a program under the user's own CPython (3.11 or newer) with the recorder module
// shipped in the app's data (share/awaitscope/recorder/awaitscope_recorder.py), on a virtual clock, and
// reads back the trace it wrote (docs/trace-format.md).

struct RecordRequest
{
    QString program;           // PROG.py
    QStringList arguments;     // given to the program as sys.argv[1:]
    QString python;            // --python PATH; empty = python3 on PATH
    bool realClock = false;    // --clock real: asyncio's own loop on the real clock, real I/O
    QString recorderScript;    // empty = the one in the app's data (datalocation.h)
    int timeoutMs = 120000;    // the child is killed after this long
    bool forwardOutput = true; // the program's stdout and stderr pass through to ours
    // Set from another thread to stop the recording (the window closes): the child is killed.
    const std::atomic<bool> *cancel = nullptr;
};

struct RecordResult
{
    bool recorded = false; // a trace was read back (the program itself may still have failed)
    Trace trace;
    QString error;      // when not recorded: what went wrong and what to do
    QString pythonUsed; // the interpreter that ran the program, and its version
};

// The interpreter to use: `requested` when given, else python3 on PATH; checked to be Python 3.11 or newer.
// Empty with `error` (what, where, what to do) otherwise; `version` gets "3.11.7".
QString findPython(const QString &requested, QString *version, QString *error);

RecordResult recordWithCPython(const RecordRequest &request);

// Where the shipped recorder module is.
QString recorderScriptPath();

} // namespace awaitscope
