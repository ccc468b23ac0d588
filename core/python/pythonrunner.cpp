#include "pythonrunner.h"

#include "interpreter.h"

#include "trace/trace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace awaitscope::py {

namespace {
void writeTo(FILE *f, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), f);
    std::fflush(f);
}
} // namespace

int runPythonSource(const QString &source, const RunOptions &options)
{
    Interpreter in;
    in.stdoutSink = options.out ? options.out : [](const QString &s) { writeTo(stdout, s); };
    in.stderrSink = options.err ? options.err : [](const QString &s) { writeTo(stderr, s); };
    if (!options.displayName.isEmpty())
        in.fileName = options.displayName;
    if (options.maxSteps > 0)
        in.limits.maxSteps = options.maxSteps;
    if (options.maxOutput > 0)
        in.limits.maxOutput = options.maxOutput;
    if (options.maxCells > 0)
        in.limits.maxCells = options.maxCells;
    in.realClock = options.realClock;
    in.trace = options.trace;
    if (options.trace) {
        options.trace->program = in.fileName;
        options.trace->clock = options.realClock ? QStringLiteral("real") : QStringLiteral("virtual");
        options.trace->source = source;
    }
    const int status = in.run(source);
    if (options.trace) {
        options.trace->exitStatus = status;
        options.trace->endTime = in.programTime();
    }
    return status;
}

int runPythonFile(const QString &path, const RunOptions &options)
{
    QFile file(path);
    auto err = options.err ? options.err : [](const QString &s) { writeTo(stderr, s); };
    if (!file.open(QIODevice::ReadOnly)) {
        err(QCoreApplication::translate("PythonRunner", "awaitscope: cannot open '%1': %2\n")
                .arg(path, file.errorString()));
        return 2;
    }
    RunOptions opts = options;
    if (opts.displayName.isEmpty())
        opts.displayName = QFileInfo(path).fileName();
    const bool wantFiles = !opts.traceFile.isEmpty() || !opts.chromeTraceFile.isEmpty();
    Trace localTrace;
    if (wantFiles && !opts.trace)
        opts.trace = &localTrace;
    const int status = runPythonSource(QString::fromUtf8(file.readAll()), opts);
    auto save = [&err](const QString &target, const QByteArray &data) {
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size()) {
            err(QCoreApplication::translate("PythonRunner", "awaitscope: cannot write '%1': %2\n")
                    .arg(target, out.errorString()));
            return false;
        }
        return true;
    };
    bool saved = true;
    if (!opts.traceFile.isEmpty())
        saved &= save(opts.traceFile, opts.trace->toJson());
    if (!opts.chromeTraceFile.isEmpty())
        saved &= save(opts.chromeTraceFile, opts.trace->toChromeTrace());
    return saved ? status : (status ? status : 2);
}

} // namespace awaitscope::py
