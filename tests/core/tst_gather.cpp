// asyncio.gather (CPython 3.11.7, Lib/asyncio/tasks.py:728-848).
#include "scenario.h"

using namespace awaitscope;
using scenario::Body;
using scenario::Log;

namespace {

QCoro::Task<int> value(Log &log, QString name, double delay, int v)
{
    co_await awaitscope::sleep(delay);
    log(name + QStringLiteral(" done"));
    co_return v;
}

QCoro::Task<int> failing(Log &log, QString name, double delay)
{
    co_await awaitscope::sleep(delay);
    log(name + QStringLiteral(" raises"));
    throw UsageError(UsageError::Kind::Value, name);
}

QString join(const std::vector<int> &v)
{
    QStringList parts;
    for (int i : v)
        parts << QString::number(i);
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QString join(const std::vector<Outcome<int>> &v)
{
    QStringList parts;
    for (const auto &o : v)
        parts << (o.error ? describeException(o.error) : QString::number(*o.value));
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

} // namespace

class TestGather : public QObject
{
    Q_OBJECT
private slots:
    void scenarios_data();
    void scenarios();
};

void TestGather::scenarios_data()
{
    QTest::addColumn<Body>("body");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("results in argument order, completion order differs")
        << Body([](Log &log) -> QCoro::Task<void> {
               auto a = createTask(value, std::ref(log), QStringLiteral("a"), 3.0, 1);
               auto b = createTask(value, std::ref(log), QStringLiteral("b"), 1.0, 2);
               auto c = createTask(value, std::ref(log), QStringLiteral("c"), 2.0, 3);
               const auto r = co_await gather(taskList(a, b, c));
               log(join(r));
           })
        << QStringList{QStringLiteral("t=1 b done"), QStringLiteral("t=2 c done"),
                       QStringLiteral("t=3 a done"), QStringLiteral("t=3 [1, 2, 3]")};

    QTest::newRow("no arguments gives []") << Body([](Log &log) -> QCoro::Task<void> {
        const auto r = co_await gather(std::vector<Task<int>>());
        log(join(r));
    }) << QStringList{QStringLiteral("t=0 []")};

    QTest::newRow("a duplicate argument is one child, two slots") << Body([](Log &log) -> QCoro::Task<void> {
        auto a = createTask(value, std::ref(log), QStringLiteral("a"), 1.0, 7);
        const auto r = co_await gather(taskList(a, a));
        log(join(r));
    }) << QStringList{QStringLiteral("t=1 a done"), QStringLiteral("t=1 [7, 7]")};

    QTest::newRow("first exception propagates at once; the others keep running")
        << Body([](Log &log) -> QCoro::Task<void> {
               auto a = createTask(value, std::ref(log), QStringLiteral("a"), 3.0, 1);
               auto b = createTask(failing, std::ref(log), QStringLiteral("b"), 1.0);
               try {
                   co_await gather(taskList(a, b));
               } catch (const UsageError &e) {
                   log(QStringLiteral("caught ") + e.describe());
               }
               log(QStringLiteral("a cancelled=%1 done=%2").arg(a.cancelled()).arg(a.done()));
               co_await a;
               log(QStringLiteral("a still finished normally"));
           })
        << QStringList{QStringLiteral("t=1 b raises"), QStringLiteral("t=1 caught ValueError('b')"),
                       QStringLiteral("t=1 a cancelled=0 done=0"), QStringLiteral("t=3 a done"),
                       QStringLiteral("t=3 a still finished normally")};

    QTest::newRow("return_exceptions=True puts exceptions in place")
        << Body([](Log &log) -> QCoro::Task<void> {
               auto a = createTask(value, std::ref(log), QStringLiteral("a"), 2.0, 1);
               auto b = createTask(failing, std::ref(log), QStringLiteral("b"), 1.0);
               auto c = createTask(value, std::ref(log), QStringLiteral("c"), 3.0, 3);
               const auto r = co_await gatherOutcomes(taskList(a, b, c));
               log(join(r));
           })
        << QStringList{QStringLiteral("t=1 b raises"), QStringLiteral("t=2 a done"),
                       QStringLiteral("t=3 c done"), QStringLiteral("t=3 [1, ValueError('b'), 3]")};

    QTest::newRow("a cancelled child appears as CancelledError with return_exceptions")
        << Body([](Log &log) -> QCoro::Task<void> {
               auto a = createTask(value, std::ref(log), QStringLiteral("a"), 2.0, 1);
               auto b = createTask(value, std::ref(log), QStringLiteral("b"), 5.0, 2);
               auto g = createTask([a, b]() -> QCoro::Task<std::vector<Outcome<int>>> {
                   co_return co_await gatherOutcomes(taskList(a, b));
               });
               co_await awaitscope::sleep(1);
               b.cancel();
               log(join(co_await g));
           })
        << QStringList{QStringLiteral("t=2 a done"), QStringLiteral("t=2 [1, CancelledError('')]")};

    QTest::newRow("a child cancelled from outside: the awaiter gets CancelledError but is not cancelling")
        << Body([](Log &log) -> QCoro::Task<void> {
               auto a = createTask(value, std::ref(log), QStringLiteral("a"), 5.0, 1);
               auto outer = gather(*Loop::current(), {a.state()}, false);
               co_await awaitscope::sleep(1);
               a.cancel();
               try {
                   co_await FutureAwaiter(outer);
               } catch (const CancelledError &) {
                   log(QStringLiteral("CancelledError; cancelling=%1 gather.cancelled=%2")
                           .arg(requireCurrentTask("test").cancelling())
                           .arg(outer->cancelled()));
               }
           })
        << QStringList{QStringLiteral("t=1 CancelledError; cancelling=0 gather.cancelled=0")};

    QTest::newRow("cancelling gather cancels every unfinished child, even with return_exceptions")
        << Body([](Log &log) -> QCoro::Task<void> {
               auto a = createTask(value, std::ref(log), QStringLiteral("a"), 1.0, 1);
               auto b = createTask(value, std::ref(log), QStringLiteral("b"), 5.0, 2);
               auto outer = gather(*Loop::current(), {a.state(), b.state()}, true);
               co_await awaitscope::sleep(2);
               log(QStringLiteral("cancel=%1").arg(outer->cancel()));
               try {
                   co_await FutureAwaiter(outer);
               } catch (const CancelledError &) {
                   log(QStringLiteral("gather raised CancelledError; g.cancelled=%1")
                           .arg(outer->cancelled()));
               }
               log(QStringLiteral("a=%1 b=%2").arg(a.cancelled()).arg(b.cancelled()));
           })
        << QStringList{QStringLiteral("t=1 a done"), QStringLiteral("t=2 cancel=1"),
                       QStringLiteral("t=2 gather raised CancelledError; g.cancelled=0"),
                       QStringLiteral("t=2 a=0 b=1")};

    QTest::newRow("after the first error, gather.cancel() returns False")
        << Body([](Log &log) -> QCoro::Task<void> {
               auto a = createTask(value, std::ref(log), QStringLiteral("a"), 5.0, 1);
               auto b = createTask(failing, std::ref(log), QStringLiteral("b"), 1.0);
               auto outer = gather(*Loop::current(), {a.state(), b.state()}, false);
               co_await awaitscope::sleep(2);
               log(QStringLiteral("cancel=%1 a.cancelled=%2").arg(outer->cancel()).arg(a.cancelled()));
               outer->markRetrieved();
           })
        << QStringList{QStringLiteral("t=1 b raises"), QStringLiteral("t=2 cancel=0 a.cancelled=0")};

    QTest::newRow("cancelling the task that awaits gather cancels the children")
        << Body([](Log &log) -> QCoro::Task<void> {
               auto a = createTask(value, std::ref(log), QStringLiteral("a"), 5.0, 1);
               auto waiter = createTask([a]() -> QCoro::Task<void> { co_await gather(taskList(a)); });
               co_await awaitscope::sleep(1);
               waiter.cancel();
               co_await awaitscope::sleep(0);
               co_await awaitscope::sleep(0);
               co_await awaitscope::sleep(0);
               log(QStringLiteral("a.cancelled=%1 waiter.cancelled=%2")
                       .arg(a.cancelled())
                       .arg(waiter.cancelled()));
           })
        << QStringList{QStringLiteral("t=1 a.cancelled=1 waiter.cancelled=1")};
}

void TestGather::scenarios()
{
    QFETCH(Body, body);
    QFETCH(QStringList, expected);
    const auto result = scenario::run(body);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.lines, expected);
}

QTEST_GUILESS_MAIN(TestGather)
#include "tst_gather.moc"
