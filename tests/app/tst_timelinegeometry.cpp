#include "timeline/timelinegeometry.h"
#include "timeline/timelinerows.h"
#include "trace/runmodel.h"

#include "tracefixtures.h"

#include <QTest>

using namespace awaitscope;

class TestTimelineGeometry : public QObject
{
    Q_OBJECT
private slots:
    void timeToX_data();
    void timeToX();
    void zoomKeepsTimeUnderCursor_data();
    void zoomKeepsTimeUnderCursor();
    void zoomIsClamped();
    void panMovesByPixels();
    void panAndZoomStayWithinTheRun_data();
    void panAndZoomStayWithinTheRun();
    void fitAllShowsEverything_data();
    void fitAllShowsEverything();
    void laneAt_data();
    void laneAt();
    void visibleLanes();
    void hitTest_data();
    void hitTest();
    void niceStep_data();
    void niceStep();
    void tickTimes();
    void formatTime_data();
    void formatTime();
};

namespace {

// 1000 px wide with 200 px of names: 800 px of plot for 0..8 s, so 100 px per second.
TimelineGeometry standard()
{
    TimelineGeometry g;
    g.width = 1000;
    g.height = 300;
    g.labelWidth = 200;
    g.axisHeight = 30;
    g.legendHeight = 20;
    g.laneHeight = 25;
    g.viewStart = 0;
    g.viewEnd = 8;
    g.laneCount = 4;
    return g;
}

} // namespace

void TestTimelineGeometry::timeToX_data()
{
    QTest::addColumn<double>("viewStart");
    QTest::addColumn<double>("viewEnd");
    QTest::addColumn<double>("time");
    QTest::addColumn<double>("x");
    QTest::newRow("start of view is the plot's left edge") << 0.0 << 8.0 << 0.0 << 200.0;
    QTest::newRow("end of view is the right edge") << 0.0 << 8.0 << 8.0 << 1000.0;
    QTest::newRow("one second is 100 px") << 0.0 << 8.0 << 1.0 << 300.0;
    QTest::newRow("shifted view") << 2.0 << 10.0 << 3.0 << 300.0;
    QTest::newRow("before the view is left of the plot") << 2.0 << 10.0 << 0.0 << 0.0;
    QTest::newRow("milliseconds") << 0.0 << 0.008 << 0.001 << 300.0;
}

void TestTimelineGeometry::timeToX()
{
    QFETCH(double, viewStart);
    QFETCH(double, viewEnd);
    QFETCH(double, time);
    QFETCH(double, x);
    TimelineGeometry g = standard();
    g.viewStart = viewStart;
    g.viewEnd = viewEnd;
    QVERIFY(qAbs(g.timeToX(time) - x) < 1e-6);
    QVERIFY(qAbs(g.xToTime(x) - time) < 1e-9);
}

void TestTimelineGeometry::zoomKeepsTimeUnderCursor_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("factor");
    QTest::addColumn<double>("expectedSpan");
    QTest::newRow("zoom in 2x at the middle") << 600.0 << 2.0 << 4.0;
    QTest::newRow("zoom in 4x at the left edge") << 200.0 << 4.0 << 2.0;
    QTest::newRow("zoom out 2x near the right") << 900.0 << 0.5 << 16.0;
}

void TestTimelineGeometry::zoomKeepsTimeUnderCursor()
{
    QFETCH(double, x);
    QFETCH(double, factor);
    QFETCH(double, expectedSpan);
    TimelineGeometry g = standard();
    g.setDataRange(-20, 40); // room on both sides: the bounds play no part here
    const double before = g.xToTime(x);
    g.zoomAround(x, factor);
    QVERIFY(qAbs(g.xToTime(x) - before) < 1e-9);
    QVERIFY(qAbs((g.viewEnd - g.viewStart) - expectedSpan) < 1e-9);
}

void TestTimelineGeometry::zoomIsClamped()
{
    TimelineGeometry g = standard();
    g.setDataRange(0, 8);
    for (int i = 0; i < 100; ++i)
        g.zoomAround(500, 10.0);
    QVERIFY(qAbs((g.viewEnd - g.viewStart) - TimelineGeometry::MinSpan) < 1e-12);
    for (int i = 0; i < 100; ++i)
        g.zoomAround(500, 0.1);
    // Zooming out stops at the fitted view: 8 s plus 2% before and 5% after.
    QVERIFY(qAbs((g.viewEnd - g.viewStart) - 8.56) < 1e-9);
    QVERIFY(g.isFitted());
    const double span = g.viewEnd - g.viewStart;
    g.zoomAround(500, 0.0); // nonsense factors change nothing
    g.zoomAround(500, -2.0);
    QCOMPARE(g.viewEnd - g.viewStart, span);
}

