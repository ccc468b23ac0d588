// The command line as a user meets it: --help and --version without a display, clear words for every
// misuse, and the window opening what it was given (a program, a lesson folder, a lesson's file, a trace).
#include "application/commandline.h"
#include "lessons/lessonlibrary.h"
#include "mainwindow/mainwindow.h"
#include "player/playerwidget.h"
#include "trace/trace.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

#include <sys/stat.h>

using namespace awaitscope;

namespace {

QProcessEnvironment headless()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return env;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

const QByteArray kProgram =
    "import asyncio\n\nasync def main():\n    await asyncio.sleep(2)\n    print('done')\n\n"
    "asyncio.run(main())\n";

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void helpAndVersion_data();
    void helpAndVersion();
    void misuseIsExplained_data();
    void misuseIsExplained();
    void windowOpensAProgramFile();
    void windowOpensALessonFolder_data();
    void windowOpensALessonFolder();
    void windowOpensATraceInAPlayer();
    void windowSaysWhatItCouldNotOpen();
    void traceDiffSaysSameOrTheFirstDifference();
    void runReadsInputFromStdin();

private:
    // Runs the window's command line in this process; `inspect` looks at the windows once they are up.
    int runWindow(const QStringList &arguments, const std::function<void()> &inspect);
    QTemporaryDir m_dir;
};

void TestCommandLine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings and progress go to a throw-away place
    QCoreApplication::setOrganizationName(QStringLiteral("AwaitscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("awaitscope-commandline-test"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void TestCommandLine::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("version") << QStringList{QStringLiteral("--version")}
                             << QStringLiteral("awaitscope " AWAITSCOPE_VERSION "\n");
    QTest::newRow("-v") << QStringList{QStringLiteral("-v")}
                        << QStringLiteral("awaitscope " AWAITSCOPE_VERSION "\n");
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << QStringLiteral("Usage: awaitscope");
    QTest::newRow("command help") << QStringList{QStringLiteral("serve"), QStringLiteral("-h")}
                                  << QStringLiteral("Usage: awaitscope serve [OPTIONS]");
    QTest::newRow("help in German") << QStringList{QStringLiteral("--lang"), QStringLiteral("de"),
                                                   QStringLiteral("run"), QStringLiteral("--help")}
                                    << QStringLiteral("Verwendung: awaitscope run");
}

void TestCommandLine::helpAndVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QProcess p;
    p.setProcessEnvironment(headless());
    p.start(QStringLiteral(AWAITSCOPE_BINARY), arguments);
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(out.startsWith(expected), qPrintable(out));
}

