// TaskGroup (CPython 3.11.7, Lib/asyncio/taskgroups.py) and the synchronisation primitives (locks.py;
// Semaphore and BoundedSemaphore at locks.py:331-436).
#include "scenario.h"

using namespace awaitscope;
using scenario::Body;
using scenario::Log;

namespace {

QCoro::Task<int> job(Log &log, QString name, double delay, bool fail)
{
    try {
        co_await awaitscope::sleep(delay);
    } catch (const CancelledError &) {
        log(name + QStringLiteral(" cancelled"));
        throw;
    }
    if (fail) {
        log(name + QStringLiteral(" raises"));
        throw UsageError(UsageError::Kind::Value, name);
    }
    log(name + QStringLiteral(" done"));
    co_return 0;
}

} // namespace

class TestTaskGroup : public QObject
{
    Q_OBJECT
private slots:
    void scenarios_data();
    void scenarios();
};

void TestTaskGroup::scenarios_data()
{
    QTest::addColumn<Body>("body");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("TaskGroup waits for every child")
        << Body([](Log &log) -> QCoro::Task<void> {
               co_await withTaskGroup([&log](TaskGroup &tg) -> QCoro::Task<void> {
                   tg.createTask(job, std::ref(log), QStringLiteral("a"), 1.0, false);
                   tg.createTask(job, std::ref(log), QStringLiteral("b"), 2.0, false);
                   log(QStringLiteral("body ends"));
                   co_return;
               });
               log(QStringLiteral("group exited"));
           })
        << QStringList{QStringLiteral("t=0 body ends"), QStringLiteral("t=1 a done"),
                       QStringLiteral("t=2 b done"), QStringLiteral("t=2 group exited")};

    QTest::newRow("a failing child cancels its siblings and the body; ExceptionGroup")
        << Body([](Log &log) -> QCoro::Task<void> {
               try {
                   co_await withTaskGroup([&log](TaskGroup &tg) -> QCoro::Task<void> {
                       tg.createTask(job, std::ref(log), QStringLiteral("a"), 1.0, true);
                       tg.createTask(job, std::ref(log), QStringLiteral("b"), 5.0, false);
                       try {
                           co_await awaitscope::sleep(10);
                       } catch (const CancelledError &) {
                           log(QStringLiteral("body cancelled"));
                           throw;
                       }
                   });
               } catch (const ExceptionGroup &g) {
                   log(g.describe());
               }
               log(QStringLiteral("cancelling=%1").arg(requireCurrentTask("test").cancelling()));
           })
        << QStringList{
               QStringLiteral("t=1 a raises"), QStringLiteral("t=1 b cancelled"),
               QStringLiteral("t=1 body cancelled"),
               QStringLiteral("t=1 ExceptionGroup('unhandled errors in a TaskGroup', [ValueError('a')])"),
               QStringLiteral("t=1 cancelling=0")};

    QTest::newRow("Semaphore(2): six 2-second jobs run in pairs, 6 s in total")
        << Body([](Log &log) -> QCoro::Task<void> {
               Semaphore sem(2);
               std::vector<Task<int>> tasks;
               for (int i = 0; i < 6; ++i) {
                   tasks.push_back(createTask(
                       [&log, &sem](int n) -> QCoro::Task<int> {
                           co_await sem.acquire();
                           log(QStringLiteral("job%1 in").arg(n));
                           co_await awaitscope::sleep(2);
                           sem.release();
                           co_return n;
                       },
                       i));
               }
               co_await gather(tasks);
               log(QStringLiteral("all done"));
           })
        << QStringList{QStringLiteral("t=0 job0 in"), QStringLiteral("t=0 job1 in"),
                       QStringLiteral("t=2 job2 in"), QStringLiteral("t=2 job3 in"),
                       QStringLiteral("t=4 job4 in"), QStringLiteral("t=4 job5 in"),
                       QStringLiteral("t=6 all done")};

    QTest::newRow("Lock admits one at a time, first come first served")
        << Body([](Log &log) -> QCoro::Task<void> {
               Lock lock;
               std::vector<Task<int>> tasks;
               for (int i = 0; i < 3; ++i) {
                   tasks.push_back(createTask(
                       [&log, &lock](int n) -> QCoro::Task<int> {
                           co_await lock.acquire();
                           log(QStringLiteral("w%1 holds").arg(n));
                           co_await awaitscope::sleep(1);
                           lock.release();
                           co_return n;
                       },
                       i));
               }
               co_await gather(tasks);
           })
        << QStringList{QStringLiteral("t=0 w0 holds"), QStringLiteral("t=1 w1 holds"),
                       QStringLiteral("t=2 w2 holds")};

    QTest::newRow("Event wakes every waiter") << Body([](Log &log) -> QCoro::Task<void> {
        Event ev;
        std::vector<Task<int>> tasks;
        for (int i = 0; i < 2; ++i) {
            tasks.push_back(createTask(
                [&log, &ev](int n) -> QCoro::Task<int> {
                    co_await ev.wait();
                    log(QStringLiteral("w%1 woke").arg(n));
                    co_return n;
                },
                i));
        }
        co_await awaitscope::sleep(3);
        ev.set();
        co_await gather(tasks);
    }) << QStringList{QStringLiteral("t=3 w0 woke"), QStringLiteral("t=3 w1 woke")};

    QTest::newRow("Queue hands items over in order; join waits for task_done")
        << Body([](Log &log) -> QCoro::Task<void> {
               Queue q(1);
               auto consumer = createTask([&log, &q]() -> QCoro::Task<int> {
                   for (int i = 0; i < 3; ++i) {
                       std::any item = co_await q.get();
                       log(QStringLiteral("got %1").arg(std::any_cast<int>(item)));
                       co_await awaitscope::sleep(1);
                       q.taskDone();
                   }
                   co_return 0;
               });
               for (int i = 0; i < 3; ++i) {
                   co_await q.put(i);
                   log(QStringLiteral("put %1").arg(i));
               }
               co_await q.join();
               log(QStringLiteral("joined"));
               co_await consumer;
           })
        << QStringList{QStringLiteral("t=0 put 0"), QStringLiteral("t=0 got 0"), QStringLiteral("t=0 put 1"),
                       QStringLiteral("t=1 got 1"), QStringLiteral("t=1 put 2"), QStringLiteral("t=2 got 2"),
                       QStringLiteral("t=3 joined")};
}

void TestTaskGroup::scenarios()
{
    QFETCH(Body, body);
    QFETCH(QStringList, expected);
    const auto result = scenario::run(body);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.lines, expected);
}

QTEST_GUILESS_MAIN(TestTaskGroup)
#include "tst_taskgroup.moc"