void TestTimelineGeometry::panMovesByPixels()
{
    TimelineGeometry g = standard();
    g.setDataRange(-5, 20);
    g.panByPixels(100); // drag right by one second's worth
    QVERIFY(qAbs(g.viewStart - (-1.0)) < 1e-9);
    QVERIFY(qAbs(g.viewEnd - 7.0) < 1e-9);
    g.panByPixels(-250);
    QVERIFY(qAbs(g.viewStart - 1.5) < 1e-9);
}

void TestTimelineGeometry::panAndZoomStayWithinTheRun_data()
{
    QTest::addColumn<double>("dataStart");
    QTest::addColumn<double>("dataEnd");
    QTest::newRow("three seconds") << 0.0 << 3.0;
    QTest::newRow("offset real clock") << 1000.0 << 1000.25;
    QTest::newRow("everything at one instant") << 2.0 << 2.0;
    QTest::newRow("a day") << 0.0 << 86400.0;
}

void TestTimelineGeometry::panAndZoomStayWithinTheRun()
{
    QFETCH(double, dataStart);
    QFETCH(double, dataEnd);
    TimelineGeometry g = standard();
    g.setDataRange(dataStart, dataEnd);
    g.fitAll();
    // Drags and wheel turns far beyond either end, in every order: some of the run stays in view, and the
    // window never leaves the fitted one.
    const double moves[] = {1e6, -1e6, 3e4, 50, -7, -1e9, 1e9};
    const double zooms[] = {4.0, 0.01, 1e6, 1e-6, 1.25};
    for (double dx : moves) {
        for (double factor : zooms) {
            g.zoomAround(g.plotLeft() + 10, factor);
            g.panByPixels(dx);
            QVERIFY2(g.viewStart >= g.fitStart() - 1e-9 && g.viewEnd <= g.fitEnd() + 1e-9,
                     qPrintable(QStringLiteral("%1..%2").arg(g.viewStart).arg(g.viewEnd)));
            QVERIFY(g.viewEnd - g.viewStart >= TimelineGeometry::MinSpan * 0.999); // to rounding at 86400 s
            QVERIFY(g.viewEnd >= dataStart && g.viewStart <= dataEnd);
        }
    }
    // A drag to the far right stops at the run's start with its margin (or with the run's one instant at the
    // right edge), not in empty time before it; to the far left, at the end and its margin.
    g.fitAll();
    g.zoomAround(g.plotLeft(), 3.0);
    const double span = g.viewEnd - g.viewStart;
    g.panByPixels(1e9);
    QVERIFY(qAbs(g.viewStart - std::max(g.fitStart(), dataStart - span)) <= span * 1e-9);
    g.panByPixels(-1e9);
    QVERIFY(qAbs(g.viewEnd - std::min(g.fitEnd(), dataEnd + span)) <= span * 1e-9);
    // Data that shrinks under a wide window: clampView brings the window back onto the run.
    g.fitAll();
    g.setDataRange(dataStart, dataStart + (dataEnd - dataStart) / 10);
    g.clampView();
    QVERIFY(g.viewStart >= g.fitStart() && g.viewEnd <= g.fitEnd() + 1e-9);
}

void TestTimelineGeometry::fitAllShowsEverything_data()
{
    QTest::addColumn<double>("dataStart");
    QTest::addColumn<double>("dataEnd");
    QTest::addColumn<double>("expectedStart");
    QTest::addColumn<double>("expectedEnd");
    // 2% before the first event, 5% after the last: the end is never glued to the right edge.
    QTest::newRow("three seconds") << 0.0 << 3.0 << -0.06 << 3.15;
    QTest::newRow("offset real clock") << 100.0 << 101.0 << 99.98 << 101.05;
    QTest::newRow("everything at one instant") << 0.0 << 0.0 << -0.02 << 1.05;
}

