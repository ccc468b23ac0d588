// The main window as a person sees it: menus, the lesson list, a lesson opened, run and drawn.
#include "application/cpythonrecorder.h"
#include "compare/compareview.h"
#include "compare/comparewindow.h"
#include "lessonview/explanationview.h"
#include "lessonview/liverun.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/shortcutspage.h"
#include "player/playbackstate.h"
#include "player/playerwidget.h"
#include "player/transportbar.h"
#include "recorded/recordedruns.h"
#include "timeline/timelineview.h"
#include "timeline/timelineviewstate.h"
#include "trace/runmodel.h"
#include "windowrun.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

using namespace awaitscope;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void showsTitleAndMenus();
    void listsTheElevenLessons();
    void opensALessonAndDrawsItsRun_data();
    void opensALessonAndDrawsItsRun();
    void editedCodeIsKeptAndReset();
    void afterAnAbnormalEndEditedCodeWaitsForRun();
    void codeInTheExplanationIsMonospaced();
    void aBrokenProgramKeepsThePreviousPicture();
    void editedCodeIsMarked();
    void firstStartWelcomes();
    void theCurrentSectionIsInView();
    void grabbedImageIsNotBlank();
    void homeAndEndMoveTheCursorFromTheLessonList();
    void theEditorKeepsTabAndIsLeftByEscOrCtrlTab();
    void speedKeysAreTheSameEverywhere();
    void aReRunThatTakesLongerOrShorterIsFitted();
    void neverLargerThanTheScreen();
    void theShortcutsPageListsEveryKey();
    void tracesFromElsewhereOpenInTheirOwnPlayers();
};

void TestMainWindow::initTestCase()
{
    // Settings and progress go to a throw-away place, never the person's own.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AwaitscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("awaitscope-test"));
}

void TestMainWindow::showsTitleAndMenus()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.windowTitle(), QStringLiteral("Awaitscope"));
    QStringList menus;
    for (QAction *a : w.menuBar()->actions())
        menus << a->text().remove(QLatin1Char('&'));
    QVERIFY(menus.contains(QStringLiteral("File")));
    QVERIFY(menus.contains(QStringLiteral("Help")));
    // The menus come from several parts of the window; the bar shows them in one reading order.
    QStringList order;
    for (QAction *a : w.menuBar()->actions()) {
        if (QMenu *menu = QMenu::menuInAction(a))
            order << menu->objectName();
    }
    QCOMPARE(order, (QStringList{QStringLiteral("menuFile"), QStringLiteral("menuEdit"),
                                 QStringLiteral("menuView"), QStringLiteral("menuRun"),
                                 QStringLiteral("menuPlayback"), QStringLiteral("menuCompare"),
                                 QStringLiteral("menuLanguage"), QStringLiteral("menuHelp")}));
    QVERIFY(w.findChild<QAction *>(QStringLiteral("actionQuit")));
    QVERIFY(w.findChild<QAction *>(QStringLiteral("actionAbout")));
}

void TestMainWindow::listsTheElevenLessons()
{
    MainWindow w;
    auto *list = w.findChild<QListWidget *>(QStringLiteral("lessonList"));
    QVERIFY(list);
    QCOMPARE(list->count(), 11);
    QVERIFY(list->item(0)->text().startsWith(QStringLiteral("1. ")));
}

