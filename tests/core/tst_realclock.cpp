// The same outcomes on the real clock (Qt event loop): short delays, order checked exactly, time with
// margins.
#include "scenario.h"

#include <QCoreApplication>
#include <QTimer>

using namespace awaitscope;
using scenario::Body;
using scenario::Log;

namespace {

constexpr double Unit = 0.05; // one "second" of the virtual-clock tests, in real seconds

QCoro::Task<int> value(Log &log, QString name, double units, int v)
{
    co_await awaitscope::sleep(units * Unit);
    log(name + QStringLiteral(" done"));
    co_return v;
}

QStringList withoutTimes(const QStringList &lines)
{
    QStringList out;
    for (const auto &l : lines)
        out << l.section(QLatin1Char(' '), 1);
    return out;
}

} // namespace

class TestRealClock : public QObject
{
    Q_OBJECT
private slots:
    void scenarios_data();
    void scenarios();
    void qtEventsKeepFlowing();
    void timerCancelledFromQtDoesNotStopTheClock();
};

void TestRealClock::scenarios_data()
{
    QTest::addColumn<Body>("body");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<double>("units");

    QTest::newRow("create all, then await") << Body([](Log &log) -> QCoro::Task<void> {
        std::vector<Task<int>> tasks;
        for (int i = 0; i < 3; ++i)
            tasks.push_back(createTask(value, std::ref(log), QStringLiteral("c%1").arg(i), 3.0, i));
        for (auto &t : tasks)
            co_await t;
    }) << QStringList{QStringLiteral("c0 done"), QStringLiteral("c1 done"), QStringLiteral("c2 done")}
                                            << 3.0;

    QTest::newRow("sequential awaits add up") << Body([](Log &log) -> QCoro::Task<void> {
        for (int i = 0; i < 3; ++i)
            co_await createTask(value, std::ref(log), QStringLiteral("s%1").arg(i), 2.0, i);
    }) << QStringList{QStringLiteral("s0 done"), QStringLiteral("s1 done"), QStringLiteral("s2 done")}
                                              << 6.0;

    QTest::newRow("gather keeps argument order") << Body([](Log &log) -> QCoro::Task<void> {
        auto a = createTask(value, std::ref(log), QStringLiteral("a"), 3.0, 1);
        auto b = createTask(value, std::ref(log), QStringLiteral("b"), 1.0, 2);
        const auto r = co_await gather(taskList(a, b));
        log(QStringLiteral("[%1, %2]").arg(r[0]).arg(r[1]));
    }) << QStringList{QStringLiteral("b done"), QStringLiteral("a done"), QStringLiteral("[1, 2]")}
                                                 << 3.0;

    QTest::newRow("wait with a timeout") << Body([](Log &log) -> QCoro::Task<void> {
        auto a = createNamedTask(QStringLiteral("a"), value, std::ref(log), QStringLiteral("a"), 1.0, 1);
        auto b = createNamedTask(QStringLiteral("b"), value, std::ref(log), QStringLiteral("b"), 4.0, 2);
        auto r = co_await wait(taskList(a, b), 2.0 * Unit);
        log(QStringLiteral("done=%1 pending=%2").arg(r.done.size()).arg(r.pending.size()));
        b.cancel();
    }) << QStringList{QStringLiteral("a done"), QStringLiteral("done=1 pending=1")}
                                         << 2.0;

    QTest::newRow("wait_for times out") << Body([](Log &log) -> QCoro::Task<void> {
        auto a = createTask(value, std::ref(log), QStringLiteral("a"), 10.0, 1);
        try {
            co_await waitFor(a, 1.0 * Unit);
        } catch (const TimeoutError &) {
            log(QStringLiteral("TimeoutError cancelled=%1").arg(a.cancelled()));
        }
    }) << QStringList{QStringLiteral("TimeoutError cancelled=1")}
                                        << 1.0;
}

void TestRealClock::scenarios()
{
    QFETCH(Body, body);
    QFETCH(QStringList, expected);
    QFETCH(double, units);
    const auto result = scenario::run(body, nullptr, Loop::Clock::Real);
    QCOMPARE(result.error, QString());
    QCOMPARE(withoutTimes(result.lines), expected);
    // Generous margins: the machine is shared. Never earlier than asked, and not absurdly late.
    QVERIFY2(result.endTime >= units * Unit - 0.002, qPrintable(QString::number(result.endTime)));
    QVERIFY2(result.endTime < units * Unit + 2.0, qPrintable(QString::number(result.endTime)));
}

void TestRealClock::qtEventsKeepFlowing()
{
    // While the runtime sleeps on the real clock, Qt timers (a GUI's repaints) still fire.
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
    ticker.start(10);
    const auto result = scenario::run([](Log &) -> QCoro::Task<void> { co_await awaitscope::sleep(0.2); },
                                      nullptr, Loop::Clock::Real);
    QCOMPARE(result.error, QString());
    QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks)));
}

void TestRealClock::timerCancelledFromQtDoesNotStopTheClock()
{
    // The loop's QTimer is armed for the earliest deadline A. A Qt callback (an HTTP transfer ending
    // stops its timeout) cancels A outside any loop pass; when the QTimer then wakes, nothing is due,
    // and the loop must arm it again for B, or the run hangs for ever (it did, now and then, after
    // HTTP timeouts on the real network).
    Loop *running = nullptr;
    QTimer guard; // stops a hung run after 3 s, from outside the loop
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, [&running] {
        if (running)
            running->requestStop();
    });
    guard.start(3000);
    QTimer canceller;
    canceller.setSingleShot(true);
    const auto result = scenario::run(
        [&running, &canceller](Log &log) -> QCoro::Task<void> {
            Loop &loop = *log.loop;
            running = &loop;
            const Loop::TimerId a = loop.callAtInternal(loop.time() + 0.05, [] {});
            QObject::connect(&canceller, &QTimer::timeout, [&loop, a] { loop.cancelTimer(a); });
            canceller.start(10);
            co_await awaitscope::sleep(0.15); // B, after A: the loop's QTimer stays armed for A
            log(QStringLiteral("woke"));
        },
        nullptr, Loop::Clock::Real);
    running = nullptr;
    QCOMPARE(result.error, QString());
    QCOMPARE(withoutTimes(result.lines), QStringList{QStringLiteral("woke")});
    QVERIFY2(result.endTime < 2.0, qPrintable(QString::number(result.endTime)));
}

QTEST_GUILESS_MAIN(TestRealClock)
#include "tst_realclock.moc"
