// main.py in C++ with the core API: results as they arrive, and a timeout that cancels nothing.
#include "runtime/api.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

using namespace awaitscope;

namespace {

constexpr int DelayA = 3;       // param: delay_a
constexpr int DelayB = 1;       // param: delay_b
constexpr int DelayC = 2;       // param: delay_c
constexpr double Timeout = 2.5; // param: timeout

void print(const QString &line)
{
    std::printf("%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

QString now()
{
    return QString::number(Loop::current()->time(), 'f', 1);
}

QCoro::Task<int> fetch(double seconds)
{
    co_await awaitscope::sleep(seconds);
    co_return 200; // every request answers the same status: the result says nothing about who sent it
}

QCoro::Task<void> amain()
{
    const std::vector<Task<int>> tasks{
        createNamedTask(QStringLiteral("api_a"), fetch, double(DelayA)),
        createNamedTask(QStringLiteral("api_b"), fetch, double(DelayB)),
        createNamedTask(QStringLiteral("api_c"), fetch, double(DelayC)),
    };
    try {
        auto results = asCompleted(tasks, Timeout);
        for (int i = 0; i < results.count(); ++i) {
            const int status = co_await results.next();
            print(QStringLiteral("%1 s: got %2").arg(now()).arg(status));
        }
    } catch (const TimeoutError &) {
        print(QStringLiteral("%1 s: timed out").arg(now()));
    }
    QStringList stillRunning;
    for (const Task<int> &task : tasks) {
        if (!task.done())
            stillRunning.append(u'\'' + task.name() + u'\'');
    }
    print(QStringLiteral("still running: [%1]").arg(stillRunning.join(QStringLiteral(", "))));
    // Only our own list of tasks lets us wait for (or cancel) what the timeout left behind.
    co_await gather(tasks);
    print(QStringLiteral("%1 s: the leftovers finished anyway").arg(now()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Loop loop;
    run(loop, amain);
    return 0;
}
