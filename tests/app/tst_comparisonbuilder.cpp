// The comparisons a learner can open from the Compare menu, and the difference each one calls out.
#include "compare/compareaddon.h"
#include "compare/compareview.h"
#include "compare/comparewindow.h"
#include "compare/comparisonbuilder.h"
#include "lessons/lessonlibrary.h"
#include "mainwindow/mainwindow.h"
#include "windowrun.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

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

} // namespace

class TestComparisonBuilder : public QObject
{
    Q_OBJECT
private slots:
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
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AwaitscopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("awaitscope-compare-test"));
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
