#include "player/playbackstate.h"
#include "player/playerwidget.h"
#include "timeline/timelinepainter.h"
#include "timeline/timelineview.h"
#include "timeline/timelineviewstate.h"

#include "runhelper.h"
#include "svgtext.h"
#include "textrecorder.h"
#include "tracefixtures.h"

#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSvgGenerator>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

using namespace awaitscope;

class TestTimelineView : public QObject
{
    Q_OBJECT
private slots:
    void paintsLanesAndStates_data();
    void paintsLanesAndStates();
    void darkPaletteGivesDarkTimeline();
    void wheelZoomsAroundTheMouse();
    void dragPansAndClickMovesCursor();
    void dragInAxisScrubs();
    void doubleClickFitsAll();
    void tooltipsGiveExactTimes();
    void paintsAtAnySize_data();
    void paintsAtAnySize();
    void emptyAndHugeTraces();
    void httpWaterfall();
    void playingPagesAlongWithTheCursor();
    void panningIsBoundedAndEndBringsTheRunBack();
    void aNewExtentIsFittedUnlessTheLearnerZoomed();
    void resizeKeepsTheWindow();
    void manyTasksScrollWithAScrollBar();
    void outcomeAndTimeoutLabelsDoNotOverlap_data();
    void outcomeAndTimeoutLabelsDoNotOverlap();
    void axisLabelsAreNeverCut();
};

namespace {

struct Setup
{
    RunModel model;
    PlaybackState playback;
    TimelineView view;

    explicit Setup(const Trace &trace, QSize size = {900, 260})
    {
        model.setTrace(trace);
        playback.setEvents(model.eventTimes(), model.startTime(), model.endTime());
        view.setModel(&model);
        view.setPlayback(&playback);
        view.resize(size);
        view.setTheme(TimelineTheme::light());
        view.fitAll();
    }
};

int countColour(const QImage &image, const QColor &colour, const QRect &area)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (image.pixelColor(x, y) == colour)
                ++n;
    return n;
}

} // namespace

void TestTimelineView::paintsLanesAndStates_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("lanes");
    QTest::addColumn<QList<int>>("states"); // TaskStatus values whose colour must appear
    QTest::newRow("gather") << QStringLiteral("gather") << 4
                            << QList<int>{int(TaskStatus::Suspended), int(TaskStatus::Done),
                                          int(TaskStatus::Failed), int(TaskStatus::Running)};
    QTest::newRow("wait") << QStringLiteral("wait") << 4
                          << QList<int>{int(TaskStatus::Suspended), int(TaskStatus::Done),
                                        int(TaskStatus::Cancelled)};
    QTest::newRow("as_completed") << QStringLiteral("as_completed") << 4
                                  << QList<int>{int(TaskStatus::Suspended), int(TaskStatus::Done)};
}

void TestTimelineView::paintsLanesAndStates()
{
    QFETCH(QString, fixture);
    QFETCH(int, lanes);
    QFETCH(QList<int>, states);
    const Trace trace = fixture == QLatin1String("gather") ? fixtures::gatherTrace()
                        : fixture == QLatin1String("wait") ? fixtures::waitTrace()
                                                           : fixtures::asCompletedTrace();
    Setup s(trace);
    s.playback.scrubTo(1.5);
    s.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&s.view));
    QCOMPARE(s.view.geometry().laneCount, lanes);
    const QImage image = s.view.grab().toImage();
    QCOMPARE(image.size(), QSize(900, 260));
    fixtures::saveGrab(image, QStringLiteral("timeline-%1").arg(fixture));
    const TimelineTheme theme = TimelineTheme::light();
    const QRect plot = s.view.geometry().plotRect().toRect();
    for (int state : states)
        QVERIFY2(countColour(image, theme.stateColor(TaskStatus(state)), plot) > 10,
                 qPrintable(taskStatusName(TaskStatus(state))));
    // The cursor is drawn where the playback says.
    const int cursorX = int(s.view.geometry().timeToX(1.5));
    QVERIFY(countColour(image, theme.cursor, QRect(cursorX - 2, plot.top(), 5, plot.height())) >
            plot.height());
}

