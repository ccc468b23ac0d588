// Limits of the interpreter: a runaway program stops with a message that names the limit, keeps the output
// printed so far and ends with exit status 1. Run through runPythonSource, like `awaitscope run` and the GUI.
#include "python/pythonrunner.h"

#include <QElapsedTimer>
#include <QTest>

using namespace awaitscope::py;

Q_DECLARE_METATYPE(awaitscope::py::RunOptions)

namespace {

struct Result
{
    QString out;
    QString err;
    int status = 0;
};

Result runWith(const QString &source, const RunOptions &limits)
{
    Result r;
    RunOptions o = limits;
    o.displayName = QStringLiteral("limits.py");
    o.out = [&r](const QString &s) { r.out += s; };
    o.err = [&r](const QString &s) { r.err += s; };
    r.status = runPythonSource(source, o);
    return r;
}

RunOptions limitsOf(qint64 steps, qint64 cells, qint64 output)
{
    RunOptions o;
    o.maxSteps = steps;
    o.maxCells = cells;
    o.maxOutput = output;
    return o;
}

} // namespace

class TestLimits : public QObject
{
    Q_OBJECT

private slots:
    void stops_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<RunOptions>("limits");
        QTest::addColumn<QString>("message");     // must appear in stderr
        QTest::addColumn<QString>("outputStart"); // what was printed before the stop is kept

        auto row = [](const char *name, const char *src, const RunOptions &o, const char *message,
                      const char *out) {
            QTest::newRow(name) << QString::fromUtf8(src) << o << QString::fromUtf8(message)
                                << QString::fromUtf8(out);
        };
        // 0 = the default of that limit (RunLimits).
        row("recursion depth", "def down(n):\n    return down(n + 1)\nprint('start')\ndown(0)\n",
            limitsOf(0, 0, 0), "RecursionError: maximum recursion depth exceeded", "start\n");
        row("recursion depth in a coroutine",
            "import asyncio\nasync def down(n):\n    await down(n + "
            "1)\nprint('start')\nasyncio.run(down(0))\n",
            limitsOf(0, 0, 0), "RecursionError: maximum recursion depth exceeded", "start\n");
        row("step budget, endless loop", "print('start')\nwhile True:\n    pass\n", limitsOf(5000, 0, 0),
            "step limit reached: the program ran more than 5000 steps", "start\n");
        row("step budget, endless task",
            "import asyncio\nasync def spin():\n    while True:\n        await asyncio.sleep(0)\n"
            "print('start')\nasyncio.run(spin())\n",
            limitsOf(5000, 0, 0), "step limit reached: the program ran more than 5000 steps", "start\n");
        row("memory cap, growing list", "print('start')\nbig = []\nwhile True:\n    big.append(len(big))\n",
            limitsOf(100'000'000, 100'000, 0),
            "memory limit reached: the program holds more than 100000 objects", "start\n");
        row("memory cap, one huge list", "print('start')\nbig = [0] * 1000000000\n", limitsOf(0, 100'000, 0),
            "memory limit reached: the program holds more than 100000 objects", "start\n");
        row("memory cap, list comprehension", "print('start')\nbig = [i for i in range(10 ** 9)]\n",
            limitsOf(100'000'000, 100'000, 0),
            "memory limit reached: the program holds more than 100000 objects", "start\n");
        row("memory cap, huge string", "print('start')\ns = 'ab' * 1000000000\n", limitsOf(0, 0, 0),
            "memory limit reached: a string of more than 100000000 characters", "start\n");
        row("memory cap, many tasks",
            "import asyncio\nasync def main():\n    for i in range(10 ** 9):\n"
            "        asyncio.create_task(asyncio.sleep(1))\nprint('start')\nasyncio.run(main())\n",
            limitsOf(100'000'000, 100'000, 0),
            "memory limit reached: the program holds more than 100000 objects", "start\n");
        row("output size", "print('start')\nwhile True:\n    print('x' * 50)\n", limitsOf(0, 0, 1000),
            "output limit reached: the program printed more than 1000 characters", "start\n");
    }

    void stops()
    {
        QFETCH(QString, source);
        QFETCH(RunOptions, limits);
        QFETCH(QString, message);
        QFETCH(QString, outputStart);

        QElapsedTimer timer;
        timer.start();
        const Result r = runWith(source, limits);
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(r.out.startsWith(outputStart), qPrintable(r.out.left(200)));
        // A limit is a stop, not a slow death: well under the time a learner would wait.
        QVERIFY2(timer.elapsed() < 20'000, qPrintable(QString::number(timer.elapsed())));
    }

    // Catching the limit in Python must not keep the program alive.
    void limitIsNotCatchable_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<RunOptions>("limits");
        QTest::addColumn<QString>("message");
        QTest::newRow("step limit in try/except")
            << QStringLiteral(
                   "try:\n    while True:\n        pass\nexcept BaseException:\n    print('caught')\n")
            << limitsOf(5000, 0, 0) << QStringLiteral("step limit reached");
        QTest::newRow("memory limit in try/finally")
            << QStringLiteral(
                   "x = []\ntry:\n    while True:\n        x.append(1)\nfinally:\n    print('cleanup')\n")
            << limitsOf(100'000'000, 10'000, 0) << QStringLiteral("memory limit reached");
        QTest::newRow("output limit in except")
            << QStringLiteral("try:\n    while True:\n        print('x' * 50)\nexcept Exception:\n    pass\n"
                              "print('after')\n")
            << limitsOf(0, 0, 1000) << QStringLiteral("output limit reached");
    }

    void limitIsNotCatchable()
    {
        QFETCH(QString, source);
        QFETCH(RunOptions, limits);
        QFETCH(QString, message);
        const Result r = runWith(source, limits);
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(!r.out.contains(u"caught") && !r.out.contains(u"after"), qPrintable(r.out.left(200)));
    }

    // A program under its limits is untouched by them.
    void underTheLimits()
    {
        const Result r =
            runWith(QStringLiteral("total = 0\nfor i in range(1000):\n    total += i\nprint(total)\n"),
                    limitsOf(5000, 10'000, 100));
        QCOMPARE(r.err, QString());
        QCOMPARE(r.out, QStringLiteral("499500\n"));
        QCOMPARE(r.status, 0);
    }
};

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
