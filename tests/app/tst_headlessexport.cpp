// `awaitscope export`: argument checking, and pictures made with no display at all.
#include "application/commandline.h"
#include "application/exportarguments.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <vector>

using namespace awaitscope;

namespace {

// Set in the environment of this executable when it plays the export command itself (see main()).
const char kChildVariable[] = "AWAITSCOPE_TEST_EXPORT_CHILD";

int runInProcess(const QStringList &args)
{
    return runCommand(QStringList{QStringLiteral("export")} + args);
}

// An environment with no display of any kind and no platform chosen.
QProcessEnvironment headlessEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return env;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestHeadlessExport : public QObject
{
    Q_OBJECT
private slots:
    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        const QString out = QStringLiteral("--out=x.png");
        QTest::newRow("nothing") << QStringList{} << QStringLiteral("--lesson");
        QTest::newRow("both sources")
            << QStringList{QStringLiteral("--lesson"), QStringLiteral("gather"), QStringLiteral("a.py"), out}
            << QStringLiteral("not both");
        QTest::newRow("no out") << QStringList{QStringLiteral("a.py")} << QStringLiteral("--out");
        QTest::newRow("bad suffix") << QStringList{QStringLiteral("a.py"), QStringLiteral("--out"),
                                                   QStringLiteral("x.bmp")}
                                    << QStringLiteral(".svg");
        QTest::newRow("bad size") << QStringList{QStringLiteral("a.py"), out, QStringLiteral("--size"),
                                                 QStringLiteral("huge")}
                                  << QStringLiteral("--size huge");
        QTest::newRow("bad theme") << QStringList{QStringLiteral("a.py"), out, QStringLiteral("--theme=neon")}
                                   << QStringLiteral("projector");
        QTest::newRow("bad moment") << QStringList{QStringLiteral("a.py"), out, QStringLiteral("--at"),
                                                   QStringLiteral("soon")}
                                    << QStringLiteral("\"end\"");
        QTest::newRow("bad view") << QStringList{QStringLiteral("a.py"), out, QStringLiteral("--view=table")}
                                  << QStringLiteral("compare");
        QTest::newRow("compare needs lesson")
            << QStringList{QStringLiteral("a.py"), out, QStringLiteral("--view"), QStringLiteral("compare")}
            << QStringLiteral("pitfall.py");
        QTest::newRow("missing value") << QStringList{QStringLiteral("a.py"), QStringLiteral("--out")}
                                       << QStringLiteral("--out needs a value");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("a.py"), out, QStringLiteral("--colour")}
            << QStringLiteral("--colour");
        QTest::newRow("not python") << QStringList{QStringLiteral("a.txt"), out} << QStringLiteral("a.txt");
        QTest::newRow("bad fps") << QStringList{QStringLiteral("a.py"), QStringLiteral("--frames"),
                                                QStringLiteral("d"), QStringLiteral("--fps"),
                                                QStringLiteral("0")}
                                 << QStringLiteral("--fps");
    }
    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        ExportRequest request;
        QString error;
        QVERIFY(!parseExportArguments(args, &request, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QCOMPARE(runInProcess(args), 2);
    }

    void goodArguments()
    {
        ExportRequest r;
        QString error;
        QVERIFY2(parseExportArguments(
                     {QStringLiteral("--lesson"), QStringLiteral("concurrent-tasks"), QStringLiteral("--out"),
                      QStringLiteral("s.pdf"), QStringLiteral("--size"), QStringLiteral("4k"),
                      QStringLiteral("--theme"), QStringLiteral("projector"), QStringLiteral("--at"),
                      QStringLiteral("4.5"), QStringLiteral("--view"), QStringLiteral("compare"),
                      QStringLiteral("--lang=de")},
                     &r, &error),
                 qPrintable(error));
        QCOMPARE(r.lesson, QStringLiteral("concurrent-tasks"));
        QCOMPARE(r.out, QStringLiteral("s.pdf"));
        QCOMPARE(r.size, QSize(3840, 2160));
        QCOMPARE(r.theme, ExportTheme::Kind::Projector);
        QVERIFY(!r.atEnd);
        QCOMPARE(r.at, 4.5);
        QCOMPARE(r.view, Exporter::View::Compare);
        QCOMPARE(r.language, QStringLiteral("de"));
    }

    void unknownLesson()
    {
        QTemporaryDir dir;
        QCOMPARE(runInProcess({QStringLiteral("--lesson"), QStringLiteral("no-such-lesson"),
                               QStringLiteral("--out"), dir.filePath(QStringLiteral("x.png"))}),
                 2);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.png"))));
    }

    void lessonInProcess_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("name");
        QTest::newRow("player png") << QStringList{QStringLiteral("--size"), QStringLiteral("800x450")}
                                    << QStringLiteral("a.png");
        QTest::newRow("timeline svg") << QStringList{QStringLiteral("--view"), QStringLiteral("timeline"),
                                                     QStringLiteral("--at"), QStringLiteral("2")}
                                      << QStringLiteral("a.svg");
        QTest::newRow("compare pdf dark")
            << QStringList{QStringLiteral("--view=compare"), QStringLiteral("--theme=dark")}
            << QStringLiteral("a.pdf");
    }
    void lessonInProcess()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString out = dir.filePath(name);
        QCOMPARE(runInProcess(QStringList{QStringLiteral("--lesson"), QStringLiteral("concurrent-tasks"),
                                          QStringLiteral("--out"), out} +
                              extra),
                 0);
        const QByteArray first = readAll(out);
        QVERIFY(first.size() > 1000);
        if (name.endsWith(u".png"))
            QCOMPARE(QImage(out).size(), QSize(800, 450));
        // Again: the very same bytes.
        QCOMPARE(runInProcess(QStringList{QStringLiteral("--lesson"), QStringLiteral("concurrent-tasks"),
                                          QStringLiteral("--out"), out} +
                              extra),
                 0);
        QVERIFY(readAll(out) == first);
    }

    // gather raised at 2 s: its first child had already returned at 1 s, its third was cancelled later by
    // asyncio.run's cleanup (gather cancels nobody). The card once said both "finished after gather raised".
    // The console ends with the traceback the program printed, as CPython prints it.
    void gatherCardSaysWhenEachChildEnded()
    {
        QTemporaryDir dir;
        const QString program = dir.filePath(QStringLiteral("fails.py"));
        QFile f(program);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("import asyncio\n\nasync def fetch(name, delay):\n    await asyncio.sleep(delay)\n"
                "    if name == 'b':\n        raise ValueError(name + ' failed')\n    return name\n\n"
                "async def main():\n    print(await asyncio.gather(fetch('a', 1), fetch('b', 2), fetch('c', "
                "3)))\n"
                "\nasyncio.run(main())\n");
        f.close();
        const QString out = dir.filePath(QStringLiteral("end.txt"));
        QCOMPARE(runInProcess(
                     {program, QStringLiteral("--out"), out, QStringLiteral("--at"), QStringLiteral("end")}),
                 0);
        const QString text = QString::fromUtf8(readAll(out));
        QVERIFY2(text.contains(QStringLiteral("[0] Task-2: done before gather raised: 'a' is discarded")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("[2] Task-4: cancelled after gather raised")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("finished after gather raised")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("File \"fails.py\", line 6, in fetch")), qPrintable(text));
        QVERIFY2(text.trimmed().endsWith(QStringLiteral("ValueError: b failed")), qPrintable(text));
    }

    void programFileAndFrames()
    {
        QTemporaryDir dir;
        const QString frames = dir.filePath(QStringLiteral("frames"));
        QCOMPARE(runInProcess({QStringLiteral(AWAITSCOPE_SOURCE_DIR "/lessons/concurrent-tasks/fixed.py"),
                               QStringLiteral("--frames"), frames, QStringLiteral("--fps"),
                               QStringLiteral("2"), QStringLiteral("--size"), QStringLiteral("320x180")}),
                 0);
        // 3 s at 2 frames per second: 0, 0.5, … 3.0.
        QCOMPARE(QDir(frames).entryList(QDir::Files).size(), 7);
    }

    // A run of 1e300 virtual seconds needs more frames than any count: refused, nothing written (it once
    // wrapped around an integer and said "Wrote 1 frames" while writing none).
    void framesOfAnEndlessRunAreRefused()
    {
        QTemporaryDir dir;
        const QString program = dir.filePath(QStringLiteral("long.py"));
        QFile f(program);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "import asyncio\n\nasync def main():\n    await asyncio.sleep(1e300)\n\nasyncio.run(main())\n");
        f.close();
        const QString frames = dir.filePath(QStringLiteral("frames"));
        QCOMPARE(runInProcess({program, QStringLiteral("--frames"), frames}), 1);
        QVERIFY(QDir(frames).entryList(QDir::Files).isEmpty());
    }

    // The command line itself, in a fresh process with no display and no platform chosen: it must pick the
    // offscreen platform on its own, and two runs must write the same bytes.
    void noDisplaySubprocess_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("svg") << QStringLiteral("slide.svg");
        QTest::newRow("pdf") << QStringLiteral("slide.pdf");
        QTest::newRow("png") << QStringLiteral("slide.png");
    }
    void noDisplaySubprocess()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        QByteArray previous;
        for (int round = 0; round < 2; ++round) {
            const QString out = dir.filePath(QStringLiteral("%1-%2").arg(round).arg(name));
            QProcess child;
            QProcessEnvironment env = headlessEnvironment();
            env.insert(QString::fromLatin1(kChildVariable), QStringLiteral("1"));
            child.setProcessEnvironment(env);
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("export"), QStringLiteral("--lesson"),
                         QStringLiteral("concurrent-tasks"), QStringLiteral("--view"),
                         QStringLiteral("compare"), QStringLiteral("--out"), out});
            QVERIFY(child.waitForFinished(120000));
            QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                     child.readAllStandardError().constData());
            const QByteArray bytes = readAll(out);
            QVERIFY(bytes.size() > 1000);
            if (round == 1)
                QVERIFY(bytes == previous);
            previous = bytes;
        }
        if (name.endsWith(u".svg"))
            QVERIFY(previous.contains("9.0 s vs 3.0 s: 3× faster"));
    }

    // The real executable.
    void binaryWithoutDisplay()
    {
        QProcess probe;
        probe.setProcessEnvironment(headlessEnvironment());
        probe.start(QStringLiteral(AWAITSCOPE_BINARY), {QStringLiteral("export"), QStringLiteral("--help")});
        QVERIFY(probe.waitForFinished(30000));
        QVERIFY(probe.readAllStandardOutput().contains("awaitscope export"));
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("slide.svg"));
        QProcess run;
        run.setProcessEnvironment(headlessEnvironment());
        run.start(QStringLiteral(AWAITSCOPE_BINARY),
                  {QStringLiteral("export"), QStringLiteral("--lesson"), QStringLiteral("concurrent-tasks"),
                   QStringLiteral("--view"), QStringLiteral("compare"), QStringLiteral("--out"), out});
        QVERIFY(run.waitForFinished(120000));
        QCOMPARE(run.exitCode(), 0);
        QVERIFY(readAll(out).contains("9.0 s vs 3.0 s: 3× faster"));

        QProcess bad;
        bad.setProcessEnvironment(headlessEnvironment());
        bad.start(QStringLiteral(AWAITSCOPE_BINARY),
                  {QStringLiteral("export"), QStringLiteral("--theme=neon")});
        QVERIFY(bad.waitForFinished(30000));
        QCOMPARE(bad.exitCode(), 2);
    }
};

int main(int argc, char *argv[])
{
    // The child of noDisplaySubprocess: behave like `awaitscope export …`, before any application exists.
    if (qEnvironmentVariableIsSet(kChildVariable))
        return runCommandLine(argc, argv);
    QApplication app(argc, argv);
    TestHeadlessExport test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_headlessexport.moc"