void TestTimelineView::darkPaletteGivesDarkTimeline()
{
    TimelineView view;
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(30, 30, 30));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    view.setPalette(dark);
    QVERIFY(view.theme().isDark());
    QPalette light;
    light.setColor(QPalette::Window, QColor(240, 240, 240));
    view.setPalette(light);
    QVERIFY(!view.theme().isDark());
}

void TestTimelineView::wheelZoomsAroundTheMouse()
{
    Setup s(fixtures::gatherTrace());
    s.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&s.view));
    const QPointF at(500, 100);
    const double before = s.view.geometry().xToTime(at.x());
    const double span = s.view.geometry().viewEnd - s.view.geometry().viewStart;
    QWheelEvent wheel(at, s.view.mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(&s.view, &wheel);
    QVERIFY(qAbs(s.view.geometry().xToTime(at.x()) - before) < 1e-9);
    QVERIFY(qAbs((s.view.geometry().viewEnd - s.view.geometry().viewStart) - span / 1.25) < 1e-9);
}

void TestTimelineView::dragPansAndClickMovesCursor()
{
    Setup s(fixtures::gatherTrace());
    s.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&s.view));
    s.view.setTimeWindow(1.0, 2.0); // zoomed in: room to pan both ways
    const double start = s.view.geometry().viewStart;
    const double spp = s.view.geometry().secondsPerPixel();
    const int y = int(s.view.geometry().laneCenter(1));
    QTest::mousePress(&s.view, Qt::LeftButton, {}, QPoint(500, y));
    QTest::mouseMove(&s.view, QPoint(550, y));
    QTest::mouseMove(&s.view, QPoint(600, y));
    QTest::mouseRelease(&s.view, Qt::LeftButton, {}, QPoint(600, y));
    QVERIFY(qAbs(s.view.geometry().viewStart - (start - 100 * spp)) < 1e-9);
    QCOMPARE(s.playback.time(), 0.0); // a drag does not move the cursor

    QSignalSpy activated(&s.view, &TimelineView::taskActivated);
    const int x = int(s.view.geometry().timeToX(1.5));
    QTest::mouseClick(&s.view, Qt::LeftButton, {}, QPoint(x, y));
    QVERIFY(qAbs(s.playback.time() - 1.5) < 2 * spp);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toInt(), 2); // fetch_a
}

void TestTimelineView::dragInAxisScrubs()
{
    Setup s(fixtures::gatherTrace());
    s.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&s.view));
    const int x1 = int(s.view.geometry().timeToX(1.0));
    const int x2 = int(s.view.geometry().timeToX(2.0));
    QTest::mousePress(&s.view, Qt::LeftButton, {}, QPoint(x1, 5));
    QVERIFY(qAbs(s.playback.time() - 1.0) < 0.02);
    QTest::mouseMove(&s.view, QPoint(x2, 5));
    QVERIFY(qAbs(s.playback.time() - 2.0) < 0.02);
    QTest::mouseRelease(&s.view, Qt::LeftButton, {}, QPoint(x2, 5));
}

void TestTimelineView::doubleClickFitsAll()
{
    Setup s(fixtures::gatherTrace());
    s.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&s.view));
    const TimelineGeometry fitted = s.view.geometry();
    s.view.zoomIn();
    s.view.zoomIn();
    QVERIFY(s.view.geometry().viewEnd - s.view.geometry().viewStart < fitted.viewEnd - fitted.viewStart);
    QTest::mouseDClick(&s.view, Qt::LeftButton, {}, QPoint(400, 100));
    QCOMPARE(s.view.geometry().viewStart, fitted.viewStart);
    QCOMPARE(s.view.geometry().viewEnd, fitted.viewEnd);
}

void TestTimelineView::tooltipsGiveExactTimes()
{
    Setup s(fixtures::waitTrace());
    s.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&s.view));
    const TimelineGeometry &g = s.view.geometry();
    // slow sleeps from 0 to 2.5 s (then it is cancelled): its tooltip says so, exactly.
    const QPoint onSlow(int(g.timeToX(1.2)), int(g.laneCenter(1)));
    QHelpEvent help(QEvent::ToolTip, onSlow, s.view.mapToGlobal(onSlow));
    QApplication::sendEvent(&s.view, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QStringLiteral("from 0.000000 s to 2.500000 s")),
             qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(QStringLiteral("slow")));
    const QPoint onName(20, int(g.laneCenter(2)));
    QHelpEvent help2(QEvent::ToolTip, onName, s.view.mapToGlobal(onName));
    QApplication::sendEvent(&s.view, &help2);
    QTRY_VERIFY(QToolTip::text().contains(QStringLiteral("created by main")));
}