void TestTimelineGeometry::fitAllShowsEverything()
{
    QFETCH(double, dataStart);
    QFETCH(double, dataEnd);
    QFETCH(double, expectedStart);
    QFETCH(double, expectedEnd);
    TimelineGeometry g = standard();
    g.viewStart = 42;
    g.viewEnd = 43;
    g.setDataRange(dataStart, dataEnd);
    g.fitAll();
    QVERIFY2(qAbs(g.viewStart - expectedStart) < 1e-9, qPrintable(QString::number(g.viewStart)));
    QVERIFY2(qAbs(g.viewEnd - expectedEnd) < 1e-9, qPrintable(QString::number(g.viewEnd)));
    QVERIFY(g.timeToX(dataStart) >= g.plotLeft());
    QVERIFY(g.timeToX(dataEnd) <= g.width);
    if (dataEnd > dataStart) // the end sits inside the plot, 5% of it from the right edge
        QVERIFY(g.width - g.timeToX(dataEnd) >= g.plotWidth() * 0.04);
}

void TestTimelineGeometry::laneAt_data()
{
    QTest::addColumn<double>("scrollY");
    QTest::addColumn<double>("y");
    QTest::addColumn<int>("lane");
    QTest::newRow("in the axis") << 0.0 << 10.0 << -1;
    QTest::newRow("first lane top") << 0.0 << 30.0 << 0;
    QTest::newRow("first lane bottom") << 0.0 << 54.9 << 0;
    QTest::newRow("second lane") << 0.0 << 55.0 << 1;
    QTest::newRow("last lane") << 0.0 << 129.0 << 3;
    QTest::newRow("below the last lane") << 0.0 << 131.0 << -1;
    QTest::newRow("in the legend") << 0.0 << 290.0 << -1;
    QTest::newRow("scrolled by one lane") << 25.0 << 30.0 << 1;
}

void TestTimelineGeometry::laneAt()
{
    QFETCH(double, scrollY);
    QFETCH(double, y);
    QFETCH(int, lane);
    TimelineGeometry g = standard();
    g.scrollY = scrollY;
    QCOMPARE(g.laneAt(y), lane);
    if (lane >= 0) {
        QVERIFY(g.laneRect(lane).contains(QPointF(500, y)));
        QVERIFY(qAbs(g.laneCenter(lane) - (g.laneTop(lane) + 12.5)) < 1e-9);
    }
}

void TestTimelineGeometry::visibleLanes()
{
    TimelineGeometry g = standard(); // lanes area: 30..280 = 250 px = 10 lanes
    g.laneCount = 100;
    QCOMPARE(g.firstVisibleLane(), 0);
    QCOMPARE(g.lastVisibleLane(), 9);
    g.scrollLanesBy(30); // 1.2 lanes
    QCOMPARE(g.firstVisibleLane(), 1);
    QCOMPARE(g.lastVisibleLane(), 11);
    g.scrollLanesBy(1e9);
    QCOMPARE(g.scrollY, 100 * 25.0 - 250.0);
    QCOMPARE(g.lastVisibleLane(), 99);
    g.scrollLanesBy(-1e9);
    QCOMPARE(g.scrollY, 0.0);
    g.laneCount = 0;
    QCOMPARE(g.lastVisibleLane(), -1);
}

void TestTimelineGeometry::hitTest_data()
{
    // The gather fixture: lanes main, fetch_a, fetch_b, fetch_c; fetch_a sleeps 0..1 s, fetch_c fails at 2 s.
    QTest::addColumn<QPointF>("point");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("lane");
    QTest::addColumn<int>("state"); // TaskStatus of the span or -1
    QTest::newRow("axis") << QPointF(500, 10) << int(TimelineHit::Kind::Axis) << -1 << -1;
    QTest::newRow("lane name") << QPointF(50, 60) << int(TimelineHit::Kind::LaneLabel) << 1 << -1;
    QTest::newRow("fetch_a asleep at 0.5 s")
        << QPointF(250, 60) << int(TimelineHit::Kind::Span) << 1 << int(TaskStatus::Suspended);
    QTest::newRow("fetch_a done at 2 s")
        << QPointF(400, 60) << int(TimelineHit::Kind::Span) << 1 << int(TaskStatus::Done);
    QTest::newRow("fetch_c failed at 2.5 s")
        << QPointF(450, 110) << int(TimelineHit::Kind::Span) << 3 << int(TaskStatus::Failed);
    QTest::newRow("creation marker of fetch_b")
        << QPointF(201, 85) << int(TimelineHit::Kind::Marker) << 2 << -1;
    QTest::newRow("below the lanes") << QPointF(500, 200) << int(TimelineHit::Kind::Nothing) << -1 << -1;
    QTest::newRow("outside the widget") << QPointF(-5, 60) << int(TimelineHit::Kind::Nothing) << -1 << -1;
}

