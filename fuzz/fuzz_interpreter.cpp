// libFuzzer target: parse and run a program with small limits. Any input must end with an exit status and
// messages, never a crash, a hang or a leak.
#include "python/pythonrunner.h"

#include <QCoreApplication>
#include <QString>
#include <QThread>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz-interpreter";
    static char *argv[] = {name, nullptr};
    // Timers of the real clock need an application object. Kept alive until exit (still reachable, no leak).
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    (void)app;

    const QString source = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    // The recursion limit counts Python calls (1000 by default); with sanitizers each call takes far more
    // C++ stack than in a normal build, so 8 MB is not enough. A big stack keeps this about the interpreter.
    QThread *runner = QThread::create([&source] {
        awaitscope::py::RunOptions options;
        options.displayName = QStringLiteral("fuzz.py");
        options.out = [](const QString &) {};
        options.err = [](const QString &) {};
        // Small budgets keep each execution short: a program that loops forever stops at the step limit.
        options.limits.maxSteps = 20'000;
        options.limits.maxOutput = 100'000;
        options.limits.maxMemoryMB = 512;
        options.limits.maxTasks = 2'000;
        awaitscope::py::runPythonSource(source, options);
    });
    runner->setStackSize(512u * 1024 * 1024);
    runner->start();
    runner->wait();
    delete runner;
    return 0;
}
