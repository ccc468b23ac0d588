// Task semantics as CPython 3.11.7's Lib/asyncio has them: a new task's first step is only scheduled
// (tasks.py:130, Task.__init__ calls loop.call_soon), a future runs its callbacks through the ready queue
// (futures.py:161-173), and Task.cancel (tasks.py:198-238).
#include "scenario.h"

using namespace awaitscope;
using scenario::Body;
using scenario::Log;

namespace {

QCoro::Task<int> worker(Log &log, QString name, double delay, int value)
{
    log(name + QStringLiteral(" start"));
    co_await awaitscope::sleep(delay);
    log(name + QStringLiteral(" end"));
    co_return value;
}

QCoro::Task<void> fails(Log &log, double delay)
{
    co_await awaitscope::sleep(delay);
    log(QStringLiteral("fails raises"));
    throw UsageError(UsageError::Kind::Value, QStringLiteral("boom"));
}

// Sleeps each of `parts` in turn, then says so before and after a sleep(0).
QCoro::Task<void> sleeps(Log &log, QString name, std::vector<double> parts)
{
    for (double part : parts)
        co_await awaitscope::sleep(part);
    log(name + QStringLiteral(" woke"));
    co_await awaitscope::sleep(0);
    log(name + QStringLiteral(" after yield"));
}

} // namespace

class TestTask : public QObject
{
    Q_OBJECT
private slots:
    void scenarios_data();
    void scenarios();
    void unretrievedExceptionIsReported();
    void loopTimeIsVirtual();
};

