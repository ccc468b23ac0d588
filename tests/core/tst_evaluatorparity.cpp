// The interpreter has a synchronous evaluator and a coroutine one for the parts of a program that await
// (core/python/README.md). Each case of tests/data/evaluator_parity.json (tests/tools/evaluator_parity.py)
// runs once in a plain function and once in an `async def` whose marked operands are awaited, so that the
// same construct goes through each evaluator; both runs must print what CPython 3.11 printed for them.
#include "python/pythonrunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace awaitscope::py;

namespace {

// The two programs of a case, built as the generator builds them.
QString indented(const QString &body)
{
    QStringList lines = body.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QString &line : lines)
        if (!line.isEmpty())
            line.prepend(QStringLiteral("    "));
    return lines.join(QLatin1Char('\n'));
}

QString plainProgram(const QString &body)
{
    return QStringLiteral("import asyncio\ndef AW(v):\n    return v\ndef body():\n") + indented(body) +
           QStringLiteral("\nbody()\n");
}

QString awaitingProgram(const QString &body)
{
    QString code = indented(body);
    code.replace(QStringLiteral("AW("), QStringLiteral("await _aw("));
    return QStringLiteral("import asyncio\nasync def _aw(v):\n    await asyncio.sleep(0)\n    return v\n"
                          "async def body():\n") +
           code + QStringLiteral("\nasyncio.run(body())\n");
}

QString run(const QString &source)
{
    QString printed;
    RunOptions o;
    o.displayName = QStringLiteral("case.py");
    o.out = [&printed](const QString &s) { printed += s; };
    o.err = [&printed](const QString &s) { printed += s; };
    runPythonSource(source, o);
    return printed;
}

} // namespace

class TestEvaluatorParity : public QObject
{
    Q_OBJECT

private slots:
    void sameOutputInBothEvaluators_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("expected");
        QFile file(QStringLiteral(AWAITSCOPE_SOURCE_DIR "/tests/data/evaluator_parity.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray cases =
            QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("cases")).toArray();
        QVERIFY(cases.size() >= 25);
        for (const QJsonValue &c : cases) {
            const QJsonObject o = c.toObject();
            QTest::newRow(qPrintable(o.value(QLatin1String("name")).toString()))
                << o.value(QLatin1String("body")).toString() << o.value(QLatin1String("expected")).toString();
        }
    }

    void sameOutputInBothEvaluators()
    {
        QFETCH(QString, body);
        QFETCH(QString, expected);
        QVERIFY2(body.contains(QStringLiteral("AW(")), "a case must await something");
        QCOMPARE(run(plainProgram(body)), expected);
        QCOMPARE(run(awaitingProgram(body)), expected);
    }
};

QTEST_GUILESS_MAIN(TestEvaluatorParity)
#include "tst_evaluatorparity.moc"