void TestMainWindow::opensALessonAndDrawsItsRun_data()
{
    QTest::addColumn<QString>("lesson");
    for (const char *id :
         {"concurrent-tasks", "gather", "wait", "cancellation", "taskgroup", "blocking-calls"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestMainWindow::opensALessonAndDrawsItsRun()
{
    QFETCH(QString, lesson);
    MainWindow w;
    QVERIFY(w.openLesson(lesson));
    QVERIFY(runEnded(w));
    // The total time CPython 3.11 takes for the program shown, recorded beside it.
    QFile f(QStringLiteral(AWAITSCOPE_SOURCE_DIR "/lessons/%1/%2.outcome.json")
                .arg(lesson, w.currentProgramId()));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const double endTime =
        QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("total_time")).toDouble(-1);
    QCOMPARE(w.currentLessonId(), lesson);
    QCOMPARE(w.lastError(), QString());
    QVERIFY(!w.codeEditor()->toPlainText().isEmpty());
    const Trace &trace = w.player()->trace();
    QCOMPARE(trace.endTime, endTime);
    QVERIFY(w.player()->model().laneCount() >= 2);
    // Play to the end: the console shows what the program printed.
    w.player()->playback()->jumpToEnd();
    QVERIFY(!trace.outputUntil(trace.events().back().seq).isEmpty());
}

void TestMainWindow::editedCodeIsKeptAndReset()
{
    {
        MainWindow w;
        QVERIFY(w.openLesson(QStringLiteral("gather")));
        QVERIFY(runEnded(w));
        w.codeEditor()->appendPlainText(QStringLiteral("# my note"));
    }
    MainWindow again;
    QVERIFY(again.openLesson(QStringLiteral("gather")));
    QVERIFY(runEnded(again));
    QVERIFY(again.codeEditor()->toPlainText().contains(QStringLiteral("# my note")));
    auto *reset = again.findChild<QAbstractButton *>(QStringLiteral("resetButton"));
    QVERIFY(reset);
    reset->click();
    QVERIFY(!again.codeEditor()->toPlainText().contains(QStringLiteral("# my note")));
}

// A session that never closed (its process is gone: a crash, a kill) may have been brought down by the
// learner's edited program. The next start shows the edit but does not run it until Run is pressed; a
// normal start after that runs edits again.
void TestMainWindow::afterAnAbnormalEndEditedCodeWaitsForRun()
{
    // Everything the last run printed (after asyncio.run too, which the trace does not hold).
    auto printed = [](const MainWindow &w) {
        return w.isRunning() ? QString() : w.liveRun()->result().output;
    };
    QFile original(QStringLiteral(AWAITSCOPE_SOURCE_DIR "/lessons/gather/main.py"));
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QString edited =
        QString::fromUtf8(original.readAll()) + QStringLiteral("\nprint('the edit ran')\n");
    {
        QSettings settings;
        settings.setValue(QStringLiteral("lesson/current"), QStringLiteral("gather"));
        settings.setValue(QStringLiteral("code/gather/main"), edited);
        settings.setValue(QStringLiteral("session/openBy"), qint64(1) << 40); // no such process
    }
    {
        MainWindow w;
        QCOMPARE(w.currentLessonId(), QStringLiteral("gather"));
        QCOMPARE(w.codeEditor()->toPlainText(), edited);
        const QString status = w.findChild<QLabel *>(QStringLiteral("runStatus"))->text();
        QVERIFY2(status.contains(QStringLiteral("did not close normally")), qPrintable(status));
        // the whole message on hover, where a narrow window cuts the line
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("runStatus"))->toolTip(), status);
        QVERIFY(!printed(w).contains(QStringLiteral("the edit ran")));
        w.runProgram();
        QTRY_VERIFY_WITH_TIMEOUT(printed(w).contains(QStringLiteral("the edit ran")), 30000);
    }
    // Closed normally: the next start runs the edit at once.
    {
        MainWindow w;
        QTRY_VERIFY_WITH_TIMEOUT(printed(w).contains(QStringLiteral("the edit ran")), 30000);
        QVERIFY(!w.findChild<QLabel *>(QStringLiteral("runStatus"))
                     ->text()
                     .contains(QStringLiteral("did not close normally")));
    }
    QSettings().remove(QStringLiteral("code/gather/main"));
}

