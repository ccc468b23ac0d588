// Export for slides: each format's bytes checked the way a slide tool would read them.
#include "export/exporter.h"
#include "python/pythonrunner.h"
#include "runhelper.h"
#include "svgtext.h"
#include "tieprogram.h"
#include "trace/runmodel.h"
#include "trace/trace.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace awaitscope;
using testing::svgTexts;

namespace {

Trace runLessonProgram(const QString &file)
{
    QFile f(QStringLiteral(AWAITSCOPE_SOURCE_DIR "/lessons/concurrent-tasks/%1").arg(file));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    Trace trace;
    py::RunOptions options;
    options.trace = &trace;
    options.displayName = file;
    options.out = [](const QString &) {};
    options.err = [](const QString &text) { qWarning("%s", qPrintable(text)); };
    if (py::runPythonSource(QString::fromUtf8(f.readAll()), options) != 0)
        qFatal("%s failed", qPrintable(file));
    return trace;
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

    Trace m_pitfall;
    Trace m_fixed;

    void setUp(Exporter &e, Exporter::View view)
    {
        e.setView(view);
        if (view == Exporter::View::Compare)
            e.setComparison(m_pitfall, QStringLiteral("pitfall.py"), m_fixed, QStringLiteral("fixed.py"));
        else
            e.setTrace(m_fixed, QStringLiteral("fixed.py"));
    }

private slots:
    void initTestCase()
    {
        m_pitfall = runLessonProgram(QStringLiteral("pitfall.py"));
        m_fixed = runLessonProgram(QStringLiteral("fixed.py"));
    }

    void png_data()
    {
        QTest::addColumn<int>("view");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("theme");
        QTest::newRow("timeline 1080p") << int(Exporter::View::Timeline) << Exporter::FullHd << 0;
        QTest::newRow("player 4k") << int(Exporter::View::Player) << Exporter::UltraHd << 0;
        QTest::newRow("compare dark") << int(Exporter::View::Compare) << QSize(1280, 720) << 1;
        QTest::newRow("player projector small") << int(Exporter::View::Player) << QSize(640, 480) << 2;
    }
    void png()
    {
        QFETCH(int, view);
        QFETCH(QSize, size);
        QFETCH(int, theme);
        Exporter e;
        setUp(e, Exporter::View(view));
        e.setSize(size);
        e.setTheme(ExportTheme::Kind(theme));
        e.setCaption(QStringLiteral("Create first, await later"));
        QString error;
        const QByteArray bytes = e.render(Exporter::Format::Png, &error);
        QVERIFY2(!bytes.isEmpty(), qPrintable(error));
        QImage image;
        QVERIFY(image.loadFromData(bytes, "PNG"));
        QCOMPARE(image.size(), size);
        QVERIFY2(distinctColours(image) > 8, "the picture is blank");
        const QColor corner = image.pixelColor(image.width() - 2, image.height() / 2);
        if (ExportTheme::Kind(theme) == ExportTheme::Kind::Dark)
            QVERIFY(corner.lightness() < 100);
        else
            QVERIFY(corner.lightness() > 200);
    }

    void svgKeepsTextAsText_data()
    {
        QTest::addColumn<int>("view");
        QTest::newRow("timeline") << int(Exporter::View::Timeline);
        QTest::newRow("player") << int(Exporter::View::Player);
        QTest::newRow("compare") << int(Exporter::View::Compare);
    }
    void svgKeepsTextAsText()
    {
        QFETCH(int, view);
        Exporter e;
        setUp(e, Exporter::View(view));
        e.setCaption(QStringLiteral("Create first, await later"));
        QString error;
        const QByteArray svg = e.render(Exporter::Format::Svg, &error);
        QVERIFY2(!svg.isEmpty(), qPrintable(error));
        const QStringList texts = svgTexts(svg, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QString &name :
             {QStringLiteral("nap_0"), QStringLiteral("nap_1"), QStringLiteral("nap_2")})
            QVERIFY2(texts.contains(name),
                     qPrintable(name + QStringLiteral(" missing from ") + texts.join(u'|')));
        QVERIFY(texts.contains(QStringLiteral("Create first, await later · at 3.0 s")) ||
                texts.contains(QStringLiteral("Create first, await later · at 9.0 s")));
        if (Exporter::View(view) == Exporter::View::Compare)
            QVERIFY2(texts.contains(QStringLiteral("9.0 s vs 3.0 s: 3× faster")),
                     qPrintable(texts.join(u'|')));
    }

    // 200 tasks on a 1280x720 slide: rows stay readable (a name in each), and what is left out is said.
    void manyTasksSayWhatIsLeftOut_data()
    {
        QTest::addColumn<int>("view");
        QTest::newRow("timeline") << int(Exporter::View::Timeline);
        QTest::newRow("player") << int(Exporter::View::Player);
    }
    // Two hundred tasks of one kind: one row says how many there are and what they do, so nothing is left
    // out and the rows stay tall.
    void manyTasksOfOneKindShareARow()
    {
        const RunResult run =
            testing::runSource(QStringLiteral("import asyncio\n\n"
                                              "async def job(i):\n"
                                              "    await asyncio.sleep(i / 100)\n\n"
                                              "async def main():\n"
                                              "    await asyncio.gather(*[asyncio.create_task(job(i), "
                                              "name=f'job_{i}') for i in range(200)])\n\n"
                                              "asyncio.run(main())\n"));
        QVERIFY2(!run.error.isError(), qPrintable(run.error.summary()));
        Exporter e;
        e.setTrace(run.trace, QStringLiteral("200 tasks"));
        e.setView(Exporter::View::Timeline);
        e.setSize(QSize(1280, 720));
        e.setCursor(1.005);
        QString error;
        const QStringList texts = svgTexts(e.render(Exporter::Format::Svg, &error), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(texts.contains(QStringLiteral("job_* ×200")), qPrintable(texts.join(u'|')));
        // At 1.005 s: main and the 99 jobs still asleep are alive; none is ready.
        QVERIFY2(texts.contains(QStringLiteral("tasks alive / ready")), qPrintable(texts.join(u'|')));
        QVERIFY2(texts.contains(QStringLiteral("100 / 0")), qPrintable(texts.join(u'|')));
        QVERIFY2(texts.contains(QStringLiteral("99 alive")), qPrintable(texts.join(u'|')));
        static const QRegularExpression more(QStringLiteral("more not shown"));
        QVERIFY2(texts.filter(more).isEmpty(), qPrintable(texts.join(u'|')));
    }
    void manyTasksSayWhatIsLeftOut()
    {
        QFETCH(int, view);
        const RunResult run = testing::runSource(
            QStringLiteral("import asyncio\n\n"
                           "async def job(i):\n"
                           "    await asyncio.sleep(i / 100)\n\n"
                           "async def main():\n"
                           "    await asyncio.gather(*[asyncio.create_task(job(i), name=f'job_{chr(97 + i % "
                           "26)}{chr(97 + i // 26)}') for i in range(200)])\n"
                           "    for i in range(60):\n"
                           "        print(f'out {i}')\n\n"
                           "asyncio.run(main())\n"));
        QVERIFY2(!run.error.isError(), qPrintable(run.error.summary()));
        Exporter e;
        e.setTrace(run.trace, QStringLiteral("200 tasks"));
        e.setView(Exporter::View(view));
        e.setSize(QSize(1280, 720));
        QString error;
        const QStringList texts = svgTexts(e.render(Exporter::Format::Svg, &error), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        static const QRegularExpression laneName(QStringLiteral("^(Task-1|job_[a-z]+)$"));
        const qsizetype shown = texts.filter(laneName).size();
        static const QRegularExpression more(
            QStringLiteral("^\\+(\\d+) more not shown \\(201 tasks in all\\)$"));
        const QStringList notes = texts.filter(more);
        QVERIFY2(notes.size() == 1, qPrintable(texts.join(u'|')));
        const int hidden = more.match(notes.first()).captured(1).toInt();
        QVERIFY2(shown + hidden == 201, qPrintable(texts.join(u'|')));
        QVERIFY2(shown >= (Exporter::View(view) == Exporter::View::Timeline ? 20 : 10),
                 qPrintable(QString::number(shown)));
        if (Exporter::View(view) != Exporter::View::Player)
            return;
        // The console keeps its end and says how many lines came before.
        static const QRegularExpression earlier(QStringLiteral("^\\+(\\d+) earlier lines$"));
        const QStringList before = texts.filter(earlier);
        QVERIFY2(before.size() == 1, qPrintable(texts.join(u'|')));
        static const QRegularExpression outLine(QStringLiteral("^out \\d+$"));
        QCOMPARE(earlier.match(before.first()).captured(1).toInt() + texts.filter(outLine).size(), 60);
        QVERIFY(texts.contains(QStringLiteral("out 59")));
        // The combinators' card (gather of 200) is cut at its end, and says so.
        static const QRegularExpression moreLines(QStringLiteral("^\\+\\d+ more lines$"));
        QCOMPARE(texts.filter(moreLines).size(), 1);
    }

    // Every wait has its words, even when one wait follows another on the same bar (pitfall's main awaits
    // nap_0, then nap_1, then nap_2); the timeout is written on the waiting task's lane, on top.
    void everyWaitIsLabelled()
    {
        Exporter e;
        e.setView(Exporter::View::Timeline);
        e.setTrace(m_pitfall, QStringLiteral("pitfall.py"));
        QString error;
        const QStringList texts = svgTexts(e.render(Exporter::Format::Svg, &error), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QString &label :
             {QStringLiteral("await nap_0"), QStringLiteral("await nap_1"), QStringLiteral("await nap_2")})
            QVERIFY2(texts.contains(label),
                     qPrintable(label + QStringLiteral(" missing from ") + texts.join(u'|')));

        const QString wait = QStringLiteral(AWAITSCOPE_SOURCE_DIR "/lessons/wait/main.py");
        Exporter w;
        w.setView(Exporter::View::Timeline);
        w.setTrace(testing::runFile(wait).trace, QStringLiteral("main.py"));
        const QStringList waitTexts = svgTexts(w.render(Exporter::Format::Svg, &error), &error);
        QVERIFY2(waitTexts.contains(QStringLiteral("timeout 2.500 s")), qPrintable(waitTexts.join(u'|')));
    }

    // A wait on a lock or a queue says which, not "await future": the lane and the picture in words agree.
    void waitsOnPrimitivesNameThem()
    {
        const QString source =
            QStringLiteral("import asyncio\n"
                           "async def worker(lock, q):\n"
                           "    async with lock:\n"
                           "        await asyncio.sleep(1)\n"
                           "    await q.get()\n"
                           "async def main():\n"
                           "    lock, q = asyncio.Lock(), asyncio.Queue()\n"
                           "    ts = [asyncio.create_task(worker(lock, q)) for _ in range(2)]\n"
                           "    await asyncio.sleep(3)\n"
                           "    q.put_nowait(1)\n"
                           "    q.put_nowait(2)\n"
                           "    await asyncio.gather(*ts)\n"
                           "asyncio.run(main())\n");
        const Trace trace = testing::runSource(source).trace;
        Exporter e;
        e.setView(Exporter::View::Timeline);
        e.setTrace(trace, QStringLiteral("main.py"));
        QString error;
        const QStringList texts = svgTexts(e.render(Exporter::Format::Svg, &error), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(texts.contains(QStringLiteral("await Lock.acquire()")), qPrintable(texts.join(u'|')));
        QVERIFY2(texts.contains(QStringLiteral("await Queue.get()")), qPrintable(texts.join(u'|')));
        QVERIFY2(!texts.contains(QStringLiteral("await future")), qPrintable(texts.join(u'|')));
        e.setCursor(2.5);
        const QString words = e.text();
        QVERIFY2(words.contains(QStringLiteral("Task-3: suspended, awaiting Queue.get() (line 5)")),
                 qPrintable(words));
    }

    // docs/runtime.md, "Equal deadlines" (tieprogram.h): the picture marks the ticks that wait at 3 s, and
    // the words at that moment say why.
    void timersDueAtTheSameMomentAreMarked()
    {
        const RunResult run = testing::runSource(QString::fromUtf8(testing::kTicksAndTimeoutProgram));
        QCOMPARE(run.output, QStringLiteral("a 0\nb 0\na 1\nb 1\na 2\nb 2\ntimeout\n"));
        RunModel model;
        model.setTrace(run.trace);
        QVERIFY(model.hasTimerTies());
        QStringList tied;
        EventIndex pass = -1;
        for (const RunMarker &mk : model.markers())
            if (mk.kind == RunMarker::Kind::TimerTie) {
                tied << model.lane(mk.lane).name;
                pass = mk.event;
                QCOMPARE(mk.time, 3.0);
            }
        QCOMPARE(tied, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY2(model.describeEvent(pass).contains(QStringLiteral(
                     "the timers of a, b are due at this same moment but were armed after more of the "
                     "loop's wake-ups")),
                 qPrintable(model.describeEvent(pass)));

        Exporter e;
        e.setView(Exporter::View::Timeline);
        e.setTrace(run.trace, QStringLiteral("main.py"));
        e.setCursorEvent(pass);
        const QString words = e.text();
        QVERIFY2(words.contains(
                     QStringLiteral("Ready queue: the timer of Task-1 · Timers: a at 3.000 s, b at 3.000 s · "
                                    "a, b: same moment, armed after more "
                                    "wake-ups; CPython fires these at its next wake-up")),
                 qPrintable(words));
        QString error;
        const QStringList texts = svgTexts(e.render(Exporter::Format::Svg, &error), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(texts.contains(QStringLiteral("same moment, left for the next wake-up")),
                 qPrintable(texts.join(u'|')));
    }

    // A run's last passes are asyncio.run's own shutdown steps, with one callback ready and no task of the
    // program's: the words at the last event say so, where they said only "1 ready" beside "Ready queue:
    // empty". A pass of the program's says nothing of the kind.
    void shutdownPassesAreNamed()
    {
        const RunResult run = testing::runSource(QStringLiteral(
            "import asyncio\nasync def main():\n    await asyncio.sleep(1)\nasyncio.run(main())\n"));
        RunModel model;
        model.setTrace(run.trace);
        const QString shutdown = QStringLiteral("(asyncio.run's shutdown)");
        const EventIndex last = model.eventCount() - 1;
        QCOMPARE(run.trace.events().back().kind, TraceEvent::Kind::LoopPass);
        QVERIFY2(model.describeEvent(last).contains(QStringLiteral("loop pass: 1 ready ") + shutdown),
                 qPrintable(model.describeEvent(last)));
        int programPasses = 0;
        for (EventIndex i = 0; i < last; ++i)
            if (run.trace.events()[size_t(i)].kind == TraceEvent::Kind::LoopPass &&
                !model.describeEvent(i).contains(shutdown))
                ++programPasses;
        QVERIFY(programPasses >= 2); // main's first step, its wake-up after the sleep

        Exporter e;
        e.setView(Exporter::View::Timeline);
        e.setTrace(run.trace, QStringLiteral("main.py"));
        e.setCursorEvent(last);
        QVERIFY2(e.text().contains(shutdown), qPrintable(e.text()));
    }

    void pdfIsOneVectorPage()
    {
        Exporter e;
        setUp(e, Exporter::View::Compare);
        QString error;
        const QByteArray pdf = e.render(Exporter::Format::Pdf, &error);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        QVERIFY(pdf.startsWith("%PDF-"));
        static const QRegularExpression page(QStringLiteral(R"(/Type\s*/Page(?!s))"));
        QCOMPARE(QString::fromLatin1(pdf).count(page), 1);
        // Vector: no page-sized raster image in the file.
        QVERIFY(!pdf.contains("/Subtype /Image"));
    }

    void sameInputsSameBytes_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("png") << int(Exporter::Format::Png);
        QTest::newRow("svg") << int(Exporter::Format::Svg);
        QTest::newRow("pdf") << int(Exporter::Format::Pdf);
    }
    void sameInputsSameBytes()
    {
        QFETCH(int, format);
        Exporter e;
        setUp(e, Exporter::View::Player);
        e.setSize(QSize(800, 450));
        e.setCursor(1.5);
        e.setCaption(QStringLiteral("fixed"));
        const QByteArray first = e.render(Exporter::Format(format));
        QTest::qWait(1100); // a clock-derived date would differ by now
        Exporter other;
        setUp(other, Exporter::View::Player);
        other.setSize(QSize(800, 450));
        other.setCursor(1.5);
        other.setCaption(QStringLiteral("fixed"));
        const QByteArray second = other.render(Exporter::Format(format));
        QVERIFY(!first.isEmpty());
        QVERIFY(first == second);
        // And the moment matters: another cursor is another picture.
        other.setCursor(0.5);
        QVERIFY(other.render(Exporter::Format(format)) != first);
    }

    void exportToFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("png") << QStringLiteral("slide.png") << QByteArray("\x89PNG");
        QTest::newRow("svg") << QStringLiteral("slide.svg") << QByteArray("<?xml");
        QTest::newRow("pdf") << QStringLiteral("slide.PDF") << QByteArray("%PDF");
    }
    void exportToFile()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, magic);
        QTemporaryDir dir;
        Exporter e;
        setUp(e, Exporter::View::Timeline);
        e.setSize(QSize(640, 360));
        QString error;
        QVERIFY2(e.exportToFile(dir.filePath(name), &error), qPrintable(error));
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith(magic));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{name}); // no leftovers
    }

