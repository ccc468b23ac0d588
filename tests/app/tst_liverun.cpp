// Runs in progress as a person meets them: a real-clock run that draws as it goes, Stop, and the bad
// moments (switching lesson, closing the window) that must leave nothing running behind.
#include "lessonview/liverun.h"
#include "mainwindow/mainwindow.h"
#include "player/consoleview.h"
#include "player/inputline.h"
#include "player/playbackstate.h"
#include "player/playerwidget.h"
#include "run/runnerclient.h"
#include "trace/runmodel.h"
#include "windowrun.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

#include <csignal>
#include <vector>

using namespace awaitscope;

namespace {

// Thirty seconds of real time unless stopped: three tickers, one started later, and then a long nap that a
// stop must cut short (only cancelling the sleeping tasks ends it quickly).
const char *const kLongProgram = R"(import asyncio

async def tick(name, n):
    for i in range(n):
        await asyncio.sleep(0.05)
    await asyncio.sleep(30)
    return name

async def main():
    tasks = [asyncio.create_task(tick(f"t{i}", 4)) for i in range(3)]
    await asyncio.sleep(0.1)
    late = asyncio.create_task(tick("late", 2))
    print("all started")
    await asyncio.gather(*tasks, late)

asyncio.run(main())
)";

// About two seconds of real time; a new task every quarter second, so the picture has to grow while it runs
// (with room to spare on a slow machine or under a sanitizer).
const char *const kGrowingProgram = R"(import asyncio

async def worker(i):
    await asyncio.sleep(0.1)
    return i * i

async def main():
    started = []
    for i in range(6):
        started.append(asyncio.create_task(worker(i)))
        await asyncio.sleep(0.3)
    print(await asyncio.gather(*started))

asyncio.run(main())
)";

QAbstractButton *button(MainWindow &w, const char *name)
{
    return w.findChild<QAbstractButton *>(QLatin1String(name));
}

QString statusText(MainWindow &w)
{
    return w.findChild<QLabel *>(QStringLiteral("runStatus"))->text();
}

// Every task the picture shows has ended (finished, failed or cancelled): nothing was left running.
bool everyLaneEnded(const RunModel &model)
{
    for (const TaskLane &lane : model.lanes())
        if (!isFinalStatus(lane.finalState))
            return false;
    return true;
}

// Tasks asleep on a timer far in the future (kLongProgram's nap).
int napping(const Trace &trace)
{
    int count = 0;
    for (const TraceEvent &e : trace.events())
        if (e.kind == TraceEvent::Kind::Suspended && e.data.value(QStringLiteral("until")).toDouble() > 10)
            ++count;
    return count;
}

void startLiveRun(MainWindow &w, const char *program)
{
    QVERIFY(w.openLesson(QStringLiteral("gather")));
    QVERIFY(runEnded(w));
    w.codeEditor()->setPlainText(QString::fromUtf8(program));
    auto *realClock = w.findChild<QCheckBox *>(QStringLiteral("realClockBox"));
    QVERIFY(realClock);
    realClock->setChecked(true);
    button(w, "runButton")->click();
    QVERIFY(w.isRunning());
}

} // namespace

class TestLiveRun : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void lifecycleMidRun_data();
    void lifecycleMidRun();
    void destroyedDuringABlockingCall();
    void stopEndsABlockedProgram();
    void aFaultInTheRunnerSparesTheWindow();
    void anAbandonedRunCostsTheWindowNothing();
    void timelineGrowsWhileRunning();
    void longVirtualRunKeepsTheWindowResponsive();
    void inputIsTypedUnderTheOutput_data();
    void inputIsTypedUnderTheOutput();
    void inputLeavesTheKeysWithTheEditor();
    void transportKeysWorkWindowWide_data();
    void transportKeysWorkWindowWide();
    void httpOnTheRealNetwork_data();
    void httpOnTheRealNetwork();
    void removedLessonFolderGivesAMessage();
    void unwritableSettingsAreReported();
};

void TestLiveRun::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AwaitscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("awaitscope-liverun-test"));
    QSettings().clear();
}

