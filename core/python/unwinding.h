#pragma once

// Errors of the runtime (a timeout, a cancellation: C++ exceptions, not yet Python ones) becoming the
// Python exceptions a program sees, and the Python frames such an error left on its way out: a coroutine
// frame notes itself as the error passes; when the error becomes a Python exception
// (Interpreter::exceptionFromCurrent) the noted frames join its traceback, so the frame where an
// `async with session.get(...)` timed out is shown as CPython shows it.

#include "objects.h"

#include <exception>
#include <vector>

namespace awaitscope::py {

class Interpreter;

// A failed future's or task's error as the Python exception the program sees (a ProgramStop passes).
Value pythonException(Interpreter &in, const std::exception_ptr &error);

// `error` is the exception being handled; frames are noted innermost first.
void noteUnwoundFrame(const std::exception_ptr &error, const TraceEntry &frame);
// The frames noted for `error` (empty if another error was noted last); forgets them.
std::vector<TraceEntry> takeUnwoundFrames(const std::exception_ptr &error);

} // namespace awaitscope::py