void TestTimelineView::paintsAtAnySize_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("slide") << QSize(1920, 1080);
    QTest::newRow("small") << QSize(400, 150);
    QTest::newRow("tiny") << QSize(60, 30);
}

void TestTimelineView::paintsAtAnySize()
{
    QFETCH(QSize, size);
    Setup s(fixtures::gatherTrace());
    const QImage image = s.view.renderImage(size);
    QCOMPARE(image.size(), size);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 3);
    // The painter draws into any device at any offset: the target rect's outside stays untouched.
    QImage framed(size + QSize(40, 40), QImage::Format_ARGB32);
    framed.fill(Qt::magenta);
    {
        QPainter p(&framed);
        TimelinePainter::paint(p, QRectF(QPointF(20, 20), QSizeF(size)), s.model, s.view.rows(),
                               s.view.geometry(), 1.0, TimelineTheme::dark());
    }
    QCOMPARE(framed.pixelColor(5, 5), QColor(Qt::magenta));
    QCOMPARE(framed.pixelColor(framed.width() - 5, framed.height() - 5), QColor(Qt::magenta));
    QVERIFY(framed.pixelColor(25, 25) != QColor(Qt::magenta));
}

void TestTimelineView::emptyAndHugeTraces()
{
    Setup empty(Trace{});
    QVERIFY(!empty.view.renderImage(QSize(300, 100)).isNull());
    // A task named with a thousand characters and a run of ten minutes still paint.
    fixtures::TraceBuilder b;
    b.create(1, QString(1000, QLatin1Char('x')), -1, 1);
    b.event(TraceEvent::Kind::StepStarted, 1);
    b.event(TraceEvent::Kind::Suspended, 1, 5, 1, {}, {}, TraceEvent::WaitKind::Timer);
    b.at(600).event(TraceEvent::Kind::Woken, 1, 5);
    b.event(TraceEvent::Kind::TaskFinished, 1);
    Setup huge(b.trace);
    QVERIFY(!huge.view.renderImage(QSize(800, 200)).isNull());
}

void TestTimelineView::httpWaterfall()
{
    Setup s(fixtures::httpTrace());
    s.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&s.view));
    const QImage image = s.view.grab().toImage();
    fixtures::saveGrab(image, QStringLiteral("timeline-http"));
    const TimelineTheme theme = TimelineTheme::light();
    const TimelineGeometry &g = s.view.geometry();
    const QRect plot = g.plotRect().toRect();
    using Phase = HttpRequestRecord::Phase;
    for (Phase ph : {Phase::Queued, Phase::Connecting, Phase::Waiting, Phase::Receiving})
        QVERIFY2(countColour(image, theme.httpColor(ph), plot) > 20, qPrintable(httpPhaseName(ph)));
    // The tooltip over get_one's waiting phase names the request and its phases.
    const QRectF band = g.httpBand(1, g.timeToX(0.1), g.timeToX(0.2));
    const QPoint at = band.center().toPoint();
    QHelpEvent help(QEvent::ToolTip, at, s.view.mapToGlobal(at));
    QApplication::sendEvent(&s.view, &help);
    QTRY_VERIFY(QToolTip::text().contains(QStringLiteral("GET http://demo/item/1")));
    QVERIFY(QToolTip::text().contains(QStringLiteral("waiting: 0.050 s – 0.250 s")));
    const TimelineHit hit = g.hitTest(at, s.model, s.view.rows());
    QCOMPARE(int(hit.kind), int(TimelineHit::Kind::HttpRequest));
    QCOMPARE(hit.request, 0);
}

