#pragma once

namespace awaitscope {

// The body of awaitscope-runner, the process in which the window runs a program (run/runwire.h): reads one
// request on stdin, runs it on the calling thread (which must have a QCoreApplication), reports the trace
// as it grows and the ending on stdout, and takes stop requests and input() lines on stdin while the
// program runs. A closed stdin (the window went away) stops the run. Returns the process's exit status:
// 0 when the ending was reported (whatever the program's own status), 2 when no request could be read.
int serveRunRequest();

} // namespace awaitscope
