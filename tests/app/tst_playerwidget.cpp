#include "lessonview/lessonrunner.h"
#include "player/combinatorpanel.h"
#include "player/consoleview.h"
#include "player/looppanel.h"
#include "player/playbackstate.h"
#include "player/playerwidget.h"
#include "player/transportbar.h"
#include "runhelper.h"
#include "runtime/api.h"
#include "timeline/timelineview.h"

#include "tracefixtures.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

#include <functional>

using namespace awaitscope;

class TestPlayerWidget : public QObject
{
    Q_OBJECT
private slots:
    void playsToTheEnd_data();
    void playsToTheEnd();
    void waitBoxesAtTime_data();
    void waitBoxesAtTime();
    void gatherSlotsAtTime_data();
    void gatherSlotsAtTime();
    void gatherSlotsFillInFromPython_data();
    void gatherSlotsFillInFromPython();
    void asCompletedOrderAtTime();
    void consoleFollowsTheCursor_data();
    void consoleFollowsTheCursor();
    void tracebackLinksOnlyThePrograms();
    void loopPanelShowsQueueAndTimers();
    void keyboardDrivesTheTransport();
    void controlsHaveAccessibleNames();
    void speedBoxFollowsPlayback();
    void linesAtCursor();
    void grabIsNotBlank_data();
    void grabIsNotBlank();
    void layoutRoundTrips();
    void newTraceResets();
    void runtimeTraceInThePlayer();
    void liveRunKeepsFollowingTheEnd();
    void aGrowingRunShowsWhatAWholeRunShows();
};

namespace {

Trace fixture(const QString &name)
{
    if (name == QLatin1String("gather"))
        return fixtures::gatherTrace();
    if (name == QLatin1String("wait"))
        return fixtures::waitTrace();
    return fixtures::asCompletedTrace();
}

void showPlayer(PlayerWidget &p, const QString &name)
{
    p.resize(1100, 700);
    p.setTrace(fixture(name));
    p.show();
    QVERIFY(QTest::qWaitForWindowExposed(&p));
}

// Joined without the box heading's first line ("done (2)").
QStringList namesIn(const QString &boxText)
{
    QStringList lines = boxText.split(QLatin1Char('\n'));
    lines.removeFirst();
    // An empty box reads "–".
    return lines == QStringList{QStringLiteral("–")} ? QStringList() : lines;
}

} // namespace

void TestPlayerWidget::playsToTheEnd_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("lanes");
    QTest::addColumn<QString>("lastOutput");
    QTest::newRow("gather") << QStringLiteral("gather")
                            << QStringList{QStringLiteral("main"), QStringLiteral("fetch_a"),
                                           QStringLiteral("fetch_b"), QStringLiteral("fetch_c")}
                            << QStringLiteral("['a', 'b', ValueError('boom')]");
    QTest::newRow("wait") << QStringLiteral("wait")
                          << QStringList{QStringLiteral("main"), QStringLiteral("slow"),
                                         QStringLiteral("fast"), QStringLiteral("medium")}
                          << QStringLiteral("slow cancelled");
    QTest::newRow("as_completed") << QStringLiteral("as_completed")
                                  << QStringList{QStringLiteral("main"), QStringLiteral("d3"),
                                                 QStringLiteral("d1"), QStringLiteral("d2")}
                                  << QStringLiteral("got 3");
}

void TestPlayerWidget::playsToTheEnd()
{
    QFETCH(QString, name);
    QFETCH(QStringList, lanes);
    QFETCH(QString, lastOutput);
    PlayerWidget p;
    showPlayer(p, name);
    QCOMPARE(p.timelineView()->geometry().laneCount, lanes.size());
    QStringList shown;
    for (const TaskLane &l : p.model().lanes())
        shown << l.name;
    QCOMPARE(shown, lanes);
    QVERIFY(p.console()->toPlainText().isEmpty());

    QSignalSpy end(p.playback(), &PlaybackState::reachedEnd);
    p.playback()->setSpeed(PlaybackState::MaxSpeed); // 3 s of virtual time in 0.3 s
    p.transportBar()->playAction()->trigger();
    QVERIFY(p.playback()->isPlaying());
    QVERIFY(end.wait(5000));
    QVERIFY(!p.playback()->isPlaying());
    QVERIFY(p.playback()->atEnd());
    QCOMPARE(p.transportBar()->playAction()->text(), QStringLiteral("Play"));
    QVERIFY2(p.console()->toPlainText().trimmed().endsWith(lastOutput),
             qPrintable(p.console()->toPlainText()));
    QCOMPARE(p.console()->toPlainText(), p.trace().outputUntil(p.trace().events().size() - 1));
}

