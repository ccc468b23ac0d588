// asyncio.wait (CPython 3.11.7, Lib/asyncio/tasks.py:399-428, _wait at 507-548) and as_completed
// (tasks.py:568-626).
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

QString names(const std::vector<Task<int>> &tasks)
{
    QStringList out;
    for (const auto &t : tasks)
        out << t.name();
    out.sort();
    return QLatin1Char('{') + out.join(QStringLiteral(", ")) + QLatin1Char('}');
}

Task<int> named(Log &log, const char *name, double delay, int v)
{
    return createNamedTask(QLatin1String(name), value, std::ref(log), QLatin1String(name), delay, v);
}

Task<int> namedFailing(Log &log, const char *name, double delay)
{
    return createNamedTask(QLatin1String(name), failing, std::ref(log), QLatin1String(name), delay);
}

struct Spec
{
    const char *name;
    double delay;
    int value; // < 0: the task raises ValueError(name)
};

// Creates the tasks in list order (function arguments would be evaluated in an unspecified order).
std::vector<Task<int>> make(Log &log, std::initializer_list<Spec> specs)
{
    std::vector<Task<int>> out;
    for (const Spec &s : specs)
        out.push_back(s.value < 0 ? namedFailing(log, s.name, s.delay)
                                  : named(log, s.name, s.delay, s.value));
    return out;
}

} // namespace

class TestWait : public QObject
{
    Q_OBJECT
private slots:
    void scenarios_data();
    void scenarios();
};

