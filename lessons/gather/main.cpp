// main.py in C++ with the core API: gather three calls, results in argument order.
#include "runtime/api.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

using namespace awaitscope;

namespace {

constexpr int DelayA = 3; // param: delay_a
constexpr int DelayB = 1; // param: delay_b
constexpr int DelayC = 2; // param: delay_c

void print(const QString &line)
{
    std::printf("%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

QString now()
{
    return QString::number(Loop::current()->time(), 'f', 1);
}

// Python's repr of a list of strings: ['a', 'b'].
QString pythonList(const std::vector<QString> &items)
{
    QStringList quoted;
    for (const QString &item : items)
        quoted.append(u'\'' + item + u'\'');
    return u'[' + quoted.join(QStringLiteral(", ")) + u']';
}

QCoro::Task<QString> fetch(QString name, double seconds)
{
    co_await awaitscope::sleep(seconds);
    print(QStringLiteral("%1 s: %2 is ready").arg(now(), name));
    co_return name;
}

QCoro::Task<void> amain()
{
    auto apiA = createNamedTask(QStringLiteral("api_a"), fetch, QStringLiteral("api_a"), double(DelayA));
    auto apiB = createNamedTask(QStringLiteral("api_b"), fetch, QStringLiteral("api_b"), double(DelayB));
    // Python's gather wraps the bare coroutine in a task with an automatic name; here we do it ourselves.
    auto apiC = createTask(fetch, QStringLiteral("api_c"), double(DelayC));
    const std::vector<QString> results = co_await gather(taskList(apiA, apiB, apiC));
    print(QStringLiteral("results: %1").arg(pythonList(results)));
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
