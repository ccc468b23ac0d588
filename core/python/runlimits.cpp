#include "runlimits.h"

#include <QCoreApplication>
#include <QList>

#include <algorithm>

namespace awaitscope::py {

int64_t RunLimits::value(Limit limit) const
{
    switch (limit) {
    case Limit::Recursion:
        return maxRecursion;
    case Limit::Steps:
        return maxSteps;
    case Limit::Memory:
        return maxMemoryMB;
    case Limit::Tasks:
        return maxTasks;
    case Limit::Output:
        return maxOutput;
    case Limit::Trace:
        return maxTraceEvents;
    }
    return 0;
}

void RunLimits::set(Limit limit, int64_t v)
{
    if (v <= 0)
        return;
    switch (limit) {
    case Limit::Recursion:
        // The C++ stack stops deep recursion anyway (RecursionError); an int is plenty.
        maxRecursion = int(std::min<int64_t>(v, 1'000'000));
        break;
    case Limit::Steps:
        maxSteps = v;
        break;
    case Limit::Memory:
        // Megabytes; far beyond any machine's memory is as good as none and cannot overflow the bytes.
        maxMemoryMB = std::min<int64_t>(v, int64_t(1) << 30);
        break;
    case Limit::Tasks:
        maxTasks = v;
        break;
    case Limit::Output:
        maxOutput = v;
        break;
    case Limit::Trace:
        maxTraceEvents = v;
        break;
    }
}

QString limitName(Limit limit)
{
    switch (limit) {
    case Limit::Recursion:
        return QStringLiteral("recursion");
    case Limit::Steps:
        return QStringLiteral("step");
    case Limit::Memory:
        return QStringLiteral("memory");
    case Limit::Tasks:
        return QStringLiteral("task");
    case Limit::Output:
        return QStringLiteral("output");
    case Limit::Trace:
        return QStringLiteral("trace");
    }
    return {};
}

QString limitFlag(Limit limit)
{
    switch (limit) {
    case Limit::Recursion:
        return QStringLiteral("--max-recursion");
    case Limit::Steps:
        return QStringLiteral("--max-steps");
    case Limit::Memory:
        return QStringLiteral("--max-memory");
    case Limit::Tasks:
        return QStringLiteral("--max-tasks");
    case Limit::Output:
        return QStringLiteral("--max-output");
    case Limit::Trace:
        return QStringLiteral("--max-trace-events");
    }
    return {};
}

QString commandLineHint(Limit limit)
{
    return QCoreApplication::translate("Interpreter", "raise it with %1 N").arg(limitFlag(limit));
}

QList<Limit> allLimits()
{
    return {Limit::Recursion, Limit::Steps, Limit::Memory, Limit::Tasks, Limit::Output, Limit::Trace};
}

} // namespace awaitscope::py
