#pragma once

#include "lessons/lessonchecker.h"
#include "run/runservice.h"

#include <QString>

namespace awaitscope {

// Runs lesson programs for `awaitscope lessons --check` and the GUI's question checks, with the limits and
// hosts of `base` (the defaults on the command line, the preferences in the app).
LessonProgramRunner pythonLessonRunner(const RunRequest &base = {});

// Where the built-in lessons live: lessons/ in the data folder (application/datalocation.h).
QString builtInLessonsRoot();

} // namespace awaitscope