void TestTimelineView::playingPagesAlongWithTheCursor()
{
    Setup s(fixtures::gatherTrace());
    s.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&s.view));
    s.view.setTimeWindow(0.0, 1.0); // zoomed in on the first second
    s.playback.play();
    s.playback.advance(1.5); // the cursor leaves the window on the right
    const TimelineGeometry &g = s.view.geometry();
    QVERIFY(g.viewStart <= 1.5 && 1.5 <= g.viewEnd);
    QVERIFY(qAbs((g.viewEnd - g.viewStart) - 1.0) < 1e-9); // same zoom, new page
    // Paused, a jump out of the window (Home, a step, the slider) pages back to the cursor, same zoom.
    s.playback.pause();
    s.playback.scrubTo(0.1);
    QVERIFY(g.viewStart <= 0.1 && 0.1 <= g.viewEnd);
    QVERIFY(qAbs((g.viewEnd - g.viewStart) - 1.0) < 1e-9);
    // With following off, playing past the window does not move it.
    s.view.setFollowCursor(false);
    const double start = g.viewStart;
    s.playback.scrubTo(2.9);
    s.playback.play();
    s.playback.advance(0.05);
    QVERIFY(g.viewEnd < 2.9);
    QCOMPARE(g.viewStart, start);
}

namespace {

// Drags the lanes by `dx` pixels in steps, as a hand would.
void drag(TimelineView &view, int dx)
{
    const int y = int(view.geometry().laneCenter(1));
    QPoint at(view.width() / 2, y);
    QTest::mousePress(&view, Qt::LeftButton, {}, at);
    for (int i = 0; i < 40; ++i) {
        at.rx() += dx / 40;
        QTest::mouseMove(&view, at);
    }
    QTest::mouseRelease(&view, Qt::LeftButton, {}, at);
}

} // namespace

void TestTimelineView::panningIsBoundedAndEndBringsTheRunBack()
{
    Setup s(fixtures::gatherTrace()); // 0..3 s
    s.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&s.view));
    const TimelineGeometry &g = s.view.geometry();
    // The end is not glued to the right edge: a failure at the last instant gets room.
    QVERIFY(s.view.width() - g.timeToX(3.0) >= g.plotWidth() * 0.04);
    for (int i = 0; i < 4; ++i)
        s.view.zoomIn();
    const double span = g.viewEnd - g.viewStart;
    // Dragging far to the right (towards earlier times) stops at the start and its margin: the run stays.
    for (int i = 0; i < 5; ++i)
        drag(s.view, 800);
    QCOMPARE(g.viewStart, g.fitStart());
    QVERIFY(qAbs((g.viewEnd - g.viewStart) - span) < 1e-9); // the zoom is kept
    QVERIFY(g.viewEnd > 0.0);
    // And far to the left stops at the end and its margin.
    for (int i = 0; i < 5; ++i)
        drag(s.view, -800);
    QVERIFY(qAbs(g.viewEnd - g.fitEnd()) < 1e-9);
    QVERIFY(g.viewStart < 3.0);
    // Zooming out stops at the whole run.
    for (int i = 0; i < 30; ++i)
        s.view.zoomOut();
    QVERIFY(g.isFitted());

    // Zoomed in on the start, End brings the end into view; Home brings the start back; Play from the end
    // starts over and the view follows.
    s.view.setTimeWindow(0.0, 0.5);
    s.playback.jumpToEnd();
    QVERIFY(g.viewStart <= 3.0 && 3.0 <= g.viewEnd);
    QVERIFY(qAbs((g.viewEnd - g.viewStart) - 0.5) < 1e-9);
    s.playback.jumpToStart();
    QVERIFY(g.viewStart <= 0.0 && 0.0 <= g.viewEnd);
    s.view.setTimeWindow(2.0, 2.5);
    s.playback.play();
    s.playback.advance(0.01);
    QVERIFY(g.viewStart <= s.playback.time() && s.playback.time() <= g.viewEnd);
    s.playback.pause();
}

