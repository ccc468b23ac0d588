// The compare view: two runs on one time axis, and the headline that says how their totals differ.
#include "compare/compareview.h"
#include "python/pythonrunner.h"
#include "runhelper.h"
#include "svgtext.h"
#include "trace/trace.h"

#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>
#include <QSvgGenerator>
#include <QtTest>

using namespace awaitscope;

namespace {

Trace runLessonProgram(const QString &lesson, const QString &file)
{
    QFile f(QStringLiteral(AWAITSCOPE_SOURCE_DIR "/lessons/%1/%2").arg(lesson, file));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    Trace trace;
    py::RunOptions options;
    options.trace = &trace;
    options.displayName = file;
    options.out = [](const QString &) {};
    options.err = [](const QString &text) { qWarning("%s", qPrintable(text)); };
    const int status = py::runPythonSource(QString::fromUtf8(f.readAll()), options);
    if (status != 0)
        qFatal("%s exited with %d", qPrintable(file), status);
    return trace;
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

// The longest horizontal run of `colour` in row `y`: its first and last pixel (-1, -1 when absent).
std::pair<int, int> colourExtent(const QImage &image, int y, QColor colour)
{
    std::pair<int, int> best(-1, -1);
    int start = -1;
    for (int x = 0; x <= image.width(); ++x) {
        const bool match = x < image.width() && image.pixelColor(x, y) == colour;
        if (match && start < 0)
            start = x;
        if (!match && start >= 0) {
            if (best.first < 0 || x - 1 - start > best.second - best.first)
                best = {start, x - 1};
            start = -1;
        }
    }
    return best;
}

} // namespace

class TestCompareView : public QObject
{
    Q_OBJECT
private slots:
    void differenceText_data()
    {
        QTest::addColumn<double>("first");
        QTest::addColumn<double>("second");
        QTest::addColumn<QString>("expected");
        QTest::newRow("three times faster") << 9.0 << 3.0 << QStringLiteral("9.0 s vs 3.0 s: 3× faster");
        QTest::newRow("slower") << 3.0 << 9.0 << QStringLiteral("3.0 s vs 9.0 s: 3× slower");
        QTest::newRow("fractional ratio") << 5.0 << 2.0 << QStringLiteral("5.0 s vs 2.0 s: 2.5× faster");
        QTest::newRow("milliseconds") << 0.25 << 0.1 << QStringLiteral("250 ms vs 100 ms: 2.5× faster");
        QTest::newRow("equal") << 3.0 << 3.0 << QStringLiteral("3.0 s vs 3.0 s: the same time");
        QTest::newRow("equal as shown") << 3.0 << 3.0001 << QStringLiteral("3.0 s vs 3.0 s: the same time");
        QTest::newRow("both zero") << 0.0 << 0.0 << QStringLiteral("0 s vs 0 s: the same time");
        QTest::newRow("second zero") << 2.0 << 0.0 << QStringLiteral("2.0 s vs 0 s: no waiting at all");
        QTest::newRow("first zero") << 0.0 << 2.0 << QStringLiteral("0 s vs 2.0 s: took longer");
    }
    void differenceText()
    {
        QFETCH(double, first);
        QFETCH(double, second);
        QFETCH(QString, expected);
        QCOMPARE(CompareView::differenceText(first, second), expected);
    }

    void concurrentTasksLesson()
    {
        CompareView view;
        view.setRuns(runLessonProgram(QStringLiteral("concurrent-tasks"), QStringLiteral("pitfall.py")),
                     QStringLiteral("pitfall.py"),
                     runLessonProgram(QStringLiteral("concurrent-tasks"), QStringLiteral("fixed.py")),
                     QStringLiteral("fixed.py"));
        QCOMPARE(view.firstModel().trace().endTime, 9.0);
        QCOMPARE(view.secondModel().trace().endTime, 3.0);
        QCOMPARE(view.differenceText(), QStringLiteral("9.0 s vs 3.0 s: 3× faster"));
        QStringList names;
        for (const TaskLane &lane : view.secondModel().lanes())
            names << lane.name;
        QVERIFY2(names.contains(QStringLiteral("nap_2")), qPrintable(names.join(u',')));
    }