void TestLiveRun::cleanup()
{
    // Whatever a test did, no program may still be running when the next one starts.
    QTRY_COMPARE_WITH_TIMEOUT(LiveRun::runningCount(), 0, 5000);
    QSettings().clear();
}

void TestLiveRun::lifecycleMidRun_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("stop button") << QStringLiteral("stop button");
    QTest::newRow("stop shortcut") << QStringLiteral("stop shortcut");
    QTest::newRow("switch lesson") << QStringLiteral("switch lesson");
    QTest::newRow("close window") << QStringLiteral("close window");
    QTest::newRow("destroy window") << QStringLiteral("destroy window");
}

void TestLiveRun::lifecycleMidRun()
{
    QFETCH(QString, action);
    auto *w = new MainWindow;
    QPointer<MainWindow> guard(w);
    w->show();
    QVERIFY(QTest::qWaitForWindowActive(w));
    startLiveRun(*w, kLongProgram);
    // The picture arrives while the program runs, up to the four tickers asleep in their long nap; Run is
    // off and Stop on.
    QTRY_VERIFY_WITH_TIMEOUT(w->player()->model().laneCount() >= 5 && napping(w->player()->trace()) == 4,
                             5000);
    QVERIFY(w->isRunning());
    QVERIFY(button(*w, "runButton")->isEnabled()); // pressing it again replaces the run
    QVERIFY(button(*w, "stopButton")->isEnabled());
    QVERIFY(w->player()->console()); // the output so far is there to read
    const int lanesBefore = w->player()->model().laneCount();

    QElapsedTimer clock;
    clock.start();
    if (action == QLatin1String("stop button") || action == QLatin1String("stop shortcut")) {
        if (action == QLatin1String("stop button"))
            button(*w, "stopButton")->click();
        else
            QTest::keyClick(w, Qt::Key_F5, Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!w->isRunning(), 3000);
        // What ran so far stays on screen, every task ended, and Run is back.
        QCOMPARE(w->player()->model().laneCount(), lanesBefore);
        QVERIFY(everyLaneEnded(w->player()->model()));
        QVERIFY2(statusText(*w).contains(QStringLiteral("Stopped")), qPrintable(statusText(*w)));
        QVERIFY(w->player()->playback()->endTime() > 0.15); // the cursor's range is what ran
        QVERIFY(button(*w, "runButton")->isEnabled());
        QVERIFY(!button(*w, "stopButton")->isEnabled());
        QCoreApplication::processEvents(); // let the panels lay out what the last update put in them
        w->grab().save(QDir::tempPath() + QStringLiteral("/awaitscope-stopped.png"));
    } else if (action == QLatin1String("switch lesson")) {
        QVERIFY(w->openLesson(QStringLiteral("wait")));
        QTRY_COMPARE_WITH_TIMEOUT(LiveRun::runningCount(), 0, 3000);
        // The stopped run of the lesson left behind never draws over the new lesson's picture.
        QCOMPARE(w->currentLessonId(), QStringLiteral("wait"));
        QCOMPARE(w->player()->trace().clock, QStringLiteral("virtual"));
        QCOMPARE(w->player()->trace().source, w->codeEditor()->toPlainText());
        QVERIFY(everyLaneEnded(w->player()->model()));
    } else if (action == QLatin1String("close window")) {
        QVERIFY(w->close());
        QTRY_COMPARE_WITH_TIMEOUT(LiveRun::runningCount(), 0, 3000);
        QTRY_VERIFY(!w->isRunning());
        QVERIFY(everyLaneEnded(w->player()->model()));
    } else {
        delete w;
        // The destructor stopped the program and waited for it: nothing is left.
        QCOMPARE(LiveRun::runningCount(), 0);
    }
    // Stopping took far less than the thirty seconds the program would have run.
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    delete guard.data();
}

