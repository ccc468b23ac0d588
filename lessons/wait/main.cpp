// main.py in C++ with the core API: wait's done and pending sets, and cancelling what is left.
#include "runtime/api.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cstdio>

using namespace awaitscope;

namespace {

constexpr ReturnWhen Returning = awaitscope::ReturnWhen::AllCompleted; // param: return_when
constexpr double Timeout = 2.5;                                        // param: timeout

void print(const QString &line)
{
    std::printf("%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

QString now()
{
    return QString::number(Loop::current()->time(), 'f', 1);
}

// Python's repr of sorted(task names): ['api_a', 'api_b'].
QString sortedNames(const std::vector<Task<QString>> &tasks, bool onlyCancelled = false)
{
    QStringList names;
    for (const Task<QString> &task : tasks) {
        if (!onlyCancelled || task.cancelled())
            names.append(u'\'' + task.name() + u'\'');
    }
    names.sort();
    return u'[' + names.join(QStringLiteral(", ")) + u']';
}

QCoro::Task<QString> fetch(QString name, double seconds, bool fails)
{
    co_await awaitscope::sleep(seconds);
    if (fails)
        throw UsageError(UsageError::Kind::Value, name + QStringLiteral(" is broken")); // ValueError
    co_return name + QStringLiteral(" data");
}

QCoro::Task<void> amain()
{
    auto apiA = createNamedTask(QStringLiteral("api_a"), fetch, QStringLiteral("api_a"), 3.0, false);
    auto apiB = createNamedTask(QStringLiteral("api_b"), fetch, QStringLiteral("api_b"), 1.0, false);
    auto apiC = createNamedTask(QStringLiteral("api_c"), fetch, QStringLiteral("api_c"), 2.0, true);
    // wait never raises TimeoutError: a timeout shows up as tasks left in `pending`.
    TaskWaitResult<QString> sets = co_await wait(taskList(apiA, apiB, apiC), Timeout, Returning);
    print(QStringLiteral("%1 s: wait returned").arg(now()));
    print(QStringLiteral("done: %1").arg(sortedNames(sets.done)));
    print(QStringLiteral("pending: %1").arg(sortedNames(sets.pending)));
    std::vector<Task<QString>> done = sets.done;
    std::sort(done.begin(), done.end(), [](const auto &a, const auto &b) { return a.name() < b.name(); });
    for (const Task<QString> &task : done) {
        if (std::exception_ptr error = task.exception())
            print(QStringLiteral("%1 raised %2").arg(task.name(), describeException(error)));
        else
            print(QStringLiteral("%1 returned '%2'").arg(task.name(), task.result()));
    }
    for (Task<QString> &task : sets.pending)
        task.cancel();
    if (!sets.pending.empty())
        co_await wait(sets.pending);
    print(QStringLiteral("cancelled: %1").arg(sortedNames(sets.pending, true)));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Loop loop;
    run(loop, amain);
    return 0;
}