    // Both runs share one axis: the fixed run's total bar is a third as long as the pitfall's.
    void sharedAxis()
    {
        const Trace pitfall =
            runLessonProgram(QStringLiteral("concurrent-tasks"), QStringLiteral("pitfall.py"));
        const Trace fixed = runLessonProgram(QStringLiteral("concurrent-tasks"), QStringLiteral("fixed.py"));
        RunModel a;
        a.setTrace(pitfall);
        RunModel b;
        b.setTrace(fixed);
        TimelineTheme theme = TimelineTheme::light();
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(16);
        theme.font = font;
        QImage image(1200, 800, QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            CompareView::paintComparison(p, QRectF(0, 0, 1200, 800), {&a, QStringLiteral("pitfall.py")},
                                         {&b, QStringLiteral("fixed.py")}, 4.5, theme);
        }
        QVERIFY(distinctColours(image) > 5);
        // Find the two total bars: the first row with a long stretch of the first bar's colour, then the row
        // whose stretch of the second bar's colour starts at the same x (time 0 on the shared axis).
        auto findBar = [&](QColor colour, int startX) {
            for (int y = 0; y < image.height(); ++y) {
                const auto [x0, x1] = colourExtent(image, y, colour);
                if (x0 >= 0 && x1 - x0 > 40 && (startX < 0 || x0 == startX))
                    return std::pair<int, int>(x0, x1);
            }
            return std::pair<int, int>(-1, -1);
        };
        const auto first = findBar(theme.running, -1);
        QVERIFY(first.first > 0);
        const auto second = findBar(theme.done, first.first);
        QVERIFY(second.first > 0);
        const double ratio = double(first.second - first.first) / double(second.second - second.first);
        QVERIFY2(std::abs(ratio - 3.0) < 0.1, qPrintable(QString::number(ratio)));
    }

    // A run of 200 tasks beside a run of 3 on a 1280x720 picture: the small run keeps all its rows, the big
    // one keeps readable rows (a name in each) and says how many it leaves out, instead of squeezing them.
    void manyTasksSayWhatIsLeftOut()
    {
        const RunResult many = testing::runSource(
            QStringLiteral("import asyncio\n\n"
                           "async def job(i):\n"
                           "    await asyncio.sleep(i / 100)\n\n"
                           "async def main():\n"
                           "    await asyncio.gather(*[asyncio.create_task(job(i), "
                           "name=f'job_{chr(97 + i % 26)}{chr(97 + i // 26)}') for i in range(200)])\n\n"
                           "asyncio.run(main())\n"));
        QVERIFY2(!many.error.isError(), qPrintable(many.error.summary()));
        const RunResult few = testing::runSource(QStringLiteral(
            "import asyncio\n\n"
            "async def job(i):\n"
            "    await asyncio.sleep(1)\n\n"
            "async def main():\n"
            "    await asyncio.gather(*[asyncio.create_task(job(i), name=f'few_{i}') for i in range(2)])\n\n"
            "asyncio.run(main())\n"));
        QVERIFY2(!few.error.isError(), qPrintable(few.error.summary()));
        for (bool manyFirst : {true, false}) {
            RunModel a, b;
            a.setTrace(manyFirst ? many.trace : few.trace);
            b.setTrace(manyFirst ? few.trace : many.trace);
            TimelineTheme theme = TimelineTheme::light();
            QFont font(QStringLiteral("DejaVu Sans"));
            font.setPixelSize(16);
            theme.font = font;
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            {
                QSvgGenerator svg;
                svg.setOutputDevice(&buffer);
                svg.setSize(QSize(1280, 720));
                svg.setViewBox(QRect(0, 0, 1280, 720));
                QPainter p(&svg);
                CompareView::paintComparison(p, QRectF(0, 0, 1280, 720), {&a, QStringLiteral("first")},
                                             {&b, QStringLiteral("second")}, 1.0, theme);
            }
            QString error;
            const QStringList texts = testing::svgTexts(buffer.data(), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            static const QRegularExpression jobName(QStringLiteral("^job_[a-z]+$"));
            static const QRegularExpression fewName(QStringLiteral("^few_\\d+$"));
            static const QRegularExpression more(
                QStringLiteral("^\\+(\\d+) more not shown \\(201 tasks in all\\)$"));
            const QStringList notes = texts.filter(more);
            QVERIFY2(notes.size() == 1, qPrintable(texts.join(u'|')));
            QCOMPARE(texts.filter(fewName).size(), 2);
            const qsizetype shown =
                texts.filter(jobName).size() + (texts.count(QStringLiteral("Task-1")) - 1);
            const int hidden = more.match(notes.first()).captured(1).toInt();
            QVERIFY2(shown + hidden == 201, qPrintable(QStringLiteral("%1 + %2").arg(shown).arg(hidden)));
            QVERIFY2(shown >= 8, qPrintable(QString::number(shown)));
        }
    }

    void widgetPaints()
    {
        CompareView view;
        view.setRuns(runLessonProgram(QStringLiteral("concurrent-tasks"), QStringLiteral("pitfall.py")),
                     QStringLiteral("pitfall.py"),
                     runLessonProgram(QStringLiteral("concurrent-tasks"), QStringLiteral("fixed.py")),
                     QStringLiteral("fixed.py"));
        view.resize(900, 600);
        view.setCursor(2.0);
        QCOMPARE(view.cursor(), 2.0);
        const QImage image = view.grab().toImage();
        QCOMPARE(image.size(), QSize(900, 600));
        QVERIFY(distinctColours(image) > 5);
    }
};

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
