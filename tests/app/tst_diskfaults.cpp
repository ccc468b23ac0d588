// Saving when the disk says no: a read-only folder, a folder that does not exist, a "folder" that is a
// file, and a full disk (a file-size limit makes every write past a few hundred bytes fail, as a full disk
// does). The picture export and the learner's progress both fail with a message naming the file, leave no
// partial or temporary file behind, and keep the previous file as it was. So do `awaitscope run --trace` and
// the animated exports (GIF, MP4).
#include "export/exporter.h"
#include "lessons/lessonprogress.h"
#include "python/pythonrunner.h"
#include "run/runservice.h"
#include "trace/trace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <optional>
#include <sys/resource.h>
#include <unistd.h>

using namespace awaitscope;

namespace {

enum class Fault { ReadOnlyFolder, MissingFolder, FolderIsAFile, DiskFull };

const QByteArray OldContent = "the previous file, which must survive";

Trace smallRun()
{
    Trace trace;
    py::RunOptions options;
    options.trace = &trace;
    options.out = [](const QString &) {};
    options.err = [](const QString &) {};
    py::runPythonSource(QStringLiteral("import asyncio\nasync def main():\n    await asyncio.gather("
                                       "asyncio.sleep(1), asyncio.sleep(2))\nasyncio.run(main())\n"),
                        options);
    return trace;
}

// Writes past `bytes` fail with EFBIG while it lives (SIGXFSZ ignored so that the write returns an error).
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_old);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = m_old;
        limited.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    bool ok() const { return m_ok; }

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = nullptr;
    bool m_ok = false;
};

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                                  QDir::Name);
}

QByteArray contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

Q_DECLARE_METATYPE(Fault)

class TestDiskFaults : public QObject
{
    Q_OBJECT

private slots:
    void saveFails_data()
    {
        QTest::addColumn<QString>("what"); // "export" or "progress"
        QTest::addColumn<Fault>("fault");
        for (const char *what : {"export", "progress", "trace", "gif", "mp4"}) {
            const QString w = QString::fromLatin1(what);
            QTest::addRow("%s, read-only folder", what) << w << Fault::ReadOnlyFolder;
            if (w != u"progress") // progress creates its folder on purpose
                QTest::addRow("%s, missing folder", what) << w << Fault::MissingFolder;
            QTest::addRow("%s, folder is a file", what) << w << Fault::FolderIsAFile;
            QTest::addRow("%s, disk full", what) << w << Fault::DiskFull;
        }
    }

    void saveFails()
    {
        QFETCH(QString, what);
        QFETCH(Fault, fault);
        if (fault == Fault::ReadOnlyFolder && geteuid() == 0)
            QSKIP("file permissions do not stop the superuser; the other rows still cover this save");

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fileName = what == u"export"     ? QStringLiteral("slide.png")
                                 : what == u"progress" ? QStringLiteral("progress.json")
                                 : what == u"gif"      ? QStringLiteral("run.gif")
                                 : what == u"mp4"      ? QStringLiteral("run.mp4")
                                                       : QStringLiteral("run.json");
        // The program whose trace `awaitscope run --trace` writes.
        const QString program = dir.filePath(QStringLiteral("prog.py"));
        {
            QFile f(program);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("import asyncio\nasync def main():\n    await asyncio.sleep(1)\nasyncio.run(main())\n");
        }
        QString folder = dir.path();
        switch (fault) {
        case Fault::MissingFolder:
            folder = dir.filePath(QStringLiteral("no/such/folder"));
            break;
        case Fault::FolderIsAFile: {
            QFile blocker(dir.filePath(QStringLiteral("blocker")));
            QVERIFY(blocker.open(QIODevice::WriteOnly));
            blocker.close();
            folder = dir.filePath(QStringLiteral("blocker"));
            break;
        }
        case Fault::ReadOnlyFolder:
        case Fault::DiskFull:
            break;
        }
        const QString path = QDir(folder).filePath(fileName);
        const bool hasOldFile = fault == Fault::ReadOnlyFolder || fault == Fault::DiskFull;
        if (hasOldFile) {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write(OldContent);
        }
        const QStringList before = entries(dir.path());
        if (fault == Fault::ReadOnlyFolder)
            QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));

        Exporter exporter;
        const Trace trace = smallRun();
        exporter.setTrace(trace, QStringLiteral("gather"));
        exporter.setView(Exporter::View::Timeline);
        exporter.setSize(QSize(640, 360));
        LessonProgress progress(path);
        for (int i = 0; i < 40; ++i)
            progress.recordAnswer(QStringLiteral("lesson-%1").arg(i), QStringLiteral("q"), QString::number(i),
                                  true);

        QString error;
        bool saved = false;
        {
            std::optional<FileSizeLimit> limit;
            if (fault == Fault::DiskFull) {
                limit.emplace(256); // smaller than either file
                QVERIFY(limit->ok());
            }
            if (what == u"export" || what == u"gif" || what == u"mp4") {
                saved = exporter.exportToFile(path, &error); // GIF and MP4 play the whole run
            } else if (what == u"progress") {
                saved = progress.save(&error);
            } else {
                RunRequest request;
                request.onOutput = [](const QString &) {};
                request.onErrorOutput = [&error](const QString &text) { error += text; };
                saved = runProgramFile(program, request, {path, QString()}) == 0;
            }
        }
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        QVERIFY2(!saved, "the save reported success");
        QVERIFY2(error.contains(path) || error.contains(folder), qPrintable(error));
        QVERIFY2(!error.trimmed().isEmpty() && !error.endsWith(u": "), qPrintable(error));
        // The old file is intact and nothing else (a temporary or half file) was left beside it.
        if (hasOldFile)
            QCOMPARE(contentOf(path), OldContent);
        else
            QVERIFY(!QFileInfo(path).isFile());
        QCOMPARE(entries(dir.path()), before);
        if (fault == Fault::FolderIsAFile)
            QCOMPARE(contentOf(folder), QByteArray());
    }

    // After the fault is gone, the same objects save normally (nothing stayed broken).
    void saveWorksAgainAfterTheFault()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("progress.json"));
        LessonProgress progress(path);
        for (int i = 0; i < 40; ++i)
            progress.recordAnswer(QStringLiteral("lesson-%1").arg(i), QStringLiteral("q"), QString::number(i),
                                  i % 2);
        QString error;
        {
            FileSizeLimit limit(256);
            QVERIFY(limit.ok());
            QVERIFY(!progress.save(&error));
        }
        QVERIFY2(progress.save(&error), qPrintable(error));
        LessonProgress reread(path);
        QVERIFY2(reread.load(&error), qPrintable(error));
        QCOMPARE(reread.correctCount(QStringLiteral("lesson-3")), 1);
        QCOMPARE(reread.correctCount(QStringLiteral("lesson-4")), 0);
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("progress.json")});
    }
};

QTEST_MAIN(TestDiskFaults)
#include "tst_diskfaults.moc"