void TestCommandLine::misuseIsExplained_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("rnu")}
                                     << QStringLiteral("awaitscope: unknown command 'rnu' (try --help)");
    QTest::newRow("missing program") << QStringList{QStringLiteral("missing.py")}
                                     << QStringLiteral("awaitscope: missing.py does not exist.");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("lessons"), QStringLiteral("--frobnicate")}
        << QStringLiteral(
               "awaitscope lessons: Unknown option --frobnicate.\nTry \"awaitscope lessons --help\".");
    QTest::newRow("check without folder") << QStringList{QStringLiteral("lessons"), QStringLiteral("--check")}
                                          << QStringLiteral("awaitscope lessons: --check needs a value.");
    QTest::newRow("run without program")
        << QStringList{QStringLiteral("run")} << QStringLiteral("awaitscope run: FILE.py is missing.");
    QTest::newRow("bad clock") << QStringList{QStringLiteral("run"), QStringLiteral("--clock=fast"),
                                              QStringLiteral("a.py")}
                               << QStringLiteral("--clock must be 'virtual' or 'real', not 'fast'");
    QTest::newRow("bad limit") << QStringList{QStringLiteral("run"), QStringLiteral("--max-steps"),
                                              QStringLiteral("-5"), QStringLiteral("a.py")}
                               << QStringLiteral("--max-steps needs a positive whole number, not '-5'");
    QTest::newRow("wildcard host") << QStringList{QStringLiteral("run"), QStringLiteral("--allow-host"),
                                                  QStringLiteral("*"), QStringLiteral("a.py")}
                                   << QStringLiteral("awaitscope run: --allow-host: '*' is a wildcard");
    QTest::newRow("url as host") << QStringList{QStringLiteral("run"),
                                                QStringLiteral("--allow-host=https://example.org/x"),
                                                QStringLiteral("a.py")}
                                 << QStringLiteral("is not a host name: give only the host");
    QTest::newRow("bad port") << QStringList{QStringLiteral("serve"), QStringLiteral("--port"),
                                             QStringLiteral("x")}
                              << QStringLiteral("--port must be a number from 0 to 65535");
    QTest::newRow("unknown language")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("lessons")}
        << QStringLiteral("--lang xx is not a language here");
    QTest::newRow("misuse in Spanish")
        << QStringList{QStringLiteral("--lang=es"), QStringLiteral("serve"), QStringLiteral("8080")}
        << QStringLiteral("Argumento inesperado 8080");
    QTest::newRow("a device") << QStringList{QStringLiteral("/dev/zero")}
                              << QStringLiteral("not a regular file");
    QTest::newRow("a pipe") << QStringList{QStringLiteral("FIFO")} << QStringLiteral("not a regular file");
    QTest::newRow("not a trace") << QStringList{QStringLiteral(AWAITSCOPE_SOURCE_DIR "/README.md")}
                                 << QStringLiteral(
                                        "is neither a Python program (.py) nor an Awaitscope trace");
    QTest::newRow("no display") << QStringList{QStringLiteral("--lesson"), QStringLiteral("gather")}
                                << QStringLiteral("no display found");
}

void TestCommandLine::misuseIsExplained()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    if (arguments == QStringList{QStringLiteral("FIFO")}) {
        arguments = {m_dir.filePath(QStringLiteral("pipe.json"))};
        QVERIFY(QFile::exists(arguments.first()) || ::mkfifo(qPrintable(arguments.first()), 0600) == 0);
    }
    QProcess p;
    p.setProcessEnvironment(headless());
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral(AWAITSCOPE_BINARY), arguments);
    QVERIFY(p.waitForFinished(30000));
    const QString error = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 2);
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(p.readAllStandardOutput(), QByteArray());
}

int TestCommandLine::runWindow(const QStringList &arguments, const std::function<void()> &inspect)
{
    QTimer::singleShot(0, qApp, [inspect] {
        inspect();
        for (QWidget *w : QApplication::topLevelWidgets())
            w->close();
        QApplication::quit();
    });
    return runCommand(arguments);
}

void TestCommandLine::windowOpensAProgramFile()
{
    const QString path = m_dir.filePath(QStringLiteral("sleepy.py"));
    QVERIFY(writeFile(path, kProgram));
    QString lessonId;
    QString code;
    QString status;
    QCOMPARE(runWindow({path},
                       [&] {
                           for (QWidget *w : QApplication::topLevelWidgets()) {
                               if (auto *window = qobject_cast<MainWindow *>(w)) {
                                   lessonId = window->currentLessonId();
                                   code = window->codeEditor()->toPlainText();
                                   status = window->statusBar()->currentMessage();
                               }
                           }
                       }),
             0);
    QVERIFY2(lessonId.startsWith(u"file:"), qPrintable(lessonId));
    // The window has the app's icon, from the theme or from the binary.
    QVERIFY(!QApplication::windowIcon().pixmap(32).isNull());
    QCOMPARE(QGuiApplication::desktopFileName(), QStringLiteral("org.awaitscope.Awaitscope"));
    QCOMPARE(code, QString::fromUtf8(kProgram));
    QVERIFY2(status.isEmpty(), qPrintable(status));

    // An edit kept from an earlier visit does not hide the file as it is now.
    QSettings().setValue(QStringLiteral("code/%1/main").arg(lessonId), QStringLiteral("print('old edit')\n"));
    QCOMPARE(runWindow({path},
                       [&] {
                           for (QWidget *w : QApplication::topLevelWidgets()) {
                               if (auto *window = qobject_cast<MainWindow *>(w))
                                   code = window->codeEditor()->toPlainText();
                           }
                       }),
             0);
    QCOMPARE(code, QString::fromUtf8(kProgram));
}