void TestPlayerWidget::waitBoxesAtTime_data()
{
    QTest::addColumn<double>("time");
    QTest::addColumn<QStringList>("done");
    QTest::addColumn<QStringList>("pending");
    QTest::addColumn<QString>("status");
    QTest::newRow("start") << 0.5 << QStringList{}
                           << QStringList{QStringLiteral("slow"), QStringLiteral("fast"),
                                          QStringLiteral("medium")}
                           << QStringLiteral("timeout at 2.500 s");
    QTest::newRow("fast done") << 1.5 << QStringList{QStringLiteral("fast")}
                               << QStringList{QStringLiteral("slow"), QStringLiteral("medium")}
                               << QStringLiteral("waiting");
    QTest::newRow("after the timeout")
        << 2.5 << QStringList{QStringLiteral("fast"), QStringLiteral("medium")}
        << QStringList{QStringLiteral("slow")} << QStringLiteral("returned at 2.500 s");
}

void TestPlayerWidget::waitBoxesAtTime()
{
    QFETCH(double, time);
    QFETCH(QStringList, done);
    QFETCH(QStringList, pending);
    QFETCH(QString, status);
    PlayerWidget p;
    showPlayer(p, QStringLiteral("wait"));
    p.playback()->scrubTo(time);
    CombinatorPanel *panel = p.combinatorPanel();
    QCOMPARE(panel->cardCount(), 1);
    QVERIFY2(panel->cardTitle(0).startsWith(QStringLiteral("wait — main")), qPrintable(panel->cardTitle(0)));
    QVERIFY2(panel->cardTitle(0).contains(status), qPrintable(panel->cardTitle(0)));
    const QStringList doneBox = panel->boxTexts(0, QStringLiteral("doneBox"));
    const QStringList pendingBox = panel->boxTexts(0, QStringLiteral("pendingBox"));
    QCOMPARE(doneBox.size(), 1);
    QCOMPARE(pendingBox.size(), 1);
    QCOMPARE(namesIn(doneBox[0]), done);
    QCOMPARE(namesIn(pendingBox[0]), pending);
    QVERIFY(doneBox[0].startsWith(QStringLiteral("done (%1)").arg(done.size())));
    // The boxes are real, visible labels a person (or a screen reader) can read.
    const auto labels = panel->findChildren<QLabel *>(QStringLiteral("doneBox"));
    QCOMPARE(labels.size(), 1);
    QVERIFY(labels[0]->isVisible());
    QCOMPARE(labels[0]->accessibleName(), QStringLiteral("done (%1)").arg(done.size()));
}

void TestPlayerWidget::gatherSlotsAtTime_data()
{
    QTest::addColumn<double>("time");
    QTest::addColumn<QStringList>("slots_");
    QTest::newRow("all pending") << 0.5
                                 << QStringList{QStringLiteral("[0] fetch_a\n…"),
                                                QStringLiteral("[1] fetch_b\n…"),
                                                QStringLiteral("[2] fetch_c\n…")};
    QTest::newRow("c failed, b still pending")
        << 2.0
        << QStringList{QStringLiteral("[0] fetch_a\n'a'"), QStringLiteral("[1] fetch_b\n…"),
                       QStringLiteral("[2] fetch_c\nValueError('boom')")};
    QTest::newRow("returned") << 3.0
                              << QStringList{QStringLiteral("[0] fetch_a\n'a'"),
                                             QStringLiteral("[1] fetch_b\n'b'"),
                                             QStringLiteral("[2] fetch_c\nValueError('boom')")};
}

void TestPlayerWidget::gatherSlotsAtTime()
{
    QFETCH(double, time);
    QFETCH(QStringList, slots_);
    PlayerWidget p;
    showPlayer(p, QStringLiteral("gather"));
    p.playback()->scrubTo(time);
    QCOMPARE(p.combinatorPanel()->boxTexts(0, QStringLiteral("slot")), slots_);
    QVERIFY(p.combinatorPanel()->cardTitle(0).startsWith(QStringLiteral("gather — main, line 21")));
}

