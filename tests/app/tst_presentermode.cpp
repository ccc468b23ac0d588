// Presenter mode as a teacher uses it: F5 in, everything large, high-contrast and full screen, only the
// keyboard; Esc out, and the window is exactly as it was.
#include "application/screenfit.h"
#include "mainwindow/mainwindow.h"
#include "player/playbackstate.h"
#include "player/playerwidget.h"
#include "player/transportbar.h"
#include "presenter/cursorspotlight.h"
#include "presenter/presenteraddon.h"
#include "presenter/presentermode.h"
#include "timeline/timelineview.h"
#include "windowrun.h"

#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QMenuBar>
#include <QPointer>
#include <QScreen>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

using namespace awaitscope;

namespace {

struct Snapshot
{
    QFont font;
    QPalette palette;
    Qt::WindowStates state;
    bool lessonListVisible = false;
    bool menuVisible = false;
    bool statusVisible = false;
    QList<QList<int>> splitterSizes;
    QColor timelineBackground;
    QFont timelineFont;
    bool timelineCustom = false;

    static Snapshot of(MainWindow &w)
    {
        Snapshot s;
        s.font = w.font();
        s.palette = w.palette();
        s.state = w.windowState();
        s.lessonListVisible = w.findChild<QListWidget *>(QStringLiteral("lessonList"))->isVisible();
        s.menuVisible = w.menuBar()->isVisible();
        s.statusVisible = w.statusBar()->isVisible();
        for (QSplitter *sp : w.findChildren<QSplitter *>())
            s.splitterSizes << sp->sizes();
        s.timelineBackground = w.player()->timelineView()->theme().background;
        s.timelineFont = w.player()->timelineView()->theme().font;
        s.timelineCustom = w.player()->timelineView()->hasCustomTheme();
        return s;
    }
};

double sizeOf(const QFont &f)
{
    return f.pointSizeF() > 0 ? f.pointSizeF() : f.pixelSize();
}

} // namespace