void TestWait::scenarios_data()
{
    QTest::addColumn<Body>("body");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("wait ALL_COMPLETED returns every task in done")
        << Body([](Log &log) -> QCoro::Task<void> {
               auto tasks = make(log, {{"a", 1, 1}, {"b", 2, 2}});
               auto r = co_await wait(tasks);
               log(QStringLiteral("done=%1 pending=%2").arg(names(r.done), names(r.pending)));
           })
        << QStringList{QStringLiteral("t=1 a done"), QStringLiteral("t=2 b done"),
                       QStringLiteral("t=2 done={a, b} pending={}")};

    QTest::newRow("wait FIRST_COMPLETED returns at the first completion")
        << Body([](Log &log) -> QCoro::Task<void> {
               auto tasks = make(log, {{"a", 1, 1}, {"b", 2, 2}});
               auto r = co_await wait(tasks, std::nullopt, ReturnWhen::FirstCompleted);
               log(QStringLiteral("done=%1 pending=%2").arg(names(r.done), names(r.pending)));
               for (auto &t : r.pending)
                   t.cancel();
           })
        << QStringList{QStringLiteral("t=1 a done"), QStringLiteral("t=1 done={a} pending={b}")};

    QTest::newRow("wait FIRST_EXCEPTION returns at the first failure, raising nothing")
        << Body([](Log &log) -> QCoro::Task<void> {
               auto tasks = make(log, {{"a", 1, 1}, {"b", 2, -1}, {"c", 5, 3}});
               auto r = co_await wait(tasks, std::nullopt, ReturnWhen::FirstException);
               log(QStringLiteral("done=%1 pending=%2").arg(names(r.done), names(r.pending)));
               for (auto &t : r.done)
                   if (t.exception())
                       log(t.name() + QStringLiteral(" failed with ") + describeException(t.exception()));
               for (auto &t : r.pending)
                   t.cancel();
           })
        << QStringList{QStringLiteral("t=1 a done"), QStringLiteral("t=2 b raises"),
                       QStringLiteral("t=2 done={a, b} pending={c}"),
                       QStringLiteral("t=2 b failed with ValueError('b')")};

    QTest::newRow("wait FIRST_EXCEPTION without failures behaves like ALL")
        << Body([](Log &log) -> QCoro::Task<void> {
               auto tasks = make(log, {{"a", 1, 1}, {"b", 2, 2}});
               auto r = co_await wait(tasks, std::nullopt, ReturnWhen::FirstException);
               log(QStringLiteral("done=%1 pending=%2").arg(names(r.done), names(r.pending)));
           })
        << QStringList{QStringLiteral("t=1 a done"), QStringLiteral("t=2 b done"),
                       QStringLiteral("t=2 done={a, b} pending={}")};

    QTest::newRow("wait timeout returns what is done: no error, nothing cancelled")
        << Body([](Log &log) -> QCoro::Task<void> {
               auto tasks = make(log, {{"a", 1, 1}, {"b", 3, 2}});
               auto r = co_await wait(tasks, 2.0);
               log(QStringLiteral("done=%1 pending=%2 b.cancelled=%3")
                       .arg(names(r.done), names(r.pending))
                       .arg(tasks[1].cancelled()));
               co_await tasks[1];
           })
        << QStringList{QStringLiteral("t=1 a done"), QStringLiteral("t=2 done={a} pending={b} b.cancelled=0"),
                       QStringLiteral("t=3 b done")};

    QTest::newRow("a tie during the wake-up lands in done")
        << Body([](Log &log) -> QCoro::Task<void> {
               auto tasks = make(log, {{"a", 1, 1}, {"b", 1, 2}});
               auto r = co_await wait(tasks, std::nullopt, ReturnWhen::FirstCompleted);
               log(QStringLiteral("done=%1 pending=%2").arg(names(r.done), names(r.pending)));
           })
        << QStringList{QStringLiteral("t=1 a done"), QStringLiteral("t=1 b done"),
                       QStringLiteral("t=1 done={a, b} pending={}")};

    QTest::newRow("wait on an empty collection is ValueError") << Body([](Log &log) -> QCoro::Task<void> {
        try {
            co_await wait(std::vector<Task<int>>());
        } catch (const UsageError &e) {
            log(e.describe());
        }
    }) << QStringList{QStringLiteral("t=0 ValueError('Set of Tasks/Futures is empty.')")};

    QTest::newRow("as_completed yields results in completion order")
        << Body([](Log &log) -> QCoro::Task<void> {
               auto it = asCompleted(make(log, {{"a", 3, 1}, {"b", 1, 2}, {"c", 2, 3}}));
               for (int i = 0; i < it.count(); ++i)
                   log(QStringLiteral("got %1").arg(co_await it.next()));
           })
        << QStringList{QStringLiteral("t=1 b done"), QStringLiteral("t=1 got 2"),
                       QStringLiteral("t=2 c done"), QStringLiteral("t=2 got 3"),
                       QStringLiteral("t=3 a done"), QStringLiteral("t=3 got 1")};

    QTest::newRow("as_completed timeout: every remaining await raises, nothing is cancelled")
        << Body([](Log &log) -> QCoro::Task<void> {
               auto tasks = make(log, {{"a", 1, 1}, {"b", 5, 2}, {"c", 6, 3}});
               auto it = asCompleted(tasks, 2.0);
               for (int i = 0; i < it.count(); ++i) {
                   try {
                       log(QStringLiteral("got %1").arg(co_await it.next()));
                   } catch (const TimeoutError &) {
                       log(QStringLiteral("TimeoutError"));
                   }
               }
               log(QStringLiteral("b.cancelled=%1 b.done=%2").arg(tasks[1].cancelled()).arg(tasks[1].done()));
               co_await tasks[1];
           })
        << QStringList{QStringLiteral("t=1 a done"),
                       QStringLiteral("t=1 got 1"),
                       QStringLiteral("t=2 TimeoutError"),
                       QStringLiteral("t=2 TimeoutError"),
                       QStringLiteral("t=2 b.cancelled=0 b.done=0"),
                       QStringLiteral("t=5 b done")};

    QTest::newRow("as_completed re-raises a task's exception")
        << Body([](Log &log) -> QCoro::Task<void> {
               auto it = asCompleted(make(log, {{"a", 1, -1}, {"b", 2, 2}}));
               for (int i = 0; i < it.count(); ++i) {
                   try {
                       log(QStringLiteral("got %1").arg(co_await it.next()));
                   } catch (const UsageError &e) {
                       log(QStringLiteral("raised ") + e.describe());
                   }
               }
           })
        << QStringList{QStringLiteral("t=1 a raises"), QStringLiteral("t=1 raised ValueError('a')"),
                       QStringLiteral("t=2 b done"), QStringLiteral("t=2 got 2")};
}

void TestWait::scenarios()
{
    QFETCH(Body, body);
    QFETCH(QStringList, expected);
    const auto result = scenario::run(body);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.lines, expected);
}

QTEST_GUILESS_MAIN(TestWait)
#include "tst_wait.moc"