void TestTask::scenarios_data()
{
    QTest::addColumn<Body>("body");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("create_task only schedules")
        << Body([](Log &log) -> QCoro::Task<void> {
               auto t = createTask(worker, std::ref(log), QStringLiteral("a"), 1.0, 1);
               log(QStringLiteral("created"));
               co_await t;
           })
        << QStringList{QStringLiteral("t=0 created"), QStringLiteral("t=0 a start"),
                       QStringLiteral("t=1 a end")};

    QTest::newRow("tasks start in creation order")
        << Body([](Log &log) -> QCoro::Task<void> {
               auto b = createTask(worker, std::ref(log), QStringLiteral("b"), 2.0, 2);
               auto a = createTask(worker, std::ref(log), QStringLiteral("a"), 1.0, 1);
               co_await a;
               co_await b;
           })
        << QStringList{QStringLiteral("t=0 b start"), QStringLiteral("t=0 a start"),
                       QStringLiteral("t=1 a end"), QStringLiteral("t=2 b end")};

    QTest::newRow("sequential awaits add up: 9 s") << Body([](Log &log) -> QCoro::Task<void> {
        for (int i = 0; i < 3; ++i)
            co_await createTask(worker, std::ref(log), QStringLiteral("s%1").arg(i), 3.0, i);
        log(QStringLiteral("done"));
    }) << QStringList{QStringLiteral("t=0 s0 start"), QStringLiteral("t=3 s0 end"),
                      QStringLiteral("t=3 s1 start"), QStringLiteral("t=6 s1 end"),
                      QStringLiteral("t=6 s2 start"), QStringLiteral("t=9 s2 end"),
                      QStringLiteral("t=9 done")};

    QTest::newRow("create all, then await: 3 s") << Body([](Log &log) -> QCoro::Task<void> {
        std::vector<Task<int>> tasks;
        for (int i = 0; i < 3; ++i)
            tasks.push_back(createTask(worker, std::ref(log), QStringLiteral("c%1").arg(i), 3.0, i));
        for (auto &t : tasks)
            co_await t;
        log(QStringLiteral("done"));
    }) << QStringList{QStringLiteral("t=0 c0 start"), QStringLiteral("t=0 c1 start"),
                      QStringLiteral("t=0 c2 start"), QStringLiteral("t=3 c0 end"),
                      QStringLiteral("t=3 c1 end"),   QStringLiteral("t=3 c2 end"),
                      QStringLiteral("t=3 done")};

    // docs/runtime.md, "Equal deadlines": on a real clock each wake-up from a sleep is a little late and a
    // delay counts from the wake-up that armed it, so three sleep(1) end after one sleep(3); asyncio's
    // wake-up collects only the timers due by then (base_events.py:1893), so the later one waits for the next
    // wake-up, after what the first made ready. Timers armed at the same wake-up fire together, in order.
    QTest::newRow("equal deadlines: the timer armed after more wake-ups waits for the next one")
        << Body([](Log &log) -> QCoro::Task<void> {
               auto a = createTask(sleeps, std::ref(log), QStringLiteral("three ones"),
                                   std::vector<double>{1, 1, 1});
               auto b =
                   createTask(sleeps, std::ref(log), QStringLiteral("one three"), std::vector<double>{3});
               auto c =
                   createTask(sleeps, std::ref(log), QStringLiteral("another three"), std::vector<double>{3});
               co_await a;
               co_await b;
               co_await c;
           })
        << QStringList{
               QStringLiteral("t=3 one three woke"),        QStringLiteral("t=3 another three woke"),
               QStringLiteral("t=3 one three after yield"), QStringLiteral("t=3 another three after yield"),
               QStringLiteral("t=3 three ones woke"),       QStringLiteral("t=3 three ones after yield")};

    QTest::newRow("cancel is a request; cancelled() stays false until the next step")
        << Body([](Log &log) -> QCoro::Task<void> {
               auto t = createTask(worker, std::ref(log), QStringLiteral("a"), 5.0, 1);
               co_await awaitscope::sleep(1);
               const bool accepted = t.cancel();
               log(QStringLiteral("cancel=%1 cancelled=%2 done=%3")
                       .arg(accepted)
                       .arg(t.cancelled())
                       .arg(t.done()));
               co_await awaitscope::sleep(0);
               log(QStringLiteral("after yield cancelled=%1").arg(t.cancelled()));
           })
        << QStringList{QStringLiteral("t=0 a start"), QStringLiteral("t=1 cancel=1 cancelled=0 done=0"),
                       QStringLiteral("t=1 after yield cancelled=1")};

    QTest::newRow("cancel on a finished task returns false")
        << Body([](Log &log) -> QCoro::Task<void> {
               auto t = createTask(worker, std::ref(log), QStringLiteral("a"), 1.0, 1);
               co_await t;
               log(QStringLiteral("cancel=%1").arg(t.cancel()));
           })
        << QStringList{QStringLiteral("t=0 a start"), QStringLiteral("t=1 a end"),
                       QStringLiteral("t=1 cancel=0")};

    QTest::newRow("result() of a pending task raises InvalidStateError")
        << Body([](Log &log) -> QCoro::Task<void> {
               auto t = createTask(worker, std::ref(log), QStringLiteral("a"), 1.0, 1);
               try {
                   t.state()->result();
               } catch (const InvalidStateError &e) {
                   log(e.describe());
               }
               co_await t;
           })
        << QStringList{QStringLiteral("t=0 InvalidStateError('Result is not set.')"),
                       QStringLiteral("t=0 a start"), QStringLiteral("t=1 a end")};

    QTest::newRow("cancelled before its first step, the body never runs")
        << Body([](Log &log) -> QCoro::Task<void> {
               auto t = createTask(worker, std::ref(log), QStringLiteral("a"), 1.0, 1);
               t.cancel();
               try {
                   co_await t;
               } catch (const CancelledError &) {
                   log(QStringLiteral("awaiting it raised CancelledError"));
               }
               log(QStringLiteral("cancelled=%1").arg(t.cancelled()));
           })
        << QStringList{QStringLiteral("t=0 awaiting it raised CancelledError"),
                       QStringLiteral("t=0 cancelled=1")};

    QTest::newRow("the coroutine may catch CancelledError and return normally")
        << Body([](Log &log) -> QCoro::Task<void> {
               auto t = createTask([&log]() -> QCoro::Task<int> {
                   try {
                       co_await awaitscope::sleep(10);
                   } catch (const CancelledError &) {
                       log(QStringLiteral("caught"));
                   }
                   co_return 42;
               });
               co_await awaitscope::sleep(1);
               t.cancel();
               const int v = co_await t;
               log(QStringLiteral("result=%1 cancelled=%2").arg(v).arg(t.cancelled()));
           })
        << QStringList{QStringLiteral("t=1 caught"), QStringLiteral("t=1 result=42 cancelled=0")};

    QTest::newRow("cancellation travels down the await chain") << Body([](Log &log) -> QCoro::Task<void> {
        auto inner =
            createNamedTask(QStringLiteral("inner"), worker, std::ref(log), QStringLiteral("inner"), 10.0, 1);
        auto outer = createTask([inner]() -> QCoro::Task<int> { co_return co_await inner; });
        co_await awaitscope::sleep(1);
        outer.cancel();
        try {
            co_await outer;
        } catch (const CancelledError &) {
        }
        log(QStringLiteral("outer=%1 inner=%2").arg(outer.cancelled()).arg(inner.cancelled()));
    }) << QStringList{QStringLiteral("t=0 inner start"), QStringLiteral("t=1 outer=1 inner=1")};

    QTest::newRow("finally runs on cancellation") << Body([](Log &log) -> QCoro::Task<void> {
        auto t = createTask([&log]() -> QCoro::Task<void> {
            try {
                co_await awaitscope::sleep(10);
            } catch (...) {
                log(QStringLiteral("cleanup"));
                throw;
            }
        });
        co_await awaitscope::sleep(2);
        t.cancel();
        try {
            co_await t;
        } catch (const CancelledError &) {
            log(QStringLiteral("cancelled"));
        }
    }) << QStringList{QStringLiteral("t=2 cleanup"), QStringLiteral("t=2 cancelled")};

    QTest::newRow("a task's exception reaches whoever awaits it") << Body([](Log &log) -> QCoro::Task<void> {
        auto t = createTask(fails, std::ref(log), 1.0);
        try {
            co_await t;
        } catch (const UsageError &e) {
            log(QStringLiteral("caught ") + e.describe());
        }
    }) << QStringList{QStringLiteral("t=1 fails raises"), QStringLiteral("t=1 caught ValueError('boom')")};

    QTest::newRow("sleep(0) yields exactly once")
        << Body([](Log &log) -> QCoro::Task<void> {
               auto a = createTask([&log]() -> QCoro::Task<void> {
                   log(QStringLiteral("a1"));
                   co_await awaitscope::sleep(0);
                   log(QStringLiteral("a2"));
               });
               auto b = createTask([&log]() -> QCoro::Task<void> {
                   log(QStringLiteral("b1"));
                   co_await awaitscope::sleep(0);
                   log(QStringLiteral("b2"));
               });
               co_await a;
               co_await b;
           })
        << QStringList{QStringLiteral("t=0 a1"), QStringLiteral("t=0 b1"), QStringLiteral("t=0 a2"),
                       QStringLiteral("t=0 b2")};

    QTest::newRow("equal deadlines fire in creation order") << Body([](Log &log) -> QCoro::Task<void> {
        std::vector<Task<int>> ts;
        ts.push_back(createTask(worker, std::ref(log), QStringLiteral("x"), 2.0, 0));
        ts.push_back(createTask(worker, std::ref(log), QStringLiteral("y"), 2.0, 0));
        ts.push_back(createTask(worker, std::ref(log), QStringLiteral("z"), 2.0, 0));
        for (auto &t : ts)
            co_await t;
    }) << QStringList{QStringLiteral("t=0 x start"), QStringLiteral("t=0 y start"),
                      QStringLiteral("t=0 z start"), QStringLiteral("t=2 x end"),
                      QStringLiteral("t=2 y end"),   QStringLiteral("t=2 z end")};
}

void TestTask::scenarios()
{
    QFETCH(Body, body);
    QFETCH(QStringList, expected);
    const auto result = scenario::run(body);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.lines, expected);
}

void TestTask::unretrievedExceptionIsReported()
{
    const auto result = scenario::run([](Log &log) -> QCoro::Task<void> {
        createTask(fails, std::ref(log), 1.0);
        co_await awaitscope::sleep(2);
    });
    QCOMPARE(result.unretrieved, QStringList{QStringLiteral("Task exception was never retrieved")});
}

void TestTask::loopTimeIsVirtual()
{
    QElapsedTimer wall;
    wall.start();
    const auto result = scenario::run([](Log &) -> QCoro::Task<void> { co_await awaitscope::sleep(600); });
    QCOMPARE(result.endTime, 600.0);
    QVERIFY2(wall.elapsed() < 10000, "ten virtual minutes must not take real minutes");
}

QTEST_GUILESS_MAIN(TestTask)
#include "tst_task.moc"