void TestLiveRun::destroyedDuringABlockingCall()
{
    // time.sleep() blocks the program, so the stop cannot reach it at once: the window ends the process
    // that runs it and goes at once, leaving nothing behind.
    auto *w = new MainWindow;
    startLiveRun(*w, "import asyncio\nimport time\n\nasync def main():\n    await asyncio.sleep(0.05)\n"
                     "    time.sleep(7)\n    await asyncio.sleep(30)\n\nasyncio.run(main())\n");
    // (The player may still show the lesson's own run: wait for this run's pieces.)
    QTRY_VERIFY_WITH_TIMEOUT(w->liveRun()->result().trace.events().size() > 3, 3000);
    QTest::qWait(200); // into the blocking call
    const qint64 runner = w->liveRun()->processId();
    QVERIFY(runner > 0);
    QElapsedTimer clock;
    clock.start();
    delete w;
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(LiveRun::runningCount(), 0);
    QVERIFY(!QDir(QStringLiteral("/proc/%1").arg(runner)).exists()); // the runner is gone, not a zombie
}

void TestLiveRun::stopEndsABlockedProgram()
{
    // Stop during a blocking call the program cannot leave: after the grace time its process is ended, and
    // the window says so and keeps what ran.
    MainWindow w;
    startLiveRun(w, "import asyncio\nimport time\n\nasync def main():\n    print('before')\n"
                    "    await asyncio.sleep(0.05)\n    time.sleep(60)\n\nasyncio.run(main())\n");
    QTRY_VERIFY_WITH_TIMEOUT(w.liveRun()->result().trace.events().size() > 3, 3000);
    QTest::qWait(300); // into the blocking call
    QElapsedTimer clock;
    clock.start();
    button(w, "stopButton")->click();
    QVERIFY(runEnded(w, 10000));
    QVERIFY2(
        clock.elapsed() >= RunnerClient::kStopGraceMs - 100,
        qPrintable(QStringLiteral("%1 ms: %2").arg(clock.elapsed()).arg(w.liveRun()->result().errorOutput)));
    QVERIFY(clock.elapsed() < RunnerClient::kStopGraceMs + 3000);
    const RunResult &result = w.liveRun()->result();
    QCOMPARE(result.error.kind, RunError::Kind::Killed);
    QVERIFY2(result.errorOutput.contains(QStringLiteral("did not stop within 3 seconds")),
             qPrintable(result.errorOutput));
    QVERIFY2(statusText(w).contains(QStringLiteral("its tasks were not cancelled")),
             qPrintable(statusText(w)));
    QCOMPARE(result.output, QStringLiteral("before\n"));
    QVERIFY(w.player()
                ->trace()
                .outputUntil(w.player()->trace().events().back().seq)
                .contains(QStringLiteral("before")));
}

void TestLiveRun::aFaultInTheRunnerSparesTheWindow()
{
    // Whatever ends the runner (here a segmentation fault sent from outside), the window stays, shows what
    // ran until then and says what happened, and the next run works.
    MainWindow w;
    startLiveRun(w, kLongProgram);
    QTRY_VERIFY_WITH_TIMEOUT(
        w.liveRun()->result().trace.outputUntil(UINT64_MAX) == QLatin1String("all started\n"), 5000);
    const qint64 runner = w.liveRun()->processId();
    QVERIFY(runner > 0);
    QCOMPARE(::kill(pid_t(runner), SIGSEGV), 0);
    QVERIFY(runEnded(w, 5000));
    const RunResult &result = w.liveRun()->result();
    QCOMPARE(result.error.kind, RunError::Kind::Crashed);
    // (Under AddressSanitizer the runner reports the signal itself and exits with a status instead.)
    QVERIFY2(result.errorOutput.contains(QStringLiteral("ended unexpectedly (Segmentation fault)")) ||
                 result.errorOutput.contains(QStringLiteral("AddressSanitizer")),
             qPrintable(result.errorOutput));
    QVERIFY(
        result.errorOutput.contains(QStringLiteral("This is a fault in Awaitscope, not in your program")));
    QVERIFY(result.trace.tasks().size() >= 4);
    QCOMPARE(result.output, QStringLiteral("all started\n"));
    QVERIFY2(statusText(w).contains(QStringLiteral("The process that ran the program ended")),
             qPrintable(statusText(w)));
    // The window still runs programs.
    w.codeEditor()->setPlainText(QStringLiteral("print('again')\n"));
    button(w, "runButton")->click();
    QVERIFY(runEnded(w, 5000));
    QCOMPARE(w.liveRun()->result().output, QStringLiteral("again\n"));
}

