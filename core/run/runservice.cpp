#include "run/runservice.h"

#include "io/userfile.h"
#include "python/pythonrunner.h"
#include "run/programmodules.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>
#include <QTimer>

#include <cstdio>

#include <algorithm>

namespace awaitscope {

double runEndTime(const Trace &trace, double programTime)
{
    const auto &events = trace.events();
    return std::max(programTime, events.empty() ? 0.0 : events.back().time);
}

RunResult runProgram(const RunRequest &request, py::RunControl *control, RunProgressSink *sink)
{
    RunResult result;
    if (request.engine != RunEngine::Interpreter) {
        // A caller's mistake, said rather than run on the wrong engine.
        result.exitStatus = result.trace.exitStatus = 1;
        result.error.kind = RunError::Kind::NotRun;
        result.error.message = QStringLiteral("runProgram runs Awaitscope's interpreter only; a CPython run "
                                              "is recorded (awaitscope record)");
        return result;
    }
    py::RunOptions options;
    options.realClock = request.realClock;
    options.displayName = request.displayName;
    options.network = request.network;
    options.allowedHosts = request.allowedHosts;
    if (!request.moduleFolders.isEmpty())
        options.findModule = programModuleFinder(request.moduleFolders);
    options.limits = request.limits;
    options.limitHint = request.limitHint;
    options.control = control;
    options.trace = &result.trace;
    options.error = &result.error;
    options.out = [&result, &request](const QString &text) {
        if (request.keepOutput)
            result.output += text;
        if (request.onOutput)
            request.onOutput(text);
    };
    options.err = [&result, &request](const QString &text) {
        if (request.keepOutput)
            result.errorOutput += text;
        if (request.onErrorOutput)
            request.onErrorOutput(text);
    };

    // The timer fires while the real-clock loop waits in its Qt event loop, between two loop passes, so the
    // trace is never caught half-written.
    QTimer publisher;
    size_t published = 0;
    auto publish = [&] {
        const size_t size = result.trace.events().size();
        if (size == published)
            return;
        sink->traceGrew(result.trace, published);
        published = size;
    };
    if (sink) {
        publisher.setInterval(sink->intervalMs);
        QObject::connect(&publisher, &QTimer::timeout, publish);
        publisher.start();
    }
    if (request.readLine) {
        QThread *programThread = QThread::currentThread();
        options.readLine = [&, programThread](const QString &prompt) {
            // The program waits now, inside a step, where the publisher cannot fire: hand the prompt over.
            // (Not from a worker thread, input() given to asyncio.to_thread: the trace is the program
            // thread's.)
            if (sink && QThread::currentThread() == programThread)
                publish();
            return request.readLine(prompt);
        };
    }
    result.exitStatus = py::runPythonSource(request.source, options);
    publisher.stop();
    if (result.exitStatus != 0 && result.error.kind == RunError::Kind::None)
        result.error.kind = RunError::Kind::Exception; // SystemExit with a status, say
    // The trace carries the ending too, so every picture of the run (the console, an export, a saved trace)
    // can show the traceback where the program printed it.
    result.trace.errorOutput = result.errorOutput.left(Trace::kMaxErrorOutput);
    return result;
}

namespace {

constexpr qsizetype kMaxInputLine = 1 << 24; // 16 MiB

// Standard output is written as stdio buffers it (a flush per print made an endless print() crawl);
// standard error flushes standard output first, so a traceback comes after the lines printed before it.
void writeOut(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
}

void writeErr(const QString &text)
{
    std::fflush(stdout);
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stderr);
    std::fflush(stderr);
}

// input() on the command line: a line of this process's stdin, as UTF-8, without its newline (a '\r' before
// it stays, as CPython's sys.stdin keeps it). What a line holds beyond kMaxInputLine is read and dropped, so
// a stdin without newlines cannot fill the memory.
std::optional<QString> readStdinLine(const QString &)
{
    std::fflush(stdout); // the prompt, and what was printed before it
    QByteArray line;
    bool any = false;
    for (int c = std::getc(stdin); c != EOF; c = std::getc(stdin)) {
        any = true;
        if (c == '\n')
            break;
        if (line.size() < kMaxInputLine)
            line.append(char(c));
    }
    if (!any)
        return std::nullopt;
    return QString::fromUtf8(line);
}

} // namespace

int runProgramFile(const QString &path, RunRequest request, const ProgramFiles &files,
                   py::RunControl *control)
{
    // Output goes to this process's stdout and stderr unless the request streams it elsewhere.
    if (!request.onOutput)
        request.onOutput = writeOut;
    if (!request.onErrorOutput)
        request.onErrorOutput = writeErr;
    if (!request.readLine)
        request.readLine = readStdinLine;
    const auto err = request.onErrorOutput;
    QString readError;
    const std::optional<QString> source = readProgramText(path, &readError);
    if (!source) {
        err(QStringLiteral("awaitscope: %1\n").arg(readError));
        return 2;
    }
    for (const QString &target : {files.traceFile, files.chromeTraceFile}) {
        if (!target.isEmpty() && sameFile(target, path)) {
            err(QCoreApplication::translate("PythonRunner",
                                            "awaitscope: '%1' is the program itself; write the trace to "
                                            "another file\n")
                    .arg(target));
            return 2;
        }
    }
    request.source = *source;
    request.displayName = QFileInfo(path).fileName();
    request.moduleFolders = programModuleFolders(path);
    request.keepOutput = false;
    const RunResult result = runProgram(request, control);
    std::fflush(stdout);
    bool saved = true;
    auto save = [&saved, &err](const QString &target, const QByteArray &data) {
        QString error;
        if (!target.isEmpty() && !writeFileAtomically(target, data, &error)) {
            err(QStringLiteral("awaitscope: %1\n").arg(error));
            saved = false;
        }
    };
    if (!files.traceFile.isEmpty())
        save(files.traceFile, result.trace.toJson());
    if (!files.chromeTraceFile.isEmpty())
        save(files.chromeTraceFile, result.trace.toChromeTrace());
    return saved ? result.exitStatus : (result.exitStatus ? result.exitStatus : 2);
}

} // namespace awaitscope