class TestPresenterMode : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AwaitscopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("awaitscope-presenter-test"));
    }

    void f5EntersAndEscLeavesRestoringEverything()
    {
        MainWindow w;
        // As large as fits (the offscreen screen is 800x800): leaving never makes a window larger than that.
        w.resize(w.screen()->availableGeometry().size() - QSize(40, 40));
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(w.openLesson(QStringLiteral("concurrent-tasks")));
        QVERIFY(runEnded(w));
        QTest::qWait(20);
        const Snapshot before = Snapshot::of(w);

        QTest::keyClick(&w, Qt::Key_F5);
        PresenterMode *presenter = w.addOn<PresenterAddOn>()->mode();
        QVERIFY(presenter->isActive());
        QVERIFY(w.windowState() & Qt::WindowFullScreen);
        // Fonts for the back row: the window's, the explicitly set editor font and the timeline's.
        QVERIFY(presenter->fontScale() >= 1.5);
        QCOMPARE(sizeOf(w.font()), sizeOf(before.font) * presenter->fontScale());
        QVERIFY(sizeOf(w.player()->timelineView()->theme().font) >= sizeOf(before.timelineFont) * 1.5);
        QCOMPARE(w.palette().color(QPalette::Window), QColor(Qt::white));
        QCOMPARE(w.palette().color(QPalette::WindowText), QColor(Qt::black));
        QCOMPARE(w.player()->timelineView()->theme().text, QColor(Qt::black));
        // Nothing a class should not see.
        QVERIFY(!w.findChild<QListWidget *>(QStringLiteral("lessonList"))->isVisible());
        QVERIFY(!w.menuBar()->isVisible());
        QVERIFY(!w.statusBar()->isVisible());
        // Every add-on's dialogs are off (WindowAddOn::dialogActions), and the code pane's controls hidden.
        const char *dialogs[] = {"actionExport", "actionCopyPicture", "actionComparePitfall",
                                 "actionCompareEdit", "actionCompareSettings"};
        for (const char *name : dialogs)
            QVERIFY2(!w.findChild<QAction *>(QLatin1String(name))->isEnabled(), name);
        for (const char *name : {"runButton", "programChoice", "resetButton", "realClockBox"})
            QVERIFY2(!w.findChild<QWidget *>(QLatin1String(name))->isVisible(), name);
        QVERIFY(w.codeEditor()->isVisible()); // the code itself stays
        QVERIFY(presenter->spotlight()->isVisible());

        QTest::keyClick(&w, Qt::Key_Escape);
        QVERIFY(!presenter->isActive());
        QTest::qWait(20);
        const Snapshot after = Snapshot::of(w);
        QCOMPARE(after.font, before.font);
        QCOMPARE(after.palette, before.palette);
        QCOMPARE(after.state, before.state);
        QCOMPARE(after.lessonListVisible, before.lessonListVisible);
        QCOMPARE(after.menuVisible, before.menuVisible);
        QCOMPARE(after.statusVisible, before.statusVisible);
        QCOMPARE(after.splitterSizes, before.splitterSizes);
        QCOMPARE(after.timelineBackground, before.timelineBackground);
        QCOMPARE(after.timelineFont, before.timelineFont);
        QCOMPARE(after.timelineCustom, before.timelineCustom);
        for (const char *name : dialogs)
            QVERIFY2(w.findChild<QAction *>(QLatin1String(name))->isEnabled(), name);
        QVERIFY(w.findChild<QWidget *>(QStringLiteral("runButton"))->isVisible());
        QVERIFY(!presenter->spotlight()->isVisible());

        // F5 toggles too.
        QTest::keyClick(&w, Qt::Key_F5);
        QVERIFY(presenter->isActive());
        QTest::keyClick(&w, Qt::Key_F5);
        QVERIFY(!presenter->isActive());
    }

    void fontScaleFollowsTheScreen_data()
    {
        QTest::addColumn<int>("height");
        QTest::addColumn<double>("dpr");
        QTest::addColumn<double>("scale");
        QTest::newRow("small projector") << 600 << 1.0 << 1.5;
        QTest::newRow("XGA") << 768 << 1.0 << 1.5;
        QTest::newRow("full HD") << 1080 << 1.0 << 2.0;
        QTest::newRow("large") << 2160 << 1.0 << 2.5;
        // QT_SCALE_FACTOR=2: the heights are logical; the fonts are already twice as large on the screen.
        QTest::newRow("full HD at 2x") << 540 << 2.0 << 1.0;
        QTest::newRow("4k at 2x") << 1080 << 2.0 << 1.25;
        QTest::newRow("1280x800 at 2x") << 400 << 2.0 << 1.0;
        QTest::newRow("4k at 1.5x") << 1440 << 1.5 << 2.5 / 1.5;
    }
    void fontScaleFollowsTheScreen()
    {
        QFETCH(int, height);
        QFETCH(double, dpr);
        QFETCH(double, scale);
        QCOMPARE(PresenterMode::fontScaleFor(height, dpr), scale);
    }

    void keyboardOnly_data()
    {
        QTest::addColumn<int>("number");
        QTest::newRow("1") << 1;
        QTest::newRow("2") << 2;
        QTest::newRow("9") << 9;
    }
    void keyboardOnly()
    {
        QFETCH(int, number);
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(w.openLesson(QStringLiteral("gather")));
        QVERIFY(runEnded(w));
        QTest::keyClick(&w, Qt::Key_F5);
        QVERIFY(w.addOn<PresenterAddOn>()->mode()->isActive());

        // A number key opens the lesson at that place in the list.
        auto *list = w.findChild<QListWidget *>(QStringLiteral("lessonList"));
        const QString expected = list->item(number - 1)->data(Qt::UserRole).toString();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(Qt::Key_0 + number));
        QCOMPARE(w.currentLessonId(), expected);

        // The transport keys, on a lesson whose program runs everywhere (the HTTP ones need aiohttp).
        QVERIFY(w.openLesson(QStringLiteral("concurrent-tasks")));
        QVERIFY(runEnded(w));
        PlaybackState *playback = w.player()->playback();
        QVERIFY(playback->eventCount() > 2);
        playback->jumpToStart();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QCOMPARE(playback->eventIndex(), 0);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
        QCOMPARE(playback->eventIndex(), 0);

        const double speed = playback->speed();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Plus);
        QVERIFY(playback->speed() > speed);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Minus);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Minus);
        QVERIFY(playback->speed() < speed);

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QVERIFY(playback->isPlaying());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QVERIFY(!playback->isPlaying());

        QTest::keyClick(&w, Qt::Key_Escape);
        QVERIFY(!w.addOn<PresenterAddOn>()->mode()->isActive());
        // Outside presenter mode, digits are not lesson shortcuts.
        const QString now = w.currentLessonId();
        QTest::keyClick(&w, Qt::Key_1);
        QCOMPARE(w.currentLessonId(), now);
    }

    // What the class sees, grabbed: large text on white, the spotlight, no editor controls. Saved beside the
    // other test pictures for a person to look at.
    void grabbedPresenterScreen()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(w.openLesson(QStringLiteral("concurrent-tasks")));
        QVERIFY(runEnded(w));
        w.addOn<PresenterAddOn>()->mode()->enter();
        QTest::qWait(50);
        PlaybackState *playback = w.player()->playback();
        playback->scrubTo(4.0);
        const QImage image = w.grab().toImage();
        QCOMPARE(image.size(), w.size());
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, "the presenter screen looks blank");
        image.save(QDir::tempPath() + QStringLiteral("/awaitscope-presenter.png"));
        // A question in front of the class: the panel is large too, and the future is covered.
        w.findChild<QAction *>(QStringLiteral("actionPredict"))->trigger();
        QTest::qWait(50);
        w.grab().toImage().save(QDir::tempPath() + QStringLiteral("/awaitscope-presenter-predict.png"));
        w.findChild<QAction *>(QStringLiteral("actionPredict"))->trigger();
        w.addOn<PresenterAddOn>()->mode()->leave();
        w.grab().toImage().save(QDir::tempPath() + QStringLiteral("/awaitscope-presenter-left.png"));
    }

    // Every widget's font, not only the window's: the editor's monospace, the bold headings, the panels.
    // Also after a number key opened another lesson while presenting (new parameter widgets).
    void everyFontAndTheParameterFormAreRestored()
    {
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(w.openLesson(QStringLiteral("concurrent-tasks"))); // has parameters
        QVERIFY(runEnded(w));
        QTest::qWait(20);
        struct Font
        {
            QPointer<QWidget> widget;
            QFont font;
            bool own;
        };
        QList<Font> before;
        for (QWidget *widget : w.findChildren<QWidget *>())
            before.append({widget, widget->font(), widget->testAttribute(Qt::WA_SetFont)});
        QVERIFY(before.size() > 50);
        QWidget *form = w.findChild<QWidget *>(QStringLiteral("param_delay"))->parentWidget();
        QVERIFY(form->isVisible());

        auto *list = w.findChild<QListWidget *>(QStringLiteral("lessonList"));
        int other = -1; // another lesson with parameters: its form is built while presenting
        for (int i = 0; i < std::min(9, list->count()) && other < 0; ++i) {
            if (list->item(i)->data(Qt::UserRole).toString() == QStringLiteral("gather"))
                other = i;
        }
        QVERIFY(other >= 0);
        auto *play = w.player()->transportBar()->findChild<QToolButton *>();
        const QSize icon = play->iconSize();
        QTest::keyClick(&w, Qt::Key_F5);
        QVERIFY(w.addOn<PresenterAddOn>()->mode()->isActive());
        QVERIFY(!form->isVisible());
        QVERIFY(play->iconSize().height() > icon.height()); // the transport's buttons grow with the fonts
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(Qt::Key_1 + other));
        QCOMPARE(w.currentLessonId(), QStringLiteral("gather"));
        QVERIFY(!form->isVisible()); // the form stays out of sight while presenting
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!w.addOn<PresenterAddOn>()->mode()->isActive());
        QTest::qWait(20);
        QVERIFY(form->isVisible()); // and it is back, with the new lesson's parameters
        QCOMPARE(play->iconSize(), icon);
        int checked = 0;
        for (const Font &f : std::as_const(before)) {
            if (!f.widget)
                continue; // rebuilt parameter widgets
            ++checked;
            QVERIFY2(f.widget->font() == f.font,
                     qPrintable(QStringLiteral("%1 (%2): %3 instead of %4")
                                    .arg(f.widget->objectName(),
                                         QString::fromLatin1(f.widget->metaObject()->className()),
                                         f.widget->font().toString(), f.font.toString())));
            QCOMPARE(f.widget->testAttribute(Qt::WA_SetFont), f.own);
        }
        QVERIFY(checked > 50);
    }

    void presenterNeverLeavesTheWindowLargerThanTheScreen()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QRect available = w.screen()->availableGeometry();
        auto inside = [&] { return w.width() <= available.width() && w.height() <= available.height(); };
        QVERIFY(inside());
        w.addOn<PresenterAddOn>()->mode()->enter();
        QTest::qWait(20);
        w.addOn<PresenterAddOn>()->mode()->leave();
        QTest::qWait(20);
        QVERIFY2(inside(), qPrintable(QStringLiteral("%1x%2 on %3x%4")
                                          .arg(w.width())
                                          .arg(w.height())
                                          .arg(available.width())
                                          .arg(available.height())));
        const QRect huge(-500, -500, 5000, 4000);
        QVERIFY(available.contains(rectInside(huge, available)));
        // The default 1280x800 on a 1280x800 screen under a window manager whose title bar is 24 pixels
        // high: the client shrinks so that the frame, status bar included, is on the screen.
        const QRect screen1280(0, 0, 1280, 800);
        const QMargins frame(3, 24, 3, 3);
        const QRect client = clientInside(QRect(0, 0, 1280, 800), frame, screen1280);
        QCOMPARE(client, QRect(3, 24, 1274, 773));
        QVERIFY(screen1280.contains(client.marginsAdded(frame)));
        QCOMPARE(clientInside(QRect(100, 100, 600, 400), frame, screen1280), QRect(100, 100, 600, 400));
    }

    void spotlightFramesTheCursor()
    {
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(w.openLesson(QStringLiteral("concurrent-tasks")));
        QVERIFY(runEnded(w));
        w.addOn<PresenterAddOn>()->mode()->enter();
        PlaybackState *playback = w.player()->playback();
        playback->scrubTo((playback->startTime() + playback->endTime()) / 2);
        const QRectF band = w.addOn<PresenterAddOn>()->mode()->spotlight()->band();
        const double x = w.player()->timelineView()->geometry().timeToX(playback->time());
        QVERIFY(band.left() < x && x < band.right());
        QVERIFY(band.width() > 40);
        w.addOn<PresenterAddOn>()->mode()->leave();
    }
};

QTEST_MAIN(TestPresenterMode)
#include "tst_presentermode.moc"