void TestLiveRun::anAbandonedRunCostsTheWindowNothing()
{
    // A run replaced by another (a parameter dragged) stops, hands over no more pieces and derives no model:
    // nobody will look at it.
    LiveRun run;
    int pieces = 0;
    connect(&run, &LiveRun::progressed, this, [&pieces] { ++pieces; });
    RunRequest request;
    request.source = QStringLiteral("import asyncio\n\nasync def tick(i):\n    while True:\n"
                                    "        await asyncio.sleep(0.001)\n\nasync def main():\n"
                                    "    await asyncio.gather(*[tick(i) for i in range(50)])\n\n"
                                    "asyncio.run(main())\n");
    request.realClock = true;
    QVERIFY(run.start(request));
    QTRY_VERIFY_WITH_TIMEOUT(pieces > 0, 5000); // it runs and reports
    QSignalSpy finished(&run, &LiveRun::finished);
    run.abandon();
    const int reported = pieces;
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QCOMPARE(pieces, reported);
    QVERIFY(run.stopRequested());
    QVERIFY(run.model());
    QCOMPARE(run.model()->laneCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(LiveRun::runningCount(), 0, 3000);
}

void TestLiveRun::timelineGrowsWhileRunning()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // The window's first run (the last lesson, opened at start) has ended, so the LiveRun below is the one
    // the next run uses (a run replaced mid-way leaves with its LiveRun).
    QVERIFY(runEnded(w));
    // Each time a piece of the trace arrives, note what the timeline shows.
    std::vector<std::pair<int, double>> seen;
    connect(w.liveRun(), &LiveRun::progressed, &w, [&] {
        seen.emplace_back(w.player()->model().laneCount(), w.player()->model().endTime());
        if (seen.size() == 8) // a picture mid-run, to look at
            w.grab().save(QDir::tempPath() + QStringLiteral("/awaitscope-liverun.png"));
    });
    startLiveRun(w, kGrowingProgram);
    QTRY_VERIFY_WITH_TIMEOUT(!w.isRunning(), 10000);
    // It grew in steps while running: more lanes or a later end between two deliveries.
    QVERIFY2(seen.size() >= 2, qPrintable(QString::number(seen.size())));
    int grew = 0;
    for (size_t i = 1; i < seen.size(); ++i) {
        QVERIFY(seen[i].first >= seen[i - 1].first);
        QVERIFY(seen[i].second >= seen[i - 1].second);
        if (seen[i].first > seen[i - 1].first)
            ++grew;
    }
    QString steps;
    for (const auto &[lanes, end] : seen)
        steps += QStringLiteral(" %1@%2").arg(lanes).arg(end);
    QVERIFY2(grew >= 1, qPrintable(QStringLiteral("the lanes never grew while the program ran:") + steps));
    QVERIFY(seen.front().first < 7);
    // The finished run: main and six workers, all done, real seconds on the axis, the output at the end.
    QCOMPARE(w.player()->model().laneCount(), 7);
    QVERIFY(everyLaneEnded(w.player()->model()));
    QCOMPARE(w.player()->trace().clock, QStringLiteral("real"));
    QVERIFY(w.player()->model().endTime() > 1.7);
    QVERIFY(w.player()->playback()->atEnd());
    w.grab().save(QDir::tempPath() + QStringLiteral("/awaitscope-liverun-done.png"));
    QVERIFY2(statusText(w).contains(QStringLiteral("real time")), qPrintable(statusText(w)));
    QVERIFY2(!statusText(w).contains(QStringLiteral(" 0.00 s")), qPrintable(statusText(w)));
    QCOMPARE(w.player()->playback()->endTime(), w.player()->model().endTime());
    QCOMPARE(w.player()->trace().outputUntil(w.player()->trace().events().back().seq),
             QStringLiteral("[0, 1, 4, 9, 16, 25]\n"));
}

