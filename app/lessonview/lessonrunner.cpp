#include "lessonrunner.h"
#include "io/userfile.h"

#include "application/datalocation.h"
#include "lessons/runoutcome.h"
#include "python/pythonrunner.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace awaitscope {

ProgramRun runPythonProgram(const QString &source, const QString &displayName)
{
    ProgramRun run;
    py::RunOptions options;
    options.displayName = displayName;
    options.trace = &run.trace;
    options.out = [&run](const QString &s) { run.stdoutText += s; };
    options.err = [&run](const QString &s) { run.stderrText += s; };
    run.exitStatus = py::runPythonSource(source, options);
    run.trace.source = source;
    run.trace.exitStatus = run.exitStatus;
    describeFailure(run);
    return run;
}

void describeFailure(ProgramRun &run)
{
    if (run.exitStatus != 0) {
        const QStringList lines = run.stderrText.trimmed().split(QLatin1Char('\n'));
        run.errorMessage = lines.isEmpty() ? QCoreApplication::translate("LessonRunner", "the program failed")
                                           : lines.last().trimmed();
        // The innermost "line N" of a traceback, or "(line N, column C)" of a syntax error.
        static const QRegularExpression lineRe(QStringLiteral("line (\\d+)"));
        auto it = lineRe.globalMatch(run.stderrText);
        while (it.hasNext())
            run.errorLine = it.next().captured(1).toInt();
    }
}

LessonProgramRunner pythonLessonRunner()
{
    return [](const QString &programPath, RunOutcome *outcome, QString *error) {
        const std::optional<QByteArray> source = readRegularFile(programPath, FileReadLimits::Program, error);
        if (!source)
            return false;
        const ProgramRun run =
            runPythonProgram(QString::fromUtf8(*source), programPath.section(QLatin1Char('/'), -1));
        *outcome = RunOutcome::fromTrace(run.trace);
        outcome->stdoutLines = RunOutcome::splitLines(run.stdoutText);
        outcome->exitStatus = run.exitStatus;
        const QStringList errorLines = RunOutcome::splitLines(run.stderrText);
        if (!errorLines.isEmpty())
            outcome->errorText = errorLines.last().trimmed();
        return true;
    };
}

QString builtInLessonsRoot()
{
    return lessonsDirectory();
}

} // namespace awaitscope