void TestPlayerWidget::gatherSlotsFillInFromPython_data()
{
    // A real run: each child's result appears in its slot when that child ends, before gather returns.
    QTest::addColumn<double>("time");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("none ended") << 0.5
                                << QStringList{QStringLiteral("…"), QStringLiteral("…"), QStringLiteral("…")};
    QTest::newRow("first ended") << 1.5
                                 << QStringList{QStringLiteral("'A'"), QStringLiteral("…"),
                                                QStringLiteral("…")};
    QTest::newRow("third failed") << 2.5
                                  << QStringList{QStringLiteral("'A'"), QStringLiteral("…"),
                                                 QStringLiteral("ValueError('c')")};
    QTest::newRow("all ended") << 3.5
                               << QStringList{QStringLiteral("'A'"), QStringLiteral("['b', 'b']"),
                                              QStringLiteral("ValueError('c')")};
}

void TestPlayerWidget::gatherSlotsFillInFromPython()
{
    QFETCH(double, time);
    QFETCH(QStringList, values);
    const RunResult run = testing::runSource(QStringLiteral(R"(import asyncio

async def work(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    if name == "b":
        return [name, name]
    return name.upper()

async def main():
    print(await asyncio.gather(work("a", 1), work("b", 3), work("c", 2, True), return_exceptions=True))

asyncio.run(main())
)"),
                                             QStringLiteral("slots.py"));
    QCOMPARE(run.exitStatus, 0);
    PlayerWidget p;
    p.resize(1000, 600);
    p.setTrace(run.trace);
    p.playback()->scrubTo(time);
    QStringList shown;
    for (const QString &text : p.combinatorPanel()->boxTexts(0, QStringLiteral("slot")))
        shown << text.section(QLatin1Char('\n'), 1);
    QCOMPARE(shown, values);
}

void TestPlayerWidget::asCompletedOrderAtTime()
{
    PlayerWidget p;
    showPlayer(p, QStringLiteral("as_completed"));
    p.playback()->scrubTo(2.0);
    const QStringList order = p.combinatorPanel()->boxTexts(0, QStringLiteral("orderBox"));
    QCOMPARE(order.size(), 1);
    QCOMPARE(namesIn(order[0]), (QStringList{QStringLiteral("1. d1"), QStringLiteral("2. d2")}));
    QCOMPARE(namesIn(p.combinatorPanel()->boxTexts(0, QStringLiteral("pendingBox")).value(0)),
             QStringList{QStringLiteral("d3")});
}

void TestPlayerWidget::consoleFollowsTheCursor_data()
{
    QTest::addColumn<double>("time");
    QTest::addColumn<QString>("text");
    QTest::newRow("nothing yet") << 0.5 << QString();
    QTest::newRow("a printed") << 1.0 << QStringLiteral("a done\n");
    QTest::newRow("still only a") << 2.9 << QStringLiteral("a done\n");
    QTest::newRow("everything") << 3.0 << QStringLiteral("a done\nb done\n['a', 'b', ValueError('boom')]\n");
}

void TestPlayerWidget::consoleFollowsTheCursor()
{
    QFETCH(double, time);
    QFETCH(QString, text);
    PlayerWidget p;
    showPlayer(p, QStringLiteral("gather"));
    p.playback()->scrubTo(3.0);
    p.playback()->scrubTo(time); // backwards too: the console forgets what has not been printed yet
    QCOMPARE(p.console()->output(), text);
    QCOMPARE(p.console()->toPlainText(), text);
}

// A traceback line of the program opens the editor there; one of a module the program imported names another
// file, so it is not a link (the editor shows the program only).
void TestPlayerWidget::tracebackLinksOnlyThePrograms()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile helper(dir.filePath(QStringLiteral("helper.py")));
    QVERIFY(helper.open(QIODevice::WriteOnly));
    helper.write("import asyncio\n\n\nasync def fetch():\n    await asyncio.sleep(1)\n    raise "
                 "ValueError('broken')\n");
    helper.close();
    RunRequest request;
    request.source = QStringLiteral("import asyncio\n"    // 1
                                    "import helper\n"     // 2
                                    "async def main():\n" // 3
                                    "    await helper.fetch()\n"
                                    "asyncio.run(main())\n");
    request.displayName = QStringLiteral("main.py");
    request.moduleFolders = {dir.path()};
    const RunResult run = runProgram(request);
    QCOMPARE(run.error.line, 4);
    PlayerWidget p;
    p.resize(1100, 700);
    p.setTrace(run.trace);
    p.show();
    QVERIFY(QTest::qWaitForWindowExposed(&p));
    p.playback()->jumpToEnd();
    ConsoleView *console = p.console();
    QSignalSpy activated(console, &ConsoleView::lineActivated);
    auto clickOn = [console](const QString &needle) {
        const QTextCursor found = console->document()->find(needle);
        if (found.isNull())
            return false;
        QTextCursor at(console->document());
        at.setPosition(found.selectionStart() + 2);
        console->setTextCursor(at);
        console->ensureCursorVisible();
        const QPoint point = console->cursorRect(at).center();
        QTest::mouseClick(console->viewport(), Qt::LeftButton, {}, point);
        return true;
    };
    QVERIFY2(clickOn(QStringLiteral("File \"helper.py\", line 6")), qPrintable(console->toPlainText()));
    QCOMPARE(activated.count(), 0);
    QVERIFY(clickOn(QStringLiteral("File \"main.py\", line 4")));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toInt(), 4);
}

