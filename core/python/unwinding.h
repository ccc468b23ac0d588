#pragma once

// The Python frames an error of the runtime (a timeout, a cancellation: a C++ exception, not yet a Python
// one) left on its way out. A coroutine frame notes itself as the error passes; when the error becomes a
// Python exception (Interpreter::exceptionFromCurrent) the noted frames join its traceback, so the frame
// where an `async with session.get(...)` timed out is shown as CPython shows it.

#include "objects.h"

#include <exception>
#include <vector>

namespace awaitscope::py {

// `error` is the exception being handled; frames are noted innermost first.
void noteUnwoundFrame(const std::exception_ptr &error, const TraceEntry &frame);
// The frames noted for `error` (empty if another error was noted last); forgets them.
std::vector<TraceEntry> takeUnwoundFrames(const std::exception_ptr &error);

} // namespace awaitscope::py
