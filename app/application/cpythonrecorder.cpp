#include "application/cpythonrecorder.h"

#include "application/datalocation.h"
#include "io/userfile.h"
#include "run/runnerclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <csignal>
#include <limits>

namespace awaitscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Record", text);
}

// The recorder's own exit status when the Python is too old (it checks itself too).
constexpr int kTooOldStatus = 4;

// The recorder's --error-out file: the program's uncaught exception (or why the recorder stopped it) as
// data. Absent or unreadable: nothing is known beyond the exit status.
RunError readProgramError(const QString &path)
{
    RunError error;
    QString why;
    const std::optional<QByteArray> bytes = readRegularFile(path, FileReadLimits::Trace, &why);
    if (!bytes)
        return error;
    const QJsonObject root = QJsonDocument::fromJson(*bytes).object();
    const QString kind = root.value(QStringLiteral("kind")).toString();
    if (kind == u"syntax")
        error.kind = RunError::Kind::Syntax;
    else if (kind == u"deadlock")
        error.kind = RunError::Kind::Deadlock;
    else if (kind == u"unsupported")
        error.kind = RunError::Kind::NotRun;
    else if (!kind.isEmpty())
        error.kind = RunError::Kind::Exception; // "exception", and Ctrl+C's KeyboardInterrupt ("interrupted")
    error.type = root.value(QStringLiteral("type")).toString();
    error.message = root.value(QStringLiteral("message")).toString();
    error.line = root.value(QStringLiteral("line")).toInt();
    error.column = root.value(QStringLiteral("column")).toInt();
    for (const QJsonValue &f : root.value(QStringLiteral("frames")).toArray()) {
        const QJsonObject frame = f.toObject();
        error.frames.append({frame.value(QStringLiteral("function")).toString(),
                             frame.value(QStringLiteral("line")).toInt(),
                             frame.value(QStringLiteral("file")).toString()});
    }
    return error;
}

} // namespace

QString recorderScriptPath()
{
    return dataDirectory() + QStringLiteral("/recorder/awaitscope_recorder.py");
}

QString findPython(const QString &requested, QString *version, QString *error, RecordRequest::Reader reader)
{
    // What to do about it: the command line's --python, or the window's own choice.
    const QString todo = reader == RecordRequest::Reader::CommandLine
                             ? tr("Install Python 3.11 or newer, or name one with --python PATH.")
                             : tr("Install Python 3.11 or newer as python3 on PATH, or choose Run ▸ Engine ▸ "
                                  "Awaitscope's Interpreter.");
    QString python = requested;
    if (python.isEmpty()) {
        python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty()) {
            *error = tr("no python3 found on PATH. %1").arg(todo);
            return {};
        }
    } else if (!QFileInfo(python).isExecutable()) {
        const QString found = QStandardPaths::findExecutable(python);
        if (found.isEmpty()) {
            *error = tr("--python %1 is not an executable program. Name a Python 3.11 or newer.").arg(python);
            return {};
        }
        python = found;
    }
    // Asked in a way even an old Python answers, so that the message can say which version it is.
    QProcess probe;
    probe.start(python, {QStringLiteral("-c"),
                         QStringLiteral("import sys; print('%d.%d.%d' % tuple(sys.version_info[:3]))")});
    if (!probe.waitForFinished(20000) || probe.exitStatus() != QProcess::NormalExit ||
        probe.exitCode() != 0) {
        probe.kill();
        probe.waitForFinished(1000);
        *error =
            tr("%1 did not answer as a Python interpreter (%2). %3").arg(python, probe.errorString(), todo);
        return {};
    }
    const QString answer = QString::fromUtf8(probe.readAllStandardOutput()).trimmed();
    const QStringList parts = answer.split(u'.');
    const int major = parts.value(0).toInt();
    const int minor = parts.value(1).toInt();
    if (major < 3 || (major == 3 && minor < 11)) {
        *error = tr("%1 is Python %2; recording needs Python 3.11 or newer. %3").arg(python, answer, todo);
        return {};
    }
    if (version)
        *version = answer;
    return python;
}