void TestPlayerWidget::loopPanelShowsQueueAndTimers()
{
    PlayerWidget p;
    showPlayer(p, QStringLiteral("gather"));
    p.playback()->scrubTo(0.5);
    const QString timers = p.loopPanel()->timersText();
    QVERIFY2(timers.startsWith(QStringLiteral("fetch_a at 1.000 s, fetch_c at 2.000 s, fetch_b at 3.000 s")),
             qPrintable(timers));
    QCOMPARE(p.loopPanel()->readyText().section(QLatin1Char(' '), 0, 0), QStringLiteral("empty"));
    // Step back from the first sleep until the children sit in the ready queue.
    p.playback()->jumpToStart();
    for (int i = 0; i < 9; ++i)
        p.playback()->stepForward();
    QVERIFY2(p.loopPanel()->readyText().startsWith(QStringLiteral("fetch_a, fetch_b, fetch_c")),
             qPrintable(p.loopPanel()->readyText()));
    QVERIFY(!p.loopPanel()->eventText().isEmpty());
}

void TestPlayerWidget::keyboardDrivesTheTransport()
{
    PlayerWidget p;
    showPlayer(p, QStringLiteral("gather"));
    p.activateWindow();
    p.timelineView()->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(&p));
    QTest::keyClick(p.timelineView(), Qt::Key_Right);
    QCOMPARE(p.playback()->eventIndex(), 0);
    QTest::keyClick(p.timelineView(), Qt::Key_Right);
    QCOMPARE(p.playback()->eventIndex(), 1);
    QTest::keyClick(p.timelineView(), Qt::Key_Left);
    QCOMPARE(p.playback()->eventIndex(), 0);
    QTest::keyClick(p.timelineView(), Qt::Key_End);
    QVERIFY(p.playback()->atEnd());
    QTest::keyClick(p.timelineView(), Qt::Key_Home);
    QVERIFY(p.playback()->atStart());
    QTest::keyClick(p.timelineView(), Qt::Key_BracketRight);
    QCOMPARE(p.playback()->speed(), 2.0);
    QTest::keyClick(p.timelineView(), Qt::Key_BracketLeft);
    QTest::keyClick(p.timelineView(), Qt::Key_BracketLeft);
    QCOMPARE(p.playback()->speed(), 0.5);
    QTest::keyClick(p.timelineView(), Qt::Key_Space);
    QVERIFY(p.playback()->isPlaying());
    QTest::keyClick(p.timelineView(), Qt::Key_Space);
    QVERIFY(!p.playback()->isPlaying());
}

void TestPlayerWidget::controlsHaveAccessibleNames()
{
    PlayerWidget p;
    showPlayer(p, QStringLiteral("gather"));
    for (QAbstractButton *b : p.transportBar()->findChildren<QAbstractButton *>())
        QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(b->objectName()));
    for (QAction *a : p.transportBar()->transportActions()) {
        QVERIFY(!a->text().isEmpty());
        QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->text()));
    }
    for (const char *name : {"speedBox", "scrubSlider", "positionLabel", "timelineView", "console",
                             "loopPanel", "combinatorPanel"}) {
        auto *w = p.findChild<QWidget *>(QLatin1String(name));
        QVERIFY2(w, name);
        QVERIFY2(!w->accessibleName().isEmpty(), name);
    }
}

void TestPlayerWidget::speedBoxFollowsPlayback()
{
    PlayerWidget p;
    showPlayer(p, QStringLiteral("gather"));
    auto *box = p.findChild<QComboBox *>(QStringLiteral("speedBox"));
    QCOMPARE(box->currentText(), QStringLiteral("1×"));
    p.playback()->setSpeed(4.0);
    QCOMPARE(box->currentText(), QStringLiteral("4×"));
    box->setCurrentIndex(0);
    emit box->activated(0);
    QCOMPARE(p.playback()->speed(), 0.1);
    QVERIFY(!p.transportBar()->slowerAction()->isEnabled());
}

