#pragma once

#include <QString>

#include <QList>

#include <cstdint>
#include <functional>

namespace awaitscope::py {

// The stack of a thread that runs a program (the live run's, Compare's, a worker thread's): the interpreter
// measures its recursion depth against the stack it has, whatever its size.
constexpr unsigned programThreadStackBytes = 8u * 1024u * 1024u;

// The limits that stop a runaway program. Each one has a name for messages and a flag of `awaitscope run`.
enum class Limit : std::uint8_t { Recursion, Steps, Memory, Tasks, Output, Trace };

struct RunLimits
{
    int maxRecursion = 1000;       // nested Python calls (RecursionError, like CPython's default)
    int64_t maxSteps = 10'000'000; // statements and loop iterations
    int64_t maxMemoryMB = 1024;    // megabytes the program may allocate (strings, containers, objects)
    int64_t maxMemoryBytes() const { return maxMemoryMB * 1024 * 1024; }
    int64_t maxTasks = 100'000;         // tasks unfinished at once
    int64_t maxOutput = 10'000'000;     // characters printed
    int64_t maxTraceEvents = 1'000'000; // events recorded in the trace (only when a trace is recorded)

    int64_t value(Limit limit) const;
    void set(Limit limit, int64_t value); // value <= 0 keeps the default
};

// Tells the learner how to raise a limit: the GUI points to its settings, the command line to a flag.
using LimitHint = std::function<QString(Limit)>;

QString limitName(Limit limit);       // "step", "memory", ... as in "step limit reached"
QString limitFlag(Limit limit);       // "--max-steps"
QString commandLineHint(Limit limit); // "raise it with --max-steps N" (the default hint)
QList<Limit> allLimits();

} // namespace awaitscope::py