RecordResult recordWithCPython(const RecordRequest &request)
{
    RecordResult result;
    const QFileInfo program(request.program);
    if (!program.isFile()) {
        result.error = tr("%1 is not a file.").arg(request.program);
        return result;
    }
    const QString script = request.recorderScript.isEmpty() ? recorderScriptPath() : request.recorderScript;
    if (!QFileInfo(script).isFile()) {
        result.error = tr("the recorder module is missing: %1 is not a file (reinstall, or set "
                          "AWAITSCOPE_DATA_DIR to the folder that holds recorder/).")
                           .arg(script);
        return result;
    }
    QString version;
    const QString python = findPython(request.python, &version, &result.error, request.reader);
    if (python.isEmpty())
        return result;
    result.pythonUsed = QStringLiteral("%1 (Python %2)").arg(python, version);

    QTemporaryDir dir;
    if (!dir.isValid()) {
        result.error = tr("could not make a temporary folder: %1").arg(dir.errorString());
        return result;
    }
    const QString out = dir.filePath(QStringLiteral("trace.json"));
    const QString errorOut = dir.filePath(QStringLiteral("error.json"));
    QProcess child;
    if (request.forwardOutput) {
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.setInputChannelMode(QProcess::ForwardedInputChannel); // input() reads the terminal
    } else {
        // What it prints is in the trace; input() finds the end of the input, as with stdin closed.
        child.setStandardInputFile(QProcess::nullDevice());
        child.setStandardOutputFile(QProcess::nullDevice());
        child.setStandardErrorFile(QProcess::nullDevice());
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!request.moduleFolders.isEmpty()) {
        QStringList path = request.moduleFolders;
        if (const QString before = environment.value(QStringLiteral("PYTHONPATH")); !before.isEmpty())
            path << before;
        environment.insert(QStringLiteral("PYTHONPATH"), path.join(QDir::listSeparator()));
    }
    // str and bytes hash as in the interpreter, so that their sets iterate in the same order on every
    // recording (CPython picks a random key per run otherwise); a PYTHONHASHSEED the user set is kept.
    if (!environment.contains(QStringLiteral("PYTHONHASHSEED")))
        environment.insert(QStringLiteral("PYTHONHASHSEED"), QStringLiteral("0"));
    child.setProcessEnvironment(environment);
    // The program runs from its own folder, as `python3 PROG.py` would from there.
    child.setWorkingDirectory(program.absolutePath());
    // By its name, as `python3 PROG.py` from its folder: reprs and tracebacks name it as the interpreter
    // does.
    QStringList args{QStringLiteral("-X"), QStringLiteral("utf8"), script};
    if (request.realClock)
        args << QStringLiteral("--clock") << QStringLiteral("real");
    args << QStringLiteral("--error-out") << errorOut;
    args << QStringLiteral("--out") << out << program.fileName();
    args += request.arguments;
    child.start(python, args);
    if (!child.waitForStarted(20000)) {
        result.error = tr("could not start %1: %2").arg(python, child.errorString());
        return result;
    }
    QElapsedTimer clock;
    clock.start();
    QElapsedTimer sinceInterrupt;
    bool finished = false;
    while (!(finished = child.waitForFinished(100)) && child.state() != QProcess::NotRunning) {
        if (request.cancel && request.cancel->load()) {
            child.kill();
            child.waitForFinished(5000);
            result.error = tr("the recording of %1 was stopped.").arg(program.fileName());
            return result;
        }
        if (request.interrupt && request.interrupt->load() && !result.interrupted) {
            // Ctrl+C: asyncio.run cancels the main task, and the recorder writes what ran.
            result.interrupted = true;
            sinceInterrupt.start();
            ::kill(pid_t(child.processId()), SIGINT);
        }
        if (result.interrupted && sinceInterrupt.elapsed() >= RunnerClient::kStopGraceMs) {
            child.kill();
            child.waitForFinished(5000);
            result.killed = true;
            result.error = tr("%1 did not end within %2 s of being interrupted (Ctrl+C) and was ended; "
                              "CPython wrote no record of it.")
                               .arg(program.fileName())
                               .arg(RunnerClient::kStopGraceMs / 1000);
            return result;
        }
        if (clock.elapsed() >= request.timeoutMs)
            break;
    }
    if (!finished && child.state() != QProcess::NotRunning) {
        child.kill();
        child.waitForFinished(5000);
        // The command line's --timeout gives it longer; the window's recording has no such choice.
        result.error = (request.reader == RecordRequest::Reader::CommandLine
                            ? tr("%1 was still running after %2 s and was stopped (--timeout gives it "
                                 "longer). A program that never ends (a server, an endless loop) cannot be "
                                 "recorded yet.")
                            : tr("%1 was still running after %2 s and was stopped. A program that never ends "
                                 "(a server, an endless loop) cannot be recorded yet."))
                           .arg(program.fileName())
                           .arg(request.timeoutMs / 1000.0);
        return result;
    }
    if (child.exitStatus() != QProcess::NormalExit) {
        result.error = tr("the recorder crashed while running %1 under %2.").arg(program.fileName(), python);
        return result;
    }
    if (child.exitCode() == kTooOldStatus && !QFileInfo::exists(out)) {
        result.error = tr("%1 is too old for the recorder; it needs Python 3.11 or newer.").arg(python);
        return result;
    }
    QString error;
    const std::optional<QByteArray> bytes = readRegularFile(out, FileReadLimits::Trace, &error);
    if (!bytes) {
        result.error =
            tr("the recorder wrote no trace (exit status %1): %2").arg(child.exitCode()).arg(error);
        return result;
    }
    if (!result.trace.fromJson(*bytes, &error)) {
        result.error = tr("the recorder wrote a trace this build cannot read: %1").arg(error);
        return result;
    }
    result.recorded = true;
    result.programError = readProgramError(errorOut);
    if (result.programError.kind == RunError::Kind::None && result.trace.exitStatus != 0)
        result.programError.kind = RunError::Kind::Exception; // sys.exit(3), say
    return result;
}