void TestPlayerWidget::linesAtCursor()
{
    PlayerWidget p;
    showPlayer(p, QStringLiteral("gather"));
    QSignalSpy line(&p, &PlayerWidget::currentLineChanged);
    p.playback()->scrubTo(1.5);
    QStringList alive;
    for (const PlayerWidget::TaskLine &l : p.linesAtCursor())
        alive << QStringLiteral("%1:%2").arg(l.name).arg(l.line);
    // fetch_a is done by 1.5 s: only the living tasks have a line.
    QCOMPARE(alive, (QStringList{QStringLiteral("main:21"), QStringLiteral("fetch_b:6"),
                                 QStringLiteral("fetch_c:6")}));
    QVERIFY(line.size() >= 1);
    QCOMPARE(p.currentLine(), 8); // the last event at the cursor: fetch_a finishing on line 8
}

void TestPlayerWidget::grabIsNotBlank_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("gather") << QStringLiteral("gather");
    QTest::newRow("wait") << QStringLiteral("wait");
    QTest::newRow("as_completed") << QStringLiteral("as_completed");
}

void TestPlayerWidget::grabIsNotBlank()
{
    QFETCH(QString, name);
    PlayerWidget p;
    showPlayer(p, name);
    p.playback()->scrubTo(2.2);
    QApplication::processEvents(); // one pass of the event loop, as before any frame a person sees
    const QImage image = p.grab().toImage();
    QCOMPARE(image.size(), QSize(1100, 700));
    fixtures::saveGrab(image, QStringLiteral("player-%1").arg(name));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
}

void TestPlayerWidget::layoutRoundTrips()
{
    PlayerWidget p;
    showPlayer(p, QStringLiteral("gather"));
    const QByteArray state = p.saveLayout();
    PlayerWidget q;
    q.resize(1100, 700);
    QVERIFY(q.restoreLayout(state));
    QVERIFY(!q.restoreLayout(QByteArray("garbage")));
    QVERIFY(!q.restoreLayout(QByteArray()));
}

void TestPlayerWidget::newTraceResets()
{
    PlayerWidget p;
    showPlayer(p, QStringLiteral("gather"));
    p.playback()->jumpToEnd();
    QVERIFY(!p.console()->output().isEmpty());
    p.setTrace(fixtures::waitTrace());
    QVERIFY(p.playback()->atStart());
    QVERIFY(p.console()->output().isEmpty());
    QCOMPARE(p.combinatorPanel()->cardCount(), 0);
    p.setTrace(Trace());
    QCOMPARE(p.timelineView()->geometry().laneCount, 0);
    p.playback()->play();
    p.playback()->advance(1.0);
    QVERIFY(!p.playback()->isPlaying());
}

namespace {

QCoro::Task<int> sleeper(double seconds, int value)
{
    co_await awaitscope::sleep(seconds);
    co_return value;
}

} // namespace

// A run recorded by the runtime itself: asyncio.wait(timeout=2) over a slow and a fast task, then the slow
// one is cancelled.
void TestPlayerWidget::runtimeTraceInThePlayer()
{
    Trace trace;
    {
        awaitscope::Loop loop(awaitscope::Loop::Clock::Virtual, &trace);
        // A std::function body: a lambda type would have no linkage inside the runtime's templates.
        const std::function<QCoro::Task<void>()> body = []() -> QCoro::Task<void> {
            auto slow = awaitscope::createNamedTask(QStringLiteral("slow"), sleeper, 3.0, 1);
            auto fast = awaitscope::createNamedTask(QStringLiteral("fast"), sleeper, 1.0, 2);
            auto r = co_await awaitscope::wait(awaitscope::taskList(slow, fast), 2.0);
            for (auto &t : r.pending)
                t.cancel();
            co_await awaitscope::sleep(0.5);
        };
        awaitscope::run(loop, body);
    }
    PlayerWidget p;
    p.resize(1100, 700);
    p.setTrace(trace);
    p.show();
    QVERIFY(QTest::qWaitForWindowExposed(&p));
    QCOMPARE(p.timelineView()->geometry().laneCount, 3);
    p.playback()->scrubTo(1.5);
    QCOMPARE(namesIn(p.combinatorPanel()->boxTexts(0, QStringLiteral("doneBox")).value(0)),
             QStringList{QStringLiteral("fast")});
    QCOMPARE(namesIn(p.combinatorPanel()->boxTexts(0, QStringLiteral("pendingBox")).value(0)),
             QStringList{QStringLiteral("slow")});
    QVERIFY(p.combinatorPanel()->cardTitle(0).contains(QStringLiteral("timeout at 2.000 s")));
    p.playback()->jumpToEnd();
    QApplication::processEvents();
    QVERIFY(p.combinatorPanel()->cardTitle(0).contains(QStringLiteral("returned at 2.000 s")));
    // slow's sleep died with it: no timer is left at the end.
    QCOMPARE(p.loopPanel()->timersText(), QStringLiteral("none"));
    fixtures::saveGrab(p.grab().toImage(), QStringLiteral("player-runtime"));
}

