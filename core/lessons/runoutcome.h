#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <cmath>
#include <limits>
#include <memory>

namespace awaitscope {

class Trace;

// What a question needs to know about a finished run. Filled from a trace (`fromTrace`) or from the
// expected results committed beside a built-in program (`loadRecorded`).
struct RunOutcome
{
    struct Task
    {
        QString name;
        QString state;                                               // finished, failed, cancelled, pending
        double createdAt = std::numeric_limits<double>::quiet_NaN(); // NaN = not known
        double endedAt = std::numeric_limits<double>::quiet_NaN();   // NaN = still running, or not known
    };

    QStringList stdoutLines; // printed lines without their newline
    double totalTime = std::numeric_limits<double>::quiet_NaN();
    int exitStatus = 0;
    QString errorText; // the last line of the error output when the run failed ("ValueError: x", a limit)
    QList<Task> tasks; // in creation order; the program's own tasks (not asyncio.run's main task)
    // The run itself when it was run here; null when the outcome was read from recorded results.
    std::shared_ptr<const Trace> trace;

    const Task *task(const QString &name) const;

    // Reads NAME.out, NAME.outcome.json and NAME.err (when there is one) beside `programPath` (NAME.py).
    // Returns false with `error` set when the first two are missing or malformed.
    static bool loadRecorded(const QString &programPath, RunOutcome *outcome, QString *error);
    static RunOutcome fromTrace(const Trace &trace);
    static QStringList splitLines(const QString &output);
};

} // namespace awaitscope
