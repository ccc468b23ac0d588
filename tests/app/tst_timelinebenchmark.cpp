#include "timeline/timelinebenchmark.h"
#include "trace/runmodel.h"

#include <QTest>

using namespace awaitscope;

// The benchmark's numbers are printed by `make bench`, not asserted here (a shared CI machine is no
// stopwatch); this checks that the synthetic run is what it claims and that the measurement runs.
class TestTimelineBenchmark : public QObject
{
    Q_OBJECT
private slots:
    void syntheticTraceHasTheRequestedSize_data();
    void syntheticTraceHasTheRequestedSize();
    void measures();
};

void TestTimelineBenchmark::syntheticTraceHasTheRequestedSize_data()
{
    QTest::addColumn<int>("tasks");
    QTest::addColumn<int>("events");
    QTest::newRow("small") << 10 << 100;
    QTest::newRow("benchmark shape") << 1000 << 10000;
}

void TestTimelineBenchmark::syntheticTraceHasTheRequestedSize()
{
    QFETCH(int, tasks);
    QFETCH(int, events);
    const Trace trace = TimelineBenchmark::syntheticTrace(tasks, events);
    QCOMPARE(int(trace.tasks().size()), tasks);
    const int count = int(trace.events().size());
    QVERIFY2(count >= events * 9 / 10 && count <= events * 11 / 10, qPrintable(QString::number(count)));
    for (size_t i = 1; i < trace.events().size(); ++i)
        QVERIFY(trace.events()[i - 1].time <= trace.events()[i].time);
    // Same seed, same run.
    const Trace again = TimelineBenchmark::syntheticTrace(tasks, events);
    QCOMPARE(again.toJson(), trace.toJson());
    RunModel model;
    model.setTrace(trace);
    QCOMPARE(model.laneCount(), tasks);
    QVERIFY(!model.arrows().empty());
}

void TestTimelineBenchmark::measures()
{
    const TimelineBenchmark::Result r = TimelineBenchmark::run(200, 2000, QSize(640, 360), 3);
    QCOMPARE(r.frames, 3);
    QVERIFY(r.paintMs > 0.0);
    QVERIFY(r.worstMs >= r.paintMs);
    QVERIFY(r.scrubMs > 0.0);
    QVERIFY(r.buildMs > 0.0);
}

QTEST_MAIN(TestTimelineBenchmark)
#include "tst_timelinebenchmark.moc"