// The lesson's `code` spans are shown as code, not with their backticks.
void TestMainWindow::codeInTheExplanationIsMonospaced()
{
    MainWindow w;
    QVERIFY(w.openLesson(QStringLiteral("wait")));
    QVERIFY(runEnded(w));
    auto *explanation = w.findChild<QTextBrowser *>(QStringLiteral("explanation"));
    QVERIFY(explanation);
    const QString text = explanation->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("done, pending = await asyncio.wait(")), qPrintable(text));
    QVERIFY2(!text.contains(u'`'), qPrintable(text));
    QTextCursor cursor = explanation->document()->find(QStringLiteral("asyncio.wait("));
    QVERIFY(!cursor.isNull());
    QVERIFY(cursor.charFormat().fontFixedPitch() ||
            cursor.charFormat().fontFamilies().toStringList().join(u',').contains(QStringLiteral("monospace"),
                                                                                  Qt::CaseInsensitive));
}

void TestMainWindow::aBrokenProgramKeepsThePreviousPicture()
{
    MainWindow w;
    QVERIFY(w.openLesson(QStringLiteral("concurrent-tasks")));
    QVERIFY(runEnded(w));
    const int lanes = w.player()->model().laneCount();
    w.codeEditor()->setPlainText(QStringLiteral("import asyncio\nasync def main(:\n    pass\n"));
    w.runProgram();
    QVERIFY(runEnded(w));
    QVERIFY(w.lastError().contains(QStringLiteral("line 2")) ||
            w.lastError().contains(QStringLiteral("syntax")));
    QCOMPARE(w.player()->model().laneCount(), lanes);
    // The old picture is marked as such, with the reason, until a run draws a new one.
    const QString notice = w.player()->notStartedNotice();
    QVERIFY2(notice.contains(QStringLiteral("SyntaxError")), qPrintable(notice));
    QCOMPARE(notice.count(QStringLiteral("line 2")), 1);
    QVERIFY2(notice.contains(QStringLiteral("from the last run")), qPrintable(notice));
    QVERIFY(w.player()->timelineView()->graphicsEffect()); // faded
    // A program that fails before its loop runs says the same.
    w.codeEditor()->setPlainText(QStringLiteral("import asyncio\nprint(undefined_name)\n"));
    w.runProgram();
    QVERIFY(runEnded(w));
    QVERIFY2(w.player()->notStartedNotice().contains(QStringLiteral("line 2: NameError")),
             qPrintable(w.player()->notStartedNotice()));
    w.findChild<QAbstractButton *>(QStringLiteral("resetButton"))->click();
    QVERIFY(runEnded(w));
    QCOMPARE(w.player()->notStartedNotice(), QString());
    QVERIFY(!w.player()->timelineView()->graphicsEffect());
}

// An edited program is marked as such: the tab, the lesson text (which describes the original) and the
// parameters, which no longer do anything once the `# param` lines are gone.
void TestMainWindow::editedCodeIsMarked()
{
    MainWindow w;
    QVERIFY(w.openLesson(QStringLiteral("concurrent-tasks")));
    QVERIFY(runEnded(w));
    auto *tabs = w.findChild<QTabWidget *>();
    QVERIFY(tabs);
    auto *explanation = w.findChild<QTextBrowser *>(QStringLiteral("explanation"));
    QCOMPARE(tabs->tabText(0), QStringLiteral("Python"));
    QVERIFY(!explanation->toPlainText().contains(QStringLiteral("your edited program")));
    auto *param = w.findChild<QWidget *>(QStringLiteral("param_delay"));
    QVERIFY(param);
    QVERIFY(param->isEnabled());

    QString code = w.codeEditor()->toPlainText();
    code.replace(QStringLiteral("# param:"), QStringLiteral("# was:"));
    w.codeEditor()->setPlainText(code);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Python (edited)"));
    QVERIFY(!param->isEnabled());
    w.runProgram();
    QVERIFY(runEnded(w));
    QVERIFY2(explanation->toPlainText().contains(QStringLiteral("The timeline shows your edited program")),
             qPrintable(explanation->toPlainText()));

    w.findChild<QAbstractButton *>(QStringLiteral("resetButton"))->click();
    QVERIFY(runEnded(w));
    QCOMPARE(tabs->tabText(0), QStringLiteral("Python"));
    QVERIFY(w.findChild<QWidget *>(QStringLiteral("param_delay"))->isEnabled());
    QVERIFY(!explanation->toPlainText().contains(QStringLiteral("your edited program")));
}

