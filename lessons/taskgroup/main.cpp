// main.py in C++ with the core API: a TaskGroup cancels the rest when one task fails.
#include "runtime/api.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

using namespace awaitscope;

namespace {

const char *const Failing = "api_b"; // param: failing

void print(const QString &line)
{
    std::printf("%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

QString now()
{
    return QString::number(Loop::current()->time(), 'f', 1);
}

QCoro::Task<QString> fetch(QString name, double seconds)
{
    co_await awaitscope::sleep(seconds);
    if (name == QLatin1String(Failing)) {
        print(QStringLiteral("%1 s: %2 fails").arg(now(), name));
        throw UsageError(UsageError::Kind::Value, name + QStringLiteral(" is broken")); // ValueError
    }
    print(QStringLiteral("%1 s: %2 is ready").arg(now(), name));
    co_return name + QStringLiteral(" data");
}

QString describe(const Task<QString> &task)
{
    if (task.cancelled())
        return QStringLiteral("cancelled");
    if (std::exception_ptr error = task.exception())
        return QStringLiteral("raised ") + describeException(error);
    return QStringLiteral("returned '%1'").arg(task.result());
}

// Python's repr of an ExceptionGroup: ExceptionGroup('message', [ValueError('...')]).
QString groupRepr(const ExceptionGroup &group)
{
    QStringList inner;
    for (const std::exception_ptr &e : group.exceptions())
        inner.append(describeException(e));
    return QStringLiteral("%1('%2', [%3])")
        .arg(group.typeName(), group.message(), inner.join(QStringLiteral(", ")));
}

QCoro::Task<void> startAll(TaskGroup &group, std::vector<Task<QString>> &tasks)
{
    const std::pair<const char *, double> calls[] = {{"api_a", 3.0}, {"api_b", 1.0}, {"api_c", 2.0}};
    for (const auto &[name, seconds] : calls) {
        Task<QString> task = group.createTask(fetch, QString::fromLatin1(name), seconds);
        task.setName(QString::fromLatin1(name));
        tasks.push_back(task);
    }
    co_return;
}

QCoro::Task<void> amain()
{
    std::vector<Task<QString>> tasks;
    try {
        co_await withTaskGroup([&tasks](TaskGroup &group) { return startAll(group, tasks); });
        print(QStringLiteral("%1 s: the group raised nothing: every task finished").arg(now()));
    } catch (const ExceptionGroup &failure) {
        print(QStringLiteral("%1 s: the group raised %2").arg(now(), groupRepr(failure)));
    }
    for (const Task<QString> &task : tasks)
        print(QStringLiteral("%1: %2").arg(task.name(), describe(task)));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Loop loop;
    run(loop, amain);
    return 0;
}