void TestCommandLine::windowOpensALessonFolder_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("lesson");
    const QString folder = QStringLiteral(AWAITSCOPE_SOURCE_DIR "/tests/lessons/user/my-first-lesson");
    QTest::newRow("--lesson DIR") << QStringList{QStringLiteral("--lesson"), folder}
                                  << QStringLiteral("my-first-lesson");
    QTest::newRow("--lesson ID") << QStringList{QStringLiteral("--lesson"), QStringLiteral("timeouts")}
                                 << QStringLiteral("timeouts");
    QTest::newRow("DIR") << QStringList{folder} << QStringLiteral("my-first-lesson");
    QTest::newRow("lesson.json") << QStringList{folder + QStringLiteral("/lesson.json")}
                                 << QStringLiteral("my-first-lesson");
}

void TestCommandLine::windowOpensALessonFolder()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, lesson);
    QString opened;
    QString status;
    QCOMPARE(runWindow(arguments,
                       [&] {
                           for (QWidget *w : QApplication::topLevelWidgets()) {
                               if (auto *window = qobject_cast<MainWindow *>(w)) {
                                   opened = window->currentLessonId();
                                   status = window->statusBar()->currentMessage();
                               }
                           }
                       }),
             0);
    QCOMPARE(opened, lesson);
    QVERIFY2(status.isEmpty(), qPrintable(status));
}

void TestCommandLine::windowOpensATraceInAPlayer()
{
    // A trace as `awaitscope run --trace` writes it.
    const QString program = m_dir.filePath(QStringLiteral("traced.py"));
    const QString tracePath = m_dir.filePath(QStringLiteral("traced.json"));
    QVERIFY(writeFile(program, kProgram));
    QProcess run;
    run.start(QStringLiteral(AWAITSCOPE_BINARY),
              {QStringLiteral("run"), program, QStringLiteral("--trace"), tracePath});
    QVERIFY(run.waitForFinished(30000));
    QCOMPARE(run.exitCode(), 0);
    QFile f(tracePath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    Trace recorded;
    QVERIFY(recorded.fromJson(f.readAll(), nullptr));

    int players = 0;
    int windows = 0;
    qsizetype events = -1;
    QString title;
    QCOMPARE(runWindow({tracePath},
                       [&] {
                           for (QWidget *w : QApplication::topLevelWidgets()) {
                               if (qobject_cast<MainWindow *>(w))
                                   ++windows;
                               if (auto *player = qobject_cast<PlayerWidget *>(w);
                                   player && player->isVisible()) {
                                   ++players;
                                   events = qsizetype(player->trace().events().size());
                                   title = player->windowTitle();
                               }
                           }
                       }),
             0);
    QCOMPARE(windows, 0);
    QCOMPARE(players, 1);
    QCOMPARE(events, qsizetype(recorded.events().size()));
    QVERIFY(title.startsWith(QStringLiteral("traced.json")));
}

// `awaitscope trace-diff`: two runs of one program tell the same story (exit 0); a run that sleeps longer
// differs first where its task wakes (exit 1); a file that is not a trace is named (exit 2).
void TestCommandLine::traceDiffSaysSameOrTheFirstDifference()
{
    auto traceOf = [this](const QString &name, const QByteArray &source) {
        const QString program = m_dir.filePath(name + QStringLiteral(".py"));
        const QString trace = m_dir.filePath(name + QStringLiteral(".json"));
        if (!writeFile(program, source))
            return QString();
        QProcess run;
        run.start(QStringLiteral(AWAITSCOPE_BINARY),
                  {QStringLiteral("run"), program, QStringLiteral("--trace"), trace});
        return run.waitForFinished(30000) && run.exitCode() == 0 ? trace : QString();
    };
    const QString a = traceOf(QStringLiteral("story_a"), kProgram);
    const QString b = traceOf(QStringLiteral("story_b"), kProgram);
    QByteArray later = kProgram;
    later.replace("sleep(2)", "sleep(3)");
    const QString c = traceOf(QStringLiteral("story_c"), later);
    QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());
    auto diff = [](const QStringList &args, QString *out, QString *err) {
        QProcess p;
        p.setProcessEnvironment(headless());
        p.start(QStringLiteral(AWAITSCOPE_BINARY), QStringList{QStringLiteral("trace-diff")} + args);
        if (!p.waitForFinished(30000))
            return -1;
        *out = QString::fromUtf8(p.readAllStandardOutput());
        *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    };
    QString out, err;
    QCOMPARE(diff({a, b}, &out, &err), 0);
    QCOMPARE(out, QStringLiteral("same scheduling story\n"));
    QCOMPARE(diff({a, c}, &out, &err), 1);
    QCOMPARE(out, QStringLiteral("first difference at t=2, task #1 Task-1 main():\n"
                                 "  expected: t=2 woken\n"
                                 "  found:    t=3 woken\n"));
    const QString program = m_dir.filePath(QStringLiteral("story_a.py"));
    QCOMPARE(diff({a, program}, &out, &err), 2);
    QVERIFY2(
        err.startsWith(QStringLiteral("awaitscope trace-diff: %1 is not an Awaitscope trace (").arg(program)),
        qPrintable(err));
    QCOMPARE(diff({a}, &out, &err), 2);
}