// The first start says what the app is and opens the first lesson (the pitfall of creating tasks too
// late); "Got it" closes the welcome for good.
void TestMainWindow::firstStartWelcomes()
{
    QSettings().remove(QStringLiteral("welcome/dismissed"));
    QSettings().remove(QStringLiteral("lesson/current"));
    {
        MainWindow w;
        QVERIFY(runEnded(w));
        QCOMPARE(w.currentLessonId(), QStringLiteral("concurrent-tasks"));
        auto *explanation = w.findChild<QTextBrowser *>(QStringLiteral("explanation"));
        QVERIFY(w.showsWelcome());
        QVERIFY2(explanation->toPlainText().contains(QStringLiteral("Welcome to Awaitscope")),
                 qPrintable(explanation->toPlainText()));
        emit explanation->anchorClicked(QUrl(QStringLiteral("#dismiss-welcome")));
        QVERIFY(!w.showsWelcome());
        QVERIFY(!explanation->toPlainText().contains(QStringLiteral("Welcome to Awaitscope")));
    }
    MainWindow again;
    QVERIFY(runEnded(again));
    QVERIFY(!again.showsWelcome());
}

// The section the cursor reached is brought into view, even in a small window; redrawing the same text
// leaves the reader's scroll position alone.
void TestMainWindow::theCurrentSectionIsInView()
{
    MainWindow w;
    w.resize(1024, 640);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openLesson(QStringLiteral("wait")));
    QVERIFY(runEnded(w));
    auto *explanation = w.findChild<ExplanationView *>(QStringLiteral("explanation"));
    QVERIFY(explanation);
    w.player()->playback()->jumpToEnd();
    QTest::qWait(20);
    QVERIFY(explanation->content().currentSection > 0);
    const QTextCursor mark = explanation->document()->find(QStringLiteral("▶ "));
    QVERIFY(!mark.isNull());
    QVERIFY(explanation->verticalScrollBar()->value() > 0); // it had to scroll to get there
    QVERIFY(explanation->viewport()->rect().intersects(explanation->cursorRect(mark)));
    explanation->verticalScrollBar()->setValue(0);
    explanation->setContent(explanation->content());
    QCOMPARE(explanation->verticalScrollBar()->value(), 0);
}

void TestMainWindow::grabbedImageIsNotBlank()
{
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // The README's picture (docs/screenshot-player.png is this grab): the first lesson, its pitfall program
    // at 4.5 s, as a learner sees it after the welcome.
    QVERIFY(w.openLesson(QStringLiteral("concurrent-tasks")));
    QVERIFY(runEnded(w));
    if (auto *explanation = w.findChild<QTextBrowser *>(QStringLiteral("explanation")); w.showsWelcome())
        emit explanation->anchorClicked(QUrl(QStringLiteral("#dismiss-welcome")));
    w.player()->playback()->scrubTo(4.5);
    QTest::qWait(50);
    const QImage image = w.grab().toImage();
    QCOMPARE(image.size(), QSize(1280, 800));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 20, "the grabbed window looks blank");
    image.save(QDir::tempPath() + QStringLiteral("/awaitscope-mainwindow.png"));
}

