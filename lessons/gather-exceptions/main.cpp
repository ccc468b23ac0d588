// main.py in C++ with the core API: one of three calls fails inside gather.
#include "runtime/api.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

using namespace awaitscope;

namespace {

constexpr bool ReturnExceptions = false; // param: return_exceptions
const char *const Failing = "api_b";     // param: failing

void print(const QString &line)
{
    std::printf("%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

QString now()
{
    return QString::number(Loop::current()->time(), 'f', 1);
}

QString pythonList(const QStringList &reprs)
{
    return u'[' + reprs.join(QStringLiteral(", ")) + u']';
}

QCoro::Task<QString> fetch(QString name, double seconds)
{
    co_await awaitscope::sleep(seconds);
    if (name == QLatin1String(Failing)) {
        print(QStringLiteral("%1 s: %2 fails").arg(now(), name));
        throw UsageError(UsageError::Kind::Value, name + QStringLiteral(" is broken")); // ValueError
    }
    print(QStringLiteral("%1 s: %2 is ready").arg(now(), name));
    co_return name;
}

QCoro::Task<void> amain()
{
    const std::vector<Task<QString>> tasks{
        createNamedTask(QStringLiteral("api_a"), fetch, QStringLiteral("api_a"), 3.0),
        createNamedTask(QStringLiteral("api_b"), fetch, QStringLiteral("api_b"), 1.0),
        createNamedTask(QStringLiteral("api_c"), fetch, QStringLiteral("api_c"), 2.0),
    };
    if (ReturnExceptions) {
        QStringList reprs;
        for (const Outcome<QString> &o : co_await gatherOutcomes(tasks))
            reprs.append(o.error ? describeException(o.error) : u'\'' + *o.value + u'\'');
        print(QStringLiteral("%1 s: results: %2").arg(now(), pythonList(reprs)));
    } else {
        try {
            QStringList reprs;
            for (const QString &value : co_await gather(tasks))
                reprs.append(u'\'' + value + u'\'');
            print(QStringLiteral("%1 s: results: %2").arg(now(), pythonList(reprs)));
        } catch (const UsageError &error) {
            print(QStringLiteral("%1 s: gather raised %2").arg(now(), error.describe()));
        }
    }
    QStringList stillRunning;
    for (const Task<QString> &task : tasks) {
        if (!task.done())
            stillRunning.append(u'\'' + task.name() + u'\'');
    }
    print(QStringLiteral("still running: %1").arg(pythonList(stillRunning)));
    // Nothing cancelled them: give them the time they need.
    co_await wait(tasks);
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
