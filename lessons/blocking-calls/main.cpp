// main.py in C++ with the core API: a blocking sleep versus an awaited one, in two tasks each.
#include "runtime/api.h"

#include <QCoreApplication>

#include <cstdio>

using namespace awaitscope;

namespace {

constexpr int Work = 2; // param: work

void print(const QString &line)
{
    std::printf("%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

double now()
{
    return Loop::current()->time();
}

QCoro::Task<void> blocking()
{
    Loop::current()->blockFor(Work); // the loop is frozen: no other task can run
    co_return;
}

QCoro::Task<void> cooperative()
{
    co_await awaitscope::sleep(Work); // the loop runs other tasks meanwhile
}

QCoro::Task<void> amain()
{
    double start = now();
    co_await gather(taskList(createNamedTask(QStringLiteral("blocking_a"), blocking),
                             createNamedTask(QStringLiteral("blocking_b"), blocking)));
    print(QStringLiteral("time.sleep in two tasks: %1 s").arg(now() - start, 0, 'f', 1));
    start = now();
    co_await gather(taskList(createNamedTask(QStringLiteral("cooperative_a"), cooperative),
                             createNamedTask(QStringLiteral("cooperative_b"), cooperative)));
    print(QStringLiteral("asyncio.sleep in two tasks: %1 s").arg(now() - start, 0, 'f', 1));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Loop loop;
    run(loop, amain);
    return 0;
}
