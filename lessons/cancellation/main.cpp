// main.py in C++ with the core API: cancel() as a request, cleanup, and shield.
#include "runtime/api.h"

#include <QCoreApplication>

#include <cstdio>

using namespace awaitscope;

namespace {

constexpr double CancelAt = 1.5;  // param: cancel_at
constexpr int WaitForTimeout = 1; // param: wait_for_timeout

void print(const QString &line)
{
    std::printf("%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

QString now()
{
    return QString::number(Loop::current()->time(), 'f', 1);
}

QString pythonBool(bool value)
{
    return value ? QStringLiteral("True") : QStringLiteral("False");
}

QCoro::Task<void> save(QString name, double seconds)
{
    print(QStringLiteral("%1 s: %2 opens its file").arg(now(), name));
    try {
        co_await awaitscope::sleep(seconds);
        print(QStringLiteral("%1 s: %2 wrote everything").arg(now(), name));
    } catch (const CancelledError &) {
        print(QStringLiteral("%1 s: %2 got CancelledError while sleeping").arg(now(), name));
        print(QStringLiteral("%1 s: %2 closes its file").arg(now(), name)); // Python's finally, on this path
        throw; // let the cancellation go on after cleaning up
    }
    print(QStringLiteral("%1 s: %2 closes its file").arg(now(), name)); // Python's finally, on this path
}

QCoro::Task<void> amain()
{
    auto download = createNamedTask(QStringLiteral("download"), save, QStringLiteral("download"), 3.0);
    co_await awaitscope::sleep(CancelAt);
    const bool accepted = download.cancel();
    print(QStringLiteral("%1 s: cancel() returned %2, cancelled() is %3 for now")
              .arg(now(), pythonBool(accepted), pythonBool(download.cancelled())));
    try {
        co_await download;
        print(QStringLiteral("%1 s: download finished before the request arrived").arg(now()));
    } catch (const CancelledError &) {
        print(
            QStringLiteral("%1 s: download.cancelled() is %2").arg(now(), pythonBool(download.cancelled())));
    }

    auto backup = createNamedTask(QStringLiteral("backup"), save, QStringLiteral("backup"), 2.0);
    try {
        co_await waitFor(shield(backup.state()), double(WaitForTimeout));
    } catch (const TimeoutError &) {
        print(QStringLiteral("%1 s: wait_for gave up, the shield kept backup alive").arg(now()));
    }
    co_await backup;
    print(QStringLiteral("%1 s: backup.cancelled() is %2").arg(now(), pythonBool(backup.cancelled())));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Loop loop;
    run(loop, amain);
    return 0;
}