RunResult recordRun(const RunRequest &request, const std::atomic<bool> *cancel,
                    const std::atomic<bool> *interrupt, int timeoutMs, QString *pythonUsed)
{
    RunResult run = RunnerClient::emptyRun(request);
    const auto notRun = [&run](RunError::Kind kind, const QString &why) {
        run.exitStatus = 1;
        run.error.kind = kind;
        run.error.message = why;
        run.errorOutput = why + u'\n';
        run.trace.exitStatus = 1;
        run.trace.errorOutput = run.errorOutput.left(Trace::kMaxErrorOutput);
        return run;
    };
    // The program as the editor holds it, under its own name, in a folder of its own; its modules come from
    // the request's folders.
    QTemporaryDir folder;
    const QString path = folder.filePath(QFileInfo(request.displayName).fileName());
    QFile file(path);
    const QByteArray text = request.source.toUtf8();
    if (!folder.isValid() || !file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return notRun(RunError::Kind::NotRun,
                      tr("Could not record: no temporary folder to write the program to (%1).")
                          .arg(folder.isValid() ? file.errorString() : folder.errorString()));
    file.close();

    RecordRequest record;
    record.program = path;
    record.realClock = request.realClock;
    record.forwardOutput = false;
    record.moduleFolders = request.moduleFolders;
    record.timeoutMs = timeoutMs;
    record.reader = RecordRequest::Reader::Window;
    record.cancel = cancel;
    record.interrupt = interrupt;
    RecordResult recorded = recordWithCPython(record);
    if (pythonUsed)
        *pythonUsed = recorded.pythonUsed;
    if (!recorded.recorded)
        return notRun(recorded.killed ? RunError::Kind::Killed : RunError::Kind::NotRun,
                      tr("Could not record under CPython: %1").arg(recorded.error));

    run.trace = std::move(recorded.trace);
    run.trace.source = request.source;
    run.trace.program = request.displayName;
    run.trace.endTime = runEndTime(run.trace, run.trace.endTime);
    run.exitStatus = run.trace.exitStatus;
    run.errorOutput = run.trace.errorOutput;
    if (!run.trace.events().empty())
        run.output = run.trace.outputUntil(run.trace.events().back().seq);
    run.error = recorded.programError;
    if (recorded.interrupted && run.error.type == u"KeyboardInterrupt") {
        // Stopped from the window: asyncio.run cancelled the main task, then raised KeyboardInterrupt.
        run.error = RunError();
        run.error.kind = RunError::Kind::Stopped;
        run.error.message = tr("Stopped: CPython was interrupted (Ctrl+C) and its tasks were cancelled");
    }
    return run;
}

} // namespace awaitscope