void TestLiveRun::longVirtualRunKeepsTheWindowResponsive()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openLesson(QStringLiteral("gather")));
    QVERIFY(runEnded(w));
    const int lanes = w.player()->model().laneCount();
    // A runaway loop on the virtual clock: it goes on in the background, and Stop ends it.
    w.codeEditor()->setPlainText(QStringLiteral("import asyncio\n\nasync def main():\n    while True:\n"
                                                "        await asyncio.sleep(0)\n\nasyncio.run(main())\n"));
    QElapsedTimer clock;
    clock.start();
    w.runProgram();
    QVERIFY(w.isRunning()); // runProgram never waits for the run
    // A quick run would simply appear; this one goes on, so after a moment the window says so and offers
    // Stop.
    QVERIFY(!button(w, "stopButton")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(button(w, "stopButton")->isEnabled(), 2000);
    QVERIFY2(statusText(w).contains(QStringLiteral("Still running")), qPrintable(statusText(w)));
    // The window still answers: a zero timer gets its turn while the program runs.
    bool turned = false;
    QTimer::singleShot(0, &w, [&] { turned = true; });
    QTRY_VERIFY_WITH_TIMEOUT(turned, 1000);
    QVERIFY(w.isRunning());
    button(w, "stopButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!w.isRunning(), 5000);
    QVERIFY2(statusText(w).contains(QStringLiteral("Stopped")), qPrintable(statusText(w)));
    QVERIFY(w.player()->model().laneCount() >= 1);
    Q_UNUSED(lanes);
}

void TestLiveRun::inputIsTypedUnderTheOutput_data()
{
    QTest::addColumn<QString>("answer"); // what the learner does at the second input(): type, end or stop
    QTest::addColumn<QString>("console");
    QTest::newRow("a line") << QStringLiteral("type") << QStringLiteral("name? bob\nhi bob\nmore: x\n'x'\n");
    QTest::newRow("end of input") << QStringLiteral("end")
                                  << QStringLiteral("name? bob\nhi bob\nmore: \n"
                                                    "Traceback (most recent call last):\n");
    QTest::newRow("stop") << QStringLiteral("stop") << QStringLiteral("name? bob\nhi bob\nmore: ");
}

void TestLiveRun::inputIsTypedUnderTheOutput()
{
    QFETCH(QString, answer);
    QFETCH(QString, console);
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openLesson(QStringLiteral("gather")));
    QVERIFY(runEnded(w));
    auto *input = w.player()->inputLine();
    auto *edit = input->findChild<QLineEdit *>(QStringLiteral("inputEdit"));
    QVERIFY(edit);
    QVERIFY(!input->isVisible());
    w.codeEditor()->setPlainText(QStringLiteral("import asyncio\nname = input('name? ')\nprint('hi', name)\n"
                                                "async def main():\n    print(repr(input('more: ')))\n"
                                                "asyncio.run(main())\n"));
    w.runProgram();
    // The window shows the prompt at once (not after the quiet delay of a quick run) and the line to type in,
    // with the focus in it.
    QTRY_VERIFY_WITH_TIMEOUT(input->isVisible(), 2000);
    QTRY_COMPARE(w.player()->console()->toPlainText(), QStringLiteral("name? "));
    QCOMPARE(QApplication::focusWidget(), edit);
    QVERIFY2(statusText(w).contains(QStringLiteral("input()")), qPrintable(statusText(w)));
    QTest::keyClicks(edit, QStringLiteral("bob"));
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(!input->isVisible());
    // The second input() inside a task: the console shows what a terminal shows, typed line included.
    QTRY_VERIFY_WITH_TIMEOUT(input->isVisible(), 2000);
    QTRY_COMPARE(w.player()->console()->toPlainText(), QStringLiteral("name? bob\nhi bob\nmore: "));
    QVERIFY(w.isRunning());
    QElapsedTimer clock;
    clock.start();
    if (answer == u"type") {
        QTest::keyClicks(edit, QStringLiteral("x"));
        QTest::keyClick(edit, Qt::Key_Return);
    } else if (answer == u"end") {
        QTest::keyClick(edit, Qt::Key_D, Qt::ControlModifier);
    } else {
        button(w, "stopButton")->click();
    }
    QTRY_VERIFY_WITH_TIMEOUT(!w.isRunning(), 3000);
    QVERIFY2(clock.elapsed() < 2000, "the wait for input() held the run up");
    QVERIFY(!input->isVisible());
    w.player()->playback()->jumpToEnd();
    const QString shown = w.player()->console()->toPlainText();
    QVERIFY2(shown.startsWith(console), qPrintable(shown));
    if (answer == u"end")
        QVERIFY2(shown.endsWith(QStringLiteral("EOFError: EOF when reading a line")), qPrintable(shown));
    if (answer == u"stop")
        QVERIFY2(statusText(w).contains(QStringLiteral("Stopped")), qPrintable(statusText(w)));
    // The run is in the timeline: the line read in main() is main's.
    int typedInMain = 0;
    for (const TraceEvent &e : w.player()->trace().events())
        if (e.kind == TraceEvent::Kind::Input && e.task >= 0)
            ++typedInMain;
    QCOMPARE(typedInMain, answer == u"type" ? 1 : 0);
}

