// The comparisons a learner can open from the Compare menu, and the difference each one calls out.
#include "compare/compareaddon.h"
#include "compare/compareview.h"
#include "compare/comparewindow.h"
#include "compare/comparisonbuilder.h"
#include "lessons/lessonlibrary.h"
#include "mainwindow/mainwindow.h"
#include "windowrun.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

#include <unistd.h>

using namespace awaitscope;

namespace {

const Lesson &lesson(const QString &id)
{
    static LessonLibrary library;
    if (library.lessons().isEmpty())
        library.load(QStringLiteral(AWAITSCOPE_SOURCE_DIR "/lessons"));
    return *library.lesson(id);
}

QString program(const QString &lessonId, const QString &programId)
{
    QFile f(lesson(lessonId).programPath(programId));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return QString::fromUtf8(f.readAll());
}

// The runner processes this test has started (children of this process named awaitscope-runner).
QList<qint64> runnerChildren()
{
    QList<qint64> out;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (comm) state ppid ...": comm is cut to 15 characters
        const QString text = QString::fromLocal8Bit(stat.readAll());
        const qsizetype close = text.lastIndexOf(u')');
        const QStringList rest = text.mid(close + 2).split(u' ');
        if (text.contains(QStringLiteral("(awaitscope-runn")) && rest.size() > 1 &&
            rest[1].toLongLong() == qint64(getpid()))
            out << pid;
    }
    return out;
}

} // namespace

