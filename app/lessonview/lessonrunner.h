#pragma once

#include "lessons/lessonchecker.h"
#include "trace/trace.h"

#include <QString>

namespace awaitscope {

// One run of a Python program for the GUI and the lesson tools: the trace, what it printed, and the
// first error line (a traceback's last line, a syntax error) with its source line when known.
struct ProgramRun
{
    Trace trace;
    int exitStatus = 0;
    QString stdoutText;
    QString stderrText;
    QString errorMessage; // empty when the run ended cleanly
    int errorLine = 0;
};

ProgramRun runPythonProgram(const QString &source, const QString &displayName);

// Fills errorMessage and errorLine from a finished run's exit status and stderr.
void describeFailure(ProgramRun &run);

// Runs lesson programs for `awaitscope lessons --check` and the GUI's question checks.
LessonProgramRunner pythonLessonRunner();

// Where the built-in lessons live: lessons/ in the data folder (application/datalocation.h).
QString builtInLessonsRoot();

} // namespace awaitscope