void TestLiveRun::inputLeavesTheKeysWithTheEditor()
{
    // An edit re-runs the program, which may ask for input at once: the learner goes on typing in the editor.
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openLesson(QStringLiteral("gather")));
    QVERIFY(runEnded(w));
    w.codeEditor()->setPlainText(QStringLiteral("x = input('x? ')\n"));
    w.activateWindow();
    w.codeEditor()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), w.codeEditor());
    w.runProgram();
    auto *input = w.player()->inputLine();
    QTRY_VERIFY_WITH_TIMEOUT(input->isVisible(), 2000);
    QCOMPARE(QApplication::focusWidget(), w.codeEditor());
    button(w, "stopButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!w.isRunning(), 3000);
}

void TestLiveRun::transportKeysWorkWindowWide_data()
{
    QTest::addColumn<QString>("focus");
    QTest::addColumn<bool>("transportMoves");
    QTest::newRow("lesson list") << QStringLiteral("lessonList") << true;
    QTest::newRow("explanation") << QStringLiteral("explanation") << true;
    QTest::newRow("code editor") << QStringLiteral("codeEditor") << false;
}

void TestLiveRun::transportKeysWorkWindowWide()
{
    QFETCH(QString, focus);
    QFETCH(bool, transportMoves);
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(w.openLesson(QStringLiteral("gather")));
    QVERIFY(runEnded(w));
    PlaybackState *playback = w.player()->playback();
    playback->jumpToStart();
    auto *target = w.findChild<QWidget *>(focus);
    QVERIFY(target);
    target->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), target);
    const QString code = w.codeEditor()->toPlainText();

    QTest::keyClick(target, Qt::Key_Right);
    QCOMPARE(playback->eventIndex() >= 0, transportMoves);
    QTest::keyClick(target, Qt::Key_Space);
    QCOMPARE(playback->isPlaying(), transportMoves);
    playback->pause();
    // In the editor the keys edit: the space is typed, nothing else changed.
    if (!transportMoves)
        QCOMPARE(w.codeEditor()->toPlainText().size(), code.size() + 1);
    else
        QCOMPARE(w.codeEditor()->toPlainText(), code);
    // The Playback menu lists the transport with its keys.
    auto *menu = w.findChild<QMenu *>(QStringLiteral("menuPlayback"));
    QVERIFY(menu);
    QVERIFY(menu->actions().size() >= 7);
    for (QAction *a : menu->actions())
        QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->text()));
}

// aiohttp in a live run: the demo server is started on demand on loopback, the requests show in the trace as
// they happen, and Stop during a request that would take half a minute ends it at once.
void TestLiveRun::httpOnTheRealNetwork_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<bool>("stop");
    QTest::addColumn<QString>("output");
    const QString prefix = QStringLiteral("import asyncio\nimport aiohttp\n\nasync def main():\n"
                                          "    async with aiohttp.ClientSession() as session:\n");
    QTest::newRow("two requests finish")
        << prefix + QStringLiteral("        async with session.get('http://demo/delay/200') as r:\n"
                                   "            print(r.status)\n"
                                   "        async with session.get('http://demo/status/404') as r:\n"
                                   "            print(r.status)\n\nasyncio.run(main())\n")
        << false << QStringLiteral("200\n404\n");
    QTest::newRow("stopped mid-request")
        << prefix + QStringLiteral("        print('asking')\n"
                                   "        async with session.get('http://demo/delay/30000') as r:\n"
                                   "            print(r.status)\n\nasyncio.run(main())\n")
        << true << QStringLiteral("asking\n");
}

