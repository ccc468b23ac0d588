// pitfall.py in C++ with the core API: a blocking sleep inside a task freezes the whole loop.
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

QString now()
{
    return QString::number(Loop::current()->time(), 'f', 1);
}

QCoro::Task<void> heartbeat()
{
    while (true) {
        print(QStringLiteral("%1 s: tick").arg(now()));
        co_await awaitscope::sleep(1);
    }
}

QCoro::Task<void> work(QString name)
{
    print(QStringLiteral("%1 s: %2 starts").arg(now(), name));
    Loop::current()->blockFor(Work); // time.sleep: blocks the whole event loop
    print(QStringLiteral("%1 s: %2 is done").arg(now(), name));
    co_return;
}

QCoro::Task<void> amain()
{
    auto beat = createNamedTask(QStringLiteral("heartbeat"), heartbeat);
    co_await gather(taskList(createNamedTask(QStringLiteral("work_a"), work, QStringLiteral("work_a")),
                             createNamedTask(QStringLiteral("work_b"), work, QStringLiteral("work_b"))));
    beat.cancel();
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
