// Inputs found by the fuzzers in fuzz/ (and their close relatives). Each row runs the same entry point as
// its fuzzer and checks that the input ends with a clear message instead of a crash, a hang or a blow-up.
#include "lessons/lesson.h"
#include "lessons/lessonproblem.h"
#include "lessons/lessonreader.h"
#include "python/parser.h"
#include "python/pythonrunner.h"
#include "python/syntaxerror.h"
#include "trace/trace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace awaitscope;

namespace {

// The limits of fuzz/fuzz_interpreter.cpp.
QString runLikeTheFuzzer(const QByteArray &input, int *status)
{
    QString err;
    py::RunOptions options;
    options.displayName = QStringLiteral("fuzz.py");
    options.out = [](const QString &) {};
    options.err = [&err](const QString &s) { err += s; };
    options.limits.maxSteps = 20'000;
    options.limits.maxOutput = 100'000;
    options.limits.maxMemoryMB = 512;
    options.limits.maxTasks = 2'000;
    *status = py::runPythonSource(QString::fromUtf8(input), options);
    return err;
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void interpreter_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message"); // the last line of stderr; empty: the program ran to its end

        const QString longString =
            QStringLiteral("Stopped: memory limit reached: a string of more than 100000000 characters");
        const QString steps = QStringLiteral("Stopped: step limit reached: the program ran more than 20000 "
                                             "steps (an endless loop?); raise it with "
                                             "--max-steps N");
        // str * int: the size check multiplied first and overflowed int64 (undefined behaviour).
        QTest::newRow("string repeat overflow") << QByteArray("'ab' * 4611686018427387904\n") << longString;
        // list * int: the same overflow, and an empty list looped 10**18 times doing nothing.
        QTest::newRow("list repeat overflow")
            << QByteArray("[1, 2] * 4611686018427387904\n")
            << QStringLiteral(
                   "Stopped: memory limit reached: the program used more than 512 MB; raise it with "
                   "--max-memory N");
        QTest::newRow("empty list repeat")
            << QByteArray("print([] * 10 ** 18, () * 10 ** 18)\n") << QString();
        // Padding allocated whatever width was asked for (a 2 TB string: out of memory).
        QTest::newRow("ljust huge width") << QByteArray("'x'.ljust(10 ** 12)\n") << longString;
        QTest::newRow("center huge width") << QByteArray("'x'.center(10 ** 12, '*')\n") << longString;
        QTest::newRow("zfill huge width") << QByteArray("'7'.zfill(10 ** 12)\n") << longString;
        // A string counts as one object for the memory limit: doubling it ran out of memory long before the
        // step limit.
        QTest::newRow("string doubling")
            << QByteArray("s = 'ab'\nwhile True:\n    s = s + s\n") << longString;
        QTest::newRow("join of long strings")
            << QByteArray("x = 'a' * 60000000\nprint(len(''.join([x, x])))\n") << longString;
        QTest::newRow("replace that grows")
            << QByteArray("x = 'a' * 20000\nprint(len(x.replace('a', x)))\n") << longString;
        // Builtins iterating in C++ (sum, sorted, list, ...) did not count steps: an endless hang.
        QTest::newRow("sum over a huge range") << QByteArray("print(sum(range(10 ** 18)))\n") << steps;
        QTest::newRow("max over a huge range") << QByteArray("print(max(range(10 ** 18)))\n") << steps;
        QTest::newRow("any over a huge range")
            << QByteArray("print(any(x < 0 for x in range(10 ** 18)))\n") << steps;
        // Found by tests/tools/structfuzz.py: a repr is built in C++ whatever its size; a tuple of 2**28
        // shared halves took a minute and 4 GB before running out of memory. Its items are steps now, and
        // its text is held to the string length limit as it grows.
        QTest::newRow("repr of shared halves")
            << QByteArray("t = 0\nfor _ in range(28):\n    t = (t, t)\nprint(len(str(t)))\n") << steps;
        QTest::newRow("repr longer than the string limit")
            << QByteArray("s = 'x' * 1000000\nprint(len(repr([s] * 200)))\n") << longString;
        // A native method called by hand on an object of another class read (or wrote) that object's native
        // state as its own: the property's name, the Runner's state.
        QTest::newRow("descriptor methods on another object")
            << QByteArray(
                   "import asyncio\nlock = asyncio.Lock()\n"
                   "for f in (lambda: property.__set_name__(lock, int, 'x'),\n"
                   "          lambda: property.__set__(lock, 1, 2), lambda: asyncio.Runner.close(lock)):\n"
                   "    try:\n        f()\n    except (AttributeError, TypeError):\n        pass\n")
            << QString();
        // ... and contextvars knew a Context or a Token by its class's name
        QTest::newRow("a class named Context")
            << QByteArray("import asyncio, contextvars\nclass Context(asyncio.Lock): pass\n"
                          "class Token(asyncio.Event): pass\nv = contextvars.ContextVar('v')\n"
                          "for f in (lambda: contextvars.Context.run(Context(), print),\n"
                          "          lambda: v.reset(Token())):\n"
                          "    try:\n        f()\n    except TypeError:\n        pass\n")
            << QString();
    }

