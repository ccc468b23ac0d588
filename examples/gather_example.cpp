// The runtime outside the app: three downloads run concurrently with gather, on the virtual clock,
// so the program finishes at once yet reports the time asyncio would have taken.
#include "runtime/api.h"

#include <QCoreApplication>

#include <cstdio>

using namespace awaitscope;

QCoro::Task<int> download(QString name, double seconds, int size)
{
    std::printf("%s: start\n", qPrintable(name));
    co_await awaitscope::sleep(seconds);
    std::printf("%s: done after %.0f s\n", qPrintable(name), seconds);
    co_return size;
}

QCoro::Task<int> amain()
{
    auto a = createTask(download, QStringLiteral("a"), 3.0, 100);
    auto b = createTask(download, QStringLiteral("b"), 1.0, 20);
    auto c = createTask(download, QStringLiteral("c"), 2.0, 5);
    const std::vector<int> sizes = co_await gather(taskList(a, b, c));
    int total = 0;
    for (int s : sizes)
        total += s;
    std::printf("sizes in argument order: %d %d %d, total %d\n", sizes[0], sizes[1], sizes[2], total);
    co_return total;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Loop loop(Loop::Clock::Virtual);
    const int total = run(loop, amain);
    std::printf("finished at t=%.0f s (virtual)\n", loop.time());
    // Concurrent: 3 s, not 6 s; results in argument order even though b finished first.
    return (total == 125 && loop.time() == 3.0) ? 0 : 1;
}
