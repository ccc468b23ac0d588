// The datetime module's error messages. tests/scripts/datetime_basics.py checks the values against a CPython
// run on the virtual clock, which uses datetime's pure-Python implementation (the C one reads the system
// clock); these messages are those of the C implementation that CPython 3.11 normally runs, taken from
// `python3 -c ...` with the same snippets.
#include "runhelper.h"

#include <QTest>

namespace {

QString lastLine(const QString &text)
{
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.last();
}

} // namespace

class TestPythonDatetime : public QObject
{
    Q_OBJECT

private slots:
    void errors_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("lastErrLine");
        auto row = [](const char *name, const char *expression, const char *message) {
            QTest::newRow(name) << QString::fromUtf8(expression) << QString::fromUtf8(message);
        };
        row("month", "datetime(2024, 13, 1)", "ValueError: month must be in 1..12");
        row("day", "date(2023, 2, 29)", "ValueError: day is out of range for month");
        row("year", "date(0, 1, 1)", "ValueError: year 0 is out of range");
        row("hour", "datetime(2024, 1, 1, 24)", "ValueError: hour must be in 0..23");
        row("microsecond", "datetime(2024, 1, 1, 0, 0, 0, 10**6)",
            "ValueError: microsecond must be in 0..999999");
        row("missing day", "datetime(2024, 1)",
            "TypeError: function missing required argument 'day' (pos 3)");
        row("float year", "datetime(2024.0, 1, 1)",
            "TypeError: 'float' object cannot be interpreted as an integer");
        row("bad tzinfo", "datetime(2024, 1, 1, tzinfo=5)",
            "TypeError: tzinfo argument must be None or of a tzinfo subclass, not type 'int'");
        row("past 9999", "datetime(9999, 12, 31) + timedelta(days=1)",
            "OverflowError: date value out of range");
        row("before year 1", "date(1, 1, 1) - timedelta(days=1)", "OverflowError: date value out of range");
        row("huge timedelta", "timedelta(days=10**9)",
            "OverflowError: days=1000000000; must have magnitude <= 999999999");
        row("timedelta str component", "timedelta(days='1')",
            "TypeError: unsupported type for timedelta days component: str");
        row("naive < aware", "datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=timezone.utc)",
            "TypeError: can't compare offset-naive and offset-aware datetimes");
        row("naive - aware", "datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=timezone.utc)",
            "TypeError: can't subtract offset-naive and offset-aware datetimes");
        row("date < datetime", "date(2024, 1, 1) < datetime(2024, 1, 1)",
            "TypeError: can't compare datetime.datetime to datetime.date");
        row("datetime + int", "datetime(2024, 1, 1) + 1",
            "TypeError: unsupported operand type(s) for +: 'datetime.datetime' and 'int'");
        row("date + int", "date(2024, 1, 1) + 1",
            "TypeError: unsupported operand type(s) for +: 'datetime.date' and 'int'");
        row("datetime - date", "datetime(2024, 1, 1) - date(2024, 1, 1)",
            "TypeError: unsupported operand type(s) for -: 'datetime.datetime' and 'datetime.date'");
        row("timedelta - int", "timedelta(1) - 1",
            "TypeError: unsupported operand type(s) for -: 'datetime.timedelta' and 'int'");
        row("int + timedelta", "1 + timedelta(1)",
            "TypeError: unsupported operand type(s) for +: 'int' and 'datetime.timedelta'");
        row("timedelta * timedelta", "timedelta(1) * timedelta(1)",
            "TypeError: unsupported operand type(s) for *: 'datetime.timedelta' and 'datetime.timedelta'");
        row("timedelta < int", "timedelta(1) < 5",
            "TypeError: '<' not supported between instances of 'datetime.timedelta' and 'int'");
        row("datetime > int", "datetime(2024, 1, 1) > 3",
            "TypeError: '>' not supported between instances of 'datetime.datetime' and 'int'");
        row("timedelta / 0", "timedelta(1) / 0", "ZeroDivisionError: integer division or modulo by zero");
        row("timedelta / timedelta(0)", "timedelta(1) / timedelta(0)", "ZeroDivisionError: division by zero");
        row("timedelta % timedelta(0)", "timedelta(1) % timedelta(0)",
            "ZeroDivisionError: integer modulo by zero");
        row("timezone out of range", "timezone(timedelta(hours=24))",
            "ValueError: offset must be a timedelta strictly between -timedelta(hours=24) and "
            "timedelta(hours=24), not datetime.timedelta(days=1).");
        row("fromisoformat", "date.fromisoformat('20240101x')",
            "ValueError: Invalid isoformat string: '20240101x'");
        row("isoformat timespec", "datetime(2024, 1, 1).isoformat(timespec='x')",
            "ValueError: Unknown timespec value");
        // Awaitscope's own: what the module does not have yet says so.
        row("strptime is not there", "datetime.strptime('2024', '%Y')",
            "NotImplementedError: datetime.strptime is not available in Awaitscope yet (use "
            "datetime.fromisoformat for ISO dates)");
        row("time is not there", "dt.time(1, 2)",
            "NotImplementedError: datetime.time is not available in Awaitscope yet (use a datetime and its "
            "hour, minute and second)");
    }
    void errors()
    {
        QFETCH(QString, expression);
        QFETCH(QString, lastErrLine);
        const auto r = testing::runSource(
            QStringLiteral("import datetime as dt\nfrom datetime import date, datetime, timedelta, timezone\n"
                           "print(%1)\n")
                .arg(expression));
        QCOMPARE(lastLine(r.errorOutput), lastErrLine);
        QCOMPARE(r.output, QString());
        QCOMPARE(r.exitStatus, 1);
    }

    // The clock is the run's: a program starts at the epoch, and the virtual clock moves datetime.now().
    void nowReadsTheProgramsClock()
    {
        const auto r = testing::runSource(
            QStringLiteral("import asyncio, datetime\n"
                           "async def main():\n"
                           "    t0 = datetime.datetime.now()\n"
                           "    await asyncio.sleep(90.5)\n"
                           "    print(t0, datetime.datetime.now() - t0, datetime.date.today())\n"
                           "asyncio.run(main())\n"));
        QCOMPARE(r.errorOutput, QString());
        QCOMPARE(r.output, QStringLiteral("1970-01-01 00:00:00 0:01:30.500000 1970-01-01\n"));
    }
};

QTEST_GUILESS_MAIN(TestPythonDatetime)
#include "tst_python_datetime.moc"
