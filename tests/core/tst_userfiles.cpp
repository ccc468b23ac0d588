// Files a user hands the app: only regular files under a size limit are read (a link to /dev/zero, a FIFO,
// a device or a folder gets a message, never a hang or a 10 GB read), and a file the app cannot read or
// that a newer version wrote is never overwritten or lost.
#include "io/userfile.h"
#include "lessons/lessonlibrary.h"
#include "lessons/lessonprogress.h"
#include "python/pythonrunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace awaitscope;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

QByteArray contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct CliResult
{
    int status = -1;
    QString out;
    QString err;
    qint64 ms = 0;
};

CliResult runCli(const QStringList &args)
{
    QProcess p;
    QElapsedTimer wall;
    wall.start();
    p.start(QStringLiteral(AWAITSCOPE_BINARY), args);
    CliResult r;
    if (!p.waitForFinished(20000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("(timed out)");
        return r;
    }
    r.ms = wall.elapsed();
    r.status = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestUserFiles : public QObject
{
    Q_OBJECT

private slots:
    void readRefuses_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("link to /dev/zero") << QStringLiteral("zero") << QStringLiteral("not a regular file");
        QTest::newRow("link to /dev/urandom")
            << QStringLiteral("urandom") << QStringLiteral("not a regular file");
        QTest::newRow("fifo") << QStringLiteral("fifo") << QStringLiteral("not a regular file");
        QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("is a folder");
        QTest::newRow("too large") << QStringLiteral("large") << QStringLiteral("too large");
        QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("no such file");
    }

    void readRefuses()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("main.py"));
        if (kind == u"zero")
            QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path));
        else if (kind == u"urandom")
            QVERIFY(QFile::link(QStringLiteral("/dev/urandom"), path));
        else if (kind == u"fifo")
            QCOMPARE(mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        else if (kind == u"folder")
            QVERIFY(QDir().mkpath(path));
        else if (kind == u"large")
            writeFile(path, QByteArray(2048, 'x'));
        QString error;
        QElapsedTimer wall;
        wall.start();
        const auto bytes = readRegularFile(path, 1024, &error);
        QVERIFY(!bytes);
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(wall.elapsed() < 2000);
    }

    void readsARegularFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("main.py"));
        writeFile(path, "print(1)\n");
        QString error;
        QCOMPARE(readRegularFile(path, 1024, &error).value_or(QByteArray()), QByteArray("print(1)\n"));
        // A link to a regular file is followed.
        const QString link = dir.filePath(QStringLiteral("link.py"));
        QVERIFY(QFile::link(path, link));
        QCOMPARE(readRegularFile(link, 1024, &error).value_or(QByteArray()), QByteArray("print(1)\n"));
    }

    void commandLineRefusesDevicesAndPipes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("run /dev/zero") << QStringList{QStringLiteral("run"), QStringLiteral("/dev/zero")}
                                       << QStringLiteral("not a regular file");
        QTest::newRow("run a folder")
            << QStringList{QStringLiteral("run"), QStringLiteral("/tmp")} << QStringLiteral("is a folder");
    }

    void commandLineRefusesDevicesAndPipes()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const CliResult r = runCli(args);
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    }

    void lessonFolderWithDeviceLinksIsReported()
    {
        // lesson.json linked to /dev/zero, main.py a FIFO: the check reports both at once and returns.
        QTemporaryDir dir;
        const QString zero = dir.filePath(QStringLiteral("zero-lesson"));
        QVERIFY(QDir().mkpath(zero));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), QDir(zero).filePath(QStringLiteral("lesson.json"))));
        const QString fifo = dir.filePath(QStringLiteral("fifo-lesson"));
        QVERIFY(QDir().mkpath(fifo));
        QByteArray lesson = contentOf(QStringLiteral(AWAITSCOPE_SOURCE_DIR "/lessons/gather/lesson.json"));
        lesson.replace("\"id\": \"gather\"", "\"id\": \"fifo-lesson\"");
        writeFile(QDir(fifo).filePath(QStringLiteral("lesson.json")), lesson);
        QCOMPARE(mkfifo(QFile::encodeName(QDir(fifo).filePath(QStringLiteral("main.py"))).constData(), 0600),
                 0);
        for (const QString &folder : {zero, fifo}) {
            const CliResult r = runCli({QStringLiteral("lessons"), QStringLiteral("--check"), folder});
            QVERIFY2(r.status != 0, qPrintable(r.out + r.err));
            QVERIFY2(r.ms < 15000, "the check hung");
            const QString all = r.out + r.err;
            QVERIFY2(all.contains(QStringLiteral("not a regular file")) ||
                         all.contains(QStringLiteral("missing program")),
                     qPrintable(all));
        }
    }

    void lessonFolderWithTrailingSlash()
    {
        const CliResult r = runCli({QStringLiteral("lessons"), QStringLiteral("--check"),
                                    QStringLiteral(AWAITSCOPE_SOURCE_DIR "/lessons/gather/")});
        const QString all = r.out + r.err;
        QVERIFY2(!all.contains(QStringLiteral("differs from the folder name")), qPrintable(all));
        QCOMPARE(r.status, 0);
    }

    void traceIsNeverWrittenOverTheProgram()
    {
        QTemporaryDir dir;
        const QString program = dir.filePath(QStringLiteral("prog.py"));
        const QByteArray source = "print('hello')\n";
        writeFile(program, source);
        for (const QString &flag : {QStringLiteral("--trace"), QStringLiteral("--chrome-trace")}) {
            const CliResult r = runCli({QStringLiteral("run"), program, flag, program});
            QCOMPARE(r.status, 2);
            QVERIFY2(r.err.contains(QStringLiteral("is the program itself")), qPrintable(r.err));
            QCOMPARE(contentOf(program), source);
        }
    }

    void progressFromANewerVersionIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("progress.json"));
        const QByteArray newer = R"({"format": 7, "lessons": {"gather": {"seen": true}}, "more": 1})";
        writeFile(path, newer);
        LessonProgress progress(path);
        QString error;
        QVERIFY(!progress.load(&error));
        QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
        progress.markSeen(QStringLiteral("wait"));
        QVERIFY(!progress.save(&error));
        QCOMPARE(contentOf(path), newer);
    }

    void unreadableProgressIsKeptAsBackup_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("corrupt") << QStringLiteral("corrupt");
        QTest::newRow("link to /dev/zero") << QStringLiteral("zero");
    }

    void unreadableProgressIsKeptAsBackup()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("progress.json"));
        const QByteArray corrupt = "{\"format\": 1, \"lessons\": {\"gath";
        if (kind == u"zero")
            QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path));
        else
            writeFile(path, corrupt);
        LessonProgress progress(path);
        QString error;
        QVERIFY(!progress.load(&error));
        const QString backup = path + QStringLiteral(".bak");
        QVERIFY2(error.contains(backup), qPrintable(error));
        if (kind == u"zero")
            QCOMPARE(QFileInfo(backup).symLinkTarget(), QStringLiteral("/dev/zero"));
        else
            QCOMPARE(contentOf(backup), corrupt);
        progress.markSeen(QStringLiteral("wait"));
        QVERIFY2(progress.save(&error), qPrintable(error));
        LessonProgress reread(path);
        QVERIFY2(reread.load(&error), qPrintable(error));
        QVERIFY(reread.isSeen(QStringLiteral("wait")));
    }

    void userLessonsFolderWithADeviceDoesNotStopTheLibrary()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad"));
        QVERIFY(QDir().mkpath(bad));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), QDir(bad).filePath(QStringLiteral("lesson.json"))));
        LessonLibrary library;
        QElapsedTimer wall;
        wall.start();
        library.load(QStringLiteral(AWAITSCOPE_SOURCE_DIR "/lessons"), dir.path());
        QVERIFY(wall.elapsed() < 10000);
        QCOMPARE(library.lessons().size(), 11);
        QVERIFY(!library.problems().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUserFiles)
#include "tst_userfiles.moc"
