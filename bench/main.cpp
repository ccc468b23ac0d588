// `make bench`: speed and memory figures, measured side by side in one run (never in unit tests).
#include "runtimebench.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const auto runtime = awaitscope::bench::runRuntimeBenchmarks();
    std::printf("\nmin speedup vs CPython asyncio: %s\n",
                runtime.minSpeedup > 0 ? qPrintable(QString::number(runtime.minSpeedup, 'f', 1))
                                       : "n/a (no python3)");
    return 0;
}