class TestComparisonBuilder : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AwaitscopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("awaitscope-compare-test"));
        QSettings().clear();
    }
    void cleanup() { QSettings().clear(); } // a test's edits are not the next one's

    void differences_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("difference");
        QTest::addColumn<QString>("firstTitle");
        QTest::addColumn<QString>("secondTitle");
        QTest::newRow("pitfall and fix")
            << QStringLiteral("pitfall") << QStringLiteral("9.0 s vs 3.0 s: 3× faster")
            << QStringLiteral("await inside the comprehension") << QStringLiteral("create all, then await");
        // The learner moves the await out of the comprehension: the edit is the fix.
        QTest::newRow("before and after an edit")
            << QStringLiteral("edit") << QStringLiteral("9.0 s vs 3.0 s: 3× faster")
            << QStringLiteral("the lesson's program (await inside the comprehension)")
            << QStringLiteral("your edit");
        QTest::newRow("two settings")
            << QStringLiteral("settings") << QStringLiteral("9.0 s vs 3.0 s: 3× faster")
            << QStringLiteral("delay=3 s") << QStringLiteral("delay=1 s");
        QTest::newRow("a slower setting")
            << QStringLiteral("slower") << QStringLiteral("9.0 s vs 15.0 s: 1.7× slower")
            << QStringLiteral("count=3") << QStringLiteral("count=5");
    }
    void differences()
    {
        QFETCH(QString, kind);
        QFETCH(QString, difference);
        QFETCH(QString, firstTitle);
        QFETCH(QString, secondTitle);
        const Lesson &l = lesson(QStringLiteral("concurrent-tasks"));
        const QVariantMap defaults = ComparisonBuilder::defaults(l);
        Comparison c;
        if (kind == u"pitfall") {
            c = ComparisonBuilder::pitfallVsFixed(l, defaults);
        } else if (kind == u"edit") {
            QString edited = program(QStringLiteral("concurrent-tasks"), QStringLiteral("pitfall"));
            const QString line = QStringLiteral(
                "[await asyncio.create_task(nap(DELAY), name=f\"nap_{i}\") for i in range(COUNT)]");
            QVERIFY(edited.contains(line));
            edited.replace(line,
                           QStringLiteral("tasks = [asyncio.create_task(nap(DELAY), name=f\"nap_{i}\") for i "
                                          "in range(COUNT)]\n    [await t for t in tasks]"));
            c = ComparisonBuilder::originalVsEdited(l, QStringLiteral("pitfall"), edited, defaults);
        } else {
            QVariantMap mine = defaults;
            if (kind == u"settings")
                mine.insert(QStringLiteral("delay"), 1LL);
            else
                mine.insert(QStringLiteral("count"), 5LL);
            c = ComparisonBuilder::twoSettings(
                l, QStringLiteral("pitfall"),
                program(QStringLiteral("concurrent-tasks"), QStringLiteral("pitfall")), defaults, mine);
        }
        QVERIFY2(c.ok(), qPrintable(c.error));
        QCOMPARE(c.firstTitle, firstTitle);
        QCOMPARE(c.secondTitle, secondTitle);

        // What the learner reads in the compare window.
        CompareWindow window;
        window.setComparison(c);
        QCOMPARE(window.headline(), difference);
        QCOMPARE(window.view()->accessibleName(), difference);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.grab().toImage().save(QDir::tempPath() +
                                     QStringLiteral("/awaitscope-compare-%1.png").arg(kind));
    }

    // From the main window's Compare menu, as a learner does it.
    void fromTheCompareMenu()
    {
        MainWindow w;
        QVERIFY(w.openLesson(QStringLiteral("concurrent-tasks")));
        QVERIFY(runEnded(w));
        w.findChild<QAction *>(QStringLiteral("actionComparePitfall"))->trigger();
        // Both sides run off the GUI thread; the window says so meanwhile, then shows the comparison.
        QVERIFY(w.addOn<CompareAddOn>()->isComparing());
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("Comparing")));
        QTRY_VERIFY(!w.addOn<CompareAddOn>()->isComparing());
        QVERIFY(w.addOn<CompareAddOn>()->compareWindow() &&
                w.addOn<CompareAddOn>()->compareWindow()->isVisible());
        QCOMPARE(w.addOn<CompareAddOn>()->compareWindow()->headline(),
                 QStringLiteral("9.0 s vs 3.0 s: 3× faster"));

        // Nothing edited yet: the status bar says what to do, and the last comparison stays.
        w.findChild<QAction *>(QStringLiteral("actionCompareEdit"))->trigger();
        QTRY_VERIFY(!w.addOn<CompareAddOn>()->isComparing());
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("edit it first")));
        // a narrow window may cut the status line: hovering it shows the whole message
        QCOMPARE(w.statusBar()->toolTip(), w.statusBar()->currentMessage());
        QCOMPARE(w.addOn<CompareAddOn>()->lastComparison()->secondTitle,
                 QStringLiteral("create all, then await"));

        auto *delay = w.findChild<QSpinBox *>(QStringLiteral("param_delay"));
        QVERIFY(delay);
        delay->setValue(1);
        QVERIFY(runEnded(w));
        w.findChild<QAction *>(QStringLiteral("actionCompareSettings"))->trigger();
        QTRY_VERIFY(!w.addOn<CompareAddOn>()->isComparing());
        QCOMPARE(w.addOn<CompareAddOn>()->compareWindow()->headline(),
                 QStringLiteral("9.0 s vs 3.0 s: 3× faster"));
        QCOMPARE(w.addOn<CompareAddOn>()->lastComparison()->firstTitle, QStringLiteral("delay=3 s"));
        QCOMPARE(w.addOn<CompareAddOn>()->lastComparison()->secondTitle, QStringLiteral("delay=1 s"));
        delay->setValue(3);
    }

    // Closing the window while a side runs for ever: the window goes at once and ends that side's runner.
    void closingTheWindowEndsAComparison()
    {
        auto *w = new MainWindow;
        QVERIFY(w->openLesson(QStringLiteral("concurrent-tasks")));
        QVERIFY(runEnded(*w));
        const QList<qint64> before = runnerChildren();
        // each pass allocates a large list, so the step limit is hours away
        w->codeEditor()->setPlainText(QStringLiteral("while True:\n    x = [0] * 1000000\n"));
        w->findChild<QAction *>(QStringLiteral("actionCompareEdit"))->trigger();
        QVERIFY(w->addOn<CompareAddOn>()->isComparing());
        const auto newRunners = [&] {
            QList<qint64> out;
            for (qint64 pid : runnerChildren())
                if (!before.contains(pid))
                    out << pid;
            return out;
        };
        // The lesson's side runs first and ends within moments; the edited side's runner then runs for ever.
        // A runner seen twice 300 ms apart is that one (or a slow first side, which closing must end too).
        QList<qint64> started;
        QElapsedTimer waited;
        waited.start();
        while (started.isEmpty() && waited.elapsed() < 10000) {
            const QList<qint64> seen = newRunners();
            QTest::qWait(300);
            for (qint64 pid : newRunners())
                if (seen.contains(pid))
                    started << pid;
        }
        QVERIFY(!started.isEmpty());
        QVERIFY(w->addOn<CompareAddOn>()->isComparing());
        QElapsedTimer clock;
        clock.start();
        delete w;
        QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
        for (qint64 pid : started) // gone, not a zombie
            QVERIFY(!QDir(QStringLiteral("/proc/%1").arg(pid)).exists());
    }

    void nothingToCompare_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("unedited") << QStringLiteral("edit") << QStringLiteral("edit it first");
        QTest::newRow("same settings") << QStringLiteral("settings") << QStringLiteral("change a parameter");
        QTest::newRow("no fix in the lesson")
            << QStringLiteral("pitfall") << QStringLiteral("no pitfall and fix");
        QTest::newRow("broken edit") << QStringLiteral("broken") << QStringLiteral("line 2");
    }
    void nothingToCompare()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        const Lesson &l =
            lesson(kind == u"pitfall" ? QStringLiteral("gather") : QStringLiteral("concurrent-tasks"));
        const QVariantMap defaults = ComparisonBuilder::defaults(l);
        Comparison c;
        if (kind == u"edit")
            c = ComparisonBuilder::originalVsEdited(
                l, QStringLiteral("pitfall"),
                program(QStringLiteral("concurrent-tasks"), QStringLiteral("pitfall")), defaults);
        else if (kind == u"broken")
            c = ComparisonBuilder::originalVsEdited(
                l, QStringLiteral("pitfall"), QStringLiteral("import asyncio\nasync def main(:\n"), defaults);
        else if (kind == u"settings")
            c = ComparisonBuilder::twoSettings(
                l, QStringLiteral("pitfall"),
                program(QStringLiteral("concurrent-tasks"), QStringLiteral("pitfall")), defaults, defaults);
        else
            c = ComparisonBuilder::pitfallVsFixed(l, defaults);
        QVERIFY(!c.ok());
        QVERIFY2(c.error.contains(message), qPrintable(c.error));
    }
};

QTEST_MAIN(TestComparisonBuilder)
#include "tst_comparisonbuilder.moc"