void TestTimelineView::aNewExtentIsFittedUnlessTheLearnerZoomed()
{
    // Lesson 3 with a larger delay: the same program runs 9 s instead of 3 s, then 1 s.
    auto stretched = [](double factor) {
        Trace t = fixtures::gatherTrace();
        Trace out;
        out.program = t.program;
        for (const TraceTask &task : t.tasks())
            out.addTask(task);
        for (TraceEvent e : t.events()) {
            e.time *= factor;
            out.append(e);
        }
        out.endTime = t.endTime * factor;
        return out;
    };
    // Through the player, as the window does it: beginRun() when a run starts, setTrace(.., true) as it
    // comes in and when it ends.
    PlayerWidget player;
    player.resize(1000, 600);
    TimelineViewState &state = *player.timelineViewState();
    TimelineView &view = *player.timelineView();
    auto show = [&](const Trace &t) { player.setTrace(t, true); };
    player.setTrace(stretched(1.0));
    QVERIFY(view.geometry().isFitted());
    QCOMPARE(view.geometry().dataEnd, 3.0);

    state.beginRun();
    show(stretched(3.0)); // longer
    QVERIFY(view.geometry().isFitted());
    QVERIFY(view.geometry().viewEnd > 9.0);
    state.beginRun();
    show(stretched(1.0 / 3)); // shorter: no axis running on to 9 s
    QVERIFY(view.geometry().isFitted());
    QVERIFY(view.geometry().viewEnd < 1.1);

    // Zoomed while a run comes in: the zoom stays as the run grows, within the run...
    state.beginRun();
    show(stretched(1.0));
    player.playback()->scrubTo(1.2);
    view.setTimeWindow(1.0, 1.5);
    show(stretched(2.0));
    QCOMPARE(view.geometry().viewStart, 1.0);
    QCOMPARE(view.geometry().viewEnd, 1.5);
    QCOMPARE(player.playback()->time(), 1.2); // the cursor stayed, in view: nothing had to move
    // ...and a run that shrank under the window pulls it back onto the run.
    show(stretched(0.1));
    QVERIFY(view.geometry().viewStart <= 0.3 && view.geometry().viewEnd >= 0.0);
    QVERIFY(view.geometry().viewEnd <= view.geometry().fitEnd() + 1e-12);
    // The next run fits again; so does asking for it.
    state.beginRun();
    show(stretched(2.0));
    QVERIFY(view.geometry().isFitted());
    view.setTimeWindow(1.0, 1.5);
    view.fitAll();
    QVERIFY(view.geometry().isFitted());
    QVERIFY(!state.userAdjusted());
}

void TestTimelineView::resizeKeepsTheWindow()
{
    Setup s(fixtures::gatherTrace());
    s.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&s.view));
    // Fitted stays fitted at any size...
    s.view.resize(400, 200);
    QVERIFY(s.view.geometry().isFitted());
    s.view.resize(1600, 500);
    QVERIFY(s.view.geometry().isFitted());
    QCOMPARE(s.view.geometry().timeToX(s.view.geometry().viewEnd), 1600.0);
    // ...and a chosen window shows the same seconds across the width, not the same pixels.
    s.view.setTimeWindow(1.0, 2.0);
    s.view.resize(700, 300);
    QCOMPARE(s.view.geometry().viewStart, 1.0);
    QCOMPARE(s.view.geometry().viewEnd, 2.0);
    QCOMPARE(s.view.geometry().timeToX(2.0), 700.0);
}