void TestPlayerWidget::liveRunKeepsFollowingTheEnd()
{
    // A live run delivers the trace in pieces: the player shows the latest state without losing the view.
    const Trace full = fixtures::gatherTrace();
    auto prefix = [&](double until) {
        Trace t;
        for (const TraceTask &task : full.tasks())
            t.addTask(task);
        for (const TraceEvent &e : full.events())
            if (e.time <= until)
                t.append(e);
        t.endTime = until;
        return t;
    };
    PlayerWidget p;
    p.resize(1100, 700);
    p.setTrace(prefix(1.0));
    p.show();
    QVERIFY(QTest::qWaitForWindowExposed(&p));
    p.playback()->jumpToEnd();
    QCOMPARE(p.console()->output(), QStringLiteral("a done\n"));
    p.timelineView()->zoomIn();
    const double span = p.timelineView()->geometry().viewEnd - p.timelineView()->geometry().viewStart;
    p.setTrace(prefix(3.0), true);
    QVERIFY(p.playback()->atEnd());
    QCOMPARE(p.playback()->time(), 3.0);
    QVERIFY(p.console()->output().endsWith(QStringLiteral("ValueError('boom')]\n")));
    QVERIFY(qAbs((p.timelineView()->geometry().viewEnd - p.timelineView()->geometry().viewStart) - span) <
            1e-9);
    // A cursor in the middle stays there on a re-run; without keepView it goes back to the start.
    p.playback()->scrubTo(1.5);
    p.setTrace(full, true);
    QCOMPARE(p.playback()->time(), 1.5);
    p.setTrace(full);
    QVERIFY(p.playback()->atStart());
}

// A live run's pictures grow piece by piece (growRun adds the new events to the model); at every moment
// they must say what the finished run, drawn at once, says.
void TestPlayerWidget::aGrowingRunShowsWhatAWholeRunShows()
{
    const Trace whole =
        testing::runFile(QStringLiteral(AWAITSCOPE_SOURCE_DIR "/lessons/gather-exceptions/main.py")).trace;
    QVERIFY(whole.events().size() > 20);
    PlayerWidget grown;
    Trace prefix;
    prefix.source = whole.source;
    prefix.program = whole.program;
    prefix.clock = whole.clock;
    const size_t step = whole.events().size() / 7 + 1;
    for (size_t shown = 0; shown < whole.events().size();) {
        const size_t next = std::min(whole.events().size(), shown + step);
        Trace::Piece piece;
        piece.events.assign(whole.events().begin() + qsizetype(shown),
                            whole.events().begin() + qsizetype(next));
        piece.tasks = whole.tasks();
        prefix.appendPiece(std::move(piece));
        prefix.endTime = prefix.events().back().time;
        if (shown == 0)
            grown.setTrace(prefix);
        else
            grown.growRun(prefix);
        shown = next;
    }
    prefix.endTime = whole.endTime;
    prefix.errorOutput = whole.errorOutput;
    grown.growRun(prefix);

    PlayerWidget atOnce;
    atOnce.setTrace(whole);
    QCOMPARE(grown.model().eventCount(), atOnce.model().eventCount());
    QCOMPARE(grown.model().laneCount(), atOnce.model().laneCount());
    QCOMPARE(grown.model().endTime(), atOnce.model().endTime());
    for (qint64 e = 0; e < atOnce.model().eventCount(); ++e) {
        grown.playback()->setEventIndex(e);
        atOnce.playback()->setEventIndex(e);
        QCOMPARE(grown.stateText(), atOnce.stateText());
    }
}

QTEST_MAIN(TestPlayerWidget)
#include "tst_playerwidget.moc"
