// pitfall.py in C++ with the core API: each task is awaited as soon as it is created.
#include "runtime/api.h"

#include <QCoreApplication>

#include <cstdio>

using namespace awaitscope;

namespace {

constexpr int Delay = 3; // param: delay
constexpr int Count = 3; // param: count

void print(const QString &line)
{
    std::printf("%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

QString now()
{
    return QString::number(Loop::current()->time(), 'f', 1);
}

QCoro::Task<void> nap(double seconds)
{
    const QString name = requireCurrentTask("nap").name();
    print(QStringLiteral("%1 s: %2 starts").arg(now(), name));
    co_await awaitscope::sleep(seconds);
    print(QStringLiteral("%1 s: %2 wakes up").arg(now(), name));
}

QCoro::Task<void> amain()
{
    // Awaiting right after creating: the next task does not exist until this one is done.
    for (int i = 0; i < Count; ++i)
        co_await createNamedTask(QStringLiteral("nap_%1").arg(i), nap, double(Delay));
    print(QStringLiteral("took %1 s").arg(now()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Loop loop;
    run(loop, amain);
    return 0;
}
