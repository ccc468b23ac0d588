// The main window as a person sees it: menus, the lesson list, a lesson opened, run and drawn.
#include "mainwindow/mainwindow.h"
#include "player/playbackstate.h"
#include "player/playerwidget.h"
#include "trace/runmodel.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

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
    void aBrokenProgramKeepsThePreviousPicture();
    void grabbedImageIsNotBlank();
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
        w.codeEditor()->appendPlainText(QStringLiteral("# my note"));
    }
    MainWindow again;
    QVERIFY(again.openLesson(QStringLiteral("gather")));
    QVERIFY(again.codeEditor()->toPlainText().contains(QStringLiteral("# my note")));
    auto *reset = again.findChild<QAbstractButton *>(QStringLiteral("resetButton"));
    QVERIFY(reset);
    reset->click();
    QVERIFY(!again.codeEditor()->toPlainText().contains(QStringLiteral("# my note")));
}

void TestMainWindow::aBrokenProgramKeepsThePreviousPicture()
{
    MainWindow w;
    QVERIFY(w.openLesson(QStringLiteral("concurrent-tasks")));
    const int lanes = w.player()->model().laneCount();
    w.codeEditor()->setPlainText(QStringLiteral("import asyncio\nasync def main(:\n    pass\n"));
    w.runProgram();
    QVERIFY(w.lastError().contains(QStringLiteral("line 2")) ||
            w.lastError().contains(QStringLiteral("syntax")));
    QCOMPARE(w.player()->model().laneCount(), lanes);
    w.findChild<QAbstractButton *>(QStringLiteral("resetButton"))->click();
}

void TestMainWindow::grabbedImageIsNotBlank()
{
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QImage image = w.grab().toImage();
    QCOMPARE(image.size(), QSize(1280, 800));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 20, "the grabbed window looks blank");
    image.save(QDir::tempPath() + QStringLiteral("/awaitscope-mainwindow.png"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
