// The sandbox: a program cannot touch files, start processes, open sockets or run code it builds at run
// time, and the demo server is reachable from this machine only. Each attempt ends with a message that
// says what is not available.
#include "http/demoserver.h"
#include "python/pythonrunner.h"
#include "run/programmodules.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace awaitscope;
using namespace awaitscope::py;

namespace {

struct Result
{
    QString out;
    QString err;
    int status = 0;
};

Result run(const QString &source, const QString &programFolder = {})
{
    Result r;
    RunOptions o;
    if (!programFolder.isEmpty())
        o.findModule = programModuleFinder({programFolder});
    o.displayName = QStringLiteral("sandbox.py");
    o.out = [&r](const QString &s) { r.out += s; };
    o.err = [&r](const QString &s) { r.err += s; };
    o.limits.maxSteps = 100'000;
    r.status = runPythonSource(source, o);
    return r;
}

} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT

private slots:
    void refused_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("message"); // the last line of stderr

        const QString noModule = QStringLiteral(
            "ModuleNotFoundError: module '%1' is not available in Awaitscope: programs run in a sandbox "
            "without files, processes or sockets (line %2, column %3)");
        const QString noOpen = QStringLiteral(
            "PermissionError: open() is not available: programs run in a sandbox without files");

        QTest::newRow("open for reading") << QStringLiteral("print(open('lesson.json').read())") << noOpen;
        QTest::newRow("open for writing") << QStringLiteral("open('notes.txt', 'w').write('x')") << noOpen;
        QTest::newRow("open kept under another name")
            << QStringLiteral("o = open\nf = o('notes.txt', mode='a')\n") << noOpen;
        QTest::newRow("import os") << QStringLiteral("import os\nos.remove('x')\n")
                                   << noModule.arg(u"os").arg(1).arg(1);
        QTest::newRow("import os.path")
            << QStringLiteral("import os.path\n") << noModule.arg(u"os.path").arg(1).arg(1);
        QTest::newRow("from os import system")
            << QStringLiteral("from os import system\nsystem('ls')\n") << noModule.arg(u"os").arg(1).arg(1);
        QTest::newRow("import subprocess")
            << QStringLiteral("x = 1\nimport subprocess\n") << noModule.arg(u"subprocess").arg(2).arg(1);
        QTest::newRow("import socket")
            << QStringLiteral("import socket\n") << noModule.arg(u"socket").arg(1).arg(1);
        QTest::newRow("import signal")
            << QStringLiteral("import signal\n") << noModule.arg(u"signal").arg(1).arg(1);
        QTest::newRow("import ssl") << QStringLiteral("import ssl\n") << noModule.arg(u"ssl").arg(1).arg(1);
        // concurrent.futures is there for its ThreadPoolExecutor (threads of the interpreter's own); a
        // process pool is refused where it is made.
        QTest::newRow("ProcessPoolExecutor")
            << QStringLiteral(
                   "import concurrent.futures\nwith concurrent.futures.ProcessPoolExecutor() as p:\n"
                   "    print(p)\n")
            << QStringLiteral("RuntimeError: concurrent.futures.ProcessPoolExecutor is not available in "
                              "Awaitscope: programs run in a sandbox without processes (a ThreadPoolExecutor "
                              "runs blocking functions in threads beside the loop)");
        QTest::newRow("ProcessPoolExecutor from its module")
            << QStringLiteral(
                   "from concurrent.futures.process import ProcessPoolExecutor\nProcessPoolExecutor(2)\n")
            << QStringLiteral("RuntimeError: concurrent.futures.ProcessPoolExecutor is not available in "
                              "Awaitscope: programs run in a sandbox without processes (a ThreadPoolExecutor "
                              "runs blocking functions in threads beside the loop)");
        QTest::newRow("import shutil")
            << QStringLiteral("import shutil\n") << noModule.arg(u"shutil").arg(1).arg(1);
        QTest::newRow("import pathlib")
            << QStringLiteral("import pathlib\n") << noModule.arg(u"pathlib").arg(1).arg(1);
        QTest::newRow("import threading")
            << QStringLiteral("import threading\n") << noModule.arg(u"threading").arg(1).arg(1);
        QTest::newRow("import ctypes")
            << QStringLiteral("import ctypes\n") << noModule.arg(u"ctypes").arg(1).arg(1);
        QTest::newRow("import inside a function")
            << QStringLiteral("def f():\n    import os\nf()\n") << noModule.arg(u"os").arg(2).arg(5);
        QTest::newRow("__import__") << QStringLiteral("__import__('os')\n")
                                    << QStringLiteral("NameError: name '__import__' is not defined");
        QTest::newRow("eval") << QStringLiteral("eval('1 + 1')\n")
                              << QStringLiteral("NameError: name 'eval' is not defined");
        QTest::newRow("exec") << QStringLiteral("exec('import os')\n")
                              << QStringLiteral("NameError: name 'exec' is not defined");
        QTest::newRow("compile") << QStringLiteral("compile('1', 'x', 'eval')\n")
                                 << QStringLiteral("NameError: name 'compile' is not defined");
        QTest::newRow("__builtins__") << QStringLiteral("__builtins__.open('x')\n")
                                      << QStringLiteral("NameError: name '__builtins__' is not defined");
    }

    void refused()
    {
        QFETCH(QString, source);
        QFETCH(QString, message);
        const Result r = run(source);
        QCOMPARE(r.status, 1);
        const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(!lines.isEmpty(), "no message on stderr");
        QCOMPARE(lines.last(), message);
        QCOMPARE(r.out, QString());
    }

    // The ways out that CPython programs use: walking from an object to its class, its subclasses, a
    // function's globals or builtins, and asyncio's own doors to processes, sockets and threads. Each ends
    // in an exception (the first words of the last line of stderr) and prints nothing.
    void escapesFail_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("errorStart");

        const QString attr = QStringLiteral("AttributeError: ");
        QTest::newRow("().__class__.__bases__[0].__subclasses__()")
            << QStringLiteral("print(().__class__.__bases__[0].__subclasses__())\n") << attr;
        QTest::newRow("object.__subclasses__()")
            << QStringLiteral("print(object.__subclasses__())\n") << attr;
        QTest::newRow("function.__globals__['__builtins__']")
            << QStringLiteral("def f():\n    pass\nprint(f.__globals__['__builtins__'])\n") << attr;
        QTest::newRow("function.__code__")
            << QStringLiteral("def f():\n    pass\nprint(f.__code__)\n") << attr;
        QTest::newRow("builtin.__self__") << QStringLiteral("print(print.__self__)\n") << attr;
        QTest::newRow("getattr to __globals__")
            << QStringLiteral("def f():\n    pass\nprint(getattr(f, '__glo' + 'bals__'))\n") << attr;
        QTest::newRow("type(...).__dict__")
            << QStringLiteral("print(type(print).__dict__['open'])\n") << attr;
        QTest::newRow("module.__loader__")
            << QStringLiteral("import asyncio\nprint(asyncio.__loader__)\n") << attr;
        QTest::newRow("asyncio.create_subprocess_exec")
            << QStringLiteral(
                   "import asyncio\nasync def main():\n    await asyncio.create_subprocess_exec('ls')\n"
                   "asyncio.run(main())\n")
            << attr;
        QTest::newRow("asyncio.create_subprocess_shell")
            << QStringLiteral(
                   "import asyncio\nasync def main():\n    await asyncio.create_subprocess_shell('ls')\n"
                   "asyncio.run(main())\n")
            << attr;
        QTest::newRow("asyncio.open_connection")
            << QStringLiteral(
                   "import asyncio\nasync def main():\n    await asyncio.open_connection('example.org', "
                   "80)\nasyncio.run(main())\n")
            << attr;
        QTest::newRow("asyncio.start_server")
            << QStringLiteral("import asyncio\nasync def main():\n    await asyncio.start_server(print, "
                              "'0.0.0.0', 8080)\nasyncio.run(main())\n")
            << attr;
        QTest::newRow("asyncio.subprocess")
            << QStringLiteral("import asyncio.subprocess\n") << QStringLiteral("ModuleNotFoundError: ");
        QTest::newRow("import importlib")
            << QStringLiteral("import importlib\n") << QStringLiteral("ModuleNotFoundError: ");
        QTest::newRow("import io") << QStringLiteral("import io\n")
                                   << QStringLiteral("ModuleNotFoundError: ");
        QTest::newRow("import builtins") << QStringLiteral("import builtins\nbuiltins.open('x')\n")
                                         << QStringLiteral("ModuleNotFoundError: ");
        QTest::newRow("globals()['__builtins__']")
            << QStringLiteral("print(globals()['__builtins__'])\n") << QStringLiteral("");
    }

    void escapesFail()
    {
        QFETCH(QString, source);
        QFETCH(QString, errorStart);
        const Result r = run(source);
        QCOMPARE(r.status, 1);
        const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(!lines.isEmpty(), "no message on stderr");
        QVERIFY2(lines.last().startsWith(errorStart), qPrintable(lines.last()));
        QCOMPARE(r.out, QString());
    }

    // A refused import can be caught like CPython's ImportError, and nothing was done.
    void refusalIsAnImportError()
    {
        const Result r = run(QStringLiteral("try:\n    import subprocess\nexcept ImportError as e:\n"
                                            "    print(type(e).__name__)\n"));
        QCOMPARE(r.err, QString());
        QCOMPARE(r.out, QStringLiteral("ModuleNotFoundError\n"));
        QCOMPARE(r.status, 0);
    }

    // A program imports its own modules from its folder (and its packages' folders) and from nowhere else:
    // a link out of the folder, a device, a FIFO, a folder named like a module and an oversized file are each
    // refused with what is wrong; a module name cannot climb out of the folder.
    void ownModulesComeOnlyFromTheProgramFolder_data()
    {
        QTest::addColumn<QString>("module");
        QTest::addColumn<QString>("message"); // the last line of stderr

        QTest::newRow("link out of the folder")
            << QStringLiteral("outside")
            << QStringLiteral("ImportError: module 'outside': outside.py leads out of the program's folder; "
                              "Awaitscope reads a program's modules only from its folder");
        QTest::newRow("link to a device")
            << QStringLiteral("zero") << QStringLiteral("ImportError: module 'zero': zero.py");
        QTest::newRow("FIFO") << QStringLiteral("pipe")
                              << QStringLiteral("ImportError: module 'pipe': pipe.py");
        QTest::newRow("folder named like a module")
            << QStringLiteral("folder") << QStringLiteral("ImportError: module 'folder': folder.py");
        QTest::newRow("too large") << QStringLiteral("huge")
                                   << QStringLiteral("ImportError: module 'huge': huge.py");
        QTest::newRow("package linked out of the folder")
            << QStringLiteral("elsewhere.secret")
            << QStringLiteral("ImportError: module 'elsewhere': elsewhere leads out of the program's folder");
    }

    void ownModulesComeOnlyFromTheProgramFolder()
    {
        QFETCH(QString, module);
        QFETCH(QString, message);
        QTemporaryDir outside;
        QTemporaryDir program;
        QVERIFY(outside.isValid() && program.isValid());
        auto write = [](const QString &path, const QByteArray &text) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(text), text.size());
        };
        write(outside.filePath(QStringLiteral("secret.py")), "print('read from outside')\n");
        write(outside.filePath(QStringLiteral("__init__.py")), "print('package from outside')\n");
        const QDir dir(program.path());
        QVERIFY(QFile::link(outside.filePath(QStringLiteral("secret.py")),
                            dir.filePath(QStringLiteral("outside.py"))));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), dir.filePath(QStringLiteral("zero.py"))));
        QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("pipe.py"))).constData(), 0600), 0);
        QVERIFY(dir.mkdir(QStringLiteral("folder.py")));
        write(dir.filePath(QStringLiteral("huge.py")), QByteArray(5 * 1024 * 1024, '#'));
        QVERIFY(QFile::link(outside.path(), dir.filePath(QStringLiteral("elsewhere"))));

        QElapsedTimer timer;
        timer.start();
        const Result r = run(QStringLiteral("import %1\n").arg(module), program.path());
        QVERIFY2(timer.elapsed() < 10'000, "reading the module hung");
        QCOMPARE(r.status, 1);
        QVERIFY2(!r.out.contains(QStringLiteral("outside")), qPrintable(r.out));
        const QString last = r.err.trimmed().split(u'\n').last();
        QVERIFY2(last.startsWith(message), qPrintable(r.err));
    }

    // Module names are identifiers: nothing like a path reaches the file system.
    void moduleNamesAreNotPaths()
    {
        QTemporaryDir program;
        QVERIFY(program.isValid());
        const FindModule find = programModuleFinder({program.path()});
        for (const QString &name :
             {QStringLiteral(".."), QStringLiteral("../etc"), QStringLiteral("a/b"), QStringLiteral(""),
              QStringLiteral("a..b"), QStringLiteral("/etc/passwd")})
            QVERIFY2(!find(name), qPrintable(name));
    }

    // Nothing the program tried left a file behind.
    void noFileIsWritten()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString target = dir.filePath(QStringLiteral("escaped.txt"));
        const Result r =
            run(QStringLiteral("try:\n    open(%1, 'w').write('x')\nexcept Exception:\n    pass\n")
                    .arg(u'\'' + target + u'\''));
        QCOMPARE(r.status, 0);
        QVERIFY(!QFile::exists(target));
    }

    void demoServerListensOnLoopbackOnly()
    {
        DemoServer server;
        QVERIFY2(server.start(0), qPrintable(server.errorString()));
        QCOMPARE(server.baseUrl().host(), QStringLiteral("127.0.0.1"));
        const QList<QTcpServer *> listeners = server.servers();
        QVERIFY(!listeners.isEmpty());
        for (QTcpServer *listener : listeners)
            QVERIFY2(listener->serverAddress().isLoopback(),
                     qPrintable(listener->serverAddress().toString()));

        // From this machine's own network address, the port is closed.
        QHostAddress outside;
        for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback()) {
                outside = a;
                break;
            }
        }
        if (outside.isNull())
            QSKIP("this machine has no non-loopback IPv4 address to try from");
        QTcpSocket socket;
        socket.connectToHost(outside, server.port());
        QVERIFY2(!socket.waitForConnected(3000), qPrintable(outside.toString()));
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