void TestTimelineView::manyTasksScrollWithAScrollBar()
{
    QString source =
        QStringLiteral("import asyncio\n\n"
                       "async def job(i):\n"
                       "    await asyncio.sleep(i / 100)\n"
                       "    return i\n\n"
                       "async def main():\n"
                       "    tasks = [asyncio.create_task(job(i), name=f'job_{i}') for i in range(200)]\n"
                       "    await asyncio.gather(*tasks)\n\n"
                       "asyncio.run(main())\n");
    const RunResult run = testing::runSource(source);
    QVERIFY2(!run.error.isError(), qPrintable(run.error.summary()));
    Setup s(run.trace);
    s.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&s.view));
    const TimelineGeometry &g = s.view.geometry();
    // Two hundred tasks of one kind share a row under a row that counts the tasks alive and ready; main
    // keeps its own.
    const TimelineRows &rows = s.view.rows();
    QCOMPARE(g.laneCount, 3);
    QCOMPARE(rows.row(0).kind, TimelineRows::Kind::Density);
    QCOMPARE(rows.row(1).kind, TimelineRows::Kind::Lane);
    QCOMPARE(s.model.lane(rows.row(1).lane).name, QStringLiteral("Task-1"));
    QCOMPARE(rows.row(2).kind, TimelineRows::Kind::Group);
    QCOMPARE(rows.group(0).pattern, QStringLiteral("job_*"));
    QCOMPARE(int(rows.group(0).lanes.size()), 200);
    QVERIFY(!s.view.laneScrollBar()->isVisible());
    // What the rows count agrees with the tasks' own states: all 201 are alive at 0, and the 200 jobs main
    // created are ready at once while main runs; job_i sleeps i/100 s, so at 1.005 s the jobs 0 to 100 are
    // done and 99 still sleep.
    QCOMPARE(rows.allStates().peakAlive(), 201);
    QCOMPARE(rows.allStates().peakIn(0.0, 1e-9)[TaskStatus::Ready], 200);
    const StateCounts mid = rows.group(0).states->at(1.005);
    int done = 0, waiting = 0;
    for (int lane : rows.group(0).lanes) {
        const TaskStatus st = s.model.stateAt(lane, s.model.lastEventAtOrBefore(1.005));
        done += st == TaskStatus::Done;
        waiting += st == TaskStatus::Suspended;
    }
    QCOMPARE(mid[TaskStatus::Done], done);
    QCOMPARE(mid[TaskStatus::Suspended], waiting);
    QCOMPARE(done, 101);
    QCOMPARE(rows.group(0).states->at(s.model.endTime())[TaskStatus::Done], 200);
    // A click on the group's name opens it: each task gets its row below the group's.
    QTest::mouseClick(&s.view, Qt::LeftButton, {}, QPoint(20, int(g.laneCenter(2))));
    QCOMPARE(g.laneCount, 203);
    QVERIFY(s.view.rows().group(0).expanded);
    QCOMPARE(s.model.lane(s.view.rows().row(3).lane).name, QStringLiteral("job_0"));
    // A new run of the same program keeps the group open.
    RunModel again;
    again.setTrace(run.trace);
    s.view.setModel(&again);
    QCOMPARE(g.laneCount, 203);
    // Rows keep a readable height; a scroll bar takes what does not fit, beside the lanes.
    QVERIFY(g.laneHeight >= QFontMetricsF(s.view.theme().font).height());
    QScrollBar *bar = s.view.laneScrollBar();
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->maximum(), int(std::ceil(g.maxScrollY())));
    QVERIFY(bar->geometry().left() >= int(g.width));
    QCOMPARE(bar->geometry().right(), s.view.width() - 1);
    // Dragging it scrolls the lanes; the wheel over the names and the Down key move it.
    bar->setValue(bar->maximum());
    QCOMPARE(g.lastVisibleLane(), 202);
    bar->setValue(0);
    QCOMPARE(g.firstVisibleLane(), 0);
    const QPointF names(20, 100);
    QWheelEvent wheel(names, s.view.mapToGlobal(names), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    const double span = g.viewEnd - g.viewStart;
    QApplication::sendEvent(&s.view, &wheel);
    QVERIFY(g.scrollY > 0);
    QCOMPARE(bar->value(), int(std::round(g.scrollY)));
    QCOMPARE(g.viewEnd - g.viewStart, span); // over the names the wheel scrolls, it does not zoom
    const int before = bar->value();
    QTest::keyClick(&s.view, Qt::Key_Down);
    QVERIFY(bar->value() > before);
    // A few tasks: no scroll bar, and the lanes use the whole width.
    Setup few(fixtures::gatherTrace());
    few.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&few.view));
    QVERIFY(!few.view.laneScrollBar()->isVisible());
    QCOMPARE(few.view.geometry().width, double(few.view.width()));
    fixtures::saveGrab(s.view.grab().toImage(), QStringLiteral("timeline-200-tasks"));
    // Its name again closes it.
    bar->setValue(0);
    QTest::mouseClick(&s.view, Qt::LeftButton, {}, QPoint(20, int(g.laneCenter(2))));
    QCOMPARE(g.laneCount, 3);
    QVERIFY(!s.view.laneScrollBar()->isVisible());
    fixtures::saveGrab(s.view.grab().toImage(), QStringLiteral("timeline-200-tasks-grouped"));
}

// Lesson "wait" at its end on one-line lanes (as at 1280x800): wait returns when its timeout passes, so the
// "timeout 2.500 s" label and "wait returned: ..." are written at the same moment on the caller's lane.
// Both must be there in full, side by side, not one over the other.
void TestTimelineView::outcomeAndTimeoutLabelsDoNotOverlap_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("laneHeight");
    QTest::newRow("1280, one line") << 1280 << 24;
    QTest::newRow("1920, one line") << 1920 << 24;
    QTest::newRow("1280, two lines") << 1280 << 44;
}