    void unwritablePlaceFailsCleanly_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::newRow("below a file") << QStringLiteral("afile.txt/slide.png");
        QTest::newRow("missing folder") << QStringLiteral("no/such/folder/slide.svg");
        QTest::newRow("folder as file") << QStringLiteral("sub");
    }
    void unwritablePlaceFailsCleanly()
    {
        QFETCH(QString, relative);
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("afile.txt")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
        const QStringList before =
            QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        Exporter e;
        setUp(e, Exporter::View::Timeline);
        e.setSize(QSize(320, 200));
        QString error;
        const QString path = dir.filePath(relative == u"sub" ? QStringLiteral("sub.png") : relative);
        if (relative == u"sub") {
            // A folder already sits where the file should go.
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub.png")));
        }
        QVERIFY(!e.exportToFile(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!QFileInfo(path).isFile());
        QStringList after =
            QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        after.removeAll(QStringLiteral("sub.png"));
        QCOMPARE(after, before);
        QCOMPARE(QDir(dir.filePath(QStringLiteral("sub"))).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList());
    }

    void unknownSuffixIsRefused()
    {
        Exporter e;
        setUp(e, Exporter::View::Timeline);
        QString error;
        QVERIFY(!e.exportToFile(QStringLiteral("slide.bmp"), &error));
        QVERIFY2(error.contains(QStringLiteral(".svg")), qPrintable(error));
    }

    void parseSize_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QSize>("expected"); // invalid = refused
        QTest::newRow("explicit") << QStringLiteral("1024x768") << QSize(1024, 768);
        QTest::newRow("times sign") << QStringLiteral("800×600") << QSize(800, 600);
        QTest::newRow("1080p") << QStringLiteral("1080p") << QSize(1920, 1080);
        QTest::newRow("4k") << QStringLiteral("4K") << QSize(3840, 2160);
        QTest::newRow("too small") << QStringLiteral("8x8") << QSize();
        QTest::newRow("too big") << QStringLiteral("99999x10") << QSize();
        QTest::newRow("words") << QStringLiteral("big") << QSize();
    }
    void parseSize()
    {
        QFETCH(QString, text);
        QFETCH(QSize, expected);
        QSize size;
        QCOMPARE(Exporter::parseSize(text, &size), expected.isValid());
        if (expected.isValid())
            QCOMPARE(size, expected);
    }

    void themes()
    {
        const ExportTheme light = ExportTheme::make(ExportTheme::Kind::Light, 1080);
        const ExportTheme projector = ExportTheme::make(ExportTheme::Kind::Projector, 1080);
        const ExportTheme dark = ExportTheme::make(ExportTheme::Kind::Dark, 1080);
        QVERIFY(projector.fontPixels > light.fontPixels * 1.2);
        QVERIFY(dark.timeline.isDark());
        QVERIFY(!projector.timeline.isDark());
        // Projector text is pure black on white: the highest contrast there is.
        QCOMPARE(projector.timeline.text, QColor(Qt::black));
        QCOMPARE(projector.timeline.background, QColor(Qt::white));
        QVERIFY(ExportTheme::make(ExportTheme::Kind::Light, 2160).fontPixels > light.fontPixels * 1.9);
    }

    void caption()
    {
        Exporter e;
        setUp(e, Exporter::View::Compare);
        QCOMPARE(e.captionText(), QString());
        e.setCaption(QStringLiteral("Create first, await later"));
        QCOMPARE(e.captionText(), QStringLiteral("Create first, await later · at 9.0 s"));
        e.setCursor(4.5);
        QCOMPARE(e.captionText(), QStringLiteral("Create first, await later · at 4.5 s"));
    }

    void clipboard()
    {
        Exporter e;
        setUp(e, Exporter::View::Timeline);
        e.setSize(QSize(400, 300));
        QString error;
        QVERIFY2(e.copyToClipboard(&error), qPrintable(error));
        const QImage image = QGuiApplication::clipboard()->image();
        QCOMPARE(image.size(), QSize(400, 300));
        QVERIFY(distinctColours(image) > 5);
    }

    void frames()
    {
        QTemporaryDir dir;
        Exporter e;
        setUp(e, Exporter::View::Compare); // 9 s
        e.setSize(QSize(320, 180));
        QString error;
        const QString folder = dir.filePath(QStringLiteral("frames"));
        // 9 s at 3 s of run per second, 2 frames per second: 6 steps and the end.
        QCOMPARE(e.exportFrames(folder, 2, 3, &error), 7);
        const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 7);
        QCOMPARE(files.first(), QStringLiteral("frame-00001.png"));
        QCOMPARE(files.last(), QStringLiteral("frame-00007.png"));
        QImage firstFrame(QDir(folder).filePath(files.first()));
        QImage lastFrame(QDir(folder).filePath(files.last()));
        QCOMPARE(firstFrame.size(), QSize(320, 180));
        QVERIFY(firstFrame != lastFrame); // the cursor moved
        QCOMPARE(e.exportFrames(folder, 0, 1, &error), -1);
        QVERIFY(!error.isEmpty());
    }

    void animation()
    {
        QTemporaryDir dir;
        Exporter e;
        setUp(e, Exporter::View::Timeline);
        e.setSize(QSize(160, 90));
        const QList<QByteArray> formats = Exporter::animatedFormats();
        const QString webp = dir.filePath(QStringLiteral("run.webp"));
        QString error;
        const bool ok = e.exportAnimation(webp, 2, 1, &error);
        QCOMPARE(ok, formats.contains("webp"));
        if (ok) {
            QImageReader reader(webp);
            QVERIFY(reader.imageCount() > 1);
        } else {
            QVERIFY2(error.contains(QStringLiteral("--frames")), qPrintable(error));
            QVERIFY(!QFile::exists(webp));
        }
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
