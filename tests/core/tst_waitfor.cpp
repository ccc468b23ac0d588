// asyncio.wait_for (CPython 3.11.7, Lib/asyncio/tasks.py:436-505), asyncio.timeout (timeouts.py) and
// shield (tasks.py).
#include "scenario.h"

using namespace awaitscope;
using scenario::Body;
using scenario::Log;

namespace {

// Sleeps `delay`; when cancelled, spends `cleanup` seconds in cleanup, then re-raises (or returns -1 if
// `swallow`).
QCoro::Task<int> slow(Log &log, double delay, double cleanup, bool swallow)
{
    try {
        co_await awaitscope::sleep(delay);
    } catch (const CancelledError &) {
        log(QStringLiteral("slow cancelled"));
        if (!swallow && cleanup <= 0)
            throw;
    }
    if (cleanup > 0) {
        co_await awaitscope::sleep(cleanup);
        log(QStringLiteral("slow cleaned up"));
        if (!swallow)
            throw CancelledError();
    }
    co_return swallow ? -1 : 1;
}

} // namespace

class TestWaitFor : public QObject
{
    Q_OBJECT
private slots:
    void scenarios_data();
    void scenarios();
};

void TestWaitFor::scenarios_data()
{
    QTest::addColumn<Body>("body");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("wait_for returns the result in time") << Body([](Log &log) -> QCoro::Task<void> {
        auto t = createTask(slow, std::ref(log), 1.0, 0.0, false);
        log(QStringLiteral("result %1").arg(co_await waitFor(t, 2.0)));
    }) << QStringList{QStringLiteral("t=1 result 1")};

    QTest::newRow("wait_for timeout cancels, waits for cleanup, then raises TimeoutError")
        << Body([](Log &log) -> QCoro::Task<void> {
               auto t = createTask(slow, std::ref(log), 10.0, 1.5, false);
               try {
                   co_await waitFor(t, 2.0);
               } catch (const TimeoutError &) {
                   log(QStringLiteral("TimeoutError; task cancelled=%1").arg(t.cancelled()));
               }
           })
        << QStringList{QStringLiteral("t=2 slow cancelled"), QStringLiteral("t=3.5 slow cleaned up"),
                       QStringLiteral("t=3.5 TimeoutError; task cancelled=1")};

    QTest::newRow("wait_for returns the value when the task swallows the cancel")
        << Body([](Log &log) -> QCoro::Task<void> {
               auto t = createTask(slow, std::ref(log), 10.0, 0.0, true);
               log(QStringLiteral("result %1").arg(co_await waitFor(t, 2.0)));
           })
        << QStringList{QStringLiteral("t=2 slow cancelled"), QStringLiteral("t=2 result -1")};

    QTest::newRow("wait_for with timeout 0 cancels at once") << Body([](Log &log) -> QCoro::Task<void> {
        auto t = createTask(slow, std::ref(log), 10.0, 0.0, false);
        co_await awaitscope::sleep(0);
        try {
            co_await waitFor(t, 0.0);
        } catch (const TimeoutError &) {
            log(QStringLiteral("TimeoutError"));
        }
    }) << QStringList{QStringLiteral("t=0 slow cancelled"), QStringLiteral("t=0 TimeoutError")};

    QTest::newRow("asyncio.timeout turns the cancel into TimeoutError") << Body([](Log &log)
                                                                                    -> QCoro::Task<void> {
        try {
            co_await withTimeout(2.0, [&log]() -> QCoro::Task<void> {
                co_await awaitscope::sleep(5);
                log(QStringLiteral("not reached"));
            });
        } catch (const TimeoutError &) {
            log(QStringLiteral("TimeoutError; cancelling=%1").arg(requireCurrentTask("test").cancelling()));
        }
    }) << QStringList{QStringLiteral("t=2 TimeoutError; cancelling=0")};

    QTest::newRow("asyncio.timeout leaves tasks created inside running")
        << Body([](Log &log) -> QCoro::Task<void> {
               Task<int> inner;
               try {
                   co_await withTimeout(1.0, [&]() -> QCoro::Task<void> {
                       inner = createTask(slow, std::ref(log), 3.0, 0.0, false);
                       co_await awaitscope::sleep(5);
                   });
               } catch (const TimeoutError &) {
                   log(QStringLiteral("TimeoutError; inner done=%1").arg(inner.done()));
               }
               log(QStringLiteral("inner result %1").arg(co_await inner));
           })
        << QStringList{QStringLiteral("t=1 TimeoutError; inner done=0"),
                       QStringLiteral("t=3 inner result 1")};

    QTest::newRow("asyncio.timeout does nothing when the body is quick")
        << Body([](Log &log) -> QCoro::Task<void> {
               co_await withTimeout(2.0, []() -> QCoro::Task<void> { co_await awaitscope::sleep(1); });
               co_await awaitscope::sleep(5);
               log(QStringLiteral("no timeout"));
           })
        << QStringList{QStringLiteral("t=6 no timeout")};

    QTest::newRow("shield keeps the inner task running when the outer is cancelled")
        << Body([](Log &log) -> QCoro::Task<void> {
               auto inner = createTask(slow, std::ref(log), 3.0, 0.0, false);
               auto outer = createTask(
                   [inner]() -> QCoro::Task<int> { co_return co_await shield(Future<int>(inner.state())); });
               co_await awaitscope::sleep(1);
               outer.cancel();
               try {
                   co_await outer;
               } catch (const CancelledError &) {
                   log(QStringLiteral("outer cancelled=%1 inner cancelled=%2")
                           .arg(outer.cancelled())
                           .arg(inner.cancelled()));
               }
               log(QStringLiteral("inner result %1").arg(co_await inner));
           })
        << QStringList{QStringLiteral("t=1 outer cancelled=1 inner cancelled=0"),
                       QStringLiteral("t=3 inner result 1")};
}

void TestWaitFor::scenarios()
{
    QFETCH(Body, body);
    QFETCH(QStringList, expected);
    const auto result = scenario::run(body);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.lines, expected);
}

QTEST_GUILESS_MAIN(TestWaitFor)
#include "tst_waitfor.moc"