void TestTimelineView::outcomeAndTimeoutLabelsDoNotOverlap()
{
    QFETCH(int, width);
    QFETCH(int, laneHeight);
    const RunResult run = testing::runFile(QStringLiteral(AWAITSCOPE_SOURCE_DIR "/lessons/wait/main.py"));
    QVERIFY2(!run.error.isError(), qPrintable(run.error.summary()));
    RunModel model;
    model.setTrace(run.trace);
    TimelineGeometry g;
    g.labelWidth = 150;
    g.axisHeight = 30;
    g.laneHeight = laneHeight;
    g.width = width;
    g.height = 30 + 4 * laneHeight + 40;
    g.setDataRange(model.startTime(), model.endTime());
    g.fitAll();
    testing::TextRecorder device(QSize(width, int(g.height)));
    {
        QPainter p(&device);
        TimelineTheme theme = TimelineTheme::light();
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(13);
        theme.font = font;
        TimelinePainter::paint(p, QRectF(0, 0, width, g.height), model, TimelineRows(model, {}), g,
                               model.endTime(), theme, EventIndex(model.eventCount() - 1));
    }
    const testing::DrawnText *timeout = nullptr;
    const testing::DrawnText *outcome = nullptr;
    for (const testing::DrawnText &t : device.texts()) {
        if (t.text == QStringLiteral("timeout 2.500 s"))
            timeout = &t;
        if (t.text == QStringLiteral("wait returned: done={api_b, api_c}, pending={api_a}"))
            outcome = &t;
    }
    QStringList all;
    for (const testing::DrawnText &t : device.texts())
        all << t.text;
    QVERIFY2(timeout, qPrintable(all.join(u'|')));
    QVERIFY2(outcome, qPrintable(all.join(u'|')));
    QVERIFY2(!timeout->box.intersects(outcome->box),
             qPrintable(QStringLiteral("timeout at %1,%2 %3x%4; outcome at %5,%6 %7x%8")
                            .arg(timeout->box.x())
                            .arg(timeout->box.y())
                            .arg(timeout->box.width())
                            .arg(timeout->box.height())
                            .arg(outcome->box.x())
                            .arg(outcome->box.y())
                            .arg(outcome->box.width())
                            .arg(outcome->box.height())));
    QVERIFY(outcome->box.right() <= width && outcome->box.left() >= g.labelWidth);
}

// A run that starts late (a real-clock recording begins after the imports): the time axis leaves out a tick
// label the plot's edge would cut rather than show it cut ("61.5 ms" cut on its left read "1.5 ms").
void TestTimelineView::axisLabelsAreNeverCut()
{
    Trace trace;
    QString why;
    QVERIFY2(trace.fromJson(R"({"format": "awaitscope-trace", "version": 1, "program": "late.py",
        "clock": "real", "source": "", "endTime": 0.0655, "exitStatus": 0,
        "tasks": [{"id": 1, "name": "Task-1", "parent": -1, "line": 1, "coroutine": "main",
                   "origin": "run"}],
        "events": [{"t": 0.0615, "kind": "task-created", "task": 1},
                   {"t": 0.0615, "kind": "step", "task": 1},
                   {"t": 0.0655, "kind": "task-finished", "task": 1, "text": "None"}]})",
                            &why),
             qPrintable(why));
    Setup s(trace);
    QBuffer svg;
    svg.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&svg);
    generator.setSize(s.view.size());
    QPainter painter(&generator);
    s.view.render(&painter);
    painter.end();
    QString error;
    static const QRegularExpression tick(QStringLiteral("^[0-9.]+ ms$"));
    const QStringList ticks = testing::svgTexts(svg.data(), &error).filter(tick);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(ticks.size() >= 4, qPrintable(ticks.join(u'|')));
    QVERIFY2(ticks.contains(QStringLiteral("62.0 ms")), qPrintable(ticks.join(u'|')));
    QVERIFY2(!ticks.contains(QStringLiteral("61.5 ms")), qPrintable(ticks.join(u'|'))); // at the edge
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
