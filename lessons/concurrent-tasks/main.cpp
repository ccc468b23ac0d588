// main.py in C++ with the core API: both ways, one after the other.
#include "runtime/api.h"

#include <QCoreApplication>

#include <cstdio>
#include <vector>

using namespace awaitscope;

namespace {

constexpr int Delay = 3; // param: delay
constexpr int Count = 3; // param: count

void print(const QString &line)
{
    std::printf("%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

double now()
{
    return Loop::current()->time();
}

QCoro::Task<void> nap(double seconds)
{
    co_await awaitscope::sleep(seconds);
}

QCoro::Task<void> oneAtATime()
{
    const double start = now();
    for (int i = 0; i < Count; ++i)
        co_await createNamedTask(QStringLiteral("slow_%1").arg(i), nap, double(Delay));
    print(QStringLiteral("await inside the comprehension: %1 s").arg(now() - start, 0, 'f', 1));
}

QCoro::Task<void> allTogether()
{
    const double start = now();
    std::vector<Task<void>> tasks;
    for (int i = 0; i < Count; ++i)
        tasks.push_back(createNamedTask(QStringLiteral("fast_%1").arg(i), nap, double(Delay)));
    for (const Task<void> &task : tasks)
        co_await task;
    print(QStringLiteral("create first, await later: %1 s").arg(now() - start, 0, 'f', 1));
}

QCoro::Task<void> amain()
{
    co_await oneAtATime();
    co_await allTogether();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Loop loop;
    run(loop, amain);
    return 0;
}