    void interpreter()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        int status = -1;
        const QString err = runLikeTheFuzzer(input, &status);
        const QStringList lines = err.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.isEmpty() ? QString() : lines.last(), message);
        QCOMPARE(status, message.isEmpty() ? 0 : 1);
    }

    // Found by tests/tools/structfuzz.py: an if with 66,000 elifs crashed the parser (one C++ call per elif)
    // and one with 5,000 was refused as "too deeply nested" (each elif nested in the previous one's else);
    // CPython runs the 5,000. The chain is now flat.
    void longElifChain_data()
    {
        QTest::addColumn<int>("elifs");
        QTest::newRow("5,000 elifs") << 5000;
        QTest::newRow("70,000 elifs") << 70000;
    }

    void longElifChain()
    {
        QFETCH(int, elifs);
        QString source = QStringLiteral("x = %1\nif x == -1:\n    pass\n").arg(elifs);
        for (int i = 0; i <= elifs; ++i)
            source += QStringLiteral("elif x == %1:\n    print(%1)\n").arg(i);
        source += QStringLiteral("else:\n    print('none')\nprint('done')\n");
        QString out, err;
        py::RunOptions options;
        options.out = [&out](const QString &s) { out += s; };
        options.err = [&err](const QString &s) { err += s; };
        QCOMPARE(py::runPythonSource(source, options), 0);
        QCOMPARE(err, QString());
        QCOMPARE(out, QStringLiteral("%1\ndone\n").arg(elifs));
    }

    // Found by fuzz-interpreter on the seed tests/scripts/recursion_error.py: under the sanitizers 1000
    // nested Python calls overflowed the 8 MB C++ stack (a crash) before the recursion limit raised
    // RecursionError. The interpreter now also watches the stack itself; a small thread stack shows it in
    // every build.
    void recursionOnASmallStack_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("output");
        QTest::newRow("plain recursion")
            << QByteArray(
                   "def down(n):\n    return down(n + 1)\ntry:\n    down(0)\nexcept RecursionError as e:\n"
                   "    print('caught:', e)\n")
            << QStringLiteral("caught: maximum recursion depth exceeded\n");
        QTest::newRow("recursion through a method and an operator")
            << QByteArray("class A:\n    def __add__(self, other):\n        return self + other\ntry:\n"
                          "    A() + 1\nexcept RecursionError as e:\n    print('caught:', e)\n")
            << QStringLiteral("caught: maximum recursion depth exceeded\n");
    }

    void recursionOnASmallStack()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, output);
        QString out;
        int status = -1;
        QThread *runner = QThread::create([&] {
            py::RunOptions options;
            options.out = [&out](const QString &s) { out += s; };
            options.err = [](const QString &) {};
            status = py::runPythonSource(QString::fromUtf8(input), options);
        });
        runner->setStackSize(2 * 1024 * 1024);
        runner->start();
        QVERIFY(runner->wait(60'000));
        delete runner;
        QCOMPARE(out, output);
        QCOMPARE(status, 0);
    }

    void parser_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message"); // the start of SyntaxError::describe()
        // No parser finding in the fuzzing runs so far: these rows keep the entry point covered.
        QTest::newRow("unclosed brackets")
            << QByteArray(200, '(') << QStringLiteral("'(' was never closed (line 1, column 200)");
        QTest::newRow("deep nesting")
            << QByteArray("x = " + QByteArray(200, '(') + '1' + QByteArray(200, ')'))
            << QStringLiteral("invalid syntax: too deeply nested (more than 150 levels): simplify "
                              "the expression (line 1, column ");
    }

    void parser()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        QString described;
        try {
            py::Parser::parseProgram(QString::fromUtf8(input));
        } catch (const py::SyntaxError &e) {
            described = e.describe();
        }
        QVERIFY2(described.startsWith(message), qPrintable(described));
    }

    void trace_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message"); // the error of Trace::fromJson
        // No trace-reader finding in the fuzzing runs so far: these rows keep the entry point covered.
        QTest::newRow("not json") << QByteArray("{")
                                  << QStringLiteral("not valid JSON at offset 1: unterminated object");
        QTest::newRow("time goes back")
            << QByteArray(
                   R"({"format": "awaitscope-trace", "version": 1, "events": [{"kind": "task-created", "t": 2},
                          {"kind": "task-created", "t": 1}]})")
            << QStringLiteral("event 1 goes back in time (1 s after 2 s)");
    }

    void trace()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        Trace t;
        QString error;
        QVERIFY(!t.fromJson(input, &error));
        QCOMPARE(error, message);
    }

    void lesson_data()
    {
        QTest::addColumn<QString>("folderName"); // a folder of lessons/ whose programs are used
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message"); // one of the problems, without the file name
        // No lesson-loader finding in the fuzzing runs so far: this row keeps the entry point covered.
        QTest::newRow("empty file") << QStringLiteral("gather") << QByteArray()
                                    << QStringLiteral("not valid JSON: illegal value");
    }

    void lesson()
    {
        QFETCH(QString, folderName);
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QDir source(QStringLiteral(AWAITSCOPE_SOURCE_DIR "/lessons/") + folderName);
        const QString folder = dir.filePath(folderName);
        QVERIFY(QDir().mkpath(folder));
        for (const QString &file : source.entryList(QDir::Files)) {
            if (file != u"lesson.json")
                QVERIFY(QFile::copy(source.filePath(file), folder + u'/' + file));
        }
        QFile f(folder + QStringLiteral("/lesson.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
        f.close();
        Lesson l;
        LessonProblems problems;
        QVERIFY(!LessonReader::read(folder, &l, &problems));
        QStringList messages;
        for (const LessonProblem &p : problems)
            messages << p.message;
        QVERIFY2(messages.contains(message), qPrintable(messages.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