void TestTimelineGeometry::hitTest()
{
    QFETCH(QPointF, point);
    QFETCH(int, kind);
    QFETCH(int, lane);
    QFETCH(int, state);
    RunModel model;
    model.setTrace(fixtures::gatherTrace());
    TimelineGeometry g = standard(); // 100 px per second from 0 s
    g.laneCount = model.laneCount();
    const TimelineHit hit = g.hitTest(point, model, TimelineRows(model, {}));
    QCOMPARE(int(hit.kind), kind);
    QCOMPARE(hit.lane, lane);
    if (state >= 0) {
        QVERIFY(hit.span >= 0);
        QCOMPARE(int(model.lane(hit.lane).spans[size_t(hit.span)].state), state);
    }
    if (hit.kind == TimelineHit::Kind::Marker)
        QCOMPARE(int(model.markers()[size_t(hit.marker)].kind), int(RunMarker::Kind::Created));
}

void TestTimelineGeometry::niceStep_data()
{
    QTest::addColumn<double>("raw");
    QTest::addColumn<double>("nice");
    QTest::newRow("1") << 1.0 << 1.0;
    QTest::newRow("1.3 -> 2") << 1.3 << 2.0;
    QTest::newRow("2.0 -> 2") << 2.0 << 2.0;
    QTest::newRow("3 -> 5") << 3.0 << 5.0;
    QTest::newRow("7 -> 10") << 7.0 << 10.0;
    QTest::newRow("0.037 -> 0.05") << 0.037 << 0.05;
    QTest::newRow("0.00011 -> 0.0002") << 0.00011 << 0.0002;
    QTest::newRow("130 -> 200") << 130.0 << 200.0;
}

void TestTimelineGeometry::niceStep()
{
    QFETCH(double, raw);
    QFETCH(double, nice);
    QVERIFY2(qAbs(TimelineGeometry::niceStep(raw) - nice) < nice * 1e-9,
             qPrintable(QString::number(TimelineGeometry::niceStep(raw))));
}

void TestTimelineGeometry::tickTimes()
{
    TimelineGeometry g = standard();    // 0..8 s over 800 px
    const double step = g.tickStep(80); // at least 80 px apart: 0.8 s -> 1 s
    QCOMPARE(step, 1.0);
    const std::vector<double> ticks = g.tickTimes(step);
    QCOMPARE(ticks.size(), size_t(9));
    QCOMPARE(ticks.front(), 0.0);
    QCOMPARE(ticks.back(), 8.0);
    g.viewStart = 0.15;
    g.viewEnd = 0.95;
    const double fine = g.tickStep(80); // 0.08 s -> 0.1 s
    QVERIFY(qAbs(fine - 0.1) < 1e-12);
    const std::vector<double> few = g.tickTimes(fine);
    QCOMPARE(few.size(), size_t(8)); // 0.2 .. 0.9
    QVERIFY(qAbs(few.front() - 0.2) < 1e-12);
}

void TestTimelineGeometry::formatTime_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<double>("step");
    QTest::addColumn<QString>("text");
    QTest::newRow("whole seconds") << 3.0 << 1.0 << QStringLiteral("3 s");
    QTest::newRow("half seconds") << 1.5 << 0.5 << QStringLiteral("1.5 s");
    QTest::newRow("tenths") << 0.2 << 0.1 << QStringLiteral("0.2 s");
    QTest::newRow("milliseconds") << 0.25 << 0.05 << QStringLiteral("250 ms");
    QTest::newRow("fractional milliseconds") << 0.0015 << 0.0005 << QStringLiteral("1.5 ms");
    QTest::newRow("microseconds") << 0.00002 << 0.00001 << QStringLiteral("20 µs");
    QTest::newRow("tens of seconds") << 120.0 << 20.0 << QStringLiteral("120 s");
}

void TestTimelineGeometry::formatTime()
{
    QFETCH(double, seconds);
    QFETCH(double, step);
    QFETCH(QString, text);
    QCOMPARE(TimelineGeometry::formatTime(seconds, step), text);
}

QTEST_GUILESS_MAIN(TestTimelineGeometry)
#include "tst_timelinegeometry.moc"