void TestMainWindow::homeAndEndMoveTheCursorFromTheLessonList()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(w.openLesson(QStringLiteral("concurrent-tasks")));
    QVERIFY(runEnded(w));
    auto *list = w.findChild<QListWidget *>(QStringLiteral("lessonList"));
    QListWidgetItem *item = list->currentItem();
    QVERIFY(item && item->data(Qt::UserRole).toString() == QStringLiteral("concurrent-tasks"));
    // A click on the lesson: the list has the focus.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    QCOMPARE(QApplication::focusWidget(), list);
    PlaybackState *playback = w.player()->playback();
    playback->jumpToStart();
    QTest::keyClick(list, Qt::Key_End);
    QVERIFY(playback->atEnd());
    QCOMPARE(w.currentLessonId(), QStringLiteral("concurrent-tasks")); // not the last lesson
    QTest::keyClick(list, Qt::Key_Home);
    QVERIFY(playback->atStart());
    QTest::keyClick(list, Qt::Key_Right);
    QCOMPARE(playback->eventIndex(), 0);
    QCOMPARE(w.currentLessonId(), QStringLiteral("concurrent-tasks"));
    // Up and Down still choose a lesson.
    const int row = list->currentRow();
    QTest::keyClick(list, row > 0 ? Qt::Key_Up : Qt::Key_Down);
    QVERIFY(w.currentLessonId() != QStringLiteral("concurrent-tasks"));
}

void TestMainWindow::theEditorKeepsTabAndIsLeftByEscOrCtrlTab()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(w.openLesson(QStringLiteral("concurrent-tasks")));
    QVERIFY(runEnded(w));
    QPlainTextEdit *code = w.codeEditor();
    auto *tabs = w.findChild<QTabWidget *>();
    code->setFocus();
    QCOMPARE(QApplication::focusWidget(), code);
    // Tab indents, as in any code editor.
    const QString before = code->toPlainText();
    QTest::keyClick(code, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), code);
    QCOMPARE(code->toPlainText().size(), before.size() + 1);
    QTest::keyClick(code, Qt::Key_Backspace);
    QCOMPARE(code->toPlainText(), before);
    // Esc goes to the timeline; Space there plays.
    QTest::keyClick(code, Qt::Key_Escape);
    QCOMPARE(QApplication::focusWidget(), w.player()->timelineView());
    QCOMPARE(code->toPlainText(), before);
    // Ctrl+Tab and Ctrl+Shift+Tab go to the next and previous control, and do not flip to the C++ tab.
    code->setFocus();
    QTest::keyClick(code, Qt::Key_Tab, Qt::ControlModifier);
    QVERIFY(QApplication::focusWidget() != code);
    QCOMPARE(tabs->currentWidget(), code);
    code->setFocus();
    QTest::keyClick(code, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(QApplication::focusWidget() != code);
    QCOMPARE(tabs->currentWidget(), code);
    QCOMPARE(code->toPlainText(), before);
}

void TestMainWindow::speedKeysAreTheSameEverywhere()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(w.openLesson(QStringLiteral("concurrent-tasks")));
    QVERIFY(runEnded(w));
    PlaybackState *playback = w.player()->playback();
    w.player()->timelineView()->setFocus();
    const struct
    {
        Qt::Key key;
        Qt::KeyboardModifiers modifiers;
        bool faster;
    } keys[] = {{Qt::Key_BracketRight, {}, true},
                {Qt::Key_BracketLeft, {}, false},
                {Qt::Key_Plus, {}, true},
                {Qt::Key_Minus, {}, false},
                {Qt::Key_Equal, {}, true}};
    for (const auto &k : keys) {
        playback->setSpeed(1.0);
        QTest::keyClick(QApplication::focusWidget(), k.key, k.modifiers);
        QVERIFY2(k.faster ? playback->speed() > 1.0 : playback->speed() < 1.0,
                 qPrintable(QKeySequence(k.key).toString()));
    }
    // In the editor the same keys type.
    QPlainTextEdit *code = w.codeEditor();
    code->setFocus();
    playback->setSpeed(1.0);
    const QString before = code->toPlainText();
    QTest::keyClick(code, Qt::Key_Plus, Qt::ShiftModifier);
    QTest::keyClick(code, Qt::Key_Plus);
    QTest::keyClick(code, Qt::Key_Minus);
    QTest::keyClick(code, Qt::Key_BracketRight);
    QCOMPARE(playback->speed(), 1.0);
    QCOMPARE(code->toPlainText().size(), before.size() + 4);
    w.findChild<QAbstractButton *>(QStringLiteral("resetButton"))->click();
    // The Fit control is in the Playback menu with the rest.
    auto *menu = w.findChild<QMenu *>(QStringLiteral("menuPlayback"));
    QVERIFY(menu->actions().contains(w.player()->transportBar()->fitAction()));
}

