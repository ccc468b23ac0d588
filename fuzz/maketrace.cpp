// Seeds for the trace fuzzer: runs each Python file given on the command line with tracing on and writes
// <out-dir>/<name>.json, the same JSON the app saves. Usage: fuzz-maketrace OUT-DIR FILE.py...
#include "python/pythonrunner.h"
#include "trace/trace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fputs("usage: fuzz-maketrace OUT-DIR FILE.py...\n", stderr);
        return 2;
    }
    const QDir out(args.at(1));
    int written = 0;
    for (qsizetype i = 2; i < args.size(); ++i) {
        QFile source(args.at(i));
        if (!source.open(QIODevice::ReadOnly))
            continue;
        awaitscope::Trace trace;
        awaitscope::py::RunOptions options;
        options.displayName = QFileInfo(args.at(i)).fileName();
        options.trace = &trace;
        options.out = [](const QString &) {};
        options.err = [](const QString &) {};
        options.limits.maxSteps = 200'000; // seeds should be small
        const QString text = QString::fromUtf8(source.readAll());
        // A big stack: see fuzz_interpreter.cpp.
        QThread *runner = QThread::create([&] { awaitscope::py::runPythonSource(text, options); });
        runner->setStackSize(512u * 1024 * 1024);
        runner->start();
        runner->wait();
        delete runner;
        const QByteArray json = trace.toJson();
        if (json.size() > 200'000)
            continue;
        QFile target(out.filePath(QFileInfo(args.at(i)).completeBaseName() + QStringLiteral(".json")));
        if (target.open(QIODevice::WriteOnly) && target.write(json) == json.size())
            ++written;
    }
    std::fprintf(stderr, "fuzz-maketrace: %d traces written\n", written);
    return written > 0 ? 0 : 1;
}
