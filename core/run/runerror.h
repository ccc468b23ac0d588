#pragma once

#include <QList>
#include <QString>

namespace awaitscope {

// Why a run did not end cleanly, as data: the editor marks `line`, the Output panel lists `frames` as
// clickable lines, and nothing has to parse the printed traceback back.
struct RunError
{
    enum class Kind : std::uint8_t {
        None,      // the run ended cleanly (exit status 0)
        Exception, // an uncaught exception (a traceback was printed)
        Syntax,    // the program could not be parsed, or uses what the interpreter does not support
        Limit,     // a limit stopped it (steps, memory, recursion, tasks, output, trace)
        Deadlock,  // nothing could run any more, but the program was still waiting
        Stopped,   // the user (or a closing window) stopped it
        NotRun,    // the program could not be started at all (unreadable file, ...)
        Crashed, // the process that ran it ended without an ending: a fault of Awaitscope, not the program's
        Killed,  // stopped, but it did not end in time (a blocking call), so its process was ended: nothing
                 // was cancelled, the tasks were cut off where they stood
    };
    struct Frame
    {
        QString function; // "<module>", "main", ...
        int line = 0;
        QString file; // a module the program imported ("util/async_timer.py"); empty = the program itself
    };

    Kind kind = Kind::None;
    QString type;        // "ValueError", "SyntaxError", ... (empty for limits and stops)
    QString message;     // "api_b is broken", "step limit reached: ...", ...
    int line = 0;        // the line to mark in the editor (the program's innermost frame), 0 = none
    int column = 0;      // for syntax errors, 1-based, 0 = unknown
    QList<Frame> frames; // outermost first, as a traceback prints them

    bool isError() const { return kind != Kind::None && kind != Kind::Stopped; }
    // "ValueError: api_b is broken", or the stop's message.
    QString summary() const { return type.isEmpty() ? message : type + QStringLiteral(": ") + message; }
};

} // namespace awaitscope