void TestMainWindow::aReRunThatTakesLongerOrShorterIsFitted()
{
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openLesson(QStringLiteral("concurrent-tasks")));
    QVERIFY(runEnded(w));
    const TimelineGeometry &g = w.player()->timelineView()->geometry();
    const double first = w.player()->trace().endTime;
    QVERIFY(g.isFitted());
    QWidget *delay = w.findChild<QWidget *>(QStringLiteral("param_delay"));
    QVERIFY(delay);
    auto setDelay = [delay](double v) {
        if (auto *spin = qobject_cast<QSpinBox *>(delay))
            spin->setValue(int(v));
        else
            qobject_cast<QDoubleSpinBox *>(delay)->setValue(v);
    };
    // The learner zooms into the first run, then asks for a longer one: the new run is fitted whole.
    w.player()->timelineView()->zoomIn();
    QVERIFY(!g.isFitted());
    setDelay(5);
    QTRY_VERIFY(!w.isRunning());
    const double longer = w.player()->trace().endTime;
    QVERIFY2(longer > first, qPrintable(QString::number(longer)));
    QVERIFY(g.isFitted());
    QVERIFY(g.viewEnd > longer);
    setDelay(1);
    QTRY_VERIFY(!w.isRunning());
    const double shorter = w.player()->trace().endTime;
    QVERIFY(shorter < first);
    QVERIFY(g.isFitted());
    QVERIFY(g.viewEnd < shorter * 1.1);
}

void TestMainWindow::neverLargerThanTheScreen()
{
    MainWindow w;
    const QSize available = w.screen()->availableGeometry().size();
    QVERIFY(w.width() <= available.width());
    QVERIFY(w.height() <= available.height());
}

void TestMainWindow::theShortcutsPageListsEveryKey()
{
    MainWindow w;
    const QString page = ShortcutsPage::html(&w);
    int listed = 0;
    for (const QAction *action : w.findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || action->objectName().startsWith(u"actionPresenterLesson"))
            continue;
        for (const QKeySequence &key : action->shortcuts())
            QVERIFY2(page.contains(key.toString(QKeySequence::NativeText).toHtmlEscaped()),
                     qPrintable(action->objectName() + QStringLiteral(": ") + key.toString()));
        ++listed;
    }
    QVERIFY(listed >= 15);
    for (const char *text : {"Ctrl+0", "Ctrl+Return", "F9", "F5", "Shift+F5", "Home", "End", "Space"})
        QVERIFY2(page.contains(QLatin1String(text)), text);
    QVERIFY(page.contains(QStringLiteral("In the code editor: indents")));
    QVERIFY(page.contains(QStringLiteral("In the lesson list")));
    auto *help = w.findChild<QMenu *>(QStringLiteral("menuHelp"));
    QVERIFY(help->actions().contains(w.findChild<QAction *>(QStringLiteral("actionShortcuts"))));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

namespace {

QList<PlayerWidget *> tracePlayers()
{
    QList<PlayerWidget *> players;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *p = qobject_cast<PlayerWidget *>(w);
            p && p->isVisible() && p->objectName() == u"tracePlayer")
            players << p;
    return players;
}

} // namespace

