#include "lessonrunner.h"
#include "io/userfile.h"

#include "application/datalocation.h"
#include "lessons/runoutcome.h"
#include "run/programmodules.h"

#include <QCoreApplication>
#include <QFile>

namespace awaitscope {

LessonProgramRunner pythonLessonRunner(const RunRequest &base)
{
    return [base](const QString &programPath, RunOutcome *outcome, QString *error) {
        const std::optional<QString> source = readProgramText(programPath, error);
        if (!source)
            return false;
        RunRequest request = base;
        request.source = *source;
        request.displayName = programPath.section(QLatin1Char('/'), -1);
        request.moduleFolders = programModuleFolders(programPath);
        RunResult run = runProgram(request);
        *outcome = RunOutcome::fromTrace(run.trace);
        outcome->trace = std::make_shared<const Trace>(std::move(run.trace));
        outcome->stdoutLines = RunOutcome::splitLines(run.output);
        outcome->exitStatus = run.exitStatus;
        outcome->errorText = run.error.summary();
        return true;
    };
}

QString builtInLessonsRoot()
{
    return lessonsDirectory();
}

} // namespace awaitscope