void TestLiveRun::httpOnTheRealNetwork()
{
    QFETCH(QString, program);
    QFETCH(bool, stop);
    QFETCH(QString, output);
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QByteArray source = program.toUtf8();
    startLiveRun(w, source.constData());
    auto requests = [&w] {
        int n = 0;
        for (const TraceEvent &e : w.player()->trace().events())
            if (e.kind == TraceEvent::Kind::Http)
                ++n;
        return n;
    };
    QElapsedTimer clock;
    clock.start();
    if (stop) {
        QTRY_VERIFY_WITH_TIMEOUT(requests() > 0, 5000); // the request is on its way
        button(w, "stopButton")->click();
    }
    QTRY_VERIFY_WITH_TIMEOUT(!w.isRunning(), 15000);
    QVERIFY2(clock.elapsed() < 15000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(LiveRun::runningCount(), 0);
    QVERIFY(requests() > 0);
    QVERIFY(everyLaneEnded(w.player()->model()));
    QCOMPARE(w.player()->trace().outputUntil(w.player()->trace().events().back().seq), output);
    if (stop)
        QVERIFY2(statusText(w).contains(QStringLiteral("Stopped")), qPrintable(statusText(w)));
}

void TestLiveRun::removedLessonFolderGivesAMessage()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    // A lesson of the learner's own, copied from a built-in one under another id.
    const QString folder = root.path() + QStringLiteral("/my-gather");
    QVERIFY(QDir().mkpath(folder));
    const QString source = QStringLiteral(AWAITSCOPE_SOURCE_DIR "/lessons/gather/");
    for (const QString &name : QDir(source).entryList(QDir::Files)) {
        QFile in(source + name);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray data = in.readAll();
        if (name == QLatin1String("lesson.json"))
            data.replace("\"id\": \"gather\"", "\"id\": \"my-gather\"");
        QFile out(folder + QLatin1Char('/') + name);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(data);
    }
    QSettings().setValue(QStringLiteral("lessons/userFolder"), root.path());
    MainWindow w;
    QVERIFY(w.openLesson(QStringLiteral("my-gather")));
    QVERIFY(runEnded(w));
    w.codeEditor()->appendPlainText(QStringLiteral("# my own note"));
    const QString edited = w.codeEditor()->toPlainText();

    QVERIFY(QDir(folder).removeRecursively());
    // Reset, a re-run and a run all meet the missing folder: a message, the edits stay, the app goes on.
    button(w, "resetButton")->click();
    QVERIFY2(statusText(w).contains(QStringLiteral("no longer there")), qPrintable(statusText(w)));
    QCOMPARE(w.codeEditor()->toPlainText(), edited);
    w.runProgram();
    QTRY_VERIFY(!w.isRunning());
    QCOMPARE(w.codeEditor()->toPlainText(), edited);
    QVERIFY(w.openLesson(QStringLiteral("gather")));
    QVERIFY(runEnded(w));
    QVERIFY(w.player()->model().laneCount() > 1);
}

void TestLiveRun::unwritableSettingsAreReported()
{
    // Settings under a path whose parent is a file: every save fails, as on a full or read-only disk.
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString blocker = root.path() + QStringLiteral("/not-a-folder");
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, blocker + QStringLiteral("/config"));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, blocker + QStringLiteral("/config"));
    {
        MainWindow w;
        QVERIFY(w.openLesson(QStringLiteral("gather")));
        w.codeEditor()->appendPlainText(QStringLiteral("# kept"));
        QVERIFY2(statusText(w).contains(QStringLiteral("cannot be saved")), qPrintable(statusText(w)));
        // The edited code is still there to copy.
        QVERIFY(w.codeEditor()->toPlainText().endsWith(QStringLiteral("# kept")));
    }
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, config);
}

QTEST_MAIN(TestLiveRun)
#include "tst_liverun.moc"