// File ▸ Open Trace… opens a trace in a player of its own and names a file that is not one; Run ▸ Record
// under CPython shows CPython's run of the editor's program beside the window and says whether it tells the
// same scheduling story as the run the window shows.
void TestMainWindow::tracesFromElsewhereOpenInTheirOwnPlayers()
{
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openLesson(QStringLiteral("concurrent-tasks")));
    QVERIFY(runEnded(w));
    RecordedRuns *recorded = w.recordedRuns();
    QVERIFY(recorded);
    QVERIFY(
        w.findChild<QMenu *>(QStringLiteral("menuFile"))->actions().contains(recorded->openTraceAction()));
    QCOMPARE(recorded->openTraceAction()->shortcut(), QKeySequence(QKeySequence::Open));
    QVERIFY(w.findChild<QMenu *>(QStringLiteral("menuRun"))->actions().contains(recorded->recordAction()));

    QTemporaryDir dir;
    const QString tracePath = dir.filePath(QStringLiteral("run.json"));
    QFile out(tracePath);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(w.player()->trace().toJson());
    out.close();
    QString error;
    QVERIFY2(recorded->openTraceFile(tracePath, &error), qPrintable(error));
    QList<PlayerWidget *> players = tracePlayers();
    QCOMPARE(players.size(), 1);
    QCOMPARE(players[0]->trace().events().size(), w.player()->trace().events().size());
    QCOMPARE(players[0]->windowTitle(), QStringLiteral("run.json — Awaitscope"));
    players[0]->close();
    QTRY_COMPARE(tracePlayers().size(), 0);

    const QString notATrace = dir.filePath(QStringLiteral("prog.py"));
    QFile py(notATrace);
    QVERIFY(py.open(QIODevice::WriteOnly));
    py.write("print(1)\n");
    py.close();
    QVERIFY(!recorded->openTraceFile(notATrace, &error));
    QVERIFY2(error.startsWith(notATrace + QStringLiteral(" is not an Awaitscope trace (")),
             qPrintable(error));
    QVERIFY(!recorded->openTraceFile(dir.filePath(QStringLiteral("missing.json")), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(tracePlayers().size(), 0);

    QString version, why;
    if (findPython(QString(), &version, &why).isEmpty())
        QSKIP(qPrintable(QStringLiteral("no CPython 3.11+ to record with: %1").arg(why)));
    QSignalSpy done(recorded, &RecordedRuns::recordingDone);
    recorded->recordAction()->trigger();
    QVERIFY(recorded->isRecording());
    QVERIFY(!recorded->recordAction()->isEnabled());
    QVERIFY(done.wait(60000));
    // The window shows Awaitscope's run of this program: the two runs open side by side with the verdict.
    const QString same = QStringLiteral("CPython's run tells the same scheduling story as Awaitscope's.");
    QCOMPARE(w.findChild<QLabel *>(QStringLiteral("runStatus"))->text(), same);
    CompareWindow *beside = recorded->comparisonWindow();
    QVERIFY(beside);
    QVERIFY(beside->isVisible());
    QCOMPARE(beside->windowTitle(),
             QStringLiteral("%1.py: Awaitscope and CPython").arg(w.currentProgramId()));
    QCOMPARE(beside->note(), same);
    QCOMPARE(beside->view()->firstTitle(), QStringLiteral("Awaitscope"));
    QCOMPARE(beside->view()->secondTitle(), QStringLiteral("CPython (recorded)"));
    // The same story takes the same time on the virtual clock.
    QVERIFY2(beside->headline().endsWith(QStringLiteral(": the same time")), qPrintable(beside->headline()));
    QCOMPARE(tracePlayers().size(), 0);
    auto *openRun = beside->findChild<QPushButton *>(QStringLiteral("openRecordedRun"));
    QVERIFY(openRun);
    QCOMPARE(openRun->text(), QStringLiteral("Open CPython's Run"));
    openRun->click();
    players = tracePlayers();
    QCOMPARE(players.size(), 1);
    QCOMPARE(players[0]->windowTitle(),
             QStringLiteral("%1.py recorded under CPython — Awaitscope").arg(w.currentProgramId()));
    QCOMPARE(players[0]->trace().tasks().size(), w.player()->trace().tasks().size());
    QVERIFY(recorded->recordAction()->isEnabled());
    players[0]->close();
    beside->close();

    // Closing the window during a recording stops it at once.
    recorded->recordAction()->trigger();
    QVERIFY(recorded->isRecording());
}