// `awaitscope run` gives input() the lines of its stdin; at its end input() raises EOFError. The expected
// output and status are CPython 3.11's for the same program and stdin (the prompt goes to stdout, the typed
// line does not: a terminal echoes it, a pipe does not).
void TestCommandLine::runReadsInputFromStdin()
{
    const QString program = m_dir.filePath(QStringLiteral("ask.py"));
    QVERIFY(writeFile(program, "import asyncio\nname = input('name? ')\nprint('hi', name)\n"
                               "async def main():\n    while True:\n        print(repr(input()))\n"
                               "asyncio.run(main())\n"));
    QProcess p;
    p.setProcessEnvironment(headless());
    p.start(QStringLiteral(AWAITSCOPE_BINARY), {QStringLiteral("run"), program});
    QVERIFY(p.waitForStarted());
    p.write("bob\nx y\r\n\xc3\xa9t\xc3\xa9");
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 1);
    QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()),
             QStringLiteral("name? hi bob\n'x y\\r'\n'\u00e9t\u00e9'\n"));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.endsWith(QStringLiteral("EOFError: EOF when reading a line\n")), qPrintable(err));
}

void TestCommandLine::windowSaysWhatItCouldNotOpen()
{
    // Not a trace and not a program: refused before any window appears.
    const QString notes = m_dir.filePath(QStringLiteral("notes.txt"));
    QVERIFY(writeFile(notes, "hello"));
    QCOMPARE(runCommand({notes}), 2);
    bool inspected = false;
    // An unknown lesson id: the window opens all the same and says so.
    QString status;
    QCOMPARE(runWindow({QStringLiteral("--lesson"), QStringLiteral("no-such-lesson")},
                       [&] {
                           inspected = true;
                           for (QWidget *w : QApplication::topLevelWidgets()) {
                               if (auto *window = qobject_cast<MainWindow *>(w))
                                   status = window->statusBar()->currentMessage();
                           }
                       }),
             0);
    QVERIFY(inspected);
    QVERIFY2(status.contains(QStringLiteral("no-such-lesson")), qPrintable(status));
}

QTEST_MAIN(TestCommandLine)
#include "tst_commandline.moc"
